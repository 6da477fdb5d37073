"""Zawgyi: find it (Google's myanmartools model) and convert it to Unicode (ICU ``Zawgyi-my``).

Zawgyi is a font hack that puts Burmese glyphs on Unicode's Myanmar code points in visual
order, so Zawgyi text *looks* right in a Zawgyi font and is garbage for everything else:
our shaping, search, copy-out. It cannot be told from Unicode by rules alone (Shan and Mon
use the same code points), so the evidence is the measured Markov model Google ships in
``myanmartools`` (a log-odds summed over every pair of adjacent characters) together with
one structural fact: Unicode Burmese spelt in storage order (``syllables.is_well_formed``)
is almost never Zawgyi, and Zawgyi almost never is.

Decisions are made on **evidence over a whole line**, never on one word:

1. A line is judged as a whole. Decisively Zawgyi (probability ≥ ``THRESHOLD``, and
   ≥ ``WELL_FORMED_THRESHOLD`` for a line that is well-formed Unicode): the line is
   converted, except a run of words that is itself decisively Unicode *and* well-formed
   (a Unicode phrase pasted into Zawgyi is not converted twice).
2. Decisively Unicode: the line stays, except a run of words that is decisively Zawgyi on
   its own *and* not well-formed Unicode (a Zawgyi phrase pasted into Unicode). A word
   that is valid Unicode is never converted in a Unicode line, whatever it scores alone:
   ``မေတ္တာထား၍`` scores 0.9996 by itself inside a line scoring 1e-200.
3. Ambiguous (between the two): a decisive Zawgyi run that is not well-formed Unicode
   tips the line to Zawgyi; so does the document — a line of a document that is clearly
   Zawgyi (:func:`document_lean`) is converted even when it is too short to decide alone.
4. A stretch is never called Zawgyi when converting it changes nothing (myanmartools'
   README suggests this check for strings that are the same in both encodings, e.g. ``၏``).

``THRESHOLD`` is 0.95: myanmartools' README recommends 0.95 "if over-predicting Zawgyi is
bad (e.g. when conversion will take place automatically)", which is our case (``export``
refuses, ``fix`` converts). On the parallel corpus in ``tests/data/corpus/zawgyi`` the 63
Zawgyi lines score ≥ 0.9999999999999991 and the 63 Unicode lines ≤ 2.1e-11.

Conversion (:func:`zawgyi_to_unicode`) is ICU's transliterator with two repairs around it
that ICU lacks: invisible characters and the spaces Zawgyi typists put before a mark to
make it render are dropped first, and the result is put in Unicode normal form with
doubled marks removed. On Google's held-out converter test pairs this is exact where ICU
alone is not (numbers in docs/burmese-typography.md).

Nothing here touches the network: the model and ICU's rules ship inside the wheels.
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
import warnings
from collections.abc import Iterable
from enum import StrEnum
from functools import cache, lru_cache
from typing import Any, NamedTuple

from .icu import icu_module
from .script import INVISIBLES
from .syllables import is_well_formed

#: Probability from which a line (or a decisive run) counts as Zawgyi.
THRESHOLD = 0.95
#: Probability a line that is well-formed Unicode must reach, alone, to count as Zawgyi.
#: The highest-scoring Unicode word of the shared corpus, မေတ္တာထား၍, scores 0.9996.
WELL_FORMED_THRESHOLD = 0.9999

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


@cache
def _pair_model() -> tuple[dict[str, int], int, Any, frozenset[str]]:
    """Return myanmartools' model for a fast scan: each known character's state, as its ``_state`` gives it.

    myanmartools finds a character's state by a bisection per character (on a list that
    is not even sorted, so the states are taken from ``_state`` itself, never recomputed):
    the Zawgyi check was a fifth of a 200-page export. A dict lookup per character gives
    the same states, and so the same sums, bit for bit (issue 17).
    """
    detector = _detector()
    states = {ch: detector._state(ch) for ch in detector._chars}
    return states, len(detector._chars) + 1, detector._params, frozenset(states)


@lru_cache(maxsize=1 << 16)
def zawgyi_log_odds(text: str) -> float:
    """Return the model's evidence for Zawgyi as log odds (> 0 leans Zawgyi); NaN without Burmese.

    The probability saturates at 1.0 for a long line; the log odds keep growing with the
    evidence, so a line can be weighed against a word inside it. myanmartools' per-pair
    log-likelihood ratios (pinned <2), summed in its order; remembered per text, as a line
    is weighed for the document, for itself and again by every check that reads it.
    """
    states, size, params, known = _pair_model()
    if known.isdisjoint(text):
        return math.nan  # every pair is (foreign, foreign), which the model leaves NaN
    total, seen, previous = 0.0, False, 0
    state_of = states.get
    for ch in text:
        state = state_of(ch, 0)
        value = params[previous * size + state]
        if value == value:  # not NaN
            total += value
            seen = True
        previous = state
    value = params[previous * size]  # the last character and the end
    if value == value:
        total += value
        seen = True
    return -total if seen else math.nan


def _cut(threshold: float) -> float:
    """Return the log odds from which evidence is decisive at *threshold*."""
    return math.log(threshold / (1.0 - threshold))


#: Zawgyi's marks (drawn after the letter before them): its vowel signs, medials and tones
#: on the Myanmar block, and its stacked-consonant and variant-mark code points.
_ZAWGYI_MARKS = "\u102b-\u1030\u1032-\u103a\u103c\u103d\u1060-\u1069\u106c\u106d\u1070-\u107c\u1085-\u108e\u1093-\u1096"
#: What Zawgyi typists put between a letter and its mark to make a Zawgyi font draw it
#: (spaces, no-break and thin spaces, invisibles): dropped before conversion.
_ZAWGYI_JUNK_RE = re.compile(f"[ \u00a0\u2000-\u200a{INVISIBLES}]+(?=[{_ZAWGYI_MARKS}])")


def zawgyi_to_unicode(text: str) -> str:
    """Convert Zawgyi *text* to Unicode with ICU's ``Zawgyi-my`` rules, all of it.

    Use :func:`convert_zawgyi` for text that may be partly Unicode already: converting
    Unicode as if it were Zawgyi scrambles it (U+103B is ya-pin in one, ya-yit in the other).
    """
    transliterator = _transliterator()
    if transliterator is None:
        raise ZawgyiConversionError(
            "converting Zawgyi needs ICU: install the pyicu-wheels package")
    converted = str(transliterator.transliterate(_ZAWGYI_JUNK_RE.sub("", text)))
    return _DOUBLED_RE.sub(r"\1", unicodedata.normalize("NFC", converted))


_DOUBLED_RE = re.compile("([\u102b-\u103e])\\1+")


def _changes(text: str) -> bool:
    """Whether conversion would change *text* (True when ICU is missing: assume it would)."""
    transliterator = _transliterator()
    return transliterator is None or zawgyi_to_unicode(text) != text


class Lean(StrEnum):
    """Which encoding a whole document's evidence points to."""

    ZAWGYI = "zawgyi"
    UNICODE = "unicode"


