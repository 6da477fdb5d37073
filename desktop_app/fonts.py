"""The font families Thadin ships, and which of them draws which script.

Output must not depend on the fonts of the machine it runs on, so only these files are
ever used. Pure data and lookups; registering fonts with a renderer is the writers' job.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import groupby
from pathlib import Path

from .myanmar.script import MYANMAR_CHARS, MYANMAR_CLASS
from .resources import resource_path

MYANMAR_SCRIPT = "my"
LATIN_SCRIPT = "latin"
#: The height of a Latin line over its size in a block of normal line height; a
#: family's ``line_height`` and a block's ``line_factor`` are relative to it.
NORMAL_LINE = 1.36
#: The letterhead's ``fonts:`` keys and the script slot each chooses the family for
#: (``en`` draws every non-Burmese character). The loader accepts these keys only.
FONT_KEYS: dict[str, str] = {"my": MYANMAR_SCRIPT, "en": LATIN_SCRIPT}


@dataclass(frozen=True)
class FontFamily:
    """A family's files: regular and bold always, italics where the design has them."""

    name: str
    regular: str
    bold: str
    italic: str | None = None
    bold_italic: str | None = None
    scripts: tuple[str, ...] = (LATIN_SCRIPT,)
    licence: str = ""
    #: Size relative to Latin text of the same point size, so both scripts look equally
    #: large side by side (Burmese letters are small on their body).
    scale: float = 1.0
    #: Line height as a multiple of the size: Burmese stacks marks above and below.
    line_height: float = NORMAL_LINE

    def file(self, bold: bool = False, italic: bool = False) -> Path:
        """Return the file that draws this weight and slant (regular stands in for a missing italic)."""
        if bold and italic and self.bold_italic:
            name = self.bold_italic
        elif italic and not bold and self.italic:
            name = self.italic
        elif bold:
            name = self.bold
        else:
            name = self.regular
        return resource_path("fonts", name)

    def has_italic(self) -> bool:
        """Return True when the family has a real italic (Burmese fonts do not)."""
        return self.italic is not None


FAMILIES: dict[str, FontFamily] = {
    f.name: f
    for f in (
        FontFamily("Padauk", "Padauk-Regular.ttf", "Padauk-Bold.ttf",
                   scripts=(MYANMAR_SCRIPT, LATIN_SCRIPT), licence="OFL-Padauk.txt", scale=1.1,
                   line_height=1.62),
        FontFamily("Noto Sans Myanmar", "NotoSansMyanmar-Regular.ttf", "NotoSansMyanmar-Bold.ttf",
                   scripts=(MYANMAR_SCRIPT,), licence="OFL-Noto.txt", scale=0.95, line_height=1.9),
        FontFamily("Noto Serif", "NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf",
                   "NotoSerif-Italic.ttf", "NotoSerif-BoldItalic.ttf", licence="OFL-Noto.txt"),
        FontFamily("Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
                   "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf", licence="OFL-Noto.txt"),
    )
}

#: The family for each script when a letterhead names none.
#: Noto Sans Myanmar, not Padauk: Padauk 5.000 is designed for Graphite, and its
#: OpenType tables (what HarfBuzz, Word and PDF use) put a gap after ါ် as in ဒေါ်
#: (docs/burmese-typography.md).
DEFAULT_FAMILIES = {MYANMAR_SCRIPT: "Noto Sans Myanmar", LATIN_SCRIPT: "Noto Serif"}




def char_scripts(text: str) -> list[str]:
    """Return the script slot of each character.

    Punctuation and spaces take the script of the letter before them (or after, at the
    start), so ``(ဒုတိယ)``'s brackets go with the Burmese and ``Goal, and`` stays Latin.
    """
    myanmar = MYANMAR_CHARS
    if myanmar.isdisjoint(text):
        return [LATIN_SCRIPT] * len(text)  # what the rules below give text without Burmese
    raw = [MYANMAR_SCRIPT if ch in myanmar else (LATIN_SCRIPT if ch.isalnum() else None) for ch in text]
    out: list[str | None] = list(raw)
    last = None
    for i, script in enumerate(raw):
        if script is None:
            out[i] = last
        else:
            last = script
    following = LATIN_SCRIPT
    result = [LATIN_SCRIPT] * len(out)
    for i in range(len(out) - 1, -1, -1):
        before, own = out[i], raw[i]
        if before is None:
            result[i] = following
        else:
            result[i] = before
            if own is not None:
                following = own
    return result


