"""The preflight panel: what `thadin check` finds, live, said for people, with one-click fixes.

Each row names the place as the window shows it and what is wrong in the interface
language (``people.describe``); a button fixes it where a fix exists (convert Zawgyi,
repair typing slips) or goes there (a missing translation). Clicking the row goes there too.

A model and a view, not a widget per row: a long release opens with some 1,700 warnings,
and a button widget per row took over a second of the GUI thread to make. The buttons are
drawn by the delegate (Qt's own push-button look) and pressed through it; Space presses the
current row's button from the keyboard.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QCursor, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QWidget,
)

from ..errors import Problem
from .people import GO, TYPING, ZAWGYI, Described, describe

#: Item roles beyond Qt's: the field a row goes to, its file line, its fix and its button's words.
FIELD, LINE, FIX, LABEL = (Qt.ItemDataRole.UserRole + n for n in range(4))
_MARGIN = 4  # right of the button, as the row widgets had it


class _Row(NamedTuple):
    """Everything one row shows but its line: equal rows are left as they are (the line updated)."""

    shown: str
    tip: str
    field: str | None
    label: str  # the button's label, "" for none
    fix: str


class PreflightModel(QAbstractListModel):
    """The problems as rows; ``set_rows`` touches only the rows that differ from what is shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._lines: list[int | None] = []
        self.rows_built = 0  # rows (re)made so far: a test checks an unrelated edit makes none

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.shown
        if role == LABEL:
            return row.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tip or None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return row.label or None  # what Space does on this row
        if role == FIELD:
            return row.field
        if role == LINE:
            return self._lines[index.row()]
        return row.fix if role == FIX else None

    def set_rows(self, rows: list[_Row], lines: list[int | None]) -> None:
        """Show *rows*: an unchanged head and tail stay, rows between updated in place, the rest added or removed."""
        old = self._rows
        same = min(len(old), len(rows))
        head = next((i for i in range(same) if old[i] != rows[i]), same)
        tail = next((i for i in range(same - head) if old[-1 - i] != rows[-1 - i]), same - head)
        kept = same - head - tail  # rows between head and tail present in both: updated in place
        if len(old) > len(rows):
            self.beginRemoveRows(QModelIndex(), head + kept, head + kept + len(old) - len(rows) - 1)
            del self._rows[head + kept: head + kept + len(old) - len(rows)]
            del self._lines[head + kept: head + kept + len(old) - len(rows)]
            self.endRemoveRows()
        elif len(rows) > len(old):
            self.beginInsertRows(QModelIndex(), head + kept, head + kept + len(rows) - len(old) - 1)
            self._rows[head + kept: head + kept] = rows[head + kept: head + kept + len(rows) - len(old)]
            self._lines[head + kept: head + kept] = [None] * (len(rows) - len(old))
            self.endInsertRows()
            self.rows_built += len(rows) - len(old)
        changed = [i for i in range(head, head + kept) if self._rows[i] != rows[i]]
        for i in changed:
            self._rows[i] = rows[i]
        self.rows_built += len(changed)
        if changed:
            self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]))
        self._lines = list(lines)  # lines moved by an edit above change nothing on screen


