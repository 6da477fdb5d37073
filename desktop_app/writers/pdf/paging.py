"""The page loop, resumable: a preview after an edit starts at the page the edit is on.

ReportLab's ``BaseDocTemplate.build`` lays out and draws the story page by page. Every
page before the one an edit touches comes out the same as in the last render, so the
live preview keeps a *checkpoint*: a copy of the whole render's state at the start of a
page — the page loop, the canvas with its finished pages, the PDF objects made so far,
each font's subset assignments, the structure tree and the story's unplaced remainder.
The next render checks that nothing the pages before it depend on has changed (every
setting outside the story, and each story item before the checkpoint with the notes it
cites) and continues from a copy of it; only the rest is laid out and drawn again, and
the file is written as a whole as before.

Why the output is byte-identical to a render from nothing: a render is deterministic,
and at a page start its state depends only on the document settings and on the story
items already touched (placed, split, or tried and pushed to the next page). A
checkpoint is taken only where the unplaced story is exactly one touched piece followed
by untouched items from the start of an item, so the items it depends on are known.
Lines are shared read-only objects (``layoutcache``); everything the loop mutates is
copied. ``tests/writers/test_incremental.py`` compares the bytes with a cold render after
generated edits.

Where to take the checkpoint: at the last page start, in the previous render, at or
before the first item the edit changed — the page the user is typing on, so the next
pause in the same paragraph resumes there.
"""

from __future__ import annotations

import copy
import operator
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from reportlab.pdfbase import pdfmetrics

from ...resolve import Columns, FlowItem, NoteRef, Resolved, ResolvedNote
from .filecache import FileCache
from .flowables import ColumnsBlock, TextBlock
from .rlimport import BaseDocTemplate, Flowable, KeepTogether, PageBegin, Spacer
from .tagging import Annot, Marked


def document_key(resolved: Resolved) -> object:
    """Everything outside the story a page depends on (settings, banner, fonts, footer)."""
    image = resolved.banner_image
    stamp: object = None
    if image is not None:
        try:
            stat = image.stat()
            stamp = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            stamp = "missing"
    return (replace(resolved, flow=(), notes=()), stamp)


def _cited(item: FlowItem) -> list[int]:
    blocks = [b for cell in item.cells for b in cell] if isinstance(item, Columns) else [item]
    return [inline.number for b in blocks for inline in b.content if isinstance(inline, NoteRef)]


def item_keys(resolved: Resolved) -> list[tuple[FlowItem, tuple[ResolvedNote, ...]]]:
    """Each story item with the notes it cites: what its layout depends on."""
    notes = {note.number: note for note in resolved.notes}
    return [(item, tuple(notes[n] for n in _cited(item) if n in notes)) for item in resolved.flow]


@dataclass
class Story:
    """The flowables of one render and, for each, the story item it comes from."""

    flowables: list[Flowable] = field(default_factory=list)
    items: list[int] = field(default_factory=list)  # story item index of each flowable
    root_kids: list[int] = field(default_factory=list)  # structure root's kids before each item
    notes: list[int] = field(default_factory=list)  # tagger notes registered before each item

    def add(self, flowable: Flowable, item: int) -> None:
        """Append *flowable*, made from story item *item* (its parts after a split say so too)."""
        flowable.story_item = item
        self.flowables.append(flowable)
        self.items.append(item)

    def starts_item(self, s: int) -> bool:
        """Tell whether flowable *s* is the first of its story item (not the paragraph after a gap)."""
        return s == 0 or self.items[s - 1] != self.items[s]


@dataclass
class Checkpoint:
    """The state of a render at the start of page ``page`` (1-based), and what it depends on."""

    page: int
    item: int  # first story item not touched before this page
    key: object  # document_key
    items: list  # item_keys of items [0, item)
    root_kids: int
    notes: int
    state: dict[str, Any]  # doc template, pages helper and the touched head flowable
    shared: tuple  # the render's typesetter, layout, footnote area and release, which the state points at
    keep: list  # objects the state shares with the render it was taken from (``finished``)
    done_kids: int  # root kids of the structure tree belonging to items drawn to the end
    boundaries: list[int | None]  # first untouched item at the start of pages 2..page


