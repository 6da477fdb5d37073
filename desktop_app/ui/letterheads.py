"""File ▸ Letterheads: the organisation's letterheads beside the bundled ones, and the designer's doors.

From here a person makes a new letterhead, derives an event letterhead from an
organisation's (the organisation's look kept, the event's name and dates added), opens one
in the designer, duplicates, renames or deletes it (with confirmation), and saves a copy
beside the release being edited so the two can be mailed together. Bundled letterheads are
never changed: editing one edits a copy. Every button and question is translated; Qt's
standard buttons are not used, since Qt ships no Burmese for them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import ReleaseError
from ..letterhead_draft import DesignerError, LetterheadDraft, derive_event, is_valid_name, name_for
from ..letterhead_store import LetterheadEntry, LetterheadStore
from .designer import LetterheadDesigner
from .fonts import editor_font
from .recovery import forget, orphaned_drafts

LETTERHEAD_SUFFIX = ".letterhead.yaml"


def _buttons(dialog: QDialog, ok: str) -> QHBoxLayout:
    """OK/Cancel in the interface language; OK is the default, Escape cancels."""
    row = QHBoxLayout()
    row.addStretch(1)
    accept = QPushButton(ok, dialog)
    cancel = QPushButton(QCoreApplication.translate("Letterheads", "Cancel"), dialog)
    accept.setDefault(True)
    accept.clicked.connect(dialog.accept)
    cancel.clicked.connect(dialog.reject)
    row.addWidget(accept)
    row.addWidget(cancel)
    return row


class NameDialog(QDialog):
    """Ask for a letterhead's file name (Rename, Duplicate)."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.field = QLineEdit(name, self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #a40000")
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(_buttons(self, self.tr("OK")))
        self.field.setFocus()
        self.field.selectAll()

    def accept(self) -> None:
        if not is_valid_name(self.field.text().strip()):
            self.error.setText(self.tr("A name cannot be empty, contain / \\ : * ? \" < > | or start with a dot."))
            return
        super().accept()

    @property
    def name(self) -> str:
        """The name typed."""
        return self.field.text().strip()


