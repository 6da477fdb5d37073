"""Platypus flowables for typeset text: paragraphs that split by lines, and parallel columns."""

from __future__ import annotations

from ..typography import COLUMN_GAP, BlockStyle
from .draw import draw_lines
from .footnotes import FootnoteArea
from .rlimport import Flowable
from .tagging import Element, block
from .typesetter import Line, Span, Typesetter

_ORPHANS = 2  # fewest lines left at the foot of a page, or carried to the next


def _fit(lines: list[Line], height: float, notes: FootnoteArea | None) -> int:
    """How many leading lines fit in *height*, counting the notes they first reference."""
    used, k, room = 0.0, 0, 0.0
    numbers: list[int] = []
    for line in lines:
        if line.notes and notes is not None:  # the room changes only where a note is first referenced
            numbers += line.notes
            room = notes.extra_height(numbers)
        if used + line.height + room > height + 1e-6:
            break
        used += line.height
        k += 1
    if len(lines) >= 2 * _ORPHANS and k < len(lines):
        k = min(k, len(lines) - _ORPHANS)
        if k < _ORPHANS:
            k = 0
    return k


class TextBlock(Flowable):
    """A block of typeset text that breaks across pages between lines."""

    def __init__(self, spans: list[Span], style: BlockStyle, typesetter: Typesetter, notes: FootnoteArea,
                 *, lines: list[Line] | None = None, width: float | None = None,
                 first: bool = True, last: bool = True) -> None:
        super().__init__()
        self.spans, self.style, self.typesetter, self.notes = spans, style, typesetter, notes
        self._lines, self._width = lines, width
        self.first, self.last = first, last
        self.keepWithNext = style.keep_with_next and last
        self.register_notes = True
        self.tag: Element | None = None  # its structure element (tagging.py)
        self.story_item = -1  # the story item it comes from (paging.py)

    @property
    def note_numbers(self) -> list[int]:
        """Footnotes first referenced in this block."""
        return [n for line in self._lines or () for n in line.notes]

    def lines(self, width: float) -> list[Line]:
        """Return the block's lines at *width* (laid out once per width)."""
        if self._lines is None or (self._width is not None and abs(self._width - width) > 0.01
                                   and self.first and self.last):
            self._lines = self.typesetter.layout(self.spans, width, self.style.align, self.style.line_factor)
            self._width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = self.lines(availWidth)
        self.width = availWidth
        self.height = sum(line.height for line in lines)
        extra = self.notes.extra_height(self.note_numbers)
        if extra and self.height + extra > availHeight:
            return availWidth, self.height + extra  # too tall with its notes: make the frame split us
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self.lines(availWidth)
        k = _fit(lines, availHeight, self.notes)
        if k == 0:
            return []
        if k == len(lines):
            return [self]
        return [self._part(lines[:k], self.first, False), self._part(lines[k:], False, self.last)]

    def _part(self, lines: list[Line], first: bool, last: bool) -> TextBlock:
        part = TextBlock(self.spans, self.style, self.typesetter, self.notes, lines=lines, width=self._width,
                         first=first, last=last)
        part.tag = self.tag
        part.story_item = self.story_item
        return part

    def getSpaceBefore(self) -> float:
        return self.style.space_before if self.first else 0.0

    def getSpaceAfter(self) -> float:
        return self.style.space_after if self.last else 0.0

    def draw(self) -> None:
        with block(self.canv, self.tag):
            draw_lines(self.canv, self._lines or [], 0.0, self.height)
        if self.register_notes:
            self.notes.place(self.note_numbers, getattr(self, "_frame", None))


class ColumnsBlock(Flowable):
    """One row of a parallel layout: a block per language, side by side, split together."""

    def __init__(self, cells: list[TextBlock | None], notes: FootnoteArea) -> None:
        super().__init__()
        self.cells = cells
        self.notes = notes
        for cell in cells:
            if cell is not None:
                cell.register_notes = False
        self.keepWithNext = any(c is not None and c.keepWithNext for c in cells)
        self.story_item = -1  # the story item it comes from (paging.py)

    def _cell_width(self, width: float) -> float:
        n = len(self.cells)
        return (width - COLUMN_GAP * (n - 1)) / n

    def _numbers(self) -> list[int]:
        return [n for c in self.cells if c is not None for n in c.note_numbers]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        cw = self._cell_width(availWidth)
        heights = [c.wrap(cw, availHeight)[1] if c is not None else 0.0 for c in self.cells]
        self.width = availWidth
        self.height = max(heights, default=0.0)
        extra = self.notes.extra_height(self._numbers())
        if extra and self.height + extra > availHeight:
            return availWidth, self.height + extra
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        cw = self._cell_width(availWidth)
        all_lines = [c.lines(cw) if c is not None else [] for c in self.cells]
        reserve = self.notes.extra_height(self._numbers())
        counts = [_fit(lines, availHeight - reserve, None) for lines in all_lines]
        if all(k == 0 for k in counts):
            return []
        if all(k == len(lines) for k, lines in zip(counts, all_lines, strict=True)):
            return [self]
        heads: list[TextBlock | None] = []
        tails: list[TextBlock | None] = []
        for cell, lines, k in zip(self.cells, all_lines, counts, strict=True):
            if cell is None:
                heads.append(None)
                tails.append(None)
                continue
            heads.append(cell._part(lines[:k], cell.first, k == len(lines) and cell.last) if k else None)
            tails.append(cell._part(lines[k:], False, cell.last) if k < len(lines) else None)
        parts = [ColumnsBlock(heads, self.notes), ColumnsBlock(tails, self.notes)]
        for part in parts:
            part.story_item = self.story_item
        return parts

    def getSpaceBefore(self) -> float:
        return max((c.getSpaceBefore() for c in self.cells if c is not None), default=0.0)

    def getSpaceAfter(self) -> float:
        return max((c.getSpaceAfter() for c in self.cells if c is not None), default=0.0)

    def draw(self) -> None:
        cw = self._cell_width(self.width)
        for i, cell in enumerate(self.cells):
            if cell is not None:
                with block(self.canv, cell.tag):
                    draw_lines(self.canv, cell.lines(cw), i * (cw + COLUMN_GAP), self.height)
        self.notes.place(self._numbers(), getattr(self, "_frame", None))
