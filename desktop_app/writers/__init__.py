"""One writer per output format; each takes a Resolved release and a path."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc(no_garbage: bool = False) -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a document is rendered.

    A render makes hundreds of thousands of small objects (glyph positions, runs, lines,
    XML elements) that all live until it ends; the collector would walk them again and
    again, about a tenth of a 200-page export. Reference counting still frees everything
    as usual, and the collector resumes (if it was on) when the render ends.

    *no_garbage*: the render leaves no reference cycles behind (an export: see
    ``pdf.document._unlink``), so what it made is either freed already or kept on purpose
    (the shaping caches: 200,000 objects after a first 200-page render). The collector's
    first pass after the render would walk all of that only to find it alive; when the
    render ends normally it is moved to the oldest generation at once instead, as that
    pass and the next would have done (4 % of a ``thadin export --pdf``).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        if no_garbage and was_enabled and not gc.get_freeze_count():
            gc.freeze()  # every tracked object to the permanent generation, the young count reset,
            gc.unfreeze()  # and from there to the oldest generation: collected with it from now on
    finally:
        if was_enabled:
            gc.enable()
