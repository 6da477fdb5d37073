"""GUI measurements, plugged into ``benchmarks/run.py``.

Each function here is one row of the "GUI" section. It returns a list of durations in
seconds (one per repetition; the runner reports the median and the best), or ``None``
while the GUI cannot be measured yet — the runner then prints a TODO row. A function may
also raise ``SkipMeasurementError("reason")`` (from ``benchmarks.run``) to print the reason instead.

They receive a :class:`GuiContext`: the sample release path, a scratch folder and how many
repetitions were asked for. Measure what the user waits for, from the event that starts
it to the first moment the result is visible (a painted preview page), with the Qt event
loop really running (``QT_QPA_PLATFORM=offscreen`` is fine).

Targets (issue 7): preview ≤ 250 ms after a pause in typing. Issue 17: ≤ 30 ms on the
sample and ≤ 150 ms on a 200-page release (``benchmarks/generate.py``), after the pause.
Each edit row types into the same place repeatedly, as a user does: the first edit lays
out every page, the next ones continue from the edited page (``writers/pdf/paging.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class GuiContext:
    """What a GUI measurement gets from the runner."""

    sample: Path  # the shipped sample release (read only; copy it into scratch to edit it)
    scratch: Path  # an empty folder for this run
    repeat: int  # repetitions wanted


_CHILD = r"""
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QSettings, QEventLoop, QTimer
from desktop_app.ui import app
from desktop_app.ui.preview import DEBOUNCE_MS
scratch, sample, mode, repeat = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
app.data_folder = lambda: scratch / "data"
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "settings"))
window = app.create_window(sample)
window.show()

def wait_shown(revision):
    loop = QEventLoop()
    def shown(r):
        if r == revision:
            QTimer.singleShot(0, loop.quit)  # one more turn: the page is painted
    window.preview.shown.connect(shown)
    if window.preview.revision != revision:
        loop.exec()
    window.preview.shown.disconnect(shown)
    window.preview.view.viewport().repaint()

if mode not in ("keystroke", "pause"):
    wait_shown(window.document.revision)
if mode == "start":
    print(json.dumps({"shown": time.time()}), flush=True)
