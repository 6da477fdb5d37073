"""Preflight: problems in a valid release that a reviewer should see before it goes out.

The loader refuses files that break the contract; these checks find what is allowed but
probably wrong — a translation missing from a bilingual release, parallel columns that
do not pair up, characters the chosen font cannot draw. ``thadin check`` prints them and
the GUI's preflight panel lists them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

from .bidi import BIDI_CONTROLS, bidi_controls_in, describe
from .errors import Problem, Severity
from .fileformat.yamlsource import YamlDocument
from .fonts import LATIN_SCRIPT, MYANMAR_SCRIPT, FontFamily, codepoints, script_of
from .memo import NO_MEMO, NONE, Memo
from .model import Block, FootnoteRef, Layout, Link, Release, Run, Text, inline_text, is_blank, iter_inlines
from .myanmar.script import INVISIBLES
from .resolve import note_language, resolve_fonts

LANGUAGE_NAMES = {"my": "Burmese", "en": "English"}


def _name(lang: str) -> str:
    return LANGUAGE_NAMES.get(lang.split("-")[0], lang)


def _problem(release: Release, line: int | None, field: str, message: str, hint: str = "") -> Problem:
    return Problem(release.path, line, None, field, message, hint, Severity.WARNING)


class _Lines:
    """File lines of fields, when the located document is at hand (``thadin check``)."""

    def __init__(self, doc: YamlDocument | None) -> None:
        self.doc = doc

    def tables(self) -> tuple[object, object]:
        """Return the location tables lines are read from (for the memo: the same objects, the same lines)."""
        return (self.doc.values, self.doc.keys) if self.doc is not None else (None, None)

    def __call__(self, *path: str | int) -> int | None:
        where = self.doc.where(path) if self.doc is not None else None
        return where.line if where is not None else None


def _blank_or_missing(text: Text, lang: str) -> str | None:
    """Why *text* has no *lang* translation a reader would see, or None when it has one."""
    if lang not in text.values:
        return "missing"
    return None if text.visible(lang) else "blank"


def _missing_translations(release: Release, lines: _Lines, memo: Memo = NO_MEMO) -> Iterator[Problem]:
    """Find a bilingual release's language left out, empty or invisible-only where a reader looks."""
    languages = release.languages
    if release.layout not in (None, Layout.STACKED, Layout.PARALLEL):  # one language shown: its readers' notes
        yield from _missing_note_translations(release, (release.layout,), lines, memo)
        return
    if len(languages) < 2:
        yield from _missing_note_translations(release, languages, lines, memo)
        return
    texts: list[tuple[str, Text | None]] = [("headline", release.headline)]
    if release.contact is not None:
        texts.append(("contact.intro", release.contact.intro))
    for field, text in texts:
        if text is None:
            continue
        for lang in languages:
            why = _blank_or_missing(text, lang)
            if why == "missing":
                yield _problem(release, lines(*field.split(".")), f"{field}.{lang}",
                               f"no {_name(lang)} text while the release is bilingual",
                               f"add '{lang}: …' under {field}")
            elif why == "blank":
                yield _problem(release, lines(*field.split("."), lang), f"{field}.{lang}",
                               f"the {_name(lang)} text shows nothing (only spaces or invisible characters)",
                               f"type the {_name(lang)} text, or remove '{lang}:'")
    for lang in languages:
        if lang not in release.body:
            only = next(iter(release.body))
            yield _problem(release, lines("body"), f"body.{lang}", f"the body has no {_name(lang)} text",
                           f"translate the body, or show one language with 'layout: {only}'")
        elif all(is_blank(inline_text(block.content)) for block in release.body[lang]):
            yield _problem(release, lines("body", lang), f"body.{lang}",
                           f"the {_name(lang)} body shows nothing (only spaces or invisible characters)",
                           f"type the {_name(lang)} text, or remove 'body.{lang}'")
    yield from _missing_note_translations(release, languages, lines, memo)
    if release.layout == Layout.PARALLEL and len(release.body) > 1:
        counts = {lang: len(blocks) for lang, blocks in release.body.items()}
        if len(set(counts.values())) > 1:
            described = ", ".join(f"{lang}: {n}" for lang, n in counts.items())
            yield _problem(release, lines("body"), "body", f"the parallel columns do not pair up ({described} blocks)",
                           "give each language the same headings and paragraphs, in the same order")


def _cited_in(release: Release, memo: Memo = NO_MEMO) -> dict[str, list[str]]:
    """Footnote id → the languages whose body cites it."""
    cited: dict[str, list[str]] = {}
    for lang, blocks in release.body.items():
        for note_id in memo.get("cited", (blocks,), (), partial(_cited_ids, blocks), lines=NONE):
            if lang not in cited.setdefault(note_id, []):
                cited[note_id].append(lang)
    return cited