class _ButtonDelegate(QStyledItemDelegate):
    """Draws a row's text and, at its right, its button in the style's own push-button look."""

    pressed = Signal(QModelIndex)

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self._down: QPersistentModelIndex | None = None  # the button held down, drawn sunken
        self._sizes: dict[str, QSize] = {}  # a button's size by its words
        self._text_height = 0  # a row's height without a button
        self._padding = 0  # a row's width beyond its text

    def button_rect(self, option_rect: QRect, label: str) -> QRect:
        """Where a row's button is drawn (and pressed) within the row *option_rect*."""
        size = self._button_size(label)
        return QRect(option_rect.right() - _MARGIN - size.width() + 1,
                     option_rect.top() + (option_rect.height() - size.height()) // 2, size.width(), size.height())

    def _button_size(self, label: str) -> QSize:
        if label not in self._sizes:
            style = self.view.style()
            option = QStyleOptionButton()
            option.text = label
            option.fontMetrics = self.view.fontMetrics()
            text = self.view.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, label)
            self._sizes[label] = style.sizeFromContents(QStyle.ContentsType.CT_PushButton, option, text, None)
        return self._sizes[label]

    def forget_sizes(self) -> None:
        """Measure again (the font or style changed)."""
        self._sizes, self._text_height = {}, 0

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        # Asked for every row when the list is laid out: measured once, then only the text's width
        # (the style's own measure of a row costs ~1 ms in Python for each of ~1,700 rows).
        text = index.data()
        if not self._text_height:
            hint = super().sizeHint(option, index)
            self._text_height = hint.height()
            self._padding = hint.width() - option.fontMetrics.horizontalAdvance(text)
        width = option.fontMetrics.horizontalAdvance(text) + self._padding
        label = index.data(LABEL)
        if not label:
            return QSize(width, self._text_height)
        button = self._button_size(label)
        return QSize(width + button.width() + 2 * _MARGIN, max(self._text_height, button.height()))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        label = index.data(LABEL)
        if not label:
            super().paint(painter, option, index)
            return
        button = self.button_rect(option.rect, label)
        text = QStyleOptionViewItem(option)
        self.initStyleOption(text, index)
        style = self.view.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, text, painter, self.view)
        text.rect = QRect(option.rect.left(), option.rect.top(), button.left() - _MARGIN - option.rect.left(),
                          option.rect.height())
        text.backgroundBrush = QBrush(Qt.BrushStyle.NoBrush)  # the row's background is drawn whole, above
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text, painter, self.view)
        push = QStyleOptionButton()
        push.rect, push.text, push.palette, push.fontMetrics = button, label, option.palette, option.fontMetrics
        push.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
        if self._down is not None and self._down == index:
            push.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Sunken
        elif button.contains(self.view.viewport().mapFromGlobal(QCursor.pos())):
            push.state |= QStyle.StateFlag.State_MouseOver
        style.drawControl(QStyle.ControlElement.CE_PushButton, push, painter, self.view)

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem,  # noqa: ANN001
                    index: QModelIndex | QPersistentModelIndex) -> bool:
        label = index.data(LABEL)
        kind = event.type()
        if not label or kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                                     QEvent.Type.MouseButtonDblClick):
            return super().editorEvent(event, model, option, index)
        mouse: QMouseEvent = event  # type: ignore[assignment]
        inside = self.button_rect(option.rect, label).contains(mouse.position().toPoint())
        if kind == QEvent.Type.MouseButtonRelease:
            was_down, self._down = self._down, None
            self.view.viewport().update(option.rect)
            if was_down is not None and was_down == index and inside:
                self.pressed.emit(self.view.model().index(index.row(), 0))
            return was_down is not None
        if not inside or mouse.button() != Qt.MouseButton.LeftButton:
            return super().editorEvent(event, model, option, index)
        self._down = QPersistentModelIndex(index)
        self.view.viewport().update(option.rect)
        return True  # a press on the button is the button's, not the row's


