"""ICU through PyICU (the pyicu-wheels package), when this platform has it."""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def icu_module() -> Any:
    """Return the ``icu`` module, or None where no wheel exists (older macOS): callers fall back."""
    try:
        import icu
    except ImportError:
        return None
    return icu
