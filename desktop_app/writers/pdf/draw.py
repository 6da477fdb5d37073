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
from typing import NamedTuple
from weakref import WeakKeyDictionary, ref

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

#: Per ``#rrggbb``: ReportLab's colour, and its fill operator as ``setFillColor`` writes it.
_FILLS: dict[str, tuple[Color, str]] = {}

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


def _set_fill(text: PDFTextObject, spec: str) -> None:
    """``text.setFillColor(toColor(spec))``: the colour parsed and its operator formatted once per colour.

    ReportLab then sets the fill alpha, which writes nothing while the canvas's alpha is
    already that value (always, here) but for raising the PDF version; so does this.
    """
    fill = _FILLS.get(spec)
    if fill is None:
        color = toColor(spec)
        fill = _FILLS[spec] = (color, f"{fp_str((color.red, color.green, color.blue))} rg")
    color, operator = fill
    alpha = getattr(color, "alpha", None)
    if text._enforceColorSpace or type(color) is not Color or (
            alpha is not None and alpha != text._canvas._extgstate._d.get("ca", 1)):
        text.setFillColor(color)
        return
    text._code.append(operator)
    text._fillColorObj = color
    if alpha is not None:
        text._canvas._doc.ensureMinPdfVersion("transparency")


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


class _Raised(NamedTuple):
    """The rises of a word with raised or lowered glyphs, and how it draws from each rise state it met."""

    size: float  # the font size and the text's own rise the rises were worked out at
    rise0: float
    rises: list[float]  # per glyph, as ``_format_shaped`` works them out
    entries: dict[float, tuple]  # the rise state before the word -> ``_entry`` (made as met)


class _Pieces(NamedTuple):
    """A shaped word's text operators in one document, made once and joined word by word (kept on the word).

    What ``_tokens`` writes for the word's glyphs, less what depends on its neighbours:
    the first glyph's shift (``lead``), summed with the previous word's last correction
    (``trail``) into one number; and the codes before the word's first cut and after its
    last, which run on into the neighbours' codes in one string. ``subset`` is -1 for a
    word drawn glyph by glyph only (codes in two subsets, a cluster reaching in from the
    word before).
    """

    state: object  # a weak reference to the font's state in the document whose codes these are
    subset: int
    codes: bytes  # the word's glyph codes in the subset
    lead: float | None  # -x_offset of the first glyph, when not 0
    first: str  # the codes up to the first cut, escaped
    middle: str  # the whole tokens between the first cut and the last, space-separated ("" if none)
    last: str | None  # the codes after the last cut, escaped (None: no cut)
    trail: float | None  # the last glyph's advance correction, when not 0
    raised: _Raised | None  # None: no glyph raised or lowered


#: A word's ``(lead, first, middle, last, trail)`` (see :class:`_Pieces`).
_Joinable = tuple[float | None, str, str, str | None, float | None]


def _pieces(codes: bytes, data: list, escape: Callable[[bytes], str]) -> _Joinable:
    """``(lead, first, middle, last, trail)`` of glyphs *codes* at *data* (see :class:`_Pieces`).

    ``_tokens``'s pass over every glyph, with the first glyph's shift and the last
    glyph's correction left to the joins.
    """
    out: list[str] = []
    start = 0  # codes[start:i] are not written yet
    total: float | None = None
    trail: float | None = None
    end = len(data) - 1
    for i, sd in enumerate(data):
        if i:
            shift = -sd[3]
            if shift:
                if i > start:
                    out.append(f"({_escape(codes[start:i], escape)})")
                    start = i
                total = shift if total is None else total + shift
            if total is not None:
                number = _fp(0 + total)
                if number != "0":
                    out.append(number)
                total = None
        correction = sd[5] - sd[1] + sd[3]  # width - x_advance + x_offset
        if correction:
            out.append(f"({_escape(codes[start:i + 1], escape)})")
            start = i + 1
            if i < end:
                total = correction
            else:
                trail = correction
    if start <= end:
        out.append(f"({_escape(codes[start:], escape)})")
    lead = -data[0][3] or None
    if len(out) == 1:
        return lead, out[0][1:-1], "", None, trail
    return lead, out[0][1:-1], " ".join(out[1:-1]), out[-1][1:-1], trail


