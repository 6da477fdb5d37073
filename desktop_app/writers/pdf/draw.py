"""Draw typeset lines on a ReportLab canvas with their text copyable as typed.

Every text run is drawn by :func:`draw_line`, and made copyable two ways at once, because
PDF readers disagree on which they read:

- a run with Burmese, or whose glyphs do not map one-to-one back to its characters
  (Latin ligatures), is wrapped in ``/Span <</ActualText (…)>> BDC … EMC`` marked content
  — poppler (pdftotext, Evince, Okular) and Acrobat return that text;
- its glyphs are drawn with codes whose ToUnicode carries each HarfBuzz cluster's text
  in logical order on the cluster's first drawn glyph and nothing on the others
  (``fonts.ClusterFont``) — what pdf.js, PDFium and MuPDF read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

from reportlab.lib import rl_accel
from reportlab.lib.colors import Color, toColor
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from ...fonts import MYANMAR_CHARS
from .fonts import ClusterFont
from .shaping import words_of
from .tagging import tagger_of
from .typesetter import Line, Run

_COLORS: dict[str, Color] = {}

#: ReportLab's number formatting, remembered: text operators repeat the same few sizes,
#: offsets and justification adjustments (without the optional rl_accel package,
#: ReportLab formats numbers in pure Python).
_fp = lru_cache(maxsize=65536)(fp_str)

#: ReportLab's string escaping as one ``str.translate``, when it would otherwise escape byte
#: by byte in pure Python (its table, so the same output).
_ESCAPES = getattr(rl_accel, "_ESCAPEDICT", None) if "escapePDF" in rl_accel._py_funcs else None


def _escape(chunk: bytes, escape: Callable[[bytes], str]) -> str:
    if _ESCAPES is None:
        return escape(chunk)
    return chunk.decode("latin-1").translate(_ESCAPES)


def _color(spec: str) -> Color:
    """ReportLab's colour for ``#rrggbb``, parsed once."""
    color = _COLORS.get(spec)
    if color is None:
        color = _COLORS[spec] = toColor(spec)
    return color


def _tokens(chunk: bytes, data: list, escape: Callable[[bytes], str]) -> str:
    """One ``Tj``/``TJ`` operator for glyph codes *chunk* drawn at one rise, as ReportLab writes it.

    ReportLab lists, per glyph, ``-x_offset``, the glyph's code and its advance
    correction, drops the zeros, joins runs of codes into strings and sums runs of
    numbers, and drops numbers that print as ``0``; this does the same in one pass.
    """
    out: list[str] = []
    if not any(sd[3] for sd in data):  # no glyph offset (most Latin text): cut only at corrections
        corrections = [sd[5] - sd[1] + sd[3] for sd in data]  # width - x_advance + x_offset
        start = 0
        for i, correction in enumerate(corrections):
            if correction:
                out.append(f"({_escape(chunk[start:i + 1], escape)})")
                start = i + 1
                number = _fp(0 + correction)
                if number != "0":
                    out.append(number)
        if start < len(chunk):
            out.append(f"({_escape(chunk[start:], escape)})")
        if len(out) == 1 and out[0].startswith("("):
            return f"{out[0]} Tj"
        return f"[{' '.join(out)}] TJ"
    codes: list[int] = []
    total: float | None = None
    for code, sd in zip(chunk, data, strict=True):
        shift = -sd.x_offset
        if shift:
            if codes:
                out.append(f"({_escape(bytes(codes), escape)})")
                codes = []
            total = shift if total is None else total + shift
        if total is not None:
            number = _fp(0 + total)
            if number != "0":
                out.append(number)
            total = None
        codes.append(code)
        correction = sd.width - sd.x_advance + sd.x_offset
        if correction:
            out.append(f"({_escape(bytes(codes), escape)})")
            codes = []
            total = correction
    if codes:
        out.append(f"({_escape(bytes(codes), escape)})")
    elif total is not None:
        number = _fp(0 + total)
        if number != "0":
            out.append(number)
    if len(out) == 1 and out[0].startswith("("):
        return f"{out[0]} Tj"
    return f"[{' '.join(out)}] TJ"


