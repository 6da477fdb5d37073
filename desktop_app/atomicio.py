"""Atomic file writes: a reader sees the old file or the new one, never a torn one.

The data goes to a temporary file in the same folder, is flushed to disk, and replaces
the target in one rename; on any failure the temporary file is removed.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from .errors import ExportError

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


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write *data* to *path* atomically; raise ExportError naming the file and the reason."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
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
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_folder(folder)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write the file: {describe_os_error(exc)}") from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def write_text_atomic(path: Path, text: str) -> None:
    """Write UTF-8 *text* to *path* atomically."""
    write_bytes_atomic(path, text.encode("utf-8"))


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