def document_lean(texts: Iterable[str], threshold: float = THRESHOLD) -> Lean | None:
    """Return the encoding the Burmese of *texts* taken together is decisively in, or None.

    A release typed in Zawgyi has short lines too short to judge alone (a name, a
    heading); judged with the document they belong to, they are converted with the rest.
    """
    total = 0.0
    for text in texts:
        for line in text.splitlines():
            odds = zawgyi_log_odds(line)
            if not math.isnan(odds):
                total += odds
    cut = _cut(threshold)
    if total >= cut:
        return Lean.ZAWGYI
    if total <= -cut:
        return Lean.UNICODE
    return None


class _Run(NamedTuple):
    start: int
    end: int
    odds: float
    well_formed: bool


def _runs(line: str) -> list[_Run]:
    """Group whitespace-separated tokens into runs of the same lean; no-Burmese tokens join any run."""
    bounds: list[list[int]] = []
    leans: list[bool] = []
    for m in _TOKEN_RE.finditer(line):
        odds = zawgyi_log_odds(m.group())
        if math.isnan(odds):
            if bounds:  # neither side: extend the run it sits in
                bounds[-1][1] = m.end()
            continue
        lean = odds > 0
        if leans and leans[-1] == lean:
            bounds[-1][1] = m.end()
        else:
            bounds.append([m.start(), m.end()])
            leans.append(lean)
    return [_Run(a, b, zawgyi_log_odds(line[a:b]), is_well_formed(line[a:b])) for a, b in bounds]


