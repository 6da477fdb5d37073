"""The application service: the one sequence both faces run on a release.

parse → validate → Zawgyi gate → preflight → export. ``cli.py`` and the desktop app
(its preview worker and its export) call these functions instead of composing the
loader, the checks and the writers themselves, so a rule added here holds for both.
Qt-free; writers are imported only when something is rendered.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .checks import check_release
from .errors import Problem, Severity, ThadinError
from .export import FORMATS, ExportOptions, Output, Progress, plan_outputs
from .export import iter_export as _iter_export
from .fileformat.release import build_release
from .fileformat.yamledit import reparse
from .fileformat.yamlsource import (
    YamlDocument,
    _parse_fast,
    parse_yaml_text,
    parse_yaml_text_located,
    read_yaml_file,
)
from .linkcheck import link_problems
from .memo import NO_MEMO, Memo, Move
from .model import Release
from .pagefit import PageOverflowError, page_fit_problems
from .textcheck import normalization_problems, zawgyi_problems

if TYPE_CHECKING:
    from .resolve import Resolved

#: ReportLab keeps module-level state: one render at a time, whether preview or export.
RENDER_LOCK = threading.Lock()


class ZawgyiRefusedError(ThadinError):
    """The release holds Burmese in Zawgyi: exporting it would print garbage, so nothing is written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("some Burmese text is in Zawgyi; convert it to Unicode first")


@dataclass(frozen=True)
class Loaded:
    """A parsed, validated release and the document it came from (for located text checks)."""

    doc: YamlDocument
    release: Release


def load_text(text: str, path: Path, template_dirs: Iterable[Path] | None = None) -> Loaded:
    """Parse and validate release YAML held in memory; ReleaseError with every problem."""
    doc = parse_yaml_text(text, path)
    return Loaded(doc, build_release(doc, template_dirs))


class FrontHalf:
    """The preview's load, checks and resolve for one file, redoing only what an edit touched.

    Keeps the last text and its parse (``yamledit.reparse`` re-reads an edit inside one
    ``|`` block from it) and a two-generation :class:`~desktop_app.memo.Memo` of every
    step's results by the identity of their inputs. The results equal the uncached
    functions' (``tests/test_front_cache.py`` types edits and compares the two).
    """

    def __init__(self) -> None:
        self.text: str | None = None
        self.doc: YamlDocument | None = None  # the parse of self.text, libyaml's (or equal to it)
        self.memo = Memo()
        self.lock = threading.Lock()
        self.reparsed = False  # the last load took the edit fast path (for tests and benchmarks)

    def parse(self, text: str, path: Path) -> YamlDocument:
        """Parse *text*: from the last parse when only a ``|`` block's lines changed, else in full."""
        self.reparsed = False
        if self.doc is not None and self.text is not None and self.doc.path == path:
            found = reparse(self.text, self.doc, text)
            if found is not None:
                doc, edit = found
                if edit.delta:  # everything after the edited block is the same, lines moved
                    move = Move(edit.header_line, edit.delta)
                    self.memo.alias(doc.values, self.doc.values, move)
                    self.memo.alias(doc.keys, self.doc.keys, move)
                self.text, self.doc = text, doc
                self.reparsed = True
                return found[0]
        fast = _parse_fast(text, path)
        self.text, self.doc = (text, fast) if fast is not None else (None, None)
        return fast if fast is not None else parse_yaml_text_located(text, path)

    def load(self, text: str, path: Path, template_dirs: Iterable[Path] | None = None) -> Loaded:
        """``load_text``, remembering what the next edit will not change."""
        self.memo.next_generation()
        doc = self.parse(text, path)
        return Loaded(doc, build_release(doc, template_dirs, self.memo))

    def preflight(self, loaded: Loaded) -> list[Problem]:
        """``preflight`` with this file's memo."""
        return preflight(loaded, self.memo)

    def resolve(self, release: Release) -> Resolved:
        """``resolve`` with this file's memo."""
        from .resolve import resolve

        return resolve(release, self.memo)


#: The front halves of the files previewed last (the app previews one draft at a time).
_fronts: OrderedDict[Path, FrontHalf] = OrderedDict()
_FRONTS_KEPT = 2
_fronts_lock = threading.Lock()


def front_half(path: Path) -> FrontHalf:
    """Return the preview's front half for *path* (the oldest other one is forgotten)."""
    with _fronts_lock:
        front = _fronts.pop(path, None) or FrontHalf()
        _fronts[path] = front
        while len(_fronts) > _FRONTS_KEPT:
            _fronts.popitem(last=False)
        return front


def load_file(path: Path, template_dirs: Iterable[Path] | None = None) -> Loaded:
    """Read, parse and validate a release file; ReleaseError with every problem."""
    doc = read_yaml_file(path)
    return Loaded(doc, build_release(doc, template_dirs))


def zawgyi_gate(loaded: Loaded) -> None:
    """Refuse a release with Zawgyi text (raise ZawgyiRefusedError naming each place)."""
    problems = zawgyi_problems(loaded.doc)
    if problems:
        raise ZawgyiRefusedError(problems)


def preflight(loaded: Loaded, memo: Memo = NO_MEMO) -> list[Problem]:
    """Every problem ``thadin check`` and the preflight panel show, text checks first."""
    text = sorted([*zawgyi_problems(loaded.doc, memo), *normalization_problems(loaded.doc, memo)],
                  key=lambda p: (p.line or 0, p.field))
    return (text + check_release(loaded.release, loaded.doc, memo) + link_problems(loaded.release, memo)
            + page_fit_problems(loaded.release, memo))


