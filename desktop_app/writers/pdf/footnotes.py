"""Footnotes at the foot of the page where each is first referenced.

A text block that first references a note asks this area how much room the note needs
before it agrees to fit on the page; once drawn, it reserves that room by raising the
frame's bottom, and at the end of the page the area draws its notes there.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.pdfgen.canvas import Canvas

from ...resolve import ResolvedNote
from ..typography import FOOTNOTE_STYLE, RULE
from .draw import draw_lines
from .rlimport import Frame
from .spans import base_style, note_anchor, spans_for
from .tagging import artifact, note
from .typesetter import Line, Span, Typesetter

RULE_SPACE = 9.0  # room above the first note: a short rule and some air
NOTE_GAP = 1.5


class FootnoteArea:
    """The notes of the current page and the room they take."""

    def __init__(self, notes: tuple[ResolvedNote, ...], typesetter: Typesetter, width: float) -> None:
        self._notes = {note.number: note for note in notes}
        self._typesetter = typesetter
        self._width = width
        self._lines: dict[int, list[Line]] = {}
        self._heights: dict[int, float] = {}
        self.page: list[int] = []

    def lines(self, number: int) -> list[Line]:
        """Return the laid-out lines of note *number*: superscript number, then its text."""
        if number not in self._lines:
            note = self._notes[number]
            marker = replace(base_style(FOOTNOTE_STYLE), superscript=True)
            spans = [Span(str(number), marker), Span(" ", base_style(FOOTNOTE_STYLE)),
                     *spans_for(note.content, FOOTNOTE_STYLE)]
            self._lines[number] = self._typesetter.layout(spans, self._width, "left", FOOTNOTE_STYLE.line_factor)
        return self._lines[number]

    def height(self, number: int) -> float:
        """Vertical room note *number* takes (summed once: asked for every line that may fit)."""
        height = self._heights.get(number)
        if height is None:
            height = self._heights[number] = sum(line.height for line in self.lines(number)) + NOTE_GAP
        return height

    def extra_height(self, numbers: tuple[int, ...] | list[int]) -> float:
        """Room still to reserve on this page if notes *numbers* are added to it."""
        new = [n for n in dict.fromkeys(numbers) if n not in self.page]
        if not new:
            return 0.0
        return sum(self.height(n) for n in new) + (0.0 if self.page else RULE_SPACE)

    def place(self, numbers: tuple[int, ...] | list[int], frame: Frame | None) -> None:
        """Put notes *numbers* on this page and shrink the frame by the room they take."""
        extra = self.extra_height(numbers)
        self.page += [n for n in dict.fromkeys(numbers) if n not in self.page]
        if frame is not None and extra:
            frame._y1p += extra

    def draw_page(self, canvas: Canvas, x: float, bottom: float) -> None:
        """Draw this page's notes upward from *bottom*, then start afresh for the next page."""
        if not self.page:
            return
        total = sum(self.height(n) for n in self.page)
        top = bottom + total
        with artifact(canvas):
            canvas.saveState()
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.6)
            canvas.line(x, top + RULE_SPACE * 0.55, x + min(120.0, self._width / 3), top + RULE_SPACE * 0.55)
            canvas.restoreState()
        y = top
        for number in self.page:
            defer = getattr(canvas, "defer_bookmark", None)
            if defer is not None:
                defer(note_anchor(number), x, y)
            with note(canvas, number):
                y = draw_lines(canvas, self.lines(number), x, y) - NOTE_GAP
        self.page = []
