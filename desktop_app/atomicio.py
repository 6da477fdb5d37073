"""Atomic file writes: a reader sees the old file or the new one, never a torn one.

The data goes to a temporary file ``.NAME.XXXXXXXX.tmp`` in the same folder, is flushed to
disk, and replaces the target in one rename; on any failure the temporary file is removed.
Several files (an export's PDF and DOCX) are all staged before any is renamed into place,
so a full disk refuses the whole export instead of leaving half of it new.

The renames of several staged files are all-or-none: an existing target is first
hard-linked to a backup name, and if one rename fails the targets already replaced get
their old files back. SIGINT and SIGTERM arriving during the renames are held until they
are done, so an interrupt never leaves a new PDF beside an old DOCX.

Only regular files are replaced: a device, FIFO or socket at the target's name, and a
read-only file, are refused rather than silently swapped for a new file.

A process killed mid-write cannot remove its temporary file. The next write of the same
target removes such leftovers once they are older than :data:`STALE_TEMP_SECONDS` (a
younger one may belong to a write still in progress in another process).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import signal
import stat
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import ExportError

#: A temporary file untouched for this long belongs to no running write.
STALE_TEMP_SECONDS = 600
_TEMP_SUFFIX = ".tmp"
#: Longest file name (in bytes) the common file systems take (ext4, APFS, NTFS in UTF-16 units).
_NAME_MAX = 255
#: Every target this process has replaced, in order (the CLI's messages tell the truth from it).
committed: list[Path] = []

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


def _temp_prefix(path: Path) -> str:
    """``.NAME.``, with NAME cut short when the temporary name would exceed the file system's limit."""
    name = Path(path).name
    room = _NAME_MAX - len(".." + "x" * 8 + _TEMP_SUFFIX) - 1
    if len(name.encode("utf-8")) > room:
        name = name.encode("utf-8")[:room].decode("utf-8", errors="ignore") + "~"
    return f".{name}."


def temp_pattern(path: Path) -> re.Pattern[str]:
    """Return the pattern of the temporary files a write of *path* uses: ``.NAME.XXXXXXXX.tmp``."""
    return re.compile(re.escape(_temp_prefix(path)) + r"[a-z0-9_]{8}" + re.escape(_TEMP_SUFFIX))


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


class PartialWriteError(ExportError):
    """A commit failed half-way and could not be undone: its message names what changed."""


@dataclass
class Staged:
    """A file written to its temporary name, waiting to replace its target."""

    path: Path
    temp: Path | None