def _surely_unicode(text: str) -> bool:
    """Whether *text* is well-formed Unicode that conversion would make ill-formed.

    Zawgyi converted gives Unicode in storage order; Unicode "converted" gives garbage
    (``မေတ္တာ`` → ``မတ်ေတာ``). The model's log-odds grow with length, so a line that
    repeats a word leaning Zawgyi (``မေတ္တာထား၍`` scores 0.9996 alone) passes any fixed
    threshold; this structural fact does not.
    """
    return is_well_formed(text) and not is_well_formed(zawgyi_to_unicode(text))


def _line_is_zawgyi(line: str, runs: list[_Run], cut: float, document: Lean | None) -> bool:
    odds = zawgyi_log_odds(line)
    if odds <= -cut or _surely_unicode(line):
        return False
    if document is Lean.ZAWGYI:
        return True
    if odds >= cut and (odds >= _cut(WELL_FORMED_THRESHOLD) or not is_well_formed(line)):
        return True
    return any(run.odds >= cut and not run.well_formed for run in runs)  # a token tips an ambiguous line


def _line_spans(line: str, offset: int, threshold: float, document: Lean | None) -> list[ZawgyiSpan]:
    if math.isnan(zawgyi_log_odds(line)):
        return []
    cut = _cut(threshold)
    runs = _runs(line)
    if _line_is_zawgyi(line, runs, cut, document):
        chosen = [run for run in runs if not (run.odds <= -cut and run.well_formed)]
    else:
        chosen = [run for run in runs if run.odds >= cut and not run.well_formed]
    spans: list[ZawgyiSpan] = []
    for start, end, _odds, _ in chosen:
        if not _changes(line[start:end]):
            continue
        if spans and not line[spans[-1].end - offset:start].strip():  # only spaces between: merge
            start = spans[-1].start - offset
            spans.pop()
        spans.append(ZawgyiSpan(offset + start, offset + end, zawgyi_probability(line[start:end])))
    return spans


def zawgyi_spans(text: str, threshold: float = THRESHOLD, document: Lean | None = None) -> list[ZawgyiSpan]:
    """Return the stretches of *text* that are Zawgyi, line by line (offsets into *text*).

    *document* is :func:`document_lean` of the whole document *text* belongs to, when known.
    """
    return list(_spans(text, threshold, document))


@lru_cache(maxsize=4096)
def _spans(text: str, threshold: float, document: Lean | None) -> tuple[ZawgyiSpan, ...]:
    """Return the spans of one field's text, remembered: export, preflight and every preview ask again."""
    spans: list[ZawgyiSpan] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        spans.extend(_line_spans(line, offset, threshold, document))
        offset += len(line)
    return tuple(spans)


def is_zawgyi(text: str, threshold: float = THRESHOLD, document: Lean | None = None) -> bool:
    """Return True when any line, or any decisive run inside a line, of *text* is Zawgyi."""
    return bool(zawgyi_spans(text, threshold, document))


def convert_zawgyi(text: str, threshold: float = THRESHOLD, document: Lean | None = None) -> str:
    """Convert only the Zawgyi stretches of *text* to Unicode; Unicode and Latin stay as they are."""
    out, last = [], 0
    for span in zawgyi_spans(text, threshold, document):
        out.append(text[last:span.start])
        out.append(zawgyi_to_unicode(text[span.start:span.end]))
        last = span.end
    out.append(text[last:])
    return "".join(out)
