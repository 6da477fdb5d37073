"""Shape text with HarfBuzz for ReportLab, and measure it, once per (text, face, size).

A run is shaped **word by word** (:func:`shape_words`): cut at spaces and at ICU's word
boundaries, so no OpenType lookup can reach across a word. Padauk's contextual lookups,
given a whole line, joined a medial ra ``ြ`` with a ``ု`` many characters later
(``ဖြစ်`` printed as ``ဖြုစ်``); within one word they cannot misfire that way, and a word
is what any other renderer shapes as a unit too.

ReportLab 5 draws a ``ShapedStr``: glyphs mapped to characters of the font, with
HarfBuzz's positions. Its ``shapeFragWord`` makes one; :func:`shape` makes the very same
for a single font run (``tests/writers/test_fast_paths.py`` holds them equal), without
rebuilding a HarfBuzz font per call. We shape with HarfBuzz's default features
(ReportLab's own default adds ``dlig``, which hb-shape does not) so what we draw equals
``hb-shape`` of the same text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from ...fonts import MYANMAR_CHARS
from ...myanmar.words import word_break_positions
from .copyorder import in_copy_order

_SPACE_RUNS = re.compile(" +")
_SPACE = re.compile(" ")
_X_ADVANCE = itemgetter(1)  # ShapeData.x_advance


@lru_cache(maxsize=64)
def _hb_font(font_name: str, size: float) -> hb.Font:
    """ReportLab's HarfBuzz font for a registered face at *size*, made once instead of per call."""
    return pdfmetrics.getFont(font_name).hbFont(size)


@lru_cache(maxsize=50_000)
def shape(text: str, font_name: str, size: float) -> ShapedStr:
    """Shape *text* in one face; the result is drawn by ReportLab's text objects as is.

    The same as ``shapeFragWord([0, (ABag(fontName=font_name, fontSize=size), text)],
    features={}, force=True)`` with one fragment — the glyphs, the characters ReportLab
    maps them to (a private-use code for a glyph no character maps to) and the positions
    in its units — without its per-fragment bookkeeping.
    """
    if not text:
        return ShapedStr("", shapeData=[])
    font = pdfmetrics.getFont(font_name)
    hb_font = _hb_font(font_name, size)
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(hb_font, buf, {})
    face = font.face
    glyph_to_char, char_widths = face.glyphToChar, face.charWidths
    # ReportLab's ``face._pdfScale``, written out: the identity at 1000 units per em, else
    # ``x * (1000 / units)`` (four calls per glyph otherwise).
    per_unit = None if face.unitsPerEm == 1000 else 1000 / face.unitsPerEm
    chars, data = [], []
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        x_advance = pos.x_advance
        try:
            uchar = glyph_to_char[gid][0]
        except KeyError:
            uchar = font.hbAddPrivate(hb_font.glyph_to_string(gid), gid, x_advance)
        chars.append(chr(uchar))
        if per_unit is None:
            data.append(ShapeData(info.cluster, x_advance, pos.y_advance, pos.x_offset, pos.y_offset,
                                  char_widths[uchar]))
        else:
            data.append(ShapeData(info.cluster, x_advance * per_unit, pos.y_advance * per_unit,
                                  pos.x_offset * per_unit, pos.y_offset * per_unit, char_widths[uchar]))
    chars, data = in_copy_order(text, chars, data)
    return ShapedStr("".join(chars), shapeData=data)


def word_cuts(text: str) -> list[int]:
    """Return where *text* is cut into words for shaping: around each run of spaces, at Burmese word boundaries."""
    cuts: set[int] = set()
    for m in _SPACE_RUNS.finditer(text):
        cuts.update(m.span())
    if not MYANMAR_CHARS.isdisjoint(text):
        cuts.update(word_break_positions(text))
    cuts.discard(0)
    cuts.discard(len(text))
    return sorted(cuts)


