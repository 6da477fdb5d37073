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

from .script import INVISIBLES, MYANMAR_CHARS, MYANMAR_CLASS

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
    So only two kinds of index can qualify: a syllable start (always a Myanmar character)
    after a letter, a Burmese character or ``၊ ။ . , ; : ) ]``, and the end of a run of
    Myanmar characters before a letter or an opening bracket — each found by one regular
    expression (the layout asks for every paragraph, line run and justified line; a
    character-by-character test holds them to the rules, ``tests/myanmar/test_syllables.py``).
    Text without Burmese has none.
    """
    if MYANMAR_CHARS.isdisjoint(text):
        return []
    starts = [m.start() for m in _BREAK_START_RE.finditer(text)]
    ends = [m.end() for m in _RUN_BEFORE_LETTER_RE.finditer(text)]
    return sorted(starts + ends) if ends else starts


#: The five rows (vargas) of the Burmese consonant table: a consonant stacks (U+1039) only
#: over one of its own row — the row's 1st over 1st or 2nd, 3rd over 3rd or 4th, its nasal
#: (but င, written as kinzi) over any — which is how Pali and Sanskrit loans are spelt (ဒုက္ခ, ဗုဒ္ဓ, ကမ္ဘာ, မဏ္ဍပ).
_VARGAS = ("\u1000\u1001\u1002\u1003\u1004", "\u1005\u1006\u1007\u1008\u1009",
           "\u100b\u100c\u100d\u100e\u100f", "\u1010\u1011\u1012\u1013\u1014",
           "\u1015\u1016\u1017\u1018\u1019")
_STACKS = frozenset(
    {row[i] + row[j] for row in _VARGAS for i, allowed in ((0, (0, 1)), (2, (2, 3)), (4, (0, 1, 2, 3, 4)))
     for j in allowed if row[i] != "\u1004"}  # င stacks as kinzi (င်္), never bare
    | {"\u100a" + c for c in "\u1005\u1006\u1007\u1008"}  # ည (as ဉ) over its row
    | {"\u101c\u101c", "\u101e\u101e", "\u101a\u101a", "\u100b\u100b"}  # လ္လ, သ္သ, ယ္ယ
)
_BURMESE_LETTER = "\u1000-\u1021\u103f"
#: One Burmese cluster in Unicode storage order (UTN #11): kinzi, base, stacks, an asat
#: before ု or ျ (ကျွန်ုပ်, ယောက်ျား), medials ျ ြ ွ ှ, ေ, upper, lower and other vowels, anusvara, dot below,
#: asat, visarga — or a digit or a section mark. ေ takes no vowel sign after it but ါ or ာ
#: (ော, ေါ): ``ဘေဲ`` is no Burmese spelling, but it is what ``ဘဲ`` typed after ``စေ`` reads as Zawgyi.
_CLUSTER = (
    rf"(?:[{_BURMESE_LETTER}]\u103a\u1039)?[{_BURMESE_LETTER}\u1023-\u1027\u1029\u102a\u104c-\u104f]"
    rf"(?:\u1039[{_BURMESE_LETTER}])*(?:\u103a(?=[\u102f\u103b]))?"
    rf"\u103b?\u103c?\u103d?\u103e?(?:\u1031[\u102b\u102c]?|[\u102d\u102e]?[\u102f\u1030]?\u1032?[\u102b\u102c]?)"
    rf"\u1036?(?:\u1037\u103a?|\u103a\u1037?)?\u1038?"
    rf"|[\u1040-\u1049\u104a\u104b]"
)
_WELL_FORMED_RE = re.compile(rf"(?:{_CLUSTER})+")
_MYANMAR = MYANMAR_CLASS
_MYANMAR_RUN_RE = re.compile(f"[{_MYANMAR}]+")
#: A syllable start a line may break before: after a letter of any script (``[^\W_]`` is
#: ``str.isalnum``), a Burmese character or ``. , ; : ) ]`` — never after a space or an opening
#: bracket; no syllable starts at a space or at what may not start a line (NO_BREAK_BEFORE).
_BREAK_START_RE = re.compile(rf"(?:(?<=[^\W_])|(?<=[{_MYANMAR}.,;:)\]]))(?:{_START_RE.pattern})")
#: A run of Myanmar characters (from its start: linear) ending before a letter or ``(`` ``[``.
_RUN_BEFORE_LETTER_RE = re.compile(rf"(?<![{_MYANMAR}])[{_MYANMAR}]+(?=[^\W_{_MYANMAR}]|[(\[])")
_STACK_RE = re.compile("(.)\u1039(.)")


def is_well_formed(text: str) -> bool:
    """Return True when every Burmese stretch of *text* is spelt in Unicode storage order.

    Strict on purpose: it accepts only the Burmese letters (U+1000–U+104F) in the order
    Unicode stores them, and stacks a consonant only under one of its own row. Zawgyi
    almost never passes (ေ or a medial before its consonant, ္ as a visible asat, its
    private ligature code points), while published Unicode Burmese does: every line of the
    shared news corpus and of the UDHR passes. A Shan or Mon letter makes the text not
    well-formed *Burmese* (the caller then relies on the statistical model alone).
    """
    clean = text.translate(_NO_INVISIBLES)
    for m in _MYANMAR_RUN_RE.finditer(clean):
        run = m.group()
        if not _WELL_FORMED_RE.fullmatch(run):
            return False
        if any(a + b not in _STACKS for a, b in _STACK_RE.findall(run) if a != "\u103a"):
            return False
    return True


_NO_INVISIBLES = {ord(c): None for c in INVISIBLES}


def syllables(text: str) -> list[str]:
    """Split *text* into the pieces between break positions (spaces stay attached)."""
    cuts = [0, *break_positions(text), len(text)]
    return [text[a:b] for a, b in pairwise(cuts) if a < b]
