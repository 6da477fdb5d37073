"""The DOCX writer: python-docx plus our OOXML parts (footnotes, embedded fonts)."""

from __future__ import annotations

from ...model import FontMode
from ...resolve import Resolved
from .document import FONT_MODES, build_docx

__all__ = ["FONT_MODES", "render_docx"]


def render_docx(resolved: Resolved, fonts: FontMode = FontMode.EDITABLE) -> bytes:
    """Render *resolved* as DOCX bytes; *fonts* is one of FONT_MODES."""
    if fonts not in FONT_MODES:
        raise ValueError(f"unknown font mode {fonts!r}")
    return build_docx(resolved, fonts)

