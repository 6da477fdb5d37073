"""A footnote as the Footnotes panel shows it: a text per language and the partner's link apart.

In the file a note is markup, one text per language (``{my: …, en: …}``) or one string
(English), and a partner's address is usually a link at its end (``Peoples' Goal
<https://peoplesgoal.org>``, or the address alone). Staff never see that markup: the panel
shows each language's text without the link and the link in a field of its own. This module
splits a note's value that way and writes edits back so that only what was edited changes:

- editing one language's text rewrites that language only (its link stays at its end);
- editing the link replaces it in every language that ends with it (or, when the note had
  none, adds it to every language that has a text);
- an English-only note is one string (as the sample writes its links), unless the file
  wrote it as a mapping.

Qt-free, so it is tested like the rest of the pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .fileformat.markup import AUTOLINK_TARGET, BARE_URL, parse_blocks
from .model import Link

#: A link the markup can hold as ``<…>`` (the markup's own grammar).
_WRITABLE = re.compile(AUTOLINK_TARGET)
_TRAILING_AUTOLINK = re.compile(rf"(?:^|(?<=\s))<({AUTOLINK_TARGET})>$")
_TRAILING_BARE = re.compile(rf"(?:^|(?<=\s))({BARE_URL})$")
_ID = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class NoteParts:
    """A note split for the panel: text markup per language (link removed) and the partner link."""

    texts: dict[str, str]
    link: str = ""
    #: The languages whose text ends with the link (those the link is written in).
    carriers: frozenset[str] = frozenset()


def note_texts(value: Any) -> dict[str, str]:
    """Return a footnote value's markup per language (a plain string is English)."""
    if isinstance(value, str):
        return {"en": value}
    if isinstance(value, Mapping):
        return {str(k): v for k, v in value.items() if isinstance(v, str)}
    return {}


def _trailing_link(markup: str) -> tuple[str, str] | None:
    """Return (text before, link) when *markup* ends with a link written as its own address."""
    stripped = markup.rstrip()
    match = _TRAILING_AUTOLINK.search(stripped) or _TRAILING_BARE.search(stripped)
    if match is None:
        return None
    link = match.group(1)
    blocks, _problems = parse_blocks(stripped, lambda _i: None, bare_urls=True)
    last = blocks[-1].content[-1] if len(blocks) == 1 and blocks[0].content else None
    if not isinstance(last, Link) or last.target != link:  # inside emphasis, escaped, or trimmed punctuation
        return None
    return stripped[: match.start()].rstrip(), link


def split_note(value: Any) -> NoteParts:
    """Split a footnote's value into its texts and its partner link.

    The link is the address every linked language ends with; when languages end with
    different addresses, none is taken apart (the texts keep their links, shown as links).
    """
    texts = note_texts(value)
    ends = {lang: _trailing_link(markup) for lang, markup in texts.items()}
    links = {found[1] for found in ends.values() if found is not None}
    if len(links) != 1:
        return NoteParts(texts)
    link = links.pop()
    carriers = frozenset(lang for lang, found in ends.items() if found is not None)
    shown = {lang: (found[0] if found is not None else texts[lang]) for lang, found in ends.items()}
    return NoteParts(shown, link, carriers)


def _joined(text: str, link: str) -> str:
    return f"{text} <{link}>" if text else f"<{link}>"


def _value(original: Any, texts: dict[str, str]) -> Any:
    """Return the note's new value; an English-only note is a plain string unless it was written as a mapping."""
    texts = {lang: markup for lang, markup in texts.items() if markup.strip()}
    if (isinstance(original, str) or not original) and set(texts) == {"en"}:
        return texts["en"]
    if isinstance(original, Mapping):  # keep the file's language order
        ordered = {lang: texts[lang] for lang in original if lang in texts}
        return ordered | {lang: markup for lang, markup in texts.items() if lang not in ordered}
    return texts


def with_text(value: Any, lang: str, text: str) -> Any:
    """Return the note with *lang*'s text (markup, without the link) replaced by *text*.

    The link stays at the end of a language that had it; a language given its first text
    gets the link too (its readers see the partner's address). A language left with no
    text drops out unless it is the only one that carries the link.
    """
    parts = split_note(value)
    texts = note_texts(value)
    text = text.strip()
    if not parts.link:
        texts[lang] = text
        return _value(value, texts)
    carries = lang in parts.carriers or not texts.get(lang, "").strip()
    others_carry = bool(parts.carriers - {lang})
    if text:
        texts[lang] = _joined(text, parts.link) if carries else text
    elif carries and not others_carry:
        texts[lang] = _joined("", parts.link)
    else:
        texts.pop(lang, None)
    return _value(value, texts)


def with_link(value: Any, link: str) -> Any:
    """Return the note with its partner link replaced by *link* ("" removes it).

    Languages that ended with the old link end with the new one; a note that had no link
    gets it at the end of every language with a text (English when it has none).
    """
    link = link.strip()
    parts = split_note(value)
    texts = note_texts(value)
    carriers = parts.carriers if parts.link else frozenset(
        lang for lang, markup in texts.items() if markup.strip()) or frozenset({"en"})
    for lang in carriers:
        text = parts.texts.get(lang, "") if parts.link else texts.get(lang, "").strip()
        texts[lang] = _joined(text, link) if link else text
    return _value(value if value is not None else {}, texts)


def is_writable(link: str) -> bool:
    """Whether *link* can be written as a link in the markup at all (a scheme, no spaces)."""
    return not link.strip() or bool(_WRITABLE.fullmatch(link.strip()))


def is_empty(value: Any) -> bool:
    """Whether the note has nothing to print (no text, no link): the file leaves it out."""
    return not any(markup.strip() for markup in note_texts(value).values())


def new_note_id(existing: Iterable[str], link: str = "") -> str:
    """Return an id no note has, named after the link's site when there is one (``peoplesgoal``).

    People never see it; whoever reads the file does, so it says what it stands for.
    """
    taken = set(existing)
    base = "note"
    try:
        host = (urlsplit(link.strip()).hostname or "") if link else ""
    except ValueError:
        host = ""
    labels = [label for label in host.split(".") if label and label not in ("www",)]
    if len(labels) >= 2:
        labels = labels[:-1]  # the site, not its top-level domain
    slug = _ID.sub("-", "-".join(labels).encode("ascii", "ignore").decode().lower()).strip("-")
    if slug and slug[0].isalnum():
        base = slug[:30].rstrip("-")
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"

