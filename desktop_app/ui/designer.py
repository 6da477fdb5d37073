"""The letterhead designer: an organisation makes its own letterhead, and sees it on a page as it types.

The window edits a :class:`LetterheadDraft`. Every change goes through :meth:`edit`, which
makes it one undo step (typing in one field merges into one step), autosaves for crash
recovery, and re-renders the preview: the letterhead is written into a private folder and
a short release (the one being edited in the main window, or a sample) is rendered on it
by the same worker, loader and PDF writer as the release editor's preview. Problems are
named as a person sees them ("Banner line 2"), never as file fields.
"""

from __future__ import annotations

import copy
import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..atomicio import write_bytes_atomic, write_text_atomic
from ..draft import Draft
from ..errors import Problem, ReleaseError
from ..images import ImageError
from ..letterhead_draft import (
    MARGIN_RANGE_MM,
    MARGIN_SIDES,
    BannerImage,
    DesignerError,
    LetterheadDraft,
    families_for,
    is_valid_name,
    name_for,
)
from ..letterhead_store import LetterheadStore
from .designer_parts import ImageBox, LinesEditor
from .fonts import editor_font
from .preview import PreviewPane, PreviewRenderer, RenderResult
from .recovery import RecoveryStore

PREVIEW_NAME = "designer-preview"
LETTERHEAD_SUFFIX = ".letterhead.yaml"
#: The release shown on the letterhead when the designer is opened on its own.
SAMPLE_RELEASE: dict[str, Any] = {
    "thadin": 1,
    "letterhead": PREVIEW_NAME,
    "date": dt.date(2024, 3, 31),
    "headline": {"my": "သတင်းထုတ်ပြန်ချက် ခေါင်းစဉ်", "en": "Headline of the press release"},
    "body": {
        "my": "ဤစာမျက်နှာသည် ခေါင်းစီးစာရွက်၏ နမူနာဖြစ်သည်။ ထုတ်ပြန်ချက်၏ စာသားများသည် ဤနေရာတွင် ပေါ်လာမည်။",
        "en": "This page shows the letterhead on a short release. The text of a real release appears here, "
              "below the banner, on every page.",
    },
}
_LANGUAGE_CHOICES = (["my", "en"], ["en", "my"], ["my"], ["en"])


class _Step(QUndoCommand):
    """One change to the letterhead, undone by restoring the state before it."""

    def __init__(self, window: LetterheadDesigner, before: tuple, after: tuple, text: str, merge: str = "") -> None:
        super().__init__(text)
        self.window, self.before, self.after, self.merge = window, before, after, merge
        self._first = True

    def id(self) -> int:
        return 1 if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Step) or other.merge != self.merge:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.window.restore(self.after)

    def undo(self) -> None:
        self.window.restore(self.before)


