"""Small dialogs: footnote, link, preferences (a new release starts on the start screen, ``start.py``)."""

from __future__ import annotations

import re
from typing import cast

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
    QVBoxLayout,
    QWidget,
)

from ..fileformat.markup import url_problem

_NOTE_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


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
    """Insert footnote: cite an existing note or create one (URL checked as the file format does)."""

    NEW = "\0new"

    def __init__(self, existing: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert footnote"))
        self.existing = existing
        self.choice = QComboBox(self)
        self.choice.addItem(self.tr("New footnote"), self.NEW)
        for note_id, text in existing.items():
            self.choice.addItem(f"{note_id} — {text}", note_id)
        self.note_id = QLineEdit(self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://…")
        for widget, name in ((self.choice, self.tr("Footnote")), (self.note_id, self.tr("Footnote id")),
                             (self.url, self.tr("Address (URL)"))):
            widget.setAccessibleName(name)
        self.form.addRow(self.tr("Footnote:"), self.choice)
        self.form.addRow(self.tr("Id:"), self.note_id)
        self.form.addRow(self.tr("Address:"), self.url)
        self.choice.currentIndexChanged.connect(self._switch)
        self._switch()

    def _switch(self) -> None:
        new = self.choice.currentData() == self.NEW
        self.note_id.setEnabled(new)
        self.url.setEnabled(new)

    def first_field(self) -> QWidget | None:
        """Open in the new note's id: typing must never pick an existing note by its first letter."""
        return self.note_id if self.is_new else self.choice

    @property
    def is_new(self) -> bool:
        """True when the user creates a footnote rather than citing one."""
        return self.choice.currentData() == self.NEW

    @property
    def chosen_id(self) -> str:
        """The id of the footnote to cite."""
        return self.note_id.text().strip() if self.is_new else self.choice.currentData()

    def problem(self) -> str:
        if not self.is_new:
            return ""
        note_id = self.note_id.text().strip()
        if not _NOTE_ID_RE.match(note_id):
            return self.tr("An id is letters, digits, '-', '_' or '.', e.g. pg.")
        if note_id in self.existing:
            return self.tr("There is already a footnote '%1'.").replace("%1", note_id)
        problem = url_problem(self.url.text().strip())
        return self.tr("Not a valid address: %1").replace("%1", problem) if problem else ""


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
        problem = url_problem(self.url.text().strip())
        return self.tr("Not a valid address: %1").replace("%1", problem) if problem else ""


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
