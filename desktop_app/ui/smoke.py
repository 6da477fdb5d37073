"""A start-up check of the installed app: open the window, render the preview, save page 1.

``Thadin --smoke-test OUT.png`` (packaging/launcher.py) runs it, so CI proves on each
platform that the frozen GUI starts, finds its Qt plugins and fonts, and that QtPdf draws
the sample — without a person at a screen (QT_QPA_PLATFORM=offscreen works too).

It waits on the preview's own signals, never on polling or a sleep: the renderer's
``rendered`` (the worker thread finished: a PDF, or the problems and error that stopped it)
and the pane's ``shown`` (QtPdf has loaded that PDF). It never hangs: a failed render, a PDF
QtPdf cannot load or an exception in any slot ends it at once with the reason (an exception
would otherwise open the crash dialog, which nobody is there to close); a deadline ends it
when no preview comes; and a watchdog thread dumps every thread's stack and exits should the
GUI thread itself be stuck past the deadline.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import os
import sys
import threading
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QEventLoop, QSize, QTimer
from PySide6.QtWidgets import QMessageBox

from .app import application, create_window
from .crash import scrubbed_frames
from .preview import RenderResult

EXIT_OK, EXIT_NO_IMAGE, EXIT_TIMEOUT, EXIT_RENDER_FAILED, EXIT_UNSAVED, EXIT_ERROR = 0, 1, 2, 3, 4, 5
#: How long after the deadline the watchdog gives up on a GUI thread that never returned.
WATCHDOG_GRACE_S = 60.0


@dataclass
class SmokeOutcome:
    """How the check ended: an exit code and the sentence that explains it."""

    code: int
    message: str


def _render_failure(result: RenderResult) -> str:
    """Say why the worker produced no PDF (its error, else the first few problems)."""
    reasons = [result.error] if result.error else []
    reasons += [p.format() for p in result.problems if p.severity == "error"][:5]
    return "; ".join(reasons) or "no PDF and no reason given"


def run_smoke_test(out: Path, timeout_ms: int = 120_000) -> SmokeOutcome:
    """Open the app on the shipped sample; once its preview is on screen, save page 1 to *out*."""
    app = application()
    window = create_window(None)  # the sample, without the start screen over it
    loop = QEventLoop()
    outcome: list[SmokeOutcome] = []
    seen = {"rendered": False}

    def finish(code: int, message: str) -> None:
        if not outcome:
            outcome.append(SmokeOutcome(code, message))
        loop.quit()

    def failed(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        where = "; ".join(scrubbed_frames(tb)[-3:])
        finish(EXIT_ERROR, f"unexpected {kind.__name__}: {error} (at {where})")

    def rendered(result: RenderResult) -> None:
        seen["rendered"] = True
        if result.pdf is None and result.revision == window.document.revision:
            finish(EXIT_RENDER_FAILED, f"the preview could not render the sample: {_render_failure(result)}")

    def status(error: str) -> None:
        finish(EXIT_RENDER_FAILED, f"QtPdf could not load the rendered PDF: {error}")

    def shown(revision: int) -> None:
        if revision != window.document.revision:
            return  # an older snapshot; the current one follows
        pdf = window.preview.pdf
        if pdf.pageCount() < 1:
            finish(EXIT_NO_IMAGE, "the preview shows a PDF with no pages")
            return
        size = pdf.pagePointSize(0).toSize()
        image = pdf.render(0, QSize(size.width() * 2, size.height() * 2))
        if image.isNull():
            finish(EXIT_NO_IMAGE, "QtPdf drew no image of page 1")
        elif not image.save(str(out), "PNG"):  # type: ignore[call-overload]  # the stubs say bytes; PySide refuses them
            finish(EXIT_NO_IMAGE, f"could not write {out}")
        else:
            finish(EXIT_OK, f"preview of {pdf.pageCount()} page(s) rendered; page 1 saved to {out}")

    def expired() -> None:
        stage = "QtPdf never showed the rendered PDF" if seen["rendered"] else "the worker never finished a render"
        finish(EXIT_TIMEOUT, f"no preview within {timeout_ms / 1000:g} s: {stage}")

    previous_hook, sys.excepthook = sys.excepthook, failed  # Qt hands a slot's exception to it
    window.renderer.rendered.connect(rendered)
    window.preview.loadFailed.connect(status)
    window.preview.shown.connect(shown)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(expired)
    try:
        window.show()
        deadline.start(timeout_ms)
        if not outcome:
            loop.exec()  # a local loop: no quit is left behind for the application's own loop
    finally:
        deadline.stop()
        sys.excepthook = previous_hook
        window.renderer.rendered.disconnect(rendered)
        window.preview.loadFailed.disconnect(status)
        window.preview.shown.disconnect(shown)
    if outcome[0].code == EXIT_OK and window.document.modified:
        outcome[0] = SmokeOutcome(EXIT_UNSAVED, "the untouched sample counts as unsaved: closing would ask to save it")
    window.prompts.unsaved = lambda name: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    window.close()  # with no question on close: nobody is there to answer it
    app.processEvents()
    return outcome[0]


def _watch(log: IO[str], after_s: float, done: threading.Event) -> None:
    """Dump every thread's stack to *log* and end the process with status 1 unless *done* comes first.

    A Python thread, not ``faulthandler``: faulthandler reads the other threads' frames
    without the interpreter's lock, and while Qt's and the preview's worker threads still run
    Python that can crash the process (seen once under load: SIGSEGV instead of the stacks).
    Here the stacks are read under the lock; faulthandler stays as the last resort for a GUI
    thread stuck in C code that never lets the lock go.
    """
    if done.wait(after_s):
        return
    frames = sys._current_frames()
    names = {thread.ident: thread.name for thread in threading.enumerate()}
    parts = [f"Timeout ({dt.timedelta(seconds=after_s)})!\n"]
    for ident, frame in frames.items():
        if ident == threading.get_ident():
            continue
        parts.append(f"\nThread {names.get(ident, hex(ident or 0))}:\n")
        parts.extend(traceback.format_stack(frame))
    log.write("".join(parts))
    log.flush()
    os._exit(1)


def smoke_test(out: Path, timeout_ms: int = 120_000, grace_s: float = WATCHDOG_GRACE_S) -> int:
    """Run the check, say how it ended and return the exit code.

    The sentence goes to stderr and to ``OUT.log`` beside the image (the Windows app is a
    windowed program without a stderr: CI reads the file there); so do the stacks the
    watchdog dumps before it exits (with status 1) if the GUI thread never comes back.
    """
    log_path = out.with_name(out.name + ".log")
    with log_path.open("w", encoding="utf-8") as log:
        after_s = timeout_ms / 1000 + grace_s
        done = threading.Event()
        threading.Thread(target=_watch, args=(log, after_s, done), name="smoke watchdog", daemon=True).start()
        faulthandler.dump_traceback_later(after_s + max(grace_s, 5.0), exit=True, file=log)
        try:
            outcome = run_smoke_test(out, timeout_ms)
        finally:
            done.set()
            faulthandler.cancel_dump_traceback_later()
        line = f"smoke test: {'ok' if outcome.code == EXIT_OK else 'FAILED'}: {outcome.message}"
        log.write(line + "\n")
    if sys.stderr is not None:
        print(line, file=sys.stderr)
    return outcome.code
