"""The body editor: a word-processor field bound to one body of the release.

It shows formatting (``richtext``), never markup. Typing changes the QTextDocument at
once; the markup is written back to the draft only after a pause (or at the latest
every second while typing goes on, and before anything reads the draft), so a keystroke
costs nothing proportional to the document. Undo is the window's, like every field.
"""

from __future__ import annotations

import time
from typing import cast

from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextBlockUserData,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from ..draft import FieldPath
from ..fileformat.markup import parse_blocks
from ..markupwriter import write_blocks
from ..model import Heading, Paragraph
from ..myanmar.script import has_myanmar
from ..myanmar.zawgyi import is_zawgyi
from .document import ReleaseDocument
from .fields import FieldSignals, inserted_text
from .fonts import editor_font
from .richtext import (
    CHIP,
    NOTE_ID,
    OBJECT_CHAR,
    ChipPainter,
    block_format,
    block_inlines,
    chip_format,
    document_blocks,
    fragment_of,
    heading_size,
    load_markup,
    pasted_blocks,
    run_format,
)

#: Pause in typing after which the body's markup is written to the draft.
SYNC_PAUSE_MS = 200
#: Longest typing goes on without the draft following (autosave reads the draft).
SYNC_AT_LEAST_S = 1.0
MARKUP_MIME = "application/x-thadin-markup"
_HISTORY_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class _Written(QTextBlockUserData):
    """The markup of one text block, kept until an edit touches the block."""

    def __init__(self, markup: str) -> None:
        super().__init__()
        self.markup = markup


