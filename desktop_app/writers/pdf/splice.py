"""Stop laying out once the page breaks after an edit meet the last render's again.

An edit in the middle of a long release moves the lines of its paragraph; a page or two
later the breaks usually fall where they fell before (a paragraph pushed to the next
page, or the same lines on it). From there on every page would come out as in the last
render. So each preview render leaves a :class:`Finished` record — its pages, the PDF
objects drawn on them, each font's subset assignments, the structure tree, and at each
page start what the rest depends on — and the next render, at each page start after the
edit, checks that everything the rest of the document depends on is the same as at that
page start last time:

- the rest of the story, item for item (with the notes each cites: note numbers too);
- the piece waiting at the page start: a whole block (or a heading kept with its
  paragraph) not yet drawn, the same lines — so nothing of it is on the pages before;
- how many link annotations, PDF objects, structure annotations, destinations and font
  names exist, and every font's subset assignments (``splitString`` gives each new glyph
  the next code, so equal assignments draw equal bytes).

Then it takes the last render's pages from there, copies the objects drawn on them
(their note destinations re-pointed at this render's own), sets the fonts' assignments to
where the last render ended, grafts the structure elements of the rest of the story,
and writes the file. A render is deterministic, so the file is the one a render from
nothing would write; ``tests/writers/test_incremental.py`` compares them byte for byte.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from itertools import islice
from typing import Any

from reportlab.pdfbase import pdfmetrics

from .flowables import ColumnsBlock, TextBlock
from .paging import shared_memo
from .rlimport import BaseDocTemplate, Flowable, KeepTogether, Spacer
from .tagging import Element, Tagger


@dataclass
class PageStart:
    """What the rest of a render depends on, at the start of one page."""

    first: int  # first story item untouched
    head: Flowable  # the piece waiting (a whole block or kept-together group)
    shift: int  # add to the head's story_item for this render's numbering
    annotations: int  # canvas._annotationCount
    objects: int  # len(doc.idToObject)
    counter: int  # doc.objectcounter
    annots: int  # structure annotations (tagger._annots)
    destinations: int  # canvas._destinations
    font_names: int  # doc.fontMapping
    fonts: dict[str, tuple[int, int]]  # font name -> (assignments, nextCode)


def font_states(doc: object) -> dict[str, Any]:
    """Return each font's subset assignments in *doc* (ReportLab keeps them per document)."""
    return {name: font.state[doc] for name, font in pdfmetrics._fonts.items()
            if getattr(font, "state", None) is not None and doc in font.state}


def page_start(doc: BaseDocTemplate, tagger: Tagger, first: int, head: Flowable) -> PageStart | None:
    """Note the state at a page start where the piece waiting is whole (None otherwise)."""
    if not _whole(head):
        return None
    canvas = doc.canv
    pdf = canvas._doc
    fonts = {name: (len(state.assignments), state.nextCode) for name, state in font_states(pdf).items()}
    return PageStart(first, head, 0, canvas._annotationCount, len(pdf.idToObject), pdf.objectcounter,
                     len(tagger._annots), len(canvas._destinations), len(pdf.fontMapping), fonts)


@dataclass
class Finished:
    """What a finished render leaves for the next one to take its later pages from."""

    keys: list
    starts: dict[int, PageStart]  # by page number
    boundaries: list[int | None]
    held: list[dict]
    pdf: Any  # its PDFDocument (idToObject in order of registration)
    objects: int
    counter: int
    annotations: int
    destinations: dict[str, Any]
    font_names: dict[str, str]
    delayed_fonts: list
    font_states: dict[str, Any]  # copies, as they were when the last page was drawn
    tagger: Tagger
    pages: int
    page_number: int


def finished(doc: BaseDocTemplate, tagger: Tagger, keys: list, starts: dict[int, PageStart],
             boundaries: list[int | None]) -> Finished:
    """Record a render whose last page is drawn (before the file is written: that adds fonts and pages)."""
    canvas = doc.canv
    pdf = canvas._doc
    states = {name: copy.deepcopy(state, shared_memo([])) for name, state in font_states(pdf).items()}
    return Finished(keys, starts, boundaries, canvas._held, pdf, len(pdf.idToObject), pdf.objectcounter,
                    canvas._annotationCount, dict(canvas._destinations), dict(pdf.fontMapping),
                    list(pdf.delayedFonts), states, tagger, doc.page, canvas._pageNumber)


def _whole(flowable: Flowable) -> bool:
    if isinstance(flowable, KeepTogether):
        return all(isinstance(part, Spacer) or _whole(part) for part in flowable._content)
    if isinstance(flowable, TextBlock):
        return flowable.first and flowable.last
    if isinstance(flowable, ColumnsBlock):
        return all(cell is None or _whole(cell) for cell in flowable.cells)
    return False


def _same_piece(new: Flowable, old: Flowable, shift: int) -> bool:
    """Whether two waiting pieces lay out the same: same kind, same item, the same line objects."""
    if type(new) is not type(old) or hasattr(new, "_postponed") != hasattr(old, "_postponed"):
        return False
    if isinstance(new, Spacer):
        return (new.width, new.height) == (old.width, old.height)
    if getattr(new, "story_item", -1) != getattr(old, "story_item", -1) + shift:
        return False
    if isinstance(new, KeepTogether):
        return len(new._content) == len(old._content) and all(
            _same_piece(a, b, shift) for a, b in zip(new._content, old._content, strict=True))
    if isinstance(new, ColumnsBlock):
        return len(new.cells) == len(old.cells) and all(
            (a is None and b is None) or (a is not None and b is not None and _same_piece(a, b, shift))
            for a, b in zip(new.cells, old.cells, strict=True))
    if isinstance(new, TextBlock):
        lines_new, lines_old = new._lines or [], old._lines or []
        return (new._width == old._width and len(lines_new) == len(lines_old)
                and all(a is b for a, b in zip(lines_new, lines_old, strict=True)))
    return False


