"""The writers' fast paths (issue 7) do what the slow ones they replace did.

Each speed-up stands in for a library call or an older, simpler rule: HarfBuzz shaping as
ReportLab's ``shapeFragWord`` does it, text operators as ReportLab's ``_formatText``
writes them, font subsets as fontTools cuts them, script runs by the per-character rule.
These tests hold each equal to what it replaced, so an upgrade of ReportLab or
python-docx that changes the original is noticed. They also pin three behaviours the
work fixed: footnotes no longer shrink every following page, a PDF's bytes no longer
depend on what the process exported before, and the cached DOCX template gives the same
document as a fresh one.
"""

from __future__ import annotations

import hashlib
import io
import random
import subprocess
import sys
from pathlib import Path

import pytest
from fontTools import subset as ft_subset
from fontTools.ttLib import TTFont
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, shapeFragWord
from reportlab.pdfgen.canvas import Canvas

from desktop_app.fonts import FAMILIES, LATIN_SCRIPT, MYANMAR_SCRIPT, char_scripts, char_slots, slot_runs
from desktop_app.writers.ooxml.fonts import subset_font
from desktop_app.writers.pdf.copyorder import in_copy_order
from desktop_app.writers.pdf.draw import _format_shaped
from desktop_app.writers.pdf.fonts import register_face
from desktop_app.writers.pdf.shaping import shape
from tests.conftest import DATA, corpus_lines

ROOT = Path(__file__).resolve().parents[2]
FACES = [("Noto Sans Myanmar", False, False), ("Noto Sans Myanmar", True, False), ("Noto Serif", False, False),
         ("Noto Serif", False, True), ("Padauk", False, False)]


def _face(family: str, bold: bool, italic: bool) -> str:
    return register_face(FAMILIES[family].file(bold, italic))


def _texts() -> list[str]:
    burmese = [w for line in corpus_lines()[:12] for w in line.split()]
    return [*burmese[:60], "The 2nd Forum on Defection, “Ligatures” ffi fl — 2024–2025.", "ကျွန်ုပ်တို့ (ဒုတိယ)"]


# --- shaping -----------------------------------------------------------------------------

@pytest.mark.parametrize("face", FACES, ids=lambda f: "-".join(map(str, f)))
def test_shape_is_reportlabs_shaping(face):
    name = _face(*face)
    for text in _texts():
        for size in (11.0, 8.5):
            ours = shape(text, name, size)
            [_width, (_frag, theirs)] = shapeFragWord([0.0, (ABag(fontName=name, fontSize=size), text)],
                                                      features={}, force=True)
            # ReportLab's glyphs, with zero-width marks put in copy order (test_copy_order.py)
            chars, data = in_copy_order(text, list(str(theirs)), list(theirs.__shapeData__))
            assert str(ours) == "".join(chars), text
            assert ours.__shapeData__ == data, text


# --- text operators ----------------------------------------------------------------------

def test_format_shaped_writes_what_reportlab_writes():
    """Random glyph offsets, rises and advance corrections, as justification and Burmese make them."""
    rng = random.Random(7)
    canvas = Canvas(io.BytesIO())
    names = [_face("Noto Serif", False, False), _face("Noto Sans Myanmar", False, False)]
    chars = {n: [chr(c) for c in sorted(pdfmetrics.getFont(n).face.charToGlyph)[:400]] for n in names}
    values = [0, 0, 0, 1.5, -2.25, 0.0001, 1e-7, 300, -0.3]
    for _ in range(600):
        name = rng.choice(names)
        n = rng.randint(1, 30)
        text = "".join(rng.choice(chars[name]) for _ in range(n))
        data = []
        for i in range(n):
            width = rng.choice([500, 600.5, 250])
            advance = width if rng.random() < 0.6 else width + rng.choice(values)
            x_offset = rng.choice(values) if rng.random() < 0.3 else 0
            y_offset = rng.choice([120, -80, 0]) if rng.random() < 0.3 else 0
            data.append(ShapeData(i, advance, 0, x_offset, y_offset, width))
        shaped = ShapedStr(text, shapeData=data)
        size = rng.choice([10, 11.5, 7.13])
        theirs, ours = canvas.beginText(), canvas.beginText()
        for t in (theirs, ours):
            t.setFont(name, size)
            t.setTextOrigin(1, 2)
        assert _format_shaped(ours, shaped) == theirs._formatText(shaped)
        assert (ours._code, ours._rise, ours._curSubset) == (theirs._code, theirs._rise, theirs._curSubset)


# --- scripts and font slots --------------------------------------------------------------

def _reference_scripts(text: str) -> list[str]:
    raw = [MYANMAR_SCRIPT if "\u1000" <= ch <= "\u109f" else (LATIN_SCRIPT if ch.isalnum() else None)
           for ch in text]
    out = list(raw)
    last = None
    for i, script in enumerate(raw):
        out[i] = last if script is None else script
        last = script or last
    following = LATIN_SCRIPT
    for i in range(len(out) - 1, -1, -1):
        if out[i] is None:
            out[i] = following
        elif raw[i] is not None:
            following = raw[i]
    return out