elif mode in ("keystroke", "pause"):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    window.editor.setCurrentIndex(2)
    body = window.editor.bodies["en"]
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(body.document().characterCount() // 2)  # typing in the middle of the release
    body.setTextCursor(cursor)
    QApplication.processEvents()
    times = []
    for i in range(repeat):
        if mode == "pause":
            QTest.sendKeyEvent(QTest.KeyAction.Click, body, Qt.Key.Key_unknown, "x", Qt.KeyboardModifier.NoModifier)
            window.recovery.wait()  # the last autosave is written (not counted: its worker's time)
            window.recovery.first_unsaved = window.recovery.last_change = 0.0
            start = time.perf_counter()
            body.flush()  # the typing pause: the edited paragraph's markup goes to the draft
            window.document.draft.copy()  # the preview's snapshot (its worker serialises it)
            window._autosave_tick()  # the autosave's snapshot, sent to its worker
            times.append(time.perf_counter() - start)
            QApplication.processEvents()
            continue
        start = time.perf_counter()
        QTest.sendKeyEvent(QTest.KeyAction.Click, body, Qt.Key.Key_unknown, "x", Qt.KeyboardModifier.NoModifier)
        body.viewport().repaint()  # the letter is on screen
        times.append(time.perf_counter() - start)
        QApplication.processEvents()
    print(json.dumps({mode: times}), flush=True)
    os._exit(0)  # the preview worker is still laying out 200 pages: no need to wait for it
else:
    body = window.editor.bodies["en"]
    body.setFocus()
    times, first = [], []
    partly = {}
    window.preview.shownPartly.connect(lambda r: partly.setdefault(r, time.perf_counter()))
    for _ in range(repeat):
        start = time.perf_counter()
        body.insertPlainText("x")
        wait_shown(window.document.revision)
        end = time.perf_counter()
        times.append(end - start - DEBOUNCE_MS / 1000)
        # the edited page on screen: the pages up to it come first in a long release
        first.append(partly.get(window.document.revision, end) - start - DEBOUNCE_MS / 1000)
    print(json.dumps({"after_pause": times, "edited_page": first}), flush=True)
window.prompts.unsaved = lambda name: __import__("PySide6.QtWidgets").QtWidgets.QMessageBox.StandardButton.Discard
window.close()
"""


def _child(ctx: GuiContext, mode: str, repeat: int, release_source: Path | None = None) -> dict:
    import json
    import os
    import shutil
    import subprocess
    import sys
    import time

    scratch = ctx.scratch / f"gui-{mode}-{time.monotonic_ns()}"
    scratch.mkdir(parents=True)
    source = release_source or ctx.sample
    release = scratch / source.name
    shutil.copy(source, release)
    root = Path(__file__).resolve().parents[1]
    started = time.time()
    result = subprocess.run([sys.executable, "-c", _CHILD, str(scratch), str(release), mode, str(repeat)],
                            capture_output=True, text=True, timeout=300, cwd=root,
                            env={**os.environ, "PYTHONPATH": str(root)})
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(result.stderr[-2000:])
    data = json.loads(lines[-1])
    data["started"] = started
    return data


def start_to_first_preview(ctx: GuiContext) -> list[float] | None:
    """Process start (a fresh ``python`` running the app on the sample) to the first painted preview."""
    out = []
    for _ in range(ctx.repeat):
        data = _child(ctx, "start", 0)
        out.append(data["shown"] - data["started"])
    return out


def preview_after_edit(ctx: GuiContext) -> list[float] | None:
    """One keystroke in the English body to the updated preview painted, minus the 250 ms typing pause.

    This is the time the user waits once they stop typing: render (worker thread) + load
    (the pane's loading thread) + the visible page drawn (``PreviewPane.shown`` waits for it).
    """
    return _child(ctx, "edit", max(ctx.repeat, 5))["after_pause"]


def preview_after_edit_200_pages(ctx: GuiContext) -> list[float] | None:
    """The same on the generated 200-page bilingual release: one keystroke in its English body."""
    from generate import write_release

    return _child(ctx, "edit", max(ctx.repeat, 5), write_release(200, ctx.scratch))["after_pause"]


def edited_page_after_edit_200_pages(ctx: GuiContext) -> list[float] | None:
    """The same edit on the 200-page release, to the edited page on screen (the pages up to it come first)."""
    from generate import write_release

    return _child(ctx, "edit", max(ctx.repeat, 5), write_release(200, ctx.scratch))["edited_page"]


def keystroke_to_paint_200_pages(ctx: GuiContext) -> list[float] | None:
    """One keystroke in the middle of the 200-page release's English body to the letter painted.

    Only the GUI thread's share: the key event, the text layout and the editor's repaint.
    The markup is written back after the typing pause, never per keystroke.
    """
    from generate import write_release

    return _child(ctx, "keystroke", max(ctx.repeat, 50), write_release(200, ctx.scratch))["keystroke"]


def pause_on_gui_thread_200_pages(ctx: GuiContext) -> list[float] | None:
    """What a typing pause costs the GUI thread on the 200-page release: the window is busy meanwhile.

    One key, then the pause's work timed together: the body's markup written back to the
    draft (the edited paragraph; the undo step and signals), the preview's snapshot handed
    to its worker and the autosave's snapshot handed to its worker. Serialising and
    writing happen on the workers and are not counted; the preview worker is rendering
    200 pages meanwhile, as it is for a user.
    """
    from generate import write_release

    return _child(ctx, "pause", min(max(ctx.repeat, 5), 10), write_release(200, ctx.scratch))["pause"]


#: Rows of the GUI section, in order: (label, function, target in seconds or None).
MEASUREMENTS = [
    ("GUI start → first preview", start_to_first_preview, None),
    ("preview update after an edit", preview_after_edit, 0.030),
    ("preview update after an edit, 200 pages", preview_after_edit_200_pages, 0.150),
    ("edited page shown after an edit, 200 pages", edited_page_after_edit_200_pages, 0.150),
    ("keystroke → painted, 200-page release", keystroke_to_paint_200_pages, 0.016),
    ("typing pause on the GUI thread, 200-page release", pause_on_gui_thread_200_pages, 0.016),
]