@lru_cache(maxsize=50_000)
def shape_words(text: str, font_name: str, size: float) -> ShapedStr:
    """Shape *text* in one face word by word (:func:`word_cuts`) into one string to draw.

    Cluster indexes stay indexes into *text*, so justification and copy-out work on the
    whole run as before.
    """
    cuts = word_cuts(text)
    if not cuts:
        return shape(text, font_name, size)
    chars: list[str] = []
    data: list[ShapeData] = []
    words: list[ShapedStr] = []
    for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True):
        piece = shape(text[a:b], font_name, size)
        words.append(piece)
        chars.append(str(piece))
        if a:
            data += [ShapeData(c + a, xa, ya, xo, yo, w) for c, xa, ya, xo, yo, w in piece.__shapeData__]
        else:
            data += piece.__shapeData__
    shaped = ShapedStr("".join(chars), shapeData=data)
    shaped.words = words  # its glyphs word by word (ink_inside, draw._copyable), the words from
    shaped.cuts = cuts  # text[0:cuts[0]], text[cuts[0]:cuts[1]] ... to the end
    return shaped


def width(shaped: ShapedStr, size: float) -> float:
    """Advance width in points of a shaped string."""
    return sum(map(_X_ADVANCE, shaped.__shapeData__)) * size / 1000.0


@lru_cache(maxsize=50_000)
def text_width(text: str, font_name: str, size: float) -> float:
    """Advance width in points of *text* as HarfBuzz shapes it."""
    return width(shape(text, font_name, size), size)


def glyph_ids(shaped: ShapedStr, font_name: str) -> list[int]:
    """Return the glyph ids ReportLab will draw for *shaped* (for tests and diagnostics)."""
    char_to_glyph = pdfmetrics.getFont(font_name).face.charToGlyph
    return [char_to_glyph[ord(ch)] for ch in shaped]


@lru_cache(maxsize=16)
def _extents(font_name: str) -> tuple[hb.Font, float, dict[str, tuple[float, float]]]:
    """HarfBuzz's font at its own units, its units per em, and a cache of ink boxes (left bearing, width).

    The boxes are keyed by the character ReportLab draws for the glyph (one glyph each),
    which saves looking the glyph up for every glyph of every line.
    """
    hb_font = hb.Font(pdfmetrics.getFont(font_name).hbFace)
    return hb_font, float(hb_font.face.upem), {}


def _ink_box(font_name: str, ch: str) -> tuple[float, float]:
    hb_font, _upem, boxes = _extents(font_name)
    extents = hb_font.get_glyph_extents(pdfmetrics.getFont(font_name).face.charToGlyph[ord(ch)])
    box = boxes[ch] = (extents.x_bearing, extents.width) if extents is not None else (0, 0)
    return box


def ink_extent(shaped: ShapedStr, font_name: str, size: float) -> tuple[float, float]:
    """Return the leftmost and rightmost ink of *shaped*, in points from its origin (outlines, not advances).

    A glyph may reach past its advance (a mark hanging right, a negative side bearing),
    so a line that fits by advances can still put ink outside the frame. (Asked for every
    run of every line: one pass with plain comparisons, the same arithmetic as
    ``min``/``max`` over each glyph's box.)
    """
    _hb_font, upem, boxes = _extents(font_name)
    per_unit, per_mille = size / upem, size / 1000.0
    left = right = pen = 0.0
    for ch, sd in zip(shaped, shaped.__shapeData__, strict=True):
        box = boxes.get(ch)
        if box is None:
            box = _ink_box(font_name, ch)
        if box[1]:
            x = pen + sd.x_offset * per_mille + box[0] * per_unit
            if x < left:
                left = x
            edge = x + box[1] * per_unit
            if edge > right:
                right = edge
        pen += sd.x_advance * per_mille
    return left, right


#: Ink counts as inside a run (ink_inside) only with this much room, in thousandths of an
#: em: far more than the rounding of the sums in ink_extent.
_INK_MARGIN = 1e-3


class _WordInk(NamedTuple):
    """Where a shaped word inks, in thousandths of an em from its start (kept on the word: words repeat)."""

    advance: float
    left: float | None  # the leftmost start of a glyph with a negative offset or bearing (None: no such glyph)
    right: float | None  # the rightmost ink (None: no ink)


def _word_ink(word: ShapedStr, font_name: str) -> _WordInk | None:
    """Summarise where *word* inks; None when an advance is negative (a pen could then fall below 0)."""
    _hb_font, upem, boxes = _extents(font_name)
    per_unit = 1000.0 / upem
    pen = 0.0
    left: float | None = None
    right: float | None = None
    for ch, sd in zip(word, word.__shapeData__, strict=True):
        if sd[1] < 0:
            return None
        box = boxes.get(ch)
        if box is None:
            box = _ink_box(font_name, ch)
        if box[1]:
            x = pen + sd[3] + box[0] * per_unit
            if (sd[3] < 0 or box[0] < 0) and (left is None or x < left):
                left = x
            if right is None or x + box[1] * per_unit > right:
                right = x + box[1] * per_unit
        pen += sd[1]
    return _WordInk(pen, left, right)


