"""Problems as people read them: the place as they see it, plain words, and a fix where one exists.

The pipeline's ``Problem`` speaks the file's language (``body.en``, line 42, "add 'my: …'
under headline", "run: thadin fix …") because ``thadin check`` prints it for the file.
The app never shows that: this module names the place as the window shows it ("English
body, paragraph 3", "Burmese headline", "footnote 2"), says what is wrong in the interface
language, and offers the one-click fix when there is one (convert Zawgyi in the text on
screen, repair typing-order slips, go to the missing translation). Nothing here tells
anyone to run a command.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..errors import Problem, ReleaseError
from ..fileformat.markup import parse_blocks
from ..fileformat.yamlsource import parse_yaml_text

CONTEXT = "Preflight"
translate = QCoreApplication.translate
ZAWGYI, TYPING, GO = "zawgyi", "typing", "go"


def language_name(code: str) -> str:
    """Return a language's name in the interface language."""
    names = {"my": translate("Preflight", "Burmese"), "en": translate("Preflight", "English")}
    return names.get(code.split("-")[0], code)


@dataclass(frozen=True)
class Described:
    """A problem ready for the preflight list: where, what, and the fix offered (if any)."""

    place: str
    message: str
    fix: str = ""  # ZAWGYI, TYPING, GO or ""
    error: bool = False

    @property
    def text(self) -> str:
        """Return the one line the list shows."""
        return f"{self.place}: {self.message}" if self.place else self.message


@lru_cache(maxsize=8)
def paragraph_starts(markup: str) -> list[int]:
    """Return the markup line (0-based) each paragraph starts on, in order: parse once, look up many.

    Kept for the last few bodies: a render after typing in one language parses only that one.
    """
    blocks, _ = parse_blocks(markup, lambda i: i, bare_urls=True)
    return [b.line for b in blocks if b.line is not None]


def _body_lines(yaml_text: str, langs: set[str]) -> dict[str, int]:
    """Return the file line (1-based) of each ``  LANG: |`` under ``body:`` in text Draft.to_yaml wrote.

    A scan for two lines, instead of parsing a long release's whole YAML with locations again.
    """
    head = re.search(r"^body:\n", yaml_text, re.MULTILINE)
    if head is None:
        return {}
    end = re.compile(r"^\S", re.MULTILINE).search(yaml_text, head.end())
    stop = end.start() if end else len(yaml_text)
    found = {}
    for match in re.compile(r"^  ([A-Za-z-]+): [|>]", re.MULTILINE).finditer(yaml_text, head.end(), stop):
        if match.group(1) in langs:
            found[match.group(1)] = yaml_text.count("\n", 0, match.start()) + 1
    return found


def paragraph_at(starts: list[int], relative_line: int) -> int:
    """Return the paragraph number (1-based) holding *relative_line*, given :func:`paragraph_starts`."""
    return max(bisect_right(starts, relative_line), 1)


def body_paragraphs(yaml_text: str, path: Path, problems: list[Problem],
                    bodies: dict[str, Any] | None = None) -> dict[tuple[str, int | None], int]:
    """Return the body paragraph (1-based) of each located body problem, keyed by (field, line).

    Made from the snapshot the problems were found in, on the preview's worker: parsing a
    long release's YAML and its bodies is work the GUI thread must not do per render.
    """
    located = [p for p in problems if p.field.startswith("body.") and p.line]
    if not located:
        return {}
    langs = {p.field.split(".")[1] for p in located if p.field.count(".") == 1}
    lines: dict[tuple[str, ...], int] = {}
    values: dict[tuple[str, ...], Any] = {}
    if bodies is not None and langs <= set(bodies) and all(isinstance(bodies[lang], str) for lang in langs):
        where_lines = _body_lines(yaml_text, langs)  # the text the draft wrote: its bodies are the snapshot's
        if set(where_lines) == langs:
            lines = {("body", lang): line for lang, line in where_lines.items()}
            values = {("body", lang): bodies[lang] for lang in langs}
    if not lines:
        try:
            doc = parse_yaml_text(yaml_text, path)
        except ReleaseError:
            return {}
        body = doc.data.get("body") if isinstance(doc.data, dict) else None
        lines = {("body", str(key[1])): loc.line for key, loc in doc.values.items()
                 if len(key) == 2 and key[0] == "body"}
        values = {key: body.get(key[1], "") if isinstance(body, dict) else "" for key in lines}
    found: dict[tuple[str, int | None], int] = {}
    for problem in located:
        key = tuple(problem.field.split("."))
        if key not in lines or key not in values or problem.line is None:
            continue
        starts = paragraph_starts(str(values[key]))  # each body parsed once (kept), not once per problem
        found[(problem.field, problem.line)] = paragraph_at(starts, problem.line - lines[key] - 1)
    return found


