"""The start screen: where a person begins — a new release on a letterhead, a file, a recent one, the sample.

Shown when the app starts without a file (after any recovery offer) and from File ▸ New.
It covers the whole window, so the previous document's editor and preview are never in
sight once a door is chosen: every door that replaces the document goes through
``MainWindow.set_document``, which clears the preview before the editor comes back.

The sample that ships with Thadin opens as a *sample*: the window title and a bar above
the editor say so, Save asks where to keep a copy, it is never written back and never
listed in Recent. Installed by the main window as ``StartHook`` (one line there).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar, cast

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QObject,
    QRunnable,
    QSettings,
    QSize,
    QStandardPaths,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QIcon, QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import service
from ..dates import format_date
from ..draft import Draft
from ..letterhead_draft import LetterheadDraft
from ..letterhead_store import LetterheadEntry
from ..myanmar.numerals import to_myanmar_digits
from ..resources import sample_release
from .designer import LetterheadDesigner
from .document import ReleaseDocument, is_bundled, is_the_sample
from .i18n import current_language

MAX_RECENT = 8
THUMB_WIDTH = 300  # pixels of a letterhead card's banner picture
_ROLE = Qt.ItemDataRole.UserRole


# -- Recent ------------------------------------------------------------------------------------------
class RecentFiles:
    """Releases opened or saved lately, newest first, with when each was last opened (kept in QSettings)."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def paths(self) -> list[Path]:
        """Return the recent releases, newest first (missing files included: the list says so)."""
        value = self.settings.value("files/recent", [])
        names = [value] if isinstance(value, str) else list(cast(Iterable[str], value or []))
        return [Path(n) for n in names if n]

    def opened(self) -> dict[str, str]:
        """When each recent file was last opened: path → ISO time in UTC."""
        try:
            value = json.loads(str(self.settings.value("files/opened", "{}")))
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def last_opened(self, path: Path) -> dt.datetime | None:
        """When *path* was last opened or saved here (None when not known)."""
        stamp = self.opened().get(str(path))
        try:
            return dt.datetime.fromisoformat(stamp) if isinstance(stamp, str) else None
        except ValueError:
            return None

    def remember(self, path: Path, now: dt.datetime | None = None) -> None:
        """Put *path* first (a file of the user's; never the shipped sample or Thadin's own files)."""
        if is_bundled(path):
            return
        self.settings.setValue("files/folder", str(path.parent))
        recent = [str(path)] + [str(p) for p in self.paths() if p != path]
        self._store(recent[:MAX_RECENT])
        opened = self.opened()
        opened[str(path)] = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
        self.settings.setValue("files/opened", json.dumps({k: v for k, v in opened.items() if k in recent}))

    def forget(self, path: Path) -> None:
        """Take *path* off the list (the file itself is not touched)."""
        self._store([str(p) for p in self.paths() if p != path])
        opened = self.opened()
        opened.pop(str(path), None)
        self.settings.setValue("files/opened", json.dumps(opened))

    def _store(self, names: list[str]) -> None:
        self.settings.setValue("files/recent", names)


def folder_as_read(folder: Path) -> str:
    """Name a folder as a person reads it: "Documents ▸ Releases", "Home ▸ work", "D: ▸ Press"."""
    places = [(QStandardPaths.StandardLocation.DesktopLocation, QCoreApplication.translate("StartScreen", "Desktop")),
              (QStandardPaths.StandardLocation.DocumentsLocation,
               QCoreApplication.translate("StartScreen", "Documents")),
              (QStandardPaths.StandardLocation.DownloadLocation,
               QCoreApplication.translate("StartScreen", "Downloads")),
              (QStandardPaths.StandardLocation.HomeLocation, QCoreApplication.translate("StartScreen", "Home"))]
    for location, name in places:
        base = QStandardPaths.writableLocation(location)
        if not base:
            continue
        try:
            inside = folder.relative_to(Path(base))
        except ValueError:
            continue
        return " ▸ ".join([name, *inside.parts])
    parts = list(folder.parts)
    if parts and parts[0] in ("/", "\\"):
        parts = [QCoreApplication.translate("StartScreen", "Computer"), *parts[1:]]
    elif parts:
        parts[0] = parts[0].rstrip("\\/")
    return " ▸ ".join(parts)


