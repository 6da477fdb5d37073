"""Unicode bidirectional controls: invisible characters that reorder the text around them.

Word and LibreOffice obey them (U+202E shows ``abc`` as ``cba``); ReportLab does not, so
the same release would read differently in the PDF and the DOCX. They have no use in
Burmese or English text and are the classic trick for disguising a web address, so
URLs holding one are refused, ``check`` warns about them in text, and ``resolve``
removes them: both writers show the same visible text.
"""

from __future__ import annotations

import re

#: LRM, RLM, ALM, the embeddings/overrides (LRE…RLO, PDF) and the isolates (LRI…PDI).
BIDI_CONTROLS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_DROP = {ord(c): None for c in BIDI_CONTROLS}
_CONTROL_RE = re.compile(f"[{BIDI_CONTROLS}]")


def bidi_controls_in(text: str) -> list[str]:
    """Return the bidi controls in *text*, in order (empty when there are none)."""
    return _CONTROL_RE.findall(text)  # one scan in C: a check reads every run of a long release


def strip_bidi(text: str) -> str:
    """Return *text* without bidirectional controls."""
    return text.translate(_DROP)


def describe(ch: str) -> str:
    """Name a control for a message: ``U+202E``."""
    return f"U+{ord(ch):04X}"
