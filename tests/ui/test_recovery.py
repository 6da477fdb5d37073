"""Nothing typed is lost: autosave while typing, and recovery after the app is killed (SIGKILL)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop_app.ui import recovery
from tests._watchdog import kill_after

ROOT = Path(__file__).resolve().parents[2]
TYPED = "ကျွန်ုပ်တို့ အလုပ်"

CHILD = textwrap.dedent(f"""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from desktop_app.ui import app
    folder = Path(sys.argv[1])
    app.data_folder = lambda: folder
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    window = app.create_window()
    window.show()
    body = window.editor.bodies["my"]
    for ch in {TYPED!r}:
        body.insertPlainText(ch)
        QApplication.processEvents()
    draft = window.recovery.draft_path
    while not (draft.is_file() and {TYPED!r} in draft.read_text(encoding="utf-8")):
        QApplication.processEvents()
        time.sleep(0.05)
    print("autosaved", flush=True)
    while True:  # still running, with unsaved work, when it is killed
        QApplication.processEvents()
        time.sleep(0.05)
""")


def test_work_survives_a_kill_9(qtbot, qapp, data_dir):
    from desktop_app.ui.app import create_window, offer_recovery

    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir)], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT)
    try:
        with kill_after(child, 120):  # a child that never autosaves must not hang the suite
            assert child.stdout.readline().strip() == "autosaved"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    window = create_window()
    qtbot.addWidget(window)
    asked = []
    window.prompts.recover = lambda when, original: asked.append(original) or QMessageBox.StandardButton.Yes
    assert offer_recovery(window)
    assert asked == ["an untitled release"]
    assert window.document.get(("body", "my")) == TYPED
    assert window.isWindowModified()  # recovered text is not saved anywhere yet
    assert recovery.orphaned_drafts(data_dir / "recovery", window.recovery.key) == []
    window.prompts.unsaved = lambda name: QMessageBox.StandardButton.Discard
    window.close()


def test_a_clean_close_leaves_nothing_to_recover(qtbot, qapp, data_dir):
    from desktop_app.ui.app import create_window

    window = create_window()
    qtbot.addWidget(window)
    window.document.set(("body", "my"), "စာ", typing=True)
    window.recovery.save(window.document.revision, window.document.draft.to_yaml(), None)
    window.prompts.unsaved = lambda name: QMessageBox.StandardButton.Discard
    assert window.close()
    assert recovery.orphaned_drafts(data_dir / "recovery") == []
    assert list((data_dir / "recovery").iterdir()) == []


def test_autosave_happens_when_typing_pauses_or_at_most_every_4_seconds(monkeypatch, tmp_path):
    clock = [100.0]
    monkeypatch.setattr(recovery.time, "monotonic", lambda: clock[0])
    store = recovery.RecoveryStore(tmp_path)
    store.note_change(1)
    assert not store.due(1)
    clock[0] += recovery.IDLE_SECONDS
    assert store.due(1)  # typing paused for 2 s
    store.save(1, "x", None)
    for revision in range(2, 10):  # typing without a pause
        clock[0] += 0.5
        store.note_change(revision)
        if store.due(revision):
            break
    assert clock[0] - 102.0 <= recovery.MAX_UNSAVED_SECONDS + 0.5
    store.close()


def test_the_autosave_serialises_and_writes_off_the_gui_thread(window, qtbot, monkeypatch):
    import threading

    from desktop_app.draft import Draft

    threads = []
    real = Draft.to_yaml

    def to_yaml(self):
        threads.append(threading.current_thread())
        return real(self)

    monkeypatch.setattr(Draft, "to_yaml", to_yaml)
    body = window.editor.bodies["my"]
    body.insertPlainText(TYPED)
    window.recovery.first_unsaved = window.recovery.last_change = 0.0  # long enough ago: due now
    window._autosave_tick()
    window.recovery.wait()
    assert threads and threading.main_thread() not in threads
    assert TYPED in window.recovery.draft_path.read_text(encoding="utf-8")
    assert window.recovery.saved_revision == window.document.revision
    assert not window.recovery.due(window.document.revision)


def test_typing_during_a_background_write_stays_unsaved_and_a_late_write_never_returns_a_discarded_draft(
        qapp, tmp_path):
    import threading

    store = recovery.RecoveryStore(tmp_path)
    release = threading.Event()

    def slow() -> str:
        release.wait(30)
        return "body: {my: one}\n"

    store.note_change(1)
    store.save_in_background(1, slow, None)
    assert store.writing
    assert not store.due(2)  # one write at a time
    store.note_change(2)  # typing goes on meanwhile: it is unsaved from now on
    threading.Timer(0.2, release.set).start()
    store.discard()  # waits for the write, then removes it: nothing comes back later
    assert not store.draft_path.exists() and not store.writing
    store.note_change(3)
    assert store.first_unsaved is not None
    store.close()


def test_a_failed_background_write_is_said_and_retried(qapp, qtbot, tmp_path):
    store = recovery.RecoveryStore(tmp_path)
    store.note_change(1)

    def broken() -> str:
        raise OSError("disk full")

    with qtbot.waitSignal(store.failed, timeout=5000):
        store.save_in_background(1, broken, None)
    store.wait()
    assert store.saved_revision == 0 and store.first_unsaved is not None
    store.last_change = 0.0
    assert store.due(1)  # the next tick tries again
    store.save_in_background(1, lambda: "body: {my: two}\n", None)
    store.wait()
    assert store.draft_path.read_text(encoding="utf-8") == "body: {my: two}\n" and store.saved_revision == 1
    store.close()
