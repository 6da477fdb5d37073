"""Small dialogs: footnote, link, preferences (a new release starts on the start screen, ``start.py``)."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..footnote_parts import is_empty, with_link, with_text
from ..markupwriter import write_inlines
from ..model import Run
from .fonts import editor_font
from .linkwords import check_link


class _Form(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #a40000")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        for button in self.buttons.buttons():  # Enter in a field accepts; typing never lands on a button
            cast(QPushButton, button).setAutoDefault(False)  # a button box holds push buttons
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def problem(self) -> str:
        """Return why the input cannot be accepted, or "" when it can."""
        return ""

    def first_field(self) -> QWidget | None:
        """Return the field the dialog opens in: the first one that takes input."""
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                return widget
        return None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        field = self.first_field()
        if field is not None:
            field.setFocus()

    def _accept(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        if not problem:
            self.accept()


class FootnoteDialog(_Form):
    """Insert footnote: a new note (its partner link and texts) or one already in the text, chosen explicitly.

    Notes are listed by number and words, never by the file's ids; the new note's link is
    checked as it is typed, with the loader's rules, in plain words.
    """

    def __init__(self, existing: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert footnote"))
        self.new = QRadioButton(self.tr("A new footnote"), self)
        self.old = QRadioButton(self.tr("A footnote already in the text"), self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://…")
        self.text_my = QLineEdit(self)
        self.text_en = QLineEdit(self)
        self.text_my.setFont(editor_font(True))
        self.choice = QComboBox(self)
        for note_id, summary in existing.items():
            self.choice.addItem(summary, note_id)
        self.new.setChecked(True)
        self.old.setEnabled(bool(existing))
        for widget, name in ((self.url, self.tr("Partner link")), (self.text_my, self.tr("Burmese text")),
                             (self.text_en, self.tr("English text")), (self.choice, self.tr("Footnote to cite"))):
            widget.setAccessibleName(name)
        self.form.addRow(self.new)
        self.form.addRow(self.tr("Partner link:"), self.url)
        self.form.addRow(self.tr("Burmese text:"), self.text_my)
        self.form.addRow(self.tr("English text:"), self.text_en)
        self.form.addRow(self.old)
        self.form.addRow(self.tr("Footnote:"), self.choice)
        self.new.toggled.connect(self._switch)
        self.url.textEdited.connect(lambda _text: self.error.setText(check_link(self.url.text()).text))
        self._switch()

    def _switch(self) -> None:
        new = self.new.isChecked()
        for field in (self.url, self.text_my, self.text_en):
            field.setEnabled(new)
        self.choice.setEnabled(not new)
        self.error.setText("")

    def first_field(self) -> QWidget | None:
        """Open in the new note's link: typing must never pick an existing note by its first letter."""
        return self.url if self.is_new else self.choice

    @property
    def is_new(self) -> bool:
        """True when the user creates a footnote rather than citing one."""
        return self.new.isChecked()

    @property
    def chosen_id(self) -> str:
        """The footnote to cite (when not new)."""
        return str(self.choice.currentData())

    def new_value(self) -> Any:
        """Return the new note as the file holds it: each text (markup characters kept as typed) and the link."""
        value: Any = {}
        for lang, field in (("my", self.text_my), ("en", self.text_en)):
            value = with_text(value, lang, write_inlines([Run(field.text().strip())]))
        return with_link(value, self.url.text()) if self.url.text().strip() else value

    def problem(self) -> str:
        if not self.is_new:
            return ""
        verdict = check_link(self.url.text())
        if verdict.refused:
            return verdict.text
        if is_empty(self.new_value()):
            return self.tr("Give the footnote a partner link or a text.")
        return ""


class LinkDialog(_Form):
    """Insert link: text and an http, https or mailto address."""

    def __init__(self, selected: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert link"))
        self.text = QLineEdit(selected, self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://…")
        self.text.setAccessibleName(self.tr("Link text"))
        self.url.setAccessibleName(self.tr("Address (URL)"))
        self.form.addRow(self.tr("Text:"), self.text)
        self.form.addRow(self.tr("Address:"), self.url)

    def link_text(self) -> str:
        """Return the text the link shows (its address when no text was given)."""
        return self.text.text().strip() or self.url.text().strip()

    def problem(self) -> str:
        if not self.url.text().strip():
            return self.tr("Type the address the link opens.")
        verdict = check_link(self.url.text())
        return verdict.text if verdict.refused else ""


class PreferencesDialog(_Form):
    """Preferences: the interface language."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        self.language.addItem("English", "en")
        self.language.addItem("မြန်မာ (Burmese)", "my")
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.form.addRow(self.tr("Interface language:"), self.language)

    def chosen_language(self) -> str:
        """Return the chosen interface language code."""
        return self.language.currentData()
