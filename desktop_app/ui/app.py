"""Start the app: one QApplication, bundled fonts, settings, language, window, recovery."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QStandardPaths, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from ..draft import Draft
from ..errors import ReleaseError
from . import crash
from .document import ReleaseDocument, is_the_sample
from .fonts import register_bundled_fonts, ui_font
from .i18n import apply_language
from .mainwindow import MainWindow
from .recovery import forget, orphaned_drafts


def data_folder() -> Path:
    """Return the app's per-user data folder (recovery drafts, the user's letterheads)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def application() -> QApplication:
    """Return the one QApplication, set up with the bundled fonts (never a second one)."""
    app = cast("QApplication | None", QApplication.instance())  # only ever a QApplication here
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setOrganizationName("Thadin")
    app.setApplicationName("Thadin")
    register_bundled_fonts()  # only after the QApplication exists (before, Qt crashes)
    app.setFont(ui_font())
    return app


def initial_document(path: Path | None) -> ReleaseDocument:
    """Return the release to show first: *path* (the shipped sample opens as the sample), else the sample.

    Without a file the start screen covers the window; the sample only waits underneath
    (marked as a sample) until a door is chosen.
    """
    if path is not None and not is_the_sample(path):
        try:
            return ReleaseDocument(Draft.open(path))
        except ReleaseError:
            pass
    return ReleaseDocument.sample()


def create_window(path: Path | None = None, start: bool = False) -> MainWindow:
    """Build the main window for *path*, or (*start*) with the start screen over it (``run`` and the tests)."""
    application()
    settings = QSettings()
    apply_language(str(settings.value("ui/language", "en")))
    folder = data_folder()
    templates = folder / "templates"
    templates.mkdir(parents=True, exist_ok=True)
    window = MainWindow(initial_document(path), settings, templates, folder / "recovery")

    def change_language(code: str) -> None:
        settings.setValue("ui/language", code)
        apply_language(code)

    window.languageRequested.connect(change_language)
    if path is not None and window.document.path is not None \
            and window.document.path.resolve() == Path(path).resolve():
        window.remember(window.document.path)  # `thadin open FILE` joins Recent like File ▸ Open
    crash.install(folder / "logs", window.autosave_now, lambda: window)
    if start:
        window.start.show_start(can_go_back=False)
    return window


def offer_recovery(window: MainWindow) -> bool:
    """Offer back the newest draft a killed session left; True when it was restored."""
    drafts = orphaned_drafts(window.recovery.folder, window.recovery.key)
    for recovered in drafts:
        when = dt.datetime.fromtimestamp(recovered.saved_at).strftime("%Y-%m-%d %H:%M")
        original = (str(recovered.original) if recovered.original
                    else QCoreApplication.translate("Recovery", "an untitled release"))
        answer = window.prompts.recover(when, original)
        if answer == QMessageBox.StandardButton.Yes:
            draft = Draft.from_yaml(recovered.draft.read_text(encoding="utf-8"), recovered.original)
            document = ReleaseDocument(draft, window)
            window.set_document(document)
            document.undo_stack.resetClean()  # unsaved: the recovered text is not in its file yet
            window._update_title()
            forget(recovered)
            return True
        forget(recovered)
    return False


class FileOpenFilter(QObject):
    """Opens a release the desktop hands over (macOS Finder's double-click, a drop on the Dock icon)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            path = Path(cast(QFileOpenEvent, event).file())
            if path.is_file() and self.window.maybe_save():
                self.window.open_path(path)
            return True
        return False


def run(path: Path | None = None) -> int:
    """Show the window (the start screen when no file is given) and run the event loop."""
    app = application()
    window = create_window(path, start=path is None)
    app.installEventFilter(FileOpenFilter(window))
    window.show()
    QTimer.singleShot(0, lambda: (offer_recovery(window), window.letterhead_tools.recover()))
    return app.exec()