def place(field: str, paragraph: int | None = None, numbers: dict[str, int] | None = None) -> str:
    """Name the place of dotted *field* as the window shows it."""
    parts = re.split(r"\.|\[|\]\.?", field)
    parts = [p for p in parts if p != ""]
    head = parts[0] if parts else ""
    # The language is the last part, after the footnote id or contact key when there is one.
    first_lang = 2 if head in ("footnotes", "contact") else 1
    tail = parts[first_lang:] if len(parts) > first_lang else []
    lang = tail[-1] if tail and re.fullmatch(r"[a-z]{2,3}(-[A-Za-z]+)?", tail[-1]) else ""
    if head == "headline":
        if not lang:
            return translate("Preflight", "Headline")
        return translate("Preflight", "%1 headline").replace("%1", language_name(lang))
    if head == "body":
        if not lang:
            return translate("Preflight", "Body")
        where = translate("Preflight", "%1 body").replace("%1", language_name(lang))
        if not paragraph:
            return where
        return translate("Preflight", "%1, paragraph %2").replace("%1", where).replace("%2", str(paragraph))
    if head == "footnotes" and len(parts) > 1:
        number = (numbers or {}).get(parts[1])
        note = translate("Preflight", "a footnote")
        if number:
            note = translate("Preflight", "footnote %1").replace("%1", str(number))
        if not lang:
            return note
        return translate("Preflight", "%1 text of %2").replace("%1", language_name(lang)).replace("%2", note)
    if head == "contact":
        names = {"intro": translate("Preflight", "contact introduction"),
                 "email": translate("Preflight", "contact e-mail"),
                 "phone": translate("Preflight", "contact phone"),
                 "website": translate("Preflight", "contact website"),
                 "signal": translate("Preflight", "contact Signal")}
        key = parts[1] if len(parts) > 1 else ""
        name = names.get(key, translate("Preflight", "contact"))
        return f"{name} ({language_name(lang)})" if lang and key == "intro" else name
    if head == "signatories":
        index = next((int(p) for p in parts[1:] if p.isdigit()), 0)
        return translate("Preflight", "signatory %1").replace("%1", str(index + 1))
    names = {"letterhead": translate("Preflight", "letterhead"), "date": translate("Preflight", "date"),
             "label": translate("Preflight", "label"), "layout": translate("Preflight", "layout"),
             # a letterhead's own fields, when its problems are the release's
             "banner": translate("Preflight", "letterhead banner"), "page": translate("Preflight", "page setup"),
             "fonts": translate("Preflight", "letterhead fonts"), "footer": translate("Preflight", "letterhead footer"),
             "name": translate("Preflight", "letterhead name"),
             "languages": translate("Preflight", "letterhead languages")}
    return names.get(head, "")


@dataclass(frozen=True)
class Kind:
    """One kind of problem the pipeline can report, recognised by its wording, said for people by ``words``."""

    name: str
    message: str = ""  # a pattern its message matches
    hint: str = ""  # or its hint
    field: str = ""  # or its field (dotted path)
    fix: str = GO

    def matches(self, problem: Problem) -> bool:
        """Whether *problem* is of this kind (every pattern given must match)."""
        tests = ((self.message, problem.message), (self.hint, problem.hint or ""), (self.field, problem.field))
        given = [(pattern, text) for pattern, text in tests if pattern]
        return bool(given) and all(re.search(pattern, text) for pattern, text in given)


