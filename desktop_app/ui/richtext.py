"""The body as people see it: formatting, not markup, in a QTextDocument.

Bold, italic, links and headings are character and block formats; a footnote reference
is an inline chip (an object character) that shows the note's live number. The file
keeps the FORMAT.md markup: :func:`load_blocks` turns parsed spans into the document and
:func:`document_blocks` turns the document back into spans, which
``desktop_app.markupwriter`` writes as markup — lossless both ways
(``tests/ui/test_richtext.py``). Pasted HTML (Word, LibreOffice, a browser) keeps bold,
italic, links and paragraphs, drops the rest and converts Zawgyi.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtCore import QMimeData, QObject, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPyTextObject,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
)

from ..fileformat.markup import block_sources, parse_blocks
from ..model import Block, FootnoteRef, Heading, Inline, Link, Paragraph, Run
from ..myanmar.script import has_myanmar
from ..myanmar.zawgyi import ZawgyiConversionError, convert_zawgyi, is_zawgyi

#: The object type of a footnote chip, and the property holding its footnote id.
CHIP = QTextFormat.ObjectTypes.UserObject + 1
NOTE_ID = QTextFormat.Property.UserProperty + 1
#: Which link a piece of text belongs to: two links to one address side by side stay two.
LINK_ID = QTextFormat.Property.UserProperty + 2
OBJECT_CHAR = "\ufffc"
#: Headings are shown larger (their weight stays the user's bold).
HEADING_SCALE = 1.3
_LINK_BLUE = QColor("#1a4f9c")
_link_ids = itertools.count(1)  # tells links apart; nothing else


class ChipPainter(QPyTextObject):
    """Draws footnote chips: the note's number (from the last render) in a rounded box."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.numbers: dict[str, int] = {}

    def label(self, note_id: str) -> str:
        """Return what the chip shows: the live number, or '?' before the first render names it."""
        number = self.numbers.get(note_id)
        return str(number) if number else "?"

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        metrics = QFontMetricsF(self._font(fmt))
        return QSizeF(metrics.horizontalAdvance("99") + 8, metrics.height())

    def drawObject(self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument, pos: int,
                   fmt: QTextFormat) -> None:
        note_id = str(fmt.property(NOTE_ID)) if fmt.hasProperty(NOTE_ID) else ""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = rect.adjusted(1, 2, -1, -2)
        known = note_id in self.numbers
        painter.setBrush(QColor("#dde8f7") if known else QColor("#f7dddd"))
        painter.setPen(QColor("#1a4f9c") if known else QColor("#a40000"))
        painter.drawRoundedRect(box, 4, 4)
        painter.setFont(self._font(fmt))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.label(note_id))
        painter.restore()

    @staticmethod
    def _font(fmt: QTextFormat) -> QFont:
        font = QTextCharFormat(fmt).font()
        font.setPointSizeF(max(font.pointSizeF() * 0.8, 6))
        font.setWeight(QFont.Weight.Bold)
        return font


def chip_format(note_id: str) -> QTextCharFormat:
    """Return the character format of a footnote chip for *note_id*."""
    fmt = QTextCharFormat()
    fmt.setObjectType(CHIP)
    fmt.setProperty(NOTE_ID, note_id)
    return fmt


