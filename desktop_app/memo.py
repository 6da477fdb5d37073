"""Results of the last preview's front half, reused when their inputs are the very same objects.

Between two previews a person changed one place of the draft; the re-read of the YAML
(``fileformat/yamledit.py``) shares every unchanged string, mapping and location table
with the last parse, and each memoised step below hands on the same objects for the same
inputs, so unchanged parts are recognised by identity, at the cost of a dictionary look-up.

A result is looked up by a name and the objects it was computed from (by identity: the
memo holds them, so their ids cannot be reused) plus any plain values it depends on. It
is kept for one more generation: what the next build did not ask for is dropped, so a
memo holds at most two builds' worth. ``NO_MEMO`` computes every time, so the uncached
path is the same code.

When an edit added or removed lines, what comes after it is the same but for its line
numbers: the new location tables (and each object rebuilt with moved lines) are declared
*aliases* of the old ones with the move (:class:`Move`), and a result found for the old
objects is reused with every line in it moved (:func:`moved`) — lines live only in
``line`` fields of the model's blocks, citations and notes and of problems.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable
from typing import Any, NamedTuple, TypeVar

from .errors import Problem
from .model import Footnote, FootnoteRef, Heading, Link, Paragraph, Run

T = TypeVar("T")


#: What a remembered result holds, for reusing it after lines moved (``Memo.get``'s *lines*).
MOVED, NONE, RAW = "moved", "none", "raw"


class Move(NamedTuple):
    """Lines after *after* (1-based) moved by *delta*: where an edit added or removed lines."""

    after: int
    delta: int


class Memo:
    """Two generations of results keyed by (name, ids of input objects, plain values)."""

    def __init__(self) -> None:
        self._old: dict[Hashable, tuple[tuple[Any, ...], Any]] = {}
        self._new: dict[Hashable, tuple[tuple[Any, ...], Any]] = {}
        self._aliases: dict[int, tuple[Any, Any, Move]] = {}
        self.hits = 0
        self.misses = 0

    def get(self, name: str, objects: tuple[Any, ...], values: Hashable, compute: Callable[[], T],
            *, lines: str = MOVED) -> T:
        """Return *compute()*'s result for these inputs, from the last builds when they had it.

        The key holds the objects' ids and the entry holds the objects: while an entry
        exists no other object can have those ids, so an equal key means the same objects.
        A result for the objects these are aliases of is reused: with its *lines* moved
        (``MOVED``: lines only in the model's and problems' ``line`` fields), as it is
        (``NONE``: it holds no line), or not at all (``RAW``: it holds line numbers).
        """
        key = (name, tuple(map(id, objects)), values)
        found = self._new.get(key)
        if found is None:
            found = self._old.get(key)
            if found is None:
                result = self._moved(name, objects, values, lines) if lines != RAW and self._aliases else _MISSING
                if result is _MISSING:
                    self.misses += 1
                    result = compute()
                else:
                    self.hits += 1
                self._new[key] = (objects, result)
                return result
            self._new[key] = found
        self.hits += 1
        return found[1]

    def put(self, name: str, objects: tuple[Any, ...], values: Hashable, result: Any) -> None:
        """Remember *result* for these inputs (replacing what was there)."""
        self._new[(name, tuple(map(id, objects)), values)] = (objects, result)

    def alias(self, new: Any, old: Any, move: Move) -> None:
        """Declare *new* to be *old* with its lines moved by *move*, for this build."""
        self._aliases[id(new)] = (new, old, move)

    def _moved(self, name: str, objects: tuple[Any, ...], values: Hashable, lines: str) -> Any:
        move: Move | None = None
        old_objects = []
        for obj in objects:
            alias = self._aliases.get(id(obj))
            if alias is not None and alias[0] is obj:
                if move is not None and alias[2] != move:
                    return _MISSING
                move = alias[2]
                old_objects.append(alias[1])
            else:
                old_objects.append(obj)
        if move is None:
            return _MISSING
        key = (name, tuple(map(id, old_objects)), values)
        found = self._new.get(key) or self._old.get(key)
        if found is None:
            return _MISSING
        return moved(found[1], move, self) if lines == MOVED else found[1]

    def next_generation(self) -> None:
        """Start a new build: results the last one did not use are dropped after it."""
        self._old, self._new = self._new, {}
        self._aliases = {}
        self.hits = self.misses = 0


class _NoMemo(Memo):
    """Computes every time: the uncached path."""

    def get(self, name: str, objects: tuple[Any, ...], values: Hashable, compute: Callable[[], T],
            *, lines: str = MOVED) -> T:
        return compute()

    def put(self, name: str, objects: tuple[Any, ...], values: Hashable, result: Any) -> None:
        return None

    def next_generation(self) -> None:
        return None


NO_MEMO: Memo = _NoMemo()
_MISSING: Any = object()


def moved(value: Any, move: Move, memo: Memo | None = None) -> Any:
    """Return *value* with every line after ``move.after`` moved by ``move.delta`` (unchanged parts shared).

    Knows the model's blocks, citations and notes, problems (``Problem`` and the markup's)
    and the containers holding them; anything else holds no line and is returned as is.
    Each object rebuilt is declared an alias of the old one in *memo*.
    """
    return _moved_value(value, move, memo)


def _line(line: int | None, move: Move) -> int | None:
    return line + move.delta if line is not None and line > move.after else line


def _moved_value(value: Any, move: Move, memo: Memo | None) -> Any:
    if isinstance(value, (str, int, float, bool, type(None), Run, Link, frozenset)):
        return value
    out = _rebuilt(value, move, memo)
    if memo is not None and out is not value:
        memo.alias(out, value, move)
    return out


def _rebuilt(value: Any, move: Move, memo: Memo | None) -> Any:
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        items = tuple(_moved_value(v, move, memo) for v in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if isinstance(value, list):
        items_list = [_moved_value(v, move, memo) for v in value]
        return value if all(a is b for a, b in zip(items_list, value, strict=True)) else items_list
    if isinstance(value, dict):
        moved_items = {k: _moved_value(v, move, memo) for k, v in value.items()}
        return value if all(moved_items[k] is v for k, v in value.items()) else moved_items
    if isinstance(value, (Paragraph, Heading)):
        content = _moved_value(value.content, move, memo)
        line = _line(value.line, move)
        if content is value.content and line == value.line:
            return value
        return type(value)(content, line)
    if isinstance(value, FootnoteRef):
        line = _line(value.line, move)
        return value if line == value.line else FootnoteRef(value.id, line)
    if isinstance(value, Footnote):
        line = _line(value.line, move)
        return value if line == value.line else Footnote(value.id, value.content, line)
    if isinstance(value, (Problem, _markup_problem())):
        line = _line(value.line, move)
        return value if line == value.line else dataclasses.replace(value, line=line)
    return value


def _markup_problem() -> Any:
    from .fileformat.markup import MarkupProblem  # markup imports this module

    return MarkupProblem
