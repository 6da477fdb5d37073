"""Burmese storage-order mistakes people actually type, found and (when safe) repaired.

Unicode stores Burmese in *logical* order — consonant, stacked consonant, medials, then
ေ (U+1031) and the other vowel signs, then asat, dot below, visarga — whatever order the
glyphs appear in (Unicode Technical Note #11, *Representing Myanmar in Unicode*, "Unicode
5.1 Model", storage order table). Keyboards that let people type in visual order, and
text copied from the web, leave mistakes that look right in some fonts but break
shaping, search and our line breaking:

- ``nfc`` — not in Unicode normal form, e.g. ``့`` typed after ``်`` (UTN #11, "Normalization":
  NFC stores U+1037 before U+103A), or ``ဥ`` + ``ီ`` for ``ဦ``. Safe: canonically equivalent.
- ``e-before-consonant`` — ``ေ`` typed first, as it is seen: ``ေက`` → ``ကေ``, ``ေြက`` → ``ကြေ``.
  Safe, because it is reported only where nothing before ``ေ`` could carry it (start of a
  word, after a vowel sign, asat or tone). ``ကေလ`` typed for ``ကလေ`` is a valid spelling of
  something else and cannot be told without a dictionary: not reported.
- ``doubled-mark`` — the same mark twice (``ိိ``, ``့့``, ``််``): never meaningful. Safe.
- ``invisible`` — ZWSP, word joiner or BOM inside a syllable (``ကျွ<ZWSP>န်``), which breaks
  shaping and search: safe to remove. ZWJ/ZWNJ there are reported but not removed by
  ``fix_safe``: they are shaping controls someone may have meant. A BOM between two
  syllables is removed too; a ZWSP there is a line-break hint and is left alone.
- ``zero-as-wa`` / ``four-as-lagaung`` — digit ``၀`` for letter ``ဝ`` (``ဒုတိယ၀န်ကြီး``), digit ``၄``
  for ``၎`` (``၄င်း``). Safe where a vowel sign or final consonant follows (a digit carries
  neither) or, for ``၀``, between two letters; ``၀`` only after a letter (``သဘာ၀``) is reported.
- ``wa-as-zero`` / ``lagaung-as-four`` — the reverse: safe between two digits (``၂ဝ၂၄``),
  reported when only after a number (``၂ဝ ရက်``).

``find_problems`` reports them (offsets into the text given); ``fix_safe`` repairs the safe
ones (what ``thadin fix`` does); ``normalize`` repairs every one that has a repair (for a
person who has looked at the list, e.g. in the GUI). All of them assume **Unicode** text:
check for Zawgyi first (``zawgyi.is_zawgyi``), since Zawgyi *is* visual order and would be
reported everywhere. A ZWSP between two syllables is a line-break hint and is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from .script import INVISIBLES, is_myanmar
from .syllables import CONSONANTS, DIGITS, syllable_starts

E_VOWEL, ZERO, WA, FOUR, LAGAUNG = "\u1031", "\u1040", "\u101d", "\u1044", "\u104e"
_MEDIALS = "\u103b-\u103e"  # ya, ra, wa, ha: stored in this order (UTN #11)
_OTHER_MEDIALS = "\u105e-\u1060\u1082"  # Mon and Shan medials: may carry ေ too
_BURMESE_MARKS = "\u102b-\u103e"

_WORD_RE = re.compile(r"\S+")
_DOUBLED_RE = re.compile(rf"([{_BURMESE_MARKS}])\1+")
_INVISIBLE_RE = re.compile(f"[{INVISIBLES}]+")
#: ေ with nothing before it that could carry it (a consonant or a medial), followed by
#: medials typed before the consonant, the consonant (not killed by an asat), a stack, medials.
_E_FIRST_RE = re.compile(
    rf"(?<![{CONSONANTS}{_MEDIALS}{_OTHER_MEDIALS}{ZERO}{E_VOWEL}{INVISIBLES}])"
    rf"{E_VOWEL}([{_MEDIALS}]*)([{CONSONANTS}])(?!\u1037?\u103a)((?:\u1039[{CONSONANTS}])*)([{_MEDIALS}]*)"
)
_LOOKALIKE_RE = re.compile(f"[{ZERO}{WA}{FOUR}{LAGAUNG}]")
_DIGIT_RE = re.compile(f"[{DIGITS}]")
_CONSONANT_RE = re.compile(f"[{CONSONANTS}\u1025]")

_NAMES = {"\u200b": "zero-width space", "\u200c": "zero-width non-joiner", "\u200d": "zero-width joiner",
          "\u2060": "word joiner", "\ufeff": "byte-order mark"}
_SAFE_INVISIBLES = "\u200b\u2060\ufeff"


class Kind(StrEnum):
    """What is wrong; the value is what ``thadin check`` can print."""

    NFC = "nfc"
    E_BEFORE_CONSONANT = "e-before-consonant"
    DOUBLED_MARK = "doubled-mark"
    INVISIBLE = "invisible"
    ZERO_AS_WA = "zero-as-wa"
    WA_AS_ZERO = "wa-as-zero"
    FOUR_AS_LAGAUNG = "four-as-lagaung"
    LAGAUNG_AS_FOUR = "lagaung-as-four"


@dataclass(frozen=True)
class NormalizationIssue:
    """One problem at ``text[offset:offset + length]``, its repair and whether ``fix_safe`` applies it."""

    kind: Kind
    offset: int
    length: int
    replacement: str
    message: str
    safe: bool

    @property
    def end(self) -> int:
        """Index just after the problem."""
        return self.offset + self.length


_Rule = Callable[[str], Iterator[NormalizationIssue]]


def _nfc(text: str) -> Iterator[NormalizationIssue]:
    """Words that Unicode normalisation (NFC) would change; NFC never acts across a space."""
    for m in _WORD_RE.finditer(text):
        word = m.group()
        if unicodedata.is_normalized("NFC", word):
            continue
        if "\u103a\u1037" in word:
            message = "dot below ့ typed after asat ်: Unicode stores ့ first"
        elif "\u1025\u102e" in word:
            message = "ဦ typed as ဥ + ီ: Unicode stores the single letter ဦ"
        else:
            message = "not in Unicode normal form (NFC)"
        yield NormalizationIssue(Kind.NFC, m.start(), len(word), unicodedata.normalize("NFC", word), message, True)


def _doubled(text: str) -> Iterator[NormalizationIssue]:
    for m in _DOUBLED_RE.finditer(text):
        mark = m.group(1)
        yield NormalizationIssue(Kind.DOUBLED_MARK, m.start(), len(m.group()), mark,
                                 f"mark {mark} typed {len(m.group())} times", True)


def _e_first(text: str) -> Iterator[NormalizationIssue]:
    for m in _E_FIRST_RE.finditer(text):
        before, consonant, stack, after = m.groups()
        medials = "".join(sorted(before + after))
        fixed = consonant + stack + medials + E_VOWEL
        yield NormalizationIssue(Kind.E_BEFORE_CONSONANT, m.start(), len(m.group()), fixed,
                                 f"ေ typed before its consonant: {m.group()} is stored {fixed}", True)


def _is_mark(ch: str) -> bool:
    return bool(ch) and is_myanmar(ch) and unicodedata.category(ch).startswith("M")


def _is_letter_or_mark(ch: str) -> bool:
    """Return True for a Myanmar consonant, independent vowel or mark (not a digit or punctuation)."""
    return bool(ch) and is_myanmar(ch) and unicodedata.category(ch)[0] in "LM" and not _DIGIT_RE.match(ch)


def _inside_syllable(text: str, index: int, starts: set[int]) -> bool:
    """Whether ``text[index]`` belongs to the syllable before it (a mark, or a final/stacked consonant)."""
    if index >= len(text):
        return False
    ch = text[index]
    return _is_mark(ch) or (_CONSONANT_RE.match(ch) is not None and index not in starts)


def _invisible(text: str) -> Iterator[NormalizationIssue]:
    runs = list(_INVISIBLE_RE.finditer(text))
    if not runs:
        return
    clean = _INVISIBLE_RE.sub("", text)
    starts = syllable_starts(clean)
    removed = 0
    for m in runs:
        i, j = m.span()
        run = m.group()
        removed += len(run)
        if i == 0 or j >= len(text) or not (is_myanmar(text[i - 1]) and is_myanmar(text[j])):
            continue
        names = " + ".join(dict.fromkeys(_NAMES[c] for c in run))
        if _inside_syllable(clean, j - removed, starts):
            safe = all(c in _SAFE_INVISIBLES for c in run)
            yield NormalizationIssue(Kind.INVISIBLE, i, len(run), "",
                                     f"invisible {names} inside a Burmese syllable", safe)
        elif "\ufeff" in run:
            yield NormalizationIssue(Kind.INVISIBLE, i, len(run), run.replace("\ufeff", ""),
                                     "byte-order mark inside Burmese text", True)


_AS_LETTER = {ZERO: (Kind.ZERO_AS_WA, WA, "digit ၀ (zero) used as the letter ဝ (wa)"),
              FOUR: (Kind.FOUR_AS_LAGAUNG, LAGAUNG, "digit ၄ (four) used as the symbol ၎ (as in ၎င်း)")}
_AS_DIGIT = {WA: (Kind.WA_AS_ZERO, ZERO, "letter ဝ (wa) used as the digit ၀ (zero)"),
             LAGAUNG: (Kind.LAGAUNG_AS_FOUR, FOUR, "symbol ၎ used as the digit ၄ (four)")}


def _lookalikes(text: str) -> Iterator[NormalizationIssue]:
    """Digit ၀/၄ written for letter ဝ/symbol ၎ and back, where the neighbours decide it.

    A digit never carries a vowel sign or a final consonant, so ၀ or ၄ followed by one is a
    letter (safe), and so is ၀ between two letters; ၀ right after a letter with nothing to
    carry (``သဘာ၀``) is probably ဝ but could be a number glued to a word (reported only).
    ဝ or ၎ between two digits is a digit (safe); right after a number (``၂ဝ ရက်``) it
    probably is one (reported only).
    """
    starts = syllable_starts(text) if _LOOKALIKE_RE.search(text) else set()
    for m in _LOOKALIKE_RE.finditer(text):
        i, ch = m.start(), m.group()
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        digit_before, digit_after = bool(_DIGIT_RE.match(prev)), bool(_DIGIT_RE.match(nxt))
        letter_after = _CONSONANT_RE.match(nxt) is not None or _is_mark(nxt)
        if ch in _AS_LETTER:
            if digit_before or digit_after:
                continue  # part of a number
            carries = _inside_syllable(text, i + 1, starts)
            after_letter = ch == ZERO and _is_letter_or_mark(prev)
            if carries or after_letter:
                kind, fixed, message = _AS_LETTER[ch]
                yield NormalizationIssue(kind, i, 1, fixed, message, carries or letter_after)
        elif digit_before and (digit_after or not letter_after):
            kind, fixed, message = _AS_DIGIT[ch]
            yield NormalizationIssue(kind, i, 1, fixed, message, digit_after)


#: In the order fixes are applied: NFC first so the others see canonical order.
RULES: tuple[_Rule, ...] = (_nfc, _invisible, _doubled, _e_first, _lookalikes)


def find_problems(text: str) -> list[NormalizationIssue]:
    """Return every problem in *text* (Unicode, not Zawgyi), by offset."""
    issues = [issue for rule in RULES for issue in rule(text)]
    return sorted(issues, key=lambda issue: (issue.offset, issue.kind))


def _apply(text: str, issues: list[NormalizationIssue]) -> str:
    for issue in sorted(issues, key=lambda issue: issue.offset, reverse=True):
        text = text[:issue.offset] + issue.replacement + text[issue.end:]
    return text


def _fix(text: str, only_safe: bool) -> str:
    for _ in range(4):  # one repair can expose another (a ZWSP between two ိ), so repeat until stable
        before = text
        for rule in RULES:
            text = _apply(text, [issue for issue in rule(text) if issue.safe or not only_safe])
        if text == before:
            break
    return unicodedata.normalize("NFC", text)


def fix_safe(text: str) -> str:
    """Return *text* in NFC with the safe repairs made (what ``thadin fix`` applies unasked)."""
    return _fix(text, only_safe=True)


def normalize(text: str) -> str:
    """Return *text* in NFC with every repair made, including those ``fix_safe`` only reports."""
    return _fix(text, only_safe=False)
