"""Lines drawn from their words' kept text operators write what the glyph-by-glyph pass writes.

``draw._run_operators`` joins the operators each shaped word keeps (its glyph codes in the
font's subset, cut at advance corrections and offsets) and works out only the joins: the
numbers summed across a word boundary, codes running on from word to word, rise changes
(``Ts``) and the words a justification stretched. These tests hold it to
``_format_shaped(text, _copyable(run))`` — the pass over every glyph, itself held to
ReportLab's ``_formatText`` in ``test_fast_paths.py`` — on real lines (the shared corpus,
Latin with ligatures and kerning, footnote markers, justified at several widths) and on
generated glyph data, and check that the font subsets give the same codes in the same order.
"""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.pdfgen.canvas import Canvas

from desktop_app.fileformat import load_release
from desktop_app.fonts import FAMILIES
from desktop_app.resolve import FontScheme, resolve
from desktop_app.writers.pdf import draw, render_pdf
from desktop_app.writers.pdf.draw import _copyable, _format_shaped, _run_operators
from desktop_app.writers.pdf.fonts import register_face
from desktop_app.writers.pdf.shaping import _same_words
from desktop_app.writers.pdf.typesetter import Run, Span, TextStyle, Typesetter
from tests.conftest import DATA, corpus_lines

ENGLISH = ("The 2nd Forum on Defection, “Ligatures” office affine fjord — 2024–2025. AVATAR Type, "
           "Wally’s ‘quotes’ (in brackets) and e-mail: press@example.org; 12,000 people.")


def _typesetters() -> list[Typesetter]:
    return [Typesetter(FontScheme(FAMILIES[myanmar], FAMILIES["Noto Serif"])) for myanmar in ("Noto Sans Myanmar",
                                                                                                 "Padauk")]


def _paragraphs() -> list[list[Span]]:
    plain, bold, italic = TextStyle(10.5), TextStyle(10.5, bold=True), TextStyle(10.5, italic=True)
    note = TextStyle(10.5, superscript=True, anchor="note-1")
    burmese = corpus_lines()[:30]
    paragraphs = [[Span(line, plain)] for line in burmese]
    paragraphs += [[Span(" ".join(burmese[k:k + 3]), plain), Span("7", note, note=7, glued=True),
                    Span(" " + ENGLISH, italic), Span(" မြန်မာ English ", bold), Span(burmese[k + 4], plain)]
                   for k in range(0, 20, 5)]
    paragraphs += [[Span(ENGLISH + " " + ENGLISH, plain), Span("12", note, note=12, glued=True),
                    Span("  and\ttabs  " + ENGLISH, bold)]]
    return paragraphs


def _lines_of_runs() -> list[Run]:
    runs = []
    for typesetter in _typesetters():
        for spans in _paragraphs():
            for width, align in ((150.0, "justify"), (330.0, "justify"), (330.0, "left"), (520.0, "center")):
                for line in typesetter.layout(spans, width, align):
                    runs.extend(line.runs)
    return runs


def _draw_both(runs: list[Run], fast: Canvas, slow: Canvas) -> int:
    """Draw *runs* from kept operators on *fast* and glyph by glyph on *slow*; return how many went the fast way."""
    joined = 0
    for run in runs:
        ours, theirs = fast.beginText(), slow.beginText()
        for text in (ours, theirs):
            text.setFont(run.font, run.size)
        operators = _run_operators(ours, run)
        if operators is None:  # drawn glyph by glyph, as before
            operators = _format_shaped(ours, _copyable(run))
        else:
            joined += 1
        assert operators == _format_shaped(theirs, _copyable(run)), (run.text, run.font)
        assert (ours._curSubset, ours._rise, ours._code) == (theirs._curSubset, theirs._rise, theirs._code)
    return joined


def _same_codes(fast: Canvas, slow: Canvas, runs: list[Run]) -> None:
    """Every font gave the same characters the same codes in the same subsets."""
    for name in {run.font for run in runs}:
        font = pdfmetrics.getFont(name)
        ours, theirs = font.state[fast._doc], font.state[slow._doc]
        assert (ours.assignments, ours.subsets, ours.nextCode) == (theirs.assignments, theirs.subsets,
                                                                    theirs.nextCode), name


def test_real_lines_joined_from_their_words_are_drawn_as_glyph_by_glyph():
    runs = _lines_of_runs()
    assert any(run.shaped is not run.shaped.__dict__.get("base", run.shaped) for run in runs)  # justified
    assert any(any(sd.y_offset for sd in run.shaped.__shapeData__) for run in runs)  # raised marks
    fast, slow = Canvas(io.BytesIO()), Canvas(io.BytesIO())
    first = _draw_both(runs, fast, slow)  # the words' operators made
    again = _draw_both(runs, fast, slow)  # and taken as kept
    assert first == again > len(runs) * 0.95
    _same_codes(fast, slow, runs)
    # A new document gives codes anew: nothing kept for the old one is taken.
    fast, slow = Canvas(io.BytesIO()), Canvas(io.BytesIO())
    _draw_both(runs[::-1], fast, slow)
    _same_codes(fast, slow, runs)


def test_codes_run_past_one_subset_as_reportlab_gives_them():
    """More than 256 distinct glyphs: codes go on in a second subset, with its own font switch."""
    face = register_face(FAMILIES["Noto Serif"].file(False, False))
    chars = [chr(c) for c in sorted(pdfmetrics.getFont(face).face.charToGlyph) if c > 32][:700]
    texts = [" ".join("".join(chars[k:k + 9]) for k in range(start, start + 90, 9)) for start in range(0, 600, 90)]
    typesetter = _typesetters()[0]
    runs = [run for text in texts for line in typesetter.layout([Span(text, TextStyle(9.0))], 300.0, "justify")
            for run in line.runs]
    fast, slow = Canvas(io.BytesIO()), Canvas(io.BytesIO())
    _draw_both(runs, fast, slow)
    _same_codes(fast, slow, runs)
    assert len(pdfmetrics.getFont(face).state[fast._doc].subsets) > 1


