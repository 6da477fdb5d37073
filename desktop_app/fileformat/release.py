"""Load ``NAME.release.yaml`` into a :class:`Release`, reporting every problem at once."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from ..errors import Problem, ReleaseError
from ..memo import NO_MEMO, Memo
from ..model import Block, Contact, Footnote, FootnoteRef, Inline, Layout, Release, Text, iter_inlines
from ..resources import templates_dir
from .fields import FieldReader, did_you_mean, is_language_code
from .letterhead import VERSION_KEY as LETTERHEAD_VERSION_KEY
from .letterhead import LetterheadNotFoundError, NotALetterheadError, find_letterhead, load_letterhead
from .markup import parse_blocks_at, url_problem
from .yamlsource import PathKey, YamlDocument, parse_yaml_text, read_yaml_file

FORMAT_VERSION = 1
VERSION_KEY = "thadin"
LAYOUTS = tuple(Layout)
RELEASE_FIELDS = [VERSION_KEY, "letterhead", "date", "label", "headline", "body", "footnotes", "contact",
                  "signatories", "layout"]
CONTACT_FIELDS = ["intro", "email", "phone", "website", "signal"]
T = TypeVar("T")
_FOOTNOTE_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")  # fullmatch: "pg\n" is no id


def load_release(path: Path, template_dirs: Iterable[Path] | None = None) -> Release:
    """Read, validate and return the release at *path*; raise ReleaseError listing every problem."""
    return build_release(read_yaml_file(path), template_dirs)


def parse_release(text: str, path: Path, template_dirs: Iterable[Path] | None = None) -> Release:
    """Validate release YAML held in memory (the GUI's unsaved draft) as if it were *path*."""
    return build_release(parse_yaml_text(text, path), template_dirs)


def build_release(doc: YamlDocument, template_dirs: Iterable[Path] | None = None, memo: Memo = NO_MEMO) -> Release:
    """Turn a parsed release document into the model, or raise ReleaseError.

    With a *memo* (the preview's), a body language or the footnotes whose text and
    locations are the same objects as in the last build are not read again.
    """
    r = FieldReader(doc)
    if isinstance(doc.data, dict) and LETTERHEAD_VERSION_KEY in doc.data and VERSION_KEY not in doc.data:
        r.problem((LETTERHEAD_VERSION_KEY,), "this is a letterhead, not a release",
                  "open a NAME.release.yaml file; a release names its letterhead with 'letterhead:'", key=True)
        raise ReleaseError(r.problems)
    data = r.mapping((), doc.data, RELEASE_FIELDS, [VERSION_KEY, "letterhead", "date", "headline", "body"])
    if data is None:
        raise ReleaseError(r.problems)
    if VERSION_KEY in data:
        r.version((VERSION_KEY,), data[VERSION_KEY], FORMAT_VERSION)

    letterhead_problems: list[Problem] = []
    letterhead = None
    ref = r.string(("letterhead",), data["letterhead"]) if "letterhead" in data else None
    if ref is not None:
        search = list(template_dirs) if template_dirs is not None else [templates_dir()]
        try:
            letterhead_path = find_letterhead(ref, doc.path, search)
        except LetterheadNotFoundError as exc:
            r.problem(("letterhead",), exc.message, exc.hint)
        else:
            try:
                letterhead = load_letterhead(letterhead_path)
            except NotALetterheadError:
                r.problem(("letterhead",), f"{ref!r} is a release, not a letterhead",
                          "give a letterhead name, or the path of a NAME.letterhead.yaml file")
            except ReleaseError as exc:
                letterhead_problems = exc.problems

    date = r.date(("date",), data["date"]) if "date" in data else None
    label = r.text(("label",), data["label"]) if "label" in data else None
    headline = r.text(("headline",), data["headline"]) if "headline" in data else None
    body = _body(r, data["body"], memo) if "body" in data else {}
    footnotes = _section(r, memo, "footnotes", (data["footnotes"], doc.values, doc.keys),
                         lambda: _footnotes(r, data["footnotes"], memo)) if "footnotes" in data else {}
    _check_references(r, body, footnotes, memo)
    contact = _contact(r, data["contact"]) if "contact" in data else None
    signatories = _signatories(r, data["signatories"]) if "signatories" in data else ()
    layout = _layout(r, data["layout"], set(body) | set(headline.languages if headline else ())) \
        if "layout" in data else None

    problems = r.problems + letterhead_problems
    if problems or letterhead is None or date is None or headline is None:
        raise ReleaseError(problems or [Problem(doc.path, None, None, "", "the release is incomplete")])
    return Release(doc.path, letterhead, date, headline, body, footnotes, label, contact, signatories, layout)


def _section(r: FieldReader, memo: Memo, name: str, objects: tuple[Any, ...], read: Callable[[], T],
             values: Hashable = ()) -> T:
    """Run *read* (which reports to *r*), or replay its result and problems from *memo*.

    *objects* and *values* must be everything *read* depends on: the data it reads and the
    location tables its problems are placed by.
    """
    computed = False

    def compute() -> tuple[T, tuple[Problem, ...]]:
        nonlocal computed
        computed = True
        start = len(r.problems)
        result = read()
        return result, tuple(r.problems[start:])

    result, problems = memo.get(name, objects, (r.doc.path, values), compute)
    if not computed:
        r.problems.extend(problems)
    return result


def _text_lines(r: FieldReader, path: PathKey) -> tuple[int | None, int]:
    """(file line of the text's first line, lines per text line): ``FieldReader.text_line`` as numbers."""
    loc = r.doc.values.get(tuple(path))
    if loc is None:
        return None, 0
    return (loc.line + 1, 1) if loc.style == "|" else (loc.line, 0)


def _body(r: FieldReader, value: Any, memo: Memo = NO_MEMO) -> dict[str, tuple[Block, ...]]:
    if isinstance(value, str):
        value = {"en": value}
    data = r.mapping(("body",), value, [], languages=True)
    out: dict[str, tuple[Block, ...]] = {}
    for lang, text in (data or {}).items():
        if not is_language_code(lang):
            continue
        path: PathKey = ("body", lang)
        blocks = _section(r, memo, "body", (text, r.doc.values, r.doc.keys), partial(_body_text, r, path, text, memo),
                          lang)
        if blocks is not None:
            out[lang] = blocks
    if data is not None and not data:
        r.problem(("body",), "the body has no text", "write the release under 'en: |' or 'my: |'")
    return out


def _body_text(r: FieldReader, path: PathKey, text: Any, memo: Memo) -> tuple[Block, ...] | None:
    source = r.string(path, text)
    if source is None:
        return None
    blocks, problems = parse_blocks_at(source, *_text_lines(r, path), memo=memo)
    for p in problems:
        r.problem(path, p.message, p.hint, line=p.line)
    if not blocks:
        r.problem(path, "the body has no text", "write at least one paragraph")
    return blocks


def _footnotes(r: FieldReader, value: Any, memo: Memo = NO_MEMO) -> dict[str, Footnote]:
    data = r.mapping(("footnotes",), value, [], extra_ok=lambda k: True)
    out: dict[str, Footnote] = {}
    for note_id, text in (data or {}).items():
        path: PathKey = ("footnotes", note_id)
        if not _FOOTNOTE_ID_RE.fullmatch(note_id):
            r.problem(path, f"'{note_id}' cannot be a footnote id",
                      "use letters, digits, '-', '_' or '.', e.g. pg or note-1", key=True)
            continue
        texts = r.text(path, text)
        if texts is None:
            continue
        content: dict[str, tuple[Inline, ...]] = {}
        for lang, source in texts.values.items():
            lang_path = path + (lang,) if isinstance(text, dict) else path
            blocks, problems = parse_blocks_at(source, *_text_lines(r, lang_path), bare_urls=True, memo=memo)
            for p in problems:
                r.problem(lang_path, p.message, p.hint, line=p.line)
            if len(blocks) != 1:
                r.problem(lang_path, "a footnote is one paragraph of text", "remove the blank lines")
                continue
            if any(isinstance(i, FootnoteRef) for i in blocks[0].content):
                r.problem(lang_path, "a footnote cannot refer to another footnote", "remove the [^…]")
                continue
            content[lang] = blocks[0].content
        key_loc = r.doc.keys.get(path)
        out[note_id] = Footnote(note_id, content, key_loc.line if key_loc else None)
    return out


def _check_references(r: FieldReader, body: dict[str, tuple[Block, ...]], footnotes: dict[str, Footnote],
                      memo: Memo = NO_MEMO) -> None:
    used: set[str] = set()
    for lang, blocks in body.items():
        used |= _section(r, memo, "references", (blocks, footnotes, r.doc.values, r.doc.keys),
                         partial(_references, r, lang, blocks, footnotes), lang)
    for note_id in footnotes:
        if note_id not in used:
            r.problem(("footnotes", note_id), f"footnote '{note_id}' is never referenced",
                      f"add [^{note_id}] where it belongs in the body, or delete it", key=True)


def _references(r: FieldReader, lang: str, blocks: tuple[Block, ...], footnotes: dict[str, Footnote]
                ) -> frozenset[str]:
    """Return the footnote ids *lang*'s body cites; report citations of notes that do not exist."""
    used: set[str] = set()
    for block in blocks:
        for inline in iter_inlines(block.content):
            if not isinstance(inline, FootnoteRef):
                continue
            used.add(inline.id)
            if inline.id not in footnotes and r.doc.keys.get(("footnotes", inline.id)) is None:
                hint = (did_you_mean(inline.id, footnotes) if footnotes
                        else f"add 'footnotes:' with '{inline.id}: <https://…>'")
                r.problem(("body", lang), f"footnote reference [^{inline.id}] has no footnote", hint,
                          line=inline.line)
    return frozenset(used)


def _contact(r: FieldReader, value: Any) -> Contact | None:
    data = r.mapping(("contact",), value, CONTACT_FIELDS)
    if data is None:
        return None
    intro = r.text(("contact", "intro"), data["intro"]) if "intro" in data else None
    items: dict[str, str | None] = {}
    for key in ("email", "phone", "website", "signal"):
        if key in data:
            items[key] = r.string(("contact", key), data[key])
    for key in ("email", "website"):
        value = items.get(key)
        problem = contact_problem(key, value) if value else None
        if problem:
            r.problem(("contact", key), *problem)
    return Contact(intro, **{k: (v.strip() if v else None) for k, v in items.items()})


def contact_problem(key: str, value: str) -> tuple[str, str] | None:
    """Why a contact address (``email``, ``website``) is not one, as (message, hint); None when fine.

    The loader and the app's contact fields (checked as you type) ask this same question.
    """
    if key == "email" and url_problem("mailto:" + value.strip()):
        return f"{value!r} is not an e-mail address", "write it as name@example.org"
    if key == "website":
        problem = url_problem(value.strip())
        if problem:
            return problem, "write the full address: https://…"
    return None


def _signatories(r: FieldReader, value: Any) -> tuple[Text, ...]:
    if not isinstance(value, list):
        r.problem(("signatories",), "expected a list of signatories", "start each signatory with '- '")
        return ()
    out = []
    for i, item in enumerate(value):
        text = r.text(("signatories", i), item)
        if text is not None:
            out.append(text)
    return tuple(out)


def _layout(r: FieldReader, value: Any, languages: set[str]) -> str | None:
    layout = r.string(("layout",), value)
    if layout is None:
        return None
    if layout in LAYOUTS:
        return Layout(layout)
    if is_language_code(layout):
        if layout not in languages:
            r.problem(("layout",), f"the release has no '{layout}' text to show",
                      "write the body in that language or choose stacked/parallel")
            return None
        return layout
    r.problem(("layout",), f"unknown layout {layout!r}", did_you_mean(layout, [*LAYOUTS, *sorted(languages)]))
    return None