def ink_inside(shaped: ShapedStr, font_name: str) -> bool:
    """Tell whether all the ink of *shaped* (a :func:`shape_words` result) lies between 0 and its advance width.

    Then :func:`ink_extent` would give ``(0.0, r)`` with ``r`` at most the width: nothing
    a line's ink extent (at least ``(0, width)``) takes from it, so the glyph-by-glyph
    pass can be skipped. Decided word by word from a summary kept on each word: a glyph
    whose offset and bearing are both ≥ 0 inks at or after its pen, which is ≥ 0 when no
    advance is negative, exactly; any other must start ``_INK_MARGIN`` inside, and the
    rightmost ink end that much before the run's advance.
    """
    words = shaped.__dict__.get("words")
    if words is None:
        words = [shaped]
    start = 0.0
    right = None
    for word in words:
        ink = word.__dict__.get("ink")
        if ink is None:
            ink = word.ink = _word_ink(word, font_name) or False
        if ink is False:
            return False
        if ink.left is not None and start + ink.left < _INK_MARGIN:
            return False
        if ink.right is not None and (right is None or start + ink.right > right):
            right = start + ink.right
        start += ink.advance
    return right is None or right <= start - _INK_MARGIN


def words_of(shaped: ShapedStr, text: str) -> list[tuple[str, ShapedStr]] | None:
    """Return the ``(text, shaped word)`` pairs *shaped* (``shape_words(text, …)``) is made of.

    None unless each word's first glyph starts at its first character (nearly always):
    then no cluster reaches from one word into the next, and what is decided per glyph
    from the clusters (their texts) can be decided word by word.
    """
    words = shaped.__dict__.get("words")
    if words is None:
        words, cuts = [shaped], []
    else:
        cuts = shaped.cuts
    if not all(word.__shapeData__ and word.__shapeData__[0][0] == 0 for word in words):
        return None
    bounds = [0, *cuts, len(text)]
    return [(text[a:b], word) for a, b, word in zip(bounds[:-1], bounds[1:], words, strict=True)]


def stretch_at(shaped: ShapedStr, positions: set[int], extra: float, size: float) -> ShapedStr:
    """Return a copy of *shaped* advancing *extra* points more before each character index in *positions*.

    The space goes after the last glyph before that character's cluster (justification
    between Burmese syllables).
    """
    if not extra or not positions:
        return shaped
    add = extra * 1000.0 / size
    data = list(shaped.__shapeData__)
    stops = sorted(positions)
    for k in range(len(data) - 1):
        here, after = data[k].cluster, data[k + 1].cluster
        # Is a position p with here < p <= after? (bisection: a justified line asks per glyph)
        if bisect_right(stops, after) > bisect_right(stops, here):
            data[k] = data[k]._replace(x_advance=data[k].x_advance + add)
    return _same_words(ShapedStr(str(shaped), shapeData=data), shaped)


def stretch_spaces(shaped: ShapedStr, text: str, extra: float, size: float) -> ShapedStr:
    """Return a copy of *shaped* whose space glyphs advance *extra* points more (justification)."""
    if not extra:
        return shaped
    add = extra * 1000.0 / size
    spaces = {m.start() for m in _SPACE.finditer(text)}  # the clusters of space glyphs
    data = [sd if sd[0] not in spaces else ShapeData(sd[0], sd[1] + add, sd[2], sd[3], sd[4], sd[5])
            for sd in shaped.__shapeData__]
    return _same_words(ShapedStr(str(shaped), shapeData=data), shaped)


def _same_words(copy: ShapedStr, shaped: ShapedStr) -> ShapedStr:
    """*copy* (the glyphs and clusters of *shaped*, other advances) is made of the same words.

    It also keeps the run as shaped (``base``): its glyph data, where equal to the copy's,
    is drawn from the words' kept operators (``draw._run_operators``).
    """
    if "words" in shaped.__dict__:
        copy.words, copy.cuts = shaped.words, shaped.cuts
    copy.base = shaped.__dict__.get("base", shaped)
    return copy
