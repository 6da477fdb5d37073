"""Read YAML with PyYAML's safe loader and remember where every value came from.

Validation messages must name the line and column of the offending value, which plain
``yaml.safe_load`` forgets. We compose the node graph with the safe loader, construct
each scalar with the safe constructor (so types are exactly YAML 1.1's as PyYAML reads
them) and record a :class:`Location` for every key and value, addressed by its path.
"""

from __future__ import annotations

import os
import re
import stat
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import Problem, ReleaseError
from ..lazyre import deferring

# PyYAML's reader compiles its NON_PRINTABLE pattern at import (a third of importing
# PyYAML); only the pure-Python reader uses it, which reads a file libyaml refused.
with deferring(lambda _pattern, module: module == "yaml.reader"):
    import yaml

#: Largest release or letterhead file we read; a press release is a few kilobytes.
MAX_FILE_BYTES = 8 * 1024 * 1024
#: Node visits before we call a document an alias bomb ("billion laughs").
MAX_NODES = 200_000
#: Characters YAML aliases may repeat beyond the file's own: a few long strings repeated by
#: aliases pass the node count yet expand to gigabytes of text.
MAX_ALIAS_CHARS = 1_000_000
_MERGE_TAG = "tag:yaml.org,2002:merge"

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


_COLLECTION_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")
_TAG_HINT = "release files hold plain text, dates and numbers; remove the '!' tag"
_FLOW_OPENERS = {"while parsing a flow mapping": ("{", "}"), "while parsing a flow sequence": ("[", "]")}
_QUOTE_CONTEXTS = ("while scanning a quoted scalar", "while scanning a double-quoted scalar")


def _mark_problem(path: Path, exc: yaml.MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    context_mark = exc.context_mark
    message = exc.problem or str(exc)
    hint = "check the indentation and quoting on this line; text with ':' or '#' needs quotes"
    if exc.context:
        message = f"{exc.context}, {message}"
    problem = exc.problem or ""
    opened = _FLOW_OPENERS.get(exc.context or "")
    if opened and context_mark is not None and mark is not None and context_mark.line != mark.line:
        # The brace or bracket that is never closed is on the context line, not where the
        # parser gave up.
        message = f"the '{opened[0]}' on this line is not closed before line {mark.line + 1}"
        hint = f"close it with '{opened[1]}'; text with ':' or ',' inside it needs quotes"
        mark = context_mark
    elif exc.context in _QUOTE_CONTEXTS and context_mark is not None and \
            ("end of stream" in problem or "document separator" in problem):
        message = "the quoted text that starts on this line is never closed"
        hint = "add the closing quote mark"
        mark = context_mark
    elif "could not determine a constructor for the tag" in problem:
        hint = _TAG_HINT
    elif "'\\t' that cannot start any token" in problem:
        hint = "indent with spaces, not tabs"
    return Problem(
        path,
        mark.line + 1 if mark else None,
        mark.column + 1 if mark else None,
        "",
        f"not valid YAML: {message}",
        hint,
    )


class _Walker:
    def __init__(self, path: Path, loader: yaml.SafeLoader) -> None:
        self.path = path
        self.loader = loader
        self.values: dict[PathKey, Location] = {}
        self.keys: dict[PathKey, Location] = {}
        self.problems: list[Problem] = []
        self.visits = 0
        self.seen: set[int] = set()
        self.alias_chars = 0
        self.depth = 0  # the deepest path walked
        self.empty_plain = False  # a value left out (``key:``): the parsers place it differently

    def _too_complex(self, node: yaml.Node, path: PathKey, hint: str) -> ReleaseError:
        # Aliases make marks point at the anchor: name the top-level field being expanded.
        where = self.keys.get(path[:1]) or Location(node.start_mark.line + 1, node.start_mark.column + 1)
        return ReleaseError([Problem(self.path, where.line, where.column, dotted(path[:1]),
                                     "the file is too complex to read", hint)])

    def walk(self, node: yaml.Node, path: PathKey) -> Any:
        self.visits += 1
        if len(path) > self.depth:
            self.depth = len(path)
        if self.visits > MAX_NODES:
            raise self._too_complex(node, path, "it expands to more than 200,000 values; remove YAML aliases")
        if isinstance(node, yaml.ScalarNode):
            # A node met again is an alias: its characters count against the alias budget.
            if id(node) in self.seen:
                self.alias_chars += len(node.value)
                if self.alias_chars > MAX_ALIAS_CHARS:
                    raise self._too_complex(node, path, f"its aliases repeat more than {MAX_ALIAS_CHARS:,} "
                                                        "characters; remove YAML aliases")
            else:
                self.seen.add(id(node))
        style = (node.style or None) if isinstance(node, yaml.ScalarNode) else None  # libyaml says '' for plain
        if style is None and not node.value:
            self.empty_plain = True
        self.values[path] = Location(node.start_mark.line + 1, node.start_mark.column + 1, style)
        if not isinstance(node, yaml.ScalarNode) and node.tag not in _COLLECTION_TAGS:
            # The safe loader would refuse to build it; we never build collections from tags.
            shown = node.tag.replace("tag:yaml.org,2002:", "!!")
            self.problems.append(Problem(self.path, node.start_mark.line + 1, node.start_mark.column + 1,
                                         dotted(path), f"not valid YAML: the tag '{shown}' is not allowed",
                                         _TAG_HINT))
            return None
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if key_node.tag == _MERGE_TAG:
                    self.problems.append(Problem(self.path, key_node.start_mark.line + 1,
                                                 key_node.start_mark.column + 1, dotted(path),
                                                 "YAML merge keys ('<<') are not supported",
                                                 "write the fields out in full"))
                    continue
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


#: Characters YAML refuses to read (PyYAML's reader rejects them before parsing): all but
#: TAB, LF, CR, U+0020–U+007E, NEL, U+00A0–U+D7FF, U+E000–U+FFFD and U+10000 on. Written as
#: the short list of what is refused, not as PyYAML's "anything but" class: the same
#: characters (tested on every code point), compiled in a tenth of the time at every start.
_UNREADABLE = re.compile("[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]")
#: At most this many lines with control characters are reported.
_MAX_CONTROL_PROBLEMS = 20


def line_starts(text: str) -> list[int]:
    """Offsets where each line of *text* starts: line ``n`` (1-based) starts at ``starts[n - 1]``.

    With :func:`bisect.bisect_right` this turns an offset into its line in O(log n), where
    counting newlines before each offset would make locating many characters quadratic.
    """
    return [0, *(m.end() for m in re.finditer("\n", text))]


def _control_problems(text: str, path: Path) -> list[Problem]:
    """One problem per line holding a control character, each naming the field it sits in."""
    found: dict[int, tuple[int, str]] = {}
    starts = line_starts(text)
    for match in _UNREADABLE.finditer(text):
        line = bisect_right(starts, match.start())
        if line not in found:
            found[line] = (match.start() - starts[line - 1] + 1, match.group())
            if len(found) >= _MAX_CONTROL_PROBLEMS:
                break
    fields = _FieldLocator(_UNREADABLE.sub(" ", text), path)
    return [Problem(path, line, column, fields.at(line, column), f"contains the control character U+{ord(char):04X}",
                    "delete it; it is usually pasted in by accident")
            for line, (column, char) in found.items()]


class _FieldLocator:
    """Names the field at a line and column of a file that failed to read, from a repaired copy."""

    def __init__(self, repaired: str, path: Path) -> None:
        self.located: list[tuple[PathKey, Location]] = []
        try:
            loader = yaml.SafeLoader(repaired)
            try:
                node = loader.get_single_node()
                if node is not None:
                    walker = _Walker(path, loader)
                    walker.walk(node, ())
                    self.located = [*walker.values.items(), *walker.keys.items()]
            finally:
                loader.dispose()
        except (yaml.YAMLError, ReleaseError, RecursionError):
            pass  # the copy is broken in other ways too: the problem keeps its line only

    def at(self, line: int, column: int) -> str:
        """Return the dotted path of the innermost value or key starting at or before (line, column)."""
        starts = [(loc.line, loc.column, len(p), p) for p, loc in self.located
                  if p and (loc.line, loc.column) <= (line, column)]
        return dotted(max(starts, key=lambda s: s[:3])[3]) if starts else ""


#: Deeper nesting than this is reported with its line (a release is four levels deep).
MAX_DEPTH = 100


def _too_deep(path: Path, text: str) -> Problem:
    """Report over-deep nesting at the line where it goes past MAX_DEPTH (the parser is not recursive)."""
    line = column = None
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    if mark is not None:
                        line, column = mark.line + 1, mark.column + 1
                    break
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        pass
    return Problem(path, line, column, "", "the file is nested too deeply to read",
                   "a release is a few levels deep; check the brackets and indentation")


#: libyaml through PyYAML's C loader, when the wheel has it (it scans a 200-page release
#: about ten times faster than the pure-Python scanner).
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)
#: What sends a file to the pure-Python loader before libyaml sees it: characters the two
#: read differently (tabs, NEL/LS/PS line breaks, a BOM inside the text, characters
#: PyYAML's reader refuses), directives, and a block scalar's ``|`` or ``>`` header with a
#: ``#`` right after it (``key: |#`` — libyaml reads an empty text, PyYAML refuses it).
_PURE_ONLY = re.compile("[\t\x85\u2028\u2029\ufeff]|^%|[|>][-+0-9]*#", re.MULTILINE)
#: Deeper files go to the pure-Python loader, which reports over-deep nesting (a release
#: is four levels deep).
_FAST_MAX_DEPTH = 20


