"""One writer per output format; each takes a Resolved release and a path."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a document is rendered.

    A render makes hundreds of thousands of small objects (glyph positions, runs, lines,
    XML elements) that all live until it ends; the collector would walk them again and
    again, about a tenth of a 200-page export. Reference counting still frees everything
    as usual, and the collector resumes (if it was on) when the render ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
