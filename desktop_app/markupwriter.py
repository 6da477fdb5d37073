"""Blocks and spans back to the body markup of FORMAT.md: the inverse of ``fileformat.markup``.

The rich-text editors hold formatting, not markup; when the user edits a body, its
blocks are written back with this module. The contract, tested over generated bodies and
every release in ``tests/data``: ``parse(write(blocks)) == blocks`` for anything the
markup can say. The few things it cannot say (bold that starts or ends on a space) are
normalised the way a reader would never notice: the space leaves the emphasis.

One paragraph per line, blank lines between blocks; only the characters the parser would
otherwise read as markup are escaped. Qt-free.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .model import Block, FootnoteRef, Heading, Inline, Link, Run

_BOLD, _ITALIC = "**", "*"


def _escape(text: str) -> str:
    """Escape what the parser would read as markup inside running text."""
    out = []
    for ch in text:
        if ch in "\\*[]<":
            out.append("\\")
        out.append(ch)
    return "".join(out)


class _Emitter:
    """Writes a sequence of styled characters, opening and closing emphasis only where valid."""

    def __init__(self, bold: bool = False, italic: bool = False) -> None:
        self.out: list[str] = []
        self.bold, self.italic = bold, italic

    def switch(self, bold: bool, italic: bool) -> None:
        """Close, then open, the markers that take the state to (*bold*, *italic*)."""
        closes = [m for m, on, want in ((_ITALIC, self.italic, italic), (_BOLD, self.bold, bold)) if on and not want]
        opens = [m for m, on, want in ((_BOLD, self.bold, bold), (_ITALIC, self.italic, italic)) if want and not on]
        self.out.extend(closes + opens)
        self.bold, self.italic = bold, italic

    def text(self) -> str:
        return "".join(self.out)


def _styled(inlines: Sequence[Inline]) -> list[tuple[object, bool, bool]]:
    """Flatten to (character | Link | FootnoteRef, bold, italic) with emphasis trimmed off edge spaces."""
    items: list[tuple[object, bool, bool]] = []
    for inline in inlines:
        if isinstance(inline, Run):
            items.extend((ch, inline.bold, inline.italic) for ch in inline.text)
        elif isinstance(inline, Link):
            # Outside the brackets only the emphasis every run shares: inside, runs only add
            # to it, so the link text never has to reopen anything at its end.
            items.append((inline, *_link_emphasis(inline)))
        else:
            items.append((inline, False, False))
    for attr in (1, 2):
        _trim(items, attr)
    return items


def _link_emphasis(link: Link) -> tuple[bool, bool]:
    """Return the emphasis written outside a link's brackets: what all its visible characters have.

    Inside, runs only add to it, so the text never closes it (the parser cannot close
    emphasis right after '[') and only closes what it opened itself.
    """
    shown = [it for it in _styled(link.content) if not _is_space(it[0])]
    return bool(shown) and all(it[1] for it in shown), bool(shown) and all(it[2] for it in shown)


def _is_space(inline: object) -> bool:
    """Whether *inline* is text of whitespace only (emphasis markers must not sit on it)."""
    return isinstance(inline, str) and inline.isspace()


def _trim(items: list[tuple[object, bool, bool]], attr: int) -> None:
    """Take whitespace at either end of each emphasised stretch out of the emphasis.

    Footnote references do not carry emphasis and do not interrupt a stretch.
    """
    i = 0
    n = len(items)
    while i < n:
        if not items[i][attr] or isinstance(items[i][0], FootnoteRef):
            i += 1
            continue
        j = i
        last = i
        while j < n and (items[j][attr] or isinstance(items[j][0], FootnoteRef)):
            if not isinstance(items[j][0], FootnoteRef):
                last = j
            j += 1
        span = [k for k in range(i, last + 1) if not isinstance(items[k][0], FootnoteRef)]
        for k in span:  # leading whitespace
            if _is_space(items[k][0]):
                items[k] = _without(items[k], attr)
            else:
                break
        for k in reversed(span):  # trailing whitespace
            if _is_space(items[k][0]):
                items[k] = _without(items[k], attr)
            elif items[k][attr]:
                break
        i = j


def _without(item: tuple[object, bool, bool], attr: int) -> tuple[object, bool, bool]:
    return (item[0], False, item[2]) if attr == 1 else (item[0], item[1], False)


def _write_runs(items: list[tuple[object, bool, bool]], emitter: _Emitter) -> None:
    for thing, bold, italic in items:
        if isinstance(thing, FootnoteRef):
            emitter.out.append(f"[^{thing.id}]")
            continue
        emitter.switch(bold, italic)
        if isinstance(thing, Link):
            emitter.out.append(_link(thing, bold, italic))
        else:
            emitter.out.append(_escape(str(thing)))


def _link(link: Link, bold: bool, italic: bool) -> str:
    inner = _Emitter(bold, italic)
    # Spaces take the outer emphasis: none of it is ever closed inside the brackets.
    items = [(t, b or bold, i or italic) for t, b, i in _styled([r for r in link.content if r.text])]
    _write_runs(items, inner)
    # Close only what the link text opened: the outer emphasis goes on after ']' regardless.
    inner.switch(inner.bold and bold, inner.italic and italic)
    text = inner.text() or _escape(link.target)
    if text.startswith("^"):  # '[^' opens a footnote reference: a link's own text must not read as one
        text = "\\" + text
    return f"[{text}]({link.target})"


def write_inlines(inlines: Sequence[Inline]) -> str:
    """Return the markup of one paragraph's spans (no line breaks, no leading or trailing space)."""
    emitter = _Emitter()
    items = _styled(inlines)
    # Leading and trailing spaces of a paragraph are not kept by the parser either.
    while items and isinstance(items[0][0], str) and items[0][0].isspace():
        items.pop(0)
    while items and isinstance(items[-1][0], str) and items[-1][0].isspace():
        items.pop()
    items = [(" " if isinstance(t, str) and t in "\n\r\u2028\u2029" else t, b, i) for t, b, i in items]
    _write_runs(items, emitter)
    emitter.switch(False, False)
    return emitter.text()


def write_blocks(blocks: Iterable[Block]) -> str:
    """Return body markup: one line per heading or paragraph, a blank line between them."""
    lines = []
    for block in blocks:
        text = write_inlines(block.content)
        if not text:
            continue
        if isinstance(block, Heading):
            lines.append("## " + text)
        else:
            lines.append(("\\" + text) if text.startswith("#") else text)
    return "\n\n".join(lines)
