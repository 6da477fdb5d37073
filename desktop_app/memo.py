"""Results of the last preview's front half, reused when their inputs are the very same objects.

Between two previews a person changed one place of the draft; the re-read of the YAML
(``fileformat/yamledit.py``) shares every unchanged string, mapping and location table
with the last parse, and each memoised step below hands on the same objects for the same
inputs, so unchanged parts are recognised by identity, at the cost of a dictionary look-up.

A result is looked up by a name and the objects it was computed from (compared with
``is``: the memo holds them, so their ids cannot be reused) plus any plain values it
depends on. It is kept for one more generation: what the next build did not ask for is
dropped, so a memo holds at most two builds' worth. ``NO_MEMO`` computes every time, so
the uncached path is the same code.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class Memo:
    """Two generations of results keyed by (name, ids of input objects, plain values)."""

    def __init__(self) -> None:
        self._old: dict[Hashable, tuple[tuple[Any, ...], Any]] = {}
        self._new: dict[Hashable, tuple[tuple[Any, ...], Any]] = {}
        self.hits = 0
        self.misses = 0

    def get(self, name: str, objects: tuple[Any, ...], values: Hashable, compute: Callable[[], T]) -> T:
        """Return *compute()*'s result for these inputs, from the last builds when they had it.

        The key holds the objects' ids and the entry holds the objects: while an entry
        exists no other object can have those ids, so an equal key means the same objects.
        """
        key = (name, tuple(map(id, objects)), values)
        found = self._new.get(key)
        if found is None:
            found = self._old.get(key)
            if found is None:
                self.misses += 1
                result = compute()
                self._new[key] = (objects, result)
                return result
            self._new[key] = found
        self.hits += 1
        return found[1]

    def next_generation(self) -> None:
        """Start a new build: results the last one did not use are dropped after it."""
        self._old, self._new = self._new, {}
        self.hits = self.misses = 0


class _NoMemo(Memo):
    """Computes every time: the uncached path."""

    def get(self, name: str, objects: tuple[Any, ...], values: Hashable, compute: Callable[[], T]) -> T:
        return compute()

    def next_generation(self) -> None:
        return None


NO_MEMO: Memo = _NoMemo()
