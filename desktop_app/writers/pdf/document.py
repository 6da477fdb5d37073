"""Assemble the PDF: page template with banner, footnote area and footer; story; metadata."""

from __future__ import annotations

import copy
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from . import rlimport  # noqa: F401 - first: ReportLab's utilities without Pillow (see rlimport)

# isort: split
from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFPage, PDFString
from reportlab.pdfgen.canvas import Canvas

from ...images import clean_image
from ...resolve import Columns, Gap, Resolved, ResolvedBlock, Role
from .. import paused_gc
from ..typography import (
    BANNER_GAP,
    BANNER_IMAGE_MAX_HEIGHT_MM,
    BANNER_STYLES,
    BANNER_TO_TEXT,
    BLOCK_STYLES,
    FOOTER_STYLE,
    RULE,
    SECTION_GAP,
    SIGNATORIES_GAP,
)
from .draw import draw_lines
from .filecache import FileCache
from .flowables import ColumnsBlock, TextBlock
from .footnotes import FootnoteArea
from .layoutcache import typesetter_for
from .paging import (
    Checkpoint,
    Loop,
    Story,
    copy_state,
    document_key,
    early_pays,
    finished,
    item_keys,
    session_for,
    shared_memo,
)
from .pdfa import declare_archival, eol_before_endstream, info_date
from .pdfformat import forget as forget_encodings
from .pdfformat import install as fast_formatting
from .pixels import banner_reader
from .rlimport import BaseDocTemplate, Frame, LayoutError, PageTemplate, Spacer
from .spans import base_style, spans_for
from .splice import PageStart, Splicer, font_states, page_start
from .splice import finished as splice_finished
from .tagging import Tagger, artifact, figure, untagged
from .typesetter import Line, Span, Typesetter

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
BANNER_IMAGE_MAX_HEIGHT = BANNER_IMAGE_MAX_HEIGHT_MM * mm
BANNER_FORM = "ThadinBanner"
#: The banner must leave room for at least this many points of text (three body lines).
MIN_TEXT_ROOM = 48.0
GAPS = {Gap.SECTION: SECTION_GAP, Gap.SIGNATORIES: SIGNATORIES_GAP}


class _ReleaseInfo(PDFInfo):
    """The document information dictionary: title, organisation and the release date only."""

    def __init__(self, title: str, organisation: str, date: dt.date) -> None:
        super().__init__()
        self.title, self.author = title, organisation
        self._date = info_date(date)

    def format(self, document: object) -> bytes:
        return PDFDictionary({
            "Title": PDFString(self.title),
            "Author": PDFString(self.author),
            "CreationDate": PDFString(self._date),
            "ModDate": PDFString(self._date),
        }).format(document)


#: Canvas attributes that belong to the document, not to a page (the same objects on every page).
_DOCUMENT_WIDE = frozenset({"_doc", "_filename", "_destinations", "_namedCB", "_outlines", "_codeStack",
                            "tagger", "_footer", "_held", "_doctemplate", "file_cache"})
#: A held page's lists that emitting it appends to.
_PAGE_LISTS = ("_code", "_annotationrefs")


