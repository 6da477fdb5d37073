"""Burmese you can publish: real text we did not write, both font families, every common reader.

- Shaping is per word (no OpenType lookup crosses a word): the glyphs drawn equal uharfbuzz
  shaping each word, for Noto Sans Myanmar and Padauk, on long real text.
- Copy and search: poppler, PDFium, MuPDF and pdf.js each find ≥ 98 % of the Burmese words,
  in the stacked, parallel and single-language layouts (figures: docs/burmese-typography.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.export import export, plan_outputs
from desktop_app.fileformat import load_release
from desktop_app.myanmar.script import has_myanmar
from tests.pdfinspect import PdfDocument, drawn_as_harfbuzz, harfbuzz_glyphs, harfbuzz_word_glyphs
from tests.readers import READERS, found_share
from tests.realtext import LAYOUTS, write_real_release

FAMILIES = {"Noto Sans Myanmar": "NotoSansMyanmar", "Padauk": "Padauk"}


def export_pdf(path: Path) -> Path:
    release = load_release(path)
    [output] = export(release, plan_outputs(release, path.parent, formats=("pdf",)))
    return output.path


@pytest.fixture(scope="module", params=[(f, layout) for f in FAMILIES for layout in LAYOUTS],
                ids=lambda p: f"{p[0].split()[0]}-{p[1]}")
def real_pdf(request, tmp_path_factory) -> tuple[Path, str, str]:
    family, layout = request.param
    path, burmese = write_real_release(tmp_path_factory.mktemp("real"), layout, family)
    return export_pdf(path), burmese, family


@pytest.mark.parametrize("reader", READERS)
def test_every_reader_finds_98_percent_of_the_burmese_words(real_pdf, reader):
    pdf, burmese, _ = real_pdf
    assert found_share(burmese, READERS[reader](pdf)) >= 0.98


def test_every_burmese_run_carries_actualtext_including_bold_and_headings(real_pdf):
    pdf, _, family = real_pdf
    runs = [r for r in PdfDocument(pdf).runs() if r.font.startswith(FAMILIES[family])
            and any(outline for outline, _, _ in r.glyphs)]  # not a lone space
    assert any(r.font.endswith("Bold") for r in runs)  # headings and **bold** are drawn
    assert [r for r in runs if r.actual is None] == []


def test_drawn_glyphs_are_harfbuzz_shaping_word_by_word(real_pdf):
    pdf, _, _ = real_pdf
    runs = [r for r in PdfDocument(pdf).runs() if r.actual and has_myanmar(r.actual)]
    assert len(runs) > 50
    for run in runs:
        assert drawn_as_harfbuzz(run), run.actual


#: The issue's minimal trigger: shaped as one run, Padauk joins ြ with the ု of the last word.
TRIGGER = "ဖြစ်သော အခါ၌ သော်လည်းကောင်း၊ ကု"


def test_padauk_would_misprint_the_trigger_shaped_whole_and_does_not(write_release, minimal_text):
    whole, words = harfbuzz_glyphs("Padauk-Regular", TRIGGER), harfbuzz_word_glyphs("Padauk-Regular", TRIGGER)
    assert whole != words  # the bug this guards against is real in the shipped font
    letterhead = (Path(__file__).parents[2] / "resources/templates/defection-forum.letterhead.yaml").read_text()
    path = write_release(minimal_text.replace("letterhead: defection-forum", "letterhead: test")
                         .replace("A paragraph.", TRIGGER),
                         letterhead=letterhead.replace("my: Noto Sans Myanmar", "my: Padauk"))
    [run] = [r for r in PdfDocument(export_pdf(path)).runs() if r.actual and "ဖြစ်" in r.actual]
    assert drawn_as_harfbuzz(run)


def test_pdfjs_reads_the_cluster_text_in_logical_order(bilingual_pdf, bilingual):
    text = READERS["pdfjs"](bilingual_pdf)
    assert "ရေဘေးကယ်ဆယ်ရေးစခန်းများ" in text  # ေ drawn first, read back after its consonant
    assert not any(0xE000 <= ord(ch) <= 0xF8FF or ord(ch) >= 0xF0000 for ch in text)


# -- justification in narrow columns ----------------------------------------------------------

PARALLEL_COLUMN = (595.28 - 2 * 22 / 25.4 * 72 - 18) / 2  # A4, the letterhead's margins, the gutter


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("width", [PARALLEL_COLUMN, 2 * PARALLEL_COLUMN + 18], ids=["column", "full"])
def test_justified_burmese_lines_end_at_the_margin(family, width):
    from desktop_app.fonts import FAMILIES as SHIPPED
    from desktop_app.resolve import FontScheme
    from desktop_app.writers.pdf.shaping import ink_extent
    from desktop_app.writers.pdf.typesetter import Span, TextStyle, Typesetter
    from tests.realtext import burmese_paragraphs

    typesetter = Typesetter(FontScheme(SHIPPED[family], SHIPPED["Noto Serif"]))
    inner, short = 0, []
    for paragraph in burmese_paragraphs(60):
        lines = typesetter.layout([Span(paragraph, TextStyle(10.5))], width, "justify")
        for line in lines:
            for run in line.runs:  # no ink outside the frame, whatever the outlines do
                left, right = ink_extent(run.shaped, run.font, run.size)
                assert run.x + left >= -0.01 and run.x + right <= width + 0.01, line.text
        inner += len(lines) - 1
        short += [line.text for line in lines[:-1] if line.width < width - 10]
    assert inner > 100
    assert len(short) <= 0.02 * inner, short


def test_parallel_columns_keep_their_ink_inside_their_frames(tmp_path):
    from PIL import Image

    path, _ = write_real_release(tmp_path, "parallel", "Padauk")
    pdf = export_pdf(path)
    import subprocess

    subprocess.run(["pdftoppm", "-r", "72", "-gray", "-png", str(pdf), str(tmp_path / "p")], check=True)
    margin = round(22 / 25.4 * 72)
    for png in sorted(tmp_path.glob("p*.png")):
        image = Image.open(png).convert("L")
        width, height = image.size
        gutter = (margin + PARALLEL_COLUMN, margin + PARALLEL_COLUMN + 18)
        outside = [*range(0, margin - 2), *range(round(gutter[0]) + 2, round(gutter[1]) - 2),
                   *range(width - margin + 2, width)]
        pixels = image.load()
        for y in range(230, height - 60):  # below the banner, above the footer
            for x in outside:
                assert pixels[x, y] > 200, f"{png.name}: ink outside the columns at x={x}, y={y}"
