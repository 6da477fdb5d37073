"""The methods ``@dataclass`` writes, compiled once and kept with the package's bytecode.

For every dataclass, Python's ``dataclasses`` writes ``__init__``, ``__repr__``, ``__eq__``
(and for frozen ones ``__setattr__``, ``__delattr__``, ``__hash__``) as source text and
compiles it with ``exec`` when the class is made — every time a process starts, as no
``.pyc`` keeps them. A cold ``thadin export`` makes about sixty dataclasses and spent an
eighth of its time compiling those texts (issue 17).

:func:`install` puts a caching ``exec`` into the ``dataclasses`` module (its calls to the
builtin find the module's name first; nothing else changes): a text compiled before is
taken from the cache, any other is compiled exactly as ``exec`` would and noted.
:func:`save` writes the cache when it gained entries. It is bytecode and lives where
Python keeps this package's bytecode, by the same rules: ``__pycache__`` (or
``PYTHONPYCACHEPREFIX``), named for the interpreter's cache tag, checked against its
magic number, not written under ``PYTHONDONTWRITEBYTECODE`` or where the folder is not
writable, replaced atomically. It holds only code the dataclasses module wrote from our
class definitions: field names, never anything a user typed. A missing, stale or
damaged cache only means compiling as before.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import importlib.util
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

#: Entries kept at most: the texts change as the classes do, so old ones are dropped.
MAX_ENTRIES = 4000
_HEADER = importlib.util.MAGIC_NUMBER + b"thadin-dataclass-code-1\n"

_cache: dict[str, CodeType] | None = None
_used: set[str] = set()
_new = 0
_file: Path | None = None


def cache_file() -> Path | None:
    """Where the cache lives: beside this package's bytecode (None when there is no such place).

    None in a frozen app: its modules live in the bundle, and writing there would break
    the signature of a macOS app; such an app compiles as before.
    """
    if getattr(sys, "frozen", False):
        return None
    try:
        pyc = Path(importlib.util.cache_from_source(str(Path(__file__).with_name("dataclass_code.py"))))
        return pyc.with_suffix(".marshal")  # not a .pyc: no module of that name is ever imported
    except (NotImplementedError, ValueError):  # no cache tag (sys.implementation.cache_tag is None)
        return None


def _load() -> dict[str, CodeType]:
    global _cache, _file
    if _cache is None:
        _cache = {}
        _file = cache_file()
        if _file is not None:
            with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
                data = _file.read_bytes()
                if data.startswith(_HEADER):
                    loaded = marshal.loads(data[len(_HEADER):])
                    if isinstance(loaded, dict):
                        _cache = {k: v for k, v in loaded.items() if isinstance(k, str) and isinstance(v, CodeType)}
    return _cache


def _exec(source: Any, globals: dict[str, Any] | None = None, locals: Any = None) -> None:
    """``exec`` for the dataclasses module: a source text is compiled once per cache."""
    global _new
    if isinstance(source, str):
        cache = _load()
        code = cache.get(source)
        _used.add(source)
        if code is None:
            # What exec does with a text: compile as "<string>" with the caller's (dataclasses')
            # future flags, which are none; ours (annotations) must not leak in.
            code = cache[source] = compile(source, "<string>", "exec", dont_inherit=True)
            _new += 1
        source = code
    if globals is None:  # exec's default: the caller's namespace (dataclasses always passes one)
        globals = sys._getframe(1).f_globals
    builtins.exec(source, globals, locals)


def install() -> None:
    """Make ``dataclasses`` compile each generated method once per cache (idempotent)."""
    dataclasses.exec = _exec  # type: ignore[attr-defined]


def save() -> None:
    """Write the cache if this process compiled texts it did not have (never raises)."""
    global _new
    if not _new or _cache is None or _file is None or sys.dont_write_bytecode:
        return
    entries = _cache if len(_cache) <= MAX_ENTRIES else {k: _cache[k] for k in _used}
    import tempfile

    try:
        data = _HEADER + marshal.dumps(entries)
        _file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{_file.name}.", suffix=".tmp", dir=_file.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, _file)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        _new = 0
    except (OSError, ValueError):
        pass
