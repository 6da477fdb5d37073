"""Where Burmese may be broken into lines: between syllables, never inside one.

Burmese is written without spaces between words, so a line may end between any two
syllables. A syllable starts at a consonant that is neither stacked under the previous
one (preceded by the virama U+1039) nor killed by an asat (followed by U+103A, possibly
after a dot below U+1037), or at an independent vowel, a symbol or a number. This is
the rule of Ye Kyaw Thu's *sylbreak* (github.com/ye-kyaw-thu/sylbreak), extended for
the canonical order ``consonant + U+1037 + U+103A`` and for line-breaking punctuation:
``၊ ။`` and closing brackets never start a line, opening brackets never end one, and a
number is never split.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .script import INVISIBLES, is_myanmar

_CONSONANTS = (
    "\u1000-\u1021\u103f\u1050-\u1055\u105a-\u105d\u1061\u1065\u1066\u106e-\u1070"
    "\u1075-\u1081\u108e\uaa60-\uaa6f\uaa71-\uaa76\uaa7a\ua9e0-\ua9e4\ua9e7-\ua9ef\ua9fa-\ua9fe"
)
_INDEPENDENT = "\u1023-\u1027\u1029\u102a\u104c-\u104f"
_DIGITS = "\u1040-\u1049\u1090-\u1099\ua9f0-\ua9f9"
VIRAMA, ASAT, DOT_BELOW = "\u1039", "\u103a", "\u1037"

#: Regex character classes (contents of ``[...]``) shared with ``normalize``.
CONSONANTS, DIGITS = _CONSONANTS, _DIGITS

#: A syllable starts here (the character at the match position).
_START_RE = re.compile(
    rf"(?<!{VIRAMA})[{_CONSONANTS}\u1025](?!{DOT_BELOW}?[{ASAT}{VIRAMA}])"
    rf"|[{_INDEPENDENT}]"
    rf"|(?<![{_DIGITS}])[{_DIGITS}]"
)

#: Never at the start of a line.
NO_BREAK_BEFORE = set("\u104a\u104b)]}»”’,.;:!?%") | set(INVISIBLES)
#: Never at the end of a line.
NO_BREAK_AFTER = set("([{«“‘")


def _starts(text: str) -> set[int]:
    return {m.start() for m in _START_RE.finditer(text)}


def syllable_starts(text: str) -> set[int]:
    """Indexes where a syllable (or a number) begins, whatever surrounds it.

    Unlike :func:`break_positions` this ignores line-breaking rules: it answers "does a
    new syllable start here?", which normalisation needs to tell a final consonant
    (``န`` in ``ဝန်``) from one that begins a syllable.
    """
    return _starts(text)


def break_positions(text: str) -> list[int]:
    """Indexes *i* where a line may start at ``text[i]`` because a Burmese syllable does.

    Only boundaries touching Burmese are returned (including between a Latin word and
    Burmese written against it); breaks at spaces are the line breaker's own business.
    """
    starts = _starts(text)
    out = []
    for i in range(1, len(text)):
        before, ch = text[i - 1], text[i]
        if before.isspace() or ch.isspace() or ch in NO_BREAK_BEFORE or before in NO_BREAK_AFTER:
            continue
        mine_before, mine = is_myanmar(before), is_myanmar(ch)
        if mine and i in starts:
            if mine_before or before.isalnum() or before in "\u104a\u104b.,;:)]":
                out.append(i)
        elif mine_before and not mine and (ch.isalnum() or ch in "(["):
            out.append(i)
    return out


def syllables(text: str) -> list[str]:
    """Split *text* into the pieces between break positions (spaces stay attached)."""
    cuts = [0, *break_positions(text), len(text)]
    return [text[a:b] for a, b in pairwise(cuts) if a < b]
