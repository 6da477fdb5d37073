"""The open release as Qt sees it: a Draft, an undo stack, and signals when fields change.

Every edit — typing, a toolbar button, a Zawgyi conversion, a footnote added — is a
``SetField`` command on the stack, so undo/redo covers all of them; widgets never change
the draft directly, they ask this object and listen to ``fieldChanged``.
"""

from __future__ import annotations

import copy
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..draft import Draft, FieldPath

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

    def __init__(self, draft: Draft, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.undo_stack = QUndoStack(self)
        self.revision = 0  # bumped on every change: the preview and autosave compare it

    # -- reading ---------------------------------------------------------------------------
    def get(self, path: FieldPath, default: Any = "") -> Any:
        """Return the field's current value."""
        return self.draft.get(path, default)

    @property
    def path(self) -> Path | None:
        """The release file, or None while untitled."""
        return self.draft.path

    @property
    def display_name(self) -> str:
        """What the title bar calls this release."""
        if self.draft.path is not None:
            return self.draft.path.name
        return self.draft.suggested_name or "untitled.release.yaml"

    @property
    def modified(self) -> bool:
        """True when there are changes not saved to the file."""
        return not self.undo_stack.isClean()

    # -- editing ---------------------------------------------------------------------------
    def set(self, path: FieldPath, value: Any, text: str = "", typing: bool = False) -> None:
        """Change a field through the undo stack (no-op when the value is unchanged)."""
        old = copy.deepcopy(self.draft.get(path, None))
        if old == value or (old is None and value in ("", None)):
            return
        self.undo_stack.push(SetField(self, path, old, copy.deepcopy(value), text or "Edit", typing))

    def _apply(self, path: FieldPath, value: Any) -> None:
        if value is None:
            self.draft.delete(path)
        else:
            self.draft.set(path, value)
        self.revision += 1
        self.fieldChanged.emit(path)
        self.changed.emit()

    # -- files -----------------------------------------------------------------------------
    def save(self, path: Path | None = None) -> Path:
        """Write the release file atomically and mark the history clean."""
        saved = self.draft.save(path)
        self.undo_stack.setClean()
        self.pathChanged.emit()
        return saved