def split_string(font: TTFont, text: str, doc: object) -> list[tuple[int, bytes]]:
    """``font.splitString(text, doc)``: the codes of *text* in the font's subsets, grouped by subset.

    ReportLab looks every character up in Python; once every character of a run has its
    code (all but the first uses of each), and they all fall in one subset (nearly
    always), that is one lookup per character by ``map``. Anything else is ReportLab's.
    """
    state = font.state.get(doc)
    if state is not None and text and "\xa0" not in text:  # ReportLab draws U+00A0 as a space
        try:
            codes = list(map(state.assignments.__getitem__, map(ord, text)))
        except KeyError:
            pass  # a character without a code yet: ReportLab assigns it
        else:
            subset = codes[0] >> 8
            if min(codes) >> 8 == subset == max(codes) >> 8:
                return [(subset, bytes(codes) if not subset else bytes(code & 0xFF for code in codes))]
    return font.splitString(text, doc)


def _format_shaped(text: PDFTextObject, shaped: ShapedStr) -> str:
    """``PDFTextObject._formatText`` for a shaped string in a TrueType font: the same operators, faster."""
    canvas = text._canvas
    doc = canvas._doc
    escape = canvas._escape
    font = pdfmetrics.getFont(text._fontname)
    state = (text._code, text._x, text._y)
    try:
        code = text._code = []
        rise0 = text._rise
        size = text._fontsize
        shape_data = shaped.__shapeData__
        done = 0
        for subset, chunk in split_string(font, shaped, doc):
            if subset != text._curSubset:
                code.append(f"{font.getSubsetInternalName(subset, doc)} {_fp(size)} Tf {_fp(text._leading)} TL")
                text._curSubset = subset
            data = shape_data[done:done + len(chunk)]
            done += len(chunk)
            if not any(sd[4] for sd in data):  # no glyph raised or lowered: one operator at this rise
                code.append(_tokens(chunk, data, escape))
                continue
            start = 0
            for i, sd in enumerate(data):
                rise = rise0 + size * sd.y_offset / 1000
                if i == 0 or rise != text._rise:
                    if i:
                        code.append(_tokens(chunk[start:i], data[start:i], escape))
                        if text._rise != rise0:
                            text.setRise(rise0)
                    if rise != text._rise:
                        text.setRise(rise)
                    start = i
            code.append(_tokens(chunk[start:], data[start:], escape))
            if text._rise != rise0:
                text.setRise(rise0)
        if text._rise != rise0:
            text.setRise(rise0)
    finally:
        text._code, text._x, text._y = state
    return " ".join(code)