#: ``covers(slot, ch)``: does the family in *slot* have a glyph for *ch*?
Coverage = Callable[[str, str], bool]


def _slot_of(script: str, ch: str, covers: Coverage, memo: dict[tuple[str, str], str]) -> str:
    """Return the slot drawing *ch* of *script*: its own, or the other when only that has the glyph (kept in *memo*)."""
    key = (script, ch)
    found = memo.get(key)
    if found is None:
        found = script
        if not covers(script, ch):
            other = LATIN_SCRIPT if script == MYANMAR_SCRIPT else MYANMAR_SCRIPT
            if covers(other, ch):
                found = other
        memo[key] = found
    return found


def char_slots(text: str, covers: Coverage, scripts: list[str] | None = None,
               memo: dict[tuple[str, str], str] | None = None) -> list[str]:
    """Return the family slot drawing each character.

    That is its script's family, or the other one when only that one has the glyph
    (Noto Sans Myanmar has no brackets or hyphen). *scripts* is ``char_scripts(text)``
    when the caller has it already; *memo* keeps the decision for each (script,
    character) across calls with the same *covers*.
    """
    if scripts is None:
        scripts = char_scripts(text)
    if memo is None:
        memo = {}  # each (script, character) is decided once

    out: list[str] = []
    start = 0
    for script, group in groupby(scripts):  # runs of one script: usually all of it in its own family
        piece = text[start:start + len(list(group))]
        start += len(piece)
        if all(_slot_of(script, ch, covers, memo) == script for ch in set(piece)):
            out += [script] * len(piece)
        else:
            out += [_slot_of(script, ch, covers, memo) for ch in piece]
    return out


_MYANMAR_CLASS = MYANMAR_CLASS
#: A stretch of one script in :func:`char_scripts`'s sense: from a letter (group 1: a Myanmar
#: character; else a non-Myanmar ``str.isalnum`` one, ``[^\W_]``) to the next letter of the
#: other script, the punctuation and spaces between going with the letter before them.
_STRETCHES = re.compile(rf"([{_MYANMAR_CLASS}][\W_{_MYANMAR_CLASS}]*)|[^\W_{_MYANMAR_CLASS}][^{_MYANMAR_CLASS}]*")


class SlotRuns:
    """Split text into maximal runs of one (font slot, script): :func:`char_slots` and :func:`char_scripts` by runs.

    The layout asks this of every paragraph and note. The character-by-character passes
    cost a Python step per character; here the script stretches come from one regular
    expression, and a stretch is one run when its script's family draws every character
    of it (a set comparison) — only the characters the other family must draw (brackets
    inside Burmese, for Noto Sans Myanmar has none) are looked for, by a character class.
    The result is the same runs (``tests/writers/test_hot_paths.py``). *covers* (given
    to each call, so that this object holds no reference to its owner: no cycle for the
    collector after a render) and *memo* as in :func:`char_slots`; both must stay the
    same for this object's life.
    """

    def __init__(self, memo: dict[tuple[str, str], str] | None = None) -> None:
        self._memo: dict[tuple[str, str], str] = {} if memo is None else memo
        #: Per script: characters its own family draws, and those the other family draws.
        self._own: dict[str, set[str]] = {MYANMAR_SCRIPT: set(), LATIN_SCRIPT: set()}
        self._odd: dict[str, set[str]] = {MYANMAR_SCRIPT: set(), LATIN_SCRIPT: set()}
        self._patterns: dict[frozenset[str], re.Pattern[str]] = {}

    def _slot(self, script: str, ch: str, covers: Coverage) -> str:
        return _slot_of(script, ch, covers, self._memo)

    def __call__(self, text: str, covers: Coverage) -> list[tuple[int, str, str]]:
        """Return ``(start, slot, script)`` of each maximal run of *text*, in order (none for empty text)."""
        if not text:
            return []
        if MYANMAR_CHARS.isdisjoint(text):
            stretches = [(0, len(text), LATIN_SCRIPT)]
        else:
            stretches = [(m.start(), m.end(), MYANMAR_SCRIPT if m.lastindex else LATIN_SCRIPT)
                         for m in _STRETCHES.finditer(text)]
            # Punctuation before the first letter takes that letter's script; stretches
            # then run on to the end (each ends only where the other script's begins).
            stretches[0] = (0, *stretches[0][1:])
        runs: list[tuple[int, str, str]] = []
        for start, end, script in stretches:
            piece = text[start:end]
            own = self._own[script]
            if not own.issuperset(piece):
                odd = self._odd[script]
                for ch in set(piece).difference(own):
                    (own if self._slot(script, ch, covers) == script else odd).add(ch)
                if not odd.isdisjoint(piece):
                    runs += self._split(text, start, end, script, frozenset(odd.intersection(piece)))
                    continue
            runs.append((start, script, script))
        return runs

    def _split(self, text: str, start: int, end: int, script: str, odd: frozenset[str]
               ) -> list[tuple[int, str, str]]:
        """Return the runs of *text[start:end]* (one *script*) where the characters *odd* go to the other family."""
        pattern = self._patterns.get(odd)
        if pattern is None:
            pattern = self._patterns[odd] = re.compile("[" + "".join(map(re.escape, sorted(odd))) + "]+")
        other = LATIN_SCRIPT if script == MYANMAR_SCRIPT else MYANMAR_SCRIPT
        runs: list[tuple[int, str, str]] = []
        pos = start
        for m in pattern.finditer(text, start, end):
            if m.start() > pos:
                runs.append((pos, script, script))
            runs.append((m.start(), other, script))
            pos = m.end()
        if pos < end:
            runs.append((pos, script, script))
        return runs