class Session:
    """What the preview keeps between renders of one font scheme: the last story and a checkpoint."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.keys: list = []  # item_keys of the last render
        self.key: object = None  # its document_key
        self.boundaries: list[int | None] = []  # first untouched item at the start of pages 2, 3, …
        self.checkpoint: Checkpoint | None = None
        self.finished: Any = None  # the last render, for ``splice``
        self.files = FileCache()  # the objects of the last files written, for the next
        #: Pages resumed from in the last render (0: laid out from the first page), and the page from
        #: which the last render took the render before's pages (0: none): for tests and benchmarks.
        self.resumed_at = 0
        self.spliced_at = 0

    def first_change(self, key: object, keys: list) -> int:
        """Index of the first story item that differs from the last render (0 if the settings changed)."""
        if key != self.key:
            return 0
        for i, (old, new) in enumerate(zip(self.keys, keys, strict=False)):
            if old != new:
                return i
        return min(len(self.keys), len(keys))

    def usable(self, key: object, keys: list) -> Checkpoint | None:
        """Return the checkpoint if nothing the pages before it depend on changed."""
        cp = self.checkpoint
        if cp is not None and cp.key != key:
            self.checkpoint = cp = None  # another release or other settings: let its memory go
        if key != self.key:
            self.finished = None
        if cp is None or len(keys) < cp.item or keys[:cp.item] != cp.items:
            return None
        return cp

    def target_page(self, change: int) -> int:
        """Return the page to keep a checkpoint at: the last render's last page start at or before item *change*."""
        page = 0
        for n, first in enumerate(self.boundaries, start=2):
            if first is not None and first <= change:
                page = n
            elif first is not None and first > change:
                break
        return page


#: Laying out and drawing a page costs about this many times writing it to the file.
LAYOUT_PER_WRITE = 2.0
#: What showing a PDF costs besides writing its pages, in pages written (the pane loads it too).
SHOW_OVERHEAD = 4.0


def early_pays(done: int, pages: int) -> bool:
    """Tell whether to show the *done* pages first, of a release that had *pages* last time.

    They come sooner by laying out, drawing and writing the rest; writing them as a PDF of
    their own (and loading it) delays the whole file by about as long as writing them. So
    only when the first outweighs the second: not in a short release (the sample's two
    pages come faster whole), not near the end of a long one.
    """
    return (pages - done) * (LAYOUT_PER_WRITE + 1) >= done + SHOW_OVERHEAD


_sessions: dict[object, Session] = {}
_sessions_lock = threading.Lock()


def session_for(fonts: object) -> Session:
    """Return the preview session for a font scheme (one per typesetter, as ``layoutcache``)."""
    with _sessions_lock:
        session = _sessions.get(fonts)
        if session is None:
            session = _sessions[fonts] = Session()
        return session


def clear() -> None:
    """Forget every checkpoint (tests and benchmarks measuring a render from nothing)."""
    with _sessions_lock:
        _sessions.clear()


def shared_memo(objects: Sequence[object]) -> dict[int, Any]:
    """Return a deepcopy memo that keeps *objects* (and every registered font) as they are."""
    memo: dict[int, Any] = {id(PageBegin): PageBegin}
    for font in pdfmetrics._fonts.values():
        memo[id(font)] = font
    for encoding in pdfmetrics._encodings.values():
        memo[id(encoding)] = encoding
    for obj in objects:
        memo[id(obj)] = obj
    return memo


def _lines_of(flowable: Flowable) -> list[object]:
    if isinstance(flowable, TextBlock):
        return [flowable.spans, flowable.style, *(flowable._lines or ())]
    if isinstance(flowable, ColumnsBlock):
        return [obj for cell in flowable.cells if cell is not None for obj in _lines_of(cell)]
    if isinstance(flowable, KeepTogether):
        return [obj for part in flowable._content for obj in _lines_of(part)]
    return []