def when_opened(moment: dt.datetime | None, lang: str, today: dt.date | None = None) -> str:
    """Say when a file was last opened in the interface language ("today, 10:42", a date)."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo else moment
    today = today or dt.date.today()
    clock = local.strftime("%H:%M")
    if lang == "my":
        clock = to_myanmar_digits(clock)
    if local.date() == today:
        return QCoreApplication.translate("StartScreen", "today, %1").replace("%1", clock)
    if local.date() == today - dt.timedelta(days=1):
        return QCoreApplication.translate("StartScreen", "yesterday, %1").replace("%1", clock)
    return format_date(local.date(), lang)


# -- letterhead pictures ---------------------------------------------------------------------------------
class _Drawn(QObject):
    done = Signal(str, bytes)  # letterhead file, its page's PDF ("" when it could not be drawn)


_DRAWN: list[_Drawn] = []  # one for the session, never deleted: a drawing may finish after its screen closed


def _drawn() -> _Drawn:
    """Return the session's announcer of finished pictures (made on the GUI thread on first use)."""
    if not _DRAWN:
        _DRAWN.append(_Drawn())
    return _DRAWN[0]


class _DrawPage(QRunnable):
    """Render one letterhead's page on Qt's thread pool (no thread of ours to stop at exit)."""

    def __init__(self, path: str, drawn: _Drawn) -> None:
        super().__init__()
        self.path, self.drawn = path, drawn

    def run(self) -> None:
        try:
            pdf = service.letterhead_page(Path(self.path))
        except Exception:  # noqa: BLE001 - a damaged letterhead gets no picture, never a dead worker
            pdf = b""
        try:
            self.drawn.done.emit(self.path, pdf)
        except RuntimeError:  # the app is shutting down: no screen is left to show it
            pass


class LetterheadPictures(QObject):
    """Draws each letterhead's banner off the GUI thread, through the same writer as an export."""

    ready = Signal(str)  # the letterhead file whose picture is now known
    _cache: ClassVar[dict[tuple[str, int], QImage]] = {}  # for the whole session: a letterhead is drawn once

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._drawn = _drawn()  # Qt drops the connection when this object is deleted
        self._drawn.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self._asked: set[tuple[str, int]] = set()

    @staticmethod
    def _key(path: Path) -> tuple[str, int]:
        try:
            return str(path), path.stat().st_mtime_ns
        except OSError:
            return str(path), 0

    def picture(self, path: Path) -> QImage | None:
        """Return the letterhead's banner picture, or None while it is being drawn (``ready`` follows)."""
        key = self._key(path)
        if key in self._cache:
            return self._cache[key]
        if key not in self._asked:
            self._asked.add(key)
            QThreadPool.globalInstance().start(_DrawPage(str(path), self._drawn))
        return None

    @Slot(str, bytes)
    def _done(self, path: str, pdf: bytes) -> None:
        self._cache[self._key(Path(path))] = banner_picture(pdf) if pdf else QImage()
        self.ready.emit(path)