def _reference_slots(text: str, covers) -> list[str]:
    out = []
    for ch, script in zip(text, _reference_scripts(text), strict=True):
        if not covers(script, ch):
            other = LATIN_SCRIPT if script == MYANMAR_SCRIPT else MYANMAR_SCRIPT
            if covers(other, ch):
                script = other
        out.append(script)
    return out


def _covers(slot: str, ch: str) -> bool:
    return not (slot == MYANMAR_SCRIPT and ch in "()-.") and not (slot == LATIN_SCRIPT and ch in "ခ1")


@given(st.text(alphabet="ab XY1(),.-ကခဂ်ြ့ ၊။", max_size=24))
def test_script_runs_follow_the_character_rule(text):
    slots = _reference_slots(text, _covers)
    assert char_scripts(text) == _reference_scripts(text)
    assert char_slots(text, _covers) == slots
    assert char_slots(text, _covers, memo={}) == slots
    runs = slot_runs(text, _covers)
    assert "".join(t for _, _, t in runs) == text
    assert [s for s, _, t in runs for _ in t] == slots
    assert [script for _, script, t in runs for _ in t] == _reference_scripts(text)


# --- DOCX font subsets -------------------------------------------------------------------

def _fonttools_subset(path: Path, characters: str) -> bytes:
    options = ft_subset.Options()
    options.layout_features = ["*"]
    options.layout_scripts = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False
    font = TTFont(path)
    subsetter = ft_subset.Subsetter(options)
    subsetter.populate(unicodes=sorted({ord(c) for c in characters}))
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _tables_xml(data: bytes, tags: list[str]) -> str:
    out = io.StringIO()
    TTFont(io.BytesIO(data)).saveXML(out, tables=tags)
    return "\n".join(out.getvalue().splitlines()[2:])  # without the ttx header (fontTools version)


@pytest.mark.parametrize("family", ["Noto Sans Myanmar", "Noto Serif"])
def test_harfbuzz_subset_keeps_what_fonttools_kept(family):
    path = FAMILIES[family].file()
    characters = "".join(sorted(set((DATA / "bilingual.release.yaml").read_text(encoding="utf-8"))))
    ours, theirs = subset_font(path, characters), _fonttools_subset(path, characters)
    assert TTFont(io.BytesIO(ours)).getGlyphOrder() == TTFont(io.BytesIO(theirs)).getGlyphOrder()
    tags = ["cmap", "glyf", "hmtx", "GDEF", "GSUB", "GPOS", "name"]
    assert _tables_xml(ours, tags) == _tables_xml(theirs, tags)


# --- behaviours fixed along the way ------------------------------------------------------

def test_footnotes_do_not_shrink_the_pages_after_them(write_release):
    """A page's notes raise its frame's bottom; the next page starts with the whole frame again."""
    paragraphs = "\n\n".join(f"    Paragraph {i} of a long release about the forum, with enough words to "
                             f"fill a few lines of the page and a note at its end.[^n{i}]" for i in range(100))
    notes = "\n".join(f"  n{i}: <https://example.org/{i}> Note {i}." for i in range(100))
    path = write_release(f"thadin: 1\nletterhead: defection-forum\ndate: 2024-03-31\nheadline: {{en: Long}}\n"
                         f"body:\n  en: |\n{paragraphs}\nfootnotes:\n{notes}\n")
    from desktop_app.export import render
    from desktop_app.fileformat import load_release

    pdf = PdfReader(io.BytesIO(render(load_release(path), "pdf")))
    paragraphs_per_page = [page.extract_text().count("Paragraph ") for page in pdf.pages[1:-1]]
    assert len(paragraphs_per_page) >= 4
    assert min(paragraphs_per_page) >= max(paragraphs_per_page) - 1, paragraphs_per_page


_RENDER = """
import hashlib, sys
from pathlib import Path
from desktop_app.export import render
from desktop_app.fileformat import load_release
for path in sys.argv[2:]:
    render(load_release(Path(path)), sys.argv[1])
last = load_release(Path(sys.argv[-1]))
print(" ".join(hashlib.sha256(render(last, sys.argv[1])).hexdigest() for _ in range(3)))
"""


def _digests(fmt: str, *releases: Path) -> list[str]:
    done = subprocess.run([sys.executable, "-c", _RENDER, fmt, *map(str, releases)], capture_output=True,
                          text=True, check=True, cwd=ROOT)
    return done.stdout.split()


def test_pdf_bytes_do_not_depend_on_earlier_exports(sample_path):
    """Private-use codes of unmapped glyphs are fixed per font, not by the order text was shaped in."""
    bilingual = DATA / "bilingual.release.yaml"
    alone = _digests("pdf", bilingual)
    after_others = _digests("pdf", sample_path, bilingual)
    assert len(set(alone + after_others)) == 1


def test_docx_is_the_same_from_a_fresh_or_a_cached_template():
    """First export: template built in place; second: its bytes kept; third: the document loaded from them."""
    first, second, third = _digests("docx", DATA / "bilingual.release.yaml")
    assert first == second == third
    from desktop_app.export import render
    from desktop_app.fileformat import load_release

    in_process = hashlib.sha256(render(load_release(DATA / "bilingual.release.yaml"), "docx")).hexdigest()
    assert in_process == first
