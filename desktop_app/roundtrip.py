"""Save keeps the user's file: an edit rewrites only the fields that changed.

A release file is written by people too — comments, flow mappings such as
``label: {en: PRESS RELEASE}``, quoting and folded prose are theirs. Dumping the whole
draft afresh would drop all of that. Here the file as opened is loaded with
ruamel.yaml's round-trip loader, only the values that differ between the data as opened
and the data now are replaced (keeping each scalar's style: ``|`` blocks, quotes), and
the tree is dumped back. Unchanged files are not re-dumped at all. Qt-free.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)

_QUOTED = (DoubleQuotedScalarString, SingleQuotedScalarString)


_KEY_LINE = re.compile(r"^( *)[^\s#-][^:]*:(\s|$)")
_ITEM_LINE = re.compile(r"^( *)- ")


def guess_indent(text: str) -> tuple[int, int]:
    """Return (mapping indent, dash offset of block sequences) as the file's author wrote them."""
    mapping, offset = 0, None
    previous_key_indent = None
    for line in text.splitlines():
        key, item = _KEY_LINE.match(line), _ITEM_LINE.match(line)
        if item and offset is None and previous_key_indent is not None:
            offset = max(len(item.group(1)) - previous_key_indent, 0)
        if key:
            width = len(key.group(1))
            if width and (not mapping or width < mapping):
                mapping = width
            previous_key_indent = width
    return mapping or 2, offset or 0


def _yaml(mapping: int, offset: int) -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-fold the user's lines
    yaml.allow_unicode = True
    yaml.indent(mapping=mapping, sequence=offset + 2, offset=offset)
    return yaml


def _scalar(old: Any, new: Any) -> Any:
    """Return *new* in the style *old* was written in (a ``|`` block stays one, quotes stay)."""
    if not isinstance(new, str):
        return new
    if isinstance(old, (LiteralScalarString, FoldedScalarString)) or "\n" in new:
        keep_newline = not isinstance(old, str) or str(old).endswith("\n") or "\n" in new
        return LiteralScalarString(new.rstrip("\n") + ("\n" if keep_newline else ""))
    if isinstance(old, _QUOTED):
        return type(old)(new)
    return new if _plain_reads_back(new) else DoubleQuotedScalarString(new)


def _plain_reads_back(text: str) -> bool:
    """Return whether PyYAML (our loader) reads *text* written plain, in block and flow context, as itself."""
    try:
        return all(yaml.safe_load(doc) == {"k": text} for doc in (f"k: {text}\n", f"{{k: {text}}}\n"))
    except yaml.YAMLError:
        return False


def _flow_like(siblings: Sequence[Any]) -> bool:
    return any(isinstance(s, (CommentedMap, CommentedSeq)) and s.fa.flow_style() for s in siblings)


def _fresh(value: Any, flow: bool) -> Any:
    """Build a round-trip node for a value the file did not have (flow style like its siblings)."""
    if isinstance(value, dict):
        node = CommentedMap()
        for key, item in value.items():
            node[key] = _fresh(item, False)
        if flow and all(isinstance(v, str) and "\n" not in v for v in value.values()):
            node.fa.set_flow_style()
        return node
    if isinstance(value, list):
        items = CommentedSeq()
        for item in value:
            items.append(_fresh(item, flow))
        return items
    return _scalar(None, value)


def _insert_at(node: CommentedMap, key: Any, value: Any, order: Sequence[str]) -> None:
    """Insert *key* where *order* puts it among the keys already there (else at the end)."""
    if key in order:
        rank = order.index(key)
        keys = list(node.keys())
        for position, existing in enumerate(keys):
            if existing in order and order.index(existing) > rank:
                node.insert(position, key, value)
                return
    node[key] = value


def _merge(node: Any, old: Any, new: Any, order: Sequence[str] = ()) -> Any:
    """Return *node* (round-trip) changed from *old* to *new* (plain data) where they differ."""
    if old == new and type(old) is type(new):
        return node
    if isinstance(node, CommentedMap) and isinstance(old, dict) and isinstance(new, dict):
        for key in [k for k in node if k in old and k not in new]:
            del node[key]
        flow = _flow_like(list(node.values()))
        for key, value in new.items():
            if key in node and key in old:
                node[key] = _merge(node[key], old[key], value)
            else:
                _insert_at(node, key, _fresh(value, flow), order)
        return node
    if isinstance(node, CommentedSeq) and isinstance(old, list) and isinstance(new, list):
        flow = _flow_like(list(node))
        while len(node) > len(new):
            del node[-1]
        for i, value in enumerate(new):
            if i < len(node) and i < len(old):
                node[i] = _merge(node[i], old[i], value)
            else:
                node.append(_fresh(value, flow))
        return node
    if isinstance(new, (dict, list)):
        return _fresh(new, _flow_like([node]))
    return _scalar(node, new)


def rewrite(original: str, old: dict[str, Any], new: dict[str, Any], order: Sequence[str] = ()) -> str:
    """Return *original* with the values that differ between *old* and *new* rewritten.

    *old* is the file's data as the loader read it, *new* the data to save; top-level
    keys the file lacks are inserted in *order*. Raises ValueError when ruamel.yaml cannot
    read the file (callers then write it afresh).
    """
    if old == new:
        return original
    yaml = _yaml(*guess_indent(original))
    try:
        tree = yaml.load(original)
    except Exception as exc:  # noqa: BLE001 - any parser complaint means: write it afresh
        raise ValueError(f"cannot keep the file's layout: {exc}") from None
    if not isinstance(tree, CommentedMap):
        raise ValueError("the file is not a mapping")
    _merge(tree, old, new, order)
    out = io.StringIO()
    yaml.dump(tree, out)
    return out.getvalue()
