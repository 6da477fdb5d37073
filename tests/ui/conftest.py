"""GUI fixtures: offscreen Qt, isolated settings and data folders, a window on the sample."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication exists

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A fresh per-test app data folder and settings file (no state leaks between tests)."""
    from PySide6.QtCore import QSettings

    from desktop_app.ui import app

    folder = tmp_path / "appdata"
    monkeypatch.setattr(app, "data_folder", lambda: folder)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    return folder


@pytest.fixture
def window(qtbot, qapp, data_dir):
    """The main window on the shipped sample, its first preview already shown."""
    from desktop_app.ui.app import create_window

    win = create_window()
    qtbot.addWidget(win)
    win.prompts.unsaved = lambda name: __import__("PySide6.QtWidgets").QtWidgets.QMessageBox.StandardButton.Discard
    win.show()
    wait_for_preview(qtbot, win)
    yield win
    win.close()


def wait_for_preview(qtbot, win, timeout: int = 20000) -> None:
    """Block until the preview shows the document's current revision (a signal, not a sleep)."""
    if win.preview.revision == win.document.revision and win.last_result is not None \
            and win.last_result.revision == win.document.revision:
        return
    with qtbot.waitSignal(win.preview.shown, timeout=timeout,
                          check_params_cb=lambda revision: revision == win.document.revision):
        pass


def type_text(widget, text: str) -> None:
    """Type *text* key by key (Burmese too: one key event per character, as a keyboard sends it).

    QKeyEvent rather than QTest.sendKeyEvent: the latter takes the text as Latin-1 in Qt 6.7
    (the macOS builds' Qt), which turns Burmese into "á".
    """
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def click_row(panel, row: int) -> None:
    """Click the text of preflight row *row* with the mouse, as a person does (left of its button)."""
    from PySide6.QtTest import QTest

    index = panel.model().index(row, 0)
    panel.scrollTo(index)
    rect = panel.visualRect(index)
    assert rect.isValid(), "the row is not on screen"
    QTest.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.topLeft() + QPoint(8, rect.height() // 2))


def press_button(panel, row: int) -> None:
    """Press the button drawn on preflight row *row* with the mouse (it must have one)."""
    from PySide6.QtTest import QTest

    panel.scrollTo(panel.model().index(row, 0))
    rect = panel.button_rect(row)
    assert rect.isValid() and panel.viewport().rect().contains(rect.center()), "no button on screen"
    QTest.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
