"""Patterns that third-party modules compile at import, compiled on first use instead (issue 17: cold start).

Some libraries compile large patterns in their module bodies: PyYAML's reader its
``NON_PRINTABLE`` class (a third of importing PyYAML, used only by the pure-Python reader
that reads a file libyaml refused), ReportLab's ``paragraph`` its ``uri_pat``. Importing
such a module inside :func:`deferring` gives it a :class:`LazyPattern` for each pattern
the predicate picks; it compiles the real one the first time it is used. Windows of
different threads take turns (the patch of ``re.compile`` is process-wide).
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

_WINDOW = threading.RLock()


class LazyPattern:
    """A compiled pattern made on first use; behaves as the ``re.Pattern`` it stands for."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    def _pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            with self._lock:
                if self._compiled is None:
                    self._compiled = re.compile(*self._args)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern(), name)


@contextmanager
def deferring(lazy: Callable[[Any, str], bool]) -> Iterator[None]:
    """Within the block, ``re.compile(pattern)`` called from a module named *m* is lazy when ``lazy(pattern, m)``."""
    with _WINDOW:
        original = re.compile

        def compile_or_defer(pattern: Any, flags: int = 0) -> Any:
            module = sys._getframe(1).f_globals.get("__name__", "")
            if isinstance(pattern, str) and lazy(pattern, module):
                return LazyPattern(pattern, flags)
            return original(pattern, flags)

        re.compile = compile_or_defer
        try:
            yield
        finally:
            re.compile = original
