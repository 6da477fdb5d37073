"""Does everything fit on a page? Measured with the writer's own layout, before or instead of drawing.

ReportLab gives up with ``LayoutError`` when a block cannot be placed even on an empty
page: a footnote longer than a page, dozens of notes first referenced in one line (each
must sit on that line's page), or a banner that leaves no room for text. This lays out
the same flowables the PDF writer builds and tries each on an empty page, splitting it
the way the frame would, so the culprit can be named — ``thadin check`` reports it and
an export refuses with the same words instead of an internal error.
"""

from __future__ import annotations

from ...pagefit import Overflow
from ...resolve import Columns, Resolved
from .document import MIN_TEXT_ROOM, _block, _Layout
from .flowables import _ORPHANS, ColumnsBlock, TextBlock
from .footnotes import RULE_SPACE, FootnoteArea
from .rlimport import Flowable
from .typesetter import Typesetter


def overflows(resolved: Resolved) -> list[Overflow]:
    """Return what cannot fit on an empty page of *resolved*'s layout (empty when all fits)."""
    typesetter = Typesetter(resolved.fonts)
    layout = _Layout(resolved, typesetter)
    room = layout.frame_top - layout.bottom
    if room < MIN_TEXT_ROOM:
        return [Overflow("banner")]
    if not layout.footer_fits():
        return [Overflow("footer")]
    notes = FootnoteArea(resolved.notes, typesetter, layout.width)
    ids = {note.number: note.id for note in resolved.notes}
    found: list[Overflow] = []
    too_long: set[int] = set()
    for note in resolved.notes:
        if notes.height(note.number) + RULE_SPACE > room:
            too_long.add(note.number)
            if note.id not in {o.note_ids[0] for o in found}:
                found.append(Overflow("note", note.lang, (note.id,)))
    for item in resolved.flow:
        if isinstance(item, Columns):
            cells: list[TextBlock | None] = [_block(c[0], typesetter, notes) if c else None for c in item.cells]
            flowable: Flowable = ColumnsBlock(cells, notes)
            lang = next((c[0].lang for c in item.cells if c), "")
        else:
            flowable = _block(item, typesetter, notes)
            lang = item.lang
        stuck = _stuck(flowable, layout.width, room)
        if stuck is None:
            continue
        numbers = [n for n in _numbers(stuck) if n not in too_long]
        note_ids = tuple(dict.fromkeys(ids[n] for n in numbers))
        if len(note_ids) == 1 and note_ids[0] not in {o.note_ids[0] for o in found if o.kind == "note"}:
            found.append(Overflow("note", lang, note_ids))  # too long to share a page with its reference
        elif len(note_ids) > 1:
            found.append(Overflow("notes", lang, note_ids))
        elif not _numbers(stuck):
            found.append(Overflow("line", lang))
    return found


def _stuck(flowable: Flowable, width: float, room: float) -> Flowable | None:
    """Place *flowable* on empty pages, split as the frame splits it; return the part that never fits."""
    part: Flowable | None = flowable
    while part is not None:
        _w, height = part.wrap(width, room)
        if height <= room + 1e-6:
            return None
        pieces = part.split(width, room)
        if not pieces:
            return part
        part = pieces[1] if len(pieces) > 1 else None
    return None


def _numbers(flowable: Flowable) -> list[int]:
    """Return the notes first referenced in the first lines of *flowable* (they must share its page)."""
    if isinstance(flowable, ColumnsBlock):
        return [n for cell in flowable.cells if cell is not None for n in cell.note_numbers]
    if isinstance(flowable, TextBlock):
        return [n for line in (flowable._lines or [])[:_ORPHANS] for n in line.notes]
    return []