def _cited_ids(blocks: tuple[Block, ...]) -> tuple[str, ...]:
    """Return the footnote ids *blocks* cite, in order, each once."""
    return tuple(dict.fromkeys(inline.id for block in blocks for inline in iter_inlines(block.content)
                               if isinstance(inline, FootnoteRef)))


def _missing_note_translations(release: Release, languages: tuple[str, ...], lines: _Lines,
                               memo: Memo = NO_MEMO) -> Iterator[Problem]:
    """Find notes whose readers get another language's text, and note texts no reader gets.

    A note that is only links (a bare URL) reads the same in every language and needs
    no translation.
    """
    cited = _cited_in(release, memo)
    key = (languages, tuple((k, tuple(v)) for k, v in cited.items()), tuple(release.body), release.path)
    yield from memo.get("note-translations", (release.footnotes, *lines.tables()), key,
                        lambda: tuple(_note_translations(release, languages, lines, cited)))


def _note_translations(release: Release, languages: tuple[str, ...], lines: _Lines,
                       cited: dict[str, list[str]]) -> Iterator[Problem]:
    for note_id, note in release.footnotes.items():
        words = {lang: not is_blank(inline_text(tuple(i for i in content if not isinstance(i, Link))))
                 for lang, content in note.content.items()}
        shown = {lang for lang, content in note.content.items() if not is_blank(inline_text(content))}
        for lang in languages:
            if lang in note.content and lang not in shown:
                yield _problem(release, lines("footnotes", note_id, lang), f"footnotes.{note_id}.{lang}",
                               f"the {_name(lang)} text of this note shows nothing (only invisible characters)",
                               f"type the {_name(lang)} note, or remove '{lang}:'")
            elif lang in cited.get(note_id, ()) and lang not in shown and any(words.values()):
                other = note_language(note, lang, languages)
                yield _problem(release, lines("footnotes", note_id), f"footnotes.{note_id}.{lang}",
                               f"the {_name(lang)} text cites [^{note_id}] but the note has no {_name(lang)} text"
                               + f"; {_name(lang)} readers get the {_name(other)} one",
                               f"add '{lang}: …' to footnotes.{note_id}")
            elif lang in shown and lang not in cited.get(note_id, ()) and lang in release.body:
                yield _problem(release, lines("footnotes", note_id, lang), f"footnotes.{note_id}.{lang}",
                               f"the {_name(lang)} note is never printed: the {_name(lang)} body does not cite "
                               f"[^{note_id}]", f"add [^{note_id}] where it belongs in body.{lang}")


def _bidi_controls(release: Release, lines: _Lines, memo: Memo = NO_MEMO) -> Iterator[Problem]:
    """Text holding bidi controls: they would reorder it in Word but not in the PDF, so exports drop them."""
    for name, objects, fields in _areas(release, lines):
        yield from memo.get("bidi", objects, (name, release.path), partial(_area_bidi, release, fields))


def _area_bidi(release: Release, fields: Fields) -> tuple[Problem, ...]:
    problems = []
    reported: set[tuple[str, int | None]] = set()
    for field, line, _lang, text in fields():
        found = bidi_controls_in(text)
        if found and (field, line) not in reported:
            reported.add((field, line))
            names = ", ".join(dict.fromkeys(describe(ch) for ch in found))
            problems.append(_problem(release, line, field,
                                     f"invisible direction control(s) {names} in the text; they can disguise what "
                                     "it says and are left out of the PDF and the DOCX",
                                     "retype the text without them"))
    return tuple(problems)


Fields = Callable[[], Iterator[tuple[str, int | None, str, str]]]


def _text_fields(release: Release, lines: _Lines | None = None) -> Iterator[tuple[str, int | None, str, str]]:
    """(field, line, language, text) of every piece of text the writers will draw."""
    for _area, _objects, fields in _areas(release, lines or _Lines(None)):
        yield from fields()


def _areas(release: Release, lines: _Lines) -> list[tuple[str, tuple[object, ...], Fields]]:
    """Return the release's text in parts no problem spans, each with what it is read from.

    Each part yields (field, line, language, text) in the order ``_text_fields`` gives them;
    the memo reuses a part's problems while those objects are the same.
    """
    tables = lines.tables()
    out: list[tuple[str, tuple[object, ...], Fields]] = [
        ("headline", (release.headline, *tables), partial(_text_parts, "headline", release.headline, lines))]
    if release.label is not None:
        out.append(("label", (release.label, *tables), partial(_text_parts, "label", release.label, lines)))
    for lang, blocks in release.body.items():
        out.append((f"body.{lang}", (blocks,), partial(_body_fields, lang, blocks)))
    out.append(("footnotes", (release.footnotes,), partial(_note_fields, release)))
    out.append(("rest", (release.contact, release.signatories, *tables), partial(_other_fields, release, lines)))
    return out


