"""Import the parts of ReportLab's platypus we use, and not the rest (issue 17: cold start).

``import reportlab.platypus`` (what importing any of its modules does first) runs the
package's ``__init__``, which imports everything platypus has: tables, preformatted
text, multi-column frames and ``paragraph`` — ReportLab's own markup paragraphs, whose
module body compiles ``uri_pat``, a case-insensitive URL pattern over U+00A1–U+FFFF that
Python's ``re`` case-folds one character at a time (20–25 ms). Thadin lays out its text
itself and uses only ``flowables``, ``frames`` and ``doctemplate``; those three and what
they import are a fifth of the package's import time.

So :func:`import_platypus` puts an empty ``reportlab.platypus`` package in place (the
real folder as its path, so its modules import as usual) and imports those three.
``doctemplate`` imports ``Paragraph`` for its self-test only; it gets a stand-in that
imports the real one if that were ever called. The first access to any other name of the
package (``reportlab.platypus.Paragraph``) runs the real ``__init__`` in it, so the
package is whole from then on — with ``uri_pat`` compiled on first use (:class:`LazyPattern`).
Every module is ReportLab's own code, unchanged.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import threading
import types
from functools import cache
from typing import Any

#: How ``uri_pat`` begins in reportlab/platypus/paragraph.py (ReportLab 4 and 5).
_URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
_PACKAGE = "reportlab.platypus"
_PARAGRAPH = "reportlab.platypus.paragraph"
_COMPLETING = threading.RLock()


class LazyPattern:
    """A compiled pattern made on first use; behaves as the ``re.Pattern`` it stands for."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    def _pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            with self._lock:
                if self._compiled is None:
                    self._compiled = re.compile(*self._args)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern(), name)


def _deferring_uri_pattern(action: Any) -> Any:
    """Run *action* with ``paragraph.uri_pat`` (if it is compiled meanwhile) made a LazyPattern."""
    original = re.compile

    def compile_deferring_uri(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and pattern.startswith(_URI_PATTERN_START):
            return LazyPattern(pattern, flags)
        return original(pattern, flags)

    re.compile = compile_deferring_uri
    try:
        return action()
    finally:
        re.compile = original


def _paragraph(*args: Any, **kwargs: Any) -> Any:
    """Stand-in for ``doctemplate.Paragraph`` (used by its self-test only): the real one, imported now."""
    complete_platypus()
    from reportlab.platypus.paragraph import Paragraph

    return Paragraph(*args, **kwargs)


def _package_getattr(name: str) -> Any:
    """Make the partial package whole, then look *name* up again (a name it does not have yet)."""
    package = sys.modules[_PACKAGE]
    if name.startswith("__") or vars(package).get("_thadin_whole", False):
        raise AttributeError(f"module {_PACKAGE!r} has no attribute {name!r}")
    complete_platypus()
    return getattr(package, name)


def complete_platypus() -> None:
    """Run the real ``reportlab/platypus/__init__.py`` in the partial package (once)."""
    package = sys.modules.get(_PACKAGE)
    if package is None or not vars(package).get("_thadin_partial", False):
        return
    with _COMPLETING:
        if vars(package).get("_thadin_whole", False):
            return
        package._thadin_whole = True  # type: ignore[attr-defined]
        if getattr(sys.modules.get(_PARAGRAPH), "_thadin_stand_in", False):
            del sys.modules[_PARAGRAPH]
        spec = package.__spec__
        assert spec is not None and spec.loader is not None and spec.origin is not None
        code = spec.loader.get_code(_PACKAGE)  # type: ignore[attr-defined]
        _deferring_uri_pattern(lambda: exec(code, package.__dict__))


def _partial_package() -> types.ModuleType:
    spec = importlib.util.find_spec(_PACKAGE)
    assert spec is not None and spec.submodule_search_locations is not None
    package = types.ModuleType(_PACKAGE)
    package.__spec__ = spec
    package.__path__ = list(spec.submodule_search_locations)
    package.__file__ = spec.origin
    package.__package__ = _PACKAGE
    package.__loader__ = spec.loader
    package.__getattr__ = _package_getattr  # type: ignore[method-assign]
    package._thadin_partial = True  # type: ignore[attr-defined]
    return package


@cache
def import_platypus() -> None:
    """Import ``reportlab.platypus``'s flowables, frames and doctemplate (once), without the rest."""
    if "reportlab.platypus.doctemplate" in sys.modules:
        return
    import reportlab

    if _PACKAGE not in sys.modules:
        sys.modules[_PACKAGE] = reportlab.platypus = _partial_package()
    if _PARAGRAPH not in sys.modules:
        stand_in = types.ModuleType(_PARAGRAPH)
        stand_in.Paragraph = _paragraph  # type: ignore[attr-defined]
        stand_in._thadin_stand_in = True  # type: ignore[attr-defined]
        sys.modules[_PARAGRAPH] = stand_in
    try:
        import reportlab.platypus.doctemplate  # and with it flowables and frames
    finally:
        if getattr(sys.modules.get(_PARAGRAPH), "_thadin_stand_in", False):
            del sys.modules[_PARAGRAPH]


import_platypus()

# What the PDF writer uses of platypus; its modules import these names from here, so the
# partial import above always comes first, whichever of them is imported first.
from reportlab.platypus.doctemplate import BaseDocTemplate, LayoutError, PageBegin, PageTemplate  # noqa: E402
from reportlab.platypus.flowables import Flowable, KeepTogether, Spacer  # noqa: E402
from reportlab.platypus.frames import Frame  # noqa: E402

__all__ = ["BaseDocTemplate", "Flowable", "Frame", "KeepTogether", "LayoutError", "PageBegin", "PageTemplate",
           "Spacer", "complete_platypus", "import_platypus"]
