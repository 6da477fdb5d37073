"""The preflight panel: what `thadin check` finds, live; click a problem to go to its field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ..errors import Problem

_FIELD, _LINE = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1


class PreflightPanel(QListWidget):
    """A list of problems; ``jump`` is emitted with (field, line) when one is activated."""

    jump = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self.problems: list[Problem] = []
        self.setAccessibleName(self.tr("Preflight problems"))

    def show_problems(self, problems: list[Problem], error: str = "") -> None:
        """Replace the list with *problems* (and a writer error, if any)."""
        self.problems = list(problems)
        self.clear()
        for problem in problems:
            where = f"{problem.line}: " if problem.line else ""
            field = f"{problem.field}: " if problem.field else ""
            text = f"{where}{field}{problem.message}"
            if problem.hint:
                text += f" — {problem.hint}"
            item = QListWidgetItem(("⚠ " if problem.severity != "error" else "✖ ") + text)
            item.setData(_FIELD, problem.field)
            item.setData(_LINE, problem.line)
            self.addItem(item)
        if error:
            self.addItem(QListWidgetItem("✖ " + error))

    def _activated(self, item: QListWidgetItem) -> None:
        field = item.data(_FIELD)
        if field:
            self.jump.emit(field, item.data(_LINE))