class BodyEdit(QTextEdit):
    """A rich-text body bound to ``("body", lang)`` of a ReleaseDocument."""

    def __init__(self, document: ReleaseDocument, path: FieldPath, signals: FieldSignals, *,
                 burmese: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.path, self.signals = document, path, signals
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setFont(editor_font(burmese))
        self.document().setDefaultFont(editor_font(burmese))
        self.chips = ChipPainter(self)
        self.document().documentLayout().registerHandler(CHIP, self.chips)
        self._markup: str | None = ""  # None: reload on the next refresh
        self._loading = False
        self._dirty_since: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SYNC_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        self.document().contentsChanged.connect(self._typed)
        self.document().contentsChange.connect(self._forget_written)
        document.fieldChanged.connect(self._on_field_changed)
        document.add_syncer(self.flush, lambda: self.dirty)
        self.refresh()

    # -- binding ------------------------------------------------------------------------------
    def rebind(self, document: ReleaseDocument) -> None:
        """Follow another document (File ▸ New / Open)."""
        self.flush()
        self.doc.fieldChanged.disconnect(self._on_field_changed)
        self.doc.remove_syncer(self.flush)
        self.doc = document
        document.fieldChanged.connect(self._on_field_changed)
        document.add_syncer(self.flush, lambda: self.dirty)
        self._markup = None  # force a reload
        self.refresh()

    def _value(self) -> str:
        value = self.doc.draft_value(self.path)
        return value if isinstance(value, str) else ""

    def _on_field_changed(self, path: tuple) -> None:
        if path == self.path[: len(path)] and not self._loading:
            self.refresh()

    def refresh(self) -> None:
        """Show the field's markup as formatting (after undo, a conversion, New or Open)."""
        value = self._value()
        if value == self._markup:
            return
        position = self.textCursor().position()
        self._loading = True
        try:
            sources = load_markup(self.document(), value)
            if sources is not None:  # each paragraph's markup as written: the first pause writes one back
                block = self.document().begin()
                for source in sources:
                    block.setUserData(_Written(source))
                    block = block.next()
            self._markup = value
            cursor = self.textCursor()
            cursor.setPosition(min(position, self.document().characterCount() - 1))
            self.setTextCursor(cursor)
        finally:
            self._loading = False
        self._dirty_since = None

    def markup(self) -> str:
        """Return the body as markup, as it is on screen now.

        Each paragraph's markup is kept on its text block until an edit touches the block,
        so writing back a long release after typing costs the edited paragraphs only.
        """
        parts = []
        block = self.document().begin()
        while block.isValid():
            data = block.userData()
            if isinstance(data, _Written):
                line = data.markup
            else:
                kind = Heading if block.blockFormat().headingLevel() > 0 else Paragraph
                line = write_blocks([kind(tuple(block_inlines(block)))])
                block.setUserData(_Written(line))
            if line:
                parts.append(line)
            block = block.next()
        return "\n\n".join(parts)

    def _forget_written(self, position: int, removed: int, added: int) -> None:
        """Drop the kept markup of every block an edit (text or format) touched."""
        block = self.document().findBlock(position)
        end = position + max(removed, added)
        while block.isValid() and block.position() <= end:
            block.setUserData(None)  # type: ignore[arg-type]  # Qt clears with None; PySide's stubs omit it
            block = block.next()

    @property
    def dirty(self) -> bool:
        """Whether typing has changed the body since it was last written to the draft."""
        return self._dirty_since is not None

    def _typed(self) -> None:
        if self._loading:
            return
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        if now - self._dirty_since >= SYNC_AT_LEAST_S:
            self.flush()
        else:
            self._timer.start()

    def flush(self) -> None:
        """Write the body's markup to the draft now, if typing changed it (one undo step per pause)."""
        self._timer.stop()
        if self._dirty_since is None:
            return
        self._dirty_since = None
        markup = self.markup()
        old, self._markup = self._markup, markup
        self._loading = True
        try:
            self.doc.set(self.path, markup, "Typing", typing=True)
        finally:
            self._loading = False
        added = inserted_text(old or "", markup)
        if has_myanmar(added) and len(added) > 3 and is_zawgyi(added):
            self.signals.zawgyiEntered.emit(self.path)

    # -- formatting (the toolbar and Ctrl+B / Ctrl+I / Ctrl+2) -----------------------------------
    def toggle_bold(self) -> None:
        """Make the selection (or what is typed next) bold, or not bold."""
        change = QTextCharFormat()  # holds only what changes; merging leaves the rest
        change.setFontWeight(QFont.Weight.Normal if _is_bold(self.currentCharFormat()) else QFont.Weight.Bold)
        self.mergeCurrentCharFormat(change)

    def toggle_italic(self) -> None:
        """Make the selection (or what is typed next) italic, or not."""
        change = QTextCharFormat()
        change.setFontItalic(not self.currentCharFormat().fontItalic())
        self.mergeCurrentCharFormat(change)

    def toggle_heading(self) -> None:
        """Make the cursor's paragraph a section heading, or a paragraph again."""
        cursor = self.textCursor()
        heading = cursor.blockFormat().headingLevel() == 0
        cursor.beginEditBlock()
        cursor.setBlockFormat(block_format(heading))
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        size = QTextCharFormat()
        size.setFontPointSize(heading_size(self.document()) if heading else self.document().defaultFont().pointSizeF())
        cursor.mergeCharFormat(size)
        cursor.endEditBlock()

    def insert_link(self, text: str, url: str) -> None:
        """Replace the selection with *text* linked to *url*."""
        cursor = self.textCursor()
        cursor.insertText(text, run_format(False, False, url))
        cursor.setCharFormat(run_format(False, False))
        self.setTextCursor(cursor)

    def insert_note(self, note_id: str) -> None:
        """Insert a footnote chip for *note_id* at the cursor and write the body to the draft now."""
        cursor = self.textCursor()
        cursor.insertText(OBJECT_CHAR, chip_format(note_id))
        cursor.setCharFormat(run_format(False, False))
        self.setTextCursor(cursor)
        self.flush()

    def remove_note(self, note_id: str) -> None:
        """Remove every chip citing *note_id* and write the body to the draft now (deleting the note)."""
        positions = self.note_positions(note_id)
        if not positions:
            return
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for position in reversed(positions):
            cursor.setPosition(position)
            cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        cursor.endEditBlock()
        self.flush()

    def select_chip(self, position: int) -> None:
        """Select the chip at *position*, show it and take the focus (a citation was clicked)."""
        cursor = self.textCursor()
        cursor.setPosition(min(position, self.document().characterCount() - 1))
        cursor.setPosition(min(position + 1, self.document().characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus()

    def set_numbers(self, numbers: dict[str, int]) -> None:
        """Show footnote chips with these numbers (from the last render)."""
        if numbers != self.chips.numbers:
            self.chips.numbers = dict(numbers)
            self.viewport().update()

    def note_positions(self, note_id: str) -> list[int]:
        """Return the positions of every chip citing *note_id*."""
        found = []
        text = self.document().toPlainText()
        start = text.find(OBJECT_CHAR)
        while start >= 0:
            cursor = QTextCursor(self.document())
            cursor.setPosition(start + 1)
            fmt = cursor.charFormat()
            if fmt.objectType() == CHIP and fmt.hasProperty(NOTE_ID) and str(fmt.property(NOTE_ID)) == note_id:
                found.append(start)
            start = text.find(OBJECT_CHAR, start + 1)
        return found

    # -- navigation --------------------------------------------------------------------------------
    def go_to_paragraph(self, index: int) -> None:
        """Put the cursor at the start of block *index* (0-based) and show it."""
        block = self.document().findBlockByNumber(max(index, 0))
        if block.isValid():
            cursor = self.textCursor()
            cursor.setPosition(block.position())
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def go_to_line(self, line: int) -> None:
        """Put the cursor on the block that markup line *line* (0-based) belongs to."""
        blocks, _ = parse_blocks(self._markup or "", lambda i: i, bare_urls=True)
        starts = [b.line for b in blocks if b.line is not None]
        self.go_to_paragraph(max(sum(1 for s in starts if s <= line) - 1, 0))

    # -- keys, focus and clipboard ----------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Ctrl+Z / Ctrl+Y go to the window's undo stack, after what was typed is in it.
        if event.type() == QEvent.Type.ShortcutOverride and any(
                cast(QKeyEvent, event).matches(k) for k in _HISTORY_KEYS):
            self.flush()
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        heading = self.textCursor().blockFormat().headingLevel() > 0
        super().keyPressEvent(event)
        if heading and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not self.textCursor().block().text():
            # Enter after a heading starts a paragraph, as in a word processor.
            cursor = self.textCursor()
            cursor.setBlockFormat(block_format(False))
            cursor.setCharFormat(run_format(False, False))
            self.setTextCursor(cursor)

    def focusInEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        super().focusInEvent(event)
        self.signals.focused.emit(self.path)

    def focusOutEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        self.flush()
        super().focusOutEvent(event)

    def createMimeDataFromSelection(self) -> QMimeData:
        mime = super().createMimeDataFromSelection()
        scratch = QTextDocument()
        QTextCursor(scratch).insertFragment(self.textCursor().selection())
        mime.setData(MARKUP_MIME, write_blocks(document_blocks(scratch)).encode("utf-8"))
        return mime

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml() or source.hasFormat(MARKUP_MIME)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasFormat(MARKUP_MIME):  # our own copy: footnote chips and all
            blocks = list(parse_blocks(bytes(source.data(MARKUP_MIME).data()).decode("utf-8"), lambda _i: None,
                                       bare_urls=True)[0])
        else:
            blocks = pasted_blocks(source)
        if not blocks:
            return
        cursor = self.textCursor()
        cursor.insertFragment(fragment_of(blocks, self.document()))
        self.setTextCursor(cursor)



def _is_bold(fmt: QTextCharFormat) -> bool:
    return fmt.fontWeight() >= QFont.Weight.DemiBold
