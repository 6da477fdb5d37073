"""Shape text with HarfBuzz through ReportLab, and measure it, once per (text, face, size).

ReportLab 5's ``shapeFragWord`` runs uharfbuzz and returns a ``ShapedStr`` whose glyphs
and positions are exactly HarfBuzz's; its text-object code then draws them. We call it
with HarfBuzz's default features (ReportLab's own default adds ``dlig``, which hb-shape
does not) so what we draw equals ``hb-shape`` of the same text.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeFragWord


@lru_cache(maxsize=50_000)
def shape(text: str, font_name: str, size: float) -> ShapedStr:
    """Shape *text* in one face; the result is drawn by ReportLab's text objects as is."""
    if not text:
        return ShapedStr("", shapeData=[])
    word = [0.0, (ABag(fontName=font_name, fontSize=size), text)]
    shaped = shapeFragWord(word, features={}, force=True)
    pieces = [s for _frag, s in shaped[1:]]
    out = pieces[0]
    for piece in pieces[1:]:
        out = out + piece
    return out


def width(shaped: ShapedStr, size: float) -> float:
    """Advance width in points of a shaped string."""
    return sum(sd.x_advance for sd in shaped.__shapeData__) * size / 1000.0


@lru_cache(maxsize=50_000)
def text_width(text: str, font_name: str, size: float) -> float:
    """Advance width in points of *text* as HarfBuzz shapes it."""
    return width(shape(text, font_name, size), size)


def glyph_ids(shaped: ShapedStr, font_name: str) -> list[int]:
    """Return the glyph ids ReportLab will draw for *shaped* (for tests and diagnostics)."""
    char_to_glyph = pdfmetrics.getFont(font_name).face.charToGlyph
    return [char_to_glyph[ord(ch)] for ch in shaped]


def stretch_spaces(shaped: ShapedStr, text: str, extra: float, size: float) -> ShapedStr:
    """Return a copy of *shaped* whose space glyphs advance *extra* points more (justification)."""
    if not extra:
        return shaped
    add = extra * 1000.0 / size
    data = [sd._replace(x_advance=sd.x_advance + add) if 0 <= sd.cluster < len(text) and text[sd.cluster] == " "
            else sd for sd in shaped.__shapeData__]
    return ShapedStr(str(shaped), shapeData=data)
