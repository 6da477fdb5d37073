"""The Footnotes and partners panel: every note as people see it, never as the file writes it.

Each note shows its live number (the one its chips in the body show, from the last
render), its text per language as formatted text, the partner's link in a field of its
own (checked as it is typed, with the loader's and checker's rules, in plain words), and
where the body cites it — each place a button that selects the chip in the body. Notes
are added and deleted here; every change is a command on the document's undo stack.
Footnote ids are the file's business: the panel never shows one.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShowEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..fileformat.markup import link_text, parse_blocks
from ..footnote_parts import is_writable, new_note_id, split_note, with_link, with_text
from ..markupwriter import write_blocks
from ..model import MYANMAR, Inline, Link, Paragraph, Run
from .bodyedit import BodyEdit
from .document import ReleaseDocument
from .fonts import editor_font
from .linkwords import check_link
from .people import place
from .richtext import CHIP, NOTE_ID, OBJECT_CHAR, block_inlines, fragment_of, load_markup, pasted_blocks

LANGUAGES = ("my", "en")
_HISTORY_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)

#: Where a note is cited: (language, paragraph number from 1, position of its first chip there).
Citation = tuple[str, int, int]


def plain_text(markup: str) -> str:
    """Return note markup as the words a reader sees (links as their text)."""
    blocks, _problems = parse_blocks(markup, lambda _i: None, bare_urls=True)
    words: list[str] = []
    for block in blocks:
        for inline in block.content:
            if isinstance(inline, Run):
                words.append(inline.text)
            elif isinstance(inline, Link):
                words.append("".join(r.text for r in inline.content))
    return "".join(words).strip()


def note_summary(value: Any, number: int | None) -> str:
    """Return a note in one line for a list: its number, its text and its link's address."""
    parts = split_note(value)
    texts = [plain_text(parts.texts[lang]) for lang in dict.fromkeys((*LANGUAGES, *parts.texts)) if lang in parts.texts]
    text = " / ".join(dict.fromkeys(t for t in texts if t))
    shown = " · ".join(t for t in (text, link_text(parts.link) if parts.link else "") if t)
    return f"{number} — {shown}" if number else shown


def citations_in(body: BodyEdit) -> dict[str, list[tuple[int, int]]]:
    """Return the chips of *body* on screen: note id → [(paragraph from 1, first chip's position)]."""
    doc = body.document()
    text = doc.toPlainText()
    found: dict[str, list[tuple[int, int]]] = {}
    start = text.find(OBJECT_CHAR)
    while start >= 0:
        cursor = QTextCursor(doc)
        cursor.setPosition(start + 1)
        fmt = cursor.charFormat()
        if fmt.objectType() == CHIP and fmt.hasProperty(NOTE_ID):
            paragraph = doc.findBlock(start).blockNumber() + 1
            places = found.setdefault(str(fmt.property(NOTE_ID)), [])
            if not places or places[-1][0] != paragraph:
                places.append((paragraph, start))
        start = text.find(OBJECT_CHAR, start + 1)
    return found


