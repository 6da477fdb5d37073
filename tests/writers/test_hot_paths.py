"""The layout and drawing hot paths of issue 17 give what the plain loops they replaced gave.

Each fast path keeps the arithmetic of the loop it replaced, so the PDF's bytes do not
change: the ink extent of a run (every glyph's box, now looked up by the character drawn
and compared without ``min``/``max``), the copy-out text per glyph (one glyph per
cluster now skips the general dealing), and the word-by-word shaping's cluster offsets.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from desktop_app.fonts import FAMILIES
from desktop_app.writers.pdf.draw import NOTHING, cluster_texts
from desktop_app.writers.pdf.fonts import register_face
from desktop_app.writers.pdf.shaping import _extents, ink_extent, shape, shape_words, word_cuts
from tests.conftest import corpus_lines


def _faces() -> list[str]:
    return [register_face(FAMILIES[family].file(bold, italic)) for family, bold, italic in (
        ("Noto Sans Myanmar", False, False), ("Noto Sans Myanmar", True, False), ("Noto Serif", False, False),
        ("Noto Serif", False, True), ("Padauk", False, False))]


def _reference_ink(shaped: ShapedStr, font_name: str, size: float) -> tuple[float, float]:
    hb_font, upem, _ = _extents(font_name)
    char_to_glyph = pdfmetrics.getFont(font_name).face.charToGlyph
    per_unit, per_mille = size / upem, size / 1000.0
    left, right, pen = 0.0, 0.0, 0.0
    for ch, sd in zip(shaped, shaped.__shapeData__, strict=True):
        extents = hb_font.get_glyph_extents(char_to_glyph[ord(ch)])
        box = (extents.x_bearing, extents.width) if extents is not None else (0, 0)
        if box[1]:
            x = pen + sd.x_offset * per_mille + box[0] * per_unit
            left, right = min(left, x), max(right, x + box[1] * per_unit)
        pen += sd.x_advance * per_mille
    return left, right


def _texts() -> list[str]:
    return corpus_lines("unicode")[:40] + ["office affine fjord", "(ဒုတိယ) ၂၀၂၄", "ကမ္ဘာ English", "", " "]


def test_ink_extent_is_the_glyph_by_glyph_extent_bit_for_bit():
    for face in _faces():
        for text in _texts():
            for size in (6.2, 10.5, 11.0):
                shaped = shape_words(text, face, size)
                assert ink_extent(shaped, face, size) == _reference_ink(shaped, face, size), (face, text)


def _reference_cluster_texts(text: str, shaped: ShapedStr) -> list[str]:
    clusters = [sd.cluster for sd in shaped.__shapeData__]
    starts = sorted(set(clusters))
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    glyph_count = Counter(clusters)
    dealt: dict[int, int] = {}
    out = []
    for cluster in clusters:
        size = ends[cluster] - cluster
        done = dealt.get(cluster, 0)
        take = max(1, size - glyph_count[cluster] + 1) if done == 0 else (1 if done < size else 0)
        out.append(text[cluster + done:cluster + done + take] or NOTHING)
        dealt[cluster] = done + take
    return out


def test_cluster_texts_of_real_runs_are_the_general_dealing():
    for face in _faces():
        for text in _texts():
            shaped = shape_words(text, face, 11.0)
            if not text:
                continue  # no run is empty
            assert cluster_texts(text, shaped) == _reference_cluster_texts(text, shaped), (face, text)


@given(st.lists(st.integers(0, 12), min_size=1, max_size=12), st.text(alphabet="abcက", min_size=1, max_size=14))
def test_cluster_texts_of_any_clusters_are_the_general_dealing(clusters, text):
    clusters = [min(c, len(text) - 1) for c in clusters]
    shaped = ShapedStr("x" * len(clusters), shapeData=[ShapeData(c, 500.0, 0.0, 0.0, 0.0, 500) for c in clusters])
    assert cluster_texts(text, shaped) == _reference_cluster_texts(text, shaped)


def test_words_shaped_apart_keep_their_clusters_as_indexes_into_the_run():
    for face in _faces():
        for text in _texts():
            cuts = word_cuts(text)
            chars, data = "", []
            for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True):
                piece = shape(text[a:b], face, 11.0)
                chars += str(piece)
                data += [sd._replace(cluster=sd.cluster + a) for sd in piece.__shapeData__]
            shaped = shape_words(text, face, 11.0)
            assert (str(shaped), shaped.__shapeData__) == (chars, data), (face, text)


@given(st.text(alphabet="&<>\"'ab ကခ;#x", max_size=30))
def test_xmp_escaping_is_htmls_without_quotes(text):
    import html

    from desktop_app.writers.pdf.pdfa import escape

    assert escape(text) == html.escape(text, quote=False)


@given(st.lists(st.integers(0, 9), min_size=1, max_size=10), st.sets(st.integers(-1, 11), max_size=6),
       st.floats(0.1, 3.0))
def test_stretching_between_syllables_adds_where_the_glyph_by_position_scan_did(clusters, positions, extra):
    from desktop_app.writers.pdf.shaping import stretch_at

    shaped = ShapedStr("x" * len(clusters), shapeData=[ShapeData(c, 500.0, 0.0, 0.0, 0.0, 500) for c in clusters])
    expected = list(shaped.__shapeData__)
    for k in range(len(expected) - 1):
        here, after = expected[k].cluster, expected[k + 1].cluster
        if any(here < pos <= after for pos in positions):
            expected[k] = expected[k]._replace(x_advance=expected[k].x_advance + extra * 1000.0 / 11.0)
    assert stretch_at(shaped, positions, extra, 11.0).__shapeData__ == expected


@given(st.text(alphabet="ab  c", min_size=1, max_size=16), st.floats(0.1, 3.0))
def test_stretching_spaces_adds_to_the_space_glyphs_only(text, extra):
    from desktop_app.writers.pdf.shaping import stretch_spaces

    shaped = ShapedStr(text, shapeData=[ShapeData(i, 500.0, 0.0, 0.0, 0.0, 500) for i in range(len(text))])
    add = extra * 1000.0 / 11.0
    expected = [sd._replace(x_advance=sd.x_advance + add) if text[sd.cluster] == " " else sd
                for sd in shaped.__shapeData__]
    assert stretch_spaces(shaped, text, extra, 11.0).__shapeData__ == expected


def _reference_tokens(chunk: bytes, data: list, escape) -> str:
    """``draw._tokens`` as it was: one pass over every glyph, offsets or not."""
    from desktop_app.writers.pdf.draw import _escape, _fp

    out: list[str] = []
    codes: list[int] = []
    total = None
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


@given(st.lists(st.tuples(st.integers(0, 255), st.sampled_from([500.0, 480.5, 0.0, 512.25]),
                          st.sampled_from([0, 0.0, 0, -30.0, 12.5]), st.sampled_from([500, 0, 480, 520])),
                max_size=14))
def test_text_operators_are_the_glyph_by_glyph_ones(glyphs):
    from reportlab.pdfgen.canvas import Canvas

    from desktop_app.writers.pdf.draw import _tokens

    chunk = bytes(code for code, *_ in glyphs)
    data = [ShapeData(i, advance, 0.0, offset, 0.0, width) for i, (_, advance, offset, width) in enumerate(glyphs)]
    escape = Canvas(None)._escape
    assert _tokens(chunk, data, escape) == _reference_tokens(chunk, data, escape)


@given(st.lists(st.tuples(st.sampled_from([0, 0.0, -40.5, 12, 300.25]), st.sampled_from([0, 512, 250.5, -20.0])),
                min_size=1, max_size=30), st.sampled_from([6.2, 11.0]))
def test_ink_extent_of_any_offsets_and_advances_is_the_glyph_by_glyph_extent(moves, size):
    face = _faces()[0]
    base = shape_words("ကျွန်ုပ်တို့ (ဒုတိယ) office fjord", face, 11.0)
    data = [sd._replace(x_offset=offset, x_advance=advance)
            for sd, (offset, advance) in zip(base.__shapeData__, moves * len(base.__shapeData__), strict=False)]
    shaped = ShapedStr(str(base), shapeData=data)
    assert ink_extent(shaped, face, size) == _reference_ink(shaped, face, size)


_SERIF_CHARS = [chr(cp) for cp in (*range(0x20, 0x7F), *range(0xA0, 0x17F), 0x2013, 0x2014, 0x201C, 0x201D)]


@given(st.lists(st.text(alphabet=st.sampled_from(_SERIF_CHARS), max_size=40), min_size=1, max_size=30))
def test_runs_split_into_subset_codes_as_reportlab_splits_them(texts):
    """Once a run's characters have codes, the fast split gives ReportLab's; past 256 codes too."""
    from reportlab.pdfgen.canvas import Canvas

    from desktop_app.writers.pdf.draw import split_string

    font = pdfmetrics.getFont(register_face(FAMILIES["Noto Serif"].file(False, False)))
    for warm in (False, True):
        ours, reportlabs = Canvas(None)._doc, Canvas(None)._doc  # the same calls in two documents
        if warm:  # more than one subset's worth of codes already given out
            font.splitString("".join(_SERIF_CHARS), ours)
            font.splitString("".join(_SERIF_CHARS), reportlabs)
        for text in texts + texts:
            assert split_string(font, text, ours) == font.splitString(text, reportlabs), text


def _reference_runs(ts, text: str, span_starts: list[int], span_styles: list):
    """``Typesetter._runs`` with every span grouped character by character (no one-piece shortcut)."""
    from itertools import groupby

    from desktop_app.fonts import LATIN_SCRIPT, MYANMAR_SCRIPT, char_scripts, char_slots

    starts, fonts, styles, scales = [], [], [], []
    myanmar_scale = ts.fonts.scale(MYANMAR_SCRIPT)
    scripts = char_scripts(text)
    slots = char_slots(text, ts._covers, scripts, {})
    for a, b, style in zip(span_starts, [*span_starts[1:], len(text)], span_styles, strict=True):
        if a == b:
            continue
        latin = ts.face(LATIN_SCRIPT, style)
        if style.superscript:
            pieces = [(latin, 1.0, b - a)]
        else:
            faces = {LATIN_SCRIPT: latin, MYANMAR_SCRIPT: ts.face(MYANMAR_SCRIPT, style)}
            pieces = [(faces[slot], myanmar_scale if script == MYANMAR_SCRIPT else 1.0, len(list(group)))
                      for (slot, script), group in groupby(zip(slots[a:b], scripts[a:b], strict=True))]
        i = a
        for font, scale, count in pieces:
            if not (fonts and fonts[-1] == font and scales[-1] == scale and styles[-1] == style):
                starts.append(i)
                fonts.append(font)
                styles.append(style)
                scales.append(scale)
            i += count
    return starts, fonts, styles, scales


@given(st.lists(st.tuples(st.sampled_from(["English words, ", "(ဒုတိယ)", "ကမ္ဘာ ", "၊ ", "2024", "—", " "]),
                          st.booleans(), st.booleans()), min_size=1, max_size=6))
def test_style_runs_are_the_character_grouped_runs(spans):
    from desktop_app.resolve import FontScheme
    from desktop_app.writers.pdf.typesetter import TextStyle, Typesetter

    ts = Typesetter(FontScheme(FAMILIES["Noto Sans Myanmar"], FAMILIES["Noto Serif"]))
    text = "".join(piece for piece, _, _ in spans)
    starts = [sum(len(piece) for piece, _, _ in spans[:k]) for k in range(len(spans))]
    styles = [TextStyle(11.0, bold=bold, superscript=sup) for _, bold, sup in spans]
    assert ts._runs(text, starts, styles) == _reference_runs(ts, text, starts, styles)


# --- third round -------------------------------------------------------------------------------

def _spans_for_measuring(text: str, cut: int) -> list:
    from desktop_app.writers.pdf.typesetter import Span, TextStyle

    plain, bold = TextStyle(10.5), TextStyle(10.5, bold=True)
    note = TextStyle(10.5, superscript=True, anchor="note-1")
    return [Span(text[:cut], plain), Span(text[cut:cut + 7], bold), Span("12", note, note=12, glued=True),
            Span(text[cut + 7:], plain)]


def test_atoms_measured_in_one_pass_are_measured_as_atom_by_atom():
    from desktop_app.fonts import FAMILIES
    from desktop_app.resolve import FontScheme
    from desktop_app.writers.pdf.typesetter import Typesetter

    texts = [t for t in _texts() if t.strip()] + ["word " * 30, "a  b\tc", "https://example.org/" + "x" * 300]
    for myanmar in ("Noto Sans Myanmar", "Padauk"):
        typesetter = Typesetter(FontScheme(FAMILIES[myanmar], FAMILIES["Noto Serif"]))
        for text in texts:
            for cut in (0, 3, len(text) // 2):
                p = typesetter._prepare(_spans_for_measuring(text, cut))
                atoms = typesetter._atoms(p)
                for limit in (60.0, 200.0, 450.0):
                    measured = typesetter._measure(p, atoms, limit)
                    split, widths = typesetter._split_overwide(p, atoms, limit)
                    if measured is None:
                        assert split != atoms  # a word too wide for the line, which is cut
                        continue
                    assert split == atoms
                    assert measured == (widths, [typesetter._glue_width(p, a) for a in atoms]), (text, cut, limit)


def test_one_icu_iterator_per_thread_breaks_as_a_new_one_each_time():
    from desktop_app.myanmar.icu import icu_module
    from desktop_app.myanmar.words import _icu_boundaries, has_dictionary

    icu = icu_module()
    if icu is None or not has_dictionary():
        return  # no ICU on this platform: nothing is kept
    for text in [*corpus_lines("unicode")[:60], "", "ကမ္ဘာ English", "လူတိုင်းသည်တူညီ"]:
        fresh = icu.BreakIterator.createWordInstance(icu.Locale("my"))
        fresh.setText(text)
        assert _icu_boundaries(text) == set(fresh), text


def _check_inside(text: str, face: str, size: float) -> bool:
    from desktop_app.writers.pdf.shaping import ink_inside, width

    shaped = shape_words(text, face, size)
    if not ink_inside(shaped, face):
        return False
    left, right = _reference_ink(shaped, face, size)
    # What the line takes from the run's ink extent: nothing, so (0.0, 0.0) may stand in.
    assert left == 0.0 and right <= width(shaped, size), (face, text, size)
    return True


def test_runs_found_inking_inside_their_advances_do_by_the_glyph_by_glyph_extent():
    inside = [_check_inside(text, face, size) for face in _faces() for text in _texts()
              for size in (6.2, 10.5, 11.0)]
    assert sum(inside) > len(inside) // 2  # most runs: the shortcut is taken


@given(st.lists(st.sampled_from(["June", "juncture.", "fjord", "Day", "of", "ffi", "(ဒုတိယ)", "ကျွန်ုပ်", "ယေန့",
                                 "အဖွဲ့", "/", "A", "—", "ရ", "ကမ္ဘာ", "ကို", "မှု"]), min_size=1, max_size=8),
       st.sampled_from([" ", "  ", ""]), st.sampled_from([6.2, 9.0, 11.0]))
def test_any_words_found_inking_inside_do_by_the_glyph_by_glyph_extent(words, gap, size):
    for face in _faces():
        _check_inside(gap.join(words), face, size)


def test_copy_out_codes_word_by_word_are_the_codes_of_the_whole_run():
    from reportlab.pdfbase import pdfmetrics

    from desktop_app.writers.pdf.draw import _copyable, _recode
    from desktop_app.writers.pdf.shaping import stretch_spaces, words_of
    from desktop_app.writers.pdf.typesetter import Run, TextStyle

    checked = 0
    for face in _faces():
        for text in _texts():
            shaped = shape_words(text, face, 11.0)
            if not text or str(shaped) == text:
                continue
            assert words_of(shaped, text) is not None, (face, text)  # the word-by-word path is the one taken
            expected = _recode(pdfmetrics.getFont(face), text, shaped)
            for drawn in (shaped, stretch_spaces(shaped, text, 1.5, 11.0)):  # as justified, too
                copied = _copyable(Run(text, drawn, face, 11.0, TextStyle(11.0)))
                assert (str(copied), copied.__shapeData__) == (expected, drawn.__shapeData__), (face, text)
            checked += 1
    assert checked > 50


# --- fourth round ------------------------------------------------------------------------------

def _expand(runs: list[tuple[int, str, str]], length: int) -> tuple[list[str], list[str]]:
    """Per-character slots and scripts of ``SlotRuns`` runs."""
    slots: list[str] = []
    scripts: list[str] = []
    ends = [*(r[0] for r in runs[1:]), length] if runs else []
    for (start, slot, script), end in zip(runs, ends, strict=True):
        assert end > start  # runs are never empty
        slots += [slot] * (end - start)
        scripts += [script] * (end - start)
    return slots, scripts


def _check_slot_runs(text: str, covers, finder) -> None:
    from desktop_app.fonts import char_scripts, char_slots

    runs = finder(text, covers)
    assert all(a[1:] != b[1:] for a, b in pairwise(runs)), text  # maximal runs
    assert _expand(runs, len(text)) == (char_slots(text, covers, memo={}), char_scripts(text)), text


def _toy_covers(slot: str, ch: str) -> bool:
    """Coverage with gaps both ways: the Myanmar family lacks brackets and ``-.€``, the Latin one ``ခ1``."""
    return not (slot == "my" and ch in "()-.€") and not (slot == "latin" and ch in "ခ1")


#: Latin, Burmese letters and marks taken apart (so no literal here reads as misspelt Burmese), ၊ ။,
#: an Extended-A letter, a zero-width space, an underscore (not a letter for ``str.isalnum``).
_SLOT_ALPHABET = "ab XY1_(),.-€ " + "".join(map(chr, (0x1000, 0x1001, 0x1002, 0x103A, 0x103C, 0x1037, 0x1031,
                                                      0x104A, 0x104B, 0xAA60, 0x200B)))


@given(st.text(alphabet=_SLOT_ALPHABET, max_size=30))
def test_slot_runs_are_the_character_by_character_slots_and_scripts(text):
    from desktop_app.fonts import SlotRuns

    finder = SlotRuns()
    _check_slot_runs(text, _toy_covers, finder)
    _check_slot_runs(text, _toy_covers, finder)  # again, with what it learnt of the characters


def test_slot_runs_of_real_burmese_are_the_character_by_character_ones():
    """The corpus (stacked consonants, kinzi, medials, U+1031) and mixed lines, with the shipped fonts' coverage."""
    from desktop_app.fonts import FAMILIES
    from desktop_app.resolve import FontScheme
    from desktop_app.writers.pdf.typesetter import Typesetter

    mixed = ["(ဒုတိယ) ၂၀၂၄ ခုနှစ်", "ကမ္ဘာ English (UN) ၊ Cyclone Shelter သို့", "အင်္ဂလိပ် — “quoted” ‘ဗုဒ္ဓ’ ယောက်ျား",
             "https://example.org/my/12 ကျွန်ုပ်တို့", "  " + chr(0x1031) + "  ", "[^1] 3.5% ဆွေးနွေးပွဲ!", "_ ÷ ×"]
    for myanmar in ("Noto Sans Myanmar", "Padauk"):
        typesetter = Typesetter(FontScheme(FAMILIES[myanmar], FAMILIES["Noto Serif"]))
        for text in corpus_lines("unicode") + mixed:
            _check_slot_runs(text, typesetter._covers, typesetter._slot_runs)