def _entry(codes: bytes, data: list, rises: list[float], rise: float, rise0: float,
           escape: Callable[[bytes], str]) -> tuple:
    """How a word whose glyphs stand at *rises* draws when the text object's rise state is *rise*.

    ``_format_shaped`` (ReportLab's ``_formatText``) ends a text operator before each glyph
    whose rise differs from the state, writes that glyph's rise (``Ts``), and sets the state
    to it — or, when the state was not *rise0*, back to *rise0* (ReportLab's ``setRise``
    replaces a ``Ts`` just written instead of adding one, and leaves its state as it was).
    Returns ``(ts, head, inner, tail, rise after)``: the ``Ts`` before the first glyph (or
    None), the pieces of the glyphs up to the next ``Ts``, the complete operators from
    there to the last ``Ts`` (or None: no more), the pieces after it.
    """
    splits = []
    for i, r in enumerate(rises):
        if r != rise:
            splits.append(i)
            rise = r if rise == rise0 else rise0
    ts = None
    if splits and splits[0] == 0:
        ts = f"{_fp(rises[0])} Ts"
        del splits[0]
    if not splits:
        return ts, _pieces(codes, data, escape), None, None, rise
    a = splits[0]
    head = _pieces(codes[:a], data[:a], escape)
    inner = []
    for b in splits[1:]:
        inner += [f"{_fp(rises[a])} Ts", _tokens(codes[a:b], data[a:b], escape)]
        a = b
    inner.append(f"{_fp(rises[a])} Ts")
    return ts, head, " ".join(inner), _pieces(codes[a:], data[a:], escape), rise


def _word_pieces(font: TTFont, doc: object, token: object, word: ShapedStr, text: str, recode: bool,
                 size: float, rise0: float, escape: Callable[[bytes], str], kept: _Pieces | None) -> _Pieces:
    """Make *word*'s pieces in *doc* (*token*: the font's state there), giving codes as drawing the run would.

    Its characters are given codes in order, as a run's are: every word before it has its
    codes already.

    *kept*: its pieces in another document (the preview's last render, an export), taken
    as they are when its characters have the same codes here — as they mostly do, codes
    being given in the order of first use.
    """
    data = word.__shapeData__
    if not data or (recode and data[0][0] != 0):
        return _Pieces(token, -1, b"", None, "", "", None, None, None)
    chars = _recoded(font, text, word) if recode else str(word)
    split = split_string(font, chars, doc)
    if len(split) != 1:
        return _Pieces(token, -1, b"", None, "", "", None, None, None)
    subset, codes = split[0]
    if kept is not None and kept.subset == subset and kept.codes == codes:
        return kept._replace(state=token)
    raised = None
    if any(sd[4] for sd in data):
        raised = _Raised(size, rise0, [rise0 + size * sd[4] / 1000 for sd in data], {})
    lead, first, middle, last, trail = _pieces(codes, data, escape)
    return _Pieces(token, subset, codes, lead, first, middle, last, trail, raised)


#: Per font state (one font in one document): the marker a word drawn once there keeps
#: instead of its pieces. Most words of a document are drawn once (5,900 of 6,600 in 200
#: generated bilingual pages, against 550 drawn five times or more), so pieces are kept
#: from a word's second use on: the memory they take stays small.
_ONCE: WeakKeyDictionary = WeakKeyDictionary()


def _pieces_of(font: TTFont, doc: object, state: object, token: object, word: ShapedStr, text: str, key: str,
               recode: bool, size: float, rise0: float, escape: Callable[[bytes], str]) -> _Pieces:
    """Return *word*'s pieces in *doc* (:func:`_word_pieces`), kept on the word when it is drawn more than once."""
    stored = word.__dict__.get(key)
    once = _ONCE.get(state)
    if once is None:  # a new list: one marker per state, holding nothing (the state can go)
        once = _ONCE[state] = [None]
    repeated = type(stored) is _Pieces  # kept: it repeated in another document
    pieces = _word_pieces(font, doc, token, word, text, recode, size, rise0, escape, stored if repeated else None)
    word.__dict__[key] = pieces if repeated or stored is once or pieces.subset < 0 else once
    return pieces


