"""The PDF writer: ReportLab platypus with HarfBuzz shaping and our own line breaking.

ReportLab is imported only when a PDF is rendered, so importing this package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...resolve import Resolved

__all__ = ["render_pdf"]


def render_pdf(resolved: Resolved, *, reuse_layout: bool = False) -> bytes:
    """Lay out and render *resolved*; return the PDF bytes.

    *reuse_layout*: take the lines of blocks unchanged since the last such render from
    ``layoutcache`` (the live preview, which renders after every edit); an export lays
    out afresh and keeps nothing after it.
    """
    from .document import render_pdf as render

    return render(resolved, reuse_layout)

