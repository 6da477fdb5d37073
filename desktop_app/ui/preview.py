"""The live preview: the exact PDF bytes an export would write, rendered off the GUI thread.

After a pause in typing the draft's YAML is handed to a worker thread, which runs the
same loader, checks and PDF writer as ``thadin export``. Only one render runs at a time;
edits made meanwhile are coalesced into the next one, so typing never waits.

The writer continues from the page being edited (``writers/pdf/paging.py``) and hands
over the pages up to the edited one as soon as they are done: the pane shows them
(``partial``, still marked as updating) while the pages after it are laid out.

The pane loads each PDF into a fresh QPdfDocument on a thread of its own, page sizes
included (QPdfView lays out every page from them: ~0.5 s of PDFium for 200 pages, on the
GUI thread when the shown document was reloaded). The pages on screen stay painted (a
picture of them covers the view) until the new document's visible pages are drawn, at the
same scroll position: no white flash, no jump to page 1.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QObject,
    QPointF,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSpinBox, QToolButton, QVBoxLayout, QWidget

from .. import service
from ..errors import Problem
from .people import body_paragraphs

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
    generation: int = 0  # which document it belongs to (see PreviewRenderer.reset)
    citation_numbers: dict[str, dict[str, int]] = field(default_factory=dict)
    paragraphs: dict[tuple[str, int | None], int] = field(default_factory=dict)  # see people.body_paragraphs


def render_snapshot(revision: int, yaml_text: str, path: Path, template_dirs: list[Path] | None = None,
                    early: Callable[[bytes], None] | None = None, bodies: dict | None = None) -> RenderResult:
    """Validate, check and render a draft snapshot through the service, as ``thadin export`` would.

    *early* gets the pages up to the edited one first (see ``service.preview``); *bodies*,
    the snapshot's bodies when *yaml_text* is its ``to_yaml``, place body problems without
    parsing the text again.
    """
    shown = service.preview(yaml_text, path, template_dirs, early)
    return RenderResult(revision, shown.pdf, shown.problems, shown.error, shown.note_numbers,
                        citation_numbers=shown.citation_numbers,
                        paragraphs=body_paragraphs(yaml_text, path, shown.problems, bodies))


class _Worker(QObject):
    done = Signal(object)
    partial = Signal(object)  # a RenderResult with the pages up to the edited one

    template_dirs: list[Path] | None = None

    @Slot(int, object, str, int)
    def work(self, revision: int, snapshot: object, path: str, generation: int) -> None:
        def early(pdf: bytes) -> None:
            self.partial.emit(RenderResult(revision, pdf, generation=generation))

        try:
            # A draft snapshot is serialised here, off the GUI thread (a long release takes a while).
            # Only the fields changed since the last one are written again (see Draft.to_yaml).
            yaml_text = snapshot if isinstance(snapshot, str) else snapshot.to_yaml()  # type: ignore[attr-defined]
            bodies = None if isinstance(snapshot, str) else snapshot.get(("body",), None)  # type: ignore[attr-defined]
            result = render_snapshot(revision, yaml_text, Path(path), self.template_dirs, early,
                                     bodies if isinstance(bodies, dict) else None)
        except Exception as exc:  # noqa: BLE001 - a bug must not kill the preview thread
            result = RenderResult(revision, None, [], f"internal error: {exc.__class__.__name__}: {exc}")
        result.generation = generation
        self.done.emit(result)


class PreviewRenderer(QObject):
    """Debounces edits and renders the latest snapshot on a worker thread."""

    rendered = Signal(object)  # a RenderResult
    partial = Signal(object)  # a RenderResult: the pages up to the edited one, the rest still coming
    busyChanged = Signal(bool)
    _request = Signal(int, object, str, int)

    def __init__(self, template_dirs: list[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("preview-renderer")
        self._worker = _Worker()
        self._worker.template_dirs = template_dirs
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.work, Qt.ConnectionType.QueuedConnection)
        self._worker.done.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._worker.partial.connect(self._partial, Qt.ConnectionType.QueuedConnection)
        self._thread.start()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._send)
        self._pending: tuple[int, object, str] | None = None
        self._running = False
        self.generation = 0
        self.asked = False  # whether any render was asked for this document (see reset)

    def reset(self) -> None:
        """Forget renders of the previous document: a late result for it is never shown."""
        self.generation += 1
        self._pending = None
        self.asked = False
        self._timer.stop()

    def schedule(self, revision: int, snapshot: str | Callable[[], object], path: Path,
                 immediately: bool = False) -> None:
        """Ask for a render after the debounce pause (or now).

        *snapshot* is release YAML, or a function returning what to render (a Draft copy)
        that is called only when the pause is over: no work per keystroke.
        """
        self._pending = (revision, snapshot, str(path))
        self.asked = True
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
        (revision, snapshot, path), self._pending = self._pending, None
        if callable(snapshot):
            snapshot = snapshot()
        self._request.emit(revision, snapshot, path, self.generation)

    @Slot(object)
    def _partial(self, result: RenderResult) -> None:
        if result.generation == self.generation and self._pending is None:  # not already out of date
            self.partial.emit(result)

    @Slot(object)
    def _finished(self, result: RenderResult) -> None:
        self._running = False
        if result.generation == self.generation:
            self.rendered.emit(result)
        if self._pending is not None and not self._timer.isActive():
            self._send()
        elif self._pending is None:
            self.busyChanged.emit(False)

    @property
    def busy(self) -> bool:
        """Whether a render is running or waiting for the typing pause."""
        return self._running or self._pending is not None

    def stop(self) -> None:
        """Finish the worker thread (on close)."""
        self._timer.stop()
        self._thread.quit()
        self._thread.wait(5000)


class _Loaded(QObject):
    """Announces a document loaded off the GUI thread (one for the session: a load may outlive its pane)."""

    done = Signal(object, object, int)  # the QPdfDocument (now living on the GUI thread), the pane's id, the ticket


_LOADED: list[tuple[_Loaded, QThreadPool]] = []
_TICKETS = itertools.count(1)


def _loading() -> tuple[_Loaded, QThreadPool]:
    """Return the session's announcer and its one loading thread (loads finish in the order asked)."""
    if not _LOADED:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)  # the edited page's document before the whole one's
        _LOADED.append((_Loaded(), pool))  # made on the GUI thread, on first use
    return _LOADED[0]