def check_target(path: Path) -> None:
    """Refuse a target that is not a regular file or that is read-only; raise ExportError."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ExportError(f"{path}: cannot write the file: {describe_os_error(exc)}") from None
    if stat.S_ISDIR(info.st_mode):
        raise ExportError(f"{path}: a folder has that name; give a file name")
    if not stat.S_ISREG(info.st_mode):
        raise ExportError(f"{path}: this is not a regular file (a device, pipe or socket); "
                          "choose a file name for the output")
    if not info.st_mode & 0o222:
        raise ExportError(f"{path}: the file is read-only; make it writable or choose another name")


def stage_bytes(path: Path, data: bytes) -> Staged:
    """Write *data* beside *path* under a temporary name, flushed to disk; raise ExportError."""
    path = Path(path)
    folder = _folder(path)
    check_target(path)
    remove_stale_temps(path)
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=_TEMP_SUFFIX, dir=folder)
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
        reason = describe_os_error(exc)
        if exc.errno == errno.ENOENT and folder.is_dir():  # /proc, /sys: folders that take no new files
            reason = "this folder does not accept new files; choose another"
        raise ExportError(f"{path}: cannot write the file: {reason}") from None
    return Staged(path, Path(tmp_name))


def make_folders(folders: Iterable[Path]) -> list[Path]:
    """Create the missing *folders* (and their missing parents); return those created, deepest last.

    A failure removes what this call created and raises ExportError, so an export that
    cannot write leaves no empty folders behind.
    """
    created: list[Path] = []
    try:
        for folder in folders:
            missing = []
            for candidate in [Path(folder), *Path(folder).parents]:
                if candidate.is_dir():
                    break
                missing.append(candidate)
            for candidate in reversed(missing):
                try:
                    candidate.mkdir()
                except OSError as exc:
                    raise ExportError(f"{candidate}: cannot create the folder: {describe_os_error(exc)}") from None
                created.append(candidate)
    except BaseException:
        remove_folders(created)
        raise
    return created


def remove_folders(created: list[Path]) -> None:
    """Remove folders :func:`make_folders` created, deepest first, where they are still empty."""
    for folder in reversed(created):
        with contextlib.suppress(OSError):
            folder.rmdir()


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block ends, then act on them (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    names = [name for name in ("SIGINT", "SIGTERM") if hasattr(signal, name)]
    previous = {}
    for name in names:
        number = getattr(signal, name)
        previous[number] = signal.getsignal(number)
        signal.signal(number, lambda signum, _frame: held.append(signum))
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        for number in held[:1]:
            handler = previous[number]
            if callable(handler):
                handler(number, None)
            elif handler == signal.SIG_DFL and number == getattr(signal, "SIGINT", None):
                raise KeyboardInterrupt
            elif handler == signal.SIG_DFL:
                signal.raise_signal(number)


def _backup(path: Path) -> Path | None:
    """Hard-link an existing target to a temporary name so a failed commit can put it back."""
    if not os.path.lexists(path):
        return None
    backup = Path(tempfile.mktemp(prefix=_temp_prefix(path), suffix=_TEMP_SUFFIX, dir=_folder(path)))
    try:
        os.link(path, backup)
    except OSError:
        return None  # no hard links here (FAT, some shares): the commit cannot be undone
    return backup


def commit(staged: Iterable[Staged]) -> None:
    """Rename every staged file onto its target, all or none; raise ExportError.

    If a rename fails, the targets already replaced get their old files back (or are
    removed when they are new), and the message says exactly what changed when even that
    fails.
    """
    items = [item for item in staged if item.temp is not None]
    with signals_held():
        backups = {id(item): _backup(item.path) for item in items if len(items) > 1}
        existed = {id(item): os.path.lexists(item.path) for item in items}
        done: list[Staged] = []
        try:
            for item in items:
                temp = item.temp
                assert temp is not None  # items holds only staged files
                try:
                    os.replace(temp, item.path)
                except OSError as exc:
                    changed = _undo(done, backups, existed)
                    reason = f"{item.path}: cannot write the file: {describe_os_error(exc)}"
                    if changed:
                        raise PartialWriteError(f"{reason}; only {', '.join(str(p) for p in changed)} "
                                          "was replaced and could not be restored") from None
                    raise ExportError(reason) from None
                item.temp = None
                done.append(item)
            committed.extend(item.path for item in done)
        finally:
            for backup in backups.values():
                if backup is not None:
                    _unlink(backup)
        for folder in {_folder(item.path) for item in done}:
            _fsync_folder(folder)


def _undo(done: list[Staged], backups: dict[int, Path | None], existed: dict[int, bool]) -> list[Path]:
    """Put back the old files of the targets in *done*; return those that could not be restored."""
    changed = []
    for item in reversed(done):
        backup = backups.get(id(item))
        try:
            if backup is not None:
                os.replace(backup, item.path)
                backups[id(item)] = None
            elif not existed[id(item)]:
                os.unlink(item.path)
            else:
                changed.append(item.path)
        except OSError:
            changed.append(item.path)
    return changed


def discard(staged: Iterable[Staged]) -> None:
    """Remove the temporary files of staged writes that were not committed."""
    for item in staged:
        if item.temp is not None:
            _unlink(item.temp)
            item.temp = None


def write_files_atomic(files: Iterable[tuple[Path, bytes]]) -> None:
    """Write several files: all are staged first, so a failure while writing changes none of them."""
    staged: list[Staged] = []
    with signals_held():
        try:
            for path, data in files:
                staged.append(stage_bytes(path, data))
            commit(staged)
        finally:
            discard(staged)


def write_new_file(path: Path, data: bytes) -> None:
    """Write *data* to *path*, which must not exist: an existing file is never replaced.

    The data is staged under a temporary name and hard-linked to *path* (a link fails when
    the name exists), so the new file appears whole or not at all.
    """
    path = Path(path)
    with signals_held():
        staged = stage_bytes(path, data)
        temp = staged.temp
        assert temp is not None  # just staged
        try:
            try:
                os.link(temp, path)
            except FileExistsError:
                raise ExportError(f"{path}: the file already exists") from None
            except OSError:  # no hard links here (FAT, some shares): create it exclusively
                try:
                    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
                except FileExistsError:
                    raise ExportError(f"{path}: the file already exists") from None
                except OSError as exc:
                    raise ExportError(f"{path}: cannot write the file: {describe_os_error(exc)}") from None
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
            committed.append(path)
        finally:
            discard([staged])
        _fsync_folder(_folder(path))


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
