"""Links a reviewer should look at twice: ``check`` warnings, located where the link is written.

The loader refuses what is never a web link (``javascript:``, ``file:`` …); these are
allowed links that can still deceive: an address whose real host hides behind userinfo,
a host that mixes scripts, an e-mail link that sets more than a subject (see ``uri.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

from .errors import Problem, Severity
from .memo import NO_MEMO, RAW, Memo
from .model import Block, Footnote, Link, Release, iter_inlines
from .uri import link_warnings

_HINT = "check the address, and write it out plainly if it is right"


def _block_links(blocks: tuple[Block, ...]) -> tuple[tuple[int | None, str], ...]:
    return tuple((block.line, inline.target) for block in blocks for inline in iter_inlines(block.content)
                 if isinstance(inline, Link))


def _note_links(footnotes: Mapping[str, Footnote]) -> tuple[tuple[str, tuple[tuple[int | None, str], ...]], ...]:
    return tuple((f"footnotes.{note_id}", tuple((note.line, inline.target) for content in note.content.values()
                                                for inline in iter_inlines(content) if isinstance(inline, Link)))
                 for note_id, note in footnotes.items())


def link_problems(release: Release, memo: Memo = NO_MEMO) -> list[Problem]:
    """One warning per risky link (each distinct target once per field)."""
    problems: list[Problem] = []
    for objects, links in _areas(release, memo):
        problems += memo.get("link-problems", objects, release.path, partial(_warnings, release, links, memo))
    return problems


Located = tuple[tuple[int | None, str], ...]  # (line, target) of each link of a field
Fields = tuple[tuple[str, Located], ...]


def _areas(release: Release, memo: Memo) -> list[tuple[tuple[object, ...], Fields]]:
    """Links in parts no field spans: (what they are read from, ((field, ((line, target), …)), …))."""
    out: list[tuple[tuple[object, ...], Fields]] = []
    for lang, blocks in release.body.items():
        found = memo.get("links-body", (blocks,), (), partial(_block_links, blocks), lines=RAW)
        out.append(((blocks,), ((f"body.{lang}", found),)))
    out.append(((release.footnotes,), memo.get("links-notes", (release.footnotes,), (),
                                               partial(_note_links, release.footnotes), lines=RAW)))
    contact: list[tuple[str, Located]] = []
    if release.contact is not None:
        if release.contact.email:
            contact.append(("contact.email", ((None, "mailto:" + release.contact.email),)))
        if release.contact.website:
            contact.append(("contact.website", ((None, release.contact.website),)))
    out.append(((), tuple(contact)))
    return out


def _warnings(release: Release, links: Fields, memo: Memo) -> tuple[Problem, ...]:
    problems, seen = [], set()
    for field, found in links:
        for line, target in found:
            if (field, target) in seen:
                continue
            seen.add((field, target))
            for warning in memo.get("link-warnings", (), target, partial(link_warnings, target)):
                problems.append(Problem(release.path, line, None, field, f"link {target!r}: {warning}", _HINT,
                                        Severity.WARNING))
    return tuple(problems)