def banner_picture(pdf: bytes, width: int = THUMB_WIDTH * 2) -> QImage:
    """Rasterise a letterhead page and keep its banner: the top of the page down to the rule under it."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        return QImage()
    size = document.pagePointSize(0)
    height = round(width * size.height() / max(size.width(), 1))
    rendered = document.render(0, QSize(width, height))
    document.close()
    page = QImage(rendered.size(), QImage.Format.Format_RGB32)
    page.fill(QColor("white"))  # the page is transparent where nothing is drawn
    painter = QPainter(page)
    painter.drawImage(0, 0, rendered)
    painter.end()
    left, top, right, bottom = banner_box(page)
    return page.copy(left, top, right - left, bottom - top)


def banner_box(page: QImage) -> tuple[int, int, int, int]:
    """Return the banner's box on the page: left, top, right, and the row below its last full-width rule.

    Searched in the page's top half: the writer draws a rule under every banner; without
    one, the banner ends at the half.
    """
    width, limit = page.width(), page.height() // 2
    inked_rows = []
    for y in range(limit):
        inked = [x for x in range(0, width, 2) if QColor(page.pixel(x, y)).lightness() < 235]
        if inked:
            inked_rows.append((y, inked[0], inked[-1], len(inked)))
    if not inked_rows:
        return 0, 0, width, limit
    widest = max(right - left for _, left, right, _ in inked_rows)
    rules = [y for y, left, right, count in inked_rows if right - left >= 0.9 * widest and count * 2 >= 0.9 * widest]
    bottom = rules[-1] if rules else limit
    left = min(left for y, left, _, _ in inked_rows if y <= bottom)
    right = max(right for y, _, right, _ in inked_rows if y <= bottom)
    pad = max(4, width // 100)
    top = inked_rows[0][0]
    return max(0, left - pad), max(0, top - pad), min(width, right + pad), min(page.height(), bottom + pad)


# -- the screen -------------------------------------------------------------------------------------
class StartScreen(QWidget):
    """The doors: New from a letterhead · Open · Recent · Sample · Design a letterhead."""

    newRequested = Signal(str, list)  # letterhead name, languages
    openRequested = Signal()
    recentRequested = Signal(Path)
    sampleRequested = Signal()
    designRequested = Signal()
    backRequested = Signal()

    def __init__(self, entries: list[LetterheadEntry], recent: RecentFiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recent = recent
        self.entries = entries
        self.pictures = LetterheadPictures(self)
        self.pictures.ready.connect(self._picture_ready)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 18pt; font-weight: bold")
        self.heading.setWordWrap(True)
        self.new_label = QLabel(self)
        self.new_label.setStyleSheet("font-size: 13pt; font-weight: bold")
        self.letterheads = QListWidget(self)
        self.letterheads.setObjectName("letterhead-names")  # the letterheads' own names
        self.letterheads.setViewMode(QListView.ViewMode.IconMode)
        self.letterheads.setFlow(QListView.Flow.LeftToRight)
        self.letterheads.setWrapping(True)
        self.letterheads.setResizeMode(QListView.ResizeMode.Adjust)
        self.letterheads.setMovement(QListView.Movement.Static)
        self.letterheads.setWordWrap(True)
        self.letterheads.setIconSize(QSize(THUMB_WIDTH, THUMB_WIDTH // 4))
        self.letterheads.setGridSize(QSize(THUMB_WIDTH + 40, THUMB_WIDTH // 4 + self._text_height()))
        self.letterheads.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.letterheads.itemActivated.connect(lambda _item: self.create_release())
        self.letterheads.installEventFilter(self)
        self.burmese, self.english = QCheckBox(self), QCheckBox(self)
        for box in (self.burmese, self.english):
            box.setChecked(True)
        self.languages_label = QLabel(self)
        self.create_button = QPushButton(self)
        self.create_button.clicked.connect(self.create_release)
        self.open_button, self.sample_button, self.design_button = (QPushButton(self) for _ in range(3))
        self.open_button.clicked.connect(self.openRequested)
        self.sample_button.clicked.connect(self.sampleRequested)
        self.design_button.clicked.connect(self.designRequested)
        self.sample_note = QLabel(self)
        self.sample_note.setWordWrap(True)
        self.recent_label = QLabel(self)
        self.recent_label.setStyleSheet("font-size: 13pt; font-weight: bold")
        self.recent_list = QTreeWidget(self)
        self.recent_list.setObjectName("file-names")  # the user's own file and folder names
        self.recent_list.setRootIsDecorated(False)
        self.recent_list.setColumnCount(3)
        self.recent_list.setMinimumHeight(120)
        self.recent_list.itemActivated.connect(lambda _item, _col: self.open_recent())
        self.recent_list.currentItemChanged.connect(lambda *_: self._enable())
        self.recent_empty = QLabel(self)
        self.open_recent_button, self.remove_button = QPushButton(self), QPushButton(self)
        self.open_recent_button.clicked.connect(self.open_recent)
        self.remove_button.clicked.connect(self.remove_recent)
        QShortcut(QKeySequence.StandardKey.Delete, self.recent_list, self.remove_recent,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self.backRequested)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._layout()
        self.retranslate()
        self.refresh(entries)

    def _layout(self) -> None:
        content = QWidget(self)
        content.setMaximumWidth(1200)
        column = QVBoxLayout(content)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        column.addSpacing(8)
        column.addWidget(self.new_label)
        column.addWidget(self.letterheads)
        languages = QHBoxLayout()
        for widget in (self.languages_label, self.burmese, self.english):
            languages.addWidget(widget)
        languages.addStretch(1)
        languages.addWidget(self.create_button)
        column.addLayout(languages)
        column.addSpacing(8)
        doors = QHBoxLayout()
        for button in (self.open_button, self.sample_button, self.design_button):
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            doors.addWidget(button)
        doors.addStretch(1)
        column.addLayout(doors)
        column.addWidget(self.sample_note)
        column.addSpacing(8)
        line = QFrame(content)
        line.setFrameShape(QFrame.Shape.HLine)
        column.addWidget(line)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent_empty)
        column.addWidget(self.recent_list, 1)
        recent_buttons = QHBoxLayout()
        recent_buttons.addStretch(1)
        recent_buttons.addWidget(self.open_recent_button)
        recent_buttons.addWidget(self.remove_button)
        column.addLayout(recent_buttons)
        holder = QWidget(self)
        centred = QHBoxLayout(holder)
        centred.addWidget(content, 1)
        scroll = QScrollArea(self)  # any window size: what does not fit scrolls, nothing is cut
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setTabOrder(self.letterheads, self.burmese)
        for first, second in ((self.burmese, self.english), (self.english, self.create_button),
                              (self.create_button, self.open_button), (self.open_button, self.sample_button),
                              (self.sample_button, self.design_button), (self.design_button, self.recent_list),
                              (self.recent_list, self.open_recent_button),
                              (self.open_recent_button, self.remove_button), (self.remove_button, self.back_button)):
            self.setTabOrder(first, second)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.letterheads and event.type() == QEvent.Type.Resize:
            self._fit_letterheads()
        return False

    def _fit_letterheads(self) -> None:
        """Make the letterhead cards' list as tall as its rows at this width (the page scrolls, not the list)."""
        grid = self.letterheads.gridSize()
        per_row = max(1, (self.letterheads.viewport().width() - 4) // max(grid.width(), 1))
        rows = max(1, -(-self.letterheads.count() // per_row))
        frame = self.letterheads.frameWidth() * 2 + 8
        height = min(rows, 3) * grid.height() + frame
        if self.letterheads.height() != height:
            self.letterheads.setFixedHeight(height)

    def retranslate(self) -> None:
        """Set every text in the interface language (letterhead names too: each in the reader's language)."""
        self.heading.setText(self.tr("What would you like to do?"))
        self.new_label.setText(self.tr("New release on a letterhead"))
        self.letterheads.setAccessibleName(self.tr("Letterheads"))
        self.languages_label.setText(self.tr("Write in:"))
        self.burmese.setText(self.tr("Burmese"))
        self.english.setText(self.tr("English"))
        self.create_button.setText(self.tr("&Create release"))
        self.open_button.setText(self.tr("&Open a release…"))
        self.sample_button.setText(self.tr("Try the &sample"))
        self.design_button.setText(self.tr("&Design a letterhead…"))
        self.sample_note.setText(self.tr("The sample is a finished press release to explore; it stays a sample "
                                         "until you save a copy of your own."))
        self.recent_label.setText(self.tr("Recent releases"))
        self.recent_empty.setText(self.tr("Releases you open or save appear here."))
        self.recent_list.setHeaderLabels([self.tr("Name"), self.tr("Folder"), self.tr("Last opened")])
        self.recent_list.setAccessibleName(self.tr("Recent releases"))
        self.open_recent_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("&Remove from list"))
        self.back_button.setText(self.tr("Back to the release"))
        self.refresh(self.entries)

    # -- contents ------------------------------------------------------------------------------------
    def refresh(self, entries: list[LetterheadEntry] | None = None, select: str | None = None) -> None:
        """List the letterheads (with their pictures) and the recent files again."""
        if entries is not None:
            self.entries = entries
        current = select or self.chosen_letterhead()
        lang = current_language()
        self.letterheads.clear()
        for entry in self.entries:
            text = entry.title_in(lang)
            if entry.bundled:
                text += "\n" + self.tr("(ships with Thadin)")
            item = QListWidgetItem(text)
            item.setData(_ROLE, entry.name)
            item.setData(_ROLE + 1, str(entry.path))
            item.setToolTip(entry.title_in(lang))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self._set_picture(item)
            self.letterheads.addItem(item)
            if entry.name == current:
                self.letterheads.setCurrentItem(item)
        if self.letterheads.currentRow() < 0 and self.letterheads.count():
            self.letterheads.setCurrentRow(0)
        self._fit_letterheads()
        self.fill_recent()

    def _set_picture(self, item: QListWidgetItem) -> None:
        picture = self.pictures.picture(Path(str(item.data(_ROLE + 1))))
        if picture is not None and not picture.isNull():
            item.setIcon(QIcon(QPixmap.fromImage(picture)))
            aspect = picture.height() / max(picture.width(), 1)
            self.letterheads.setIconSize(QSize(THUMB_WIDTH, max(40, min(round(THUMB_WIDTH * aspect), THUMB_WIDTH))))
            self.letterheads.setGridSize(QSize(THUMB_WIDTH + 40,
                                               self.letterheads.iconSize().height() + self._text_height()))
            self.letterheads.doItemsLayout()  # the card grows by its picture
            self._fit_letterheads()

    def _text_height(self) -> int:
        """Room under a card's picture for three lines of its name (Burmese lines are the tallest)."""
        metrics = self.letterheads.fontMetrics()
        line = max(metrics.lineSpacing(), metrics.boundingRect("ကြောင်းပြည့်ချုံ").height())
        return 3 * line + 16

    def _picture_ready(self, path: str) -> None:
        for row in range(self.letterheads.count()):
            item = self.letterheads.item(row)
            if item.data(_ROLE + 1) == path:
                self._set_picture(item)

    def fill_recent(self) -> None:
        """List the recent releases: name, folder as a person reads it, when last opened (or that it is gone)."""
        current = self.chosen_recent()
        self.recent_list.clear()
        lang = current_language()
        for path in self.recent.paths():
            name = path.name
            for suffix in (".release.yaml", ".release.yml"):
                name = name.removesuffix(suffix)
            missing = not path.is_file()
            when = (self.tr("Missing: no longer in this folder") if missing
                    else when_opened(self.recent.last_opened(path), lang))
            item = QTreeWidgetItem([name, folder_as_read(path.parent), when])
            item.setData(0, _ROLE, str(path))
            item.setData(0, _ROLE + 1, missing)
            if missing:
                for column in range(3):
                    item.setForeground(column, QColor("#a40000"))
                item.setToolTip(2, self.tr("The file was moved, renamed or deleted. Remove it from the list, "
                                           "or open it from where it is now."))
            self.recent_list.addTopLevelItem(item)
            if str(path) == current:
                self.recent_list.setCurrentItem(item)
        for column in range(3):
            self.recent_list.resizeColumnToContents(column)
        empty = self.recent_list.topLevelItemCount() == 0
        self.recent_list.setVisible(not empty)
        self.recent_empty.setVisible(empty)
        first = self.recent_list.topLevelItem(0)
        if self.recent_list.currentItem() is None and first is not None:
            self.recent_list.setCurrentItem(first)
        self._enable()

    def _enable(self) -> None:
        item = self.recent_list.currentItem()
        self.open_recent_button.setEnabled(item is not None and not item.data(0, _ROLE + 1))
        self.remove_button.setEnabled(item is not None)
        self.open_recent_button.setVisible(self.recent_list.isVisibleTo(self))
        self.remove_button.setVisible(self.recent_list.isVisibleTo(self))

    def chosen_letterhead(self) -> str:
        """Return the file name of the letterhead chosen for a new release ("" when none)."""
        item = self.letterheads.currentItem()
        return str(item.data(_ROLE)) if item is not None else ""

    def chosen_recent(self) -> str:
        """Return the path of the recent release chosen ("" when none)."""
        item = self.recent_list.currentItem()
        return str(item.data(0, _ROLE)) if item is not None else ""

    def languages(self) -> list[str]:
        """Return the languages a new release is written in."""
        return [code for code, box in (("my", self.burmese), ("en", self.english)) if box.isChecked()]

    # -- doors ---------------------------------------------------------------------------------------
    def create_release(self) -> None:
        """Ask for a new release on the chosen letterhead, in the chosen languages."""
        if not self.chosen_letterhead():
            return
        if not self.languages():
            self._say(QMessageBox.Icon.Information, self.tr("Choose at least one language."))
            return
        self.newRequested.emit(self.chosen_letterhead(), self.languages())

    def open_recent(self) -> None:
        """Open the chosen recent release; a missing one is reported and can be removed."""
        item = self.recent_list.currentItem()
        if item is None:
            return
        path = Path(str(item.data(0, _ROLE)))
        if path.is_file():
            self.recentRequested.emit(path)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Release not found"),
                          self.tr("“%1” is no longer in %2: it was moved, renamed or deleted.")
                          .replace("%1", item.text(0)).replace("%2", item.text(1)), parent=self)
        remove = box.addButton(self.tr("Remove from list"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep in list"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        self.ask(box)
        if box.clickedButton() is remove:
            self.remove_recent()
        self.fill_recent()

    def remove_recent(self) -> None:
        """Take the chosen release off the list (the file is not touched)."""
        item = self.recent_list.currentItem()
        if item is None:
            return
        row = self.recent_list.indexOfTopLevelItem(item)
        self.recent.forget(Path(str(item.data(0, _ROLE))))
        self.fill_recent()
        following = self.recent_list.topLevelItem(min(row, self.recent_list.topLevelItemCount() - 1))
        if following is not None:
            self.recent_list.setCurrentItem(following)
            self.recent_list.setFocus()

    def ask(self, box: QMessageBox) -> None:
        """Show a question (a seam tests replace)."""
        box.exec()

    def _say(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, self.tr("Start"), text, parent=self)
        box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        self.ask(box)

    def _escape(self) -> None:
        if self.back_button.isVisible():
            self.backRequested.emit()

    def enter(self, can_go_back: bool) -> None:
        """Show the doors afresh with focus on the first (a new release on the chosen letterhead)."""
        self.back_button.setVisible(can_go_back)
        self.refresh()
        self.letterheads.setFocus()


# -- the sample's mark -----------------------------------------------------------------------------------
class SampleBar(QLabel):
    """Above the editor while the sample is open: it is a sample, and Save keeps a copy elsewhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sample-bar")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.setStyleSheet("background: #fff4ce; color: #4d3800; border-bottom: 1px solid #e0c060; padding: 6px;")
        self.hide()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set the text in the interface language."""
        self.setText(self.tr("SAMPLE — this is the example release that ships with Thadin, not one of your files. "
                             "Change it freely to try things out; Save asks where to keep your own copy."))


# -- the window's way in ---------------------------------------------------------------------------------
class StartHook(QObject):
    """Puts the start screen into the main window, and the sample's marks (one line in mainwindow.py)."""

    def __init__(self, window: Any) -> None:  # the MainWindow (not imported: it imports this module)
        super().__init__(window)
        self.window = window
        self.recent = RecentFiles(window.settings)
        self.screen = StartScreen(self._entries(), self.recent)
        self.stack = QStackedWidget(window)
        editor_page = window.takeCentralWidget()
        self.stack.addWidget(editor_page)
        self.stack.addWidget(self.screen)
        window.setCentralWidget(self.stack)
        self.sample_bar = SampleBar(window)
        column = window.zawgyi_bar.parentWidget().layout()
        column.insertWidget(0, self.sample_bar)
        self._dock_was_visible = True
        self.screen.newRequested.connect(self.new_release)
        self.screen.openRequested.connect(self.open_release)
        self.screen.recentRequested.connect(self.open_recent)
        self.screen.sampleRequested.connect(self.open_sample)
        self.screen.designRequested.connect(self.design)
        self.screen.backRequested.connect(self.leave)
        window.documentReplaced.connect(self.document_replaced)
        self.document_replaced()

    def _entries(self) -> list[LetterheadEntry]:
        return self.window.letterhead_tools.store.entries()

    @property
    def showing(self) -> bool:
        """True while the start screen covers the window."""
        return self.stack.currentWidget() is self.screen

    # -- showing and leaving ---------------------------------------------------------------------------
    def show_start(self, can_go_back: bool = True) -> None:
        """Cover the window with the doors; the document underneath is untouched until one is chosen."""
        if not self.showing:
            self._dock_was_visible = not self.window.preflight_dock.isHidden()  # the window may not be shown yet
        self.window.preflight_dock.hide()
        self.window.status.hide()
        self.stack.setCurrentWidget(self.screen)
        self.screen.refresh(self._entries())
        self.screen.enter(can_go_back)
        self._enable_document_actions(False)
        self.window.setWindowTitle(self.window_title())
        self.window.setWindowModified(False)

    def leave(self) -> None:
        """Back to the editor (a door was taken, or Back)."""
        if not self.showing:
            return
        self.stack.setCurrentIndex(0)
        self.window.preflight_dock.setVisible(self._dock_was_visible)
        self.window.status.show()
        self._enable_document_actions(True)
        self.window._update_title()
        self.window.preview_if_waiting()  # nothing was rendered under the doors

    def window_title(self) -> str:
        """Return the window's title while the start screen shows."""
        return self.tr("Start") + " — Thadin"

    def _enable_document_actions(self, enabled: bool) -> None:
        """Save, Export, Undo and Insert act on the release: off while the doors cover it."""
        window = self.window
        for action in (window.save_action, window.save_as_action, window.export_pdf_action,
                       window.export_docx_action, window.export_both_action):
            action.setEnabled(enabled)
        window.undo_action.setEnabled(enabled and window.document.undo_stack.canUndo())
        window.redo_action.setEnabled(enabled and window.document.undo_stack.canRedo())
        window.insert_menu.setEnabled(enabled)

    def document_replaced(self) -> None:
        """Leave the doors and mark a sample: another release is on screen (a door, Open, Recover)."""
        document = self.window.document
        document.pathChanged.connect(self._mark_sample)
        self._mark_sample()
        self.leave()

    def _mark_sample(self) -> None:
        self.sample_bar.setVisible(self.window.document.is_sample)

    # -- doors ---------------------------------------------------------------------------------------
    def new_release(self, letterhead: str, languages: list[str]) -> None:
        """Start a blank release on *letterhead*: its page shows in the preview at once."""
        if not self.window.maybe_save():
            return
        self.window.recovery.discard()
        self.window.set_document(ReleaseDocument(Draft.new(letterhead, languages), self.window))
        self.window.editor.focus_field(f"headline.{languages[0]}")

    def open_release(self) -> None:
        """Open…: a file of the user's."""
        if not self.window.maybe_save():
            return
        path = self.window.prompts.open_path(str(self.window.settings.value("files/folder", str(Path.home()))))
        if path is not None:
            self.window.open_path(path)

    def open_recent(self, path: Path) -> None:
        """Open a release from Recent."""
        if self.window.maybe_save():
            self.window.open_path(path)

    def open_sample(self) -> None:
        """Open the shipped sample, marked as a sample."""
        if self.window.maybe_save():
            self.opens_as_sample(sample_release())

    def design(self) -> LetterheadDesigner:
        """Design a letterhead: the designer on a blank one; once saved, it is offered here at once."""
        tools = self.window.letterhead_tools
        designer = LetterheadDesigner(tools.store, LetterheadDraft.new(""), None, tools.recovery_folder, None,
                                      self.window)

        def saved(name: str) -> None:
            tools.letterheads_changed()
            self.screen.refresh(self._entries(), select=name)

        designer.saved.connect(saved)
        tools.designers.append(designer)
        designer.show()
        return designer

    def opens_as_sample(self, path: Path) -> bool:
        """Open the shipped sample as the sample (never as a file of the user's); False for any other file."""
        if not is_the_sample(path):
            return False
        self.window.recovery.discard()
        self.window.set_document(ReleaseDocument.sample(self.window))
        return True

    def retranslate(self) -> None:
        """Keep the start title in the interface language."""
        if self.showing:
            self.window.setWindowTitle(self.window_title())

