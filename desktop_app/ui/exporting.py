"""Export from the app: off the GUI thread, with progress, through the service's ``iter_export``.

The window stays responsive (it repaints, the progress bar moves) while ReportLab and
python-docx work on a worker thread; the caller waits in a local event loop, so
``MainWindow.export_release`` still returns the files written.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from .. import service
from ..errors import ThadinError
from ..export import Output, Progress


class _Worker(QObject):
    progressed = Signal(object)  # a Progress
    finished = Signal(object)  # the outputs written, or a ThadinError

    def __init__(self, loaded: service.Loaded, outputs: list[Output]) -> None:
        super().__init__()
        self.loaded, self.outputs = loaded, outputs

    @Slot()
    def run(self) -> None:
        try:
            for step in service.iter_export(self.loaded, self.outputs):
                self.progressed.emit(step)
            self.finished.emit(self.outputs)
        except ThadinError as exc:
            self.finished.emit(exc)
        except Exception as exc:  # noqa: BLE001 - a bug must reach the window, not kill the thread
            self.finished.emit(ThadinError(f"internal error: {exc.__class__.__name__}: {exc}"))


class _Relay(QObject):
    """Lives on the GUI thread, so the worker's queued signals run its slots there.

    A plain function connected to a worker's signal runs on the worker's thread, even
    with a queued connection: the progress dialog was being changed from the worker.
    """

    def __init__(self, show: Callable[[Progress], None], done: Callable[[object], None]) -> None:
        super().__init__()
        self._show, self._done = show, done

    @Slot(object)
    def show(self, step: Progress) -> None:
        self._show(step)

    @Slot(object)
    def done(self, value: object) -> None:
        self._done(value)


def step_text(step: Progress) -> str:
    """Say an export step in the interface language."""
    translate = QCoreApplication.translate
    if step.done >= step.total:
        return translate("Export", "Done")
    if step.output is not None:
        return translate("Export", "Laying out the %1…").replace("%1", step.output.format.upper())
    if step.done == 0:
        return translate("Export", "Preparing…")
    return translate("Export", "Saving the files…")


def run_export(loaded: service.Loaded, outputs: list[Output], parent: QWidget) -> list[Output]:
    """Export on a worker thread while a progress dialog shows each step; raise ThadinError on failure."""
    progress = QProgressDialog(parent)
    progress.setWindowTitle(QCoreApplication.translate("Export", "Exporting"))
    progress.setCancelButton(None)  # outputs are staged then renamed together: nothing to half-cancel
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setLabelText(QCoreApplication.translate("Export", "Preparing…"))
    thread = QThread(parent)
    worker = _Worker(loaded, outputs)
    worker.moveToThread(thread)
    loop = QEventLoop()
    result: list[object] = []

    def show(step: Progress) -> None:
        progress.setMaximum(step.total)
        progress.setValue(step.done)
        progress.setLabelText(step_text(step))

    def done(value: object) -> None:
        result.append(value)
        loop.quit()

    relay = _Relay(show, done)
    worker.progressed.connect(relay.show, Qt.ConnectionType.QueuedConnection)
    worker.finished.connect(relay.done, Qt.ConnectionType.QueuedConnection)
    thread.started.connect(worker.run)
    thread.start()
    if not result:
        loop.exec()
    thread.quit()
    thread.wait()
    QCoreApplication.processEvents()  # the last step's label, queued just before "finished"
    progress.close()
    progress.deleteLater()
    if isinstance(result[0], ThadinError):
        raise result[0]
    return list(result[0])  # type: ignore[call-overload]