class LetterheadDesigner(QMainWindow):
    """A window that designs one letterhead."""

    saved = Signal(str)  # the name the letterhead was saved as

    def __init__(self, store: LetterheadStore, draft: LetterheadDraft, name: str | None, recovery_folder: Path,
                 sample: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.store = store
        self.draft = draft
        self.name = name
        self.revision = 0
        self.undo_stack = QUndoStack(self)
        self.recovery = RecoveryStore(recovery_folder, LETTERHEAD_SUFFIX)
        self._preview_folder = tempfile.TemporaryDirectory(prefix="thadin-designer-")
        self._preview_image: bytes | None = None
        self._sample = copy.deepcopy(sample) if sample else copy.deepcopy(SAMPLE_RELEASE)
        self._sample["letterhead"] = PREVIEW_NAME
        self._refusal = ""
        self.problems: list[Problem] = []
        #: The last revision the preview worker has finished with (shown or refused).
        self.rendered_revision = -1

        self.renderer = PreviewRenderer([self.preview_folder], self)
        self.preview = PreviewPane(self)
        self.renderer.rendered.connect(self._rendered)
        self._build_form()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.form_scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self._build_actions()
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.autosave = QTimer(self)
        self.autosave.setInterval(500)
        self.autosave.timeout.connect(self._autosave_tick)
        self.autosave.start()
        self.resize(1200, 800)
        self.retranslate()
        self.refresh()
        self._schedule_preview(immediately=True)

    # -- building ----------------------------------------------------------------------------
    @property
    def preview_folder(self) -> Path:
        """The private folder the preview's letterhead and release are written to."""
        return Path(self._preview_folder.name)

    def _build_form(self) -> None:
        form_widget = QWidget(self)
        layout = QVBoxLayout(form_widget)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #a40000")
        layout.addWidget(self.problem_label)

        self.identity = QGroupBox(self)
        identity = QFormLayout(self.identity)
        self.title_field = QLineEdit(self)
        self.title_field.textEdited.connect(
            lambda t: self.edit(self.tr("Rename letterhead"), lambda d: d.set_title(t), "title"))
        self.file_field = QLineEdit(self)
        self.languages = QComboBox(self)
        for choice in _LANGUAGE_CHOICES:
            self.languages.addItem("", choice)
        self.languages.activated.connect(lambda _i: self.edit(
            self.tr("Change languages"), lambda d: d.set_languages(self.languages.currentData())))
        self.identity_labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(self.identity_labels, (self.title_field, self.file_field, self.languages),
                                strict=True):
            label.setBuddy(field)
            identity.addRow(label, field)
        layout.addWidget(self.identity)

        self.image_group = QGroupBox(self)
        self.image_box = ImageBox(self)
        self.image_box.importRequested.connect(self.import_image)
        self.image_box.removeRequested.connect(
            lambda: self.edit(self.tr("Remove image"), lambda d: d.set_image(None)))
        QVBoxLayout(self.image_group).addWidget(self.image_box)
        layout.addWidget(self.image_group)

        self.lines_group = QGroupBox(self)
        self.lines_editor = LinesEditor(self.edit, self)
        QVBoxLayout(self.lines_group).addWidget(self.lines_editor)
        layout.addWidget(self.lines_group)

        self.texts_group = QGroupBox(self)
        texts = QFormLayout(self.texts_group)
        self.text_fields: dict[tuple[str, str], QLineEdit] = {}
        self.text_labels: dict[tuple[str, str], QLabel] = {}
        for key in ("label", "footer"):
            for lang in ("my", "en"):
                field = QLineEdit(self)
                field.setFont(editor_font(lang == "my"))
                field.textEdited.connect(lambda t, k=key, g=lang: self.edit(
                    self.tr("Edit label") if k == "label" else self.tr("Edit footer"),
                    lambda d: d.set_text(k, g, t), f"{k}.{g}"))
                label = QLabel(self)
                label.setBuddy(field)
                texts.addRow(label, field)
                self.text_fields[(key, lang)], self.text_labels[(key, lang)] = field, label
        self.footer_hint = QLabel(self)
        self.footer_hint.setWordWrap(True)
        texts.addRow(self.footer_hint)
        layout.addWidget(self.texts_group)

        self.page_group = QGroupBox(self)
        page = QFormLayout(self.page_group)
        self.page_size = QComboBox(self)
        for size in ("A4", "Letter"):
            self.page_size.addItem(size, size)
        self.page_size.activated.connect(lambda _i: self.edit(
            self.tr("Change paper size"), lambda d: d.set_page_size(self.page_size.currentData())))
        self.page_labels = [QLabel(self) for _ in range(5)]
        page.addRow(self.page_labels[0], self.page_size)
        self.margins: dict[str, QDoubleSpinBox] = {}
        for label, side in zip(self.page_labels[1:], MARGIN_SIDES, strict=True):
            box = QDoubleSpinBox(self)
            box.setRange(*MARGIN_RANGE_MM)
            box.setDecimals(1)
            box.setSuffix(" mm")
            box.valueChanged.connect(lambda v, s=side: self.edit(
                self.tr("Change margins"), lambda d: d.set_margin(s, v), f"margin.{s}"))
            self.margins[side] = box
            label.setBuddy(box)
            page.addRow(label, box)
        layout.addWidget(self.page_group)

        self.fonts_group = QGroupBox(self)
        fonts = QFormLayout(self.fonts_group)
        self.font_boxes: dict[str, QComboBox] = {}
        self.font_labels = [QLabel(self) for _ in range(2)]
        for label, lang in zip(self.font_labels, ("my", "en"), strict=True):
            font_box = QComboBox(self)
            font_box.addItems(families_for(lang))
            font_box.activated.connect(lambda _i, g=lang, b=font_box: self.edit(
                self.tr("Change font"), lambda d: d.set_font(g, b.currentText())))
            self.font_boxes[lang] = font_box
            label.setBuddy(font_box)
            fonts.addRow(label, font_box)
        layout.addWidget(self.fonts_group)
        layout.addStretch(1)

        self.form_scroll = QScrollArea(self)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(form_widget)

    def _build_actions(self) -> None:
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.close_action = QAction(self)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)
        # Our own undo actions, not QUndoStack's: their "Undo …" prefix is ours to translate.
        self.undo_action, self.redo_action = QAction(self), QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.undo_stack.indexChanged.connect(self._undo_texts)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.save_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        toolbar = self.addToolBar("")
        toolbar.setObjectName("designer-toolbar")
        self.toolbar = toolbar
        for action in (self.save_action, self.undo_action, self.redo_action):
            toolbar.addAction(action)

    def retranslate(self) -> None:
        """Set every text in the current interface language."""
        self.file_menu.setTitle(self.tr("&Letterhead"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.toolbar.setWindowTitle(self.tr("Letterhead tools"))
        self.save_action.setText(self.tr("&Save letterhead"))
        self.close_action.setText(self.tr("&Close designer"))
        self._undo_texts()
        self.identity.setTitle(self.tr("Letterhead"))
        for label, text in zip(self.identity_labels, (self.tr("Name:"), self.tr("File name:"),
                                                      self.tr("Languages:")), strict=True):
            label.setText(text)
        self.title_field.setPlaceholderText(self.tr("e.g. the organisation's or the event's name"))
        self.file_field.setToolTip(self.tr("Releases name their letterhead by this; "
                                           "use letters, digits and hyphens."))
        for i, text in enumerate((self.tr("Burmese, then English"), self.tr("English, then Burmese"),
                                  self.tr("Burmese only"), self.tr("English only"))):
            self.languages.setItemText(i, text)
        self.image_group.setTitle(self.tr("Banner image"))
        self.image_box.retranslate()
        self.lines_group.setTitle(self.tr("Banner lines (printed under the image on every page)"))
        self.lines_editor.retranslate()
        self.texts_group.setTitle(self.tr("Label and footer"))
        names = {("label", "my"): self.tr("Label, Burmese:"), ("label", "en"): self.tr("Label, English:"),
                 ("footer", "my"): self.tr("Footer, Burmese:"), ("footer", "en"): self.tr("Footer, English:")}
        for key, label in self.text_labels.items():
            label.setText(names[key])
        self.footer_hint.setText(self.tr("In the footer, {page} becomes the page number and {pages} the "
                                         "number of pages."))
        self.page_group.setTitle(self.tr("Page"))
        for label, text in zip(self.page_labels, (self.tr("Paper:"), self.tr("Top margin:"),
                                                  self.tr("Bottom margin:"), self.tr("Left margin:"),
                                                  self.tr("Right margin:")), strict=True):
            label.setText(text)
        self.fonts_group.setTitle(self.tr("Fonts"))
        self.font_labels[0].setText(self.tr("Burmese text:"))
        self.font_labels[1].setText(self.tr("English text:"))
        self.preview.retranslate()
        self._show_problems()
        self._update_title()

    def _undo_texts(self, *_args: object) -> None:
        stack = self.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setText(self.tr("Undo %1").replace("%1", stack.undoText()).strip())
        self.redo_action.setText(self.tr("Redo %1").replace("%1", stack.redoText()).strip())

    def changeEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- editing -----------------------------------------------------------------------------
    def edit(self, description: str, action: Callable[[LetterheadDraft], object], merge: str = "") -> None:
        """Apply *action* to the draft as one undo step; refuse (and say why) what the format forbids."""
        before = self.draft.snapshot()
        try:
            action(self.draft)
        except DesignerError:
            self.draft.restore(before)
            self._refusal = description
            self._show_problems()
            return
        self._refusal = ""
        after = self.draft.snapshot()
        if after == before:
            self._show_problems()
            return
        self.undo_stack.push(_Step(self, before, after, description, merge))
        self._changed()

    def restore(self, state: tuple) -> None:
        """Go back to an undo state."""
        self.draft.restore(state)
        self._changed()

    def _changed(self) -> None:
        self.revision += 1
        self.recovery.note_change(self.revision)
        self.refresh()
        self._schedule_preview()

    def import_image(self, path: Path | None = None) -> bool:
        """Import a banner image (PNG or JPEG) with the loader's checks; True when it was taken."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Import banner image"), "",
                                                  self.tr("Images (*.png *.jpg *.jpeg)"))
            if not name:
                return False
            path = Path(name)
        try:
            image = BannerImage.from_file(path)
        except ImageError as exc:
            QMessageBox.warning(self, self.tr("Banner image"),
                                self.tr("This image cannot be used as a banner.") + "\n\n" + str(exc))
            return False
        self.edit(self.tr("Import image"), lambda d: d.set_image(image))
        return True

    def refresh(self) -> None:
        """Show the draft in every widget (fields being typed in keep their cursor)."""
        d = self.draft
        _set_text(self.title_field, d.title)
        if not self.file_field.text():
            self.file_field.setText(self.name or name_for(d.title))
        self.languages.setCurrentIndex(max(0, self.languages.findData(d.languages)))
        self.image_box.show_draft(d)
        self.lines_editor.show_draft(d)
        for (key, lang), field in self.text_fields.items():
            field.setEnabled(lang in d.languages)
            if not field.hasFocus():
                _set_text(field, d.text(key, lang))
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(d.page_size)))
        for side, box in self.margins.items():
            if abs(box.value() - d.margin(side)) > 1e-6:
                box.blockSignals(True)
                box.setValue(d.margin(side))
                box.blockSignals(False)
        for lang, font_box in self.font_boxes.items():
            font_box.setEnabled(lang in d.languages)
            font_box.setCurrentIndex(max(0, font_box.findText(d.font(lang))))
        self._show_problems()
        self._update_title()

    # -- problems, in a person's words -------------------------------------------------------
    def describe(self, problem: Problem) -> str:
        """Say what is wrong where a person sees it (no file fields, no line numbers)."""
        field = problem.field
        if field == "name":
            return self.tr("Give the letterhead a name.")
        if field.startswith("banner.lines["):
            number = str(int(field[len("banner.lines["):].split("]")[0]) + 1)
            if "dates" in field or "list of dates" in problem.message:
                return self.tr("Banner line %1: add at least one day.").replace("%1", number)
            if "no text" in problem.message or "empty" in problem.message:
                return self.tr("Banner line %1 has no text: type it, or remove the line.").replace("%1", number)
            return self.tr("Banner line %1 contains a character that cannot be printed.").replace("%1", number)
        if field.startswith("banner.image"):
            return self.tr("The banner image cannot be used; import it again.")
        if field.startswith(("label", "footer")):
            return self.tr("The label or footer contains a character that cannot be printed.")
        return self.tr("This letterhead cannot be saved as it is.")

    def _show_problems(self) -> None:
        messages = list(dict.fromkeys(self.describe(p) for p in self.problems if p.severity == "error"))
        if self._refusal:
            messages.insert(0, self.tr("Not possible in a letterhead: %1.").replace("%1", self._refusal))
        self.problem_label.setText("\n".join(messages))
        self.problem_label.setVisible(bool(messages))

    # -- preview -----------------------------------------------------------------------------
    def _schedule_preview(self, immediately: bool = False) -> None:
        folder = self.preview_folder
        files = self.draft.files(folder / f"{PREVIEW_NAME}{LETTERHEAD_SUFFIX}")
        for path, data in files:
            if path.suffix in (".png", ".jpg"):
                if data != self._preview_image:
                    write_bytes_atomic(path, data)
                    self._preview_image = data
            else:
                write_bytes_atomic(path, data)
        release = folder / "sample.release.yaml"
        text = Draft(copy.deepcopy(self._sample)).to_yaml()
        write_text_atomic(release, text)
        self.renderer.schedule(self.revision, text, release, immediately)

    def _rendered(self, result: RenderResult) -> None:
        if result.revision != self.revision:
            return
        self.rendered_revision = result.revision
        letterhead = self.preview_folder / f"{PREVIEW_NAME}{LETTERHEAD_SUFFIX}"
        self.problems = [p for p in result.problems if p.file is not None and p.file.name == letterhead.name]
        if result.pdf is not None:
            self.preview.show_pdf(result.revision, result.pdf)
            self.preview.set_stale(False)
        else:
            self.preview.set_stale(True, self.tr("The preview shows the last version that could be printed."))
        self._show_problems()

    # -- files -------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save into the user's letterheads (asking before replacing one); True when saved."""
        name = self.file_field.text().strip() or name_for(self.draft.title)
        if not is_valid_name(name):
            self._warn(self.tr("A file name cannot contain / \\ : * ? \" < > | or start with a dot."))
            return False
        existing = self.store.get(name)
        mine = self.draft.path is not None and existing is not None and existing.path == self.draft.path
        if existing is not None and not mine and not self._confirm_replace(existing.title, existing.bundled):
            return False
        try:
            path = self.store.save(self.draft, name)
        except ReleaseError as exc:
            self.problems = exc.problems
            self._show_problems()
            self._warn(self.tr("The letterhead was not saved:") + "\n" + self.problem_label.text())
            return False
        except (DesignerError, OSError) as exc:
            self._warn(self.tr("The letterhead was not saved:") + "\n" + str(exc))
            return False
        self.name = name
        self.draft.path = path
        self.file_field.setText(name)
        self.undo_stack.setClean()
        self.recovery.discard()
        self.recovery.saved_revision = self.revision
        self.saved.emit(name)
        self._update_title()
        return True

    def _confirm_replace(self, title: str, bundled: bool) -> bool:
        text = (self.tr("“%1” ships with Thadin. Your letterhead will be used instead of it on this computer.")
                if bundled else self.tr("A letterhead “%1” exists already. Replace it?")).replace("%1", title)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace letterhead"), text, parent=self)
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is replace

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Letterhead designer"), text, parent=self)
        box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def _update_title(self, *_args: object) -> None:
        title = self.draft.title or self.tr("New letterhead")
        mark = "" if self.undo_stack.isClean() else " *"
        self.setWindowTitle(self.tr("%1 — Letterhead designer").replace("%1", title + mark))

    def _autosave_tick(self) -> None:
        if self.recovery.due(self.revision):
            target = self.recovery.draft_path
            self.recovery.save_files(self.revision, self.draft.files(target), self.draft.path)

    def ask_unsaved(self) -> str:
        """Ask what to do with unsaved changes: ``save``, ``discard`` or ``cancel``."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("Save the changes to this letterhead?"), parent=self)
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Don't save"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "cancel"

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.undo_stack.isClean():
            answer = self.ask_unsaved()
            if answer == "cancel" or (answer == "save" and not self.save()):
                event.ignore()
                return
        self.autosave.stop()
        self.renderer.stop()
        self.recovery.close()
        self.undo_stack.blockSignals(True)  # its commands die with the window: no more title updates
        self._preview_folder.cleanup()
        QSettings().setValue("designer/geometry", self.saveGeometry())
        super().closeEvent(event)


def _set_text(field: QLineEdit, text: str) -> None:
    """Set a field's text only when it differs (so the cursor of a field being typed in stays)."""
    if field.text() != text:
        field.setText(text)


__all__ = ["SAMPLE_RELEASE", "LetterheadDesigner"]
