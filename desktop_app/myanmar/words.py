"""Where Burmese lines should break: at words where ICU knows them, at syllables otherwise.

Burmese has no spaces between words. Breaking between any two syllables is legal
(``syllables.break_positions``), but breaking inside a word (``လွတ်|လပ်``) reads badly,
so a line breaker should prefer word boundaries and fall back to syllables only when a
word does not fit. ICU's dictionary-based word break iterator for Burmese (via PyICU,
installed from the ``pyicu-wheels`` package) finds the words; without ICU every syllable
boundary is treated as a word boundary, which is what the writers did before.

API
---
``word_break_positions(text) -> list[int]``
    Word boundaries inside Burmese. Each one is also a syllable break position, so ICU can
    never make a line start with ``၊`` or cut a stacked consonant (it does both alone).
``line_break_positions(text, prefer_words=True) -> list[Break]``
    Every legal break position (the syllable breaks), each ranked ``WORD`` (0, break here
    first) or ``SYLLABLE`` (1, only to avoid an overfull line). A breaker that wants a set
    takes ``{b.pos for b in breaks}``; one that prefers words takes the ``WORD`` ones and
    uses the others inside a word too wide for the line. ``prefer_words=False`` ranks all
    of them ``WORD`` (plain syllable breaking).
``has_dictionary() -> bool``
    Whether ICU's Burmese dictionary is in use here.

Like ``syllables.break_positions``, positions are indexes *i* where a line may start at
``text[i]``; breaks at spaces are the line breaker's own business and are not returned.
"""

from __future__ import annotations

import threading
from functools import cache
from typing import Any, NamedTuple

from .icu import icu_module
from .syllables import break_positions

WORD, SYLLABLE = 0, 1

#: "Everyone … equal": ICU's dictionary gives လူ|တိုင်း|သည်|တူညီ — words, not syllables (no break
#: inside တူညီ). Used once to check the dictionary works.
_PROBE, _PROBE_BREAKS = "လူတိုင်းသည်တူညီ", [2, 8, 11]


class Break(NamedTuple):
    """A legal line break before ``text[pos]``; lower ``rank`` is better (``WORD`` < ``SYLLABLE``)."""

    pos: int
    rank: int


_ITERATORS = threading.local()  # the preview and an export may break text at the same time


def _word_iterator() -> Any:
    """Return this thread's Burmese ICU word break iterator, made once (making one costs more than using it)."""
    iterator = getattr(_ITERATORS, "word", None)
    if iterator is None:
        icu = icu_module()
        iterator = _ITERATORS.word = icu.BreakIterator.createWordInstance(icu.Locale("my"))
    return iterator


def _icu_boundaries(text: str) -> set[int]:
    """ICU word boundaries as indexes into *text* (ICU counts UTF-16 code units)."""
    iterator = _word_iterator()
    iterator.setText(text)
    units = list(iterator)
    if text.isascii() or max(map(ord, text)) < 0x10000:
        return set(units)
    index, unit, to_index = 0, 0, {0: 0}
    for ch in text:
        unit += 2 if ord(ch) >= 0x10000 else 1
        index += 1
        to_index[unit] = index
    return {to_index[u] for u in units if u in to_index}


@cache
def has_dictionary() -> bool:
    """Return True when ICU is installed and its Burmese dictionary splits words.

    Checked once on a known phrase, so an ICU built without the Burmese dictionary (it
    would fall back to breaking everywhere or nowhere) is treated as missing.
    """
    if icu_module() is None:
        return False
    return sorted(_icu_boundaries(_PROBE) & set(break_positions(_PROBE))) == _PROBE_BREAKS


def word_break_positions(text: str) -> list[int]:
    """Return word boundaries inside Burmese that are also syllable breaks (all syllable breaks without ICU)."""
    syllable_breaks = break_positions(text)
    if not has_dictionary():
        return syllable_breaks
    words = _icu_boundaries(text)
    return [pos for pos in syllable_breaks if pos in words]


def line_break_positions(text: str, prefer_words: bool = True) -> list[Break]:
    """Return every legal Burmese break in *text*, ranked ``WORD`` or ``SYLLABLE``, in text order."""
    syllable_breaks = break_positions(text)
    if not prefer_words or not has_dictionary():
        return [Break(pos, WORD) for pos in syllable_breaks]
    words = _icu_boundaries(text)
    return [Break(pos, WORD if pos in words else SYLLABLE) for pos in syllable_breaks]


def line_break_ranks(text: str) -> dict[int, int]:
    """Return ``{b.pos: b.rank for b in line_break_positions(text)}`` without making a ``Break`` per break."""
    syllable_breaks = break_positions(text)
    if not has_dictionary():
        return dict.fromkeys(syllable_breaks, WORD)
    words = _icu_boundaries(text)
    return {pos: WORD if pos in words else SYLLABLE for pos in syllable_breaks}
