"""Laid-out lines kept from one render to the next, so a preview after an edit lays out only what changed.

The live preview renders the whole release again after every pause in typing; most of
its paragraphs and notes are as they were. Their lines depend only on the spans (text,
style, footnote numbers), the width, the alignment and the line factor, and on the font
scheme (one typesetter per scheme, so that is part of the key), so they are looked up
here instead of being shaped and broken again (issue 17).

Lines are never changed after ``Typesetter.layout`` returns them (drawing only reads
them), so sharing them between renders — and between equal blocks of one render —
draws exactly the same bytes.

Memory stays bounded by two renders' worth of lines: each render starts a generation;
lines neither used in it nor in the one before are dropped.
"""

from __future__ import annotations

import threading

from ...resolve import FontScheme
from .typesetter import Line, Span, Typesetter

_Key = tuple[tuple[Span, ...], float, str, float]


class _Generations:
    """Lines of the current render and of the one before, by layout key."""

    def __init__(self) -> None:
        self.current: dict[_Key, list[Line]] = {}
        self.previous: dict[_Key, list[Line]] = {}

    def get(self, key: _Key) -> list[Line] | None:
        lines = self.current.get(key)
        if lines is None:
            lines = self.previous.get(key)
            if lines is not None:
                self.current[key] = lines
        return lines

    def turn(self) -> None:
        """Start a render: drop what the render before did not use."""
        self.previous, self.current = self.current, {}


class CachingTypesetter(Typesetter):
    """A typesetter whose ``layout`` returns the lines of an earlier equal call."""

    def __init__(self, fonts: FontScheme) -> None:
        super().__init__(fonts)
        self._cache = _Generations()

    def layout(self, spans: list[Span], width_limit: float, align: str = "left",
               line_factor: float = Typesetter.NORMAL_LINE) -> list[Line]:
        """Return the lines of *spans* (see ``Typesetter.layout``), laid out once per key."""
        key = (tuple(spans), width_limit, align, line_factor)
        lines = self._cache.get(key)
        if lines is None:
            lines = super().layout(spans, width_limit, align, line_factor)
            self._cache.current[key] = lines
        return list(lines)  # the caller's own list; the lines in it are shared and read-only

    def start_render(self) -> None:
        """Begin a render: lines unused since the render before last are let go."""
        self._cache.turn()


_typesetters: dict[FontScheme, CachingTypesetter] = {}
_lock = threading.Lock()


def typesetter_for(fonts: FontScheme) -> CachingTypesetter:
    """Return the process's typesetter for *fonts*, its cache turned over for a new render."""
    with _lock:
        typesetter = _typesetters.get(fonts)
        if typesetter is None:
            typesetter = _typesetters[fonts] = CachingTypesetter(fonts)
        typesetter.start_render()
    return typesetter


def clear() -> None:
    """Forget every cached line (benchmarks measuring a first render call this)."""
    with _lock:
        _typesetters.clear()
