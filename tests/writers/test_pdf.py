"""The PDF a reader gets: pages, banner, footnotes, links, Burmese shaped and copyable, fonts, metadata."""

from __future__ import annotations

import getpass
import re
import socket
import subprocess
from itertools import pairwise
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.export import export, plan_outputs
from desktop_app.fileformat import load_release
from desktop_app.myanmar.script import is_myanmar
from desktop_app.myanmar.syllables import break_positions
from tests.conftest import corpus_lines, pdftotext
from tests.pdfinspect import PdfDocument, drawn_as_harfbuzz

BANNER = [
    "မိတ်ကြားခံအဖွဲ့အစည်း/လူပုဂ္ဂိုလ်များအတွက်သာ - Invitation Only",
    "ဇန်နဝါရီလ ၂၉၊ ၃၀၊ ၃၁ ရက် ၂၀၂၄ ခုနှစ် 29th, 30th, 31st January 2024",
    "ဘက်ပြောင်းမှု နှင့် နိုင်ငံရေးအန်တု လှုပ်ရှားမှုဆိုင်ရာ တွေ့ဆုံဆွေးနွေးပွဲ (ဒုတိယအကြိမ်)",
    "2nd Forum on Defection and Defiance Movement",
]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def export_pdf(path: Path) -> Path:
    release = load_release(path)
    [output] = export(release, plan_outputs(release, path.parent, formats=("pdf",)))
    return output.path


# --- pages, banner, footer ---------------------------------------------------------------

def test_sample_is_two_a4_pages(sample_pdf):
    doc = PdfDocument(sample_pdf)
    assert doc.pages == 2
    assert [round(float(x)) for x in doc.reader.pages[0].mediabox[2:]] == [595, 842]


def test_banner_is_on_every_page_identically(sample_pdf):
    for page in (1, 2):
        lines = [line.strip() for line in pdftotext(sample_pdf, page).splitlines() if line.strip()]
        assert lines[:4] == BANNER, f"page {page}"


def test_footer_numbers_pages(sample_pdf):
    assert "Page 1 of 2" in pdftotext(sample_pdf, 1)
    assert "Page 2 of 2" in pdftotext(sample_pdf, 2)


def test_reference_text_is_all_there_in_order(sample_pdf, sample):
    text = squeeze(pdftotext(sample_pdf))
    expected = ["PRESSRELEASE", "31stMarch2024", squeeze(sample.headline.get("en")),
                "The2ndForumonDefectionandDefianceMovement,convenedbyPeople’sGoal1andFreedomFighterMyanmar2",
                "ReviewingProgressandIdentifyingChallenges:", "NextSteps:",
                "Forfurtherinformationortoextendsupport,pleasecontact;",
                "Defectionforum.burma@protonmail.com", "Peoples'Goal", "FreedomFighterMyanmar"]
    position = 0
    for piece in expected:
        found = text.find(piece, position)
        assert found >= 0, f"{piece!r} missing or out of order"
        position = found + len(piece)


def test_letter_paper(write_release, minimal_text):
    letterhead = (Path(__file__).parents[2] / "resources/templates/defection-forum.letterhead.yaml").read_text()
    path = write_release(minimal_text.replace("letterhead: defection-forum", "letterhead: test"),
                         letterhead=letterhead.replace("size: A4", "size: Letter"))
    doc = PdfDocument(export_pdf(path))
    assert [round(float(x)) for x in doc.reader.pages[0].mediabox[2:]] == [612, 792]


# --- footnotes and links -----------------------------------------------------------------

def test_footnotes_at_the_foot_of_the_page_of_first_reference(sample_pdf):
    page1, page2 = pdftotext(sample_pdf, 1, "-raw"), pdftotext(sample_pdf, 2, "-raw")
    assert "peoplesgoal" not in page2
    lines = [line for line in page1.splitlines() if line.strip()]
    # The superscript note numbers sit on a raised baseline, so pdftotext gives them their own line.
    assert lines[-5:] == ["1", "https://peoplesgoal.org", "2", "https://freedomfightermm.org", "Page 1 of 2"]


def test_footnote_urls_and_email_are_links(sample_pdf):
    doc = PdfDocument(sample_pdf)
    assert doc.link_targets(1) == ["https://peoplesgoal.org", "https://freedomfightermm.org"]
    assert doc.link_targets(2) == ["mailto:Defectionforum.burma@protonmail.com"]


def test_footnote_markers_jump_to_their_notes(sample_pdf):
    doc = PdfDocument(sample_pdf)
    dests = [a.get_object().get("/Dest") for a in doc.reader.pages[0]["/Annots"]]
    assert sum(d is not None for d in dests) == 2


