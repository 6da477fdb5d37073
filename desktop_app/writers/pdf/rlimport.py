"""Import ReportLab's platypus without compiling a regular expression we never use.

``reportlab.platypus.doctemplate`` imports ``reportlab.platypus.paragraph``, whose module
body compiles ``uri_pat``: a case-insensitive URL pattern over the character ranges
U+00A1–U+FFFF, which Python's ``re`` case-folds one character at a time — 20–25 ms of
every cold ``thadin export``, a tenth of it (issue 17). Only ReportLab's own
``Paragraph`` markup uses that pattern, and Thadin lays out its text itself. So the
module is imported with that one pattern compiled on first use instead of at import;
everything else is ReportLab's own code, unchanged.
"""

from __future__ import annotations

import re
import sys
import threading
from functools import cache
from typing import Any

#: How ``uri_pat`` begins in reportlab/platypus/paragraph.py (ReportLab 4 and 5).
_URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"


class LazyPattern:
    """A compiled pattern made on first use; behaves as the ``re.Pattern`` it stands for."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    def _pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            with self._lock:
                if self._compiled is None:
                    self._compiled = re.compile(*self._args)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern(), name)


@cache
def import_platypus() -> None:
    """Import ``reportlab.platypus`` (once), deferring ``paragraph.uri_pat``'s compilation."""
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    original = re.compile

    def compile_deferring_uri(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and pattern.startswith(_URI_PATTERN_START):
            return LazyPattern(pattern, flags)
        return original(pattern, flags)

    re.compile = compile_deferring_uri
    try:
        import reportlab.platypus  # noqa: F401 - imported for its side effect, with the pattern deferred
    finally:
        re.compile = original
