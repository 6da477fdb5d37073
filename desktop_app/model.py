"""The document model: what a release *says*, with no Qt, no I/O and no rendering.

Footnotes and links are nodes (as in Pandoc's AST); numbers are never stored here —
``resolve`` assigns them, so every writer numbers notes identically.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from .bidi import BIDI_CONTROLS
from .myanmar.script import INVISIBLES

MYANMAR = "my"
ENGLISH = "en"


class Layout(StrEnum):
    """The two layouts of a bilingual release; a language code (``layout: en``) shows one language."""

    STACKED = "stacked"
    PARALLEL = "parallel"


class BannerStyle(StrEnum):
    """How a banner line is set."""

    NORMAL = "normal"
    TITLE = "title"
    SUBTITLE = "subtitle"


class FontMode(StrEnum):
    """How a DOCX embeds fonts: whole Burmese faces (partners edit), used letters only, or none."""

    EDITABLE = "editable"
    FINAL = "final"
    NONE = "none"
#: A character that shows: neither white space (``\s`` is ``str.isspace``, what ``strip`` removes)
#: nor invisible. One search that stops at the first letter, instead of a translated copy.
_SEEN_RE = re.compile(f"[^\\s{INVISIBLES}{BIDI_CONTROLS}]")


def is_blank(text: str | None) -> bool:
    """Return True when *text* shows nothing: empty, spaces, zero-width or bidi characters only.

    Such a translation is treated as missing (``check`` warns about it), never printed.
    """
    return not text or _SEEN_RE.search(text) is None


@dataclass(frozen=True)
class Text:
    """One piece of text in one or more languages, keyed by BCP 47 code, in file order."""

    values: Mapping[str, str]

    @classmethod
    def of(cls, **values: str) -> Text:
        """Build from keyword arguments: ``Text.of(en="PRESS RELEASE")``."""
        return cls(dict(values))

    def get(self, lang: str) -> str | None:
        """Return the text in *lang*, or None when it has no such translation."""
        return self.values.get(lang)

    def visible(self, lang: str) -> str | None:
        """Return the text in *lang* when it shows something, else None (see :func:`is_blank`)."""
        value = self.values.get(lang)
        return None if is_blank(value) else value

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages present, in the order the file gave them."""
        return tuple(self.values)

    def __bool__(self) -> bool:
        return not all(is_blank(v) for v in self.values.values())


# --- inline spans -----------------------------------------------------------------------

@dataclass(frozen=True)
class Run:
    """Plain text with its emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Link:
    """A hyperlink (http, https or mailto) around styled runs."""

    target: str
    content: tuple[Run, ...]


@dataclass(frozen=True)
class FootnoteRef:
    """A reference to ``footnotes.<id>``; its number is decided by resolve."""

    id: str
    line: int | None = field(default=None, compare=False)


Inline = Run | Link | FootnoteRef


# --- blocks -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Paragraph:
    """A paragraph of body text."""

    content: tuple[Inline, ...]
    line: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Heading:
    """A section heading (``## Heading`` in the markup)."""

    content: tuple[Inline, ...]
    line: int | None = field(default=None, compare=False)


Block = Paragraph | Heading


@dataclass(frozen=True)
class Footnote:
    """A footnote's text per language (same markup as the body; a bare URL becomes a link)."""

    id: str
    content: Mapping[str, tuple[Inline, ...]]
    line: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Contact:
    """How readers reach the issuing organisation; every item is optional."""

    intro: Text | None = None
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    signal: str | None = None


# --- letterhead -------------------------------------------------------------------------

@dataclass(frozen=True)
class Margins:
    """Page margins in millimetres."""

    top: float = 18.0
    bottom: float = 18.0
    left: float = 22.0
    right: float = 22.0


@dataclass(frozen=True)
class PageSetup:
    """Paper size (A4 or Letter) and margins."""

    size: str = "A4"
    margins: Margins = Margins()


@dataclass(frozen=True)
class DateRange:
    """An inclusive span of days, written ``{from: …, to: …}``."""

    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class BannerText:
    """A banner line of text: its languages joined by ``join``."""

    text: Text
    join: str = " "
    style: BannerStyle = BannerStyle.NORMAL


@dataclass(frozen=True)
class BannerDates:
    """A banner line of dates, rendered in every letterhead language."""

    dates: tuple[dt.date, ...] | DateRange
    style: BannerStyle = BannerStyle.NORMAL


BannerLine = BannerText | BannerDates


@dataclass(frozen=True)
class Banner:
    """What is drawn at the top of every page."""

    image: Path | None = None
    lines: tuple[BannerLine, ...] = ()


@dataclass(frozen=True)
class Letterhead:
    """The look shared by many releases: page, fonts, languages, banner, footer."""

    path: Path | None
    name: str
    page: PageSetup = PageSetup()
    fonts: Mapping[str, str] = field(default_factory=dict)
    languages: tuple[str, ...] = (MYANMAR, ENGLISH)
    label: Text | None = None
    banner: Banner = Banner()
    footer: Text | None = None


# --- release ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Release:
    """One press release as loaded from ``NAME.release.yaml``."""

    path: Path | None
    letterhead: Letterhead
    date: dt.date
    headline: Text
    body: Mapping[str, tuple[Block, ...]]
    footnotes: Mapping[str, Footnote] = field(default_factory=dict)
    label: Text | None = None
    contact: Contact | None = None
    signatories: tuple[Text, ...] = ()
    layout: str | None = None

    @property
    def name(self) -> str:
        """The file stem without ``.release``: what exports are named after."""
        if self.path is None:
            return "release"
        stem = self.path.name
        for suffix in (".release.yaml", ".release.yml", ".yaml", ".yml"):
            if stem.endswith(suffix):
                return stem[: -len(suffix)]
        return self.path.stem

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages the release's own text is written in, in letterhead order."""
        present = set(self.headline.languages) | set(self.body)
        ordered = [lang for lang in self.letterhead.languages if lang in present]
        ordered += sorted(present - set(ordered))
        return tuple(ordered)


def inline_text(inlines: tuple[Inline, ...]) -> str:
    """Return the text *inlines* show (runs and link texts), without footnote markers."""
    return "".join(i.text for i in iter_inlines(inlines) if isinstance(i, Run))


def iter_inlines(inlines: tuple[Inline, ...]) -> Iterator[Inline]:
    """Yield every inline, descending into links (footnote refs never nest)."""
    for inline in inlines:
        yield inline
        if isinstance(inline, Link):
            yield from inline.content
