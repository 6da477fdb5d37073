"""Burmese text problems found in a release file as typed: Zawgyi and storage-order slips.

These work on the located YAML (not the parsed model) so each problem names the exact
line, and so ``thadin fix`` can repair the file's text while keeping its layout and
comments. Zawgyi is an error (export refuses it: it would print as garbage); the
normalisation slips are warnings, the safe ones repaired by ``fix``.
"""

from __future__ import annotations

import codecs
import os
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from .atomicio import check_target, write_bytes_atomic, write_new_file
from .errors import Problem, Severity
from .fileformat.yamlsource import (
    MAX_FILE_BYTES,
    PathKey,
    YamlDocument,
    decode_source,
    dotted,
    parse_yaml_text,
    read_source_bytes,
)
from .memo import NO_MEMO, NONE, Memo
from .myanmar.normalize import NormalizationIssue, find_problems, fix_safe
from .myanmar.script import has_myanmar
from .myanmar.zawgyi import Lean, convert_zawgyi, document_lean, zawgyi_spans
from .progname import program_name

ORIGINAL_SUFFIX = ".orig"


def _strings(value: object, path: PathKey = ()) -> Iterator[tuple[PathKey, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, path + (key,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, path + (i,))


def _line(doc: YamlDocument, path: PathKey, text: str, offset: int) -> int | None:
    """File line of ``text[offset]`` in the value at *path* (exact for ``|`` blocks)."""
    loc = doc.values.get(path)
    if loc is None:
        return None
    if loc.style == "|":
        return loc.line + 1 + text.count("\n", 0, offset)
    return loc.line


def _fix_hint(doc: YamlDocument) -> str:
    return f"run: {program_name()} fix {doc.path}"


def release_lean(data: object) -> Lean | None:
    """Return the encoding a release's Burmese as a whole is in (its parsed data): short fields are judged with it."""
    return document_lean(text for _, text in _strings(data) if has_myanmar(text))


def _lean(doc: YamlDocument) -> Lean | None:
    return release_lean(doc.data)


def _parts(data: object) -> list[tuple[PathKey, object]]:
    """Return the parts of a file the memo keeps apart, in file order: top-level fields, a body's languages.

    A small mapping (a text by language) is split into its fields, so an edit in one
    language's body leaves the other's checks as they were; the whole file when it is no mapping.
    """
    if not isinstance(data, dict):
        return [((), data)]
    parts: list[tuple[PathKey, object]] = []
    for key, item in data.items():
        if isinstance(item, dict) and 1 < len(item) <= _SPLIT_UP_TO:
            parts += [((key, sub), value) for sub, value in item.items()]
        else:
            parts.append(((key,), item))
    return parts


_SPLIT_UP_TO = 8


def _memo_lean(doc: YamlDocument, memo: Memo) -> Lean | None:
    """``_lean(doc)``, with each top-level field's Burmese texts remembered by identity."""
    texts = tuple(memo.get("burmese-texts", (item,), path, partial(_burmese_texts, item, path, memo), lines=NONE)
                  for path, item in _parts(doc.data))
    return memo.get("lean", texts, (), lambda: document_lean(text for part in texts for text in part), lines=NONE)


def _burmese_texts(item: object, path: PathKey, memo: Memo) -> tuple[str, ...]:
    return tuple(text for _, text in _strings(item, path) if _burmese(text, memo))


def _burmese(text: str, memo: Memo) -> bool:
    """``has_myanmar(text)``, asked once per text and build: an English body is scanned to its end."""
    return has_myanmar(text) if memo is NO_MEMO else memo.get("burmese", (), text, partial(has_myanmar, text),
                                                              lines=NONE)


def _by_part(kind: str, doc: YamlDocument, memo: Memo, check: Callable[..., tuple[Problem, ...]]) -> list[Problem]:
    """Run *check* on each top-level part of *doc*, remembered per part (an edit re-checks only its part)."""
    lean = _memo_lean(doc, memo)
    problems: list[Problem] = []
    for path, item in _parts(doc.data):
        problems += memo.get(kind, (item, doc.values), (path, lean, doc.path, program_name()),
                             partial(check, doc, item, path, lean, memo))
    return problems


def zawgyi_problems(doc: YamlDocument, memo: Memo = NO_MEMO) -> list[Problem]:
    """One error per field that holds Zawgyi-encoded Burmese, at its first Zawgyi line."""
    return _by_part("zawgyi", doc, memo, _zawgyi_part)


def _zawgyi_part(doc: YamlDocument, item: object, where: PathKey, lean: Lean | None, memo: Memo
                 ) -> tuple[Problem, ...]:
    problems = []
    for path, text in _strings(item, where):
        if not _burmese(text, memo):
            continue
        count, first = _zawgyi_lines(text, lean, memo)
        if count:
            shown = f" ({count} places)" if count > 1 else ""
            problems.append(Problem(doc.path, _line(doc, path, text, first), None, dotted(path),
                                    f"Burmese typed in Zawgyi, not Unicode{shown}; it would print as garbage",
                                    _fix_hint(doc)))
    return tuple(problems)


def _zawgyi_lines(text: str, lean: Lean | None, memo: Memo) -> tuple[int, int]:
    """Return the number of Zawgyi spans in *text* and the offset of the first, line by line.

    ``zawgyi_spans`` reads a text line by line (``splitlines(keepends=True)``) and each
    line's spans depend on that line and the document's lean only; a line's spans are
    remembered by its text, so an edited body is not read again.
    """
    if memo is NO_MEMO:
        whole = zawgyi_spans(text, document=lean)
        return len(whole), whole[0].start if whole else 0
    return memo.get("zawgyi-text", (), (text, lean), partial(_zawgyi_by_line, text, lean, memo))


def _zawgyi_by_line(text: str, lean: Lean | None, memo: Memo) -> tuple[int, int]:
    count, first, offset = 0, 0, 0
    for line in text.splitlines(keepends=True):
        spans = memo.get("zawgyi-line", (), (line, lean), partial(zawgyi_spans, line, document=lean))
        if spans and not count:
            first = offset + spans[0].start
        count += len(spans)
        offset += len(line)
    return count, first


def normalization_problems(doc: YamlDocument, memo: Memo = NO_MEMO) -> list[Problem]:
    """Warnings for Burmese typed in the wrong storage order or with look-alike characters."""
    return _by_part("normalization", doc, memo, _normalization_part)


def _normalization_part(doc: YamlDocument, item: object, where: PathKey, lean: Lean | None, memo: Memo
                        ) -> tuple[Problem, ...]:
    problems = []
    fix_hint = _fix_hint(doc)
    for path, text in _strings(item, where):
        if not _burmese(text, memo) or _zawgyi_lines(text, lean, memo)[0]:
            continue  # Zawgyi is reported (and fixed) as a whole first
        for issue in _issues(text, memo):
            hint = fix_hint + " (it repairs this)" if issue.safe else "check the word and retype it"
            shown = text[issue.offset:issue.end]
            problems.append(Problem(doc.path, _line(doc, path, text, issue.offset), None, dotted(path),
                                    f"{shown!r}: {issue.message}", hint, Severity.WARNING))
    return tuple(problems)


def _issues(text: str, memo: Memo) -> list[NormalizationIssue]:
    r"""``find_problems(text)``; with a memo, piece by piece between empty lines, each piece remembered.

    Every rule looks at a character and its neighbours within a word or syllable, and a
    line break is neither letter, mark nor digit, so nothing is found across ``"\n\n"``
    (``tests/test_front_cache.py`` holds the pieces equal to the whole on the corpus).
    """
    if memo is NO_MEMO:
        return find_problems(text)
    out: list[NormalizationIssue] = []
    offset = 0
    for piece in text.split("\n\n"):
        found = memo.get("normalization-piece", (), piece, partial(find_problems, piece))
        out += [replace(issue, offset=issue.offset + offset) for issue in found] if offset else found
        offset += len(piece) + 2
    return out


@dataclass(frozen=True)
class Change:
    """A line ``thadin fix`` changed, and why."""

    line: int
    field: str
    reasons: tuple[str, ...]


def _field_at(doc: YamlDocument) -> Callable[[int], str]:
    """Return a function naming the field whose value covers a file line (the nearest value at or above it).

    Built once per document and answered by bisection, so naming every changed line of a
    long file stays linear.
    """
    deepest: dict[int, PathKey] = {}
    for path, loc in doc.values.items():
        if path and (loc.line not in deepest or len(path) > len(deepest[loc.line])):
            deepest[loc.line] = path
    lines = sorted(deepest)

    def at(line: int) -> str:
        k = bisect_right(lines, line)
        return dotted(deepest[lines[k - 1]]) if k else ""

    return at


def fix_text(text: str, path: Path) -> tuple[str, list[Change]]:
    """Convert Zawgyi and repair safe normalisation slips, line by line; return the text and changes."""
    doc = parse_yaml_text(text, path)
    lean = _lean(doc)
    field_at = _field_at(doc)
    out, changes = [], []
    for number, line in enumerate(text.split("\n"), start=1):
        reasons = []
        fixed = line
        if has_myanmar(line):
            converted = convert_zawgyi(line, document=lean)
            if converted != line:
                reasons.append("converted from Zawgyi to Unicode")
            repaired = fix_safe(converted)
            if repaired != converted:
                reasons += sorted({i.message for i in find_problems(converted) if i.safe})
            fixed = repaired
        if fixed != line:
            changes.append(Change(number, field_at(number), tuple(reasons)))
        out.append(fixed)
    return "\n".join(out), changes


#: The largest file ``fix`` rewrites (the loader's limit: a release is a few kilobytes).
MAX_FIX_BYTES = MAX_FILE_BYTES


@dataclass(frozen=True)
class FixResult:
    """What ``thadin fix`` did: the changed lines, and where the untouched original was kept."""

    changes: list[Change]
    original: Path | None = None


def original_name(path: Path) -> Path:
    """Return a name for keeping *path*'s original that no file has: ``.orig``, else ``.2.orig``, …."""
    candidate = path.with_name(path.name + ORIGINAL_SUFFIX)
    number = 2
    while os.path.lexists(candidate):
        candidate = path.with_name(f"{path.name}.{number}{ORIGINAL_SUFFIX}")
        number += 1
    return candidate


def fix_file(path: Path) -> FixResult:
    """Repair *path* in place, keeping its original bytes under a new name; return what changed.

    The original is copied byte for byte to ``PATH.orig`` (``PATH.2.orig`` … when that
    exists: the first original is never overwritten). The repaired text keeps the file's
    byte-order mark and line endings. A symlink's target is edited, not replaced by a copy;
    a read-only file, a device or FIFO and a file over the size limit are refused.
    """
    target = Path(os.path.realpath(path))
    raw = read_source_bytes(path, MAX_FIX_BYTES, "a release file holds text only")
    text = decode_source(raw, path)  # with its line endings: nothing is translated
    fixed, changes = fix_text(text, path)
    if not changes:
        return FixResult([])
    parse_yaml_text(fixed, path)  # the repaired text must still be a release file
    check_target(target)  # refuse a read-only file before keeping anything
    bom = codecs.BOM_UTF8 if raw.startswith(codecs.BOM_UTF8) else b""
    original = original_name(path)
    write_new_file(original, raw)
    write_bytes_atomic(target, bom + fixed.encode("utf-8"))
    return FixResult(changes, original)
