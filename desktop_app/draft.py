"""An editable release: the file's own fields, markup unparsed, as the GUI edits them.

The GUI never builds a ``Release`` by hand: it edits a ``Draft`` (the YAML data, field by
field), writes it out with :meth:`Draft.to_yaml` and reads it back through the same
loader the CLI uses — so the preview, the export and ``thadin check`` all see exactly
what the saved file will contain. Qt-free, so it is tested like the rest of the pipeline.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import yaml

from .atomicio import write_bytes_atomic
from .errors import Problem, ReleaseError
from .fileformat.release import RELEASE_FIELDS, parse_release
from .fileformat.yamlsource import parse_yaml_text, read_yaml_file
from .model import Release
from .roundtrip import rewrite

FieldPath = tuple[str | int, ...]
#: The name an unsaved draft is validated under (letterheads are then looked up in the
#: user's and the bundled templates only).
UNTITLED = "untitled.release.yaml"
_CONTACT_ORDER = ["intro", "email", "phone", "website", "signal"]


class _Dumper(yaml.SafeDumper):
    """Writes multi-line text as ``|`` blocks, so a release diffs and mails like prose."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    if "\n" in value:  # prose: a "|" block, which ends with one newline
        return dumper.represent_scalar("tag:yaml.org,2002:str", value.rstrip("\n") + "\n", style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _represent_str)


def _ordered(data: dict[str, Any]) -> dict[str, Any]:
    """Return the release's keys in the order FORMAT.md lists them (unknown keys last, kept)."""
    out = {k: data[k] for k in RELEASE_FIELDS if k in data}
    out.update({k: v for k, v in data.items() if k not in out})
    if isinstance(out.get("contact"), dict):
        contact = out["contact"]
        out["contact"] = {k: contact[k] for k in _CONTACT_ORDER if k in contact} | \
            {k: v for k, v in contact.items() if k not in _CONTACT_ORDER}
    return out


def _dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)


#: The last text written for each field (or body language), with the value object it was written from.
_WRITTEN: dict[tuple[str, ...], tuple[Any, str]] = {}

#: What PyYAML's emitter escapes in a text (allow_unicode), and so writes it double-quoted.
_SPECIAL = re.compile("[^\n\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010fffe]")
#: A space before a line break: PyYAML double-quotes such a text too (but a block reads it back as it is).
_SPACE_BREAK = re.compile(" [\n\x85\u2028\u2029]")
#: Line breaks other than "\n": a ``|`` block writes them its own way.
_OTHER_BREAKS = re.compile("[\x85\u2028\u2029]")
#: What PyYAML's double-quoted writer escapes (allow_unicode), as its ``write_double_quoted`` decides.
_ESCAPED = re.compile('["\\\\\x85\u2028\u2029\ufeff]|[^\x20-\x7e\xa0-\ud7ff\ue000-\ufffd]')
_WIDTH = 100  # yaml.dump's width in _dump
#: Per (field, language): how PyYAML starts the value ("|" block: header and line indent;
#: double quotes: header and the indent of folded lines), None where it is not as expected.
_HEADS: dict[tuple[str, ...], tuple[str, str, str, str] | None] = {}


def _heads(place: tuple[str, ...]) -> tuple[str, str, str, str] | None:
    """Return the ``|`` block's header and line indent and the quoted value's, probed once per field."""
    if place not in _HEADS:
        _HEADS[place] = None
        block = _dump({place[0]: {place[1]: "x\nx"}})
        head, _, rest = block.partition("|\n")
        indent = rest[: len(rest) - len(rest.lstrip(" "))]
        quoted = _dump({place[0]: {place[1]: "x \n" + "y " * 60}})
        quote_head = quoted[: quoted.find('"') + 1]
        lines = quoted.split("\n")
        fold = lines[-2][: len(lines[-2]) - len(lines[-2].lstrip(" "))] if len(lines) > 2 else ""
        heads = (head + "|\n", indent, quote_head, fold)
        if (block == f"{head}|\n{indent}x\n{indent}x\n" and quote_head.endswith(': "') and fold
                and _block(heads, "x\nx\n") == block and _quoted(heads, "x \n" + "y " * 60 + "\n") == quoted):
            _HEADS[place] = heads
    return _HEADS[place]


