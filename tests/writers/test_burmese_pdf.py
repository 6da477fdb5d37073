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
from tests.pdfinspect import PdfDocument, harfbuzz_glyphs, harfbuzz_word_glyphs, original_glyph_key
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
        expected = [original_glyph_key(run.font, gid) for gid in harfbuzz_word_glyphs(run.font, run.actual)]
        assert run.glyphs == expected, run.actual


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
    assert run.glyphs == [original_glyph_key(run.font, g) for g in words]


def test_pdfjs_reads_the_cluster_text_in_logical_order(bilingual_pdf, bilingual):
    text = READERS["pdfjs"](bilingual_pdf)
    assert "ရေဘေးကယ်ဆယ်ရေးစခန်းများ" in text  # ေ drawn first, read back after its consonant
    assert not any(0xE000 <= ord(ch) <= 0xF8FF or ord(ch) >= 0xF0000 for ch in text)
