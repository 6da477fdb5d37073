"""The installed app's start-up check (``Thadin --smoke-test OUT.png``) run from source."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from desktop_app.ui import preview
from desktop_app.ui.smoke import EXIT_ERROR, EXIT_OK, EXIT_RENDER_FAILED, EXIT_TIMEOUT, run_smoke_test, smoke_test

ROOT = Path(__file__).resolve().parents[2]


def test_smoke_test_saves_the_sample_first_page(qapp, data_dir, tmp_path, capsys):
    out = tmp_path / "page1.png"
    assert smoke_test(out) == EXIT_OK
    assert "smoke test: ok: preview of 2 page(s) rendered" in capsys.readouterr().err
    assert (tmp_path / "page1.png.log").read_text(encoding="utf-8").startswith("smoke test: ok: preview of 2 page(s)")
    image = QImage(str(out))
    assert image.width() > 1000 and image.height() > image.width()  # an A4 page at 144 dpi
    # Not a blank page: the banner and the text leave dark pixels.
    dark = sum(1 for y in range(0, image.height(), 8) for x in range(0, image.width(), 8)
               if image.pixelColor(x, y).lightness() < 100)
    assert dark > 200


def test_smoke_test_reports_a_failed_render_at_once(qapp, data_dir, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("no fonts in this bundle")

    monkeypatch.setattr(preview, "render_snapshot", broken)
    outcome = run_smoke_test(tmp_path / "page1.png", timeout_ms=60_000)
    assert outcome.code == EXIT_RENDER_FAILED
    assert "could not render the sample" in outcome.message and "no fonts in this bundle" in outcome.message
    assert not (tmp_path / "page1.png").exists()


def test_smoke_test_gives_up_with_a_reason_when_nothing_renders(qapp, data_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(preview.PreviewRenderer, "schedule", lambda self, *args, **kwargs: None)
    outcome = run_smoke_test(tmp_path / "page1.png", timeout_ms=300)
    assert outcome.code == EXIT_TIMEOUT
    assert outcome.message == "no preview within 0.3 s: the worker never finished a render"


def test_smoke_test_reports_an_exception_in_a_slot_instead_of_opening_the_crash_dialog(
        qapp, data_dir, tmp_path, monkeypatch):
    from desktop_app.ui.mainwindow import MainWindow

    def broken(self, result):
        raise KeyError("letterhead")

    monkeypatch.setattr(MainWindow, "_rendered", broken)
    outcome = run_smoke_test(tmp_path / "page1.png", timeout_ms=60_000)
    assert outcome.code == EXIT_ERROR
    assert outcome.message.startswith("unexpected KeyError: 'letterhead' (at ")
    assert "in broken" in outcome.message


def test_a_stuck_gui_thread_is_ended_by_the_watchdog_with_every_stack(tmp_path):
    # A child process: the watchdog ends the process it runs in.
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from desktop_app.ui import smoke\n"
        "from desktop_app.ui.mainwindow import MainWindow\n"
        "MainWindow.show = lambda self: time.sleep(120)\n"
        "sys.exit(smoke.smoke_test(Path(sys.argv[1]), timeout_ms=100, grace_s=1))\n")
    out = tmp_path / "page1.png"
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script, str(out)], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 1
    log = (tmp_path / "page1.png.log").read_text(encoding="utf-8")
    assert log.startswith("Timeout (0:00:01.1") and "in run_smoke_test" in log and "in <lambda>" in log
    assert not out.exists()
