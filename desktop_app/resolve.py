"""Decide, once, everything the writers must agree on.

Footnote numbers (order of first reference in reading order), date strings per language,
label and footer defaults, language order and layout, fonts per script and the banner's
lines. Writers only lay out what this module decided, so PDF and DOCX can never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .dates import format_date, format_dates
from .fonts import DEFAULT_FAMILIES, FAMILIES, LATIN_SCRIPT, MYANMAR_SCRIPT, FontFamily
from .model import (
    BannerDates,
    Block,
    FootnoteRef,
    Heading,
    Inline,
    Link,
    Margins,
    Release,
    Run,
    Text,
)
from .myanmar.numerals import to_myanmar_digits

DEFAULT_LABEL = Text({"my": "သတင်းထုတ်ပြန်ချက်", "en": "PRESS RELEASE"})
DEFAULT_FOOTER = Text({"my": "စာမျက်နှာ {page} / {pages}", "en": "Page {page} of {pages}"})
LABEL_JOIN = " · "
CONTACT_LABELS = {
    "en": {"phone": "Phone", "signal": "Signal"},
    "my": {"phone": "ဖုန်း", "signal": "Signal"},
}


class Role:
    """What a block is, which decides its style in every writer."""

    LABEL = "label"
    DATE = "date"
    HEADLINE = "headline"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CONTACT_INTRO = "contact-intro"
    CONTACT = "contact"
    SIGNATORY = "signatory"


@dataclass(frozen=True)
class NoteRef:
    """A numbered footnote reference; ``first`` marks where the note is printed."""

    number: int
    id: str
    first: bool


ResolvedInline = Run | Link | NoteRef


@dataclass(frozen=True)
class ResolvedBlock:
    """A block ready to lay out: its role, language and spans."""

    role: str
    lang: str
    content: tuple[ResolvedInline, ...]


@dataclass(frozen=True)
class Columns:
    """One row of a parallel layout: a cell of blocks per language, side by side."""

    cells: tuple[tuple[ResolvedBlock, ...], ...]


FlowItem = ResolvedBlock | Columns


@dataclass(frozen=True)
class ResolvedNote:
    """A footnote with its number and the language it is printed in."""

    number: int
    id: str
    lang: str
    content: tuple[Run | Link, ...]


@dataclass(frozen=True)
class BannerLineText:
    """A banner line as text parts per language and how they join."""

    parts: tuple[tuple[str, str], ...]
    join: str
    style: str

    @property
    def text(self) -> str:
        """The whole line as drawn."""
        return self.join.join(text for _, text in self.parts)


@dataclass(frozen=True)
class FontScheme:
    """The family drawing each script."""

    myanmar: FontFamily
    latin: FontFamily

    def for_script(self, script: str) -> FontFamily:
        """Return the family for ``my`` or ``latin``."""
        return self.myanmar if script == MYANMAR_SCRIPT else self.latin


@dataclass(frozen=True)
class Resolved:
    """Everything a writer needs, decided."""

    name: str
    title: str
    organisation: str
    lang: str
    languages: tuple[str, ...]
    date: dt.date
    layout: str
    page_size: str
    margins: Margins
    fonts: FontScheme
    banner_image: Path | None
    banner_lines: tuple[BannerLineText, ...]
    footer: tuple[tuple[str, str], ...]
    flow: tuple[FlowItem, ...]
    notes: tuple[ResolvedNote, ...]

    def footer_text(self, page: int, pages: int) -> str:
        """Return the footer of page *page* of *pages*, with Burmese digits in Burmese."""
        out = []
        for lang, template in self.footer:
            p, n = (to_myanmar_digits(page), to_myanmar_digits(pages)) if lang == "my" else (page, pages)
            out.append(template.replace("{pages}", str(n)).replace("{page}", str(p)))
        return LABEL_JOIN.join(out)

    def note(self, number: int) -> ResolvedNote:
        """Return the footnote numbered *number*."""
        return self.notes[number - 1]


def _pick(text: Text, languages: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """Return the parts of *text* in *languages* order; every part when none of them is present."""
    parts = tuple((lang, text.values[lang]) for lang in languages if text.get(lang))
    return parts or tuple(text.values.items())


class _Numberer:
    """Numbers footnotes in the order a reader meets them."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self.first_lang: dict[str, str] = {}

    def inlines(self, content: tuple[Inline, ...], lang: str) -> tuple[ResolvedInline, ...]:
        out: list[ResolvedInline] = []
        for inline in content:
            if isinstance(inline, FootnoteRef):
                first = inline.id not in self.numbers
                if first:
                    self.numbers[inline.id] = len(self.numbers) + 1
                    self.first_lang[inline.id] = lang
                out.append(NoteRef(self.numbers[inline.id], inline.id, first))
            else:
                out.append(inline)
        return tuple(out)

    def block(self, block: Block, lang: str) -> ResolvedBlock:
        role = Role.HEADING if isinstance(block, Heading) else Role.PARAGRAPH
        return ResolvedBlock(role, lang, self.inlines(block.content, lang))


