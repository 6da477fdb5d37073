"""Draw typeset lines on a ReportLab canvas with their text copyable as typed.

A run whose glyphs do not map one-to-one back to its characters (all shaped Burmese, and
Latin ligatures) is wrapped in ``/Span <</ActualText (…)>> BDC … EMC`` marked content:
shaped Burmese glyphs are in visual order and partly unmapped, so without it a PDF
reader copies garbage; with it pdftotext and Acrobat return the original Unicode.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from .typesetter import Line


def pdf_text_string(text: str) -> str:
    """Return a PDF text string (UTF-16BE with BOM, hex) that survives any character."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def draw_line(canvas: Canvas, line: Line, x: float, baseline: float) -> None:
    """Draw one line with its left edge at *x* and its baseline at *baseline*; add link areas."""
    if not line.runs:
        return
    text = canvas.beginText()
    for run in line.runs:
        # Runs whose glyphs map one-to-one back to the typed characters copy correctly
        # through the font's ToUnicode map; only the others need ActualText.
        marked = str(run.shaped) != run.text
        if marked:
            text._code.append(f"/Span <</ActualText {pdf_text_string(run.text)}>> BDC")
        text.setTextOrigin(x + run.x, baseline + run.rise)
        text.setFont(run.font, run.size)
        text.setFillColor(run.style.color)
        text.textOut(run.shaped)
        if marked:
            text._code.append("EMC")
    canvas.drawText(text)
    _link_areas(canvas, line, x, baseline)


def _link_areas(canvas: Canvas, line: Line, x: float, baseline: float) -> None:
    """One clickable rectangle per link (or footnote marker) per line."""
    areas: list[list] = []
    for run in line.runs:
        target = run.style.link or run.style.anchor
        if not target:
            continue
        left, right = x + run.x, x + run.x + run.width
        if areas and areas[-1][0] == target and abs(areas[-1][2] - left) < 0.5:
            areas[-1][2] = right
        else:
            areas.append([target, left, right, run.style.link is not None])
    top, bottom = baseline + line.height * 0.72, baseline - line.height * 0.28
    for target, left, right, external in areas:
        rect = (left, bottom, right, top)
        if external:
            canvas.linkURL(target, rect, relative=1, thickness=0)
        else:
            canvas.linkRect("", target, rect, relative=1, thickness=0)


def draw_lines(canvas: Canvas, lines: list[Line], x: float, top: float) -> float:
    """Draw lines downward from *top*; return the y below the last one."""
    y = top
    for line in lines:
        draw_line(canvas, line, x, y - line.baseline)
        y -= line.height
    return y