#: Every kind of problem the loader, ``check`` and the writers' page-fit checks report, first match
#: wins. ``tests/ui/test_people.py`` reads every place in the code that makes a problem and fails
#: when one of them has no kind here, or a kind has no words in English and Burmese.
KINDS: tuple[Kind, ...] = (
    Kind("zawgyi", message=r"Zawgyi", fix=ZAWGYI),
    Kind("typing-order", hint=r"repairs this", fix=TYPING),
    Kind("mistyped", hint=r"check the word and retype"),
    Kind("risky-link", hint=r"write it out plainly"),
    Kind("direction-controls", message=r"direction control"),
    Kind("translation-missing", message=r"while the release is bilingual|^the body has no \S+ text$"),
    Kind("blank", message=r"shows nothing \(only"),
    Kind("note-untranslated", message=r"but the note has no"),
    Kind("note-never-printed", message=r"is never printed"),
    Kind("dangling-reference", message=r"has no footnote$"),
    Kind("note-uncited", message=r"is never referenced"),
    Kind("missing-glyph", message=r"would print as a box"),
    Kind("columns", message=r"parallel columns"),
    Kind("padauk", message=r"^Padauk prints", fix=""),
    Kind("banner-too-tall", message=r"banner is so tall", fix=""),
    Kind("footer-too-long", message=r"footer is too long", fix=""),
    Kind("note-too-long", message=r"footnote is too long to fit"),
    Kind("notes-crowded", message=r"referenced so close together"),
    Kind("line-too-tall", message=r"taller than a page"),
    Kind("email", message=r"is not an e-mail address"),
    Kind("bad-link", message=r"^link "),
    Kind("unclosed", message=r"never closed"),
    Kind("heading-level", message=r"headings are not supported"),
    Kind("note-paragraphs", message=r"a footnote is one paragraph"),
    Kind("note-in-note", message=r"cannot refer to another footnote"),
    Kind("note-id", message=r"cannot be a footnote id"),
    Kind("body-empty", message=r"^the body has no text$"),
    Kind("layout", message=r"^unknown layout|text to show$"),
    Kind("control-character", message=r"control character"),
    Kind("stacked-marks", message=r"stacked accents or marks"),
    Kind("date", message=r"^expected a date"),
    Kind("empty", message=r"^this (field|line) (is empty|has no text)$"),
    Kind("required", message=r"is required$"),
    Kind("out-of-range", message=r"is out of range$"),
    Kind("version", message=r"format version|newer Thadin"),
    Kind("is-letterhead", message=r"^this is a letterhead, not a release$", fix=""),
    Kind("image", field=r"^banner\.image$", fix=""),
    Kind("letterhead-missing", field=r"^letterhead$"),
    Kind("is-release", message=r"is a release, not a letterhead$", fix=""),
    Kind("language", message=r"is not a language code|is listed twice", fix=""),
    Kind("font", message=r"font family named|has no Burmese letters|^unknown font key", fix=""),
    Kind("page-size", message=r"^unknown page size", fix=""),
    Kind("footer-placeholder", message=r"unknown placeholder", fix=""),
    Kind("banner-line", message=r"^unknown line style|a dates line holds only|the span ends before it starts",
         fix=""),
    Kind("unknown-field", message=r"^unknown field"),
    Kind("file-missing", message=r"^file not found$|is a folder, not a file|not a regular file", fix=""),
    Kind("unreadable", message=r"not valid YAML|nested too deeply|too complex|merge keys|key must be a plain name"
                               r"|appears twice|is not a valid value|UTF-16|not UTF-8|the file is empty"
                               r"|does not hold a release|cannot read the file|too large|release is incomplete",
         fix=""),
    Kind("shape", message=r"^expected "),
)


def kind_of(problem: Problem) -> Kind | None:
    """Return the kind of *problem*, or None for one this module does not know (a test prevents that)."""
    return _kind(problem.message, problem.hint or "", problem.field)


@lru_cache(maxsize=4096)
def _kind(message: str, hint: str, field: str) -> Kind | None:
    # A long release repeats a few wordings ~2,000 times: each is matched against the kinds once.
    problem = Problem(None, None, None, field, message, hint)
    return next((kind for kind in KINDS if kind.matches(problem)), None)


def words(kind: str) -> str:
    """Say a kind of problem in the interface language: what is wrong, in plain words, and what to do."""
    language = translate("Preflight", "Burmese")  # differs with every interface language
    if language not in _SAID:
        _SAID[language] = _all_words()
    return _SAID[language][kind]


_SAID: dict[str, dict[str, str]] = {}  # every kind's words, by interface language (made once, not per problem)


