"""Burmese size and line height in the DOCX: the PDF's decision, in OOXML Word and LibreOffice honour.

``resolve.FontScheme`` decides how large each script is drawn (``scale``) and how tall its
lines are (``line_height``); the PDF draws exactly that. Word and LibreOffice size a
line themselves: "single" is the font's own line height (``fonts.single_line``: Noto
Sans Myanmar 2.184 em, Noto Serif 1.362 em), multiplied by ``w:spacing w:line`` in
240ths when ``w:lineRule="auto"``. So each style asks for the multiple that makes a Latin
line as tall as the PDF's, and a paragraph mostly in Burmese asks, directly, for the
multiple that makes a line of Burmese at its scaled size as tall as the PDF's. Multiples
and not ``exact`` heights: Word clips what reaches past an exact line (stacked marks).
"""

from __future__ import annotations

import math

from docx.oxml.ns import nsmap, qn
from lxml import etree
from lxml.etree import _Element

from ...fonts import LATIN_SCRIPT, NORMAL_LINE, dominant_script, single_line
from ...resolve import FontScheme
from ..ooxml.xml import element, set_paragraph_property

#: ``w:line`` of single spacing when ``w:lineRule`` is ``auto``.
SINGLE = 240
_TEXT = etree.XPath(".//w:t/text()", namespaces={"w": nsmap["w"]})


def half_points(size: float) -> int:
    """Return *size* (points) in Word's half points, halves rounded up."""
    return math.floor(size * 2 + 0.5)


def run_size(fonts: FontScheme, script: str, size: float) -> int:
    """Half points of text in *script* in a block of *size* points (Burmese is scaled)."""
    return half_points(size * fonts.scale(script))


def line_multiple(fonts: FontScheme, script: str, size: float, line_factor: float = NORMAL_LINE) -> int:
    """Return ``w:line`` (240ths of single) making a line of *script* in a block of *size* points as tall as in the PDF.

    Single is the font's own line height at the size the run is written in (Burmese:
    the scaled size rounded to half points, so the rounding does not add up down a page).
    """
    natural = single_line(fonts.for_script(script).file()) * run_size(fonts, script, size) / 2
    return round(SINGLE * size * fonts.line_height(script, line_factor) / natural)


def spacing_element(line: int) -> _Element:
    """Return a ``w:spacing`` asking for *line* 240ths of single line spacing (and nothing else)."""
    return element("w:spacing", line=str(line), lineRule="auto")


def set_style_line(ppr: _Element, line: int) -> None:
    """Add the line multiple to a style's ``w:spacing`` (which holds its space before and after)."""
    spacing = ppr.find(qn("w:spacing"))
    if spacing is None:
        set_paragraph_property(ppr, spacing_element(line))
    else:
        spacing.set(qn("w:line"), str(line))
        spacing.set(qn("w:lineRule"), "auto")


def fit_lines(paragraph: _Element, fonts: FontScheme, size: float, line_factor: float = NORMAL_LINE) -> None:
    """Give a paragraph mostly in Burmese its own line spacing; others keep their style's.

    One spacing serves every line of a paragraph, so it follows the script most of its
    letters are in. Only ``w:line``/``w:lineRule`` are set: the style's space before and
    after still apply (``w:spacing`` is inherited attribute by attribute).
    """
    script = dominant_script("".join(_TEXT(paragraph)))
    line = line_multiple(fonts, script, size, line_factor)
    if line == line_multiple(fonts, LATIN_SCRIPT, size, line_factor):
        return
    ppr = paragraph.find(qn("w:pPr"))
    if ppr is None:
        ppr = element("w:pPr")
        paragraph.insert(0, ppr)
    set_paragraph_property(ppr, spacing_element(line))
