"""The preflight panel: what `thadin check` finds, live, said for people, with one-click fixes.

Each row names the place as the window shows it and what is wrong in the interface
language (``people.describe``); a button fixes it where a fix exists (convert Zawgyi,
repair typing slips) or goes there (a missing translation). Clicking the row goes there too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QWidget

from ..errors import Problem
from .people import GO, TYPING, ZAWGYI, Described, describe

_FIELD, _LINE = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1


class _Row(NamedTuple):
    """Everything one row shows but its line: equal rows are left as they are (the line updated)."""

    shown: str
    tip: str
    field: str | None
    label: str  # the button's label, "" for none
    fix: str


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
        self._rows: list[_Row] = []  # what each shown row says, to touch only rows that change
        self.rows_built = 0  # rows (re)made so far: a test checks an unrelated edit makes none
        self.descriptions_made = 0  # problems said for people so far (the same test)
        self._said: dict[tuple[Problem, int | None], Described] = {}
        self._words: tuple[dict[str, int], dict[str, str]] = ({}, {})
        self.setAccessibleName(self.tr("Preflight problems"))

    def show_problems(self, problems: list[Problem], error: str = "",
                      paragraph: Callable[[Problem], int | None] | None = None,
                      numbers: dict[str, int] | None = None) -> None:
        """Replace the list with *problems* (and a writer error, if any), said for people.

        Only rows that differ from what is shown are touched: a render after an edit elsewhere
        gives the same ~2,000 warnings of a long release, and rebuilding each row (its item and
        button widget) on the GUI thread froze the window for most of a minute.
        """
        self.problems = list(problems)
        labels = {ZAWGYI: self.tr("Convert to Unicode"), TYPING: self.tr("Repair"), GO: self.tr("Go there")}
        # Problems said last time are not said again while the words (language, numbers) stay.
        words = (dict(numbers or {}), labels)
        known = self._said if words == self._words else {}
        said_now: dict[tuple[Problem, int | None], Described] = {}
        self.described = []
        for problem in problems:
            # Its line is not said (the paragraph is): lines moved by an edit above say nothing new.
            key = (replace(problem, line=None, column=None), paragraph(problem) if paragraph else None)
            if key not in said_now:
                said_now[key] = known.get(key) or describe(problem, key[1], numbers)
                self.descriptions_made += key not in known
            self.described.append(said_now[key])
        self._said, self._words = said_now, words
        rows: list[_Row] = [_Row(("✖ " if said.error else "⚠ ") + said.text, said.text, p.field,
                                 labels[said.fix] if said.fix and p.field else "", said.fix)
                            for p, said in zip(problems, self.described, strict=True)]
        lines = [p.line for p in problems]
        if error:
            text = "✖ " + self.tr("The preview could not be made: %1").replace("%1", error)
            rows.append(_Row(text, "", None, "", ""))
            lines.append(None)
        old = list(self._rows)
        same = min(len(old), len(rows))
        head = next((i for i in range(same) if old[i] != rows[i]), same)
        tail = next((i for i in range(same - head) if old[-1 - i] != rows[-1 - i]), same - head)
        # Rows between the unchanged head and tail: reused in place, the difference removed or
        # inserted there (a warning added in the middle moves no other row).
        kept = min(len(old), len(rows)) - head - tail
        for _ in range(len(old) - len(rows)):
            self.takeItem(head + kept)
            del self._rows[head + kept], self.buttons[head + kept]
        for index in range(head + kept, head + kept + len(rows) - len(old)):
            self.insertItem(index, QListWidgetItem())
            self._rows.insert(index, rows[index])
            self.buttons.insert(index, None)
        made = []
        for index in range(head, len(rows) - tail):
            item = self.item(index)
            if index < head + kept:
                if old[index] == rows[index]:
                    continue
                self.removeItemWidget(item)
                item.setSizeHint(QSize())  # the old button's size no longer applies
                self._rows[index], self.buttons[index] = rows[index], None
            item.setText(rows[index].shown)
            item.setData(_FIELD, rows[index].field)
            item.setToolTip(rows[index].tip)
            made.append(index)
        for index, line in enumerate(lines):
            item = self.item(index)
            if item.data(_LINE) != line:  # lines above it added or removed
                item.setData(_LINE, line)
        self.rows_built += len(made)
        # Widgets after every item is in: each row inserted re-lays out every row widget already set.
        for index in made:
            self.buttons[index] = self._button(self.item(index), self._rows[index])

    def _button(self, item: QListWidgetItem, row: _Row) -> QPushButton | None:
        if not row.label:
            return None
        widget = QWidget(self)
        layout = QHBoxLayout(widget)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addStretch(1)
        button = QPushButton(row.label, widget)
        if row.fix == GO:
            button.clicked.connect(lambda _c=False, i=item: self._activated(i))  # its line now
        else:
            button.clicked.connect(lambda _c=False, k=row.fix, f=row.field: self.fix.emit(k, f))
        layout.addWidget(button)
        item.setSizeHint(widget.sizeHint().expandedTo(item.sizeHint()))
        self.setItemWidget(item, widget)
        return button

    def _activated(self, item: QListWidgetItem) -> None:
        field = item.data(_FIELD)
        if field:
            self.jump.emit(field, item.data(_LINE))
