"""Keep ``None`` alive under PySide6 6.12 on Python 3.11.

Every call of a Qt method that returns nothing (``QLabel.setText``,
``QTextCursor.insertText``, …) hands Python a ``None`` it never took a reference to, so
``None``'s reference count drops by one per call. On Python 3.12+ ``None`` is immortal and
nothing happens; on 3.11 the count starts near 5,000 and the interpreter aborts with
"deallocating None" after a few thousand edits — a crash that loses the user's typing
(``tests/ui/test_nonecount.py`` shows the drop). Until the binding is fixed we give
``None`` a large reserve of references at start and top it up on a timer; ``None`` is
never freed anyway, so the extra references cost nothing.
"""

from __future__ import annotations

import ctypes
import sys

#: References added at a time; checked every few seconds, so far more than can be spent.
RESERVE = 1 << 40
_LOW = 1 << 39


def needed() -> bool:
    """Return whether this Python counts references to None (3.12+ makes it immortal)."""
    return sys.version_info < (3, 12) and sys.implementation.name == "cpython"


def top_up() -> None:
    """Give ``None`` a reserve of references when it is running low (a no-op where None is immortal)."""
    if not needed() or sys.getrefcount(None) > _LOW:
        return
    # ob_refcnt is the first field of every CPython object.
    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE
