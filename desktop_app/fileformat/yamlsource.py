"""Read YAML with PyYAML's safe loader and remember where every value came from.

Validation messages must name the line and column of the offending value, which plain
``yaml.safe_load`` forgets. We compose the node graph with the safe loader, construct
each scalar with the safe constructor (so types are exactly YAML 1.1's as PyYAML reads
them) and record a :class:`Location` for every key and value, addressed by its path.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import Problem, ReleaseError

#: Largest release or letterhead file we read; a press release is a few kilobytes.
MAX_FILE_BYTES = 8 * 1024 * 1024
#: Node visits before we call a document an alias bomb ("billion laughs").
MAX_NODES = 200_000

PathKey = tuple[str | int, ...]


@dataclass(frozen=True)
class Location:
    """Where a value starts in its file (1-based) and how its scalar was written."""

    line: int
    column: int
    style: str | None = None  # '|', '>', '"', "'" or None (plain / collection)


@dataclass
class YamlDocument:
    """A parsed file: plain Python data plus the location of each key and value."""

    path: Path
    data: Any
    values: dict[PathKey, Location]
    keys: dict[PathKey, Location]

    def where(self, path: PathKey) -> Location | None:
        """Return the best location for *path*: its value, else its key, else a parent."""
        probe = tuple(path)
        while True:
            if probe in self.values:
                return self.values[probe]
            if probe in self.keys:
                return self.keys[probe]
            if not probe:
                return None
            probe = probe[:-1]


def dotted(path: PathKey) -> str:
    """Render a path as the field names the user sees: ``signatories[1].en``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


def _mark_problem(path: Path, exc: yaml.MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    message = exc.problem or str(exc)
    if exc.context:
        message = f"{exc.context}, {message}"
    return Problem(
        path,
        mark.line + 1 if mark else None,
        mark.column + 1 if mark else None,
        "",
        f"not valid YAML: {message}",
        "check the indentation and quoting on this line; text with ':' or '#' needs quotes",
    )


class _Walker:
    def __init__(self, path: Path, loader: yaml.SafeLoader) -> None:
        self.path = path
        self.loader = loader
        self.values: dict[PathKey, Location] = {}
        self.keys: dict[PathKey, Location] = {}
        self.problems: list[Problem] = []
        self.visits = 0

    def walk(self, node: yaml.Node, path: PathKey) -> Any:
        self.visits += 1
        if self.visits > MAX_NODES:
            raise ReleaseError([Problem(self.path, None, None, "", "the file is too complex to read",
                                        "it expands to more than 200,000 values; remove YAML aliases")])
        style = node.style if isinstance(node, yaml.ScalarNode) else None
        self.values[path] = Location(node.start_mark.line + 1, node.start_mark.column + 1, style)
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = self._scalar(key_node, path) if isinstance(key_node, yaml.ScalarNode) else None
                if not isinstance(key, (str, int, bool)) or isinstance(key, bool):
                    self.problems.append(Problem(self.path, key_node.start_mark.line + 1,
                                                 key_node.start_mark.column + 1, dotted(path),
                                                 "a key must be a plain name", "write it as name: value"))
                    continue
                key = str(key)
                child = path + (key,)
                if key in result:
                    self.problems.append(Problem(self.path, key_node.start_mark.line + 1,
                                                 key_node.start_mark.column + 1, dotted(child),
                                                 "this key appears twice", "keep one of them"))
                self.keys[child] = Location(key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                result[key] = self.walk(value_node, child)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.walk(item, path + (i,)) for i, item in enumerate(node.value)]
        return self._scalar(node, path)

    def _scalar(self, node: yaml.Node, path: PathKey) -> Any:
        try:
            return self.loader.construct_object(node, deep=True)
        except yaml.MarkedYAMLError as exc:
            self.problems.append(_mark_problem(self.path, exc))
        except (ValueError, TypeError, OverflowError) as exc:
            # PyYAML's date constructor raises plain ValueError for 2024-02-30.
            self.problems.append(Problem(self.path, node.start_mark.line + 1, node.start_mark.column + 1,
                                         dotted(path), f"{node.value!r} is not a valid value: {exc}",
                                         "dates are written YYYY-MM-DD and must exist"))
        return None


def _too_deep(path: Path) -> Problem:
    return Problem(path, None, None, "", "the file is nested too deeply to read",
                   "a release is a few levels deep; check the brackets and indentation")


def parse_yaml_text(text: str, path: Path) -> YamlDocument:
    """Parse *text* (the contents of *path*) into a located document or raise ReleaseError."""
    try:
        loader = yaml.SafeLoader(text)
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise ReleaseError([_mark_problem(path, exc)]) from None
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        raise ReleaseError([Problem(path, line, None, "",
                                    f"the file contains a control character (U+{exc.character:04X})",
                                    "delete it; it is usually pasted in by accident")]) from None
    except yaml.YAMLError as exc:
        raise ReleaseError([Problem(path, None, None, "", f"not valid YAML: {exc}")]) from None
    except RecursionError:
        raise ReleaseError([_too_deep(path)]) from None
    try:
        if node is None:
            raise ReleaseError([Problem(path, 1, 1, "", "the file is empty",
                                        "start from a sample: resources/templates/examples/")])
        walker = _Walker(path, loader)
        data = walker.walk(node, ())
    except RecursionError:
        raise ReleaseError([_too_deep(path)]) from None
    finally:
        loader.dispose()
    if walker.problems:
        raise ReleaseError(walker.problems)
    return YamlDocument(path, data, walker.values, walker.keys)


def read_yaml_file(path: Path) -> YamlDocument:
    """Read and parse a UTF-8 YAML file, turning every failure into a located Problem."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ReleaseError([Problem(path, None, None, "", f"the file is too large ({size // 1024} KiB)",
                                        "a release file holds text only; the limit is 8 MiB")])
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ReleaseError([Problem(path, None, None, "", "file not found")]) from None
    except IsADirectoryError:
        raise ReleaseError([Problem(path, None, None, "", "this is a folder, not a file")]) from None
    except OSError as exc:
        raise ReleaseError([Problem(path, None, None, "", f"cannot read the file: {exc.strerror}")]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ReleaseError([Problem(path, line, None, "", "the file is not UTF-8 text",
                                    "save it as UTF-8 (Unicode) in your editor")]) from None
    return parse_yaml_text(text, path)