def run_format(bold: bool, italic: bool, href: str = "", heading_size: float | None = None,
               link_id: int | None = None) -> QTextCharFormat:
    """Return the character format of styled text (a link is underlined and blue, as in Word)."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    if heading_size:
        fmt.setFontPointSize(heading_size)
    if href:
        fmt.setProperty(LINK_ID, link_id if link_id is not None else next(_link_ids))
        fmt.setAnchor(True)
        fmt.setAnchorHref(href)
        fmt.setFontUnderline(True)
        fmt.setForeground(_LINK_BLUE)
    else:
        fmt.setAnchor(False)
        fmt.setAnchorHref("")
        fmt.setFontUnderline(False)
        fmt.setForeground(QPalette().text())
    return fmt


def block_format(heading: bool) -> QTextBlockFormat:
    """Return a heading (level 2, as ``## `` is) or paragraph format, spaced like the output."""
    fmt = QTextBlockFormat()
    fmt.setHeadingLevel(2 if heading else 0)
    fmt.setBottomMargin(6)
    fmt.setTopMargin(8 if heading else 0)
    return fmt


def heading_size(doc: QTextDocument) -> float:
    """Return the point size headings are shown at in *doc*."""
    return doc.defaultFont().pointSizeF() * HEADING_SCALE


def insert_inlines(cursor: QTextCursor, inlines: Iterable[Inline], size: float | None = None) -> None:
    """Insert spans at *cursor* with their formats (footnote references as chips)."""
    for inline in inlines:
        if isinstance(inline, FootnoteRef):
            cursor.insertText(OBJECT_CHAR, chip_format(inline.id))
        elif isinstance(inline, Link):
            link_id = next(_link_ids)
            for run in inline.content:
                cursor.insertText(run.text, run_format(run.bold, run.italic, inline.target, size, link_id))
        else:
            cursor.insertText(inline.text, run_format(inline.bold, inline.italic, "", size))
    cursor.setCharFormat(run_format(False, False, "", size))


def insert_blocks(cursor: QTextCursor, blocks: Iterable[Block], first_in_place: bool = True) -> None:
    """Insert blocks at *cursor*; the first continues the cursor's block when *first_in_place*."""
    size = heading_size(cursor.document())
    for n, block in enumerate(blocks):
        heading = isinstance(block, Heading)
        if n or not first_in_place:
            cursor.insertBlock(block_format(heading), run_format(False, False))
        else:
            cursor.setBlockFormat(block_format(heading))
        insert_inlines(cursor, block.content, size if heading else None)


def load_markup(doc: QTextDocument, markup: str) -> list[str] | None:
    """Replace *doc*'s content with the body *markup*, shown as formatting.

    Return each text block's own markup (``block_sources``), or None when the text
    blocks do not match the markup's blocks one to one.
    """
    blocks, _problems = parse_blocks(markup, lambda i: i, bare_urls=True)
    doc.clear()
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    insert_blocks(cursor, blocks or (Paragraph(()),))
    cursor.endEditBlock()
    sources = block_sources(markup, blocks) if blocks else None
    return sources if sources is not None and len(sources) == doc.blockCount() else None


def _is_bold(fmt: QTextCharFormat) -> bool:
    return fmt.fontWeight() >= QFont.Weight.DemiBold


def block_inlines(block) -> list[Inline]:  # noqa: ANN001 - a QTextBlock
    """Return the spans of one text block: runs, links (the pieces of one link merged) and chips."""
    inlines: list[Inline] = []
    last_link: tuple[str, object] | None = None
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        fmt = fragment.charFormat()
        text = fragment.text()
        if fmt.objectType() == CHIP:
            note_id = str(fmt.property(NOTE_ID)) if fmt.hasProperty(NOTE_ID) else ""
            inlines.extend(FootnoteRef(note_id) for _ in text)
            continue
        text = text.replace(OBJECT_CHAR, "")
        if not text:
            continue
        run = Run(text, _is_bold(fmt), fmt.fontItalic())
        href = fmt.anchorHref() if fmt.isAnchor() else ""
        if href:
            # property() of an unset property returns None with a refcount bug: ask first.
            key = (href, fmt.property(LINK_ID) if fmt.hasProperty(LINK_ID) else 0)
            if inlines and isinstance(inlines[-1], Link) and last_link == key:
                inlines[-1] = Link(href, (*inlines[-1].content, run))
            else:
                inlines.append(Link(href, (run,)))
            last_link = key
        else:
            inlines.append(run)
    return inlines


def document_blocks(doc: QTextDocument) -> list[Block]:
    """Return the document as headings and paragraphs of spans (what the markup writer writes)."""
    out: list[Block] = []
    block = doc.begin()
    while block.isValid():
        kind = Heading if block.blockFormat().headingLevel() > 0 else Paragraph
        out.append(kind(tuple(block_inlines(block))))
        block = block.next()
    return out


# -- paste -------------------------------------------------------------------------------------

def _unzawgyi(text: str) -> str:
    if has_myanmar(text) and is_zawgyi(text):
        try:
            return convert_zawgyi(text)
        except ZawgyiConversionError:
            return text
    return text


def pasted_blocks(source: QMimeData) -> list[Block]:
    """Return what a paste brings in: bold, italic, links, headings and paragraphs; nothing else.

    HTML from Word, LibreOffice or a browser is read by Qt's HTML importer into a scratch
    document, then only the formats the markup can say are kept. Zawgyi is converted.
    """
    scratch = QTextDocument()
    text = ""
    if source.hasHtml():
        scratch.setHtml(source.html())
    else:
        text = source.text().replace("\r\n", "\n").replace("\r", "\n")
        scratch.setPlainText(text)
    blocks: list[Block] = []
    block = scratch.begin()
    while block.isValid():
        inlines: list[Inline] = []
        for inline in block_inlines(block):
            if isinstance(inline, Run):
                inlines.append(Run(_unzawgyi(inline.text), inline.bold, inline.italic))
            elif isinstance(inline, Link):
                inlines.append(Link(inline.target, tuple(Run(_unzawgyi(r.text), r.bold, r.italic)
                                                         for r in inline.content)))
        heading = 0 < block.blockFormat().headingLevel() <= 3
        if heading:  # browsers and Word show headings bold: that is the heading, not emphasis
            inlines = [Run(i.text, False, i.italic) if isinstance(i, Run) else i for i in inlines]
        if any((isinstance(i, Run) and i.text.strip()) or isinstance(i, Link) for i in inlines):
            blocks.append(Heading(tuple(inlines)) if heading else Paragraph(tuple(inlines)))
        block = block.next()
    if blocks and text.strip():
        # A line break at either end of plain text is a paragraph break there: without it the
        # first line would join the paragraph before the cursor (the last, the one after).
        if text.lstrip(" \t").startswith("\n"):
            blocks.insert(0, Paragraph(()))
        if text.rstrip(" \t").endswith("\n"):
            blocks.append(Paragraph(()))
    return blocks


def fragment_of(blocks: list[Block], like: QTextDocument) -> QTextDocumentFragment:
    """Return a document fragment holding *blocks*, formatted as *like*'s text is."""
    scratch = QTextDocument()
    scratch.setDefaultFont(like.defaultFont())
    cursor = QTextCursor(scratch)
    insert_blocks(cursor, blocks)
    cursor.select(QTextCursor.SelectionType.Document)
    return cursor.selection()

