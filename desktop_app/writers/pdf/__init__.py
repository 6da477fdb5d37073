"""The PDF writer: ReportLab platypus with HarfBuzz shaping and our own line breaking.

ReportLab is imported only when a PDF is rendered, so importing this package is cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...resolve import Resolved

__all__ = ["render_pdf"]


def render_pdf(resolved: Resolved, *, reuse_layout: bool = False,
               early: Callable[[bytes], None] | None = None) -> bytes:
    """Lay out and render *resolved*; return the PDF bytes.

    *reuse_layout*: take the lines of blocks unchanged since the last such render from
    ``layoutcache`` and continue from the page the last edit was on (``paging``) — the
    live preview, which renders after every edit; an export lays out afresh and keeps
    nothing after it. *early* (the preview, with *reuse_layout*): called first with a
    PDF of the pages up to the edited one, when more pages follow.
    """
    from .document import render_pdf as render

    return render(resolved, reuse_layout, early)

