"""Links a reviewer should look at twice: ``check`` warnings, located where the link is written.

The loader refuses what is never a web link (``javascript:``, ``file:`` …); these are
allowed links that can still deceive: an address whose real host hides behind userinfo,
a host that mixes scripts, an e-mail link that sets more than a subject (see ``uri.py``).
"""

from __future__ import annotations

from collections.abc import Iterator

from .errors import Problem, Severity
from .model import Link, Release, iter_inlines
from .uri import link_warnings

_HINT = "check the address, and write it out plainly if it is right"


def _links(release: Release) -> Iterator[tuple[str, int | None, str]]:
    """Every link target of *release*: (field, line, target)."""
    for lang, blocks in release.body.items():
        for block in blocks:
            for inline in iter_inlines(block.content):
                if isinstance(inline, Link):
                    yield f"body.{lang}", block.line, inline.target
    for note_id, note in release.footnotes.items():
        for content in note.content.values():
            for inline in iter_inlines(content):
                if isinstance(inline, Link):
                    yield f"footnotes.{note_id}", note.line, inline.target
    if release.contact is not None:
        if release.contact.email:
            yield "contact.email", None, "mailto:" + release.contact.email
        if release.contact.website:
            yield "contact.website", None, release.contact.website


def link_problems(release: Release) -> list[Problem]:
    """One warning per risky link (each distinct target once per field)."""
    problems, seen = [], set()
    for field, line, target in _links(release):
        if (field, target) in seen:
            continue
        seen.add((field, target))
        for warning in link_warnings(target):
            problems.append(Problem(release.path, line, None, field, f"link {target!r}: {warning}", _HINT,
                                    Severity.WARNING))
    return problems
