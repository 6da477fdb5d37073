"""Re-read a release after an edit inside one ``|`` text block without parsing the whole file again.

The preview parses the draft after every typing pause, and between two pauses a person
usually changed the text of one block scalar (a body, a note written with ``|``). A full
parse of a 200-page release costs over a hundred milliseconds even through libyaml; this
takes the last parse, replaces that one value and moves the lines of everything after it.

It answers only when it can tell the result equals a full parse (``parse_yaml_text``):

* the last text was read by the libyaml fast path and the new text passes that path's
  checks too (the changed lines are the only new text: the checks are line-local);
* the change lies inside the content lines of one literal block scalar written exactly
  ``key: |`` (no chomping or indentation indicator, no anchor, tag or comment), with no
  carriage returns anywhere;
* YAML's rules for that scalar — indentation taken from its first non-empty line, the
  scalar ended by the first non-empty line indented less — give, in the old text, the value
  libyaml read (checked every time), and in the new text a scalar that ends on the same
  line as before (moved by the lines added or removed), so the text after it, and so its
  parse, is unchanged but for line numbers;
* no line of only spaces longer than the indentation (YAML reads those as text or as
  trailing blank lines depending on what follows) and the scalar does not end the file.

Otherwise it returns None and the caller parses in full. ``tests/fileformat/test_yaml_edit.py``
holds it equal to a full parse on generated edits.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from .yamlsource import _PURE_ONLY, _UNREADABLE, Location, PathKey, YamlDocument

_CHUNK = 4096


@dataclass(frozen=True)
class Edit:
    """What changed between two texts: the changed scalar's path and how many lines were added."""

    path: PathKey
    header_line: int  # 1-based line of ``key: |``
    delta: int  # lines added (negative: removed); locations after the scalar move by this


def common_prefix(a: str, b: str) -> int:
    """Length of the longest common prefix of *a* and *b* (compared a chunk at a time, in C)."""
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i:i + _CHUNK] == b[i:i + _CHUNK]:
        i += _CHUNK
    i = min(i, n)
    j = min(i + _CHUNK, n)
    while i < j and a[i] == b[i]:
        i += 1
    return i


def common_suffix(a: str, b: str, limit: int) -> int:
    """Length of the longest common suffix of *a* and *b*, at most *limit*."""
    k = 0
    la, lb = len(a), len(b)
    while k + _CHUNK <= limit and a[la - k - _CHUNK:la - k] == b[lb - k - _CHUNK:lb - k]:
        k += _CHUNK
    while k < limit and a[la - k - 1] == b[lb - k - 1]:
        k += 1
    return k


def _literal(lines: list[str], header: int) -> tuple[str, int, int] | None:
    """Read the clip literal scalar whose ``|`` ends line *header* (0-based): (value, end, indent).

    *end* is the index of the first line after the scalar. None when the scalar is one this
    module does not take (empty, ending the file, or with a blank line of more spaces than
    its indentation).
    """
    n = len(lines)
    i = header + 1
    while i < n and not lines[i].strip(" "):
        i += 1
    if i >= n:
        return None
    first = lines[i]
    indent = len(first) - len(first.lstrip(" "))
    if indent == 0:
        return None
    for k in range(header + 1, i):
        if len(lines[k]) > indent:
            return None  # a leading blank line longer than the indentation: libyaml's rules differ
    prefix = " " * indent
    out: list[str] = []
    k = header + 1
    while k < n:
        line = lines[k]
        if line.startswith(prefix):
            rest = line[indent:]
            if rest and not rest.strip(" "):
                return None  # spaces only, beyond the indentation
            out.append(rest)
        elif line.strip(" "):
            break  # less indented text ends the scalar
        else:
            out.append("")
        k += 1
    if k >= n:
        return None  # the scalar ends the file
    while out and not out[-1]:
        out.pop()
    return ("\n".join(out) + "\n" if out else ""), k, indent


class _Literals:
    """The ``key: |`` scalars of a document, by header line."""

    def __init__(self, doc: YamlDocument, lines: list[str]) -> None:
        found = []
        for path, loc in doc.values.items():
            if loc.style != "|" or not path:
                continue
            line = lines[loc.line - 1] if loc.line - 1 < len(lines) else ""
            if line[loc.column - 1:] == "|":
                found.append((loc.line - 1, path))
        found.sort()
        self.headers = [h for h, _ in found]
        self.paths = [p for _, p in found]

    def before(self, line: int) -> tuple[int, PathKey] | None:
        """Return the last literal scalar whose header is above 0-based *line*."""
        k = bisect_right(self.headers, line - 1)
        return (self.headers[k - 1], self.paths[k - 1]) if k else None


def _replaced(data: Any, path: PathKey, value: str) -> Any:
    """Return *data* with the value at *path* replaced, copying only the containers on the path."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    copy = dict(data) if isinstance(data, dict) else list(data)
    copy[head] = _replaced(data[head], rest, value)  # type: ignore[index]
    return copy


def _moved(locations: dict[PathKey, Location], after: int, delta: int) -> dict[PathKey, Location]:
    if not delta:
        return locations
    return {path: (Location(loc.line + delta, loc.column, loc.style) if loc.line > after else loc)
            for path, loc in locations.items()}


def reparse(old_text: str, old: YamlDocument, text: str) -> tuple[YamlDocument, Edit] | None:
    """Return the parse of *text* from *old*'s (the parse of *old_text*) and what changed, or None.

    *old* must come from the libyaml fast path; see the module docstring for when this answers.
    """
    if text == old_text or "\r" in text:
        return None
    prefix = common_prefix(old_text, text)
    suffix = common_suffix(old_text, text, min(len(old_text), len(text)) - prefix)
    start = old_text.rfind("\n", 0, prefix) + 1
    old_end = old_text.find("\n", len(old_text) - suffix)
    new_end = text.find("\n", len(text) - suffix)
    if old_end < 0 or new_end < 0:
        return None  # the change reaches the last line
    changed = text[start:new_end]
    if _PURE_ONLY.search(changed) or _UNREADABLE.search(changed):
        return None
    first = old_text.count("\n", 0, start)  # 0-based line where the change starts
    old_lines = old_text.split("\n")
    delta = changed.count("\n") - old_text.count("\n", start, old_end)
    found = _Literals(old, old_lines).before(first)
    if found is None:
        return None
    header, path = found
    before = _literal(old_lines, header)
    if before is None or before[0] != _get(old.data, path):
        return None
    last_old = first + old_text.count("\n", start, old_end)  # last changed line, old text
    if last_old >= before[1]:
        return None  # the change is not inside the scalar's lines
    lines = text.split("\n")
    after = _literal(lines, header)
    if after is None or after[1] != before[1] + delta or after[2] != before[2]:
        return None
    edit = Edit(path, header + 1, delta)
    doc = YamlDocument(old.path, _replaced(old.data, path, after[0]), _moved(old.values, header + 1, delta),
                       _moved(old.keys, header + 1, delta))
    return doc, edit


def _get(data: Any, path: PathKey) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data