def test_a_note_cited_twice_is_printed_once_per_text(bilingual_pdf):
    text = pdftotext(bilingual_pdf)
    assert text.count("https://peoplesgoal.org") == 1  # one text, cited in both sections
    assert text.count("https://freedomfightermm.org (မြန်မာ)") == 1  # for the Burmese readers
    assert text.count("https://freedomfightermm.org") == 2  # and the English note


# --- Burmese -----------------------------------------------------------------------------

def test_sample_burmese_round_trips_through_pdftotext(sample_pdf):
    text = pdftotext(sample_pdf)
    for line in BANNER:
        assert line in text
    assert not any(0xE000 <= ord(ch) <= 0xF8FF for ch in text), "private-use characters leaked into the text"


def test_bilingual_burmese_round_trips(bilingual_pdf, bilingual):
    text = squeeze(pdftotext(bilingual_pdf))
    for block in bilingual.body["my"]:
        typed = "".join(i.text for i in block.content if hasattr(i, "text") and not hasattr(i, "target"))
        assert squeeze(typed) in text
    assert squeeze(bilingual.headline.get("my")) in text


def test_drawn_burmese_glyphs_are_harfbuzz_shaping(bilingual_pdf):
    runs = [r for r in PdfDocument(bilingual_pdf).runs() if r.actual and any(map(is_myanmar, r.actual))]
    assert len(runs) > 10
    for run in runs:
        assert drawn_as_harfbuzz(run), run.actual


def test_padauk_is_shaped_by_harfbuzz_too(write_release, minimal_text):
    letterhead = (Path(__file__).parents[2] / "resources/templates/defection-forum.letterhead.yaml").read_text()
    path = write_release(minimal_text.replace("letterhead: defection-forum", "letterhead: test")
                         .replace("A paragraph.", "ကျွန်ုပ်တို့ အင်္ဂလိပ် ဒေါ်အောင်ဆန်း ဗုဒ္ဓ ကြောင့်"),
                         letterhead=letterhead.replace("my: Noto Sans Myanmar", "my: Padauk"))
    runs = [r for r in PdfDocument(export_pdf(path)).runs() if r.actual and "ကျွန်" in r.actual]
    assert runs and runs[0].font == "Padauk-Regular"
    for run in runs:
        assert drawn_as_harfbuzz(run), run.actual


LONG_BURMESE = "".join(line.replace(" ", "") for line in corpus_lines()[1:13])
_DEPENDENT = {chr(c) for c in range(0x102B, 0x103F)}


@pytest.fixture(scope="module")
def long_burmese_pdf(tmp_path_factory):
    folder = tmp_path_factory.mktemp("long")
    path = folder / "long.release.yaml"
    path.write_text(f"thadin: 1\nletterhead: defection-forum\ndate: 2024-03-31\nheadline: {{my: ခေါင်းစဉ်}}\n"
                    f"body:\n  my: |\n    {LONG_BURMESE}\n", encoding="utf-8")
    return export_pdf(path)


def test_long_unspaced_burmese_breaks_only_between_syllables(long_burmese_pdf):
    lines = [line for line in pdftotext(long_burmese_pdf, None, "-raw").splitlines()
             if line and all(is_myanmar(c) for c in line)]
    lines = [line for line in lines if line in LONG_BURMESE]  # the paragraph's lines, not the banner's words
    assert "".join(lines) == LONG_BURMESE
    assert len(lines) >= 8
    allowed = set(break_positions(LONG_BURMESE))
    offset = 0
    for previous, line in pairwise(lines):
        offset += len(previous)
        assert offset in allowed, f"break inside a syllable: …{previous[-6:]}|{line[:6]}…"
        assert line[0] not in _DEPENDENT and previous[-1] != "\u1039"
        assert not (len(line) > 1 and line[1] in "\u103a\u1039"), "a line starts with a killed consonant"