def _item_of(flowable: Flowable) -> int:
    """Return the story item a flowable (or the last of a kept-together group) comes from (-1: unknown)."""
    if isinstance(flowable, KeepTogether):
        return max((_item_of(part) for part in flowable._content), default=-1)
    return getattr(flowable, "story_item", -1)


def _ours(flowable: Flowable) -> bool:
    """Tell whether a checkpoint can copy the touched piece at a page start.

    Our blocks, or a heading kept with its paragraph (ReportLab's KeepTogether of them)
    pushed to the new page.
    """
    if isinstance(flowable, KeepTogether):
        return all(isinstance(part, (TextBlock, ColumnsBlock, Spacer)) for part in flowable._content)
    return isinstance(flowable, (TextBlock, ColumnsBlock))


def finished(state: dict[str, Any], done_kids: int) -> list[object]:
    """Return what no later page changes: elements of items drawn to the end, link annotations made."""
    doc = state["doc"]
    annotations = [obj for name, obj in doc.canv._doc.idToObject.items() if name.startswith("Annot.")]
    # The link annotations point at the destinations (note anchors), which are bound to their
    # pages when the file is written: each is bound to the same place, on a page already done.
    return [*state["pages"].tagger.finished(done_kids), *annotations, *doc.canv._destinations.values()]


def copy_state(state: dict[str, Any], shared: dict[int, object], keep: Sequence[object]) -> dict[str, Any]:
    """Deep-copy a render's state; objects in *shared* (by id) become the objects they map to.

    Objects in *keep* and read-only ones stay shared (held pages, lines, fonts,
    finished structure elements and annotations); a render resumed from a checkpoint
    maps the checkpoint's typesetter, layout, footnote area and release to its own, so
    the copy points at them. ReportLab keeps a font's subset assignments per document
    in ``font.state`` (keyed by the document object): the copied document gets copies
    of its own.
    """
    doc = state["doc"].canv._doc
    memo = shared_memo([*(state["doc"].canv._held), *_lines_of(state["head"]), *keep])
    memo.update(shared)
    memo[id(doc.signature)] = doc.signature.copy()  # the file ID's running digest (hashlib cannot deepcopy)
    canvas, tagger = state["doc"].canv, state["pages"].tagger
    for plain in (doc.idToObjectNumberAndVersion, doc.numberToId):  # names and numbers only
        memo[id(plain)] = dict(plain)
    _copy_large(memo, [doc.idToObject, canvas._destinations, tagger._annots, tagger._notes, tagger.root.kids],
                [*tagger._mcids.values()])
    memo.setdefault(id(memo), []).extend([doc.idToObjectNumberAndVersion, doc.numberToId])
    copied = copy.deepcopy(state, memo)
    new_doc = copied["doc"].canv._doc
    for font in pdfmetrics._fonts.values():
        fstate = getattr(font, "state", None)
        if fstate is not None and doc in fstate:
            fstate[new_doc] = copy.deepcopy(fstate[doc], memo)
    return copied


#: What ``deepcopy`` returns as it is: atomic, or immutable marks (``tagging``).
_AS_IS = frozenset({str, int, float, bool, type(None), Marked, Annot})
_MISSING = object()


def _copied(value: Any, memo: dict[int, Any]) -> Any:
    """Return what ``copy.deepcopy(value, memo)`` returns, without its machinery for what is shared or atomic."""
    kind = type(value)
    if kind in _AS_IS:
        return value
    found = memo.get(id(value), _MISSING)
    if found is not _MISSING:
        return found
    if kind is tuple:
        items = [_copied(item, memo) for item in value]
        same = all(map(operator.is_, items, value))
        return value if same else tuple(items)
    return copy.deepcopy(value, memo)


