"""Burmese text problems found in a release file as typed: Zawgyi and storage-order slips.

These work on the located YAML (not the parsed model) so each problem names the exact
line, and so ``thadin fix`` can repair the file's text while keeping its layout and
comments. Zawgyi is an error (export refuses it: it would print as garbage); the
normalisation slips are warnings, the safe ones repaired by ``fix``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .atomicio import write_text_atomic
from .errors import Problem, ReleaseError
from .fileformat.yamlsource import PathKey, YamlDocument, dotted, parse_yaml_text
from .myanmar.normalize import find_problems, fix_safe
from .myanmar.script import has_myanmar
from .myanmar.zawgyi import Lean, convert_zawgyi, document_lean, zawgyi_spans

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
    return f"run: thadin fix {doc.path}"


def _lean(doc: YamlDocument) -> Lean | None:
    """Return the encoding the file's Burmese as a whole is in: short fields are judged with it."""
    return document_lean(text for _, text in _strings(doc.data) if has_myanmar(text))


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
                                    f"{shown!r}: {issue.message}", hint, "warning"))
    return problems


@dataclass(frozen=True)
class Change:
    """A line ``thadin fix`` changed, and why."""

    line: int
    field: str
    reasons: tuple[str, ...]


def _field_at(doc: YamlDocument, line: int) -> str:
    """Return the field whose value covers file line *line* (the nearest value starting at or above it)."""
    best: tuple[int, int, PathKey] | None = None
    for path, loc in doc.values.items():
        if path and loc.line <= line and (best is None or (loc.line, len(path)) > best[:2]):
            best = (loc.line, len(path), path)
    return dotted(best[2]) if best else ""


def fix_text(text: str, path: Path) -> tuple[str, list[Change]]:
    """Convert Zawgyi and repair safe normalisation slips, line by line; return the text and changes."""
    doc = parse_yaml_text(text, path)
    lean = _lean(doc)
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
            changes.append(Change(number, _field_at(doc, number), tuple(reasons)))
        out.append(fixed)
    return "\n".join(out), changes


def fix_file(path: Path) -> list[Change]:
    """Repair *path* in place (atomically), keeping the original as ``PATH.orig``; return the changes."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ReleaseError([Problem(path, None, None, "", "file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ReleaseError([Problem(path, None, None, "", f"cannot read the file: {exc}")]) from None
    fixed, changes = fix_text(text, path)
    if not changes:
        return []
    parse_yaml_text(fixed, path)  # the repaired text must still be a release file
    write_text_atomic(path.with_name(path.name + ORIGINAL_SUFFIX), text)
    write_text_atomic(path, fixed)
    return changes
