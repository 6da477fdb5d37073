"""The structured editor: Letterhead · Headline & date · Body · Footnotes · Contact · Signatories.

Bilingual fields sit side by side, Burmese | English. Tables (footnotes, signatories)
change whole values through the same undo stack as typing.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..draft import FieldPath
from ..footnote_parts import note_texts
from ..model import MYANMAR
from .bodyedit import BodyEdit
from .document import ReleaseDocument
from .fields import FieldSignals, LineField, TextField
from .fonts import editor_font
from .i18n import current_language
from .linkwords import check_link
from .notes import NotesPanel

LANGUAGES = ("my", "en")
#: How many lines of text the headline boxes show.
HEADLINE_LINES = 4
#: Month names in the interface language, never the machine's locale.
DATE_LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
                "my": QLocale(QLocale.Language.Burmese, QLocale.Country.Myanmar)}


class BilingualRow(QWidget):
    """A Burmese | English pair of fields for one text field."""

    def __init__(self, document: ReleaseDocument, path: FieldPath, signals: FieldSignals, multiline: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.fields: dict[str, LineField | TextField] = {}
        for lang in LANGUAGES:
            kind = TextField if multiline else LineField
            field = kind(document, (*path, lang), signals, burmese=lang == MYANMAR)
            if multiline:
                field.setMinimumHeight(60)
            self.fields[lang] = field
            layout.addWidget(field)

    def set_names(self, label: str, burmese: str, english: str) -> None:
        """Set accessible names and placeholders: the field's label and the language."""
        for lang, language in (("my", burmese), ("en", english)):
            self.fields[lang].setAccessibleName(f"{label} ({language})")
            self.fields[lang].setPlaceholderText(language)