def _text_parts(field: str, text: Text, lines: _Lines) -> Iterator[tuple[str, int | None, str, str]]:
    for lang, value in text.values.items():
        yield f"{field}.{lang}", lines(field, lang), lang, value


def _body_fields(lang: str, blocks: tuple[Block, ...]) -> Iterator[tuple[str, int | None, str, str]]:
    for block in blocks:
        for inline in iter_inlines(block.content):
            if isinstance(inline, Run):
                yield f"body.{lang}", block.line, lang, inline.text


def _note_fields(release: Release) -> Iterator[tuple[str, int | None, str, str]]:
    for note_id, note in release.footnotes.items():
        for lang, content in note.content.items():
            for inline in iter_inlines(content):
                if isinstance(inline, Run):
                    yield f"footnotes.{note_id}", note.line, lang, inline.text


def _other_fields(release: Release, lines: _Lines) -> Iterator[tuple[str, int | None, str, str]]:
    if release.contact is not None:
        for key in ("email", "phone", "website", "signal"):
            value = getattr(release.contact, key)
            if value:
                yield f"contact.{key}", lines("contact", key), "en", value
        if release.contact.intro:
            for lang, text in release.contact.intro.values.items():
                yield f"contact.intro.{lang}", lines("contact", "intro", lang), lang, text
    for i, signatory in enumerate(release.signatories):
        for lang, text in signatory.values.items():
            yield f"signatories[{i}].{lang}", lines("signatories", i, lang), lang, text


def _font_coverage(release: Release, lines: _Lines, memo: Memo = NO_MEMO) -> Iterator[Problem]:
    scheme = resolve_fonts(release.letterhead)
    families = {script: scheme.for_script(script) for script in (MYANMAR_SCRIPT, LATIN_SCRIPT)}
    cmaps = {script: codepoints(family.file()) for script, family in families.items()}
    fonts = tuple((script, family.name, family.file()) for script, family in families.items())
    for name, objects, fields in _areas(release, lines):
        yield from memo.get("fonts", objects, (name, fonts, release.path),
                            partial(_area_coverage, release, fields, families, cmaps, memo, fonts))


def _area_coverage(release: Release, fields: Fields, families: dict[str, FontFamily], cmaps: dict[str, Any],
                   memo: Memo, fonts: tuple[object, ...]) -> tuple[Problem, ...]:
    problems = []
    reported: set[tuple[str, str]] = set()
    for field, line, _lang, text in fields():
        for ch in memo.get("missing-chars", (), (text, fonts), partial(_missing_chars, text, cmaps)):
            if (field, ch) in reported:
                continue
            reported.add((field, ch))
            problems.append(_problem(release, line, field,
                                     f"the character {ch!r} (U+{ord(ch):04X}) is missing from "
                                     f"{families[script_of(ch)].name}; it would print as a box",
                                     "replace it, or choose a font that has it"))
    return tuple(problems)


def _missing_chars(text: str, cmaps: dict[str, Any]) -> tuple[str, ...]:
    """Return the characters of *text* no font of the scheme draws, in order, each once."""
    missing: dict[str, None] = {}
    for ch in text:
        if ch.isspace() or ch in INVISIBLES or ch in BIDI_CONTROLS:
            continue
        if ord(ch) in cmaps[script_of(ch)] or any(ord(ch) in c for c in cmaps.values()):
            continue
        missing[ch] = None
    return tuple(missing)


def _padauk_gap(release: Release) -> Iterator[Problem]:
    """Padauk's OpenType tables print ါ် (as in ဒေါ်) with a gap after it."""
    if resolve_fonts(release.letterhead).myanmar.name != "Padauk":
        return
    for field, line, _lang, text in _text_fields(release):
        if "\u102b\u103a" in text:
            yield _problem(release, line, field, "Padauk prints ါ် (as in ဒေါ်) with a gap after it in PDF and Word",
                           "choose 'my: Noto Sans Myanmar' in the letterhead's fonts")
            return


def check_release(release: Release, doc: YamlDocument | None = None, memo: Memo = NO_MEMO) -> list[Problem]:
    """Return every preflight problem of a loaded release, in file order where known.

    With the release's located document (*doc*) every problem names its line.
    """
    lines = _Lines(doc)
    problems = [*_missing_translations(release, lines, memo), *_font_coverage(release, lines, memo),
                *_padauk_gap(release), *_bidi_controls(release, lines, memo)]
    return sorted(problems, key=lambda p: (p.line or 0, p.field))
