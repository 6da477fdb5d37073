"""The preflight panel: what `thadin check` finds, live, said for people, with one-click fixes.

Each row names the place as the window shows it and what is wrong in the interface
language (``people.describe``); a button fixes it where a fix exists (convert Zawgyi,
repair typing slips) or goes there (a missing translation). Clicking the row goes there too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QWidget

from ..errors import Problem
from .people import GO, TYPING, ZAWGYI, Described, describe

_FIELD, _LINE = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1


class PreflightPanel(QListWidget):
    """A list of problems; ``jump`` (field, line) goes to a place, ``fix`` (kind, field) repairs it."""

    jump = Signal(str, object)
    fix = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self.problems: list[Problem] = []
        self.described: list[Described] = []
        self.buttons: list[QPushButton | None] = []
        self.setAccessibleName(self.tr("Preflight problems"))

    def show_problems(self, problems: list[Problem], error: str = "",
                      paragraph: Callable[[Problem], int | None] | None = None,
                      numbers: dict[str, int] | None = None) -> None:
        """Replace the list with *problems* (and a writer error, if any), said for people."""
        self.problems = list(problems)
        self.described = [describe(p, paragraph(p) if paragraph else None, numbers) for p in problems]
        self.buttons = []
        self.clear()
        for problem, said in zip(problems, self.described, strict=True):
            item = QListWidgetItem(("✖ " if said.error else "⚠ ") + said.text)
            item.setData(_FIELD, problem.field)
            item.setData(_LINE, problem.line)
            item.setToolTip(said.text)
            self.addItem(item)
            self.buttons.append(self._button(item, said, problem.field))
        if error:
            item = QListWidgetItem("✖ " + self.tr("The preview could not be made: %1").replace("%1", error))
            self.addItem(item)
            self.buttons.append(None)

    def _button(self, item: QListWidgetItem, said: Described, field: str) -> QPushButton | None:
        labels = {ZAWGYI: self.tr("Convert to Unicode"), TYPING: self.tr("Repair"), GO: self.tr("Go there")}
        if not said.fix or not field:
            return None
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addStretch(1)
        button = QPushButton(labels[said.fix], row)
        line = item.data(_LINE)
        if said.fix == GO:
            button.clicked.connect(lambda _c=False, f=field, n=line: self.jump.emit(f, n))
        else:
            button.clicked.connect(lambda _c=False, k=said.fix, f=field: self.fix.emit(k, f))
        layout.addWidget(button)
        item.setSizeHint(row.sizeHint().expandedTo(item.sizeHint()))
        self.setItemWidget(item, row)
        return button

    def _activated(self, item: QListWidgetItem) -> None:
        field = item.data(_FIELD)
        if field:
            self.jump.emit(field, item.data(_LINE))
