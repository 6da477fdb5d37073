"""Where an edit's preview time goes in the app: each GUI-thread handler and worker step, timed.

    python benchmarks/gui_profile.py RELEASE [EDITS]      # e.g. the generated 200-page release
    python benchmarks/gui_profile.py RELEASE --preflight  # the preflight list made as the release opens
    python benchmarks/gui_profile.py RELEASE 3 --timeline # also each edit's calls in order, ms after the pause

Runs the real window offscreen on a copy of RELEASE, types one letter into the English body
EDITS times (3 by default) as ``benchmarks/gui.py`` does, and prints the median and total
of each step it wraps: on the GUI thread the result handled (``MainWindow._rendered``, and
within it the preflight and the note numbers), each new PDF taken by the pane; on the
workers ``Draft.to_yaml``, ``service.preview`` and placing body problems. Wall times: run
it on a quiet machine, or before and after a change in turn (``PYTHONPATH`` another tree).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Qt lives in desktop_app/ui: the measuring runs in a child interpreter, as benchmarks/gui.py's rows do.
_CHILD = r'''
import functools
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TIMES: dict[str, list[float]] = defaultdict(list)
EVENTS: list[tuple[str, float, float]] = []  # (label, start, end) of every wrapped call, in order


def _collections(phase: str, info: dict) -> None:
    """Time each full garbage collection (it stops every thread: the GUI's and the render's)."""
    if info["generation"] != 2:
        return
    if phase == "start":
        _collections.started = time.perf_counter()  # type: ignore[attr-defined]
        return
    end = time.perf_counter()
    TIMES["any thread: full garbage collection"].append(end - _collections.started)  # type: ignore[attr-defined]
    EVENTS.append(("any thread: full garbage collection", _collections.started, end))  # type: ignore[attr-defined]


def wrap(owner: object, name: str, label: str) -> None:
    """Time every call of ``owner.name`` under *label* (if the code measured has it)."""
    original: Callable | None = getattr(owner, name, None)
    if original is None:
        return

    @functools.wraps(original)
    def timed(*args: object, **kwargs: object) -> object:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            end = time.perf_counter()
            TIMES[label].append(end - start)
            EVENTS.append((label, start, end))

    setattr(owner, name, timed)


def preflight_open(release: Path) -> None:
    """A fresh preflight panel shows the release's problems (as when it opens), then the same again."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from desktop_app.ui.preflight import PreflightPanel
    from desktop_app.ui.preview import render_snapshot

    result = render_snapshot(1, release.read_text(encoding="utf-8"), release)
    for _ in range(3):
        panel = PreflightPanel()
        panel.resize(1200, 200)
        panel.show()
        app.processEvents()
        for label in ("first", "again"):
            start = time.perf_counter()
            panel.show_problems(list(result.problems), result.error,
                                lambda p: result.paragraphs.get((p.field, p.line)), result.note_numbers)
            app.processEvents()
            TIMES[f"preflight list, {label}"].append(time.perf_counter() - start)
        panel.close()
        panel.deleteLater()
        app.processEvents()
    print(f"{len(result.problems)} problems")


def edits(release: Path, count: int, timeline: bool = False) -> None:
    """Type into the running window *count* times and time each step of the updated preview."""
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from desktop_app import draft, service
    from desktop_app.ui import app, editor, mainwindow, preflight, preview
    from desktop_app.ui.preview import DEBOUNCE_MS

    scratch = Path(tempfile.mkdtemp())
    copy = scratch / release.name
    shutil.copy(release, copy)
    app.data_folder = lambda: scratch / "data"  # type: ignore[assignment]
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "settings"))
    for owner, name, label in (
            (service, "preview", "worker: service.preview"),
            (preview, "body_paragraphs", "worker: body problems placed"),
            (draft.Draft, "to_yaml", "workers: Draft.to_yaml (preview and autosave)"),
            (mainwindow.MainWindow, "_rendered", "GUI: the result handled"),
            (preflight.PreflightPanel, "show_problems", "GUI:   of which the preflight"),
            (editor.EditorPanel, "refresh_notes", "GUI:   of which the note numbers"),
            (preview.PreviewPane, "_loaded", "GUI: a new PDF taken by the view"),
            (preview.PreviewPane, "show_pdf", "GUI: show_pdf"),
            (preview.PreviewPane, "show_partial", "GUI: show_partial"),
            (preview.PreviewRenderer, "_send", "GUI: the pause over, snapshot sent"),
            (preview.PreviewRenderer, "_finished", "GUI: render result received"),
            (preview._Worker, "work", "worker: the whole step"),
            (preview._Load, "run", "loader: a PDF loaded, page sizes read"),
            (preview.PreviewPane, "_page_drawn", "GUI: a page drawn by QPdfView"),
            (preview.PreviewPane, "_uncover", "GUI: the cover taken away")):
        wrap(owner, name, label)
    import gc

    gc.callbacks.append(_collections)
    window = app.create_window(copy)
    window.show()

    def wait_shown(revision: int) -> None:
        loop = QEventLoop()

        def shown(r: int) -> None:
            if r == revision:
                QTimer.singleShot(0, loop.quit)

        window.preview.shown.connect(shown)
        if window.preview.revision != revision:
            loop.exec()
        window.preview.shown.disconnect(shown)

    wait_shown(window.document.revision)
    TIMES.clear()
    body = window.editor.bodies["en"]
    body.setFocus()
    for _ in range(count):
        EVENTS.clear()
        start = time.perf_counter()
        body.insertPlainText("x")
        wait_shown(window.document.revision)
        TIMES["whole: keystroke to preview shown, minus the pause"].append(
            time.perf_counter() - start - DEBOUNCE_MS / 1000)
        if timeline:  # each wrapped call of this edit: ms from the pause's end, start and end
            print("--- an edit (ms after the 250 ms pause)")
            for label, begin, end in EVENTS:
                after = (1000 * (begin - start) - DEBOUNCE_MS, 1000 * (end - start) - DEBOUNCE_MS)
                print(f"  {after[0]:8.1f} {after[1]:8.1f}  {label}")


def main(argv: list[str]) -> int:
    release = Path(argv[0]).resolve()
    if "--preflight" in argv:
        preflight_open(release)
    else:
        numbers = [a for a in argv[1:] if a.isdigit()]
        edits(release, int(numbers[0]) if numbers else 3, "--timeline" in argv)
    for label, values in sorted(TIMES.items()):
        print(f"{label:55s} n={len(values):2d}  median {1000 * statistics.median(values):8.1f} ms"
              f"  total {1000 * sum(values):8.0f} ms", flush=True)
    os._exit(0)  # a render may still run on the worker: no need to wait for it


sys.exit(main(sys.argv[1:]))
'''


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(root))}
    sys.exit(subprocess.run([sys.executable, "-c", _CHILD, *sys.argv[1:]], env=env, check=False).returncode)
