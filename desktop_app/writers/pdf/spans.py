"""Turn resolved inline content into typesetter spans in a block's style."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ...model import Link, Run
from ...resolve import NoteRef, ResolvedInline
from ...uri import ascii_uri
from ..typography import LINK, BlockStyle
from .typesetter import Span, TextStyle


def note_anchor(number: int) -> str:
    """Return the PDF destination name of footnote *number*."""
    return f"note-{number}"


def base_style(style: BlockStyle) -> TextStyle:
    """Return the text style a block's plain runs start from."""
    return TextStyle(style.size, style.bold, style.italic, style.color)


@lru_cache(maxsize=256)
def _emphasised(base: TextStyle, bold: bool, italic: bool) -> TextStyle:
    """Return *base* made bold and/or italic (styles are frozen: one object serves every run alike)."""
    return replace(base, bold=base.bold or bold, italic=base.italic or italic)


def spans_for(content: tuple[ResolvedInline, ...], style: BlockStyle) -> list[Span]:
    """Spans for a block's content: emphasis, link colour and superscript note markers."""
    base = base_style(style)
    spans: list[Span] = []
    for inline in content:
        if isinstance(inline, Run):
            spans.append(Span(inline.text, _emphasised(base, inline.bold, inline.italic)))
        elif isinstance(inline, Link):
            for run in inline.content:
                spans.append(Span(run.text, replace(base, bold=base.bold or run.bold,
                                                    italic=base.italic or run.italic,
                                                    color=LINK, link=ascii_uri(inline.target))))
        elif isinstance(inline, NoteRef):
            marker = replace(base, bold=False, italic=False, superscript=True, color=LINK,
                             anchor=note_anchor(inline.number))
            spans.append(Span(str(inline.number), marker, note=inline.number if inline.first else None,
                              glued=True))
    return spans