def _all_words() -> dict[str, str]:
    said = {
        "zawgyi": translate("Preflight", "the Burmese is typed in Zawgyi and would print as garbage."),
        "typing-order": translate("Preflight", "Burmese letters are stored in the wrong order (a typing slip); "
                                               "it may print or search wrongly."),
        "mistyped": translate("Preflight", "a Burmese word looks mistyped (look-alike or misplaced mark); "
                                           "check it and retype it."),
        "risky-link": translate("Preflight", "a link address may lead somewhere other than it seems; check it, "
                                             "and write it out plainly if it is right."),
        "direction-controls": translate("Preflight", "invisible direction characters are hidden in the text; "
                                                     "they are left out of the PDF and Word file."),
        "translation-missing": translate("Preflight", "the translation is missing."),
        "blank": translate("Preflight", "this text is empty (only spaces or invisible characters)."),
        "note-untranslated": translate("Preflight", "this footnote has no translation; readers get the other "
                                                    "language's."),
        "note-never-printed": translate("Preflight", "this translation of the footnote is never printed: the body "
                                                     "in this language does not cite the note."),
        "dangling-reference": translate("Preflight", "a footnote marker points to a note that does not exist."),
        "note-uncited": translate("Preflight", "this footnote is not cited anywhere in the text."),
        "missing-glyph": translate("Preflight", "a character here is missing from the font and would print as a "
                                                "box."),
        "columns": translate("Preflight", "the two languages do not have the same headings and paragraphs, so the "
                                          "columns do not pair up."),
        "padauk": translate("Preflight", "the Padauk font prints ါ် with a gap; the letterhead should use Noto Sans "
                                         "Myanmar."),
        "banner-too-tall": translate("Preflight", "the banner is so tall that no text fits on the page; choose a "
                                                  "smaller picture or fewer lines."),
        "footer-too-long": translate("Preflight", "the footer is too long and would print over the text; shorten "
                                                  "it."),
        "note-too-long": translate("Preflight", "this footnote is too long to fit on one page; shorten it."),
        "notes-crowded": translate("Preflight", "these footnotes are cited so close together that they cannot fit "
                                                "on one page with their text; spread them out or shorten them."),
        "line-too-tall": translate("Preflight", "a line of this text is taller than a page."),
        "email": translate("Preflight", "this is not an e-mail address: write it as name@example.org."),
        "bad-link": translate("Preflight", "a link address is not a web or e-mail address."),
        "unclosed": translate("Preflight", "bold, italic or a link starts here and is never closed."),
        "heading-level": translate("Preflight", "only one size of section heading is possible; this one is "
                                                "another size."),
        "note-paragraphs": translate("Preflight", "a footnote is one paragraph: remove the empty lines in it."),
        "note-in-note": translate("Preflight", "a footnote cannot cite another footnote."),
        "note-id": translate("Preflight", "a footnote has a name Thadin cannot use."),
        "body-empty": translate("Preflight", "the body has no text yet."),
        "layout": translate("Preflight", "the layout shows a language this release is not written in; choose "
                                         "another layout."),
        "control-character": translate("Preflight", "an invisible control character is in the text; it cannot "
                                                    "be printed, so retype the text."),
        "stacked-marks": translate("Preflight", "a letter carries so many stacked marks that they would be drawn "
                                                "over the lines around it; retype it."),
        "date": translate("Preflight", "this is not a date; choose one in the calendar."),
        "empty": translate("Preflight", "this is empty: type the text, or remove it."),
        "required": translate("Preflight", "not written yet."),  # a new release: nothing typed there yet
        "out-of-range": translate("Preflight", "a number here is too small or too large."),
        "version": translate("Preflight", "this file was made by a newer version of Thadin; update Thadin to open "
                                          "it."),
        "is-letterhead": translate("Preflight", "this file is a letterhead, not a press release; open a press "
                                                "release, or edit the letterhead in File ▸ Letterheads."),
        "image": translate("Preflight", "the letterhead's banner picture cannot be found or used; choose it again "
                                        "in the letterhead designer."),
        "letterhead-missing": translate("Preflight", "the letterhead this release uses cannot be found; choose one "
                                                     "on the Letterhead tab."),
        "is-release": translate("Preflight", "a press release was chosen where a letterhead belongs; choose a "
                                             "letterhead on the Letterhead tab."),
        "language": translate("Preflight", "the letterhead lists a language Thadin does not know, or one language "
                                           "twice."),
        "font": translate("Preflight", "a font chosen in the letterhead does not come with Thadin or cannot write "
                                       "Burmese; choose another in the letterhead designer."),
        "page-size": translate("Preflight", "the letterhead's page size must be A4 or Letter."),
        "footer-placeholder": translate("Preflight", "the letterhead's footer uses a placeholder Thadin does not "
                                                     "know; page numbers are the only ones."),
        "banner-line": translate("Preflight", "a line of the letterhead's banner is not set up in a way Thadin can "
                                              "print; change it in the letterhead designer."),
        "unknown-field": translate("Preflight", "the file holds an entry Thadin does not know here (a slip made "
                                                "outside Thadin, or a newer version of Thadin)."),
        "file-missing": translate("Preflight", "the file is not there any more, or is not a file."),
        "unreadable": translate("Preflight", "the file cannot be read as a press release: it is damaged, empty, "
                                             "incomplete or another kind of file."),
        "shape": translate("Preflight", "this part of the file is written in a form Thadin cannot read; undo the "
                                        "last change, or open a saved copy."),
    }
    return said


def describe(problem: Problem, paragraph: int | None = None, numbers: dict[str, int] | None = None) -> Described:
    """Say *problem* for people: plain words in the interface language and the fix on offer."""
    where = place(problem.field, paragraph, numbers)
    error = problem.severity == "error"
    kind = kind_of(problem)
    if kind is None:  # a kind the code gained without words: still never the file's language
        return Described(where, translate("Preflight", "something here needs attention."), GO if problem.field
                         else "", error)
    return Described(where, words(kind.name), kind.fix, error)
