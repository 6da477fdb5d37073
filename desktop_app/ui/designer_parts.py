"""The letterhead designer's pieces: the banner image box, the banner lines list and a line's editor.

Each widget shows a :class:`LetterheadDraft` and asks the designer to change it through
``edit(description, action)``, so every change is one undo step and is validated the
same way; the widgets never write the draft themselves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..dates import format_dates
from ..letterhead_draft import LetterheadDraft
from ..myanmar.dates import format_date as burmese_date
from .fonts import editor_font

#: ``edit(description, action, merge_key="")``: the designer applies *action* as one undo step.
Edit = Callable[..., None]
#: Below this many pixels per inch a printed banner looks soft.
SHARP_DPI = 150
#: Screen pixels per printed millimetre in the image box (the box shows the print size at 1:1 on a 96 dpi screen).
SCREEN_PX_PER_MM = 96 / 25.4


class ImageBox(QWidget):
    """The banner image at its printed size, with its resolution, and Import / Remove."""

    importRequested = Signal()
    removeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumHeight(60)
        self.picture.setStyleSheet("background: white; border: 1px solid #bbb")
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.import_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.import_button.clicked.connect(self.importRequested)
        self.remove_button.clicked.connect(self.removeRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        layout.addWidget(self.info)
        layout.addLayout(buttons)
        self._draft: LetterheadDraft | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current interface language."""
        self.import_button.setText(self.tr("Import image…"))
        self.remove_button.setText(self.tr("Remove image"))
        self.picture.setAccessibleName(self.tr("Banner image at print size"))
        if self._draft is not None:
            self.show_draft(self._draft)

    def show_draft(self, draft: LetterheadDraft) -> None:
        """Show the draft's image at its printed size and say how sharply it prints."""
        self._draft = draft
        self.remove_button.setEnabled(draft.image is not None)
        if draft.image is None:
            self.picture.setPixmap(QPixmap())
            self.picture.setText(self.tr("No image: the banner is its text lines only."))
            self.info.setText("")
            return
        pixmap = QPixmap()
        pixmap.loadFromData(draft.image.data)
        width_mm, height_mm = draft.printed_banner_mm() or (0.0, 0.0)
        self.picture.setText("")
        self.picture.setPixmap(pixmap.scaled(round(width_mm * SCREEN_PX_PER_MM), round(height_mm * SCREEN_PX_PER_MM),
                                             Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
        dpi = draft.banner_dpi() or 0
        text = (self.tr("%1 × %2 pixels, printed %3 × %4 mm: %5 pixels per inch.")
                .replace("%1", str(draft.image.width)).replace("%2", str(draft.image.height))
                .replace("%3", f"{width_mm:.0f}").replace("%4", f"{height_mm:.0f}").replace("%5", str(dpi)))
        if dpi < SHARP_DPI:
            text += " " + self.tr("It will print soft; an image at least %1 pixels wide prints sharply.").replace(
                "%1", str(round(width_mm / 25.4 * SHARP_DPI)))
        self.info.setText(text)


def line_summary(line: dict, languages: list[str]) -> str:
    """One row of the lines list: the line's text as printed (dates in Burmese and English)."""
    if "dates" in line:
        dates = tuple(line.get("dates") or ())
        return " · ".join(format_dates(dates, lang) for lang in languages) if dates else "…"
    texts = [str(line[lang]) for lang in languages if line.get(lang)]
    return str(line.get("join", " ")).join(texts) if texts else "…"


class LinesEditor(QWidget):
    """The banner's lines: a list (add, move, remove) and the chosen line's editor below it."""

    def __init__(self, edit: Edit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self._draft: LetterheadDraft | None = None
        self.list = QListWidget(self)
        self.list.setMinimumHeight(110)
        self.list.currentRowChanged.connect(self._row_changed)
        self.add_text = QPushButton(self)
        self.add_dates = QPushButton(self)
        self.up, self.down, self.remove = QPushButton(self), QPushButton(self), QPushButton(self)
        self.add_text.clicked.connect(lambda: self._add(dates=False))
        self.add_dates.clicked.connect(lambda: self._add(dates=True))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        for button in (self.add_text, self.add_dates, self.up, self.down, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.stack = QStackedWidget(self)
        self.empty = QLabel(self)
        self.text_editor = TextLineEditor(edit, self)
        self.dates_editor = DatesLineEditor(edit, self)
        for widget in (self.empty, self.text_editor, self.dates_editor):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.stack)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current interface language."""
        self.add_text.setText(self.tr("Add text line"))
        self.add_dates.setText(self.tr("Add dates line"))
        self.up.setText(self.tr("Move up"))
        self.down.setText(self.tr("Move down"))
        self.remove.setText(self.tr("Remove line"))
        self.list.setAccessibleName(self.tr("Banner lines"))
        self.empty.setText(self.tr("Choose a line to edit it, or add one."))
        self.text_editor.retranslate()
        self.dates_editor.retranslate()

    def show_draft(self, draft: LetterheadDraft) -> None:
        """Show the draft's lines, keeping the chosen row."""
        self._draft = draft
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for line in draft.lines:
            item = QListWidgetItem(line_summary(line, draft.languages))
            item.setFont(editor_font(True, 10))
            self.list.addItem(item)
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._row_changed(self.list.currentRow())

    def select(self, row: int) -> None:
        """Choose line *row* (after adding or moving it)."""
        self.list.setCurrentRow(row)

    def _row_changed(self, row: int) -> None:
        draft = self._draft
        valid = draft is not None and 0 <= row < len(draft.lines)
        for button in (self.up, self.down, self.remove):
            button.setEnabled(valid)
        if draft is None or not valid:
            self.stack.setCurrentWidget(self.empty)
            return
        line = draft.lines[row]
        editor = self.dates_editor if "dates" in line else self.text_editor
        editor.show_line(row, line, draft.languages)
        self.stack.setCurrentWidget(editor)

    def _add(self, dates: bool) -> None:
        holder: list[int] = []

        def add(draft: LetterheadDraft) -> None:
            holder.append(draft.add_dates_line([dt.date.today()]) if dates else draft.add_text_line({}))

        self._edit(self.tr("Add dates line") if dates else self.tr("Add text line"), add)
        if holder:
            self.select(holder[0])

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        if self._draft is None or not 0 <= row + step < len(self._draft.lines):
            return
        self._edit(self.tr("Move line"), lambda d: d.move_line(row, row + step))
        self.select(row + step)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self._edit(self.tr("Remove line"), lambda d: d.remove_line(row))


def style_box(parent: QWidget) -> QComboBox:
    """Return a line-style chooser (normal, subtitle, title), its data the file's word."""
    box = QComboBox(parent)
    for style in ("normal", "subtitle", "title"):
        box.addItem("", style)
    return box


def name_styles(box: QComboBox) -> None:
    """Name the styles in the interface language."""
    names = {"normal": QCoreApplication.translate("LineStyles", "Normal"),
             "subtitle": QCoreApplication.translate("LineStyles", "Subtitle (italic)"),
             "title": QCoreApplication.translate("LineStyles", "Title (large, bold)")}
    for i in range(box.count()):
        box.setItemText(i, names[box.itemData(i)])


class TextLineEditor(QWidget):
    """A text line: its Burmese and English text, what joins them, its style."""

    def __init__(self, edit: Edit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self.row = -1
        self.burmese, self.english = QLineEdit(self), QLineEdit(self)
        self.burmese.setFont(editor_font(True))
        self.english.setFont(editor_font(False))
        self.join = QLineEdit(self)
        self.line_style = style_box(self)
        self.burmese.textEdited.connect(lambda t: self._set_text("my", t))
        self.english.textEdited.connect(lambda t: self._set_text("en", t))
        self.join.textEdited.connect(lambda t: self._edit(self.tr("Change joining text"),
                                                          lambda d: d.set_line_join(self.row, t), f"join{self.row}"))
        self.line_style.activated.connect(lambda _i: self._edit(
            self.tr("Change line style"), lambda d: d.set_line_style(self.row, self.line_style.currentData())))
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(self.labels, (self.burmese, self.english, self.join, self.line_style), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current interface language."""
        for label, text in zip(self.labels, (self.tr("Burmese:"), self.tr("English:"), self.tr("Between them:"),
                                             self.tr("Style:")), strict=True):
            label.setText(text)
        self.join.setToolTip(self.tr("Printed between the Burmese and the English text, e.g. ' - '"))
        name_styles(self.line_style)

    def show_line(self, row: int, line: dict, languages: list[str]) -> None:
        """Show line *row* (without moving the cursor of a field being typed in)."""
        self.row = row
        for lang, field in (("my", self.burmese), ("en", self.english)):
            field.setEnabled(lang in languages)
            if field.text() != line.get(lang, ""):
                field.setText(str(line.get(lang, "")))
        if self.join.text() != line.get("join", " "):
            self.join.setText(str(line.get("join", " ")))
        self.line_style.setCurrentIndex(max(0, self.line_style.findData(line.get("style", "normal"))))

    def _set_text(self, lang: str, text: str) -> None:
        row = self.row
        self._edit(self.tr("Type in banner line"), lambda d: d.set_line_text(row, lang, text), f"line{row}.{lang}")


class DatesLineEditor(QWidget):
    """A dates line: the event's days (picked on a calendar) and its style."""

    def __init__(self, edit: Edit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self.row = -1
        self._dates: list[dt.date] = []
        self.days = QListWidget(self)
        self.days.setMaximumHeight(90)
        self.picker = QDateEdit(self)
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat("yyyy-MM-dd")
        self.picker.setDate(QDate.currentDate())
        self.add_day, self.remove_day = QPushButton(self), QPushButton(self)
        self.add_day.clicked.connect(self._add_day)
        self.remove_day.clicked.connect(self._remove_day)
        self.line_style = style_box(self)
        self.line_style.activated.connect(lambda _i: self._edit(
            self.tr("Change line style"), lambda d: d.set_line_style(self.row, self.line_style.currentData())))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.picker)
        row.addWidget(self.add_day)
        row.addWidget(self.remove_day)
        row.addStretch(1)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.days_label, self.style_label = QLabel(self), QLabel(self)
        self.form.addRow(self.days_label, self.days)
        self.form.addRow("", row)
        self.form.addRow(self.style_label, self.line_style)
        self.form.addRow(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current interface language."""
        self.days_label.setText(self.tr("Days:"))
        self.style_label.setText(self.tr("Style:"))
        self.add_day.setText(self.tr("Add day"))
        self.remove_day.setText(self.tr("Remove day"))
        self.picker.setAccessibleName(self.tr("Day to add"))
        self.hint.setText(self.tr("The days are printed in every language of the letterhead; "
                                  "days of one month are grouped, as in 29th, 30th, 31st January 2024."))
        name_styles(self.line_style)

    def show_line(self, row: int, line: dict, _languages: list[str]) -> None:
        """Show dates line *row*."""
        self.row = row
        self._dates = list(line.get("dates") or [])
        self.days.clear()
        for day in self._dates:
            self.days.addItem(f"{day.isoformat()}  ·  {burmese_date(day)}")
        self.line_style.setCurrentIndex(max(0, self.line_style.findData(line.get("style", "normal"))))
        self.remove_day.setEnabled(bool(self._dates))

    def _add_day(self) -> None:
        day = self.picker.date().toPython()
        self._edit(self.tr("Add day"), lambda d: d.set_line_dates(self.row, [*self._dates, day]))

    def _remove_day(self) -> None:
        index = self.days.currentRow()
        if index < 0:
            index = len(self._dates) - 1
        keep = [d for i, d in enumerate(self._dates) if i != index]
        self._edit(self.tr("Remove day"), lambda d: d.set_line_dates(self.row, keep))