_OFFSETS = st.sampled_from([0, 0, 0, 0.0, -40.5, 12, 300.25, 1e-7])
_RISES = st.sampled_from([0, 0, 0, 0.0, 120, -80, 250.5])
_GLYPH = st.tuples(st.integers(0, 80), st.sampled_from([500.0, 480.5, 0.0, 512.25]), _OFFSETS, _RISES,
                   st.sampled_from([500, 0, 480, 520]))


@given(st.lists(st.lists(_GLYPH, min_size=1, max_size=6) | st.lists(_GLYPH, min_size=1, max_size=1),
                min_size=1, max_size=7),
       st.sets(st.integers(0, 6)), st.lists(st.integers(0, 40), max_size=3), st.sampled_from([1.5, 33.008, -2.0]),
       st.sampled_from([10.5, 7.13]))
def test_any_glyphs_joined_word_by_word_are_drawn_as_glyph_by_glyph(words, stretched, moved, extra, size):
    """Offsets, corrections and rises (ReportLab's stale rise after two raised glyphs too) at every join."""
    face = register_face(FAMILIES["Noto Serif"].file(False, False))
    chars = [chr(c) for c in sorted(pdfmetrics.getFont(face).face.charToGlyph) if c > 32][:81]
    pieces, cuts, text = [], [], ""
    for glyphs in words:
        word = ShapedStr("".join(chars[g[0]] for g in glyphs),
                         shapeData=[ShapeData(i, advance, 0, x, y, width)
                                    for i, (_, advance, x, y, width) in enumerate(glyphs)])
        pieces.append(word)
        cuts.append(len(text))
        text += str(word)
    shaped = ShapedStr(text, shapeData=[sd._replace(cluster=sd.cluster + cut)
                                        for word, cut in zip(pieces, cuts, strict=True) for sd in word.__shapeData__])
    if len(pieces) > 1:
        shaped.words, shaped.cuts = pieces, cuts[1:]
    runs = [Run(text, shaped, face, size, TextStyle(size))]
    if stretched or moved:  # justified: whole words (spaces) or single glyphs (syllables) advance further
        data = list(shaped.__shapeData__)
        spread = {k for w in stretched if w < len(pieces) for k in range(cuts[w], cuts[w] + len(pieces[w]))}
        for k in spread | {index % len(data) for index in moved}:
            data[k] = data[k]._replace(x_advance=data[k].x_advance + extra)
        runs.append(Run(text, _same_words(ShapedStr(text, shapeData=data), shaped), face, size, TextStyle(size)))
    fast, slow = Canvas(io.BytesIO()), Canvas(io.BytesIO())
    assert _draw_both(runs + runs, fast, slow) == 2 * len(runs)
    _same_codes(fast, slow, runs)


def test_pdfs_drawn_from_kept_operators_are_byte_identical(monkeypatch, sample):
    """The sample and the bilingual test release, rendered in turn (kept operators belong to one document)."""
    releases = [resolve(sample), resolve(load_release(DATA / "bilingual.release.yaml"))]
    fast = [render_pdf(r) for r in releases + releases]
    assert fast[:2] == fast[2:]
    monkeypatch.setattr(draw, "_run_operators", lambda text, run: None)
    assert [render_pdf(r) for r in releases] == fast[:2]


def test_fill_colours_are_set_as_reportlab_sets_them():
    """The fill operator formatted once per colour; the alpha still raises the PDF version, or is written."""
    from reportlab.lib.colors import toColor

    from desktop_app.writers.pdf.draw import _set_fill

    for alpha in (None, 1, 0.5):
        ours, theirs = Canvas(io.BytesIO()), Canvas(io.BytesIO())
        if alpha is not None:
            for canvas in (ours, theirs):
                canvas.setFillAlpha(alpha)
        a, b = ours.beginText(), theirs.beginText()
        for spec in ("#1a1a1a", "#1f4e8c", "#1a1a1a", "#000000"):
            _set_fill(a, spec)
            b.setFillColor(toColor(spec))
        assert a._code == b._code
        assert a._fillColorObj == b._fillColorObj
        assert ours._doc._pdfVersion == theirs._doc._pdfVersion
        assert ours._extgstate._d == theirs._extgstate._d


def test_words_keep_their_operators_from_their_second_use_and_no_finished_document():
    """Most words of a document are drawn once: only words drawn again keep their operators (memory)."""
    import gc
    import uuid
    import weakref

    from desktop_app.writers.pdf.draw import _Pieces

    once, twice = f"qz{uuid.uuid4().hex[:8]}", f"jx{uuid.uuid4().hex[:8]}"  # words no other test has drawn
    typesetter = _typesetters()[0]
    [line] = typesetter.layout([Span(f"{once} {twice} and {twice}", TextStyle(10.5))], 500.0)
    canvas = Canvas(io.BytesIO())
    text = canvas.beginText()
    text.setFont(line.runs[0].font, line.runs[0].size)
    assert _run_operators(text, line.runs[0]) is not None
    kept = {str(word): type(word.__dict__.get("pieces")) is _Pieces for word in line.runs[0].shaped.words}
    assert kept[once] is False and kept[twice] is True
    state = weakref.ref(pdfmetrics.getFont(line.runs[0].font).state[canvas._doc])
    del canvas, text
    gc.collect()
    assert state() is None