def _parse_fast(text: str, path: Path) -> YamlDocument | None:
    """Parse a well-formed file with libyaml, or return None for the pure-Python loader to handle.

    libyaml's nodes carry the same line and column marks as PyYAML's, and the scalars are
    built by the same safe constructor, so a file both accept reads the same. Every
    message, though, comes from the pure-Python loader: a file libyaml refuses, or that
    reads with any problem, is parsed again there, so the messages (and which files are
    refused) are exactly what they were (``tests/fileformat/test_yaml_fast_path.py``
    holds the two equal).
    """
    if _FAST_LOADER is None or _PURE_ONLY.search(text) or _UNREADABLE.search(text):
        return None
    try:
        loader = _FAST_LOADER(text)
    except Exception:  # noqa: BLE001 - anything libyaml does not like is the pure loader's to report
        return None
    try:
        node = loader.get_single_node()
        if not isinstance(node, yaml.MappingNode):  # a release and a letterhead are mappings
            return None
        walker = _Walker(path, loader)
        data = walker.walk(node, ())
    except Exception:  # noqa: BLE001 - as above: ReleaseError, YAMLError, RecursionError
        return None
    finally:
        loader.dispose()
    if walker.problems or walker.depth > _FAST_MAX_DEPTH or walker.empty_plain:
        return None
    return YamlDocument(path, data, walker.values, walker.keys)


def parse_yaml_text(text: str, path: Path) -> YamlDocument:
    """Parse *text* (the contents of *path*) into a located document or raise ReleaseError."""
    fast = _parse_fast(text, path)
    return fast if fast is not None else parse_yaml_text_located(text, path)


def parse_yaml_text_located(text: str, path: Path) -> YamlDocument:
    """Parse *text* with PyYAML's pure-Python loader, whose errors our messages are built on."""
    try:
        loader = yaml.SafeLoader(text)
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise ReleaseError([_mark_problem(path, exc)]) from None
    except yaml.reader.ReaderError:
        raise ReleaseError(_control_problems(text, path)) from None
    except yaml.YAMLError as exc:
        raise ReleaseError([Problem(path, None, None, "", f"not valid YAML: {exc}")]) from None
    except RecursionError:
        raise ReleaseError([_too_deep(path, text)]) from None
    try:
        if node is None:
            raise ReleaseError([Problem(path, 1, 1, "", "the file is empty",
                                        "start from a sample: resources/templates/examples/")])
        walker = _Walker(path, loader)
        data = walker.walk(node, ())
    except RecursionError:
        raise ReleaseError([_too_deep(path, text)]) from None
    finally:
        loader.dispose()
    if walker.problems:
        raise ReleaseError(walker.problems)
    return YamlDocument(path, data, walker.values, walker.keys)


def read_source_bytes(path: Path, limit: int = MAX_FILE_BYTES, what: str = "a release file holds text only"
                      ) -> bytes:
    """Read at most *limit* bytes of a regular file; raise ReleaseError for anything else.

    Only regular files are read: a FIFO would block forever and a device such as
    ``/dev/zero`` never ends. The file is opened without blocking and checked again once
    open, so a file swapped for a pipe in between is refused too.
    """

    def refuse(message: str, hint: str = "") -> ReleaseError:
        return ReleaseError([Problem(path, None, None, "", message, hint)])

    too_large = f"{what}; the limit is {limit // (1024 * 1024)} MiB"
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise refuse("file not found") from None
    except IsADirectoryError:
        raise refuse("this is a folder, not a file") from None
    except OSError as exc:
        raise refuse(f"cannot read the file: {exc.strerror}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise refuse("this is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise refuse("this is not a regular file (a device, pipe or socket)", "give the path of a saved file")
        if info.st_size > limit:
            raise refuse(f"the file is too large ({info.st_size // 1024} KiB)", too_large)
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # it grew while we read it
            raise refuse(f"the file is too large (over {limit // 1024} KiB)", too_large)
        return b"".join(chunks)
    except IsADirectoryError:
        raise refuse("this is a folder, not a file") from None
    except OSError as exc:
        raise refuse(f"cannot read the file: {exc.strerror}") from None
    finally:
        os.close(fd)


def _utf16_without_bom(raw: bytes) -> bool:
    """Tell UTF-16 text saved without a BOM: every other byte of its first kilobytes is NUL."""
    head = raw[:4096]
    if len(head) < 4 or b"\0" not in head:
        return False
    half = len(head) // 2
    return max(head[0::2].count(0), head[1::2].count(0)) > half * 0.6


def decode_source(raw: bytes, path: Path) -> str:
    """Decode a release or letterhead file as UTF-8 (a BOM allowed); raise ReleaseError otherwise."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_without_bom(raw):
        raise ReleaseError([Problem(path, 1, 1, "", "the file is UTF-16 text, not UTF-8",
                                    "save it as UTF-8 (Unicode) in your editor")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start].decode("utf-8-sig", errors="replace")
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        field = _FieldLocator(raw.decode("utf-8-sig", errors="replace"), path).at(line, column)
        raise ReleaseError([Problem(path, line, column, field, "the file is not UTF-8 text",
                                    "save it as UTF-8 (Unicode) in your editor")]) from None


def read_yaml_file(path: Path) -> YamlDocument:
    """Read and parse a UTF-8 YAML file, turning every failure into a located Problem."""
    return parse_yaml_text(decode_source(read_source_bytes(path), path), path)