def _plain(role: str, lang: str, text: str) -> ResolvedBlock:
    return ResolvedBlock(role, lang, (Run(text),))


def _contact_blocks(release: Release, languages: tuple[str, ...]) -> list[ResolvedBlock]:
    contact = release.contact
    if contact is None:
        return []
    lang = languages[0]
    blocks: list[ResolvedBlock] = []
    if contact.email:
        blocks.append(ResolvedBlock(Role.CONTACT, lang, (Link("mailto:" + contact.email, (Run(contact.email),)),)))
    if contact.website:
        blocks.append(ResolvedBlock(Role.CONTACT, lang, (Link(contact.website, (Run(contact.website),)),)))
    labels = CONTACT_LABELS.get(lang, CONTACT_LABELS["en"])
    for key in ("phone", "signal"):
        value = getattr(contact, key)
        if value:
            blocks.append(_plain(Role.CONTACT, lang, f"{labels[key]}: {value}"))
    return blocks


def _flow(release: Release, languages: tuple[str, ...], layout: str, numberer: _Numberer) -> list[FlowItem]:
    label = release.label or release.letterhead.label or DEFAULT_LABEL
    label_parts = _pick(label, languages)
    flow: list[FlowItem] = [_plain(Role.LABEL, label_parts[0][0], LABEL_JOIN.join(t for _, t in label_parts))]

    def section(lang: str) -> list[ResolvedBlock]:
        blocks = [_plain(Role.DATE, lang, format_date(release.date, lang))]
        if release.headline.get(lang):
            blocks.append(_plain(Role.HEADLINE, lang, release.headline.values[lang]))
        blocks += [numberer.block(b, lang) for b in release.body.get(lang, ())]
        return blocks

    intro = release.contact.intro if release.contact and release.contact.intro else None
    if layout == "parallel" and len(languages) > 1:
        sections = [section(lang) for lang in languages]
        for i in range(max(len(s) for s in sections)):
            flow.append(Columns(tuple((s[i],) if i < len(s) else () for s in sections)))
        if intro:
            flow.append(Columns(tuple(((_plain(Role.CONTACT_INTRO, lang, intro.values[lang]),)
                                       if intro.get(lang) else ()) for lang in languages)))
    else:
        for lang in languages:
            flow += section(lang)
        if intro:
            flow += [_plain(Role.CONTACT_INTRO, lang, text) for lang, text in _pick(intro, languages)]
    flow += _contact_blocks(release, languages)
    for signatory in release.signatories:
        seen: set[str] = set()
        for lang, text in _pick(signatory, languages):
            if text not in seen:
                seen.add(text)
                flow.append(_plain(Role.SIGNATORY, lang, text))
    return flow


def _notes(release: Release, numberer: _Numberer) -> tuple[ResolvedNote, ...]:
    notes = []
    for note_id, number in sorted(numberer.numbers.items(), key=lambda item: item[1]):
        footnote = release.footnotes[note_id]
        lang = numberer.first_lang[note_id]
        if lang not in footnote.content:
            lang = next(iter(footnote.content))
        content = tuple(i for i in footnote.content[lang] if isinstance(i, (Run, Link)))
        notes.append(ResolvedNote(number, note_id, lang, content))
    return tuple(notes)


def _fonts(release: Release) -> FontScheme:
    chosen = release.letterhead.fonts
    return FontScheme(FAMILIES[chosen.get("my", DEFAULT_FAMILIES[MYANMAR_SCRIPT])],
                      FAMILIES[chosen.get("en", DEFAULT_FAMILIES[LATIN_SCRIPT])])


def _banner_lines(release: Release) -> tuple[BannerLineText, ...]:
    letterhead = release.letterhead
    lines = []
    for line in letterhead.banner.lines:
        if isinstance(line, BannerDates):
            parts = tuple((lang, format_dates(line.dates, lang)) for lang in letterhead.languages)
            lines.append(BannerLineText(parts, " ", line.style))
        else:
            order = list(letterhead.languages) + [k for k in line.text.languages if k not in letterhead.languages]
            lines.append(BannerLineText(_pick(line.text, order), line.join, line.style))
    return tuple(lines)


def resolve(release: Release) -> Resolved:
    """Resolve a loaded release into what every writer lays out."""
    layout = release.layout or "stacked"
    languages = (layout,) if layout not in ("stacked", "parallel") else release.languages
    numberer = _Numberer()
    flow = _flow(release, languages, layout, numberer)
    title_lang = "en" if release.headline.get("en") else release.headline.languages[0]
    footer = _pick(release.letterhead.footer or DEFAULT_FOOTER, languages)
    return Resolved(
        name=release.name,
        title=release.headline.values[title_lang],
        organisation=release.letterhead.name,
        lang=languages[0],
        languages=languages,
        date=release.date,
        layout=layout,
        page_size=release.letterhead.page.size,
        margins=release.letterhead.page.margins,
        fonts=_fonts(release),
        banner_image=release.letterhead.banner.image,
        banner_lines=_banner_lines(release),
        footer=footer,
        flow=tuple(flow),
        notes=_notes(release, numberer),
    )
