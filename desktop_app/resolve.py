"""Decide, once, everything the writers must agree on.

Footnote numbers (reading order, one number per note text shown) and which text each
citation shows, date strings per language, label and footer (with its page-number
digits), gaps between language sections and above the signatories, language order and
layout, fonts per script and the banner's lines. Writers and ``check`` only read what
this module decided, so PDF and DOCX can never disagree.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import partial
from pathlib import Path

from .bidi import strip_bidi
from .dates import format_date, format_dates
from .fonts import DEFAULT_FAMILIES, FAMILIES, FONT_KEYS, LATIN_SCRIPT, MYANMAR_SCRIPT, NORMAL_LINE, FontFamily
from .memo import NO_MEMO, NONE, Memo
from .model import (
    BannerDates,
    Block,
    Footnote,
    FootnoteRef,
    Heading,
    Inline,
    Layout,
    Letterhead,
    Link,
    Margins,
    Release,
    Run,
    Text,
    inline_text,
    is_blank,
)
from .myanmar.numerals import to_myanmar_digits

DEFAULT_LABEL = Text({"my": "သတင်းထုတ်ပြန်ချက်", "en": "PRESS RELEASE"})
DEFAULT_FOOTER = Text({"my": "စာမျက်နှာ {page} / {pages}", "en": "Page {page} of {pages}"})
LABEL_JOIN = " · "
FOOTER_JOIN = " · "
CONTACT_LABELS = {
    "en": {"phone": "Phone", "signal": "Signal"},
    "my": {"phone": "ဖုန်း", "signal": "Signal"},
}
MYANMAR_DIGITS = "myanmar"
LATIN_DIGITS = "latin"


class Role(StrEnum):
    """What a block is, which decides its style in every writer."""

    LABEL = "label"
    DATE = "date"
    HEADLINE = "headline"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CONTACT_INTRO = "contact-intro"
    CONTACT = "contact"
    SIGNATORY = "signatory"


class Gap:
    """Extra space a writer puts above a block: where a new language section or the signatories start."""

    SECTION = "section"
    SIGNATORIES = "signatories"


@dataclass(frozen=True)
class NoteRef:
    """A numbered footnote citation; ``first`` marks where the note is printed.

    ``lang`` is the language of the note text this citation shows (the citing
    language's own text when the note has one).
    """

    number: int
    id: str
    first: bool
    lang: str


ResolvedInline = Run | Link | NoteRef


@dataclass(frozen=True)
class ResolvedBlock:
    """A block ready to lay out: its role, language and spans."""

    role: Role
    lang: str
    content: tuple[ResolvedInline, ...]
    gap: str | None = None  # a Gap: extra space above this block


@dataclass(frozen=True)
class Columns:
    """One row of a parallel layout: a cell of blocks per language, side by side."""

    cells: tuple[tuple[ResolvedBlock, ...], ...]


FlowItem = ResolvedBlock | Columns


@dataclass(frozen=True)
class ResolvedNote:
    """A note as printed: its number, footnote id, the language of its text, the text."""

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
class PageNumber:
    """A page-number field of the footer: this page's number, or the number of pages."""

    total: bool
    digits: str  # MYANMAR_DIGITS or LATIN_DIGITS

    def format(self, page: int, pages: int) -> str:
        """Return the number as printed."""
        value = pages if self.total else page
        return to_myanmar_digits(value) if self.digits == MYANMAR_DIGITS else str(value)


FooterPiece = str | PageNumber


@dataclass(frozen=True)
class FooterPart:
    """One language's footer: text and page numbers in order."""

    lang: str
    pieces: tuple[FooterPiece, ...]

    def text(self, page: int, pages: int) -> str:
        """Return the part as printed on page *page* of *pages*."""
        return "".join(p if isinstance(p, str) else p.format(page, pages) for p in self.pieces)


@dataclass(frozen=True)
class FontScheme:
    """Return the family drawing each script."""

    myanmar: FontFamily
    latin: FontFamily

    def for_script(self, script: str) -> FontFamily:
        """Return the family for ``my`` or ``latin``."""
        return self.myanmar if script == MYANMAR_SCRIPT else self.latin

    def scale(self, script: str) -> float:
        """Size of *script*'s text over its block's size: Burmese letters are small on their body.

        Both writers draw Burmese (and punctuation inside it) at this size: the PDF
        exactly, the DOCX rounded to Word's half points.
        """
        return self.myanmar.scale if script == MYANMAR_SCRIPT else 1.0

    def leading(self, script: str) -> float:
        """Line height of *script* over its own (scaled) size, in a block of normal line height."""
        return self.myanmar.line_height if script == MYANMAR_SCRIPT else NORMAL_LINE

    def line_height(self, script: str, line_factor: float = NORMAL_LINE) -> float:
        """Height of a line of *script* over its block's size, in a block whose Latin lines are *line_factor* tall.

        The PDF makes a line as tall as its tallest script's; the DOCX asks Word and
        LibreOffice for the same height (``writers/docx/spacing.py``).
        """
        return self.scale(script) * self.leading(script) * line_factor / NORMAL_LINE


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
    footer: tuple[FooterPart, ...]  # joined by FOOTER_JOIN
    flow: tuple[FlowItem, ...]
    notes: tuple[ResolvedNote, ...]

    def footer_text(self, page: int, pages: int) -> str:
        """Return the footer of page *page* of *pages* as printed."""
        return FOOTER_JOIN.join(part.text(page, pages) for part in self.footer)

    def note(self, number: int) -> ResolvedNote:
        """Return the footnote numbered *number*."""
        return self.notes[number - 1]

    def numbers_by_id(self) -> dict[str, tuple[int, ...]]:
        """Each footnote id's note numbers, one per language its text is printed in."""
        out: dict[str, tuple[int, ...]] = {}
        for note in self.notes:
            out[note.id] = out.get(note.id, ()) + (note.number,)
        return out

    def numbers_by_citation(self) -> dict[str, dict[str, int]]:
        """Return the number each language's citations of a note print: citing language → note id → number.

        A note with a text per language is numbered once per text printed, so its Burmese and
        English citations can print different numbers; the editor's chips show these.
        """
        out: dict[str, dict[str, int]] = {}
        for block in self.blocks():
            for inline in block.content:
                if isinstance(inline, NoteRef):
                    out.setdefault(block.lang, {}).setdefault(inline.id, inline.number)
        return out

    def blocks(self) -> list[ResolvedBlock]:
        """Every block in reading order (parallel rows cell by cell)."""
        out: list[ResolvedBlock] = []
        for item in self.flow:
            out += [b for cell in item.cells for b in cell] if isinstance(item, Columns) else [item]
        return out


def _pick(text: Text, languages: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """Return the parts of *text* in *languages* order, bidi controls removed.

    Parts that show nothing are left out; every visible part when none of *languages*
    has one (a label typed only in English still prints in a Burmese-only release).
    """
    parts = [(lang, text.visible(lang)) for lang in languages]
    chosen = [(lang, t) for lang, t in parts if t] or [(lang, t) for lang, t in text.values.items() if not is_blank(t)]
    return tuple((lang, strip_bidi(t)) for lang, t in chosen) or tuple(text.values.items())


def note_language(note: Footnote, cited_in: str, order: tuple[str, ...]) -> str:
    """Return the language whose text a citation in *cited_in* shows: its own when the note has it.

    Otherwise the first language of *order* (then of the note) that has text, so a note
    typed once (a bare URL, English assumed) serves every reader. Texts identical in two
    languages count as one (the first of them in *order*).
    """
    shown = [lang for lang, content in note.content.items() if not is_blank(inline_text(content))]
    preference = (*order, *note.content)
    chosen = cited_in if cited_in in shown else next((lang for lang in preference if lang in shown), None)
    if chosen is None:
        return next(iter(note.content))
    # The same text typed in two languages (a URL under my: and en:) is one note, printed once.
    return next(lang for lang in (*preference, chosen) if lang in shown
                and note.content[lang] == note.content[chosen])


class _Numberer:
    """Numbers notes in the order a reader meets them, one number per note text shown.

    A note is the pair (footnote id, language of its text). A footnote cited in both
    language sections with a text in each is two notes, each printed once and read by
    its own readers; a footnote with one text is one note however often it is cited.
    """

    def __init__(self, release: Release, order: tuple[str, ...], memo: Memo = NO_MEMO) -> None:
        self.release = release
        self.order = order
        self.memo = memo
        self.numbers: dict[tuple[str, str], int] = {}

    def blocks(self, raws: tuple[_Raw, ...]) -> tuple[ResolvedBlock, ...]:
        """Return *raws* (a body) numbered: remembered with the numbers given before it, for a whole body at once."""
        computed = False
        start = len(self.numbers)

        def number() -> tuple[tuple[ResolvedBlock, ...], tuple[tuple[str, str], ...]]:
            nonlocal computed
            computed = True
            done = tuple(self.block(raw) for raw in raws)
            return done, tuple(self.numbers)[start:]

        done, added = self.memo.get("numbered", (raws, self.release.footnotes), (self.order, tuple(self.numbers)),
                                    number, lines=NONE)
        if not computed:
            for key in added:
                self.numbers[key] = len(self.numbers) + 1
        return done

    def block(self, raw: _Raw) -> ResolvedBlock:
        """Return the block with its citations numbered in reading order (the rest remembered by content)."""
        memo = self.memo
        refs = memo.get("refs", (raw.content,), (), partial(_refs, raw.content), lines=NONE)
        marks = []
        for note_id in refs:
            note = self.release.footnotes[note_id]
            key = (note_id, memo.get("note-language", (note,), (raw.lang, self.order),
                                     partial(note_language, note, raw.lang, self.order), lines=NONE))
            first = key not in self.numbers
            if first:
                self.numbers[key] = len(self.numbers) + 1
            marks.append((self.numbers[key], first, key[1]))
        return memo.get("resolved-block", (raw.content,), (raw.role, raw.lang, raw.gap, tuple(marks)),
                        partial(_resolved_block, raw, marks), lines=NONE)


def _refs(content: tuple[Inline, ...]) -> tuple[str, ...]:
    return tuple(inline.id for inline in content if isinstance(inline, FootnoteRef))


def _resolved_block(raw: _Raw, marks: list[tuple[int, bool, str]]) -> ResolvedBlock:
    numbered = iter(marks)
    out: list[ResolvedInline] = []
    for inline in raw.content:
        if isinstance(inline, FootnoteRef):
            number, first, lang = next(numbered)
            out.append(NoteRef(number, inline.id, first, lang))
        else:
            out.append(_clean(inline))
    return ResolvedBlock(raw.role, raw.lang, tuple(out), raw.gap)


def _clean(inline: Run | Link) -> Run | Link:
    """Return the inline without bidi controls, so both writers show the same visible text."""
    if isinstance(inline, Run):
        return replace(inline, text=strip_bidi(inline.text))
    return Link(inline.target, tuple(replace(r, text=strip_bidi(r.text)) for r in inline.content))


@dataclass(frozen=True)
class _Raw:
    """A block before its notes are numbered (numbering waits for the reading order)."""

    role: Role
    lang: str
    content: tuple[Inline, ...]
    gap: str | None = None


def _plain(role: Role, lang: str, text: str, gap: str | None = None) -> _Raw:
    return _Raw(role, lang, (Run(text),), gap)


def _contact_blocks(release: Release, lang: str) -> list[_Raw]:
    """Return the ways to reach the organisation, labelled in *lang* (they follow its intro)."""
    contact = release.contact
    if contact is None:
        return []
    blocks: list[_Raw] = []
    if contact.email:
        blocks.append(_Raw(Role.CONTACT, lang, (Link("mailto:" + contact.email, (Run(contact.email),)),)))
    if contact.website:
        blocks.append(_Raw(Role.CONTACT, lang, (Link(contact.website, (Run(contact.website),)),)))
    labels = CONTACT_LABELS.get(lang, CONTACT_LABELS["en"])
    for key in ("phone", "signal"):
        value = getattr(contact, key)
        if value:
            blocks.append(_plain(Role.CONTACT, lang, f"{labels[key]}: {value}"))
    return blocks


def _section(release: Release, lang: str, gap: str | None, memo: Memo = NO_MEMO) -> list[_Raw]:
    """One language's date, headline and body; blocks that show nothing are left out."""
    return [*_section_head(release, lang, gap), *_section_body(release, lang, memo)]


def _section_head(release: Release, lang: str, gap: str | None) -> list[_Raw]:
    blocks = [_plain(Role.DATE, lang, format_date(release.date, lang), gap)]
    headline = release.headline.visible(lang)
    if headline:
        blocks.append(_plain(Role.HEADLINE, lang, headline))
    return blocks


def _section_body(release: Release, lang: str, memo: Memo) -> tuple[_Raw, ...]:
    body = release.body.get(lang, ())
    return memo.get("raw-body", (body,), lang, partial(_body_raws, body, lang), lines=NONE)


def _body_raws(body: tuple[Block, ...], lang: str) -> tuple[_Raw, ...]:
    return tuple(_Raw(Role.HEADING if isinstance(block, Heading) else Role.PARAGRAPH, lang, block.content)
                 for block in body
                 if not is_blank(inline_text(block.content)) or any(isinstance(i, FootnoteRef) for i in block.content))


def _flow(release: Release, languages: tuple[str, ...], layout: str, numberer: _Numberer) -> list[FlowItem]:
    """Return the blocks in reading order, numbering notes as a reader meets them.

    Parallel rows are read row by row, each row's cells in language order — the order
    Word numbers footnote references of a table in, so PDF and DOCX agree.
    """
    label = release.label or release.letterhead.label or DEFAULT_LABEL
    label_parts = _pick(label, languages)
    flow: list[FlowItem] = [numberer.block(_plain(Role.LABEL, label_parts[0][0],
                                                  LABEL_JOIN.join(t for _, t in label_parts)))]
    # Each language's contact intro is followed by the ways to reach the organisation,
    # labelled in that language, so a reader of one language finds them under their own
    # intro; with no intro at all they close the text once.
    intro = release.contact.intro if release.contact and release.contact.intro else None
    intros = dict(_pick(intro, languages)) if intro else {}

    def contact_for(lang: str) -> list[_Raw]:
        return [_plain(Role.CONTACT_INTRO, lang, intros[lang]), *_contact_blocks(release, lang)]

    tail: list[_Raw | tuple[_Raw, ...]] = []  # a tuple: a body, numbered as a whole (_Numberer.blocks)
    if layout == Layout.PARALLEL and len(languages) > 1:
        sections = [_section(release, lang, None, numberer.memo) for lang in languages]
        rows = [[s[i:i + 1] for s in sections] for i in range(max(len(s) for s in sections))]
        contacts = [contact_for(lang) if lang in intros else [] for lang in languages]
        rows += [[c[i:i + 1] for c in contacts] for i in range(max(map(len, contacts)))]  # one block a cell
        for row in rows:
            flow.append(Columns(tuple(tuple(numberer.block(raw) for raw in cell) for cell in row)))
    else:
        for i, lang in enumerate(languages):
            tail += _section_head(release, lang, Gap.SECTION if i else None)
            tail.append(_section_body(release, lang, numberer.memo))
            if lang in intros:
                tail += contact_for(lang)
    for lang in [lang for lang in intros if lang not in languages]:  # intro only in a language the text lacks
        tail += contact_for(lang)
    if not intros:
        tail += _contact_blocks(release, languages[-1])
    signatories: list[_Raw] = []
    for signatory in release.signatories:
        seen: set[str] = set()
        for lang, text in _pick(signatory, languages):
            if text not in seen:
                seen.add(text)
                signatories.append(_plain(Role.SIGNATORY, lang, text, None if signatories else Gap.SIGNATORIES))
    for item in tail + signatories:
        if isinstance(item, tuple):
            flow += numberer.blocks(item)
        else:
            flow.append(numberer.block(item))
    return flow


def _notes(release: Release, numberer: _Numberer) -> tuple[ResolvedNote, ...]:
    order = tuple(numberer.numbers)  # numbers are given in insertion order: 1, 2, 3 …
    return numberer.memo.get("notes", (release.footnotes,), order, partial(_numbered_notes, release, numberer),
                             lines=NONE)


def _numbered_notes(release: Release, numberer: _Numberer) -> tuple[ResolvedNote, ...]:
    notes = []
    for (note_id, lang), number in sorted(numberer.numbers.items(), key=lambda item: item[1]):
        note = release.footnotes[note_id]
        notes.append(numberer.memo.get("resolved-note", (note,), (number, note_id, lang),
                                       partial(_note, note, number, note_id, lang), lines=NONE))
    return tuple(notes)


def _note(note: Footnote, number: int, note_id: str, lang: str) -> ResolvedNote:
    content = tuple(_clean(i) for i in note.content[lang] if isinstance(i, (Run, Link)))
    return ResolvedNote(number, note_id, lang, content)


def resolve_fonts(letterhead: Letterhead) -> FontScheme:
    """Return the family drawing each script: the letterhead's ``fonts:`` choice, else the default.

    The one place fonts are chosen: writers draw with it and ``check`` tests coverage
    against it. ``fonts:`` keys are :data:`~desktop_app.fonts.FONT_KEYS` (the loader
    refuses others).
    """
    chosen = {FONT_KEYS[key]: family for key, family in letterhead.fonts.items() if key in FONT_KEYS}
    return FontScheme(FAMILIES[chosen.get(MYANMAR_SCRIPT, DEFAULT_FAMILIES[MYANMAR_SCRIPT])],
                      FAMILIES[chosen.get(LATIN_SCRIPT, DEFAULT_FAMILIES[LATIN_SCRIPT])])


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


def page_digits(lang: str) -> str:
    r"""Return the digits the footer's page numbers are written in for *lang*: Western, in every language.

    Page numbers are only known to the word processor laying the DOCX out, which fills
    them in with PAGE/NUMPAGES fields. Word's number formats for fields (``\* Arabic``,
    ``roman``, ``ThaiArabic``, ``HindiArabic``…) have no Burmese digits, and LibreOffice
    maps only a few of them, so the DOCX cannot show ၁ ၂ ၃ there. The PDF prints the
    same digits so both exports agree (docs/file-format.md says so); dates keep Burmese
    digits, which are text.
    """
    del lang  # the same for every language, on purpose
    return LATIN_DIGITS


def _footer(release: Release, languages: tuple[str, ...]) -> tuple[FooterPart, ...]:
    """Return the footer per language as text and page-number pieces (``{page}``, ``{pages}``)."""
    parts = []
    for lang, template in _pick(release.letterhead.footer or DEFAULT_FOOTER, languages):
        pieces: list[FooterPiece] = []
        for chunk in re.split(r"(\{pages?\})", template):
            if chunk in ("{page}", "{pages}"):
                pieces.append(PageNumber(chunk == "{pages}", page_digits(lang)))
            elif chunk:
                pieces.append(chunk)
        parts.append(FooterPart(lang, tuple(pieces)))
    return tuple(parts)


def _languages_shown(release: Release) -> tuple[str, ...]:
    """Return the release's languages that have something to show (``check`` warns about the others).

    A language whose headline and body are blank (empty or invisible characters only)
    would print as a section holding only a date.
    """
    def shows(lang: str) -> bool:
        return bool(release.headline.visible(lang)) or any(
            not is_blank(inline_text(block.content)) for block in release.body.get(lang, ()))

    return tuple(lang for lang in release.languages if shows(lang)) or release.languages


def resolve(release: Release, memo: Memo = NO_MEMO) -> Resolved:
    """Resolve a loaded release into what every writer lays out.

    With a *memo* (the preview's), blocks and notes whose content and numbers are those of
    the last resolve are the same objects again, not built anew.
    """
    layout = release.layout or Layout.STACKED
    languages = (layout,) if layout not in (Layout.STACKED, Layout.PARALLEL) else _languages_shown(release)
    numberer = _Numberer(release, languages, memo)
    flow = _flow(release, languages, layout, numberer)
    title_lang = "en" if release.headline.visible("en") else _pick(release.headline, languages)[0][0]
    return Resolved(
        name=release.name,
        title=strip_bidi(release.headline.values[title_lang]),
        organisation=release.letterhead.name,
        lang=languages[0],
        languages=languages,
        date=release.date,
        layout=layout,
        page_size=release.letterhead.page.size,
        margins=release.letterhead.page.margins,
        fonts=resolve_fonts(release.letterhead),
        banner_image=release.letterhead.banner.image,
        banner_lines=_banner_lines(release),
        footer=_footer(release, languages),
        flow=tuple(flow),
        notes=_notes(release, numberer),
    )
