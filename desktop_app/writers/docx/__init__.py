"""The DOCX writer: python-docx plus our OOXML parts (footnotes, embedded fonts)."""

from __future__ import annotations

from pathlib import Path

from ...atomicio import write_bytes_atomic
from ...resolve import Resolved
from .document import FONT_MODES, build_docx

__all__ = ["FONT_MODES", "render_docx", "write_docx"]


def render_docx(resolved: Resolved, fonts: str = "editable") -> bytes:
    """Render *resolved* as DOCX bytes; *fonts* is one of FONT_MODES."""
    if fonts not in FONT_MODES:
        raise ValueError(f"unknown font mode {fonts!r}")
    return build_docx(resolved, fonts)


def write_docx(resolved: Resolved, path: Path, fonts: str = "editable") -> None:
    """Render *resolved* and write it to *path* atomically."""
    write_bytes_atomic(path, render_docx(resolved, fonts))
