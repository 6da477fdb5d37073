"""Assemble the PDF: page template with banner, footnote area and footer; story; metadata."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from ...images import clean_image
from ...resolve import Columns, Gap, Resolved, ResolvedBlock, Role
from .. import paused_gc
from ..typography import (
    BANNER_STYLES,
    BLOCK_STYLES,
    FOOTER_STYLE,
    RULE,
    SECTION_GAP,
    SIGNATORIES_GAP,
)
from .draw import draw_lines
from .flowables import ColumnsBlock, TextBlock
from .footnotes import FootnoteArea
from .spans import base_style, spans_for
from .typesetter import Line, Span, Typesetter

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
BANNER_IMAGE_MAX_HEIGHT = 26 * mm
BANNER_GAP = 3.0  # between banner parts
BANNER_TO_TEXT = 12.0  # from the banner's rule to the first line of text
BANNER_FORM = "ThadinBanner"
GAPS = {Gap.SECTION: SECTION_GAP, Gap.SIGNATORIES: SIGNATORIES_GAP}


class _ReleaseInfo(PDFInfo):
    """The document information dictionary: title, organisation and the release date only."""

    def __init__(self, title: str, organisation: str, date: dt.date) -> None:
        super().__init__()
        self.title, self.author = title, organisation
        self._date = date.strftime("D:%Y%m%d000000Z")

    def format(self, document: object) -> bytes:
        return PDFDictionary({
            "Title": PDFString(self.title),
            "Author": PDFString(self.author),
            "CreationDate": PDFString(self._date),
            "ModDate": PDFString(self._date),
        }).format(document)


class _PageCanvas(Canvas):
    """Holds pages back until the last one, so each footer can say "of N".

    Destinations (footnote anchors) are bound when a page is finally emitted, because
    ReportLab binds them to the page being written at the time of the call.
    """

    def __init__(self, *args: object, info: _ReleaseInfo, footer: Callable[[Canvas, int, int], None],
                 **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._doc.info = info
        self._footer = footer
        self._held: list[dict] = []
        self._bookmarks: list[tuple[str, float, float]] = []

    def defer_bookmark(self, key: str, x: float, y: float) -> None:
        """Name the point (*x*, *y*) of this page as destination *key*, bound when emitted."""
        ax, ay = self.absolutePosition(x, y)
        self._bookmarks.append((key, ax, ay))

    def showPage(self) -> None:  # noqa: N802 - ReportLab API
        self._held.append(dict(self.__dict__))
        self._bookmarks = []
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            for key, x, y in self._bookmarks:
                self.bookmarkHorizontalAbsolute(key, y, left=x)
            self._footer(self, self._pageNumber, total)
            Canvas.showPage(self)
        Canvas.save(self)


@dataclass
class _Banner:
    image: ImageReader | None
    image_size: tuple[float, float]
    image_alpha: bool
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

    def _banner(self) -> _Banner:
        image, size, height, alpha = None, (0.0, 0.0), 0.0, False
        if self.resolved.banner_image is not None:
            clean = clean_image(self.resolved.banner_image)
            px_w, px_h, alpha = clean.width, clean.height, clean.has_alpha
            image = ImageReader(io.BytesIO(clean.data))
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
        return _Banner(image, size, alpha, lines, height)

    @property
    def frame_top(self) -> float:
        return self.page_height - self.top - self.banner.height - BANNER_TO_TEXT

    def draw_banner(self, canvas: Canvas) -> None:
        """Draw the letterhead banner, identical at the top of every page.

        It is drawn once into a form XObject that every page shows: laid out, encoded and
        stored once per document, not once per page.
        """
        if not self._banner_form:
            canvas.beginForm(BANNER_FORM)
            self._draw_banner(canvas)
            canvas.endForm()
            self._banner_form = True
        canvas.doForm(BANNER_FORM)

    def _draw_banner(self, canvas: Canvas) -> None:
        y = self.page_height - self.top
        if self.banner.image is not None:
            w, h = self.banner.image_size
            y -= h
            canvas.drawImage(self.banner.image, self.left + (self.width - w) / 2, y, w, h,
                             mask="auto" if self.banner.image_alpha else None)
            y -= BANNER_GAP * 2
        y = draw_lines(canvas, self.banner.lines, self.left, y) - BANNER_GAP
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.line(self.left, y, self.left + self.width, y)
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        """Return the footer with page numbers, centred in the bottom margin."""
        text = self.resolved.footer_text(page, pages)
        if not text:
            return
        lines = self.typesetter.layout([Span(text, base_style(FOOTER_STYLE))], self.width, FOOTER_STYLE.align)
        top = self.bottom * 0.55 + sum(line.height for line in lines) / 2
        draw_lines(canvas, lines, self.left, top)


def _block(block: ResolvedBlock, typesetter: Typesetter, notes: FootnoteArea) -> TextBlock:
    style = BLOCK_STYLES[block.role]
    return TextBlock(spans_for(block.content, style), style, typesetter, notes)


def _story(resolved: Resolved, typesetter: Typesetter, notes: FootnoteArea) -> list[Flowable]:
    story: list[Flowable] = []
    for item in resolved.flow:
        if isinstance(item, Columns):
            cells = [_block(c[0], typesetter, notes) if c else None for c in item.cells]
            story.append(ColumnsBlock(cells, notes))
            continue
        if item.gap is not None:
            story.append(Spacer(1, GAPS[item.gap]))
        story.append(_block(item, typesetter, notes))
    return story


def render_pdf(resolved: Resolved) -> bytes:
    """Lay out and render the release; return the PDF bytes."""
    _binary_streams()
    with paused_gc():
        return _render(resolved)


def _render(resolved: Resolved) -> bytes:
    typesetter = Typesetter(resolved.fonts)
    layout = _Layout(resolved, typesetter)
    notes = FootnoteArea(resolved.notes, typesetter, layout.width)
    frame = Frame(layout.left, layout.bottom, layout.width, layout.frame_top - layout.bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")

    def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        # The footnote area raised the frame's bottom on the last page (``_y1p``); ReportLab's
        # Frame._reset does not restore it, so every page would lose the last one's notes' room.
        frame._geom()
        layout.draw_banner(canvas)

    def on_page_end(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        notes.draw_page(canvas, layout.left, layout.bottom)

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(layout.page_width, layout.page_height),
        leftMargin=layout.left, rightMargin=layout.right, topMargin=layout.top, bottomMargin=layout.bottom,
        title=resolved.title, author=resolved.organisation,
        invariant=1,
        lang=resolved.lang,
        initialFontName=typesetter.face("latin", base_style(BLOCK_STYLES[Role.PARAGRAPH])),
        pageTemplates=[PageTemplate(id="page", frames=[frame], onPage=on_page, onPageEnd=on_page_end)],
    )
    info = _ReleaseInfo(resolved.title, resolved.organisation, resolved.date)

    def make_canvas(*args: object, **kwargs: object) -> _PageCanvas:
        return _PageCanvas(*args, info=info, footer=layout.draw_footer, **kwargs)

    doc.build(_story(resolved, typesetter, notes), canvasmaker=make_canvas)
    return buffer.getvalue()


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
