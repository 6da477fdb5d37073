"""Preflight: problems in a valid release that a reviewer should see before it goes out.

The loader refuses files that break the contract; these checks find what is allowed but
probably wrong — a translation missing from a bilingual release, parallel columns that
do not pair up, characters the chosen font cannot draw. ``thadin check`` prints them and
the GUI's preflight panel lists them.
"""

from __future__ import annotations

from collections.abc import Iterator

from .errors import Problem
from .fonts import LATIN_SCRIPT, MYANMAR_SCRIPT, codepoints, script_of
from .model import Release, Run, Text, iter_inlines
from .myanmar.script import INVISIBLES
from .resolve import resolve_fonts


def _problem(release: Release, line: int | None, field: str, message: str, hint: str = "") -> Problem:
    return Problem(release.path, line, None, field, message, hint, "warning")


def _missing_translations(release: Release) -> Iterator[Problem]:
    languages = release.languages
    if len(languages) < 2 or release.layout not in (None, "stacked", "parallel"):
        return
    texts: list[tuple[str, Text | None]] = [("headline", release.headline)]
    if release.contact is not None:
        texts.append(("contact.intro", release.contact.intro))
    for field, text in texts:
        if text is None:
            continue
        for lang in languages:
            if not text.get(lang):
                yield _problem(release, None, f"{field}.{lang}", f"no {lang} text while the release is bilingual",
                               f"add '{lang}: …' under {field}")
    for lang in languages:
        if lang not in release.body:
            only = next(iter(release.body))
            yield _problem(release, None, f"body.{lang}", f"the body has no {lang} text",
                           f"translate the body, or show one language with 'layout: {only}'")
    if release.layout == "parallel" and len(release.body) > 1:
        counts = {lang: len(blocks) for lang, blocks in release.body.items()}
        if len(set(counts.values())) > 1:
            described = ", ".join(f"{lang}: {n}" for lang, n in counts.items())
            yield _problem(release, None, "body", f"the parallel columns do not pair up ({described} blocks)",
                           "give each language the same headings and paragraphs, in the same order")


def _text_fields(release: Release) -> Iterator[tuple[str, int | None, str, str]]:
    """(field, line, language, text) of every piece of text the writers will draw."""
    for lang, text in release.headline.values.items():
        yield f"headline.{lang}", None, lang, text
    for lang, blocks in release.body.items():
        for block in blocks:
            for inline in iter_inlines(block.content):
                if isinstance(inline, Run):
                    yield f"body.{lang}", block.line, lang, inline.text
    for note_id, note in release.footnotes.items():
        for lang, content in note.content.items():
            for inline in iter_inlines(content):
                if isinstance(inline, Run):
                    yield f"footnotes.{note_id}", note.line, lang, inline.text
    if release.contact is not None:
        for key in ("email", "phone", "website", "signal"):
            value = getattr(release.contact, key)
            if value:
                yield f"contact.{key}", None, "en", value
        if release.contact.intro:
            for lang, text in release.contact.intro.values.items():
                yield f"contact.intro.{lang}", None, lang, text
    for i, signatory in enumerate(release.signatories):
        for lang, text in signatory.values.items():
            yield f"signatories[{i}].{lang}", None, lang, text


def _font_coverage(release: Release) -> Iterator[Problem]:
    scheme = resolve_fonts(release.letterhead)
    families = {script: scheme.for_script(script) for script in (MYANMAR_SCRIPT, LATIN_SCRIPT)}
    cmaps = {script: codepoints(family.file()) for script, family in families.items()}
    reported: set[tuple[str, str]] = set()
    for field, line, _lang, text in _text_fields(release):
        for ch in text:
            if ch.isspace() or ch in INVISIBLES:
                continue
            script = script_of(ch)
            if ord(ch) in cmaps[script] or any(ord(ch) in c for c in cmaps.values()):
                continue
            if (field, ch) in reported:
                continue
            reported.add((field, ch))
            yield _problem(release, line, field,
                           f"the character {ch!r} (U+{ord(ch):04X}) is missing from {families[script].name}; "
                           "it would print as a box", "replace it, or choose a font that has it")


def _padauk_gap(release: Release) -> Iterator[Problem]:
    """Padauk's OpenType tables print ါ် (as in ဒေါ်) with a gap after it."""
    if resolve_fonts(release.letterhead).myanmar.name != "Padauk":
        return
    for field, line, _lang, text in _text_fields(release):
        if "\u102b\u103a" in text:
            yield _problem(release, line, field, "Padauk prints ါ် (as in ဒေါ်) with a gap after it in PDF and Word",
                           "choose 'my: Noto Sans Myanmar' in the letterhead's fonts")
            return


def check_release(release: Release) -> list[Problem]:
    """Return every preflight problem of a loaded release, in file order where known."""
    problems = [*_missing_translations(release), *_font_coverage(release), *_padauk_gap(release)]
    return sorted(problems, key=lambda p: (p.line or 0, p.field))