class NoteTextEdit(QTextEdit):
    """One language's text of a note, shown formatted: one paragraph, no markup, no chips."""

    edited = Signal(str)

    def __init__(self, burmese: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)  # the window's stack has every edit
        self.setTabChangesFocus(True)
        self.setFont(editor_font(burmese))
        self.document().setDefaultFont(editor_font(burmese))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._markup = ""
        self._loading = False
        self.document().contentsChanged.connect(self._changed)

    def sizeHint(self) -> QSize:
        lines = 3
        return QSize(200, int(self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth() + 12))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def set_markup(self, markup: str) -> None:
        """Show *markup* formatted, unless it is what this field already holds."""
        if markup == self._markup:
            return
        self._loading = True
        try:
            load_markup(self.document(), markup)
            self._markup = markup
        finally:
            self._loading = False

    def markup(self) -> str:
        """Return the text on screen as note markup (one paragraph)."""
        inlines: list[Inline] = []
        block = self.document().begin()
        while block.isValid():
            if inlines:
                inlines.append(Run(" "))
            inlines += [i for i in block_inlines(block) if isinstance(i, (Run, Link))]
            block = block.next()
        return write_blocks([Paragraph(tuple(inlines))])

    def _changed(self) -> None:
        if self._loading:
            return
        markup = self.markup()
        if markup != self._markup:
            self._markup = markup
            self.edited.emit(markup)

    def event(self, event: QEvent) -> bool:
        # Ctrl+Z / Ctrl+Y belong to the window's undo stack.
        if event.type() == QEvent.Type.ShortcutOverride and any(
                cast(QKeyEvent, event).matches(k) for k in _HISTORY_KEYS):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # a footnote is one paragraph
        if event.matches(QKeySequence.StandardKey.Bold) or event.matches(QKeySequence.StandardKey.Italic):
            change = QTextCharFormat()
            if event.matches(QKeySequence.StandardKey.Bold):
                bold = self.currentCharFormat().fontWeight() >= QFont.Weight.DemiBold
                change.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
            else:
                change.setFontItalic(not self.currentCharFormat().fontItalic())
            self.mergeCurrentCharFormat(change)
            return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste bold, italic and links as one paragraph; nothing else (Zawgyi converted)."""
        inlines: list[Inline] = []
        for block in pasted_blocks(source):
            if inlines:
                inlines.append(Run(" "))
            inlines += [i for i in block.content if isinstance(i, (Run, Link))]
        if inlines:
            cursor = self.textCursor()
            cursor.insertFragment(fragment_of([Paragraph(tuple(inlines))], self.document()))
            self.setTextCursor(cursor)


class NoteCard(QFrame):
    """One note: number, text per language, partner link (checked as typed), where it is cited."""

    jump = Signal(str, int)  # language, position of the chip
    delete = Signal()

    def __init__(self, note_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note_id = note_id
        self.numbers: list[int] = []
        self.cited: list[Citation] = []
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        self.title = QLabel(self)
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete)
        self.text_labels = {lang: QLabel(self) for lang in LANGUAGES}
        self.texts = {lang: NoteTextEdit(lang == MYANMAR, self) for lang in LANGUAGES}
        self.link_label = QLabel(self)
        self.link = QLineEdit(self)
        self.link.setPlaceholderText("https://…")
        self.link_message = QLabel(self)
        self.link_message.setWordWrap(True)
        self.link_message.hide()
        self.cited_label = QLabel(self)
        self.cited_label.setWordWrap(True)
        self.places = QHBoxLayout()
        self.places.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.delete_button)
        grid.addLayout(header, 0, 0, 1, 2)
        for column, lang in enumerate(LANGUAGES):
            grid.addWidget(self.text_labels[lang], 1, column)
            grid.addWidget(self.texts[lang], 2, column, Qt.AlignmentFlag.AlignTop)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_label)
        link_row.addWidget(self.link, 1)
        grid.addLayout(link_row, 3, 0, 1, 2)
        grid.addWidget(self.link_message, 4, 0, 1, 2)
        cited_row = QHBoxLayout()
        cited_row.addWidget(self.cited_label)
        cited_row.addLayout(self.places)
        cited_row.addStretch(1)
        grid.addLayout(cited_row, 5, 0, 1, 2)
        self.link.textEdited.connect(self._check)
        self._check(self.link.text())

    def first_field(self) -> QWidget:
        """Return the field a new note starts in: its Burmese text."""
        return self.texts[LANGUAGES[0]]

    def load(self, value: Any) -> None:
        """Show the note's value, leaving alone a field the user is typing in that already says it."""
        parts = split_note(value)
        for lang, field in self.texts.items():
            if not (field.hasFocus() and field.markup() == parts.texts.get(lang, "")):
                field.set_markup(parts.texts.get(lang, ""))
        typed = self.link.text().strip()
        if not (self.link.hasFocus() and (typed == parts.link or not is_writable(typed))):
            if typed != parts.link:
                self.link.setText(parts.link)
            self._check(self.link.text())

    def _check(self, text: str) -> None:
        verdict = check_link(text)
        self.link_message.setText(verdict.text)
        self.link_message.setStyleSheet("color: #a40000" if verdict.refused else "color: #8a5a00")
        self.link_message.setVisible(bool(verdict.text))
        self.link.setStyleSheet("border: 1px solid #a40000" if verdict.refused else "")

    def set_citations(self, numbers: list[int], cited: list[Citation]) -> None:
        """Show the note's numbers (one per text printed) and the places citing it (buttons that jump there)."""
        same = cited == self.cited
        self.numbers, self.cited = numbers, cited
        if same and self.places.count() == len(cited):
            self.retranslate()
            return
        for old in self.place_buttons():
            self.places.removeWidget(old)
            old.hide()
            old.setParent(None)  # gone from the card now, deleted later
            old.deleteLater()
        for lang, paragraph, position in cited:
            button = QPushButton(self)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("color: #1a4f9c; text-decoration: underline; text-align: left")
            button.setProperty("place", (lang, paragraph))
            button.clicked.connect(lambda _c=False, lang=lang, at=position: self.jump.emit(lang, at))
            self.places.addWidget(button)
        self.retranslate()

    def place_buttons(self) -> list[QPushButton]:
        """Return the buttons naming where the note is cited, in reading order."""
        buttons = []
        for i in range(self.places.count()):
            item = self.places.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QPushButton):
                buttons.append(widget)
        return buttons

    def set_numbers(self, numbers: list[int]) -> None:
        """Show new numbers in the title, nothing else touched (the text being typed in keeps its cursor)."""
        if numbers != self.numbers:
            self.numbers = numbers
            self._title()

    def _title(self) -> None:
        if self.numbers:
            self.title.setText(self.tr("Footnote %1").replace("%1", ", ".join(map(str, self.numbers))))
        elif self.cited:
            self.title.setText(self.tr("Footnote (numbered at the next preview)"))
        else:
            self.title.setText(self.tr("Footnote not cited yet"))

    def retranslate(self) -> None:
        """Set every text in the interface language."""
        self._title()
        self.delete_button.setText(self.tr("Delete footnote"))
        self.delete_button.setAccessibleName(self.tr("Delete footnote"))
        burmese, english = self.tr("Burmese text"), self.tr("English text")
        for lang, name in (("my", burmese), ("en", english)):
            self.text_labels[lang].setText(name)
            self.texts[lang].setAccessibleName(name)
            self.texts[lang].setPlaceholderText(self.tr("Optional: words before the link"))
        self.link_label.setText(self.tr("Partner link:"))
        self.link.setAccessibleName(self.tr("Partner link"))
        self._check(self.link.text())
        if self.cited:
            self.cited_label.setText(self.tr("Cited in:"))
            self.cited_label.setStyleSheet("")
        else:
            self.cited_label.setText(self.tr("Not cited anywhere in the text. To cite it, put the cursor in the "
                                             "body and choose Insert ▸ Footnote; or delete it."))
            self.cited_label.setStyleSheet("color: #8a5a00")
        for button in self.place_buttons():
            lang, paragraph = button.property("place")
            button.setText(place(f"body.{lang}", paragraph))
            button.setToolTip(self.tr("Show this citation in the body"))


