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
from dataclasses import dataclass
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
from .myanmar.normalize import find_problems, fix_safe
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
        return loc.line + 1 + text[:offset].count("\n")
    return loc.line


def _fix_hint(doc: YamlDocument) -> str:
    return f"run: {program_name()} fix {doc.path}"


def release_lean(data: object) -> Lean | None:
    """Return the encoding a release's Burmese as a whole is in (its parsed data): short fields are judged with it."""
    return document_lean(text for _, text in _strings(data) if has_myanmar(text))


def _lean(doc: YamlDocument) -> Lean | None:
    return release_lean(doc.data)


def zawgyi_problems(doc: YamlDocument) -> list[Problem]:
    """One error per field that holds Zawgyi-encoded Burmese, at its first Zawgyi line."""
    problems = []
    lean = _lean(doc)
    for path, text in _strings(doc.data):
        if not has_myanmar(text):
            continue
        spans = zawgyi_spans(text, document=lean)
        if spans:
            count = f" ({len(spans)} places)" if len(spans) > 1 else ""
            problems.append(Problem(doc.path, _line(doc, path, text, spans[0].start), None, dotted(path),
                                    f"Burmese typed in Zawgyi, not Unicode{count}; it would print as garbage",
                                    _fix_hint(doc)))
    return problems


def normalization_problems(doc: YamlDocument) -> list[Problem]:
    """Warnings for Burmese typed in the wrong storage order or with look-alike characters."""
    problems = []
    lean = _lean(doc)
    for path, text in _strings(doc.data):
        if not has_myanmar(text) or zawgyi_spans(text, document=lean):
            continue  # Zawgyi is reported (and fixed) as a whole first
        for issue in find_problems(text):
            hint = _fix_hint(doc) + " (it repairs this)" if issue.safe else "check the word and retype it"
            shown = text[issue.offset:issue.end]
            problems.append(Problem(doc.path, _line(doc, path, text, issue.offset), None, dotted(path),
                                    f"{shown!r}: {issue.message}", hint, Severity.WARNING))
    return problems


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
