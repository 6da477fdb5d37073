"""The open release as Qt sees it: a Draft, an undo stack, and signals when fields change.

Every edit — typing, a toolbar button, a Zawgyi conversion, a footnote added — is a
``SetField`` command on the stack, so undo/redo covers all of them; widgets never change
the draft directly, they ask this object and listen to ``fieldChanged``.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..draft import Draft, FieldPath
from ..errors import ThadinError
from ..resources import resources_root, sample_release

#: Consecutive edits of one field within this many seconds undo as one step.
TYPING_MERGE_SECONDS = 1.5
_TYPING_ID = 1


class SetField(QUndoCommand):
    """Set one field of the draft; consecutive typing in the same field merges."""

    def __init__(self, document: ReleaseDocument, path: FieldPath, old: Any, new: Any, text: str,
                 typing: bool) -> None:
        super().__init__(text)
        self.document, self.path, self.old, self.new = document, path, old, new
        self.typing = typing
        self.stamp = time.monotonic()

    def id(self) -> int:
        return _TYPING_ID if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetField) or other.path != self.path or not other.typing:
            return False
        if other.stamp - self.stamp > TYPING_MERGE_SECONDS:
            return False
        self.new, self.stamp = other.new, other.stamp
        return True

    def redo(self) -> None:
        self.document._apply(self.path, self.new)

    def undo(self) -> None:
        self.document._apply(self.path, self.old)


class ReleaseDocument(QObject):
    """The draft being edited, its file and its undo history."""

    fieldChanged = Signal(tuple)
    changed = Signal()
    pathChanged = Signal()

    def __init__(self, draft: Draft, parent: QObject | None = None, sample: bool = False) -> None:
        super().__init__(parent)
        self._draft = draft
        #: Opened from the sample that ships with Thadin: marked as such until saved as the user's own copy.
        self._sample = sample
        self.undo_stack = QUndoStack(self)
        self._revision = 0  # bumped on every change: the preview and autosave compare it
        #: Editors that write their field to the draft after a pause: flushed before any read.
        self._syncers: list[Callable[[], None]] = []
        self._dirty: dict[Callable[[], None], Callable[[], bool]] = {}

    # -- editors that write later ------------------------------------------------------------
    def add_syncer(self, flush: Callable[[], None], dirty: Callable[[], bool] | None = None) -> None:
        """Register an editor's flush, called before anything reads the draft (and whether it has typing)."""
        if flush not in self._syncers:
            self._syncers.append(flush)
        if dirty is not None:
            self._dirty[flush] = dirty

    def remove_syncer(self, flush: Callable[[], None]) -> None:
        """Forget an editor's flush (it now edits another document)."""
        if flush in self._syncers:
            self._syncers.remove(flush)
        self._dirty.pop(flush, None)

    def sync(self) -> None:
        """Let every editor write what was typed into the draft now."""
        for flush in list(self._syncers):
            flush()

    @property
    def draft(self) -> Draft:
        """The draft, with everything typed so far in it."""
        self.sync()
        return self._draft

    @property
    def revision(self) -> int:
        """Bumped on every change (typing included): the preview and autosave compare it."""
        self.sync()
        return self._revision

    def draft_value(self, path: FieldPath, default: Any = "") -> Any:
        """Return the field's value in the draft as it is (without asking editors to flush)."""
        return self._draft.get(path, default)

    # -- reading ---------------------------------------------------------------------------
    def get(self, path: FieldPath, default: Any = "") -> Any:
        """Return the field's current value (with what was just typed)."""
        return self.draft.get(path, default)

    @property
    def path(self) -> Path | None:
        """The release file, or None while untitled."""
        return self._draft.path

    @property
    def display_name(self) -> str:
        """What the title bar calls this release."""
        if self._draft.path is not None:
            return self._draft.path.name
        return self._draft.suggested_name or "untitled.release.yaml"

    @property
    def is_sample(self) -> bool:
        """True while this is the shipped sample, not yet saved as a file of the user's."""
        return self._sample and self._draft.path is None

    @property
    def title(self) -> str:
        """What the window title calls this release: the sample says it is one, in the interface language."""
        if self.is_sample:
            return QCoreApplication.translate("ReleaseDocument", "Sample (not saved) — %1").replace(
                "%1", self.display_name)
        if self._draft.path is None and not self._draft.suggested_name:
            return QCoreApplication.translate("ReleaseDocument", "Untitled release")
        return self.display_name

    @classmethod
    def sample(cls, parent: QObject | None = None) -> ReleaseDocument:
        """Return the shipped sample release, untitled: Save asks where to keep a copy."""
        draft = Draft.open(sample_release())
        draft.suggested_name, draft.path = sample_release().name, None
        return cls(draft, parent, sample=True)

    @property
    def modified(self) -> bool:
        """True when there are changes not saved to the file (typing not yet written counts)."""
        return any(dirty() for dirty in self._dirty.values()) or not self.undo_stack.isClean()

    # -- editing ---------------------------------------------------------------------------
    def set(self, path: FieldPath, value: Any, text: str = "", typing: bool = False) -> None:
        """Change a field through the undo stack (no-op when the value is unchanged)."""
        old = copy.deepcopy(self._draft.get(path, None))
        if old == value or (old is None and value in ("", None)):
            return
        self.undo_stack.push(SetField(self, path, old, copy.deepcopy(value), text or "Edit", typing))

    def _apply(self, path: FieldPath, value: Any) -> None:
        if value is None:
            self._draft.delete(path)
        else:
            self._draft.set(path, value)
        self._revision += 1
        self.fieldChanged.emit(path)
        self.changed.emit()

    # -- files -----------------------------------------------------------------------------
    def save(self, path: Path | None = None) -> Path:
        """Write the release file atomically and mark the history clean (never into Thadin's own files)."""
        target = path or self._draft.path
        if target is not None and is_bundled(target):
            raise ThadinError(QCoreApplication.translate(
                "ReleaseDocument", "This is where Thadin keeps its own files; save your release in another folder."))
        saved = self.draft.save(path)
        self.undo_stack.setClean()
        self.pathChanged.emit()
        return saved


def is_bundled(path: Path) -> bool:
    """Return True when *path* lies among the files that ship with Thadin (the sample, the letterheads)."""
    try:
        return path.resolve().is_relative_to(resources_root().resolve())
    except OSError:
        return False


def is_the_sample(path: Path) -> bool:
    """Return True when *path* is the sample release that ships with Thadin."""
    try:
        return path.resolve() == sample_release().resolve()
    except OSError:
        return False