class _Load(QRunnable):
    """Load PDF bytes into a new QPdfDocument on Qt's thread pool, page sizes read, and hand it over.

    ``cancelled`` (set on the GUI thread: the whole document came while the edited page's
    was waiting or loading) stops it before the load or between pages; the pane drops what
    it hands over then.
    """

    def __init__(self, data: bytes, pane: int, ticket: int, announcer: _Loaded) -> None:
        super().__init__()
        self.data, self.pane, self.ticket, self.announcer = data, pane, ticket, announcer
        self.cancelled = False

    def run(self) -> None:
        if self.cancelled:
            return
        document = QPdfDocument()
        buffer = QBuffer(document)  # goes and dies with its document
        buffer.setData(QByteArray(self.data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        for page in range(document.pageCount()):  # what QPdfView's layout reads: PDFium parses each page once
            if self.cancelled:  # ~1.5 ms a page in QtPdf: the whole document waits behind this one
                break
            document.pagePointSize(page)
        document.moveToThread(self.announcer.thread())
        try:
            self.announcer.done.emit(document, self.pane, self.ticket)
        except RuntimeError:  # the app is shutting down
            pass


class PreviewPane(QWidget):
    """QPdfView over the rendered bytes, with zoom, page navigation and a stale marker."""

    shown = Signal(int)  # the revision now on screen (its visible pages drawn)
    shownPartly = Signal(int)  # the pages up to the edited one of this revision are on screen
    loadFailed = Signal(str)  # QtPdf could not read the bytes (the name of its error)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty = QPdfDocument(self)  # shown while there are no pages
        self.pdf = self._empty  # the document on screen
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._revision = -1
        self._partial = -1  # the revision whose first pages are loading or on screen (-1: a whole one)
        self._restore: tuple[int, int] | None = None
        self._ticket = 0  # loads asked for; a load's result is shown only if no later one was shown
        self._shown_ticket = 0
        self._asked: dict[int, tuple[int, int]] = {}  # ticket: (revision, partial revision or -1)
        self._first_pages: _Load | None = None  # the edited page's document, waiting or loading
        self.loads_started = 0  # documents handed to the loading thread (a test counts them)
        self._announcer, self._pool = _loading()
        self._announcer.done.connect(self._loaded, Qt.ConnectionType.QueuedConnection)  # dropped with this pane
        # A picture of the pages on screen, over the view until the new document's pages are drawn.
        self.cover = QLabel(self.view)
        self.cover.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.cover.hide()
        self._awaited: set[int] = set()  # pages of the new document still to be drawn under the cover
        self._cover_timer = QTimer(self)
        self._cover_timer.setSingleShot(True)
        self._cover_timer.setInterval(500)  # never longer than this, whatever QtPdf does
        self._cover_timer.timeout.connect(self._uncover)
        renderer = self.view.findChild(QPdfPageRenderer)  # QPdfView's own: it draws pages on a thread
        if renderer is not None:
            renderer.pageRendered.connect(self._page_drawn)

        # The banner wraps: a long notice grows downwards, never widens the pane or is cut.
        self.stale = QLabel(self)
        self.stale.setWordWrap(True)
        self.stale.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.stale.setContentsMargins(6, 3, 6, 3)
        self.stale.hide()
        # Greys the last good pages while the text has errors: they are not what the text says.
        self.overlay = QLabel(self.view)
        self.overlay.setStyleSheet("background: rgba(90, 90, 90, 150)")
        self.overlay.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.overlay.hide()
        self.view.installEventFilter(self)
        self._page_texts: dict[int, str] = {}
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
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.stale)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current interface language."""
        self.view.setAccessibleName(self.tr("Preview of the PDF"))
        self.page.setAccessibleName(self.tr("Page"))
        self.zoom_in.setText(self.tr("Zoom in"))
        self.zoom_out.setText(self.tr("Zoom out"))
        self.fit.setText(self.tr("Fit width"))
        if self.pdf.status() == QPdfDocument.Status.Ready:
            self.pages.setText(self.tr("of %n page(s)", "", self.pdf.pageCount()))
        if self.stale.text() and not self.overlay.isVisible():
            self.set_stale(True)

    def set_stale(self, stale: bool, reason: str = "", errors: bool = False) -> None:
        """Show whether the preview lags behind the text: updating, or (*errors*) not the text at all.

        With errors the pages are greyed and the banner says why, so nobody approves
        pages that are not what the text now says.
        """
        text = reason or (self.tr("Updating preview…") if stale else "")
        self.stale.setText(text)
        self.stale.setVisible(bool(text))
        self.stale.setStyleSheet("background: #fde7e9; color: #7a0000; font-weight: bold" if errors
                                 else "background: #eef2f7; color: #333")
        self.overlay.setVisible(errors)
        self._place_overlay()

    def clear(self, reason: str) -> None:
        """Show no pages at all (a new release is being opened): never the previous document's."""
        self._restore = None
        self._revision = -1
        self._partial = -1
        self._page_texts = {}
        self._shown_ticket = self._ticket  # a load still on its way belongs to the previous document
        self._forget_first_pages()
        self._asked.clear()
        self._cover_timer.stop()
        self._awaited = set()
        self.cover.hide()
        self._show_document(self._empty)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.set_stale(True, reason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._place_overlay()
        return False

    def _place_overlay(self) -> None:
        self.overlay.setGeometry(self.view.rect())
        self.overlay.raise_()
        self.cover.setGeometry(self.view.viewport().geometry())

    def page_of(self, text: str) -> int | None:
        """Return the page (0-based) whose text holds *text* (spaces ignored), or None."""
        needle = "".join(text.split())[:40]
        if len(needle) < 4 or self.pdf.status() != QPdfDocument.Status.Ready:
            return None
        for page in range(self.pdf.pageCount()):
            if page not in self._page_texts:
                self._page_texts[page] = "".join(self.pdf.getAllText(page).text().split())
            if needle in self._page_texts[page]:
                return page
        return None

    def go_to_page(self, page: int) -> None:
        """Scroll the preview to the top of *page* (0-based)."""
        if page != self.view.pageNavigator().currentPage():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

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

    def show_partial(self, result: RenderResult) -> None:
        """Show the pages up to the edited one of a revision still rendering (the banner still says updating).

        Loaded from the next turn of the event loop: when the whole document came in the
        same turn (the rest of the render was quick, or the GUI thread was busy), only the
        whole one is loaded; one that comes while this one loads stops it.
        """
        if result.pdf is None or result.revision <= self._revision:
            return
        self._forget_first_pages()
        self._first_pages = self._job(result.pdf, result.revision, result.revision)
        QTimer.singleShot(0, self, self._load_first_pages)

    def _load_first_pages(self) -> None:
        job = self._first_pages
        if job is not None and not job.cancelled and job.ticket in self._asked:
            self.loads_started += 1
            self._pool.start(job)

    def _forget_first_pages(self) -> None:
        """Drop the edited page's document still waiting or loading (a later one replaces it)."""
        job, self._first_pages = self._first_pages, None
        if job is not None:
            job.cancelled = True
            self._asked.pop(job.ticket, None)

    def show_pdf(self, revision: int, data: bytes) -> None:
        """Load new PDF bytes, keeping the page and scroll position; ``shown`` says when it is on screen."""
        job = self._first_pages
        if job is not None and self._asked.get(job.ticket, (revision + 1,))[0] <= revision:
            self._forget_first_pages()  # this revision's whole document: no need for its first pages
        self.loads_started += 1
        self._pool.start(self._job(data, revision, -1))

    def _job(self, data: bytes, revision: int, partial: int) -> _Load:
        self._ticket = next(_TICKETS)  # never reused, whichever pane asks
        self._asked[self._ticket] = (revision, partial)
        return _Load(data, id(self), self._ticket, self._announcer)

    @Slot(object, object, int)
    def _loaded(self, document: QPdfDocument, pane: int, ticket: int) -> None:
        if pane != id(self):
            return  # another pane's (the letterhead designer has one too)
        if ticket not in self._asked:  # a pane gone, or a document replaced, since it was asked for
            document.deleteLater()
            return
        revision, partial = self._asked.pop(ticket)
        if ticket <= self._shown_ticket or (partial >= 0 and partial <= self._revision):
            document.deleteLater()  # a later load is on screen already
            return
        if document.status() != QPdfDocument.Status.Ready:
            self.loadFailed.emit(document.error().name)
            document.deleteLater()
            return
        self._shown_ticket = ticket
        if self._awaited and self._partial >= 0:  # the edited page's pages, replaced while being drawn
            self.shownPartly.emit(self._partial)
        if self._partial < 0 and self.pdf.pageCount():  # after a partial load keep the position read before it
            self._restore = (self.view.verticalScrollBar().value(), self.view.horizontalScrollBar().value())
        self._cover_old_pages()
        self._partial = partial
        if partial < 0:
            self._revision = revision
        self._page_texts = {}
        self._show_document(document)
        count = document.pageCount()
        self.page.setMaximum(max(count, 1))
        self.pages.setText(self.tr("of %n page(s)", "", count))
        if self._restore is not None:
            self.view.verticalScrollBar().setValue(self._restore[0])
            self.view.horizontalScrollBar().setValue(self._restore[1])
        self._await_visible_pages()

    def _show_document(self, document: QPdfDocument) -> None:
        old, self.pdf = self.pdf, document
        self.view.setDocument(document)
        if old is not document and old is not self._empty:
            old.deleteLater()

    def _cover_old_pages(self) -> None:
        """Put a picture of the pages on screen over the view, unless one is there already."""
        viewport = self.view.viewport()
        if self.cover.isVisible() or not self.pdf.pageCount() or not viewport.isVisible():
            return
        self.cover.setPixmap(viewport.grab())  # drawn from QPdfView's page images: no page rendered
        self.cover.setGeometry(viewport.geometry())
        self.cover.show()
        self.overlay.raise_()

    def _await_visible_pages(self) -> None:
        """Wait for the new document's visible pages to be drawn, then take the cover away."""
        self._awaited = set(self._visible_pages()) if self.cover.isVisible() else set()
        if not self._awaited:
            self._uncover()
            return
        self._cover_timer.start()

    def _visible_pages(self) -> list[int]:
        """Return the pages QPdfView shows at this scroll position (a release's pages are all one size)."""
        count = self.pdf.pageCount()
        bar, height = self.view.verticalScrollBar(), self.view.viewport().height()
        margins, spacing = self.view.documentMargins(), self.view.pageSpacing()
        total = bar.maximum() + height - margins.top() - margins.bottom()
        if count == 0 or bar.maximum() == 0:
            return list(range(min(count, 4)))
        page = (total - spacing * (count - 1)) / count
        top, bottom = bar.value() - margins.top(), bar.value() + height - margins.top()
        return [n for n in range(count) if n * (page + spacing) < bottom and n * (page + spacing) + page > top]

    @Slot(int)
    def _page_drawn(self, page: int, *_rest: object) -> None:
        if not self._awaited:
            return
        self._awaited.discard(page)
        if not self._awaited:
            QTimer.singleShot(0, self._uncover)  # QPdfView takes the image in first, then this goes

    def _uncover(self) -> None:
        self._cover_timer.stop()
        self._awaited = set()
        if self.cover.isVisible():
            self.cover.hide()
            self.cover.clear()
        if self.pdf is self._empty:
            return
        if self._partial >= 0:
            self.shownPartly.emit(self._partial)
        else:
            self.shown.emit(self._revision)
