"""Failure visible, never silent: an unexpected error keeps the text, tells the user, and is logged.

``sys.excepthook`` (and Qt's slots, which call it for exceptions raised in them) goes
through :func:`handle`: the open release is autosaved at once into the recovery folder,
a dialog says what happened in the interface language, and a rotating log in the app
data folder records the error type and where in Thadin's code it happened — never the
message (it may quote the user's text), file paths or user names.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

LOG_NAME = "thadin.log"
_PACKAGE = "desktop_app"


def scrubbed_frames(tb: TracebackType | None) -> list[str]:
    """Return "module.py:line in function" for each frame, paths cut to the package (no user folders)."""
    lines = []
    for frame in traceback.extract_tb(tb):
        parts = Path(frame.filename).parts
        where = "/".join(parts[parts.index(_PACKAGE):]) if _PACKAGE in parts else Path(frame.filename).name
        lines.append(f"{where}:{frame.lineno} in {frame.name}")
    return lines


def logger(folder: Path) -> logging.Logger:
    """Return the crash log: 256 KiB per file, three files kept, in the app data folder."""
    log = logging.getLogger("thadin.crash")
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in log.handlers):
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / LOG_NAME, maxBytes=256 * 1024, backupCount=3,
                                                       encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.ERROR)
        log.propagate = False
    return log


def install(folder: Path, autosave: Callable[[], bool], parent: Callable[[], QWidget | None],
            show: Callable[[QWidget | None, str, str], None] | None = None) -> None:
    """Make *handle* the excepthook: autosave via *autosave*, log into *folder*, tell the user."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        handle(kind, tb, folder, autosave, parent(), show or _show)

    sys.excepthook = hook


def handle(kind: type[BaseException], tb: TracebackType | None, folder: Path, autosave: Callable[[], bool],
           parent: QWidget | None, show: Callable[[QWidget | None, str, str], None]) -> None:
    """Autosave, log (type and Thadin's frames only) and tell the user; never raise."""
    try:
        saved = autosave()
    except Exception:  # noqa: BLE001 - the hook must not fail while failing
        saved = False
    try:
        logger(folder).error("%s\n  %s", kind.__name__, "\n  ".join(scrubbed_frames(tb)))
    except OSError:
        pass
    translate = QCoreApplication.translate
    text = translate("Crash", "Something went wrong inside Thadin.") + "\n\n" + (
        translate("Crash", "Your text is safe: it was saved just now and will be offered back "
                           "if Thadin has to close.") if saved else
        translate("Crash", "Please save your work now (File ▸ Save As) and restart Thadin."))
    show(parent, translate("Crash", "Unexpected error"), text)


def _show(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Crash", "OK"))
    box.exec()
