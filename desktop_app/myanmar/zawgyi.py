"""Zawgyi: find it (Google's myanmartools model) and convert it to Unicode (ICU ``Zawgyi-my``).

Zawgyi is a font hack that puts Burmese glyphs on Unicode's Myanmar code points in visual
order, so Zawgyi text *looks* right in a Zawgyi font and is garbage for everything else:
our shaping, search, copy-out. It cannot be told from Unicode by rules (Shan and Mon use
the same code points), so detection is the measured Markov model Google ships in
``myanmartools``; conversion is CLDR's transliteration rules as built into ICU (the same
rules Google, Facebook and the myanmartools README use), through PyICU.

Decisions are made **per line, then per run of whitespace-separated tokens**, so a field
that mixes a Unicode paragraph with a pasted Zawgyi sentence (or one pasted phrase) gets
only the Zawgyi part converted:

1. a line is Zawgyi when its probability is at least the threshold;
2. inside it, a run of consecutive tokens that each lean the other way (probability on
   the other side of 0.5) takes the other side when the run *alone* is decisive
   (≥ threshold for Zawgyi, ≤ 1 − threshold for Unicode) — a single short token is
   rarely decisive, so a Unicode line is not broken up by one odd-looking word;
3. a run is never called Zawgyi when converting it changes nothing (myanmartools' README
   suggests this check for strings that are the same in both encodings, e.g. ``၏``).

``THRESHOLD`` is 0.95: myanmartools' README recommends 0.95 "if over-predicting Zawgyi is
bad (e.g. when conversion will take place automatically)", which is our case (``export``
refuses, ``fix`` converts). On the parallel corpus in ``tests/data/corpus/zawgyi`` the 63
Zawgyi lines score ≥ 0.9999999999999991 and the 63 Unicode lines ≤ 2.1e-11, so any
threshold in between separates them; 0.95 keeps Google's guarantee for short strings.

Nothing here touches the network: the model and ICU's rules ship inside the wheels.
"""

from __future__ import annotations

import math
import re
import threading
import warnings
from functools import cache
from typing import Any, NamedTuple

from .icu import icu_module

#: Probability from which a line (or a decisive run) counts as Zawgyi.
THRESHOLD = 0.95

_TOKEN_RE = re.compile(r"\S+")


class ZawgyiConversionError(RuntimeError):
    """ICU (PyICU, from the ``pyicu-wheels`` package) is not installed, so we cannot convert."""


class ZawgyiSpan(NamedTuple):
    """Zawgyi text at ``text[start:end]`` with the model's probability for that stretch."""

    start: int
    end: int
    probability: float


@cache
def _detector() -> Any:
    from myanmartools import ZawgyiDetector

    with warnings.catch_warnings():
        # myanmartools 1.2.1 loads its model with importlib.resources.open_binary, deprecated
        # in Python 3.11-3.12 (and un-deprecated in 3.13); harmless, but our tests fail on warnings.
        warnings.filterwarnings("ignore", "open_binary is deprecated", DeprecationWarning)
        return ZawgyiDetector()


_per_thread = threading.local()


def _transliterator() -> Any:
    """ICU's Zawgyi-my transliterator, one per thread (ICU objects are not shared across threads)."""
    icu = icu_module()
    if icu is None:
        return None
    if not hasattr(_per_thread, "transliterator"):
        _per_thread.transliterator = icu.Transliterator.createInstance("Zawgyi-my")
    return _per_thread.transliterator


def conversion_available() -> bool:
    """Return True when ICU's ``Zawgyi-my`` transliterator can be used here."""
    return _transliterator() is not None


def zawgyi_probability(text: str) -> float:
    """Return myanmartools' probability that *text* (as a whole) is Zawgyi rather than Unicode.

    ``-inf`` when *text* holds no Burmese at all; non-Burmese characters are ignored.
    """
    return float(_detector().get_zawgyi_probability(text))


def zawgyi_to_unicode(text: str) -> str:
    """Convert Zawgyi *text* to Unicode with ICU's ``Zawgyi-my`` rules, all of it.

    Use :func:`convert_zawgyi` for text that may be partly Unicode already: converting
    Unicode as if it were Zawgyi scrambles it (U+103B is ya-pin in one, ya-yit in the other).
    """
    transliterator = _transliterator()
    if transliterator is None:
        raise ZawgyiConversionError(
            "converting Zawgyi needs ICU: install the pyicu-wheels package")
    return str(transliterator.transliterate(text))


def _changes(text: str) -> bool:
    """Whether conversion would change *text* (True when ICU is missing: assume it would)."""
    transliterator = _transliterator()
    return transliterator is None or str(transliterator.transliterate(text)) != text


def _runs(line: str) -> list[tuple[int, int, bool]]:
    """Group tokens into runs of the same lean: (start, end, leans_zawgyi); no-Burmese tokens join any run."""
    runs: list[tuple[int, int, bool]] = []
    for m in _TOKEN_RE.finditer(line):
        p = zawgyi_probability(m.group())
        if math.isinf(p) or math.isnan(p):
            if runs:  # neither side: extend the run it sits in
                runs[-1] = (runs[-1][0], m.end(), runs[-1][2])
            continue
        lean = p > 0.5
        if runs and runs[-1][2] == lean:
            runs[-1] = (runs[-1][0], m.end(), lean)
        else:
            runs.append((m.start(), m.end(), lean))
    return runs


def _line_spans(line: str, offset: int, threshold: float) -> list[ZawgyiSpan]:
    p_line = zawgyi_probability(line)
    if math.isinf(p_line):
        return []
    line_is_zawgyi = p_line >= threshold
    spans: list[ZawgyiSpan] = []
    for start, end, leans_zawgyi in _runs(line):
        chunk = line[start:end]
        p = zawgyi_probability(chunk)
        if line_is_zawgyi:
            zawgyi = leans_zawgyi or p > 1.0 - threshold
        else:
            zawgyi = leans_zawgyi and p >= threshold
        if not zawgyi or not _changes(chunk):
            continue
        if spans and not line[spans[-1].end - offset:start].strip():  # only spaces between: merge
            start = spans[-1].start - offset
            spans.pop()
            chunk = line[start:end]
            p = zawgyi_probability(chunk)
        spans.append(ZawgyiSpan(offset + start, offset + end, p))
    return spans


def zawgyi_spans(text: str, threshold: float = THRESHOLD) -> list[ZawgyiSpan]:
    """Return the stretches of *text* that are Zawgyi, line by line (offsets into *text*)."""
    spans: list[ZawgyiSpan] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        spans.extend(_line_spans(line, offset, threshold))
        offset += len(line)
    return spans


def is_zawgyi(text: str, threshold: float = THRESHOLD) -> bool:
    """Return True when any line, or any decisive run inside a line, of *text* is Zawgyi."""
    return bool(zawgyi_spans(text, threshold))


def convert_zawgyi(text: str, threshold: float = THRESHOLD) -> str:
    """Convert only the Zawgyi stretches of *text* to Unicode; Unicode and Latin stay as they are."""
    out, last = [], 0
    for span in zawgyi_spans(text, threshold):
        out.append(text[last:span.start])
        out.append(zawgyi_to_unicode(text[span.start:span.end]))
        last = span.end
    out.append(text[last:])
    return "".join(out)
