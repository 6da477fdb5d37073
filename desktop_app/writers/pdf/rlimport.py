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
package is whole from then on — with ``uri_pat`` compiled on first use (``lazyre.LazyPattern``).
Every module is ReportLab's own code, unchanged.

``reportlab.lib.utils`` (which every ReportLab module imports first) imports Pillow's
``Image`` module for its image reader: a quarter of ReportLab's import cost, and the PDF
writer needs Pillow only for a banner that is not a plain PNG (``pngplain``).
:func:`import_utils` imports it with a stand-in for ``PIL.Image`` that imports the real
one on first use (:class:`PillowOnFirstUse`); importing this module does that first.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import types
from functools import cache
from typing import Any

from ...lazyre import deferring

#: How ``uri_pat`` begins in reportlab/platypus/paragraph.py (ReportLab 4 and 5).
_URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
_PACKAGE = "reportlab.platypus"
_PARAGRAPH = "reportlab.platypus.paragraph"
_COMPLETING = threading.RLock()
_UTILS = "reportlab.lib.utils"
_PIL_IMAGE = "PIL.Image"
#: Held while the stand-in for PIL.Image is in sys.modules (the import of reportlab.lib.utils).
_STANDING_IN = threading.RLock()


class PillowOnFirstUse(types.ModuleType):
    """What ``reportlab.lib.utils`` has for ``PIL.Image`` until first used: then the real module."""

    def __getattr__(self, name: str) -> Any:
        with _STANDING_IN:  # another thread's window: wait until the real module can be imported
            pass
        real = sys.modules.get(_PIL_IMAGE)
        if real is None or isinstance(real, PillowOnFirstUse):
            if real is not None:  # only while reportlab.lib.utils's own body runs: it uses no attribute
                raise ImportError(f"{_PIL_IMAGE} asked for while it is being stood in for")
            real = importlib.import_module(_PIL_IMAGE)
        utils = sys.modules.get(_UTILS)
        if utils is not None and vars(utils).get("Image") is self:
            utils.Image = real  # type: ignore[attr-defined]
        return getattr(real, name)


def import_utils() -> None:
    """Import ``reportlab.lib.utils`` without importing Pillow (unless it is imported already)."""
    if _UTILS in sys.modules or _PIL_IMAGE in sys.modules:
        return
    with _STANDING_IN:
        stand_in = PillowOnFirstUse(_PIL_IMAGE)
        sys.modules[_PIL_IMAGE] = stand_in
        try:
            import reportlab.lib.utils  # noqa: F401 - binds the stand-in as its ``Image``
        finally:
            if sys.modules.get(_PIL_IMAGE) is stand_in:
                del sys.modules[_PIL_IMAGE]
            package = sys.modules.get("PIL")
            if package is not None and vars(package).get("Image") is stand_in:
                del package.Image


def _deferring_uri_pattern(action: Any) -> Any:
    """Run *action* with ``paragraph.uri_pat`` (if it is compiled meanwhile) made a LazyPattern."""
    with deferring(lambda pattern, _module: pattern.startswith(_URI_PATTERN_START)):
        return action()


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


import_utils()
import_platypus()

# What the PDF writer uses of platypus; its modules import these names from here, so the
# partial import above always comes first, whichever of them is imported first.
from reportlab.platypus.doctemplate import BaseDocTemplate, LayoutError, PageBegin, PageTemplate  # noqa: E402
from reportlab.platypus.flowables import Flowable, KeepTogether, Spacer  # noqa: E402
from reportlab.platypus.frames import Frame  # noqa: E402

__all__ = ["BaseDocTemplate", "Flowable", "Frame", "KeepTogether", "LayoutError", "PageBegin", "PageTemplate",
           "Spacer", "complete_platypus", "import_platypus", "import_utils"]
