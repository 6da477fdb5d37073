"""Links a reviewer should look at twice: ``check`` warnings, located where the link is written.

The loader refuses what is never a web link (``javascript:``, ``file:`` …); these are
allowed links that can still deceive: an address whose real host hides behind userinfo,
a host that mixes scripts, an e-mail link that sets more than a subject (see ``uri.py``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import partial

from .errors import Problem, Severity
from .memo import NO_MEMO, Memo
from .model import Block, Footnote, Link, Release, iter_inlines
from .uri import link_warnings

_HINT = "check the address, and write it out plainly if it is right"


def _links(release: Release, memo: Memo = NO_MEMO) -> Iterator[tuple[str, tuple[tuple[int | None, str], ...]]]:
    """Every link target of *release* by field: (field, ((line, target), …)), each part remembered."""
    for lang, blocks in release.body.items():
        yield f"body.{lang}", memo.get("links-body", (blocks,), (), partial(_block_links, blocks))
    notes = memo.get("links-notes", (release.footnotes,), (), partial(_note_links, release.footnotes))
    yield from notes
    if release.contact is not None:
        if release.contact.email:
            yield "contact.email", ((None, "mailto:" + release.contact.email),)
        if release.contact.website:
            yield "contact.website", ((None, release.contact.website),)


def _block_links(blocks: tuple[Block, ...]) -> tuple[tuple[int | None, str], ...]:
    return tuple((block.line, inline.target) for block in blocks for inline in iter_inlines(block.content)
                 if isinstance(inline, Link))


def _note_links(footnotes: Mapping[str, Footnote]) -> tuple[tuple[str, tuple[tuple[int | None, str], ...]], ...]:
    return tuple((f"footnotes.{note_id}", tuple((note.line, inline.target) for content in note.content.values()
                                                for inline in iter_inlines(content) if isinstance(inline, Link)))
                 for note_id, note in footnotes.items())


def link_problems(release: Release, memo: Memo = NO_MEMO) -> list[Problem]:
    """One warning per risky link (each distinct target once per field)."""
    problems, seen = [], set()
    for field, links in _links(release, memo):
        for line, target in links:
            if (field, target) in seen:
                continue
            seen.add((field, target))
            for warning in memo.get("link-warnings", (), target, partial(link_warnings, target)):
                problems.append(Problem(release.path, line, None, field, f"link {target!r}: {warning}", _HINT,
                                        Severity.WARNING))
    return problems
