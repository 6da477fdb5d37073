"""The body markup of FORMAT.md, parsed once into typed spans so writers never parse strings.

Supported, and nothing else: paragraphs separated by blank lines, ``## Heading``,
``**bold**``, ``*italic*``, ``[text](url)``, ``<url>``, ``[^id]`` footnote references and
backslash escapes. Links accept only http, https and mailto.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from urllib.parse import urlsplit

from ..bidi import bidi_controls_in, describe
from ..memo import NO_MEMO, Memo, Move, moved
from ..model import Block, FootnoteRef, Heading, Inline, Link, Paragraph, Run
from ..myanmar.script import is_myanmar

ALLOWED_SCHEMES = ("http", "https", "mailto")
_ESCAPABLE = set("\\*[]()<>_^#`")
_FOOTNOTE_RE = re.compile(r"\[\^([A-Za-z0-9][A-Za-z0-9_.-]*)\]")
#: A link target written as ``<…>``: a scheme, then no spaces or angle brackets.
AUTOLINK_TARGET = r"[A-Za-z][A-Za-z0-9+.-]*:[^<>\s]+"
#: A bare address the markup links by itself.
BARE_URL = r"(?:https?://|mailto:)[^\s<>]+"
_AUTOLINK_RE = re.compile(f"<({AUTOLINK_TARGET})>")
_BARE_URL_RE = re.compile(BARE_URL)
_HEADING_RE = re.compile(r"^(#{1,6})(\s+|$)(.*)$")
_EMAIL_RE = re.compile(r"[^@\s/]+@[^@\s/]+\.[^@\s/]+")


@dataclass(frozen=True)
class MarkupProblem:
    """A problem in markup text; ``line`` is the line in the source file when known."""

    line: int | None
    message: str
    hint: str = ""


@dataclass(frozen=True)
class UrlFault:
    """Why a link target is refused, as a kind the app can say in the interface language.

    kinds: ``direction`` (bidi controls; detail: their names), ``scheme`` (not http, https
    or mailto; detail: the scheme, empty when there is none), ``spaces``, ``email`` (a
    mailto without an address), ``invalid`` (not parseable), ``host`` (no host name).
    """

    kind: str
    detail: str = ""


def url_fault(url: str) -> UrlFault | None:
    """Return why *url* is not an acceptable link target, or None when it is (the loader's rules)."""
    controls = bidi_controls_in(url)
    if controls:
        return UrlFault("direction", ", ".join(dict.fromkeys(describe(ch) for ch in controls)))
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme not in ALLOWED_SCHEMES:
        return UrlFault("scheme", scheme)
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        return UrlFault("spaces")
    if scheme == "mailto":
        if not _EMAIL_RE.fullmatch(url[len("mailto:"):].split("?", 1)[0]):
            return UrlFault("email")
        return None
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unclosed '[' of an IPv6 address
        return UrlFault("invalid")
    if not parts.netloc or parts.netloc.startswith("."):
        return UrlFault("host")
    return None


def url_problem(url: str) -> str | None:
    """Return why *url* is not an acceptable link target, or None when it is (the file's wording)."""
    fault = url_fault(url)
    if fault is None:
        return None
    if fault.kind == "direction":
        return (f"link {url!r} holds invisible direction controls ({fault.detail}) that can make it show "
                "a different address from the one it opens")
    if fault.kind == "scheme":
        shown = f"'{fault.detail}:' " if fault.detail else ""
        return f"link {url!r}: {shown}links are not allowed; only http, https and mailto"
    return {"spaces": f"link {url!r} contains spaces or control characters",
            "email": f"link {url!r} is not an e-mail address",
            "invalid": f"link {url!r} is not a valid web address",
            "host": f"link {url!r} has no host name"}[fault.kind]


def link_text(url: str) -> str:
    """Return the text shown for a bare or angle-bracket link: the address without ``mailto:``."""
    return url[len("mailto:"):] if url.lower().startswith("mailto:") else url


def line_separator(before: str, after: str) -> str:
    """Return what a single line break inside a paragraph becomes: nothing between Burmese, else a space.

    A line ending in ``၊`` or ``။`` joins with a space even before Burmese: published
    Burmese puts one after them, and hard-wrapped text breaks there most often.
    """
    if before in "\u104a\u104b":
        return " "
    return "" if is_myanmar(before) and is_myanmar(after) else " "


class _InlineParser:
    """One pass over a paragraph's text with a small state machine for emphasis.

    Plain text is taken in stretches: from one character that could start markup (a
    backslash, ``*``, ``[``, ``<``, or with bare URLs an ``h`` or ``m`` after a space) to
    the next, the characters between are text whatever the state (a 200-page release is
    mostly such stretches).
    """

    #: Characters where markup may start; everything between two of them is plain text.
    MARKUP_STOP = re.compile(r"[\\*\[<]")
    MARKUP_STOP_BARE_URLS = re.compile(r"[\\*\[<]|(?<!\S)[hm]")

    def __init__(self, text: str, line_at: Callable[[int], int | None], bare_urls: bool) -> None:
        self.text = text
        self.line_at = line_at
        self.bare_urls = bare_urls
        self._stop = self.MARKUP_STOP_BARE_URLS if bare_urls else self.MARKUP_STOP
        self.problems: list[MarkupProblem] = []
        self._brackets, self._parens, self._next_close = _pairs(text)

    def parse(self, start: int = 0, end: int | None = None, *, bold: bool = False,
              italic: bool = False, in_link: bool = False) -> list[Inline]:
        text = self.text
        end = len(text) if end is None else end
        out: list[Inline] = []
        buf: list[str] = []
        opened: dict[str, int] = {}

        def flush() -> None:
            if buf:
                _append_run(out, Run("".join(buf), bold, italic))
                buf.clear()

        i = start
        while i < end:
            ch = text[i]
            if ch == "\\" and i + 1 < end and text[i + 1] in _ESCAPABLE:
                buf.append(text[i + 1])
                i += 2
                continue
            if ch == "*":
                marker = "**" if text.startswith("**", i) and i + 1 < end else "*"
                after = text[i + len(marker)] if i + len(marker) < end else " "
                before = text[i - 1] if i > start else " "
                is_open = (bold if marker == "**" else italic)
                if (is_open and not before.isspace()) or (not is_open and not after.isspace()):
                    flush()
                    if marker == "**":
                        bold = not bold
                    else:
                        italic = not italic
                    if is_open:
                        opened.pop(marker, None)
                    else:
                        opened[marker] = i
                    i += len(marker)
                    continue
            if ch == "[" and not in_link:
                m = _FOOTNOTE_RE.match(text, i, end)
                if m:
                    flush()
                    out.append(FootnoteRef(m.group(1), self.line_at(i)))
                    i = m.end()
                    continue
                link = self._link(i, end, bold, italic)
                if link is not None:
                    flush()
                    node, i = link
                    out.append(node)
                    continue
            if ch == "<" and not in_link:
                m = _AUTOLINK_RE.match(text, i, end)
                if m:
                    flush()
                    self._check_url(m.group(1), i)
                    out.append(Link(m.group(1), (Run(link_text(m.group(1)), bold, italic),)))
                    i = m.end()
                    continue
            if self.bare_urls and not in_link and ch in "hm" and (i == start or text[i - 1].isspace()):
                m = _BARE_URL_RE.match(text, i, end)
                if m:
                    url = _trim_bare_url(m.group(0))
                    flush()
                    self._check_url(url, i)
                    out.append(Link(url, (Run(link_text(url), bold, italic),)))
                    i += len(url)
                    continue
            buf.append(ch)
            i += 1
            stop = self._stop.search(text, i, end)  # the plain text up to where markup may start
            plain_end = end if stop is None else stop.start()
            if plain_end > i:
                buf.append(text[i:plain_end])
                i = plain_end
        flush()
        for marker, pos in opened.items():
            name = "bold" if marker == "**" else "italic"
            self.problems.append(MarkupProblem(
                self.line_at(pos), f"'{marker}' opens {name} text that is never closed",
                f"add the closing '{marker}' or write '\\{marker}' for a literal asterisk"))
        return out

    def _link(self, i: int, end: int, bold: bool, italic: bool) -> tuple[Link, int] | None:
        text = self.text
        j = self._brackets.get(i, end)
        if j >= end or not text.startswith("(", j + 1):
            return None
        close = self._closing_paren(j + 1, end)
        if close < 0:
            self.problems.append(MarkupProblem(self.line_at(i), "a link's '(' is never closed",
                                               "write links as [text](https://…)"))
            return None
        url = text[j + 2:close].strip()
        self._check_url(url, i)
        inner = self.parse(i + 1, j, bold=bold, italic=italic, in_link=True)
        runs = tuple(r for r in inner if isinstance(r, Run))
        if not runs:
            runs = (Run(link_text(url), bold, italic),)
        return Link(url, runs), close + 1

    def _closing_paren(self, open_at: int, end: int) -> int:
        """Index of the ``)`` closing the link target whose ``(`` is at *open_at*; -1 when there is none.

        Parentheses inside the target nest (``https://en.wikipedia.org/wiki/Yangon_(city)``);
        when they do not balance, the first ``)`` closes it.
        """
        close = self._parens.get(open_at, end)
        if close < end:
            return close
        first = self._next_close[open_at + 1]
        return first if first < end else -1

    def _check_url(self, url: str, pos: int) -> None:
        problem = url_problem(url)
        if problem:
            self.problems.append(MarkupProblem(self.line_at(pos), problem,
                                               "write https://… or mailto:name@example.org"))


def _trim_bare_url(url: str) -> str:
    """Drop sentence punctuation after a bare URL, keeping a ``)`` that closes one inside it."""
    end, opens, closes = len(url), url.count("("), url.count(")")
    while end and (url[end - 1] in ".,;:!?" or (url[end - 1] == ")" and closes > opens)):
        closes -= url[end - 1] == ")"
        end -= 1
    return url[:end]


_BRACKET_RE = re.compile(r"[\\\[\]]")
_PAREN_RE = re.compile(r"[()]")


class _NextClose:
    """For each offset, the next ``)`` at or after it (the text's length when there is none)."""

    def __init__(self, text: str) -> None:
        self._closes = [m.start() for m in re.finditer(r"\)", text)]
        self._n = len(text)

    def __getitem__(self, k: int) -> int:
        i = bisect_left(self._closes, k)
        return self._closes[i] if i < len(self._closes) else self._n


def _pairs(text: str) -> tuple[dict[int, int], dict[int, int], _NextClose]:
    """Match brackets and parentheses in one pass, so link parsing stays linear in the text.

    Returns the ``]`` closing each ``[`` (a backslash skips the character after it, as
    link text does), the ``)`` closing each ``(`` (parentheses inside a link target nest),
    and for each offset the next ``)`` at or after it (``len(text)`` when there is none).
    Only the special characters are visited (regex scans), not every character.
    """
    brackets: dict[int, int] = {}
    parens: dict[int, int] = {}
    open_brackets: list[int] = []
    open_parens: list[int] = []
    skip_to = 0
    for m in _BRACKET_RE.finditer(text):
        k = m.start()
        if k < skip_to:
            continue  # escaped by the backslash before it
        ch = m.group()
        if ch == "\\":
            skip_to = k + 2
        elif ch == "[":
            open_brackets.append(k)
        elif open_brackets:
            brackets[open_brackets.pop()] = k
    for m in _PAREN_RE.finditer(text):
        if m.group() == "(":
            open_parens.append(m.start())
        elif open_parens:
            parens[open_parens.pop()] = m.start()
    return brackets, parens, _NextClose(text)


def _append_run(out: list[Inline], run: Run) -> None:
    if out and isinstance(out[-1], Run) and (out[-1].bold, out[-1].italic) == (run.bold, run.italic):
        out[-1] = Run(out[-1].text + run.text, run.bold, run.italic)
    else:
        out.append(run)


def parse_inline(text: str, line: int | None = None, *, bare_urls: bool = False
                 ) -> tuple[tuple[Inline, ...], list[MarkupProblem]]:
    """Parse one paragraph's inline markup into spans; problems carry *line*."""
    parser = _InlineParser(text, _all_on(line), bare_urls)
    return tuple(parser.parse()), parser.problems


def _all_on(line: int | None) -> Callable[[int], int | None]:
    """Return a ``line_at`` for text that sits on one file line, whatever the position."""
    return lambda _pos: line


def parse_blocks(text: str, line_of: Callable[[int], int | None], *, bare_urls: bool = False
                 ) -> tuple[tuple[Block, ...], list[MarkupProblem]]:
    """Split body markup into headings and paragraphs; ``line_of(i)`` maps text line i to a file line."""
    blocks, problems = _parse_lines(text.split("\n"), line_of, bare_urls)
    return tuple(blocks), problems


def parse_blocks_at(text: str, first: int | None, step: int, *, bare_urls: bool = False, memo: Memo = NO_MEMO
                    ) -> tuple[tuple[Block, ...], list[MarkupProblem]]:
    r"""``parse_blocks`` with text line i on file line ``first + step * i`` (None: unknown), piece by piece.

    An empty line ends every paragraph, so the text is read in pieces between empty lines
    (``"\n\n"``), each on its own, and each piece's blocks are remembered by its text and
    first line: after an edit only the edited paragraph is parsed again.
    """
    blocks: list[Block] = []
    problems: list[MarkupProblem] = []
    index = 0
    for piece in text.split("\n\n"):
        base = None if first is None else first + step * index
        key = (piece, base is None, step, bare_urls)
        at, found = memo.get("markup", (), key, partial(_parse_piece, piece, base, step, bare_urls))
        if at != base:  # the same text on other lines (an edit above added or removed lines): move them
            assert at is not None and base is not None
            at, found = base, moved(found, Move(0, base - at), memo)
            memo.put("markup", (), key, (at, found))
        blocks += found[0]
        problems += found[1]
        index += piece.count("\n") + 2
    return tuple(blocks), problems


def _parse_piece(piece: str, base: int | None, step: int, bare_urls: bool
                 ) -> tuple[int | None, tuple[tuple[Block, ...], tuple[MarkupProblem, ...]]]:
    """Parse one piece with its first line on *base*; every line in the result is base + step × i."""
    line_of: Callable[[int], int | None] = (lambda _i: None) if base is None else (lambda i: base + step * i)
    blocks, problems = _parse_lines(piece.split("\n"), line_of, bare_urls)
    return base, (tuple(blocks), tuple(problems))


def _parse_lines(lines: list[str], line_of: Callable[[int], int | None], bare_urls: bool
                 ) -> tuple[list[Block], list[MarkupProblem]]:
    blocks: list[Block] = []
    problems: list[MarkupProblem] = []
    pending: list[tuple[int, str]] = []

    def flush() -> None:
        if not pending:
            return
        joined, starts = "", []
        for idx, line in pending:
            if joined:
                joined += line_separator(joined[-1], line[0])
            starts.append((len(joined), idx))
            joined += line
        offsets = [s for s, _idx in starts]
        parser = _InlineParser(joined, lambda pos: line_of(starts[max(0, bisect_right(offsets, pos) - 1)][1]),
                               bare_urls)
        content = tuple(parser.parse())
        problems.extend(parser.problems)
        if content:
            blocks.append(Paragraph(content, line_of(pending[0][0])))
        pending.clear()

    for idx, raw in enumerate(lines):
        stripped = raw.strip()
        if not stripped:
            flush()
            continue
        m = _HEADING_RE.match(stripped)
        if m and len(m.group(1)) == 2 and m.group(3).strip():
            flush()
            heading_line = line_of(idx)
            parser = _InlineParser(m.group(3).strip(), _all_on(heading_line), bare_urls)
            blocks.append(Heading(tuple(parser.parse()), heading_line))
            problems.extend(parser.problems)
            continue
        if m and (m.group(2) or not m.group(3)):
            problems.append(MarkupProblem(line_of(idx), f"'{m.group(1)}' headings are not supported",
                                          "use '## ' for a section heading, or write '\\#' for a literal #"))
        pending.append((idx, stripped))
    flush()
    return blocks, problems


def block_sources(text: str, blocks: tuple[Block, ...]) -> list[str] | None:
    """Return each block's own markup as *text* writes it, for blocks parsed with ``line_of`` = identity.

    A heading is its line; a paragraph its lines up to the next blank line or heading (a
    hand-wrapped paragraph keeps its line breaks). The rich-text editor keeps these, so
    writing a body back after an edit costs the edited paragraphs only and leaves the
    others as the user wrote them. None when the blocks carry no lines.
    """
    lines = text.split("\n")
    out = []
    for block in blocks:
        if block.line is None:
            return None
        if isinstance(block, Heading):
            out.append(lines[block.line].strip())
            continue
        end = block.line + 1
        while end < len(lines) and lines[end].strip() and not _starts_heading(lines[end]):
            end += 1
        out.append("\n".join(lines[block.line:end]).strip())
    return out


def _starts_heading(line: str) -> bool:
    m = _HEADING_RE.match(line.strip())
    return bool(m and len(m.group(1)) == 2 and m.group(3).strip())