def _block(heads: tuple[str, str, str, str], text: str) -> str:
    """*text* as a ``|`` block: its lines indented, blank lines left empty (PyYAML's ``write_literal``)."""
    head, indent = heads[0], heads[1]
    return head + "\n".join(indent + line if line else "" for line in text[:-1].split("\n")) + "\n"


def _quoted(heads: tuple[str, str, str, str], text: str) -> str:
    """*text* double-quoted and folded as PyYAML's ``write_double_quoted`` writes it (width 100).

    The same steps as its loop, but it jumps over the characters where nothing can happen:
    neither escaped nor a space past the width, and not just after an escape.
    """
    head, fold = heads[2], heads[3]
    out = [head]
    column = len(head) - head.rfind("\n") - 1
    replacements = yaml.emitter.Emitter.ESCAPE_REPLACEMENTS
    n = len(text)
    start = end = 0
    while end <= n:
        if start < end:  # skip to the next escape, or the next space past the width
            found = _ESCAPED.search(text, end)
            nearest = found.start() if found else n
            space = text.find(" ", max(end, _WIDTH - column + start + 1), nearest)
            end = space if space != -1 else nearest
        ch = text[end] if end < n else None
        if ch is None or _ESCAPED.match(ch):
            if start < end:
                out.append(text[start:end])
                column += end - start
                start = end
            if ch is not None:
                if ch in replacements:
                    data = "\\" + replacements[ch]
                elif ch <= "\xff":
                    data = f"\\x{ord(ch):02X}"
                elif ch <= "\uffff":
                    data = f"\\u{ord(ch):04X}"
                else:
                    data = f"\\U{ord(ch):08X}"
                out.append(data)
                column += len(data)
                start = end + 1
        if 0 < end < n - 1 and (ch == " " or start >= end) and column + (end - start) > _WIDTH:
            data = text[start:end] + "\\"
            if start < end:
                start = end
            out.append(data + "\n" + fold)
            column = len(fold)
            if text[start] == " ":
                out.append("\\")
                column += 1
        end += 1
    out.append('"\n')
    return "".join(out)


def _written_fast(place: tuple[str, ...], text: str) -> str | None:
    """Return ``key:`` / ``lang: |`` and *text* as a block (or double-quoted), or None for PyYAML to write.

    PyYAML's emitter looks at and writes a value one character at a time in Python (≈0.3 s
    for the English body of a 200-page release, after each typing pause). A text of
    printable characters with newlines as its only breaks, starting with neither a space
    nor a line break, is written as a ``|`` block: its lines indented, blank lines empty —
    as PyYAML writes it, except that PyYAML double-quotes and folds a text with a space
    before a line break (a paragraph typed "word " then Enter), which a block keeps as it
    is too. Prose stays prose in the file, and the preview's front half re-reads only the
    edited block's lines (``fileformat/yamledit.py``): a quoted body was parsed whole after
    every pause (≈1 s at 200 pages). A text with a character PyYAML escapes is
    double-quoted, escaped and folded as PyYAML does. ``tests/test_draft.py`` holds the
    output equal to ``yaml.dump`` (the block with spaces before breaks: reading back the same).
    """
    heads = _heads(place)
    if heads is None:
        return None
    text = text.rstrip("\n") + "\n"  # what _represent_str hands the emitter
    special = _SPECIAL.search(text) is not None
    if not special and text[0] not in " \n" and not _OTHER_BREAKS.search(text):
        return _block(heads, text)
    if special or _SPACE_BREAK.search(text):
        return _quoted(heads, text)
    return None  # a block with an indentation or keep indicator, or other breaks: PyYAML writes it


def _dumped(key: str, value: Any, place: tuple[str, ...]) -> str:
    """Return ``key: value`` as the file writes it ("" when pruning leaves nothing), once per value object."""
    part = value[place[1]] if len(place) > 1 else value
    known = _WRITTEN.get(place)
    if known is not None and known[0] is part:
        return known[1]
    fast = _written_fast(place, part) if len(place) > 1 and isinstance(part, str) and "\n" in part else None
    if fast is not None:
        _WRITTEN[place] = (part, fast)
        return fast
    pruned = _prune({key: {place[1]: part} if len(place) > 1 else part})
    text = _dump(_ordered(pruned)) if pruned else ""
    _WRITTEN[place] = (part, text)
    return text


