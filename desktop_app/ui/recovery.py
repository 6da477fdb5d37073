"""Autosave and crash recovery: nothing typed is lost when the app is killed.

Each running window owns a recovery draft ``<id>.release.yaml`` (plus ``<id>.json``
naming the file it belongs to) in the app's data folder, held by a ``QLockFile``. The
draft is rewritten atomically a few seconds after typing stops, and at the latest every
4 seconds while typing goes on, so a kill -9 loses at most ~5 s. A clean close deletes
it; at the next start, drafts whose lock is stale (their process is gone) are offered back.

The autosave costs the GUI thread nothing proportional to the release: the window hands
over a snapshot (``Draft.copy``, constant time) and :meth:`RecoveryStore.save_in_background`
serialises and writes it on a worker thread, one write at a time. Until that write is
renamed into place the previous draft stays whole on disk (atomic writes), and every
other write, discard or close first waits for it, so a late write can never bring back
a draft that was discarded.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

from ..atomicio import write_files_atomic, write_text_atomic

IDLE_SECONDS = 2.0
MAX_UNSAVED_SECONDS = 4.0


@dataclass(frozen=True)
class RecoveredDraft:
    """A draft left behind by a session that did not close cleanly."""

    draft: Path
    original: Path | None
    saved_at: float
    key: str


class _Signals(QObject):
    """What the background writer tells the window (delivered on the GUI thread)."""

    failed = Signal(str)


class RecoveryStore:
    """Keep this session's recovery draft and decide when to write it."""

    def __init__(self, folder: Path, suffix: str = ".release.yaml") -> None:
        self.signals = _Signals()
        #: Emitted (on the GUI thread) with the reason when a background write fails.
        self.failed = self.signals.failed
        self._pool: ThreadPoolExecutor | None = None
        self._writing: Future[None] | None = None
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        #: What the drafts are: ``.release.yaml`` for releases, ``.letterhead.yaml`` for the designer's.
        self.suffix = suffix
        self.key = uuid.uuid4().hex
        self._lock = QLockFile(str(folder / f"{self.key}.lock"))
        self._lock.setStaleLockTime(0)
        self._lock.tryLock(0)
        self._saved_revision = 0
        self.first_unsaved: float | None = None
        self.last_change = 0.0

    @property
    def draft_path(self) -> Path:
        """Where this session's recovery draft lives."""
        return self.folder / f"{self.key}{self.suffix}"

    def note_change(self, revision: int) -> None:
        """Record that the document changed (typing time decides when to save)."""
        now = time.monotonic()
        self.last_change = now
        if revision != self.saved_revision and self.first_unsaved is None:
            self.first_unsaved = now

    @property
    def saved_revision(self) -> int:
        """The document revision the draft on disk holds."""
        return self._saved_revision

    @saved_revision.setter
    def saved_revision(self, revision: int) -> None:
        self.wait()  # a write finishing later must not overrule this
        self._saved_revision = revision

    @property
    def writing(self) -> bool:
        """Whether a background write is still under way."""
        return self._writing is not None and not self._writing.done()

    def wait(self) -> None:
        """Let a background write finish (before another write, a discard or the close)."""
        if self._writing is not None:
            self._writing.result()  # the work catches its own errors
            self._writing = None

    def due(self, revision: int) -> bool:
        """Return True when the recovery draft should be written now."""
        if revision == self.saved_revision or self.first_unsaved is None or self.writing:
            return False
        now = time.monotonic()
        return now - self.last_change >= IDLE_SECONDS or now - self.first_unsaved >= MAX_UNSAVED_SECONDS

    def save(self, revision: int, yaml_text: str, original: Path | None) -> None:
        """Write the recovery draft (and what it belongs to) atomically, now, on this thread."""
        self.save_files(revision, [(self.draft_path, yaml_text.encode("utf-8"))], original)

    def save_files(self, revision: int, files: list[tuple[Path, bytes]], original: Path | None) -> None:
        """Write the recovery draft with files it needs beside it (a letterhead's ``KEY-banner.png``)."""
        self.wait()
        self._write(files, original)
        self.saved_revision = revision
        self.first_unsaved = None

    def save_in_background(self, revision: int, serialise: Callable[[], str], original: Path | None) -> None:
        """Serialise (``serialise()``, a snapshot's ``to_yaml``) and write the draft on a worker thread.

        Changes made meanwhile count as unsaved from now on; if the write fails, the
        earlier ones count again, so the next tick retries, and ``failed`` says why.
        """
        if self.writing:
            return
        self.wait()
        earlier = self.first_unsaved
        self.first_unsaved = None

        def work() -> None:
            try:
                self._write([(self.draft_path, serialise().encode("utf-8"))], original)
            except Exception as exc:  # noqa: BLE001 - reported to the window, never lost in the thread
                self.first_unsaved = earlier if self.first_unsaved is None else min(earlier or 0.0,
                                                                                    self.first_unsaved)
                self.signals.failed.emit(str(exc) or exc.__class__.__name__)
            else:
                self._saved_revision = revision

        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._writing = self._pool.submit(work)

    def _write(self, files: list[tuple[Path, bytes]], original: Path | None) -> None:
        meta = {"original": str(original) if original else None, "saved_at": time.time()}
        write_text_atomic(self.folder / f"{self.key}.json", json.dumps(meta))
        write_files_atomic(files)

    def discard(self) -> None:
        """Forget this session's draft (after a save or a deliberate discard)."""
        self.wait()
        for path in (self.draft_path, self.folder / f"{self.key}.json", *self.folder.glob(f"{self.key}-*")):
            path.unlink(missing_ok=True)
        self.first_unsaved = None

    def close(self) -> None:
        """Clean exit: remove the draft and release the lock."""
        self.discard()
        if self._pool is not None:
            self._pool.shutdown()
        self._lock.unlock()
        (self.folder / f"{self.key}.lock").unlink(missing_ok=True)


def orphaned_drafts(folder: Path, own_key: str = "", suffix: str = ".release.yaml") -> list[RecoveredDraft]:
    """Recovery drafts of sessions that are no longer running, newest first."""
    found: list[RecoveredDraft] = []
    if not folder.is_dir():
        return found
    for meta_path in folder.glob("*.json"):
        key = meta_path.stem
        draft = folder / f"{key}{suffix}"
        if key == own_key or not draft.is_file():
            continue
        lock = QLockFile(str(folder / f"{key}.lock"))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            continue  # another running window owns it
        lock.unlock()
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = {}
        original = Path(meta["original"]) if meta.get("original") else None
        found.append(RecoveredDraft(draft, original, float(meta.get("saved_at", 0)), key))
    return sorted(found, key=lambda d: d.saved_at, reverse=True)


def forget(recovered: RecoveredDraft) -> None:
    """Delete a recovered draft once it has been restored or declined."""
    folder = recovered.draft.parent
    for path in (recovered.draft, *(folder / f"{recovered.key}{s}" for s in (".json", ".lock")),
                 *folder.glob(f"{recovered.key}-*")):
        path.unlink(missing_ok=True)
