"""The live preview: the exact PDF bytes an export would write, rendered off the GUI thread.

After a pause in typing the draft's YAML is handed to a worker thread, which runs the
same loader, checks and PDF writer as ``thadin export``. Only one render runs at a time;
edits made meanwhile are coalesced into the next one, so typing never waits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPointF, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSpinBox, QToolButton, QVBoxLayout, QWidget

from .. import service
from ..errors import Problem

#: Pause in typing after which the preview re-renders.
DEBOUNCE_MS = 250


@dataclass
class RenderResult:
    """What the worker made of one snapshot of the draft."""

    revision: int
    pdf: bytes | None = None
    problems: list[Problem] = field(default_factory=list)
    error: str = ""
    note_numbers: dict[str, int] = field(default_factory=dict)


def render_snapshot(revision: int, yaml_text: str, path: Path, template_dirs: list[Path] | None = None
                    ) -> RenderResult:
    """Validate, check and render a draft snapshot through the service, as ``thadin export`` would."""
    shown = service.preview(yaml_text, path, template_dirs)
    return RenderResult(revision, shown.pdf, shown.problems, shown.error, shown.note_numbers)


class _Worker(QObject):
    done = Signal(object)

    template_dirs: list[Path] | None = None

    @Slot(int, str, str)
    def work(self, revision: int, yaml_text: str, path: str) -> None:
        try:
            result = render_snapshot(revision, yaml_text, Path(path), self.template_dirs)
        except Exception as exc:  # noqa: BLE001 - a bug must not kill the preview thread
            result = RenderResult(revision, None, [], f"internal error: {exc.__class__.__name__}: {exc}")
        self.done.emit(result)


class PreviewRenderer(QObject):
    """Debounces edits and renders the latest snapshot on a worker thread."""

    rendered = Signal(object)  # a RenderResult
    busyChanged = Signal(bool)
    _request = Signal(int, str, str)

    def __init__(self, template_dirs: list[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("preview-renderer")
        self._worker = _Worker()
        self._worker.template_dirs = template_dirs
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.work, Qt.ConnectionType.QueuedConnection)
        self._worker.done.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._thread.start()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._send)
        self._pending: tuple[int, str, str] | None = None
        self._running = False

    def schedule(self, revision: int, yaml_text: str, path: Path, immediately: bool = False) -> None:
        """Ask for a render of this snapshot after the debounce pause (or now)."""
        self._pending = (revision, yaml_text, str(path))
        self.busyChanged.emit(True)
        if immediately:
            self._timer.stop()
            self._send()
        else:
            self._timer.start()

    def _send(self) -> None:
        if self._running or self._pending is None:
            return
        self._running = True
        request, self._pending = self._pending, None
        self._request.emit(*request)

    @Slot(object)
    def _finished(self, result: RenderResult) -> None:
        self._running = False
        self.rendered.emit(result)
        if self._pending is not None and not self._timer.isActive():
            self._send()
        elif self._pending is None:
            self.busyChanged.emit(False)

    def stop(self) -> None:
        """Finish the worker thread (on close)."""
        self._timer.stop()
        self._thread.quit()
        self._thread.wait(5000)


class PreviewPane(QWidget):
    """QPdfView over the rendered bytes, with zoom, page navigation and a stale marker."""

    shown = Signal(int)  # the revision now on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._buffer: QBuffer | None = None
        self._revision = -1
        self._restore: tuple[int, int] | None = None
        self.pdf.statusChanged.connect(self._status_changed)

        self.stale = QLabel(self)
        # A long notice must not widen the pane (and move the splitter): it is cut, not grown into.
        self.stale.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.page = QSpinBox(self)
        self.page.setMinimum(1)
        self.page.valueChanged.connect(lambda n: self.view.pageNavigator().jump(n - 1, QPointF(), 0))
        self.pages = QLabel(self)
        self.zoom_out, self.zoom_in, self.fit = QToolButton(self), QToolButton(self), QToolButton(self)
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        self.fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.view.pageNavigator().currentPageChanged.connect(lambda p: self._set_page_box(p + 1))
        bar = QHBoxLayout()
        for widget in (self.page, self.pages, self.zoom_out, self.zoom_in, self.fit):
            bar.addWidget(widget)
        bar.addWidget(self.stale, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current interface language."""
        self.view.setAccessibleName(self.tr("Preview of the PDF"))
        self.page.setAccessibleName(self.tr("Page"))
        self.zoom_in.setText(self.tr("Zoom in"))
        self.zoom_out.setText(self.tr("Zoom out"))
        self.fit.setText(self.tr("Fit width"))
        self.set_stale(bool(self.stale.text()))

    def set_stale(self, stale: bool, reason: str = "") -> None:
        """Show whether the preview lags behind the text (rendering, or the file has errors)."""
        text = reason or (self.tr("Updating preview…") if stale else "")
        self.stale.setText(text)
        self.stale.setToolTip(text)  # the label may be cut short in a narrow pane

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def _set_page_box(self, page: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(page)
        self.page.blockSignals(False)

    @property
    def revision(self) -> int:
        """The draft revision on screen."""
        return self._revision

    def show_pdf(self, revision: int, data: bytes) -> None:
        """Load new PDF bytes, keeping the page and scroll position."""
        self._restore = (self.view.verticalScrollBar().value(), self.view.horizontalScrollBar().value())
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        old, self._buffer = self._buffer, buffer
        self._revision = revision
        self.pdf.load(buffer)
        if old is not None:
            old.deleteLater()

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        if status != QPdfDocument.Status.Ready:
            return
        count = self.pdf.pageCount()
        self.page.setMaximum(max(count, 1))
        self.pages.setText(self.tr("of %n page(s)", "", count))
        if self._restore is not None:
            vertical, horizontal = self._restore
            QTimer.singleShot(0, lambda: (self.view.verticalScrollBar().setValue(vertical),
                                          self.view.horizontalScrollBar().setValue(horizontal)))
        self.shown.emit(self._revision)