class EventDialog(QDialog):
    """New event letterhead: an organisation's letterhead plus the event's name and dates."""

    def __init__(self, entries: list[LetterheadEntry], chosen: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New event letterhead"))
        self.base = QComboBox(self)
        for entry in entries:
            self.base.addItem(entry.title, entry.name)
        self.base.setCurrentIndex(max(0, self.base.findData(chosen)))
        self.event_my, self.event_en = QLineEdit(self), QLineEdit(self)
        self.note_my, self.note_en = QLineEdit(self), QLineEdit(self)
        for field, burmese in ((self.event_my, True), (self.event_en, False), (self.note_my, True),
                               (self.note_en, False)):
            field.setFont(editor_font(burmese))
        self.note_en.setPlaceholderText(self.tr("e.g. Invitation Only"))
        self.days = QListWidget(self)
        self.days.setMaximumHeight(90)
        self.picker = QDateEdit(self)
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat("yyyy-MM-dd")
        self.picker.setDate(QDate.currentDate())
        add, remove = QPushButton(self.tr("Add day"), self), QPushButton(self.tr("Remove day"), self)
        add.clicked.connect(self._add_day)
        remove.clicked.connect(self._remove_day)
        day_row = QHBoxLayout()
        for widget in (self.picker, add, remove):
            day_row.addWidget(widget)
        day_row.addStretch(1)
        self.dates: list[dt.date] = []
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #a40000")
        form = QFormLayout()
        form.addRow(self.tr("Based on:"), self.base)
        form.addRow(self.tr("Event name, Burmese:"), self.event_my)
        form.addRow(self.tr("Event name, English:"), self.event_en)
        form.addRow(self.tr("Note line, Burmese:"), self.note_my)
        form.addRow(self.tr("Note line, English:"), self.note_en)
        form.addRow(self.tr("Event days:"), self.days)
        form.addRow("", day_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(_buttons(self, self.tr("Create")))
        self.event_my.setFocus()

    def _add_day(self) -> None:
        day = cast(dt.date, self.picker.date().toPython())  # a QDate's Python value is a date
        if day not in self.dates:
            self.dates = sorted([*self.dates, day])
            self._show_days()

    def _remove_day(self) -> None:
        row = self.days.currentRow()
        if self.dates:
            del self.dates[row if row >= 0 else -1]
            self._show_days()

    def _show_days(self) -> None:
        self.days.clear()
        self.days.addItems([d.isoformat() for d in self.dates])

    def accept(self) -> None:
        if not (self.event_my.text().strip() or self.event_en.text().strip()):
            self.error.setText(self.tr("Give the event's name in at least one language."))
            return
        super().accept()

    def derive(self, store: LetterheadStore) -> LetterheadDraft:
        """Build the event letterhead on the chosen organisation letterhead."""
        entry = store.get(self.base.currentData())
        base = LetterheadDraft.open(entry.path) if entry else LetterheadDraft.new()
        return derive_event(base, {"my": self.event_my.text().strip(), "en": self.event_en.text().strip()},
                            self.dates, {"my": self.note_my.text().strip(), "en": self.note_en.text().strip()})


class LetterheadsDialog(QDialog):
    """The letterheads a release can use, and what can be done with each."""

    changed = Signal()  # a letterhead was saved, renamed, duplicated or deleted

    def __init__(self, store: LetterheadStore, recovery_folder: Path, release_path: Path | None = None,
                 sample: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.recovery_folder = recovery_folder
        self.release_path = release_path
        self.sample = sample
        self.designers: list[LetterheadDesigner] = []
        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(lambda _r: self._enable())
        self.list.itemDoubleClicked.connect(lambda _i: self.edit())
        self.new_button, self.event_button, self.edit_button = (QPushButton(self) for _ in range(3))
        self.duplicate_button, self.rename_button, self.delete_button = (QPushButton(self) for _ in range(3))
        self.beside_button, self.close_button = QPushButton(self), QPushButton(self)
        for button, slot in ((self.new_button, self.new), (self.event_button, self.new_event),
                             (self.edit_button, self.edit), (self.duplicate_button, self.duplicate),
                             (self.rename_button, self.rename), (self.delete_button, self.delete),
                             (self.beside_button, self.copy_beside), (self.close_button, self.accept)):
            button.clicked.connect(slot)
        side = QVBoxLayout()
        for button in (self.new_button, self.event_button, self.edit_button, self.duplicate_button,
                       self.rename_button, self.delete_button, self.beside_button):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(self.close_button)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.hint)
        self.resize(820, 440)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Set every text in the current interface language."""
        self.setWindowTitle(self.tr("Letterheads"))
        self.new_button.setText(self.tr("New letterhead…"))
        self.event_button.setText(self.tr("New event letterhead…"))
        self.edit_button.setText(self.tr("Open in designer"))
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.rename_button.setText(self.tr("Rename…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.beside_button.setText(self.tr("Save a copy beside this release"))
        self.close_button.setText(self.tr("Close"))
        self.hint.setText(self.tr("Letterheads that ship with Thadin cannot be changed: opening one in the "
                                  "designer makes your own copy."))
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """List every letterhead, keeping (or moving to) the chosen one."""
        current = select or self.current_name()
        self.list.clear()
        for entry in self.store.entries():
            text = (self.tr("%1 · %2 (ships with Thadin)") if entry.bundled else "%1 · %2") \
                .replace("%1", entry.title).replace("%2", entry.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.name)
            item.setToolTip(entry.name)
            self.list.addItem(item)
            if entry.name == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._enable()

    def current_name(self) -> str:
        """Return the file name of the chosen letterhead ('' when none)."""
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def current(self) -> LetterheadEntry | None:
        """Return the chosen letterhead."""
        return self.store.get(self.current_name()) if self.current_name() else None

    def _enable(self) -> None:
        entry = self.current()
        for button in (self.edit_button, self.duplicate_button):
            button.setEnabled(entry is not None)
        for button in (self.rename_button, self.delete_button):
            button.setEnabled(entry is not None and not entry.bundled)
        self.beside_button.setEnabled(entry is not None and self.release_path is not None)

    # -- actions -------------------------------------------------------------------------------
    def open_designer(self, draft: LetterheadDraft, name: str | None) -> LetterheadDesigner:
        """Open a designer window on *draft* (to be saved as *name*)."""
        designer = LetterheadDesigner(self.store, draft, name, self.recovery_folder, self.sample, self.parentWidget())

        def saved(name: str) -> None:
            self.refresh(name)
            self.changed.emit()

        designer.saved.connect(saved)
        self.designers.append(designer)
        designer.show()
        return designer

    def new(self) -> LetterheadDesigner:
        """Design a blank letterhead with the house defaults."""
        draft = LetterheadDraft.new("")
        return self.open_designer(draft, None)

    def new_event(self) -> LetterheadDesigner | None:
        """Design an event letterhead derived from the chosen one."""
        dialog = EventDialog(self.store.entries(), self.current_name(), self)
        if not dialog.exec():
            return None
        draft = dialog.derive(self.store)
        return self.open_designer(draft, self.store.free_name(name_for(draft.title)))

    def edit(self) -> LetterheadDesigner | None:
        """Open the chosen letterhead in the designer (a bundled one as a copy)."""
        entry = self.current()
        if entry is None:
            return None
        try:
            draft = LetterheadDraft.open(entry.path)
        except ReleaseError:
            self._warn(self.tr("“%1” cannot be opened: the file is damaged.").replace("%1", entry.title))
            return None
        if entry.bundled:
            draft.path = None
            return self.open_designer(draft, self.store.free_name(f"{entry.name}-copy"))
        return self.open_designer(draft, entry.name)

    def duplicate(self) -> None:
        """Copy the chosen letterhead into the user's letterheads."""
        entry = self.current()
        if entry is None:
            return
        dialog = NameDialog(self.tr("Duplicate letterhead"), self.store.free_name(f"{entry.name}-copy"), self)
        if dialog.exec():
            self._guard(lambda: self.refresh(self.store.duplicate(entry.name, dialog.name).name))

    def rename(self) -> None:
        """Rename the chosen letterhead (one of the user's)."""
        entry = self.current()
        if entry is None or entry.bundled:
            return
        dialog = NameDialog(self.tr("Rename letterhead"), entry.name, self)
        if dialog.exec():
            self._guard(lambda: self.refresh(self.store.rename(entry.name, dialog.name).name))

    def delete(self) -> None:
        """Delete the chosen letterhead after asking."""
        entry = self.current()
        if entry is None or entry.bundled:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete letterhead"),
                          self.tr("Delete the letterhead “%1”? Releases that use it will ask for another one.")
                          .replace("%1", entry.title), parent=self)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is delete:

            def delete_entry() -> None:
                self.store.delete(entry.name)
                self.refresh()

            self._guard(delete_entry)

    def copy_beside(self) -> Path | None:
        """Save a copy of the chosen letterhead (and its image) next to the release."""
        entry = self.current()
        if entry is None or self.release_path is None:
            return None
        done: list[Path] = []
        self._guard(lambda: done.append(self.store.copy_beside(entry.name, self.release_path)))
        if done:
            self._inform(self.tr("Saved beside the release: mail the release together with the "
                                 "letterhead file and its image."))
        return done[0] if done else None

    def _guard(self, action) -> None:  # noqa: ANN001 - any callable
        try:
            action()
        except (DesignerError, ReleaseError, OSError) as exc:
            self._warn(self.tr("That did not work:") + "\n" + str(exc))
            return
        self.changed.emit()

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Letterheads"), text, parent=self)
        box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def _inform(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Letterheads"), text, parent=self)
        box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()


def recover_designs(store: LetterheadStore, recovery_folder: Path, parent: QWidget | None) -> list[LetterheadDesigner]:
    """Offer back letterheads a killed session was designing; open each accepted one in a designer."""
    opened = []
    for recovered in orphaned_drafts(recovery_folder, suffix=LETTERHEAD_SUFFIX):
        try:
            draft = LetterheadDraft.open(recovered.draft)
        except ReleaseError:
            forget(recovered)
            continue
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Letterheads", "Recover letterhead"),
                          QCoreApplication.translate("Letterheads", "Thadin was closed while the letterhead “%1” "
                                                     "was being designed. Recover it?")
                          .replace("%1", draft.title or QCoreApplication.translate("Letterheads", "untitled")),
                          parent=parent)
        yes = box.addButton(QCoreApplication.translate("Letterheads", "Recover"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("Letterheads", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(yes)
        box.exec()
        if box.clickedButton() is yes:
            draft.path = recovered.original
            name = recovered.original.name[: -len(LETTERHEAD_SUFFIX)] if recovered.original else None
            designer = LetterheadDesigner(store, draft, name, recovery_folder, None, parent)
            designer.undo_stack.resetClean()  # unsaved until the user saves it
            designer.show()
            opened.append(designer)
        forget(recovered)
    return opened


class MissingLetterheadDialog(QDialog):
    """A release names a letterhead this computer does not have: say which, and offer to pick one."""

    def __init__(self, missing: str, entries: list[LetterheadEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letterhead not found"))
        text = QLabel(self.tr("This release uses the letterhead “%1”, which is not on this computer. "
                              "Pick one of yours to use instead, or ask the sender for the letterhead file.")
                      .replace("%1", missing), self)
        text.setWordWrap(True)
        self.choice = QComboBox(self)
        for entry in entries:
            self.choice.addItem(entry.title, entry.name)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.choice)
        layout.addLayout(_buttons(self, self.tr("Use this letterhead")))
        self.choice.setFocus()

    @property
    def chosen(self) -> str:
        """The file name of the letterhead picked."""
        return str(self.choice.currentData() or "")


class LetterheadsHook(QObject):
    """The main window's way in: File ▸ Letterheads…, design recovery, and missing letterheads.

    Kept beside the designer so the main window only installs it.
    """

    def __init__(self, window: Any) -> None:  # the MainWindow (not imported: it imports this module)
        super().__init__(window)
        self.window = window
        self.store = LetterheadStore(window.user_templates, window.template_dirs()[-1])
        self.recovery_folder = window.recovery.folder.parent / "letterhead-recovery"
        self.dialog: LetterheadsDialog | None = None
        self.designers: list[LetterheadDesigner] = []
        self._asked: set[int] = set()
        self.action = QAction(window)
        self.action.triggered.connect(self.manage)
        menu = window.file_menu
        anchor = next((a for a in menu.actions() if a.isSeparator()), None)
        menu.insertAction(anchor, self.action)
        window.renderer.rendered.connect(self._rendered)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the menu entry's text in the interface language."""
        self.action.setText(self.tr("&Letterheads…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def manage(self) -> LetterheadsDialog:
        """Open File ▸ Letterheads (one dialog, raised when already open)."""
        if self.dialog is None:
            document = self.window.document
            sample = document.draft.data if document.draft.get(("body",), None) else None
            self.dialog = LetterheadsDialog(self.store, self.recovery_folder, document.path, sample, self.window)
            self.dialog.changed.connect(self.letterheads_changed)
            self.dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def letterheads_changed(self) -> None:
        """Offer the new list wherever the window lists letterheads."""
        combo = getattr(self.window.editor, "letterhead", None)
        if isinstance(combo, QComboBox):
            current = combo.currentText()
            combo.clear()
            combo.addItems(self.window.letterheads())
            combo.setCurrentText(current)
        self.window.request_preview(immediately=True)

    def recover(self) -> list[LetterheadDesigner]:
        """Offer back letterheads a killed session was designing."""
        self.designers += recover_designs(self.store, self.recovery_folder, self.window)
        return self.designers

    def _rendered(self, result: Any) -> None:
        document = self.window.document
        if id(document) in self._asked or result.pdf is not None:
            return
        missing = next((p for p in result.problems if p.field == "letterhead"
                        and p.message.startswith("no letterhead named")), None)
        if missing is None:
            return
        self._asked.add(id(document))
        name = str(document.get(("letterhead",), ""))
        dialog = MissingLetterheadDialog(name, self.store.entries(), self.window)
        if dialog.exec() and dialog.chosen:
            document.set(("letterhead",), dialog.chosen, self.tr("Choose letterhead"))