def _common_tail(old: list, new: list) -> int:
    """How many items at the end of both lists are equal."""
    n = 0
    for a, b in zip(reversed(old), reversed(new), strict=False):
        if a != b:
            break
        n += 1
    return n


class Splicer:
    """Checks each page start after an edit against the last render; takes its pages from where they meet."""

    def __init__(self, last: Finished, keys: list, after: int) -> None:
        self.last = last
        self.keys = keys
        self.after = after  # only past this story item (the edit)
        self.shift = len(keys) - len(last.keys)
        self.tail = _common_tail(last.keys, keys)

    def meets(self, doc: BaseDocTemplate, tagger: Tagger, start: PageStart, page: int) -> bool:
        """Tell whether the rest of this render would be the last render's rest from *page* on."""
        old = self.last.starts.get(page)
        if old is None or start.first <= self.after or start.first - (old.first) != self.shift:
            return False
        if len(self.keys) - start.first > self.tail:
            return False  # something after here changed too
        if (start.annotations, start.objects, start.counter, start.annots, start.destinations, start.font_names,
                start.fonts) != (old.annotations, old.objects, old.counter, old.annots, old.destinations,
                                 old.font_names, old.fonts):
            return False
        if not _same_piece(start.head, old.head, self.shift + old.shift - start.shift):
            return False
        canvas = doc.canv
        pdf = canvas._doc
        last = self.last
        if set(canvas._destinations) != set(islice(last.destinations, old.destinations)):
            return False
        if dict(pdf.fontMapping) != dict(islice(last.font_names.items(), old.font_names)):
            return False
        for name, state in font_states(pdf).items():
            count = old.fonts[name][0]
            if list(state.assignments.items()) != list(islice(last.font_states[name].assignments.items(), count)):
                return False
        return True

    def take(self, doc: BaseDocTemplate, tagger: Tagger, ours: int, page: int,
             boundaries: list[int | None], starts: dict[int, PageStart]) -> None:
        """Make this render's state the last render's at its end, keeping what this render drew before *page*."""
        last, old = self.last, self.last.starts[page]
        canvas = doc.canv
        pdf = canvas._doc
        # PDF objects drawn on the pages taken (link annotations), pointing at this render's destinations:
        # copies of those whose destination this render made anew (a note on an edited page), the
        # others shared, as the destinations of notes on the pages taken (never changed once drawn:
        # bound to the same place when each file is written), so ``filecache`` knows them again.
        memo = shared_memo([])
        for name, dest in canvas._destinations.items():
            if last.destinations[name] is not dest:
                memo[id(last.destinations[name])] = dest
        numbers = last.pdf.idToObjectNumberAndVersion
        for name, obj in islice(last.pdf.idToObject.items(), old.objects, last.objects):
            if not name.startswith("Annot.") or id(getattr(obj, "Destination", None)) in memo:
                obj = copy.deepcopy(obj, memo)
            pdf.idToObject[name] = obj
            pdf.idToObjectNumberAndVersion[name] = numbers[name]
            pdf.numberToId[numbers[name][0]] = name
        for name, dest in islice(last.destinations.items(), old.destinations, None):
            canvas._destinations[name] = dest
        pdf.objectcounter = last.counter
        pdf.fontMapping = dict(last.font_names)
        pdf.delayedFonts = list(last.delayed_fonts)
        for name, state in last.font_states.items():
            pdfmetrics._fonts[name].state[pdf] = copy.deepcopy(state, shared_memo([]))
        canvas._annotationCount = last.annotations
        canvas._held.extend(last.held[page - 1:])
        canvas._pageNumber = last.page_number
        doc.page = last.pages
        _graft(tagger, last.tagger, ours, old.annots, page, last.pages)
        shift = self.shift
        boundaries[page - 1:] = [None if b is None else b + shift for b in last.boundaries[page - 1:]]
        for number, was in last.starts.items():
            if number > page:
                starts[number] = PageStart(was.first + shift, was.head, was.shift + shift, was.annotations,
                                           was.objects, was.counter, was.annots, was.destinations,
                                           was.font_names, was.fonts)


def _graft(tagger: Tagger, last: Tagger, ours: int, annots: int, page: int, pages: int) -> None:
    """Give *tagger* the last render's elements of the rest of the story (root kids from *ours* on)."""
    # The rest of the story is the same items: the same number of root elements at the end.
    count = len(tagger.root.kids) - ours
    taken = last.root.kids[len(last.root.kids) - count:]
    tagger.root.kids[ours:] = taken
    # A note is a kid of the root or of a parallel row (Sect): no need to look deeper.
    ids = {id(e) for e in taken} | {id(k) for e in taken if isinstance(e, Element) for k in e.kids}
    for number, note in last._notes.items():
        if id(note.element) in ids:
            tagger._notes[number] = note
    for number in range(page, pages + 1):
        if number in last._mcids:
            tagger._mcids[number] = last._mcids[number]
    tagger._annots.extend(last._annots[annots:])
