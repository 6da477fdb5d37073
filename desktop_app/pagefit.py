"""Page fit as problems the user can act on: a footnote or banner taller than a page, named.

The PDF writer measures (``writers/pdf/fit.py``); this names what it found in the
release's terms — the footnote id and its line, the notes that share one line, the
letterhead's banner. ``export`` raises these when the writer gives up; ``check`` asks
for them itself, but only for a release that could overflow at all
(:func:`could_overflow`), so checking an ordinary release never loads ReportLab.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import partial

from .errors import Problem, ReleaseError, ThadinError
from .memo import NO_MEMO, NONE, Memo
from .model import BannerText, Block, Footnote, FootnoteRef, Inline, Layout, Link, Release, Run, iter_inlines

#: Releases within all of these cannot overflow a page: measured in the smallest text area
#: (Letter, 60 mm margins, a full-height banner image and six Burmese title lines), a
#: 600-character note and eight more referenced together, 1,200 characters of Burmese
#: notes, take 248 of the 285 points there are. ``check`` measures only releases beyond one.
SAFE_NOTE_CHARS = 600
SAFE_BLOCK_NOTE_CHARS = 1000
SAFE_REFS_PER_BLOCK = 8
SAFE_BANNER_LINES = 6
SAFE_BANNER_CHARS = 240
SAFE_COLUMNS = 4
#: A footer this long (page numbers as 999) is one line even of W's in the narrowest text
#: area, and one line is always allowed; longer ones are measured.
SAFE_FOOTER_CHARS = 40

_NOTE_HINT = "shorten it, or split it into several notes"


@dataclass(frozen=True)
class Overflow:
    """What cannot fit on a page: the ``banner``, the ``footer``, a ``note``, the ``notes`` of one line, a ``line``."""

    kind: str
    lang: str = ""
    note_ids: tuple[str, ...] = ()


class PageOverflowError(ThadinError):
    """The PDF writer cannot lay the release out: ``overflows`` says what does not fit."""

    def __init__(self, overflows: list[Overflow]) -> None:
        self.overflows = overflows
        super().__init__("part of the release is taller than a page")

    def for_release(self, release: Release) -> ReleaseError:
        """Return the located problems, in *release*'s terms, as the error the user sees."""
        return ReleaseError(overflow_problems(release, self.overflows))


def could_overflow(release: Release, memo: Memo = NO_MEMO) -> bool:
    """Tell whether *release* is beyond the limits under which everything surely fits a page."""
    banner = release.letterhead.banner.lines
    banner_chars = sum(len(text) for line in banner if isinstance(line, BannerText)
                       for text in line.text.values.values())
    if len(banner) > SAFE_BANNER_LINES or banner_chars > SAFE_BANNER_CHARS:
        return True
    footer = release.letterhead.footer
    shown = [t.replace("{pages}", "999").replace("{page}", "999") for t in footer.values.values()] if footer else []
    if sum(len(text) + 3 for text in shown) > SAFE_FOOTER_CHARS + 3:
        return True
    if release.layout == Layout.PARALLEL and len(release.body) > SAFE_COLUMNS:
        return True
    sizes = memo.get("note-sizes", (release.footnotes,), (), partial(_note_sizes, release.footnotes), lines=NONE)
    if any(size > SAFE_NOTE_CHARS for size in sizes.values()):
        return True
    return any(memo.get("crowded", (blocks, sizes), (), partial(_crowded, blocks, sizes), lines=NONE)
               for blocks in release.body.values())


def _note_sizes(footnotes: Mapping[str, Footnote]) -> dict[str, int]:
    return {note_id: sum(_length(content) for content in note.content.values()) for note_id, note in footnotes.items()}


def _crowded(blocks: tuple[Block, ...], sizes: dict[str, int]) -> bool:
    """Whether a block of *blocks* cites more notes, or more note text, than surely fits a page."""
    for block in blocks:
        refs = [inline.id for inline in iter_inlines(block.content) if isinstance(inline, FootnoteRef)]
        if len(refs) > SAFE_REFS_PER_BLOCK or sum(sizes.get(i, 0) for i in set(refs)) > SAFE_BLOCK_NOTE_CHARS:
            return True
    return False


def _length(content: tuple[Inline, ...]) -> int:
    total = 0
    for inline in iter_inlines(content):
        if isinstance(inline, Run):
            total += len(inline.text)
        elif isinstance(inline, Link):
            total += len(inline.target)
    return total


def page_fit_problems(release: Release, memo: Memo = NO_MEMO) -> list[Problem]:
    """Measure *release* on the page when it could overflow; one error per thing that cannot fit."""
    if not could_overflow(release, memo):
        return []
    from .resolve import resolve
    from .writers.pdf.fit import overflows

    return overflow_problems(release, overflows(resolve(release)))


def _referencing_line(release: Release, overflow: Overflow) -> int | None:
    """Line of the block in *overflow*'s language that references its first note."""
    for block in release.body.get(overflow.lang, ()):
        if any(isinstance(inline, FootnoteRef) and inline.id == overflow.note_ids[0]
               for inline in iter_inlines(block.content)):
            return block.line
    return None


def overflow_problems(release: Release, found: Iterable[Overflow]) -> list[Problem]:
    """Name each overflow the PDF writer measured in the terms of *release*'s files."""
    problems = []
    for overflow in found:
        if overflow.kind == "banner":
            problems.append(Problem(release.letterhead.path, None, None, "banner",
                                    "the banner is so tall that it leaves no room for text on the page",
                                    "use fewer or shorter banner lines, or a smaller image"))
        elif overflow.kind == "footer":
            problems.append(Problem(release.letterhead.path, None, None, "footer",
                                    "the footer is too long for the bottom margin; it would print over the text",
                                    "shorten the footer, or give the page a larger bottom margin"))
        elif overflow.kind == "note":
            note_id = overflow.note_ids[0]
            note = release.footnotes.get(note_id)
            problems.append(Problem(release.path, note.line if note else None, None, f"footnotes.{note_id}",
                                    "the footnote is too long to fit on one page", _NOTE_HINT))
        elif overflow.kind == "notes":
            shown = ", ".join(f"[^{i}]" for i in overflow.note_ids[:3])
            more = f" and {len(overflow.note_ids) - 3:,} more" if len(overflow.note_ids) > 3 else ""
            problems.append(Problem(
                release.path, _referencing_line(release, overflow), None, f"body.{overflow.lang}",
                f"{len(overflow.note_ids):,} footnotes ({shown}{more}) are referenced so close together that "
                "they cannot fit on one page with their text",
                "spread the references over several paragraphs, or shorten the notes"))
        else:
            problems.append(Problem(release.path, None, None, f"body.{overflow.lang}" if overflow.lang else "",
                                    "a line of the text is taller than a page",
                                    "look for a run of accents or marks pasted by accident"))
    return problems