def test_long_unspaced_burmese_breaks_between_words(long_burmese_pdf):
    """A justified line ends where a word does, unless that would leave it more than 10 pt short.

    Then (issue 11: narrow columns) it ends at the last syllable break that fits.
    """
    from desktop_app.fonts import FAMILIES
    from desktop_app.myanmar.words import has_dictionary, word_break_positions
    from desktop_app.writers.pdf.fonts import register_face
    from desktop_app.writers.pdf.shaping import text_width
    from desktop_app.writers.pdf.typesetter import JUSTIFY_SHORT

    assert has_dictionary()
    lines = [line for line in pdftotext(long_burmese_pdf, None, "-raw").splitlines()
             if line and line in LONG_BURMESE]
    words = set(word_break_positions(LONG_BURMESE))
    family = FAMILIES["Noto Sans Myanmar"]
    face, size = register_face(family.file(False, False)), 10.5 * family.scale
    frame = 595.28 - 2 * 22 / 25.4 * 72
    offset, at_words = 0, 0
    for line in lines[:-1]:
        start, offset = offset, offset + len(line)
        if offset in words:
            at_words += 1
            continue
        last_word = max((w for w in words if start < w < offset), default=start)
        left = frame - text_width(LONG_BURMESE[start:last_word], face, size)
        assert left > JUSTIFY_SHORT, f"…{line[-8:]}| is not a word boundary, and the word break left {left:.1f} pt"
    assert at_words >= len(lines) // 2


def test_long_unspaced_burmese_stays_inside_the_text_frame(long_burmese_pdf, tmp_path):
    subprocess.run(["pdftoppm", "-r", "72", "-gray", "-png", "-f", "1", "-l", "1", str(long_burmese_pdf),
                    str(tmp_path / "p")], check=True)
    image = Image.open(next(tmp_path.glob("p*.png"))).convert("L")
    width, height = image.size
    left, right = round(22 / 25.4 * 72), width - round(22 / 25.4 * 72)  # the letterhead's margins
    body = image.crop((0, 230, width, height - 60))  # below the banner, above the footer
    pixels = body.load()
    for y in range(body.height):
        for x in list(range(0, left - 2)) + list(range(right + 2, width)):
            assert pixels[x, y] > 200, f"ink outside the text frame at x={x}, y={y + 230}"


# --- fonts and metadata ------------------------------------------------------------------

def test_every_font_is_embedded_and_subset(sample_pdf, bilingual_pdf):
    for pdf in (sample_pdf, bilingual_pdf):
        for font in PdfDocument(pdf).font_dicts():
            name = str(font["/BaseFont"])
            assert re.match(r"^/[A-Z]{6}\+", name), f"{name} is not a subset"
            assert "/FontFile2" in font["/FontDescriptor"], f"{name} is not embedded"
        listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        rows = listing.splitlines()[2:]
        assert rows and all(" yes yes yes " in row for row in rows), listing
        assert not re.search(r"Helvetica|Times|Courier|Symbol|ZapfDingbats", listing)


def test_metadata_is_title_organisation_language_and_release_date_only(sample_pdf):
    doc = PdfDocument(sample_pdf)
    info = doc.reader.metadata
    assert dict(info) == {
        "/Title": "Second Forum on Defection and Defiance Movement: Addressing Challenges and Forging "
                  "Strategic Solutions",
        "/Author": "2nd Forum on Defection and Defiance Movement",
        "/CreationDate": "D:20240331000000Z",
        "/ModDate": "D:20240331000000Z",
    }
    assert doc.reader.trailer["/Root"]["/Lang"] == "en"
    # The XMP packet (PDF/A, PDF/UA) repeats these and says nothing else.
    xmp = doc.reader.trailer["/Root"]["/Metadata"].get_data().decode()
    values = {v.strip() for v in re.findall(r">([^<>]+)<", xmp)} - {""}
    assert values == {info["/Title"], info["/Author"], "en", "application/pdf", "2024-03-31T00:00:00Z", "2", "U",
                      "1", "PDF/UA Universal Accessibility Schema", "http://www.aiim.org/pdfua/ns/id/", "pdfuaid",
                      "part", "Integer", "internal", "Indicates, which part of ISO 14289 standard is followed"}


def test_no_personal_data_in_the_file(sample_pdf, tmp_path):
    data = PdfDocument(sample_pdf).all_bytes()
    for secret in {getpass.getuser(), socket.gethostname(), str(Path.home()), str(tmp_path.parent),
                   str(Path(__file__).parents[2])}:
        if len(secret) >= 3:
            assert secret.encode() not in data, secret
    dates = set(re.findall(rb"D:(\d{8})", data))
    assert dates == {b"20240331"}


def test_same_release_same_bytes(sample, tmp_path):
    """No clock, path or random id reaches the file: two exports are identical."""
    first = export(sample, plan_outputs(sample, tmp_path, formats=("pdf",)))[0].path.read_bytes()
    (tmp_path / "again").mkdir()
    second = export(sample, plan_outputs(sample, tmp_path / "again", formats=("pdf",)))[0].path.read_bytes()
    assert first == second