def _run_operators(text: PDFTextObject, run: Run) -> str | None:
    """Return the run's text operators (``_format_shaped`` of ``_copyable(run)``) joined from its words' pieces.

    Only the joins are worked out here: a previous word's correction and the next one's
    shift summed into one number, codes running on from word to word, the rise changes,
    and the words a justification stretched (their pieces made anew from the stretched
    positions). None when a word must be drawn glyph by glyph; its codes are then given
    as before, since every word before it already has its codes, in order.
    """
    shaped = run.shaped
    base = shaped.__dict__.get("base", shaped)  # the run as shaped, before justification
    words = base.__dict__.get("words") or (base,)
    font = pdfmetrics.getFont(run.font)
    canvas = text._canvas
    doc = canvas._doc
    state = font.state.get(doc)
    if state is None:  # the font's first text in this document: made as ReportLab makes it
        font.splitString("", doc)
        state = font.state[doc]
    token = ref(state)  # kept on words, it keeps no state of a finished document alive
    recode = isinstance(font, ClusterFont) and shaped != run.text
    key = "pieces_recoded" if recode else "pieces"
    escape = canvas._escape
    size, rise0 = text._fontsize, text._rise
    stretched = shaped is not base
    data = shaped.__shapeData__
    base_data = base.__shapeData__
    bounds: list[int] | None = None
    code: list[str] = []
    subset0 = text._curSubset
    out: list[str] = []  # the current text operator's tokens
    subset: int | None = None
    pending: str | None = None  # codes not written yet
    total: float | None = None  # a number not written yet
    rise = rise0  # the text object's rise state (``text._rise`` in ``_format_shaped``)
    start = 0  # the word's first glyph in the run
    for k, word in enumerate(words):
        pieces = word.__dict__.get(key)
        if pieces is None or pieces[0] is not token:
            if bounds is None:
                bounds = [0, *base.cuts, len(run.text)] if len(words) > 1 else [0, len(run.text)]
            pieces = _pieces_of(font, doc, state, token, word, run.text[bounds[k]:bounds[k + 1]], key, recode, size,
                                rise0, escape)
        _state, word_subset, codes, lead, first, middle, last, trail, raised = pieces
        if word_subset != subset:
            if word_subset < 0:  # this word is drawn glyph by glyph: so is the run
                text._curSubset = subset0
                return None
            if k:
                code.append(_chunk(out, pending, total))
                out, pending, total = [], None, None
                if rise != rise0:
                    code.append(f"{_fp(rise0)} Ts")
                    rise = rise0
            subset = word_subset
            if subset != text._curSubset:
                code.append(f"{font.getSubsetInternalName(subset, doc)} {_fp(size)} Tf {_fp(text._leading)} TL")
                text._curSubset = subset
        end = start + len(word)
        changed = stretched and data[start:end] != base_data[start:end]  # justification moved its glyphs
        inner: str | None = None
        tail: _Joinable | None = None
        if raised is None and rise == rise0:  # nothing raised: the word's pieces as they are
            if changed:
                if end - start == 1:  # a space, mostly
                    sd = data[start]
                    lead, trail = -sd[3] or None, sd[5] - sd[1] + sd[3] or None
                else:
                    lead, first, middle, last, trail = _pieces(codes, data[start:end], escape)
        else:
            if raised is not None and (raised.size != size or raised.rise0 != rise0):
                text._curSubset = subset0
                return None
            entry = None if changed or raised is None else raised.entries.get(rise)
            if entry is None:
                word_data = data[start:end] if changed else word.__shapeData__
                rises = raised.rises if raised is not None else [rise0 + size * sd[4] / 1000 for sd in word_data]
                entry = _entry(codes, word_data, rises, rise, rise0, escape)
                if not changed and raised is not None:
                    raised.entries[rise] = entry
            ts, (lead, first, middle, last, trail), inner, tail, rise = entry
            if ts is not None:
                if out or pending is not None:
                    code.append(_chunk(out, pending, total))
                    out, pending, total = [], None, None
                code.append(ts)
        start = end
        while True:
            if lead is not None:
                if pending is not None:
                    out.append(f"({pending})")
                    pending = None
                total = lead if total is None else total + lead
            if total is not None:
                number = _fp(0 + total)
                if number != "0":
                    out.append(number)
                total = None
            if last is None:
                pending = first if pending is None else pending + first
            else:
                out.append(f"({first})" if pending is None else f"({pending}{first})")
                if middle:
                    out.append(middle)
                pending = last
            if trail is not None:
                out.append(f"({pending})")
                pending = None
                total = trail
            if inner is None:
                break
            code.append(_chunk(out, pending, total))  # a rise change inside the word
            out, pending, total = [], None, None
            code.append(inner)
            assert tail is not None
            (lead, first, middle, last, trail), inner = tail, None
    code.append(_chunk(out, pending, total))
    if rise != rise0:
        code.append(f"{_fp(rise0)} Ts")
    return " ".join(code)


def _chunk(out: list[str], pending: str | None, total: float | None) -> str:
    """Return the ``Tj``/``TJ`` operator of tokens *out* and what is left to write (as ``_tokens`` ends)."""
    if pending is not None:
        out.append(f"({pending})")
    elif total is not None:
        number = _fp(0 + total)
        if number != "0":
            out.append(number)
    if len(out) == 1 and out[0].startswith("("):
        return f"{out[0]} Tj"
    return f"[{' '.join(out)}] TJ"


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
        _set_fill(text, run.style.color)
        # text.textOut(run.shaped), without moving the text cursor (every run sets its origin)
        operators = _run_operators(text, run)
        text._code.append(operators if operators is not None else _format_shaped(text, _copyable(run)))
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