class NotesPanel(QWidget):
    """The Footnotes tab: the notes in reading order, added, edited and deleted through the undo stack."""

    showBody = Signal()

    def __init__(self, document: ReleaseDocument, bodies: dict[str, BodyEdit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.bodies = bodies
        self.numbers: dict[str, int] = {}
        self.by_language: dict[str, dict[str, int]] = {}
        self.cards: dict[str, NoteCard] = {}
        self._stale = True
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget(self.scroller)
        self.column = QVBoxLayout(holder)
        self.column.addStretch(1)
        self.scroller.setWidget(holder)
        self.empty = QLabel(holder)
        self.empty.setWordWrap(True)
        self.column.insertWidget(0, self.empty)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(buttons)
        document.fieldChanged.connect(self._field_changed)
        self.retranslate()

    # -- the document ----------------------------------------------------------------------
    def set_document(self, document: ReleaseDocument) -> None:
        """Show the notes of *document* (after New or Open)."""
        if document is not self.document:
            self.document.fieldChanged.disconnect(self._field_changed)
            document.fieldChanged.connect(self._field_changed)
            self.document = document
            self.numbers, self.by_language = {}, {}
        self.refresh()

    def set_numbers(self, numbers: dict[str, int], by_language: dict[str, dict[str, int]] | None = None) -> None:
        """Take the live numbers of the last render: each note's first, and what each language's citations print."""
        by_language = by_language or {}
        if numbers != self.numbers or by_language != self.by_language:
            self.numbers, self.by_language = dict(numbers), {k: dict(v) for k, v in by_language.items()}
            self.renumber()

    def renumber(self) -> None:
        """Show the numbers in place: each card's title, and the cards in number order (no card remade).

        The notes and their citations are what the last refresh found (edits refresh the
        cards they touch); only what the render numbered changes here.
        """
        if not self.isVisible() or self._stale:
            self.refresh()  # hidden: scanned when shown; stale: a whole refresh is due anyway
            return
        for note_id, card in self.cards.items():
            card.set_numbers(self.printed(note_id, card.cited))
        self._order()

    def printed(self, note_id: str, cited: list[Citation]) -> list[int]:
        """Return the numbers a note's citations print (the chips show the same), smallest first."""
        found = {self.by_language.get(lang, {}).get(note_id, self.numbers.get(note_id)) for lang, _p, _at in cited}
        return sorted(n for n in found if n)

    def _notes(self) -> dict[str, Any]:
        notes = self.document.get(("footnotes",), {}) or {}
        return notes if isinstance(notes, dict) else {}

    def _field_changed(self, path: tuple) -> None:
        if path[:1] == ("footnotes",) and len(path) >= 2 and path[1] in self.cards and self.isVisible():
            note = self.document.draft_value(path[:2], None)
            if note is not None:  # one note edited: only its card (no rescan of the bodies)
                self.cards[str(path[1])].load(note)
                return
        if not path or path[0] in ("footnotes", "body"):
            self.refresh()

    def refresh(self) -> None:
        """Bring the cards in line with the draft: notes, their numbers, order and citations."""
        if not self.isVisible():
            self._stale = True  # the bodies are scanned only when someone looks
            return
        self._stale = False
        notes = self._notes()
        for note_id in [n for n in self.cards if n not in notes]:
            card = self.cards.pop(note_id)
            self.column.removeWidget(card)
            card.deleteLater()
        cited: dict[str, list[Citation]] = {}
        for lang, body in self.bodies.items():
            for note_id, places in citations_in(body).items():
                cited.setdefault(note_id, []).extend((lang, p, at) for p, at in places)
        for note_id, value in notes.items():
            card = self.cards.get(note_id) or self._new_card(note_id)
            card.load(value)
            card.set_citations(self.printed(note_id, cited.get(note_id, [])), cited.get(note_id, []))
        self._order()
        self.empty.setVisible(not notes)

    def _order(self) -> None:
        """Put the cards in the order their numbers print (uncited last), moving only what moved."""
        notes = [n for n in self._notes() if n in self.cards]  # ties keep the file's order
        order = sorted(notes, key=lambda n: (not self.cards[n].numbers, self.cards[n].numbers[:1]))
        for index, note_id in enumerate(order):
            if self.column.indexOf(self.cards[note_id]) != index + 1:
                self.column.insertWidget(index + 1, self.cards[note_id])

    def _new_card(self, note_id: str) -> NoteCard:
        card = self.cards[note_id] = NoteCard(note_id, self.column.parentWidget())
        card.jump.connect(self.jump)
        for lang, field in card.texts.items():
            field.edited.connect(lambda markup, n=note_id, lang=lang: self._text_edited(n, lang, markup))
        card.link.textEdited.connect(lambda text, n=note_id: self._link_edited(n, text))
        card.delete.connect(lambda n=note_id: self.delete_note(n))
        return card

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def ordered_cards(self) -> list[NoteCard]:
        """Return the cards as shown, top to bottom."""
        cards = []
        for i in range(self.column.count()):
            item = self.column.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, NoteCard):
                cards.append(widget)
        return cards

    # -- edits -------------------------------------------------------------------------------
    def _text_edited(self, note_id: str, lang: str, markup: str) -> None:
        value = self.document.draft_value(("footnotes", note_id), None)
        self.document.set(("footnotes", note_id), with_text(value, lang, markup), self.tr("Edit footnote"),
                          typing=True)

    def _link_edited(self, note_id: str, link: str) -> None:
        if not is_writable(link):
            return  # said under the field; the file keeps the last address that can be a link
        value = self.document.draft_value(("footnotes", note_id), None)
        self.document.set(("footnotes", note_id), with_link(value, link), self.tr("Edit partner link"),
                          typing=True)

    def add_note(self) -> NoteCard:
        """Add an empty note (an id people never see) and put the cursor in its first field."""
        note_id = new_note_id(self._notes())
        self.document.set(("footnotes", note_id), {}, self.tr("Add footnote"))
        self.refresh()
        card = self.cards[note_id]
        self.scroller.ensureWidgetVisible(card)
        card.first_field().setFocus()
        return card

    def delete_note(self, note_id: str) -> bool:
        """Delete a note and its chips in one undo step; asks first when the text cites it."""
        card = self.cards.get(note_id)
        if card is not None and card.cited and not self.confirm_delete(card):
            return False
        self.document.sync()  # typing so far is its own step, not part of the deletion
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("Delete footnote"))
        for body in self.bodies.values():
            body.remove_note(note_id)
        self.document.set(("footnotes", note_id), None, self.tr("Delete footnote"))
        stack.endMacro()
        return True

    def delete_box(self, card: NoteCard) -> QMessageBox:
        """Return the question asked before deleting a cited note (its places named)."""
        places = "\n".join("• " + place(f"body.{lang}", paragraph) for lang, paragraph, _at in card.cited)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete footnote"),
                          self.tr("This footnote is cited in:") + "\n" + places + "\n\n" +
                          self.tr("Delete it and its markers in the text? Edit ▸ Undo brings both back."),
                          QMessageBox.StandardButton.NoButton, self)
        box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole))
        return box

    def confirm_delete(self, card: NoteCard) -> bool:
        """Ask before deleting a cited note (tests replace this)."""
        box = self.delete_box(card)
        box.exec()
        return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.DestructiveRole

    def jump(self, lang: str, position: int) -> None:
        """Show the body of *lang* with the chip at *position* selected."""
        body = self.bodies[lang]
        self.showBody.emit()
        body.select_chip(position)

    def focus_note(self, note_id: str, lang: str | None = None) -> None:
        """Put the cursor in a note's text (a preflight row's Go there)."""
        self.refresh()
        card = self.cards.get(note_id)
        if card is not None:
            self.scroller.ensureWidgetVisible(card)
            (card.texts.get(lang or "", None) or card.first_field()).setFocus()

    # -- texts -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text in the interface language."""
        self.intro.setText(self.tr("Footnotes are numbered in reading order, as the preview prints them. Each "
                                   "holds a text per language and, for a partner, the link to its website."))
        self.empty.setText(self.tr("No footnotes yet. To add one where the cursor is in the body, choose "
                                   "Insert ▸ Footnote."))
        self.add_button.setText(self.tr("Add footnote"))
        self.setAccessibleName(self.tr("Footnotes"))
        for card in self.cards.values():
            card.retranslate()
