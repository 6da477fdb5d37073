"""The PDF writer: ReportLab platypus with HarfBuzz shaping and our own line breaking.

ReportLab is imported only when a PDF is rendered, so importing this package is cheap.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ...atomicio import write_bytes_atomic

if TYPE_CHECKING:
    from ...resolve import Resolved

__all__ = ["render_pdf", "write_pdf"]


def render_pdf(resolved: Resolved) -> bytes:
    """Lay out and render *resolved*; return the PDF bytes."""
    from .document import render_pdf as render

    return render(resolved)


def write_pdf(resolved: Resolved, path: Path) -> None:
    """Render *resolved* and write it to *path* atomically."""
    write_bytes_atomic(path, render_pdf(resolved))
