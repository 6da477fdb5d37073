"""A deadline on every child process a test waits for: a hung child fails its test, never the suite.

``tests/conftest.py`` installs :data:`PATCHES` for the whole session: ``Popen.wait`` and
``Popen.communicate`` (and so ``subprocess.run``) called without a timeout get
:data:`CHILD_TIMEOUT` seconds; past it the child is killed and ``TimeoutExpired`` fails the
test. Calls that give their own timeout (a PyInstaller build, LibreOffice) keep it. A test
that reads a child's output as it comes wraps the reading in :func:`kill_after`.
"""

from __future__ import annotations

import contextlib
import subprocess
import threading
from collections.abc import Iterator
from typing import Any

#: Seconds a test may wait for a child it gave no timeout of its own.
CHILD_TIMEOUT = 600.0

_wait = subprocess.Popen.wait
_communicate = subprocess.Popen.communicate


def _kill_on_timeout(child: subprocess.Popen, call: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return call(child, *args, **kwargs)
    except subprocess.TimeoutExpired:
        child.kill()
        _wait(child)
        raise


def wait(self: subprocess.Popen, timeout: float | None = None) -> int:
    """``Popen.wait`` with the watchdog's deadline when none is given."""
    if timeout is None:
        return _kill_on_timeout(self, _wait, CHILD_TIMEOUT)
    return _wait(self, timeout)


def communicate(self: subprocess.Popen, input: Any = None, timeout: float | None = None) -> Any:
    """``Popen.communicate`` with the watchdog's deadline when none is given."""
    if timeout is None:
        return _kill_on_timeout(self, _communicate, input, CHILD_TIMEOUT)
    return _communicate(self, input, timeout)


PATCHES = [(subprocess.Popen, "wait", wait), (subprocess.Popen, "communicate", communicate)]


@contextlib.contextmanager
def kill_after(child: subprocess.Popen, seconds: float = CHILD_TIMEOUT) -> Iterator[None]:
    """Kill *child* if the block (reading its output line by line, say) outlasts *seconds*."""
    timer = threading.Timer(seconds, child.kill)
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
