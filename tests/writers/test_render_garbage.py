"""An export frees what it made by reference counting, and leaves the collector nothing young to walk.

The collector is paused during a render (``writers.paused_gc``). A render that left its
objects in a reference cycle kept them all (190,000 at 200 bilingual pages) until the
collector's next pass, which walked every one: 4–5 % of a ``thadin export --pdf``, and
memory held into a following DOCX render.
"""

from __future__ import annotations

import gc
from typing import Any

from desktop_app.fileformat import load_release
from desktop_app.resolve import resolve
from desktop_app.writers import paused_gc
from desktop_app.writers.pdf import render_pdf
from tests.conftest import DATA


def _collected_after(render: Any) -> int:
    """Render with the collector off; return how many unreachable objects the collector then finds."""
    gc.collect()
    gc.disable()
    try:
        render()
        return gc.collect()
    finally:
        gc.enable()


def test_an_export_leaves_no_reference_cycles(bilingual: Any) -> None:
    resolved = resolve(bilingual)
    render_pdf(resolved)  # the shaping caches filled: what stays is kept on purpose
    assert _collected_after(lambda: render_pdf(resolved)) < 20


def test_after_an_export_the_collector_has_nothing_young_to_walk(bilingual: Any) -> None:
    resolved = resolve(bilingual)
    gc.collect()
    assert gc.isenabled()
    render_pdf(resolved)
    young, _, _ = gc.get_count()
    assert young < gc.get_threshold()[0]
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_what_someone_else_froze_stays_frozen() -> None:
    gc.collect()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with paused_gc(no_garbage=True):
            [[] for _ in range(1000)]
        assert gc.get_freeze_count() >= frozen > 0
    finally:
        gc.unfreeze()


def test_garbage_of_a_render_that_fails_is_left_to_the_collector() -> None:
    class Cycle:
        def __init__(self) -> None:
            self.me = self

    gc.collect()
    try:
        with paused_gc(no_garbage=True):
            Cycle()
            raise ValueError("the render failed")
    except ValueError:
        pass
    assert gc.get_count()[0] > 0  # not moved to the oldest generation: the next young pass frees it
    assert gc.collect(0) >= 1


def test_loading_and_resolving_leave_no_reference_cycles() -> None:
    """``export.iter_export`` resolves with the collector paused and its survivors moved on without a pass."""
    made: list[Any] = []
    assert _collected_after(lambda: made.append(resolve(load_release(DATA / "bilingual.release.yaml")))) < 20
    assert made[0].flow  # it did the work
