"""An unexpected error keeps the text, tells the user, and logs nothing personal; thadin open joins Recent."""

from __future__ import annotations

import sys

from desktop_app.ui import crash
from tests.ui.test_mainwindow import type_text

SECRET = "ကျွန်ုပ်တို့၏ လျှို့ဝှက်ချက် Ko Aung"


def test_an_unexpected_error_autosaves_tells_the_user_and_logs_no_text(window, data_dir, monkeypatch):
    shown = []
    crash.install(data_dir / "logs", window.autosave_now, lambda: window, lambda parent, title, text:
                  shown.append((title, text)))
    type_text(window.editor.rows["headline"].fields["en"], " " + SECRET)
    try:
        raise ValueError(f"could not handle {SECRET} in {data_dir}")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    [(title, text)] = shown
    assert title == "Unexpected error" and "Your text is safe" in text
    drafts = list(window.recovery.folder.glob("*.yaml"))
    assert drafts and any(SECRET in d.read_text(encoding="utf-8") for d in drafts)
    log = (data_dir / "logs" / crash.LOG_NAME).read_text(encoding="utf-8")
    assert "ValueError" in log and "test_crash.py" in log
    assert SECRET not in log and "Ko Aung" not in log and str(data_dir) not in log and "/home" not in log
    sys.excepthook = sys.__excepthook__


def test_thadin_open_file_joins_recent(qtbot, qapp, data_dir, tmp_path):
    from desktop_app.resources import sample_release
    from desktop_app.ui.app import create_window

    path = tmp_path / "ours.release.yaml"
    path.write_bytes(sample_release().read_bytes())
    win = create_window(path)
    qtbot.addWidget(win)
    assert win.recent_files()[0] == str(path)
    sys.excepthook = sys.__excepthook__
