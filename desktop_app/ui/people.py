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
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..errors import Problem
from ..fileformat.markup import parse_blocks

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


def paragraph_of(markup: str, relative_line: int) -> int:
    """Return the paragraph number (1-based) holding markup line *relative_line* (0-based)."""
    blocks, _ = parse_blocks(markup, lambda i: i, bare_urls=True)
    starts = [b.line for b in blocks if b.line is not None]
    return max(sum(1 for s in starts if s <= relative_line), 1)


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
             "label": translate("Preflight", "label"), "layout": translate("Preflight", "layout")}
    return names.get(head, "")


def describe(problem: Problem, paragraph: int | None = None, numbers: dict[str, int] | None = None) -> Described:
    """Say *problem* for people: plain words in the interface language and the fix on offer."""
    where = place(problem.field, paragraph, numbers)
    message = problem.message
    error = problem.severity == "error"
    if "Zawgyi" in message:
        return Described(where, translate(
                "Preflight", "the Burmese is typed in Zawgyi and would print as garbage."), ZAWGYI, error)
    if problem.hint and "repairs this" in problem.hint:
        return Described(where, translate("Preflight", "Burmese letters are stored in the wrong order (a typing slip); "
                                    "it may print or search wrongly."), TYPING, error)
    if problem.hint and "retype" in problem.hint and "direction" not in message:
        return Described(where, translate("Preflight", "a Burmese word looks mistyped (look-alike or misplaced mark); "
                                    "check it and retype it."), GO, error)
    if "while the release is bilingual" in message or re.search(r"the body has no \w+ text", message):
        return Described(where, translate("Preflight", "the translation is missing."), GO, error)
    if "shows nothing" in message:
        return Described(where, translate(
                "Preflight", "this text is empty (only spaces or invisible characters)."), GO, error)
    if "but the note has no" in message:
        return Described(where, translate(
                "Preflight", "this footnote has no translation; readers get the other language's."), GO,
                         error)
    if "is never printed" in message:
        return Described(where, translate("Preflight", "this translation of the footnote is never printed: "
                                    "the body in this language does not cite the note."), GO, error)
    if "has no footnote" in message:
        return Described(where, translate(
                "Preflight", "a footnote marker points to a note that does not exist."), GO, error)
    if "is never referenced" in message or "never cited" in message or "not referenced" in message:
        return Described(where, translate("Preflight", "this footnote is not cited anywhere in the text."), GO, error)
    if "direction control" in message:
        return Described(where, translate("Preflight", "invisible direction characters are hidden in the text; "
                                    "they are left out of the PDF and Word file."), GO, error)
    if "would print as a box" in message:
        return Described(where, translate(
                "Preflight", "a character here is missing from the font and would print as a box."),
                         GO, error)
    if "parallel columns" in message:
        return Described(where, translate(
                "Preflight", "the two languages do not have the same headings and paragraphs, "
                                    "so the columns do not pair up."), GO, error)
    if message.startswith("link") or ("link" in message and ("allowed" in message or "host" in message)):
        return Described(where, translate("Preflight", "a link address is not a web or e-mail address."), GO, error)
    if "Padauk" in message:
        return Described(where, translate(
                "Preflight", "the Padauk font prints ါ် with a gap; the letterhead should use "
                                    "Noto Sans Myanmar."), "", error)
    if re.fullmatch(r"the field '[\w.\[\]]+' is required", message):  # a new release: nothing typed there yet
        return Described(where, translate("Preflight", "not written yet."), GO, error)
    # A problem this list does not know yet: its own words, without file lines or commands.
    return Described(where, translate(
            "Preflight", "needs attention: %1").replace("%1", message), GO if problem.field else "", error)