def pdf_text_string(text: str) -> str:
    """Return a PDF text string (UTF-16BE with BOM, hex) that survives any character."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


#: What a glyph copies as when its cluster has more glyphs than characters: a format
#: character, which pdf.js drops (an empty ToUnicode entry it would replace by the code).
NOTHING = "\u2060"


def cluster_texts(text: str, shaped: ShapedStr) -> list[str]:
    """Per glyph, the text it copies as, so that the glyphs in drawing order read back *text*.

    A HarfBuzz cluster starts at a character index and holds the characters up to the
    next cluster's start. Its characters are dealt out in logical order over its glyphs in
    drawing order: one each, the surplus on the first (ligatures), ``NOTHING`` on glyphs
    left over. So ``ကေ``, drawn ေ first, copies as ``က`` + ``ေ``, not ``ေက``.
    """
    clusters = [sd[0] for sd in shaped.__shapeData__]
    if all(a < b for a, b in pairwise(clusters)):  # one glyph per cluster, in order: the usual case
        return [text[a:b] or NOTHING for a, b in zip(clusters, [*clusters[1:], len(text)][:len(clusters)], strict=True)]
    starts = sorted(set(clusters))
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    glyph_count = Counter(clusters)
    dealt: dict[int, int] = {}  # cluster -> characters already given out
    out = []
    for cluster in clusters:
        size = ends[cluster] - cluster
        done = dealt.get(cluster, 0)
        take = max(1, size - glyph_count[cluster] + 1) if done == 0 else (1 if done < size else 0)
        out.append(text[cluster + done:cluster + done + take] or NOTHING)
        dealt[cluster] = done + take
    return out


def _copyable(run: Run) -> ShapedStr:
    """Return the run's glyphs re-coded so the font's ToUnicode reads back its text cluster by cluster."""
    shaped = run.shaped
    if str(shaped) == run.text:
        return shaped
    font = pdfmetrics.getFont(run.font)
    if not isinstance(font, ClusterFont):
        return shaped
    words = words_of(shaped, run.text)
    if words is None:
        return ShapedStr(_recode(font, run.text, shaped), shapeData=shaped.__shapeData__)
    # Word by word (clusters stay within a word): each word's codes are kept on it.
    return ShapedStr("".join([_recoded(font, text, word) for text, word in words]), shapeData=shaped.__shapeData__)


def _recode(font: ClusterFont, text: str, shaped: ShapedStr) -> str:
    """Return the characters drawing *shaped* so that they copy as *text*, glyph by glyph (``cluster_texts``)."""
    char_to_glyph, cluster_char = font.face.charToGlyph, font.cluster_char
    # A glyph that copies as its own character keeps it (what cluster_char would answer).
    return "".join([ch if piece == ch else cluster_char(char_to_glyph[ord(ch)], piece)
                    for ch, piece in zip(str(shaped), cluster_texts(text, shaped), strict=True)])


def _recoded(font: ClusterFont, text: str, word: ShapedStr) -> str:
    """Return ``_recode`` of one shaped word (*text* shaped), kept on it: words repeat, and codes never change."""
    codes = word.__dict__.get("copy_codes")
    if codes is None:
        codes = word.copy_codes = _recode(font, text, word)
    return codes


def draw_line(canvas: Canvas, line: Line, x: float, baseline: float) -> None:
    """Draw one line with its left edge at *x* and its baseline at *baseline*; add link areas."""
    if not line.runs:
        return
    text = canvas.beginText()
    tagger = tagger_of(canvas)
    if tagger is not None:
        tagger.new_line()
    for run in line.runs:
        if tagger is not None:  # each run inside the marked content of its structure element
            tagger.switch(text._code, canvas._pageNumber, run)
        # Runs whose glyphs map one-to-one back to the typed characters copy correctly
        # through the font's ToUnicode map; the others, and all Burmese (whose marks are
        # positioned apart, so readers insert spaces), also get ActualText.
        marked = str(run.shaped) != run.text or not MYANMAR_CHARS.isdisjoint(run.text)
        if marked:
            text._code.append(f"/Span <</ActualText {pdf_text_string(run.text)}>> BDC")
        text.setTextOrigin(x + run.x, baseline + run.rise)
        text.setFont(run.font, run.size)
        text.setFillColor(_color(run.style.color))
        # text.textOut(run.shaped), without moving the text cursor (every run sets its origin)
        text._code.append(_format_shaped(text, _copyable(run)))
        if marked:
            text._code.append("EMC")
    if tagger is not None:
        tagger.end_line(text._code)
    canvas.drawText(text)
    _link_areas(canvas, line, x, baseline)


def _link_areas(canvas: Canvas, line: Line, x: float, baseline: float) -> None:
    """One clickable rectangle per link (or footnote marker) per line."""
    tagger = tagger_of(canvas)
    links = tagger.line_links if tagger is not None else {}
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
        if tagger is not None and target in links:
            tagger.annotated(canvas, links[target], external)


def draw_lines(canvas: Canvas, lines: list[Line], x: float, top: float) -> float:
    """Draw lines downward from *top*; return the y below the last one."""
    y = top
    for line in lines:
        draw_line(canvas, line, x, y - line.baseline)
        y -= line.height
    return y