def _without_final_newlines(value: Any) -> Any:
    """Strip the newline a ``|`` block ends with, so editors show just the text."""
    if isinstance(value, str):
        return value.rstrip("\n") if "\n" in value else value
    if isinstance(value, dict):
        return {k: _without_final_newlines(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_final_newlines(v) for v in value]
    return value


def _prune(value: Any) -> Any:
    """Drop empty strings, mappings and lists left behind by editing."""
    if isinstance(value, dict):
        pruned = {k: _prune(v) for k, v in value.items()}
        return {k: v for k, v in pruned.items() if v not in ("", None, {}, [])}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value


def _replaced(node: Any, path: FieldPath, value: Any) -> Any:
    """Return *node* with *value* at *path*: new containers along the path, the rest shared.

    A mapping is created where the path runs through something that is not a container.
    """
    if not path:
        return value
    key, rest = path[0], path[1:]
    if isinstance(node, list):
        index = cast(int, key)  # a FieldPath indexes lists by position
        out = list(node)
        out[index] = _replaced(node[index], rest, value)
        return out
    out_map = dict(node) if isinstance(node, dict) else {}
    child = out_map.get(key)
    out_map[key] = _replaced(child if isinstance(child, (dict, list)) or not rest else {}, rest, value)
    return out_map


@dataclass(frozen=True)
class Original:
    """The release file as last opened or saved: its bytes and the data they hold."""

    raw: bytes
    data: dict[str, Any]


class Draft:
    """A release being edited: plain data addressed by field paths such as ``("body", "my")``."""

    def __init__(self, data: dict[str, Any], path: Path | None = None, suggested_name: str | None = None,
                 original: Original | None = None) -> None:
        self.data = data
        self.path = path
        #: The file name offered by Save As while the draft has no path (a copy of the sample).
        self.suggested_name = suggested_name
        #: The file's text and data as last opened or saved: Save rewrites only what changed since.
        self.original = original

    # -- creating and opening ------------------------------------------------------------
    @classmethod
    def new(cls, letterhead: str, languages: Iterable[str] = ("my", "en"), date: dt.date | None = None) -> Draft:
        """Return a blank release on *letterhead*, with an empty field per language."""
        languages = list(languages)
        return cls({
            "thadin": 1,
            "letterhead": letterhead,
            "date": date or dt.date.today(),
            "headline": {lang: "" for lang in languages},
            "body": {lang: "" for lang in languages},
        })

    @classmethod
    def open(cls, path: Path) -> Draft:
        """Open a release file for editing; raise ReleaseError only if it is not YAML at all."""
        data = _without_final_newlines(read_yaml_file(path).data or {})
        if not isinstance(data, dict):
            raise ReleaseError([Problem(path, 1, 1, "", "the file does not hold a release",
                                        "a release is a list of fields such as 'headline:' and 'body:'")])
        try:
            raw = path.read_bytes()
        except OSError:
            raw = None
        original = Original(raw, copy.deepcopy(data)) if raw is not None else None
        return cls(data, path, original=original)

    @classmethod
    def from_yaml(cls, text: str, path: Path | None = None) -> Draft:
        """Return a draft from release YAML held in memory (a recovered autosave of *path*)."""
        draft = cls(_without_final_newlines(parse_yaml_text(text, path or Path(UNTITLED)).data or {}), path)
        if path is not None:
            try:  # Save then rewrites only what the recovered text changed in the file
                draft.original = Draft.open(path).original
            except (ReleaseError, OSError):
                draft.original = None
        return draft

    def copy(self) -> Draft:
        """Return a snapshot that later edits never change, in constant time.

        Edits never change a mapping or list in place: :meth:`set` and :meth:`delete` copy
        the containers on the field's path and replace the root (a handful of small
        containers, whatever the release's length). So a snapshot shares every container
        with the draft, and the preview and the autosave serialise it on a worker thread
        while typing goes on.
        """
        return Draft(self.data, self.path, self.suggested_name, self.original)

    # -- fields ----------------------------------------------------------------------------
    def get(self, path: FieldPath, default: Any = "") -> Any:
        """Return the value at *path*, or *default* when any part of it is missing."""
        node: Any = self.data
        for key in path:
            if isinstance(node, dict) and key in node:
                node = node[key]
            elif isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
                node = node[key]
            else:
                return default
        return node

    def set(self, path: FieldPath, value: Any) -> None:
        """Set the value at *path*, creating mappings on the way (copying, never changing, containers)."""
        self.data = _replaced(self.data, path, value)

    def delete(self, path: FieldPath) -> None:
        """Remove the value at *path* if present (copying the containers on its path)."""
        parent = self.get(path[:-1], None)
        if isinstance(parent, dict) and path[-1] in parent:
            self.data = _replaced(self.data, path[:-1], {k: v for k, v in parent.items() if k != path[-1]})
        elif isinstance(parent, list) and isinstance(path[-1], int) and 0 <= path[-1] < len(parent):
            self.data = _replaced(self.data, path[:-1], parent[:path[-1]] + parent[path[-1] + 1:])

    @property
    def languages(self) -> list[str]:
        """The languages this draft is written in (headline and body)."""
        found = list(self.get(("body",), {}) or {}) + list(self.get(("headline",), {}) or {})
        return list(dict.fromkeys(k for k in found if isinstance(k, str)))

    # -- files -----------------------------------------------------------------------------
    def to_yaml(self) -> str:
        """Return the release file's text, fields in FORMAT.md's order, prose as ``|`` blocks.

        Written field by field (each body language apart), and a field whose value is the
        same object as at the last call is not written again: edits replace the values
        they change and share the rest (see :meth:`copy`), so after typing in one body
        only that body is serialised again. The text is the same as one ``yaml.dump`` of
        the whole release, except that a body with a space before a line break stays a
        ``|`` block (see ``_written_fast``; tests/test_draft.py compares them).
        """
        parts = []
        for key in _ordered(self.data):
            value = self.data[key]
            if key == "body" and isinstance(value, dict) and value:
                pieces = [_dumped(key, value, (key, lang)) for lang in value]
                if not any(pieces):
                    continue  # pruned away, as a whole dump leaves it out
                head = f"{key}:\n"
                if all(piece.startswith(head) for piece in pieces if piece):
                    parts.append(head + "".join(piece[len(head):] for piece in pieces))
                    continue
            parts.append(_dumped(key, value, (key,)))
        return "".join(parts) or _dump({})

    def file_bytes(self) -> bytes:
        """Return what Save writes: the opened file with only the changed fields rewritten.

        An unchanged draft gives the file's bytes back (BOM and line endings too); a draft
        with no file, or a file ruamel.yaml cannot keep, is written afresh by :meth:`to_yaml`.
        """
        if self.original is None:
            return self.to_yaml().encode("utf-8")
        new = _prune(self.data)
        old = _prune(self.original.data)
        if old == new:
            return self.original.raw
        text = self.original.raw.decode("utf-8-sig")
        try:
            out = rewrite(text.replace("\r\n", "\n"), old, new, RELEASE_FIELDS)
            back = _prune(_without_final_newlines(parse_yaml_text(out, self.validation_path).data))
        except (ValueError, ReleaseError):
            return self.to_yaml().encode("utf-8")
        if back != new:  # what is written must read back as exactly the draft
            return self.to_yaml().encode("utf-8")
        if "\r\n" in text:
            out = out.replace("\n", "\r\n")
        bom = b"\xef\xbb\xbf" if self.original.raw.startswith(b"\xef\xbb\xbf") else b""
        return bom + out.encode("utf-8")

    def release(self, template_dirs: Iterable[Path] | None = None) -> Release:
        """Validate through the file loader; raise ReleaseError with every problem."""
        return parse_release(self.to_yaml(), self.validation_path, template_dirs)

    @property
    def validation_path(self) -> Path:
        """The path problems are reported against (and exports named after)."""
        return self.path or Path(self.suggested_name or UNTITLED)

    def save(self, path: Path | None = None) -> Path:
        """Write the release file atomically (to *path*, which becomes the draft's path)."""
        target = path or self.path
        if target is None:
            raise ValueError("an untitled draft needs a path to save to")
        raw = self.file_bytes()
        write_bytes_atomic(target, raw)
        self.path = target
        self.original = Original(raw, copy.deepcopy(self.data))
        return target
