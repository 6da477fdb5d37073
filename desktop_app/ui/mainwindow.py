"""The main window: editor on the left, the real PDF preview on the right, preflight below."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .. import service
from ..draft import Draft
from ..errors import Problem, ReleaseError, ThadinError
from ..export import DOCX, PDF
from ..fileformat.yamlsource import parse_yaml_text
from ..footnote_parts import is_empty, new_note_id
from ..myanmar.normalize import fix_safe
from ..myanmar.zawgyi import ZawgyiConversionError, convert_zawgyi
from ..resources import templates_dir
from ..textcheck import release_lean
from .about import install_help_menu
from .dialogs import FootnoteDialog, LinkDialog, PreferencesDialog
from .document import ReleaseDocument
from .editor import EditorPanel
from .exporting import run_export
from .fields import FieldSignals
from .letterheads import LetterheadsHook
from .notes import note_summary
from .people import TYPING, ZAWGYI, describe, place
from .preflight import PreflightPanel
from .preview import PreviewPane, PreviewRenderer, RenderResult
from .recovery import RecoveryStore
from .start import RecentFiles, StartHook, folder_as_read

RELEASE_FILTER = "Thadin release (*.release.yaml *.yaml)"


class Prompts(QObject):
    """Every question the window asks the user, in one place tests can replace."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

    def file_dialog(self, title: str, folder: str, mode: str) -> QFileDialog:
        """Return Qt's own file dialog with every label in the interface language ("open", "save", "folder")."""
        dialog = QFileDialog(self.window, title, folder, RELEASE_FILTER if mode != "folder" else "")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the system's would be in its own language
        if mode == "folder":
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        elif mode == "save":
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Thadin release (*.release.yaml *.yaml)") if mode != "folder" else "")
        labels = {QFileDialog.DialogLabel.LookIn: self.tr("Look in:"),
                  QFileDialog.DialogLabel.FileName: self.tr("Folder:") if mode == "folder" else self.tr("File name:"),
                  QFileDialog.DialogLabel.FileType: self.tr("Files of type:"),
                  QFileDialog.DialogLabel.Accept: {"open": self.tr("Open"), "save": self.tr("Save"),
                                                   "folder": self.tr("Choose")}[mode],
                  QFileDialog.DialogLabel.Reject: self.tr("Cancel")}
        for label, text in labels.items():
            dialog.setLabelText(label, text)
        inside = {"backButton": self.tr("Back"), "forwardButton": self.tr("Forward"),
                  "toParentButton": self.tr("Parent folder"), "newFolderButton": self.tr("New folder"),
                  "listModeButton": self.tr("List"), "detailModeButton": self.tr("Details"),
                  "sidebar": self.tr("Places"), "listView": self.tr("Files"), "treeView": self.tr("Files")}
        for name, text in inside.items():  # Qt's own words here have no Burmese translation
            for widget in dialog.findChildren(QWidget, name):
                widget.setToolTip(text)
                widget.setAccessibleName(text)
        return dialog

    def _chosen(self, dialog: QFileDialog) -> Path | None:
        return Path(dialog.selectedFiles()[0]) if dialog.exec() and dialog.selectedFiles() else None

    def open_path(self, folder: str) -> Path | None:
        """Ask for a release file to open."""
        return self._chosen(self.file_dialog(self.tr("Open release"), folder, "open"))

    def save_path(self, suggestion: str) -> Path | None:
        """Ask where to save the release."""
        dialog = self.file_dialog(self.tr("Save release"), str(Path(suggestion).parent), "save")
        dialog.selectFile(Path(suggestion).name)
        chosen = self._chosen(dialog)
        if chosen is None:
            return None
        return chosen if chosen.name.endswith((".yaml", ".yml")) else chosen.with_name(chosen.name + ".release.yaml")

    def export_folder(self, folder: str) -> Path | None:
        """Ask for the folder to export into."""
        return self._chosen(self.file_dialog(self.tr("Export to folder"), folder, "folder"))

    def box(self, icon: QMessageBox.Icon, title: str, text: str,
            buttons: list[QMessageBox.StandardButton], default: QMessageBox.StandardButton | None = None
            ) -> QMessageBox:
        """Return a message box whose buttons say their words in the interface language (Qt has no Burmese)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self.window)
        words = {QMessageBox.StandardButton.Save: self.tr("Save"),
                 QMessageBox.StandardButton.Discard: self.tr("Don't save"),
                 QMessageBox.StandardButton.Cancel: self.tr("Cancel"),
                 QMessageBox.StandardButton.Ok: self.tr("OK"),
                 QMessageBox.StandardButton.Yes: self.tr("Recover"),
                 QMessageBox.StandardButton.No: self.tr("Discard it")}
        for button in buttons:
            box.addButton(button).setText(words[button])
        if default is not None:
            box.setDefaultButton(default)
        return box

    def unsaved_box(self, name: str) -> QMessageBox:
        """Return the Save / Don't save / Cancel question for unsaved changes."""
        buttons = QMessageBox.StandardButton
        return self.box(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                        self.tr("Save the changes to %1 before closing?").replace("%1", name),
                        [buttons.Save, buttons.Discard, buttons.Cancel], buttons.Save)

    def unsaved(self, name: str) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel for unsaved changes."""
        return QMessageBox.StandardButton(self.unsaved_box(name).exec())

    def exported_box(self, paths: list[Path]) -> tuple[QMessageBox, dict[str, QPushButton]]:
        """Return the box saying what was written, with its Open PDF and Show in folder buttons."""
        box = self.box(QMessageBox.Icon.Information, self.tr("Exported"),
                       self.tr("Written:") + "\n" + "\n".join(p.name for p in paths), [QMessageBox.StandardButton.Ok])
        buttons = {"folder": box.addButton(self.tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)}
        if any(p.suffix == ".pdf" for p in paths):
            buttons["pdf"] = box.addButton(self.tr("Open PDF"), QMessageBox.ButtonRole.ActionRole)
        return box, buttons

    def exported(self, paths: list[Path]) -> str:
        """Tell the user what was written; return "pdf" or "folder" when they ask to open one, else ""."""
        box, buttons = self.exported_box(paths)
        box.exec()
        return next((name for name, button in buttons.items() if box.clickedButton() is button), "")

    def replace_box(self, paths: list[Path]) -> QMessageBox:
        """Return the question before files already there are replaced."""
        buttons = QMessageBox.StandardButton
        box = self.box(QMessageBox.Icon.Question, self.tr("Replace files?"),
                       self.tr("These files already exist and will be replaced:") + "\n" +
                       "\n".join(p.name for p in paths), [buttons.Cancel], buttons.Cancel)
        box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        return box

    def replace(self, paths: list[Path]) -> bool:
        """Ask before replacing exported files; True to go ahead."""
        box = self.replace_box(paths)
        box.exec()
        return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole

    def problems_box(self, title: str, problems: list[Problem], message: str = "") -> QMessageBox:
        """Return the box listing problems that stop an action, said for people."""
        said = "\n".join("• " + describe(p).text for p in problems[:12])
        return self.box(QMessageBox.Icon.Warning, title, message + ("\n\n" if message else "") + said,
                        [QMessageBox.StandardButton.Ok])

    def problems(self, title: str, problems: list[Problem], message: str = "") -> None:
        """Show problems that stop an action."""
        self.problems_box(title, problems, message).exec()

    def recover_box(self, when: str, original: str) -> QMessageBox:
        """Return the offer of a draft left by a session that did not close cleanly."""
        buttons = QMessageBox.StandardButton
        return self.box(QMessageBox.Icon.Question, self.tr("Recover unsaved work"),
                        self.tr("Thadin was closed without saving %1 (last autosaved %2). Recover it?")
                        .replace("%1", original).replace("%2", when), [buttons.Yes, buttons.No], buttons.Yes)

    def recover(self, when: str, original: str) -> QMessageBox.StandardButton:
        """Offer a draft left by a session that did not close cleanly."""
        return QMessageBox.StandardButton(self.recover_box(when, original).exec())


def field_path(field: str) -> tuple:
    """Return the path tuple of dotted *field* (``signatories[1].en`` → ``("signatories", 1, "en")``)."""
    parts: list[str | int] = []
    for piece in field.replace("]", "").split("."):
        name, *indexes = piece.split("[")
        if name:
            parts.append(name)
        parts += [int(i) for i in indexes]
    return tuple(parts)


class ZawgyiBar(QWidget):
    """A bar offering to convert Zawgyi text that was just pasted or typed."""

    convert = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: tuple = ()
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.dismiss = QPushButton(self)
        self.button.clicked.connect(self._convert)
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.dismiss)
        self.setStyleSheet("background: #fff4ce")
        self.retranslate()
        self.hide()

    def _convert(self) -> None:
        self.hide()
        self.convert.emit(self.path)

    def offer(self, path: tuple) -> None:
        """Show the offer for the field at *path*."""
        self.path = path
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        """Set the texts in the current interface language."""
        field = place(".".join(str(p) for p in self.path))
        self.label.setText(self.tr("The Burmese text entered in %1 looks like Zawgyi, which prints as garbage.")
                           .replace("%1", field))
        self.button.setText(self.tr("Convert to Unicode"))
        self.dismiss.setText(self.tr("Keep as typed"))


class MainWindow(QMainWindow):
    """The app's one window."""

    languageRequested = Signal(str)
    documentReplaced = Signal()  # New, Open, Recover or a start-screen door put another release on screen

    def __init__(self, document: ReleaseDocument, settings: QSettings, user_templates: Path, recovery_folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.user_templates = user_templates
        self.prompts = Prompts(self)
        self.document = document
        document.setParent(self)
        self.signals = FieldSignals(self)
        self.recovery = RecoveryStore(recovery_folder)
        self.recovery.failed.connect(lambda _reason: self.statusBar().showMessage(
            self.tr("The automatic copy of your text could not be written; save your work now."), 8000))
        self.renderer = PreviewRenderer(self.template_dirs(), self)
        self.last_result: RenderResult | None = None

        self.editor = EditorPanel(document, self.signals, self.letterheads(), self)
        self.preview = PreviewPane(self)
        self.zawgyi_bar = ZawgyiBar(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.zawgyi_bar)
        left_layout.addWidget(self.editor, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.preflight = PreflightPanel(self)
        self.preflight_dock = QDockWidget(self)
        self.preflight_dock.setObjectName("preflight")
        self.preflight_dock.setWidget(self.preflight)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.preflight_dock)
        self.resizeDocks([self.preflight_dock], [140], Qt.Orientation.Vertical)
        self.status = QLabel(self)
        self.statusBar().addPermanentWidget(self.status)

        self._build_actions()
        self._connect()
        self.autosave = QTimer(self)
        self.autosave.setInterval(500)
        self.autosave.timeout.connect(self._autosave_tick)
        self.autosave.start()
        self.retranslate()
        self._restore_state()
        self.letterhead_tools = LetterheadsHook(self)
        self._preview_waits = False  # a render asked for while the start screen covers the window
        self.start = StartHook(self)
        self._document_replaced(render=False)
        # The first render after construction, once ``create_window`` has put up the start
        # screen if it does: the sample under the doors is not rendered (it slowed their pictures).
        QTimer.singleShot(0, self, self._first_preview)

    # -- set-up ----------------------------------------------------------------------------
    def template_dirs(self) -> list[Path]:
        """Where letterheads are looked up by name: the user's folder, then the bundled one."""
        return [self.user_templates, templates_dir()]

    def letterheads(self) -> list[str]:
        """Names of every letterhead available."""
        names = []
        for folder in self.template_dirs():
            names += sorted(p.name[: -len(".letterhead.yaml")] for p in folder.glob("*.letterhead.yaml"))
        return list(dict.fromkeys(names))

    def _action(self, shortcut: QKeySequence | QKeySequence.StandardKey | None, slot) -> QAction:  # noqa: ANN001
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(keys.New, self.new_release)
        self.open_action = self._action(keys.Open, self.open_release)
        self.save_action = self._action(keys.Save, self.save)
        self.save_as_action = self._action(keys.SaveAs, self.save_as)
        self.export_pdf_action = self._action(QKeySequence("Ctrl+E"), lambda: self.export_release((PDF,)))
        self.export_docx_action = self._action(None, lambda: self.export_release((DOCX,)))
        self.export_both_action = self._action(QKeySequence("Ctrl+Shift+E"), lambda: self.export_release((PDF, DOCX)))
        self.quit_action = self._action(keys.Quit, self.close)
        self.undo_action = self.document.undo_stack.createUndoAction(self)
        self.redo_action = self.document.undo_stack.createRedoAction(self)
        self.undo_action.setShortcut(keys.Undo)
        self.redo_action.setShortcut(keys.Redo)
        self.preferences_action = self._action(keys.Preferences, self.preferences)
        self.file_menu = self.menuBar().addMenu("")
        self.recent_menu = self.file_menu.addMenu("")
        for action in (self.new_action, self.open_action):
            self.file_menu.insertAction(self.recent_menu.menuAction(), action)
        self.file_menu.addSeparator()
        for entry in (self.save_action, self.save_as_action, None, self.export_pdf_action,
                      self.export_docx_action, self.export_both_action, None, self.quit_action):
            if entry is None:
                self.file_menu.addSeparator()
            else:
                self.file_menu.addAction(entry)
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)
        self.insert_menu = self.menuBar().addMenu("")
        for action in (self.editor.bold, self.editor.italic, self.editor.heading, self.editor.link,
                       self.editor.footnote):
            self.insert_menu.addAction(action)
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.addAction(self.preflight_dock.toggleViewAction())
        self.help_menu = install_help_menu(self)  # Help ▸ About Thadin (desktop_app/ui/about.py)

    def _connect(self) -> None:
        self.signals.zawgyiEntered.connect(self.zawgyi_bar.offer)
        self.signals.focused.connect(self.editor.remember_body)
        self.zawgyi_bar.convert.connect(self.convert_zawgyi)
        self.editor.link.triggered.connect(self.insert_link)
        self.editor.footnote.triggered.connect(self.insert_footnote)
        self.renderer.rendered.connect(self._rendered)
        self.renderer.partial.connect(self.preview.show_partial)  # the edited page first
        self.renderer.busyChanged.connect(self._busy)
        self.preview.shown.connect(self._shown)
        self.preflight.jump.connect(self.jump_to)
        self.preflight.fix.connect(self.fix_problem)
        self.follow = QTimer(self)
        self.follow.setSingleShot(True)
        self.follow.setInterval(300)
        self.follow.timeout.connect(self.follow_cursor)
        for body in self.editor.bodies.values():
            body.cursorPositionChanged.connect(self.follow.start)

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    # -- document ----------------------------------------------------------------------------
    def set_document(self, document: ReleaseDocument) -> None:
        """Edit *document* instead of the current one (after New, Open or Recover)."""
        old = self.document
        self.document = document
        document.setParent(self)
        self.editor.set_document(document)
        for stack_action in (self.undo_action, self.redo_action):
            self.edit_menu.removeAction(stack_action)
        self.undo_action = document.undo_stack.createUndoAction(self)
        self.redo_action = document.undo_stack.createRedoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        first = self.edit_menu.actions()[0] if self.edit_menu.actions() else None
        for action in (self.undo_action, self.redo_action):
            if first is None:  # Qt's insertAction(None, …) appends; its stubs want an action
                self.edit_menu.addAction(action)
            else:
                self.edit_menu.insertAction(first, action)
        self.retranslate()
        if old is not document:
            old.deleteLater()
        self.renderer.reset()
        self.last_result = None
        self.preflight.show_problems([])
        self.preview.clear(self.tr("Preparing the preview of this release…"))
        self._document_replaced()

    def _document_replaced(self, render: bool = True) -> None:
        self.document.changed.connect(self._changed)
        self.document.undo_stack.cleanChanged.connect(lambda _clean: self._update_title())
        self.document.pathChanged.connect(self._update_title)
        self._update_title()
        self.recovery.saved_revision = self.document.revision
        if render:
            self.request_preview(immediately=True)
        self.documentReplaced.emit()

    def _first_preview(self) -> None:
        if self.last_result is None and not self.renderer.asked:
            self.request_preview(immediately=True)

    def preview_if_waiting(self) -> None:
        """Render what was asked for while the start screen covered the window (it has just left)."""
        if self._preview_waits or (self.last_result is None and not self.renderer.asked):
            self.request_preview(immediately=True)

    def _changed(self) -> None:
        self.recovery.note_change(self.document.revision)
        self.request_preview()
        self._update_title()

    def _update_title(self) -> None:
        try:
            modified = self.document.modified
        except RuntimeError:  # the undo stack is being destroyed with the window
            return
        start = getattr(self, "start", None)
        if start is not None and start.showing:
            start.retranslate()
            return
        self.setWindowTitle(f"{self.document.title}[*] — Thadin")
        self.setWindowModified(modified)

    # -- preview and preflight ---------------------------------------------------------------
    def request_preview(self, immediately: bool = False) -> None:
        """Render the current text after a pause in typing (or now); nothing while the start screen covers it."""
        start = getattr(self, "start", None)
        if start is not None and start.showing:
            self._preview_waits = True
            return
        self._preview_waits = False
        document = self.document
        path = document.draft.validation_path
        self.renderer.schedule(document.revision, lambda: document.draft.copy(), path, immediately)

    def _busy(self, busy: bool) -> None:
        if busy:
            if self.last_result is None or self.last_result.pdf is not None:  # errors keep their banner
                self.preview.set_stale(True)
        else:
            self._shown(self.preview.revision)

    def _shown(self, revision: int) -> None:
        """Take "updating" away once the last render is on screen (it loads after the render is done)."""
        result = self.last_result
        if not self.renderer.busy and result is not None and result.pdf is not None and revision == result.revision:
            self.preview.set_stale(False)

    def _rendered(self, result: RenderResult) -> None:
        self.last_result = result
        self._show_problems(result)
        # A text with errors has no numbers: chips keep the last good ones (an unknown note shows '?').
        if result.pdf is not None:
            self.editor.refresh_notes(result.note_numbers, result.citation_numbers)
        errors = sum(p.severity == "error" for p in result.problems) + bool(result.error)
        warnings = len(result.problems) - sum(p.severity == "error" for p in result.problems)
        self.counts = (errors, warnings)
        self._show_counts()
        if result.pdf is not None:
            self.preview.show_pdf(result.revision, result.pdf)
        else:
            self.preview.set_stale(True, self.tr("This preview is out of date: the text has problems "
                                                 "(listed below). Fix them and the preview follows."),
                                   errors=True)

    def _show_problems(self, result: RenderResult) -> None:
        self.preflight.show_problems(result.problems, result.error,
                                     lambda p: result.paragraphs.get((p.field, p.line)), result.note_numbers)

    def follow_cursor(self) -> None:
        """Show the preview page of the paragraph being edited."""
        body = self.editor.current_body()
        text = body.textCursor().block().text().replace("\ufffc", "")
        page = self.preview.page_of(text)
        if page is not None:
            self.preview.go_to_page(page)

    def fix_problem(self, kind: str, field: str) -> None:
        """One-click fix from the preflight list: convert Zawgyi or repair typing slips in that field."""
        path = field_path(field)
        if kind == ZAWGYI:
            self.convert_zawgyi(path)
        elif kind == TYPING:
            value = self.document.get(path, "")
            if isinstance(value, str):
                self.document.set(path, fix_safe(value), self.tr("Repair Burmese typing"))

    def _show_counts(self) -> None:
        errors, warnings = getattr(self, "counts", (0, 0))
        self.status.setText(self.tr("Preflight: %1 error(s), %2 warning(s)").replace("%1", str(errors))
                            .replace("%2", str(warnings)))

    def jump_to(self, field: str, line: int | None) -> None:
        """Go to the editor of *field* (a preflight problem was clicked)."""
        value_line = None
        if line is not None:
            try:
                doc = parse_yaml_text(self.document.draft.to_yaml(), Path("x.yaml"))
                loc = doc.values.get(tuple(field.split(".")))
                value_line = loc.line if loc else None
            except ReleaseError:
                value_line = None
        self.editor.focus_field(field, line, value_line)

    # -- editing -----------------------------------------------------------------------------
    def convert_zawgyi(self, path: tuple) -> None:
        """Convert the field at *path* from Zawgyi to Unicode in one undoable step."""
        value = self.document.get(path, "")
        try:  # judged with the whole release, as check and export judge it
            converted = convert_zawgyi(value, document=release_lean(self.document.draft.data))
        except ZawgyiConversionError as exc:
            QMessageBox.warning(self, self.tr("Cannot convert"), str(exc))
            return
        self.document.set(path, converted, self.tr("Convert Zawgyi to Unicode"))

    def insert_link(self) -> None:
        """Insert ``[text](url)`` at the cursor of the current body editor."""
        editor = self.editor.current_body()
        dialog = LinkDialog(editor.textCursor().selectedText(), self)
        if dialog.exec():
            editor.insert_link(dialog.link_text(), dialog.url.text().strip())

    def insert_footnote(self) -> None:
        """Cite an existing footnote or create one, at the cursor of the current body editor."""
        editor = self.editor.current_body()
        notes = self.document.get(("footnotes",), {}) or {}
        dialog = self.make_footnote_dialog(self.footnote_choices())
        if not dialog.exec():
            return
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("Insert footnote"))
        note_id = dialog.chosen_id
        if dialog.is_new:
            note_id = new_note_id(notes, dialog.url.text())
            self.document.set(("footnotes", note_id), dialog.new_value(), self.tr("Add footnote"))
        editor.insert_note(note_id)
        stack.endMacro()
        page = editor.parentWidget()
        if page is not None:
            self.editor.setCurrentWidget(page)

    def footnote_choices(self) -> dict[str, str]:
        """Return the notes a citation can point to, in reading order, as people see them (number and words)."""
        notes = self.document.get(("footnotes",), {}) or {}
        numbers = self.editor.notes.numbers
        order = sorted((k for k, v in notes.items() if not is_empty(v)), key=lambda k: numbers.get(k, len(notes) + 1))
        return {k: note_summary(notes[k], numbers.get(k)) for k in order}

    def make_footnote_dialog(self, existing: dict[str, str]) -> FootnoteDialog:
        """Return the footnote dialog (a seam for tests)."""
        return FootnoteDialog(existing, self)

    # -- files ---------------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Offer to save unsaved changes; False when the user cancels."""
        if not self.document.modified:
            return True
        answer = self.prompts.unsaved(self.document.display_name)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_release(self) -> None:
        """File ▸ New: the start screen (a letterhead, a file, a recent one or the sample)."""
        self.start.show_start()

    def open_release(self) -> None:
        """File ▸ Open."""
        if not self.maybe_save():
            return
        path = self.prompts.open_path(str(self.settings.value("files/folder", str(Path.home()))))
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open the release at *path*; show why when it cannot be opened."""
        if self.start.opens_as_sample(path):
            return True
        try:
            draft = Draft.open(path)
        except ReleaseError as exc:
            self.prompts.problems(self.tr("Cannot open"), exc.problems)
            return False
        self.recovery.discard()
        self.set_document(ReleaseDocument(draft, self))
        self.remember(path)
        return True

    def save(self) -> bool:
        """File ▸ Save (asks for a name when untitled)."""
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        """File ▸ Save As."""
        folder = Path(str(self.settings.value("files/folder", str(Path.home()))))
        path = self.prompts.save_path(str(folder / self.document.display_name))
        return self._save_to(path) if path is not None else False

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except (ThadinError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), str(exc))
            return False
        self.recovery.discard()
        self.recovery.saved_revision = self.document.revision
        self.remember(path)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 4000)
        return True

    def remember(self, path: Path) -> None:
        """Put *path* first in Open Recent and on the start screen."""
        RecentFiles(self.settings).remember(path)
        self._fill_recent()

    def recent_files(self) -> list[str]:
        """Recently opened or saved releases, newest first."""
        return [str(p) for p in RecentFiles(self.settings).paths()]

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for name in self.recent_files():
            action = self.recent_menu.addAction(f"{Path(name).name} — {folder_as_read(Path(name).parent)}")
            action.triggered.connect(lambda _checked=False, n=name: self.maybe_save() and self.open_path(Path(n)))
        self.recent_menu.setEnabled(bool(self.recent_files()))

    def export_release(self, formats: tuple[str, ...]) -> list[Path]:
        """Export the release into a chosen folder through the service (the same steps as ``thadin export``)."""
        try:
            loaded = service.load_text(self.document.draft.to_yaml(), self.document.draft.validation_path,
                                       self.template_dirs())
            service.zawgyi_gate(loaded)
        except ReleaseError as exc:
            self.prompts.problems(self.tr("Cannot export"), exc.problems, self.tr("The release has problems:"))
            return []
        except service.ZawgyiRefusedError as exc:
            self.prompts.problems(self.tr("Cannot export"), exc.problems,
                                  self.tr("Some Burmese is in Zawgyi; convert it to Unicode first."))
            return []
        default = self.document.path.parent if self.document.path else Path.home()
        folder = self.prompts.export_folder(str(self.settings.value("export/folder", str(default))))
        if folder is None:
            return []
        try:
            outputs = service.plan(loaded, folder, formats=formats)
            existing = [o.path for o in outputs if o.path.exists()]
            if existing and not self.prompts.replace(existing):
                return []
            written = [o.path for o in run_export(loaded, outputs, self)]
        except ThadinError as exc:
            self.prompts.box(QMessageBox.Icon.Warning, self.tr("Cannot export"), str(exc),
                             [QMessageBox.StandardButton.Ok]).exec()
            return []
        self.settings.setValue("export/folder", str(folder))
        chosen = self.prompts.exported(written)
        if chosen == "pdf":
            pdf = next((p for p in written if p.suffix == ".pdf"), written[0])
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf)))
        elif chosen == "folder" or chosen is True:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        return written

    def preferences(self) -> None:
        """Edit ▸ Preferences: the interface language."""
        dialog = PreferencesDialog(str(self.settings.value("ui/language", "en")), self)
        if dialog.exec():
            self.languageRequested.emit(dialog.chosen_language())

    # -- autosave and closing --------------------------------------------------------------------
    def autosave_now(self) -> bool:
        """Write the recovery draft at once (an unexpected error happened); True when it was written."""
        if not self.document.modified:
            return True  # nothing unsaved: the file on disk is the text
        try:
            self.recovery.save(self.document.revision, self.document.draft.to_yaml(), self.document.path)
        except ThadinError:
            return False
        return True

    def _autosave_tick(self) -> None:
        if self.document.modified and self.recovery.due(self.document.revision):
            # A snapshot (constant time) is serialised and written on the autosave's worker thread.
            self.recovery.save_in_background(self.document.revision, self.document.draft.copy().to_yaml,
                                             self.document.path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.autosave.stop()
        self.renderer.stop()
        self.recovery.close()
        event.accept()

    # -- language ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text in the current interface language."""
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.insert_menu.setTitle(self.tr("&Insert"))
        self.view_menu.setTitle(self.tr("&View"))
        for action, text in ((self.new_action, self.tr("&New…")), (self.open_action, self.tr("&Open…")),
                             (self.save_action, self.tr("&Save")), (self.save_as_action, self.tr("Save &As…")),
                             (self.export_pdf_action, self.tr("Export &PDF…")),
                             (self.export_docx_action, self.tr("Export &DOCX…")),
                             (self.export_both_action, self.tr("Export PDF and DOCX…")),
                             (self.quit_action, self.tr("&Quit")),
                             (self.preferences_action, self.tr("&Preferences…"))):
            action.setText(text)
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.preflight_dock.setWindowTitle(self.tr("Preflight"))
        for name, text in (("qt_dockwidget_floatbutton", self.tr("Detach")),
                           ("qt_dockwidget_closebutton", self.tr("Close"))):
            for button in self.preflight_dock.findChildren(QWidget, name):
                button.setToolTip(text)
                button.setAccessibleName(text)
        self.preflight.setAccessibleName(self.tr("Preflight problems"))
        if self.last_result is not None:
            self._show_counts()
            self._show_problems(self.last_result)  # the rows and their buttons in the new language
        self.editor.retranslate()
        self.preview.retranslate()
        self.zawgyi_bar.retranslate()
        self._fill_recent()
        self._update_title()