class EditorPanel(QTabWidget):
    """All fields of the release, in the order a press officer writes them."""

    def __init__(self, document: ReleaseDocument, signals: FieldSignals, letterheads: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = True
        self.document = document
        self.signals = signals
        self.rows: dict[str, BilingualRow] = {}
        self.lines: dict[str, LineField] = {}
        self._build_letterhead(letterheads)
        self._build_headline()
        self._build_body()
        self._build_footnotes()
        self._build_contact()
        self._build_signatories()
        self.set_document(document)
        self.retranslate()
        self.setCurrentIndex(2)  # the body: where the work is

    # -- tabs ------------------------------------------------------------------------------
    def _page(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return page, form

    def _build_letterhead(self, letterheads: list[str]) -> None:
        page, form = self._page()
        self.letterhead = QComboBox(page)
        self.letterhead.setEditable(False)
        self.letterhead.addItems(letterheads)
        self.letterhead.activated.connect(lambda _i: self.document.set(("letterhead",), self.letterhead.currentText(),
                                                                      "Letterhead"))
        self.layout_choice = QComboBox(page)
        for key in ("", "stacked", "parallel", "my", "en"):
            self.layout_choice.addItem(key, key)
        self.layout_choice.activated.connect(self._layout_chosen)
        self.rows["label"] = BilingualRow(self.document, ("label",), self.signals, False, page)
        self.letterhead_label, self.layout_label, self.label_label = QLabel(page), QLabel(page), QLabel(page)
        form.addRow(self.letterhead_label, self.letterhead)
        form.addRow(self.label_label, self.rows["label"])
        form.addRow(self.layout_label, self.layout_choice)
        self.addTab(page, "")

    def _layout_chosen(self, _index: int) -> None:
        value = self.layout_choice.currentData() or None
        self.document.set(("layout",), value, "Layout")

    def _build_headline(self) -> None:
        page, form = self._page()
        self.date = QDateEdit(page)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")  # as people write it, in the interface language
        self.date.dateChanged.connect(self._date_changed)
        self.rows["headline"] = BilingualRow(self.document, ("headline",), self.signals, True, page)
        fields = self.rows["headline"].fields.values()  # a headline is a line or two, not a page
        height = max(field.fontMetrics().lineSpacing() for field in fields) * HEADLINE_LINES + 16
        for field in fields:
            field.setMaximumHeight(height)
        self.rows["headline"].setMaximumHeight(height)
        self.date_label, self.headline_label = QLabel(page), QLabel(page)
        form.addRow(self.date_label, self.date)
        form.addRow(self.headline_label, self.rows["headline"])
        form.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding))  # rows at the top
        self.addTab(page, "")

    def _date_changed(self, date: QDate) -> None:
        if not self._loading:
            self.document.set(("date",), dt.date(date.year(), date.month(), date.day()), "Date")

    def _build_body(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.toolbar = QToolBar(page)
        self.bold = QAction(page)
        self.bold.setShortcut(QKeySequence.StandardKey.Bold)
        self.italic = QAction(page)
        self.italic.setShortcut(QKeySequence.StandardKey.Italic)
        self.heading = QAction(page)
        self.heading.setShortcut(QKeySequence("Ctrl+2"))
        self.link = QAction(page)
        self.link.setShortcut(QKeySequence("Ctrl+K"))
        self.footnote = QAction(page)
        self.footnote.setShortcut(QKeySequence("Ctrl+Alt+F"))
        for action in (self.bold, self.italic, self.heading, self.link, self.footnote):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.toolbar.addAction(action)
            page.addAction(action)
        layout.addWidget(self.toolbar)
        grid = QGridLayout()
        self.body_labels = {lang: QLabel(page) for lang in LANGUAGES}
        self.bodies: dict[str, BodyEdit] = {}
        for column, lang in enumerate(LANGUAGES):
            self.bodies[lang] = BodyEdit(self.document, ("body", lang), self.signals, burmese=lang == MYANMAR,
                                         parent=page)
            grid.addWidget(self.body_labels[lang], 0, column)
            grid.addWidget(self.bodies[lang], 1, column)
        layout.addLayout(grid, 1)
        self.bold.triggered.connect(lambda: self.current_body().toggle_bold())
        self.italic.triggered.connect(lambda: self.current_body().toggle_italic())
        self.heading.triggered.connect(lambda: self.current_body().toggle_heading())
        self.addTab(page, "")

    def current_body(self) -> BodyEdit:
        """Return the body editor with focus (the Burmese one when neither has it)."""
        for field in self.bodies.values():
            if field.hasFocus():
                return field
        return self._last_body if getattr(self, "_last_body", None) else self.bodies["my"]

    def remember_body(self, path: tuple) -> None:
        """Track the last focused body editor, so toolbar buttons act on it."""
        if len(path) == 2 and path[0] == "body" and path[1] in self.bodies:
            self._last_body = self.bodies[path[1]]

    def _table_tab(self, columns: int, narrow: int = 0) -> tuple[QTableWidget, QPushButton, QPushButton]:
        """Add a tab holding an editable table with Add and Remove buttons under it.

        The first *narrow* columns (number, id) fit their contents; the text columns share the rest.
        """
        page = QWidget(self)
        layout = QVBoxLayout(page)
        table = QTableWidget(0, columns, page)
        header = table.horizontalHeader()
        for column in range(columns):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents if column < narrow
                                        else QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.setFont(editor_font(True, 10))
        buttons = QHBoxLayout()
        add, remove = QPushButton(page), QPushButton(page)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addWidget(table, 1)
        layout.addLayout(buttons)
        self.addTab(page, "")
        return table, add, remove

    def _build_footnotes(self) -> None:
        self.notes = NotesPanel(self.document, self.bodies, self)
        self.notes.showBody.connect(lambda: self.setCurrentIndex(2))
        self.addTab(self.notes, "")

    def refresh_notes(self, numbers: dict[str, int], by_language: dict[str, dict[str, int]] | None = None) -> None:
        """Show the live note numbers of the last render: each body's chips the numbers its citations print."""
        by_language = by_language or {}
        for lang, body in self.bodies.items():
            body.set_numbers({**numbers, **by_language.get(lang, {})})  # a language not printed: the first
        self.notes.set_numbers(numbers, by_language)

    def _build_contact(self) -> None:
        page, form = self._page()
        self.rows["contact"] = BilingualRow(self.document, ("contact", "intro"), self.signals, True, page)
        self.contact_labels = {"intro": QLabel(page)}
        form.addRow(self.contact_labels["intro"], self.rows["contact"])
        self.contact_notes: dict[str, QLabel] = {}
        for key in ("email", "phone", "website", "signal"):
            self.lines[key] = LineField(self.document, ("contact", key), self.signals, parent=page)
            self.contact_labels[key] = QLabel(page)
            form.addRow(self.contact_labels[key], self.lines[key])
            if key in ("email", "phone", "website"):  # checked as typed, said under the field
                self.contact_notes[key] = QLabel(page)
                form.addRow("", self.contact_notes[key])
                self.lines[key].set_check(partial(self._contact_check, key), self.contact_notes[key])
        self.addTab(page, "")

    def _contact_check(self, key: str, value: str) -> str:
        """Say what is wrong with a contact address as it is typed ('' when nothing).

        E-mail and website are links in the output: they get the links' own check and
        words (``linkwords.check_link``: the loader's rule, then the risks ``check`` warns of).
        """
        if not value.strip():
            return ""
        if key == "phone":
            return "" if any(ch.isdigit() for ch in value) else self.tr("A phone number needs its digits.")
        return check_link(("mailto:" + value.strip()) if key == "email" else value).text

    def _build_signatories(self) -> None:
        self.signatories, self.add_signatory, self.remove_signatory = self._table_tab(2)
        self.signatories.itemChanged.connect(self._signatory_edited)
        self.add_signatory.clicked.connect(self._add_signatory)
        self.remove_signatory.clicked.connect(self._remove_signatory)

    def _signatory_list(self) -> list[dict[str, str]]:
        value = self.document.get(("signatories",), []) or []
        return [dict(note_texts(s)) for s in value]

    def _signatory_edited(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        people = self._signatory_list()
        while len(people) <= item.row():
            people.append({})
        people[item.row()][LANGUAGES[item.column()]] = item.text()
        self.document.set(("signatories",), [{k: v for k, v in p.items() if v} for p in people], "Edit signatory")

    def _add_signatory(self) -> None:
        self.document.set(("signatories",), [*self._signatory_list(), {"en": self.tr("New signatory")}],
                          "Add signatory")

    def _remove_signatory(self) -> None:
        row = self.signatories.currentRow()
        people = self._signatory_list()
        if 0 <= row < len(people):
            del people[row]
            self.document.set(("signatories",), people or None, "Remove signatory")

    def refresh_signatories(self) -> None:
        """Fill the signatories table from the draft."""
        self._loading = True
        people = self._signatory_list()
        self.signatories.setRowCount(len(people))
        for row, person in enumerate(people):
            for column, lang in enumerate(LANGUAGES):
                self.signatories.setItem(row, column, QTableWidgetItem(person.get(lang, "")))
        self._loading = False

    # -- document --------------------------------------------------------------------------
    def set_document(self, document: ReleaseDocument) -> None:
        """Show *document* (after New or Open)."""
        if document is not self.document:
            self.document.fieldChanged.disconnect(self._field_changed)
        self.document = document
        for kind in (LineField, TextField, BodyEdit):
            for widget in self.findChildren(kind):
                if isinstance(widget, (LineField, TextField, BodyEdit)) and widget.doc is not document:
                    widget.rebind(document)
        document.fieldChanged.connect(self._field_changed)
        self.notes.set_document(document)
        self._refresh_all()

    def _refresh_all(self) -> None:
        self._loading = True
        letterhead = str(self.document.get(("letterhead",), ""))
        if self.letterhead.findText(letterhead) < 0 and letterhead:
            self.letterhead.addItem(letterhead)
        self.letterhead.setCurrentText(letterhead)
        index = self.layout_choice.findData(self.document.get(("layout",), "") or "")
        self.layout_choice.setCurrentIndex(max(index, 0))
        date = self.document.get(("date",), None)
        if isinstance(date, dt.date):
            self.date.setDate(QDate(date.year, date.month, date.day))
        self._loading = False
        self.refresh_signatories()

    def _field_changed(self, path: tuple) -> None:
        if not path or path[0] in ("letterhead", "layout", "date"):
            self._refresh_all()
        elif path[0] == "signatories":
            self.refresh_signatories()

    # -- navigation ------------------------------------------------------------------------
    def focus_field(self, field: str, line: int | None = None, value_line: int | None = None) -> None:
        """Show and focus the editor of dotted *field* (``body.my``), at file *line* if known."""
        parts = field.split(".")
        tabs = {"letterhead": 0, "label": 0, "layout": 0, "date": 1, "headline": 1, "body": 2, "footnotes": 3,
                "contact": 4, "signatories": 5}
        head = parts[0].split("[")[0]
        if head in tabs:
            self.setCurrentIndex(tabs[head])
        if head == "body" and len(parts) > 1 and parts[1] in self.bodies:
            editor = self.bodies[parts[1]]
            editor.setFocus()
            if line is not None and value_line is not None:
                editor.go_to_line(line - value_line - 1)
        elif head in ("headline", "label") and len(parts) > 1 and parts[1] in LANGUAGES:
            self.rows[head].fields[parts[1]].setFocus()
        elif head == "footnotes" and len(parts) > 1:
            self.notes.focus_note(parts[1], parts[2] if len(parts) > 2 else None)
        elif head == "contact" and len(parts) > 1:
            (self.lines.get(parts[1]) or self.rows["contact"].fields["my"]).setFocus()

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every label in the current interface language."""
        for index, title in enumerate([self.tr("Letterhead"), self.tr("Headline && date"), self.tr("Body"),
                                       self.tr("Footnotes"), self.tr("Contact"), self.tr("Signatories")]):
            self.setTabText(index, title)
        for button in self.tabBar().findChildren(QToolButton):  # the tab bar's own scroll arrows
            left = button.arrowType() == Qt.ArrowType.LeftArrow
            button.setAccessibleName(self.tr("Earlier tabs") if left else self.tr("Later tabs"))
        self.letterhead_label.setText(self.tr("Letterhead:"))
        self.label_label.setText(self.tr("Label:"))
        self.layout_label.setText(self.tr("Layout:"))
        for index, text in enumerate([self.tr("Letterhead's choice"), self.tr("Stacked (one language after "
                                      "the other)"), self.tr("Parallel columns"), self.tr("Burmese only"),
                                      self.tr("English only")]):
            self.layout_choice.setItemText(index, text)
        self.date_label.setText(self.tr("Date:"))
        self.date.setLocale(DATE_LOCALES.get(current_language(), DATE_LOCALES["en"]))
        self.headline_label.setText(self.tr("Headline:"))
        self.body_labels["my"].setText(self.tr("Burmese"))
        self.body_labels["en"].setText(self.tr("English"))
        self.bold.setText(self.tr("Bold"))
        self.italic.setText(self.tr("Italic"))
        self.heading.setText(self.tr("Heading"))
        self.link.setText(self.tr("Link…"))
        self.footnote.setText(self.tr("Insert footnote…"))
        self.notes.retranslate()
        self.contact_labels["intro"].setText(self.tr("Introduction:"))
        for key, text in (("email", self.tr("E-mail:")), ("phone", self.tr("Phone:")), ("website", self.tr("Website:")),
                          ("signal", self.tr("Signal:"))):
            self.contact_labels[key].setText(text)
            self.lines[key].setAccessibleName(text.rstrip(":"))
            self.lines[key].recheck()
        self.signatories.setHorizontalHeaderLabels([self.tr("Burmese"), self.tr("English")])
        self.add_signatory.setText(self.tr("Add signatory"))
        self.remove_signatory.setText(self.tr("Remove signatory"))
        burmese, english = self.tr("Burmese"), self.tr("English")
        self.rows["label"].set_names(self.tr("Label"), burmese, english)
        self.rows["headline"].set_names(self.tr("Headline"), burmese, english)
        self.rows["contact"].set_names(self.tr("Contact introduction"), burmese, english)
        self.bodies["my"].setAccessibleName(self.tr("Body (Burmese)"))
        self.bodies["en"].setAccessibleName(self.tr("Body (English)"))
        self.signatories.setAccessibleName(self.tr("Signatories"))
        self.date.setAccessibleName(self.tr("Date"))
        self.letterhead.setAccessibleName(self.tr("Letterhead"))
        self.layout_choice.setAccessibleName(self.tr("Layout"))
