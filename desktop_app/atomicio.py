"""Atomic file writes: a reader sees the old file or the new one, never a torn one.

The data goes to a temporary file ``.NAME.XXXXXXXX.tmp`` in the same folder, is flushed to
disk, and replaces the target in one rename; on any failure the temporary file is removed.
Several files (an export's PDF and DOCX) are all staged before any is renamed into place,
so a full disk refuses the whole export instead of leaving half of it new.

A process killed mid-write cannot remove its temporary file. The next write of the same
target removes such leftovers once they are older than :data:`STALE_TEMP_SECONDS` (a
younger one may belong to a write still in progress in another process).
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import ExportError

#: A temporary file untouched for this long belongs to no running write.
STALE_TEMP_SECONDS = 600
_TEMP_SUFFIX = ".tmp"

_REASONS = {
    errno.ENOENT: "the folder does not exist",
    errno.EACCES: "permission denied (the folder or file is read-only)",
    errno.EPERM: "permission denied (the folder or file is read-only)",
    errno.EROFS: "the disk is read-only",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exhausted",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EISDIR: "a folder has that name",
}


def describe_os_error(exc: OSError) -> str:
    """Return a user-facing reason for a failed write."""
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def temp_pattern(path: Path) -> re.Pattern[str]:
    """Return the pattern of the temporary files a write of *path* uses: ``.NAME.XXXXXXXX.tmp``."""
    return re.compile(re.escape(f".{Path(path).name}.") + r"[a-z0-9_]{8}" + re.escape(_TEMP_SUFFIX))


def _folder(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def remove_stale_temps(path: Path, older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Remove temporary files that killed writes of *path* left behind; return those removed."""
    path = Path(path)
    pattern = temp_pattern(path)
    removed = []
    now = time.time()
    try:
        entries = list(os.scandir(_folder(path)))
    except OSError:
        return []
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
            if not entry.is_file(follow_symlinks=False) or age < older_than:
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


@dataclass
class Staged:
    """A file written to its temporary name, waiting to replace its target."""

    path: Path
    temp: Path | None


def stage_bytes(path: Path, data: bytes) -> Staged:
    """Write *data* beside *path* under a temporary name, flushed to disk; raise ExportError."""
    path = Path(path)
    folder = _folder(path)
    remove_stale_temps(path)
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=_TEMP_SUFFIX, dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # Keep the permissions a user gave the file they are replacing.
            os.chmod(tmp_name, path.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp_name, 0o666 & ~umask)
    except OSError as exc:
        if tmp_name is not None:
            _unlink(Path(tmp_name))
        raise ExportError(f"{path}: cannot write the file: {describe_os_error(exc)}") from None
    return Staged(path, Path(tmp_name))


def commit(staged: Iterable[Staged]) -> None:
    """Rename every staged file onto its target (one rename each); raise ExportError."""
    folders = set()
    for item in staged:
        if item.temp is None:
            continue
        try:
            os.replace(item.temp, item.path)
        except OSError as exc:
            raise ExportError(f"{item.path}: cannot write the file: {describe_os_error(exc)}") from None
        item.temp = None
        folders.add(_folder(item.path))
    for folder in folders:
        _fsync_folder(folder)


def discard(staged: Iterable[Staged]) -> None:
    """Remove the temporary files of staged writes that were not committed."""
    for item in staged:
        if item.temp is not None:
            _unlink(item.temp)
            item.temp = None


def write_files_atomic(files: Iterable[tuple[Path, bytes]]) -> None:
    """Write several files: all are staged first, so a failure while writing changes none of them."""
    staged: list[Staged] = []
    try:
        for path, data in files:
            staged.append(stage_bytes(path, data))
        commit(staged)
    finally:
        discard(staged)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write *data* to *path* atomically; raise ExportError naming the file and the reason."""
    write_files_atomic([(path, data)])


def write_text_atomic(path: Path, text: str) -> None:
    """Write UTF-8 *text* to *path* atomically."""
    write_bytes_atomic(path, text.encode("utf-8"))


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the OS allows it (not on Windows)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