class PreflightPanel(QListView):
    """A list of problems; ``jump`` (field, line) goes to a place, ``fix`` (kind, field) repairs it."""

    jump = Signal(str, object)
    fix = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = PreflightModel(self)
        self.setModel(self.rows)
        self.delegate = _ButtonDelegate(self)
        self.setItemDelegate(self.delegate)
        self.delegate.pressed.connect(self.press)
        self.setMouseTracking(True)  # the button under the mouse is drawn hovered
        self.setUniformItemSizes(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activated.connect(self._activated)
        self.clicked.connect(self._activated)
        self.problems: list[Problem] = []
        self.described: list[Described] = []
        self.descriptions_made = 0  # problems said for people so far (the same test)
        self._said: dict[tuple, Described] = {}
        self._words: tuple[dict[str, int], dict[str, str]] = ({}, {})
        self._hovered = QPersistentModelIndex()
        self.setAccessibleName(self.tr("Preflight problems"))

    @property
    def rows_built(self) -> int:
        """Rows made or remade so far (a test checks an unrelated edit makes none)."""
        return self.rows.rows_built

    def texts(self) -> list[str]:
        """Every row's line, as the list shows it."""
        return [self.rows.index(r).data() for r in range(self.rows.rowCount())]

    def labels(self) -> list[str]:
        """Every row's button words ("" where the row has no button)."""
        return [self.rows.index(r).data(LABEL) for r in range(self.rows.rowCount())]

    def button_rect(self, row: int) -> QRect:
        """Where row *row*'s button is on the viewport (empty when it has none)."""
        index = self.rows.index(row)
        label = index.data(LABEL)
        return self.delegate.button_rect(self.visualRect(index), label) if label else QRect()

    def show_problems(self, problems: list[Problem], error: str = "",
                      paragraph: Callable[[Problem], int | None] | None = None,
                      numbers: dict[str, int] | None = None) -> None:
        """Replace the list with *problems* (and a writer error, if any), said for people.

        Only rows that differ from what is shown are touched: a render after an edit elsewhere
        gives the same ~2,000 warnings of a long release.
        """
        self.problems = list(problems)
        labels = {ZAWGYI: self.tr("Convert to Unicode"), TYPING: self.tr("Repair"), GO: self.tr("Go there")}
        # Problems said last time are not said again while the words (language, numbers) stay.
        words = (dict(numbers or {}), labels)
        known = self._said if words == self._words else {}
        said_now: dict[tuple, Described] = {}
        self.described = []
        for problem in problems:
            # Its line is not said (the paragraph is): lines moved by an edit above say nothing new.
            # What is said (people.describe): the field, paragraph, wording and severity (a plain
            # tuple: a Problem copied without its line, and hashed, took ~70 ms for 1,700 rows).
            at = paragraph(problem) if paragraph else None
            key = (problem.field, at, problem.message, problem.hint, problem.severity)
            said = said_now.get(key)
            if said is None:
                said = known.get(key)
                if said is None:
                    said = describe(problem, at, numbers)
                    self.descriptions_made += 1
                said_now[key] = said
            self.described.append(said)
        self._said, self._words = said_now, words
        rows: list[_Row] = [_Row(("✖ " if said.error else "⚠ ") + said.text, said.text, p.field,
                                 labels[said.fix] if said.fix and p.field else "", said.fix)
                            for p, said in zip(problems, self.described, strict=True)]
        lines = [p.line for p in problems]
        if error:
            text = "✖ " + self.tr("The preview could not be made: %1").replace("%1", error)
            rows.append(_Row(text, "", None, "", ""))
            lines.append(None)
        self.rows.set_rows(rows, lines)

    def press(self, index: QModelIndex) -> None:
        """Do what row *index*'s button says: fix it there, or go there."""
        kind, field = index.data(FIX), index.data(FIELD)
        if not field or not index.data(LABEL):
            return
        if kind == GO:
            self._activated(index)  # its line now
        else:
            self.fix.emit(kind, field)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.delegate.forget_sizes()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid() and self.currentIndex().data(LABEL):
            self.press(self.currentIndex())
            return
        super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        for row in (self._hovered, index):  # the button's hover look follows the mouse
            if row.isValid() and row.data(LABEL):
                self.viewport().update(self.visualRect(self.rows.index(row.row())))
        self._hovered = QPersistentModelIndex(index)
        super().mouseMoveEvent(event)

    def _activated(self, index: QModelIndex) -> None:
        field = index.data(FIELD)
        if field:
            self.jump.emit(field, index.data(LINE))
