"""A start-up check of the installed app: open the window, render the preview, save page 1.

``Thadin --smoke-test OUT.png`` (packaging/launcher.py) runs it, so CI proves on each
platform that the frozen GUI starts, finds its Qt plugins and fonts, and that QtPdf draws
the sample — without a person at a screen (QT_QPA_PLATFORM=offscreen works too).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, QTimer

from .app import application, create_window

EXIT_OK, EXIT_NO_IMAGE, EXIT_TIMEOUT = 0, 1, 2


def smoke_test(out: Path, timeout_ms: int = 120_000) -> int:
    """Open the app on the shipped sample; once its preview is drawn, save page 1 to *out*.

    Leaves no timer behind: a stray quit would end whatever event loop runs later.
    """
    app = application()
    window = create_window(None, open_last=False)
    window.show()
    status = {"code": EXIT_TIMEOUT}

    def check() -> None:
        if not poll.isActive():
            return
        pdf = window.preview.pdf
        if window.preview.revision != window.document.revision or pdf.pageCount() < 1:
            return
        size = pdf.pagePointSize(0).toSize()
        image = pdf.render(0, QSize(size.width() * 2, size.height() * 2))
        ok = not image.isNull() and image.save(str(out), "PNG")
        status["code"] = EXIT_OK if ok else EXIT_NO_IMAGE
        poll.stop()
        app.quit()

    poll, deadline = QTimer(), QTimer()
    poll.timeout.connect(check)
    deadline.setSingleShot(True)
    deadline.timeout.connect(app.quit)
    poll.start(100)
    deadline.start(timeout_ms)
    app.exec()
    poll.stop()
    deadline.stop()
    QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)  # quit() posts one: not for a later loop
    window.document.undo_stack.resetClean()  # nothing to save: the sample is untouched
    window.close()
    return status["code"]
