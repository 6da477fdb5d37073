"""Burmese words found by a reader's own search, not only by its copied text (``copyorder.py``).

MuPDF (SumatraPDF, phone viewers) starts a new line where a glyph copying as a nonspacing
mark had an advance of its own, so its search missed words such as ``ဆွေး`` and
``ဒေါက်တာမြင့်ထွေး`` though its copied text, lines joined, held them. These tests use
MuPDF's own search, on real text we did not write and on the sample's banner, and check
that drawing marks in copy order paints every glyph exactly where it was.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import ShapeData

from desktop_app.fonts import FAMILIES
from desktop_app.writers.pdf import copyorder, shaping
from desktop_app.writers.pdf.fonts import register_face
from tests.readers import burmese_words, poppler
from tests.realtext import write_real_release
from tests.writers.test_burmese_pdf import export_pdf

pymupdf = pytest.importorskip("pymupdf")


def _missed_on_one_line(pdf: Path, burmese: str) -> list[str]:
    """Burmese words that lie on one line of the page (poppler reads them there) and MuPDF's search misses."""
    one_line = poppler(pdf)
    with pymupdf.open(pdf) as doc:
        return [word for word in dict.fromkeys(burmese_words(burmese))
                if word in one_line and not any(page.search_for(word) for page in doc)]


@pytest.fixture(scope="module", params=["Noto Sans Myanmar", "Padauk"])
def real_text_pdf(request, tmp_path_factory) -> tuple[Path, str, str]:
    path, burmese = write_real_release(tmp_path_factory.mktemp("copy-order"), "my", request.param)
    return export_pdf(path), burmese, request.param


def test_mupdf_search_finds_every_burmese_word_that_lies_on_one_line(real_text_pdf):
    pdf, burmese, family = real_text_pdf
    missed = _missed_on_one_line(pdf, burmese)
    if family == "Padauk":
        # Known: Padauk draws ြ and ု as one glyph (``ကြုတ်``) and ဦ with a separate long
        # vowel mark: clusters with fewer glyphs than characters, not reordered.
        ra_u = chr(0x103C) + chr(0x102F)  # the medial ra and u Padauk draws as one glyph
        missed = [word for word in missed if ra_u not in word and "ဦ" not in word]
    assert missed == []


def test_mupdf_finds_the_banner_heading_of_the_sample(sample_pdf):
    with pymupdf.open(sample_pdf) as doc:
        for word in ("တွေ့ဆုံဆွေးနွေးပွဲ", "ဘက်ပြောင်းမှု", "လှုပ်ရှားမှုဆိုင်ရာ"):
            assert doc[0].search_for(word), word
            assert doc[1].search_for(word), word  # the banner is on every page


@pytest.fixture
def harfbuzz_order(monkeypatch):
    """Switch copy order off (HarfBuzz's drawing order), with the shaping caches emptied on both sides."""

    def switch() -> None:
        shaping.shape.cache_clear()
        shaping.shape_words.cache_clear()
        monkeypatch.setattr(shaping, "in_copy_order", lambda text, chars, data: (chars, data))

    yield switch
    shaping.shape.cache_clear()
    shaping.shape_words.cache_clear()


def _painted(chars: list[str], data: list[ShapeData]) -> list[tuple[str, float, float]]:
    """Each glyph (by its character) with where it is painted: pen plus offset."""
    out, pen = [], 0.0
    for ch, sd in zip(chars, data, strict=True):
        out.append((ch, round(pen + sd.x_offset, 6), round(sd.y_offset, 6)))
        pen += sd.x_advance
    return sorted(out)


@pytest.mark.parametrize("word", ["ဆွေး", "နွေး", "ဒေါက်တာမြင့်ထွေး", "ကျော်ဆွေ", "တွေ့ဆုံ", "ပွဲ"])
@pytest.mark.parametrize("family,bold", [("Noto Sans Myanmar", True), ("Noto Sans Myanmar", False), ("Padauk", False)])
def test_reordered_marks_are_painted_where_harfbuzz_put_them(word, family, bold, harfbuzz_order):
    font = register_face(FAMILIES[family].file(bold, False))
    shaping.shape.cache_clear()
    ordered = shaping.shape(word, font, 12)
    harfbuzz_order()
    harfbuzz = shaping.shape(word, font, 12)
    assert len(ordered) == len(harfbuzz)
    if word in ("ဆွေး", "နွေး", "ကျော်ဆွေ", "ဒေါက်တာမြင့်ထွေး") and family == "Noto Sans Myanmar":
        assert str(ordered) != str(harfbuzz)  # the medial ွ moved before the wide consonant
    assert _painted(list(ordered), ordered.__shapeData__) == _painted(list(harfbuzz), harfbuzz.__shapeData__)
    # Advancing glyphs keep HarfBuzz's order: only zero-width marks move.
    assert [c for c, sd in zip(ordered, ordered.__shapeData__, strict=True) if sd.x_advance] == \
           [c for c, sd in zip(harfbuzz, harfbuzz.__shapeData__, strict=True) if sd.x_advance]


def test_the_wide_consonant_of_swe_no_longer_copies_as_a_mark():
    font = register_face(FAMILIES["Noto Sans Myanmar"].file(True, False))
    shaped = shaping.shape("ဆွေး", font, 12)
    from desktop_app.writers.pdf.draw import cluster_texts

    texts = cluster_texts("ဆွေး", shaped)
    assert "".join(texts) == "ဆွေး"
    for text, sd in zip(texts, shaped.__shapeData__, strict=True):
        assert not (sd.x_advance and copyorder._is_mark(text[0])), texts


@pytest.mark.parametrize("family", ["Noto Sans Myanmar", "Padauk"])
def test_pages_look_the_same_as_in_harfbuzz_order(family, tmp_path, harfbuzz_order):
    path, _ = write_real_release(tmp_path / "a", "my", family, paragraphs=6)
    shaping.shape.cache_clear()
    shaping.shape_words.cache_clear()
    reordered = export_pdf(path)
    moved = tmp_path / "reordered.pdf"
    reordered.rename(moved)
    harfbuzz_order()
    harfbuzz = export_pdf(path)
    assert moved.read_bytes() != harfbuzz.read_bytes()  # marks were moved somewhere
    for pdf, stem in ((moved, "r"), (harfbuzz, "h")):
        subprocess.run(["pdftoppm", "-r", "110", "-gray", str(pdf), str(tmp_path / stem)], check=True)
    pages = sorted(tmp_path.glob("r-*.pgm"))
    assert pages
    for page in pages:
        assert page.read_bytes() == (tmp_path / page.name.replace("r-", "h-", 1)).read_bytes(), page.name
