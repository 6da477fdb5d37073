"""The PDF writer: ReportLab platypus with HarfBuzz shaping and our own line breaking."""

from __future__ import annotations

from pathlib import Path

from ...atomicio import write_bytes_atomic
from ...resolve import Resolved
from .document import render_pdf

__all__ = ["render_pdf", "write_pdf"]


def write_pdf(resolved: Resolved, path: Path) -> None:
    """Render *resolved* and write it to *path* atomically."""
    write_bytes_atomic(path, render_pdf(resolved))