def test_style_runs_of_real_burmese_are_the_character_grouped_runs():
    from desktop_app.fonts import FAMILIES
    from desktop_app.resolve import FontScheme
    from desktop_app.writers.pdf.typesetter import TextStyle, Typesetter

    typesetter = Typesetter(FontScheme(FAMILIES["Noto Sans Myanmar"], FAMILIES["Noto Serif"]))
    plain, bold, sup = TextStyle(10.5), TextStyle(10.5, bold=True), TextStyle(10.5, superscript=True)
    for line in corpus_lines("unicode")[:80]:
        for cut in (0, 5, len(line) // 2):
            text = line[:cut] + "(UN) " + line[cut:] + "12"
            starts = [0, cut, cut + 5, len(text) - 2]
            styles = [plain, bold, plain, sup]
            assert typesetter._runs(text, starts, styles) == _reference_runs(typesetter, text, starts, styles)


def _reference_prepare(typesetter, spans):
    """``Typesetter._prepare`` as it was: span by span, every place after a space a WORD break."""
    import re

    from desktop_app.myanmar.script import INVISIBLES
    from desktop_app.myanmar.words import SYLLABLE, WORD, line_break_positions

    pieces, length, span_starts, span_styles, hints, glued, notes = [], 0, [], [], set(), set(), {}
    for span in spans:
        if span.glued:
            glued.add(length)
        if span.note is not None:
            notes[length] = span.note
        span_starts.append(length)
        span_styles.append(span.style)
        kept = []
        for ch in span.text:
            if ch == "\u200b":
                hints.add(length + len(kept))
            elif ch not in INVISIBLES:
                kept.append(ch)
        piece = "".join(kept).translate(str.maketrans("\n\t\r", "   "))
        pieces.append(piece)
        length += len(piece)
    text = "".join(pieces)
    breaks = {b.pos: b.rank for b in line_break_positions(text)}
    breaks.update(dict.fromkeys(hints, WORD))
    kept = dict(breaks)  # what the layout keeps now: not the places after a space (its atoms start there anyway)
    for m in re.finditer(r"(?<= )[^ ]", text):
        breaks[m.start()] = WORD
    for m in re.finditer(r"(?<=[^\W_][-/\u2013\u2014])[^\W_]", text):
        breaks.setdefault(m.start(), SYLLABLE)
        kept.setdefault(m.start(), SYLLABLE)
    for i in glued | {0}:
        breaks.pop(i, None)
        kept.pop(i, None)
    return text, span_starts, span_styles, notes, breaks, kept


def _reference_atoms(text: str, breaks: dict[int, int]) -> list[tuple[int, int, int, int]]:
    """``Typesetter._atoms`` as it was: a step per atom, every break a stop."""
    from bisect import bisect_right

    from desktop_app.myanmar.words import WORD

    atoms, i, n, stops = [], 0, len(text), sorted(breaks)
    while i < n and text[i] == " ":
        i += 1
    while i < n:
        space = text.find(" ", i + 1)
        end = n if space < 0 else space
        k = bisect_right(stops, i)
        if k < len(stops) and stops[k] < end:
            end = stops[k]
        j = end
        while j < n and text[j] == " ":
            j += 1
        atoms.append((i, end, j, WORD if j > end or j >= n else breaks.get(j, WORD)))
        i = j
    return atoms


def _prepare_inputs() -> list[list]:
    from desktop_app.writers.pdf.typesetter import Span, TextStyle

    plain, bold = TextStyle(10.5), TextStyle(10.5, bold=True)
    note = TextStyle(10.5, superscript=True, anchor="note-1")
    odd = ["", " ", "  lead and trail  ", "a\tb\nc\r d", "zero\u200bwidth \u200b space\u200b", "join\u200cer\ufeff",
           "well-known and/or https://example.org/a-b/c", "ကမ္ဘာ\u200bEnglish", "2024—2025 – x"]
    inputs = []
    for line in corpus_lines("unicode")[:60] + odd:
        cut = len(line) // 3
        inputs.append([Span(line, plain)])
        inputs.append([Span(line[:cut], plain), Span(line[cut:], bold), Span("7", note, note=7, glued=True),
                       Span(" " + line[:cut], plain)])
        inputs.append([Span("12", note, note=12, glued=True), Span(" ", plain), Span(line, plain)])
    return inputs


def test_prepared_text_and_breaks_are_the_span_by_span_ones():
    from desktop_app.resolve import FontScheme
    from desktop_app.writers.pdf.typesetter import Typesetter

    typesetter = Typesetter(FontScheme(FAMILIES["Noto Sans Myanmar"], FAMILIES["Noto Serif"]))
    for spans in _prepare_inputs():
        p = typesetter._prepare(spans)
        text, span_starts, span_styles, notes, breaks, kept = _reference_prepare(typesetter, spans)
        assert (p.text, p.notes, p.breaks) == (text, notes, kept), spans
        assert (p.starts, p.fonts, p.styles, p.scales) == _reference_runs(typesetter, text, span_starts, span_styles)
        assert typesetter._atoms(p) == _reference_atoms(text, breaks), spans


def _reference_segments(p, start: int, end: int) -> list:
    """``Typesetter._segments`` (collapsing spaces) as it was: every piece with a space through the pattern."""
    import re

    out = []
    k = p.run_at(start)
    while k < len(p.starts) and p.starts[k] < end:
        a = max(start, p.starts[k])
        b = min(end, p.starts[k + 1]) if k + 1 < len(p.starts) else end
        piece = p.text[a:b]
        k += 1
        if " " in piece:
            if a > start and p.text[a - 1] == " ":
                piece = piece.lstrip(" ")
            piece = re.sub(" {2,}", " ", piece)
            if not piece:
                continue
        key = (p.fonts[k - 1], p.styles[k - 1], p.scales[k - 1])
        if out and out[-1][1:] == key:
            out[-1] = (out[-1][0] + piece, *key)
        else:
            out.append((piece, *key))
    return out


def _reference_compose(ts, p, start: int, end: int, line_factor: float):
    """``Typesetter._compose`` as it was: the runs first, then their metrics and inks by ``max``/``min``."""
    from desktop_app.fonts import LATIN_SCRIPT
    from desktop_app.writers.pdf.shaping import ink_extent, ink_inside, width
    from desktop_app.writers.pdf.typesetter import Line, Run

    runs, x, ascent, descent, height = [], 0.0, 0.0, 0.0, 0.0
    for text, font, style, scale in _reference_segments(p, start, end):
        size = ts._size(style, scale)
        shaped = shape_words(text, font, size)
        run = Run(text, shaped, font, size, style, x, width(shaped, size))
        runs.append(run)
        x += run.width
        face = pdfmetrics.getFont(font).face
        base = style.size * scale
        ascent = max(ascent, face.ascent * base / 1000.0)
        descent = max(descent, -face.descent * base / 1000.0)
        factor = ts._line_height.get(font, ts.fonts.leading(LATIN_SCRIPT)) * line_factor / ts.NORMAL_LINE
        height = max(height, base * factor)
    baseline = (height - (ascent + descent)) / 2.0 + ascent
    notes = tuple(number for pos, number in sorted(p.notes.items()) if start <= pos < end)
    inks = [(0.0, 0.0) if ink_inside(r.shaped, r.font) else ink_extent(r.shaped, r.font, r.size) for r in runs]
    ink = (min((r.x + a for r, (a, _) in zip(runs, inks, strict=True)), default=0.0),
           max((r.x + b for r, (_, b) in zip(runs, inks, strict=True)), default=0.0))
    return Line(runs, x, height, baseline, notes, "".join(r.text for r in runs), (min(ink[0], 0.0), max(ink[1], x)))


def _line_data(line) -> tuple:
    return (line.width, line.height, line.baseline, line.notes, line.text, line.ink,
            [(r.text, str(r.shaped), r.shaped.__shapeData__, r.font, r.size, r.style, r.x, r.width) for r in line.runs])


def test_lines_composed_in_one_pass_are_the_lines_composed_run_by_run():
    """Every line of real paragraphs (and pieces across runs, double spaces, notes), both Myanmar families."""
    from desktop_app.resolve import FontScheme
    from desktop_app.writers.pdf.typesetter import Typesetter

    checked = 0
    for myanmar in ("Noto Sans Myanmar", "Padauk"):
        typesetter = Typesetter(FontScheme(FAMILIES[myanmar], FAMILIES["Noto Serif"]))
        for spans in _prepare_inputs()[::2]:
            p = typesetter._prepare(spans)
            atoms = typesetter._atoms(p)
            cuts = sorted({0, len(p.text), *(a.start for a in atoms[::7]), *(a.glue_end for a in atoms[3::11])})
            for start, end in pairwise(cuts):
                for factor in (1.36, 1.2):
                    ours = typesetter._compose(p, start, end, factor)
                    assert _line_data(ours) == _line_data(_reference_compose(typesetter, p, start, end, factor))
                    checked += 1
    assert checked > 400


def test_emphasis_styles_are_the_replaced_base_style():
    from dataclasses import replace

    from desktop_app.model import Run as TextRun
    from desktop_app.writers.pdf.spans import base_style, spans_for
    from desktop_app.writers.typography import BLOCK_STYLES

    for block_style in BLOCK_STYLES.values():
        base = base_style(block_style)
        for bold in (False, True):
            for italic in (False, True):
                (span,) = spans_for((TextRun("ကမ္ဘာ words", bold=bold, italic=italic),), block_style)
                assert span.style == replace(base, bold=base.bold or bold, italic=base.italic or italic)