class _PageCanvas(Canvas):
    """Holds pages back until the last one, so each footer can say "of N".

    Destinations (footnote anchors) are bound when a page is finally emitted, because
    ReportLab binds them to the page being written at the time of the call.
    """

    def __init__(self, *args: object, info: _ReleaseInfo, footer: Callable[[Canvas, int, int], None],
                 tagger: Tagger, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._doc.info = info
        self.tagger = tagger
        self._footer = footer
        self._held: list[dict] = []
        self._bookmarks: list[tuple[str, float, float]] = []

    def defer_bookmark(self, key: str, x: float, y: float) -> None:
        """Name the point (*x*, *y*) of this page as destination *key*, bound when emitted."""
        ax, ay = self.absolutePosition(x, y)
        self._bookmarks.append((key, ax, ay))

    def showPage(self) -> None:  # noqa: N802 - ReportLab API
        # Only the page's own state: a held page is never changed afterwards, so a preview
        # checkpoint (paging.py) shares it instead of copying it.
        self._held.append({k: v for k, v in self.__dict__.items() if k not in _DOCUMENT_WIDE})
        self._bookmarks = []
        self._startPage()

    #: The page count the footers say, when it is not the pages held: a preview of the pages up
    #: to the edited one says the count of the last whole preview (paging.py).
    footer_total: int | None = None
    #: The preview's objects of its last files (``filecache``): only objects not among them are formatted.
    file_cache: FileCache | None = None

    def save(self) -> None:
        total = len(self._held)
        files = self.file_cache
        footers = _footers_before(self._doc, total, self.footer_total or total) if files is not None else None
        replay = files.footers.codes if files is not None and files.footers is not None and \
            files.footers.key == footers else None
        drawn: list[list[str]] = []
        for index, state in enumerate(self._held):
            self.__dict__.update(state)
            for key in _PAGE_LISTS:  # the footer is drawn into them: keep the held page as it was
                setattr(self, key, list(state[key]))
            for key, x, y in self._bookmarks:
                self.bookmarkHorizontalAbsolute(key, y, left=x)
            number, footer_total = self._pageNumber, self.footer_total or total
            if replay is not None:
                self._code += replay[index]
            else:
                before = len(self._code)
                self._footer(self, number, footer_total)
                drawn.append(self._code[before:])
            Canvas.showPage(self)
            if files is not None:  # the page dictionary follows from these (and the numbers it refers to)
                files.page(self._doc.Pages.pages[-1], state, (number, footer_total))
        if files is not None and footers is not None:
            _footers_after(files, self._doc, footers, replay, drawn, remember=self.footer_total is None)
        self.tagger.write(self._doc, total, files.elements if files is not None else None)
        if files is not None:
            self._doc.format = partial(files.write, self._doc, remember=self.footer_total is None)
        try:
            Canvas.save(self)
        finally:
            forget_encodings()

    def _setAnnotations(self, page: PDFPage) -> None:  # noqa: N802 - ReportLab API
        super()._setAnnotations(page)
        if isinstance(page, PDFPage):  # not the banner's form
            self.tagger.finish_page(page, self._pageNumber)


@dataclass
class _Footers:
    """The footers of the last whole preview as drawn (``_PageCanvas.save``), and the fonts' state after them."""

    key: tuple  # ``_footers_before``: the page count, the count they say and every font's state
    codes: list[list[str]]  # each page's footer operators
    after: dict[str, Any]  # each font's subset assignments once they were drawn


def _footers_before(pdf: Any, total: int, says: int) -> tuple:
    """Return what the footers of a file come out of: the page count, the count they say, every font's state.

    Drawing a footer assigns codes to glyphs no page used yet (``splitString``), so the
    footers of a file whose fonts start in the same state draw the same operators.
    """
    fonts = tuple((name, tuple(state.assignments.items()), state.nextCode, tuple(map(tuple, state.subsets)),
                   state.internalName, state.frozen) for name, state in font_states(pdf).items())
    return (total, says, fonts, tuple(pdf.fontMapping.items()), len(pdf.delayedFonts))


def _footers_after(files: FileCache, pdf: Any, key: tuple, replay: list | None, drawn: list[list[str]],
                   remember: bool) -> None:
    """Leave the fonts as drawing the footers leaves them (replayed), or keep the footers just drawn."""
    files.footers_replayed = replay is not None
    if replay is not None:
        for name, state in files.footers.after.items():
            pdfmetrics._fonts[name].state[pdf] = copy.deepcopy(state, shared_memo([]))
    elif remember:
        mapped = (tuple(pdf.fontMapping.items()), len(pdf.delayedFonts))
        if mapped != key[3:]:  # a font only the footers use: draw them each time
            files.footers = None
            return
        after = {name: copy.deepcopy(state, shared_memo([])) for name, state in font_states(pdf).items()}
        files.footers = _Footers(key, drawn, after)


@dataclass
class _Banner:
    image: ImageReader | None
    image_size: tuple[float, float]
    lines: list[Line]
    height: float


class _Layout:
    """Page geometry and the drawing of what repeats on every page."""

    def __init__(self, resolved: Resolved, typesetter: Typesetter) -> None:
        self.resolved = resolved
        self.typesetter = typesetter
        self.page_width, self.page_height = PAGE_SIZES[resolved.page_size]
        m = resolved.margins
        self.left, self.right = m.left * mm, m.right * mm
        self.top, self.bottom = m.top * mm, m.bottom * mm
        self.width = self.page_width - self.left - self.right
        self.banner = self._banner()
        self._banner_form = False

    def banner_drawn(self) -> None:
        """Note that the banner's form is already in the document (a render resumed after page 1)."""
        self._banner_form = True

    def _banner(self) -> _Banner:
        image, size, height = None, (0.0, 0.0), 0.0
        if self.resolved.banner_image is not None:
            clean = clean_image(self.resolved.banner_image)
            px_w, px_h = clean.width, clean.height
            image = banner_reader(clean, _on_white)
            w = self.width
            h = w * px_h / px_w
            if h > BANNER_IMAGE_MAX_HEIGHT:
                h = BANNER_IMAGE_MAX_HEIGHT
                w = h * px_w / px_h
            size = (w, h)
            height = h + BANNER_GAP * 2
        lines: list[Line] = []
        for banner_line in self.resolved.banner_lines:
            style = BANNER_STYLES[banner_line.style]
            lines += self.typesetter.layout([Span(banner_line.text, base_style(style))], self.width, style.align,
                                           style.line_factor)
        height += sum(line.height for line in lines) + BANNER_GAP
        return _Banner(image, size, lines, height)

    @property
    def frame_top(self) -> float:
        return self.page_height - self.top - self.banner.height - BANNER_TO_TEXT

    @property
    def banner_box(self) -> tuple[float, float, float, float]:
        """The banner's area on the page: left, bottom, right, top."""
        top = self.page_height - self.top
        return (self.left, top - self.banner.height, self.left + self.width, top)

    def banner_alt(self) -> str:
        """Describe the banner in words for a screen reader: the organisation and the banner's lines."""
        parts = [line.text for line in self.resolved.banner_lines]
        if self.resolved.organisation not in parts:
            parts.insert(0, self.resolved.organisation)
        return ". ".join(p.strip() for p in parts if p.strip())

    def draw_banner(self, canvas: Canvas, tagger: Tagger | None) -> None:
        """Draw the letterhead banner, identical at the top of every page.

        It is drawn once into a form XObject that every page shows: laid out, encoded and
        stored once per document, not once per page. On the first page it is a figure
        described in words; on later pages it is a running header (an artifact).
        """
        if not self._banner_form:
            canvas.beginForm(BANNER_FORM)
            with untagged(canvas):
                self._draw_banner(canvas)
            canvas.endForm()
            self._banner_form = True
        if tagger is not None and tagger.banner is not None and canvas.getPageNumber() == 1:
            with figure(canvas, tagger.banner):
                canvas.doForm(BANNER_FORM)
        else:
            with artifact(canvas, "Pagination", "Header"):
                canvas.doForm(BANNER_FORM)

    def _draw_banner(self, canvas: Canvas) -> None:
        y = self.page_height - self.top
        if self.banner.image is not None:
            w, h = self.banner.image_size
            y -= h
            canvas.drawImage(self.banner.image, self.left + (self.width - w) / 2, y, w, h)
            y -= BANNER_GAP * 2
        y = draw_lines(canvas, self.banner.lines, self.left, y) - BANNER_GAP
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.line(self.left, y, self.left + self.width, y)
        canvas.restoreState()

    def footer_fits(self) -> bool:
        """Tell whether the footer (with three-digit page numbers) stays out of the text: one line always does."""
        text = self.resolved.footer_text(999, 999)
        if not text:
            return True
        lines = self.typesetter.layout([Span(text, base_style(FOOTER_STYLE))], self.width, FOOTER_STYLE.align)
        return len(lines) <= 1 or sum(line.height for line in lines) <= self.bottom * 0.9

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        """Return the footer with page numbers, centred in the bottom margin."""
        text = self.resolved.footer_text(page, pages)
        if not text:
            return
        lines = self.typesetter.layout([Span(text, base_style(FOOTER_STYLE))], self.width, FOOTER_STYLE.align)
        top = self.bottom * 0.55 + sum(line.height for line in lines) / 2
        with artifact(canvas, "Pagination", "Footer"):
            draw_lines(canvas, lines, self.left, top)


def _on_white(pixels: Any) -> object:
    """Return the image laid on the white page: PDF/A-minded archives reject transparency (soft masks)."""
    from PIL import Image

    rgba = pixels.convert("RGBA")
    flat = Image.new("RGB", rgba.size, (255, 255, 255))
    flat.paste(rgba, mask=rgba.getchannel("A"))
    return flat


def _block(block: ResolvedBlock, typesetter: Typesetter, notes: FootnoteArea) -> TextBlock:
    style = BLOCK_STYLES[block.role]
    return TextBlock(spans_for(block.content, style), style, typesetter, notes)


def _story(resolved: Resolved, typesetter: Typesetter, notes: FootnoteArea, tagger: Tagger,
           start: int = 0) -> Story:
    """Make the flowables of story items from *start* on, tagged by *tagger* (which gets their elements)."""
    story = Story()
    for index in range(start, len(resolved.flow)):
        item = resolved.flow[index]
        story.root_kids.append(len(tagger.root.kids))
        story.notes.append(tagger.note_count)
        tags = tagger.flow(item)
        if isinstance(item, Columns):
            cells = [_block(c[0], typesetter, notes) if c else None for c in item.cells]
            for cell, tag in zip(cells, tags, strict=True):
                if cell is not None:
                    cell.tag = tag
            story.add(ColumnsBlock(cells, notes), index)
            continue
        if item.gap is not None:
            story.add(Spacer(1, GAPS[item.gap]), index)
        flowable = _block(item, typesetter, notes)
        flowable.tag = tags[0]
        story.add(flowable, index)
    return story


def render_pdf(resolved: Resolved, reuse_layout: bool = False, early: Callable[[bytes], None] | None = None
               ) -> bytes:
    """Lay out and render the release; return the PDF bytes (see ``writers.pdf.render_pdf``)."""
    _binary_streams()
    eol_before_endstream()
    fast_formatting()
    try:
        with paused_gc(no_garbage=not reuse_layout):
            return _render(resolved, reuse_layout, early)
    except LayoutError:
        # Something is taller than a page: measure again to name it (see fit.py).
        from ...pagefit import Overflow, PageOverflowError
        from .fit import overflows

        raise PageOverflowError(overflows(resolved) or [Overflow("line")]) from None


class _Pages:
    """What every page draws around the story; methods, so a checkpoint's copy calls its own copies."""

    def __init__(self, frame: Frame, layout: _Layout, tagger: Tagger, notes: FootnoteArea) -> None:
        self.frame, self.layout, self.tagger, self.notes = frame, layout, tagger, notes

    def on_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        # The footnote area raised the frame's bottom on the last page (``_y1p``); ReportLab's
        # Frame._reset does not restore it, so every page would lose the last one's notes' room.
        self.frame._geom()
        self.layout.draw_banner(canvas, self.tagger)

    def on_page_end(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        self.notes.draw_page(canvas, self.layout.left, self.layout.bottom)


def _render(resolved: Resolved, reuse_layout: bool, early: Callable[[bytes], None] | None = None) -> bytes:
    # The preview takes the lines of unchanged blocks from its last render; an export keeps
    # none (holding every line to the end would raise a long export's peak memory).
    typesetter = typesetter_for(resolved.fonts) if reuse_layout else Typesetter(resolved.fonts)
    layout = _Layout(resolved, typesetter)
    if layout.frame_top - layout.bottom < MIN_TEXT_ROOM or not layout.footer_fits():
        from ...pagefit import Overflow, PageOverflowError

        # ReportLab would draw the text over the banner, and the footer over the text.
        raise PageOverflowError([Overflow("banner")] if layout.frame_top - layout.bottom < MIN_TEXT_ROOM
                                else [Overflow("footer")])
    notes = FootnoteArea(resolved.notes, typesetter, layout.width)
    buffer = io.BytesIO()
    if reuse_layout:
        _render_preview(resolved, layout, notes, buffer, early)
    else:
        doc, story, _pages = _start(resolved, layout, notes, buffer)
        flowables, story.flowables = story.flowables, []  # consumed as drawn: no line kept to the end
        Loop(doc, story, [], track=False).run(flowables)
        _unlink(doc)
    return buffer.getvalue()


def _unlink(doc: BaseDocTemplate) -> None:
    """Break the one reference cycle an export leaves, so its objects are freed as soon as it returns.

    ReportLab's document template names itself in its ``_nameSpace``; through it every
    object of the render (pages, structure tree, the PDF's objects: 190,000 at 200
    bilingual pages) would stay until the collector's next pass, which then walks them
    all — 4–5 % of a ``thadin export --pdf``. Freed by their reference counts instead,
    they are gone before a following DOCX render, and the pass has little left to walk.
    """
    doc._nameSpace.clear()


#: Page starts after the edited page to wait for the breaks to meet the last render's
#: before showing the pages up to it on their own.
EARLY_WAIT = 2


def _render_preview(resolved: Resolved, layout: _Layout, notes: FootnoteArea, buffer: io.BytesIO,
                    early: Callable[[bytes], None] | None) -> None:
    """Render as ``_render`` does, from the last checkpoint when nothing before it changed (paging.py).

    *early*, if given, gets the pages up to the edited one first, as soon as they are done
    (footers counting the pages of the last render), when pages remain after them.
    """
    typesetter = layout.typesetter
    session = session_for(resolved.fonts)
    with session.lock:
        key, keys = document_key(resolved), item_keys(resolved)
        change = session.first_change(key, keys)
        session.files.turn()
        checkpoint = session.usable(key, keys)
        shared = (typesetter, layout, notes, resolved)
        if checkpoint is None:
            doc, story, pages = _start(resolved, layout, notes, buffer)
            flowables, boundaries, first_item, base = list(story.flowables), [], 0, 1
            session.resumed_at = 0
        else:
            renewed = {id(old): new for old, new in zip(checkpoint.shared, shared, strict=True)}
            state = copy_state(checkpoint.state, renewed, checkpoint.keep)
            doc, pages, head = state["doc"], state["pages"], state["head"]
            tagger = pages.tagger
            tagger.rewind(resolved, checkpoint.root_kids, checkpoint.notes, checkpoint.page, checkpoint.done_kids)
            layout.banner_drawn()
            doc.canv._filename = doc.filename = buffer
            story = _story(resolved, typesetter, notes, tagger, checkpoint.item)
            flowables = [head, *story.flowables]
            boundaries, first_item, base = list(checkpoint.boundaries), checkpoint.item, checkpoint.page
            session.resumed_at = checkpoint.page
        target = session.target_page(change)
        loop = Loop(doc, story, boundaries, pages=pages)
        if target > base:  # keep the state at the start of the edited page for the next pause in typing

            def snapshot(page: int, item: int, state: dict) -> None:
                done = done_kids(item)
                keep = finished(state, done)
                local = item - first_item
                root_kids, notes = story.root_kids[local], story.notes[local]
                # The elements of the items not started yet are made anew when resuming (``Tagger.rewind``):
                # the copy leaves them out instead of copying them.
                later = pages.tagger.root.kids[root_kids:]
                copied = copy_state(state, {id(o): o for o in shared}, [*keep, *later])
                copied["pages"].tagger.cut(root_kids, notes)
                session.checkpoint = Checkpoint(
                    page, item, key, keys[:item], root_kids, notes, copied, shared, keep, done,
                    list(boundaries[:page - 2]))

            loop.checkpoint_at, loop.snapshot = target, snapshot

        def done_kids(item: int) -> int:
            """Root kids of the structure tree that belong to items drawn to the end before *item*'s page."""
            local = item - first_item  # the item before it may be split over the page start
            return story.root_kids[local - 1] if local else (checkpoint.done_kids if checkpoint else 0)

        last_pages = len(session.boundaries) + 1
        if early is not None and session.key == key and change < len(keys):

            def show_early(item: int, state: dict) -> None:
                if not early_pays(doc.page, last_pages):
                    return
                copied = copy_state(state, {id(o): o for o in shared}, finished(state, done_kids(item)))
                early(_save_pages(copied["doc"], last_pages, session.files))

            loop.early_after, loop.early = change, show_early
            # With the last render at hand the rest is usually taken from it a page or two on
            # (splice.py), sooner than the first pages could be written twice.
            loop.early_wait = EARLY_WAIT if session.finished is not None else 0
        last = session.finished if session.key == key else None
        starts: dict[int, PageStart] = {}
        if last is not None:
            starts = {n: start for n, start in last.starts.items() if n <= base}
        splicer = Splicer(last, keys, change) if last is not None else None

        def at_page(page: int, first: int | None, flowables: list) -> bool:
            start = page_start(doc, pages.tagger, first, flowables[0]) if first is not None else None
            if start is None:
                return False
            starts[page] = start
            if splicer is None or page <= base or not splicer.meets(doc, pages.tagger, start, page):
                return False
            head_item = min(_items_in(flowables[0]))
            splicer.take(doc, pages.tagger, story.root_kids[head_item - first_item], page, boundaries, starts)
            session.spliced_at = page
            return True

        def at_end() -> None:
            session.finished = splice_finished(doc, pages.tagger, keys, starts, boundaries)
            doc.canv.file_cache = session.files

        session.spliced_at = 0
        loop.at_page, loop.at_end = at_page, at_end
        loop.run(flowables)
        session.key, session.keys, session.boundaries = key, keys, boundaries


def _items_in(flowable: object) -> list[int]:
    """Story items a waiting piece holds (a heading kept with its paragraph: both)."""
    parts = getattr(flowable, "_content", None)
    if parts is not None:
        return [item for part in parts for item in _items_in(part)]
    return [getattr(flowable, "story_item", -1)]


def _save_pages(doc: BaseDocTemplate, footer_total: int, files: FileCache) -> bytes:
    """Write the pages a copy of a render's state holds (at a page start) as a PDF of their own."""
    buffer = io.BytesIO()
    canvas = doc.canv
    canvas._filename = doc.filename = buffer
    canvas.footer_total = footer_total
    canvas.file_cache = files
    canvas._doc.info = doc._savedInfo
    canvas.save()
    return buffer.getvalue()


def _start(resolved: Resolved, layout: _Layout, notes: FootnoteArea, buffer: io.BytesIO
           ) -> tuple[BaseDocTemplate, Story, _Pages]:
    """Start a page loop at the top of the document; return it with its story."""
    tagger = Tagger(resolved)
    if layout.banner.image is not None or layout.banner.lines:
        tagger.banner_figure(layout.banner_alt()).bbox = layout.banner_box
    frame = Frame(layout.left, layout.bottom, layout.width, layout.frame_top - layout.bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    pages = _Pages(frame, layout, tagger, notes)
    typesetter = layout.typesetter
    doc = BaseDocTemplate(
        buffer,
        pagesize=(layout.page_width, layout.page_height),
        leftMargin=layout.left, rightMargin=layout.right, topMargin=layout.top, bottomMargin=layout.bottom,
        title=resolved.title, author=resolved.organisation,
        invariant=1,
        lang=resolved.lang,
        initialFontName=typesetter.face("latin", base_style(BLOCK_STYLES[Role.PARAGRAPH])),
        pageTemplates=[PageTemplate(id="page", frames=[frame], onPage=pages.on_page, onPageEnd=pages.on_page_end)],
    )
    info = _ReleaseInfo(resolved.title, resolved.organisation, resolved.date)

    def make_canvas(*args: object, **kwargs: object) -> _PageCanvas:
        canvas = _PageCanvas(*args, info=info, footer=layout.draw_footer, tagger=tagger, **kwargs)
        canvas._doc._pdfVersion = (1, 7)  # tagged PDF as ISO 32000-1 has it, which PDF/UA-1 and PDF/A-2 build on
        canvas.setViewerPreference("DisplayDocTitle", "true")
        declare_archival(canvas, resolved.title, resolved.organisation, resolved.languages, resolved.date)
        return canvas

    story = _story(resolved, typesetter, notes, tagger)
    doc._startBuild(None, make_canvas)
    doc._savedInfo = doc.canv._doc.info  # as ``BaseDocTemplate.build`` does
    return doc, story, pages


def _binary_streams() -> None:
    """Write page, image and font streams Flate-compressed only, not also ASCII85-encoded.

    ReportLab's default (``rl_config.useA85``) makes every page's content stream and the
    banner image a quarter larger, to keep the file 7-bit, and encodes them in pure
    Python: about 5 ms a page. A PDF is a binary file anyway (embedded fonts). Set for
    the process rather than around each render: ReportLab reads it while writing, so a
    preview and an export rendering in two threads must see the same value (Thadin is
    ReportLab's only user in the process).
    """
    rl_config.useA85 = 0