def plan(loaded: Loaded, out_dir: Path | None = None, paths: dict[str, Path | None] | None = None,
         formats: tuple[str, ...] = FORMATS) -> list[Output]:
    """Decide the output files (after the Zawgyi gate, so a refused release plans nothing)."""
    zawgyi_gate(loaded)
    return plan_outputs(loaded.release, out_dir, paths, formats)


def iter_export(loaded: Loaded, outputs: list[Output], options: ExportOptions | None = None
                ) -> Iterator[Progress]:
    """Export with progress (the GUI runs this on a worker thread); one render at a time."""
    zawgyi_gate(loaded)
    with RENDER_LOCK:
        yield from _iter_export(loaded.release, outputs, options or ExportOptions())


def export(loaded: Loaded, outputs: list[Output], options: ExportOptions | None = None) -> list[Output]:
    """Export without progress; return the outputs written."""
    for _ in iter_export(loaded, outputs, options):
        pass
    return outputs


@dataclass
class Preview:
    """What the preview shows for one snapshot: the PDF bytes an export would write, and why not."""

    pdf: bytes | None = None
    problems: list[Problem] = field(default_factory=list)
    error: str = ""
    note_numbers: dict[str, int] = field(default_factory=dict)
    #: What each language's citations print: citing language → note id → number.
    citation_numbers: dict[str, dict[str, int]] = field(default_factory=dict)
    #: Page (0-based) on which each body block starts: (language, block index) → page.
    block_pages: dict[tuple[str, int], int] = field(default_factory=dict)


def preview(text: str, path: Path, template_dirs: Iterable[Path] | None = None,
            early: Callable[[bytes], None] | None = None) -> Preview:
    """Validate, check and render a draft snapshot exactly as ``thadin export`` would (never raises).

    *early* gets the PDF of the pages up to the edited one while the rest is laid out
    (only when the last preview was of the same release and more pages follow).
    """
    from .errors import ReleaseError
    from .writers.pdf import render_pdf

    front = front_half(path)
    try:
        with front.lock:
            loaded = front.load(text, path, template_dirs)
            problems = front.preflight(loaded)
            if any(p.severity == Severity.ERROR for p in problems):
                # Zawgyi: export refuses it, so the preview shows no pages for it either (the window
                # keeps the last good ones, greyed, as for any error).
                return Preview(None, problems)
            resolved = front.resolve(loaded.release)
        with RENDER_LOCK:
            pdf = render_pdf(resolved, reuse_layout=True, early=early)  # from the edited page on
        # A note with a text per language has a number per language: the table shows the first.
        first_numbers = {note_id: numbers[0] for note_id, numbers in resolved.numbers_by_id().items()}
        return Preview(pdf, problems, note_numbers=first_numbers, citation_numbers=resolved.numbers_by_citation())
    except ReleaseError as exc:
        nothing_written = any(p.field in ("headline", "body") and "required" in p.message for p in exc.problems)
        return Preview(blank_page(text, path, template_dirs) if nothing_written else None, exc.problems)
    except PageOverflowError as exc:
        return Preview(None, exc.for_release(loaded.release).problems)
    except ThadinError as exc:
        return Preview(None, [], str(exc))


def letterhead_page(letterhead: Path, date: dt.date | None = None, languages: Iterable[str] = ()) -> bytes:
    """Render a release with no text yet on *letterhead*: the page exactly as the writer draws it.

    A new release shows this in the preview at once, and the start screen draws its
    letterhead thumbnails from it. Raises ReleaseError when the letterhead is refused.
    """
    from .fileformat.letterhead import load_letterhead
    from .model import Text
    from .resolve import resolve
    from .writers.pdf import render_pdf

    loaded = load_letterhead(letterhead)
    langs = list(languages) or list(loaded.languages)
    release = Release(None, loaded, date or dt.date.today(), Text(dict.fromkeys(langs, "")),
                      {lang: () for lang in langs})
    with RENDER_LOCK:
        return render_pdf(resolve(release))


def blank_page(text: str, path: Path, template_dirs: Iterable[Path] | None = None) -> bytes | None:
    """Return the letterhead page of a release in which nothing is written yet, else None.

    A blank release is refused by the loader (headline and body are required), yet the
    person who just chose a letterhead should see it at once; once they type, the
    ordinary preview (or its stale notice) takes over.
    """
    from .errors import ReleaseError
    from .fileformat.letterhead import LetterheadNotFoundError, find_letterhead
    from .resources import templates_dir

    try:
        data = parse_yaml_text(text, path).data
    except ReleaseError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("letterhead"), str):
        return None
    written = [data.get(key) for key in ("headline", "body", "footnotes", "contact", "signatories")]
    if any(_has_text(value) for value in written):
        return None
    languages = [lang for key in ("headline", "body") if isinstance(data.get(key), dict)
                 for lang in data[key] if isinstance(lang, str)]
    date = data.get("date") if isinstance(data.get("date"), dt.date) else None
    search = list(template_dirs) if template_dirs is not None else [templates_dir()]
    try:
        found = find_letterhead(data["letterhead"], path, search)
        return letterhead_page(found, date, dict.fromkeys(languages))
    except (ReleaseError, LetterheadNotFoundError, ThadinError):
        return None


def _has_text(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, dict):
        return any(_has_text(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_has_text(v) for v in value)
    return value is not None