def _copy_large(memo: dict[int, Any], containers: list[Any], finished_lists: list[list]) -> None:
    """Copy the state's large dicts and lists into *memo* ahead of ``deepcopy``, item by item.

    They hold thousands of objects that are shared (finished elements, annotations) or
    atomic (names, numbers): ``deepcopy`` went through its generic machinery for each,
    which was most of a checkpoint's copy. *finished_lists*: lists no later page adds to
    (each finished page's marked-content owners), shared when nothing in them is copied.
    """
    for items in finished_lists:
        new = [_copied(item, memo) for item in items]
        memo[id(items)] = items if all(map(operator.is_, new, items)) else new
    for container in containers:
        if type(container) is dict:
            memo[id(container)] = {key: _copied(value, memo) for key, value in container.items()}
        elif type(container) is list:
            memo[id(container)] = [_copied(item, memo) for item in container]
    memo.setdefault(id(memo), []).extend([*containers, *finished_lists])  # as deepcopy: the originals stay alive


@dataclass
class Loop:
    """One run of the page loop over a story, noting where each page starts."""

    doc: BaseDocTemplate
    story: Story
    boundaries: list[int | None]  # first untouched item at each page start after the first
    checkpoint_at: int = 0  # take a checkpoint at the start of this page (0: none)
    snapshot: Callable[[int, int, dict[str, Any]], None] | None = None
    pages: Any = None
    #: Once every page holding story item ``early_after`` is finished (and pages remain), call
    #: ``early`` with the state: the preview shows the edited page before the rest is laid out.
    early_after: int = -1
    early: Callable[[int, dict[str, Any]], None] | None = None
    early_wait: int = 0  # page starts after the edited item to let pass first
    #: At every page start (page, first untouched item or None, the unplaced story): True ends
    #: the loop there (``splice``: the rest was taken from the last render).
    at_page: Callable[[int, int | None, list[Flowable]], bool] | None = None
    #: When the last page is drawn, before the file is written.
    at_end: Callable[[], None] | None = None
    #: Note where pages start (the preview); an export does not, and lets every flowable go once drawn.
    track: bool = True

    def boundary(self, flowables: list[Flowable]) -> bool:
        """At a page start: note the first untouched item; take the checkpoint if this is its page."""
        first = self._untouched(flowables)
        self.boundaries.append(first)
        page = self.doc.page + 1
        state = {"doc": self.doc, "pages": self.pages, "head": flowables[0]}
        if first is not None and page == self.checkpoint_at and self.snapshot is not None:
            self.snapshot(page, first, state)
        if self.at_page is not None and self.at_page(page, first, flowables):
            return True
        if (first is not None and first > self.early_after >= 0 and self.early is not None
                and _item_of(flowables[0]) > self.early_after):  # the edited item is drawn, not just tried
            if self.early_wait > 0:
                self.early_wait -= 1  # the breaks may yet meet the last render's: then all is soon done
            else:
                self.early(first, state)
                self.early = None
        return False

    def _untouched(self, flowables: list[Flowable]) -> int | None:
        """Return the first story item nothing of which was touched yet, if the rest of the story is intact."""
        story = self.story.flowables
        rest = len(flowables) - 1
        s = len(story) - rest
        if rest <= 0 or s <= 0 or flowables[1] is not story[s] or flowables[-1] is not story[-1]:
            return None
        if not self.story.starts_item(s) or not _ours(flowables[0]):
            return None
        return self.story.items[s]

    def run(self, flowables: list[Flowable]) -> None:
        """ReportLab's ``build`` loop from wherever the document is (a fresh start or a checkpoint)."""
        doc = self.doc
        canv = doc.canv
        canv._doctemplate = doc
        try:
            while flowables:
                if self.track and doc._hanging == [PageBegin] and doc.page and self.boundary(flowables):
                    break
                doc.clean_hanging()
                doc.handle_flowable(flowables)
        finally:
            del canv._doctemplate
        canv._doc.info = doc._savedInfo
        # ReportLab's ``_endBuild``, with a pause once the last page is finished, before the file is written.
        doc._removeVars(("build", "page", "frame"))
        if doc._hanging and doc._hanging[-1] is PageBegin:
            del doc._hanging[-1]
            doc.clean_hanging()
        else:
            doc.clean_hanging()
            doc.handle_pageBreak()
        if self.at_end is not None:
            self.at_end()
        canv.save()