def slot_runs(text: str, covers: Coverage, memo: dict[tuple[str, str], str] | None = None
              ) -> list[tuple[str, str, str]]:
    """Split *text* into (slot, script, text) runs by :func:`char_slots` and :func:`char_scripts`.

    The script says the size (``FontScheme.scale``): a bracket the Latin family draws
    inside Burmese is a Latin-slot run of the Myanmar script. *memo* as in char_slots.
    """
    runs: list[tuple[str, str, str]] = []
    start = 0
    scripts = char_scripts(text)
    slots = char_slots(text, covers, scripts, memo=memo)
    if slots and slots.count(slots[0]) == len(slots) and scripts.count(scripts[0]) == len(scripts):
        return [(slots[0], scripts[0], text)]  # the usual case: one script throughout
    for i in range(1, len(text) + 1):
        if i == len(text) or slots[i] != slots[start] or scripts[i] != scripts[start]:
            runs.append((slots[start], scripts[start], text[start:i]))
            start = i
    return runs


def dominant_script(text: str) -> str:
    """Return the script most of *text*'s letters are in (Latin for text without letters).

    It decides a paragraph's line spacing in the DOCX, where one spacing serves every
    line (the PDF sizes each line by its own tallest script).
    """
    myanmar = sum(ch in MYANMAR_CHARS for ch in text)
    if not myanmar:
        return LATIN_SCRIPT
    latin = sum(ch.isalnum() and ch not in MYANMAR_CHARS for ch in text)
    return MYANMAR_SCRIPT if myanmar >= latin else LATIN_SCRIPT


@cache
def single_line(path: Path) -> float:
    """Return the line height over the size that Word and LibreOffice call "single" for this font.

    The ``hhea`` ascender − descender + line gap over units per em, which LibreOffice
    and Word read (Word measured: openooxml/betteroffice#609, stella/folio#56); older
    Word for Windows reads the OS/2 win box instead, the same height in every font
    Thadin ships (``tests/test_fonts.py`` checks all three sets agree).
    """
    from fontTools.ttLib import TTFont

    with TTFont(path, lazy=True) as font:
        hhea = font["hhea"]
        return (hhea.ascent - hhea.descent + hhea.lineGap) / font["head"].unitsPerEm


@cache
def codepoints(path: Path) -> frozenset[int]:
    """Return the characters a font file maps (fontTools is imported only when asked)."""
    from fontTools.ttLib import TTFont

    with TTFont(path, lazy=True) as font:
        return frozenset(font.getBestCmap())


def script_of(ch: str) -> str:
    """Return the script slot that draws *ch*: Myanmar characters, or everything else (Latin)."""
    return MYANMAR_SCRIPT if ch in MYANMAR_CHARS else LATIN_SCRIPT
