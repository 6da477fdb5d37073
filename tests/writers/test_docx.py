"""The DOCX partners edit: real footnotes, styles, letterhead, links, embedded fonts, clean metadata."""

from __future__ import annotations

import getpass
import io
import os
import re
import socket
import subprocess
from pathlib import Path

import pytest
import uharfbuzz as hb
from fontTools.ttLib import TTFont
from PIL import Image

from desktop_app.export import export, plan_outputs
from desktop_app.myanmar.script import is_myanmar
from desktop_app.writers.ooxml.fonts import deobfuscate
from tests.conftest import DATA, pdftotext
from tests.docxinspect import LONG_BURMESE, NS, DocxPackage, W, export_docx, long_release, pretty
from tests.pdfinspect import _glyph_key

GOLDEN = DATA / "golden" / "sample-docx"
FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"


# --- the sample's XML --------------------------------------------------------------------

@pytest.mark.parametrize("part", ["word/document.xml", "word/footnotes.xml", "word/header1.xml",
                                  "word/footer1.xml"])
def test_sample_xml_matches_the_golden_files(sample_docx, part):
    """Reference XML, updated deliberately: UPDATE_GOLDEN=1 pytest tests/writers/test_docx.py."""
    actual = pretty(DocxPackage(sample_docx).zip.read(part))
    golden = GOLDEN / (part.replace("/", "_"))
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8")


def test_real_footnotes_numbered_as_in_the_pdf(sample_docx):
    pkg = DocxPackage(sample_docx)
    notes = pkg.xml("word/footnotes.xml").findall("w:footnote", NS)
    assert [(n.get(W + "type"), n.get(W + "id")) for n in notes] == [
        ("separator", "-1"), ("continuationSeparator", "0"), (None, "1"), (None, "2")]
    refs = [r.get(W + "id") for r in pkg.xml("word/document.xml").iter(W + "footnoteReference")]
    assert refs == ["1", "2"]
    assert pkg.rels("word/document.xml")  # the footnotes part is related from the document
    assert "footnotes" in {t for t, _target, _ext in pkg.rels("word/document.xml").values()}
    assert pkg.content_type("word/footnotes.xml") == \
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    settings = pkg.xml("word/settings.xml")
    assert [f.get(W + "id") for f in settings.find("w:footnotePr", NS)] == ["-1", "0"]


def test_footnote_links_live_on_the_footnotes_part(sample_docx):
    pkg = DocxPackage(sample_docx)
    targets = {target for kind, target, external in pkg.rels("word/footnotes.xml").values()
               if kind == "hyperlink" and external}
    assert targets == {"https://peoplesgoal.org", "https://freedomfightermm.org"}
    body_links = {target for kind, target, _ in pkg.rels("word/document.xml").values() if kind == "hyperlink"}
    assert body_links == {"mailto:Defectionforum.burma@protonmail.com"}


def test_a_note_cited_twice_is_one_footnote_and_a_linked_number(bilingual_docx):
    # pg (one text) is cited in both sections: one footnote, then its number linked to the
    # first citation; ffm has a text per language: the English section gets its own footnote, 3.
    pkg = DocxPackage(bilingual_docx)
    document = pkg.xml("word/document.xml")
    assert [r.get(W + "id") for r in document.iter(W + "footnoteReference")] == ["1", "2", "3"]
    assert not list(document.iter(W + "instrText"))  # no NOTEREF field: converters freeze or glue it
    repeats = [(h.get(W + "anchor"), "".join(h.itertext()), h.find("w:r/w:rPr/w:vertAlign", NS).get(W + "val"))
               for h in document.iter(W + "hyperlink") if h.get(W + "anchor")]
    assert repeats == [("_RefNote1", "1", "superscript")]
    bookmarks = [b.get(W + "name") for b in document.iter(W + "bookmarkStart")]
    assert bookmarks == ["_RefNote1", "_RefNote2", "_RefNote3"]


def test_letterhead_in_the_header_of_every_section(sample_docx):
    pkg = DocxPackage(sample_docx)
    sections = list(pkg.xml("word/document.xml").iter(W + "sectPr"))
    assert sections
    for section in sections:
        refs = section.findall("w:headerReference", NS)
        assert [r.get(W + "type") for r in refs] == ["default"]
    header = pkg.text("word/header1.xml")
    assert "မိတ်ကြားခံအဖွဲ့အစည်း/လူပုဂ္ဂိုလ်များအတွက်သာ - Invitation Only" in header
    assert "2nd Forum on Defection and Defiance Movement" in header
    assert any(kind == "image" for kind, _t, _e in pkg.rels("word/header1.xml").values())


def test_footer_page_numbers_are_fields(sample_docx):
    footer = DocxPackage(sample_docx).xml("word/footer1.xml")
    assert [f.get(W + "instr").strip() for f in footer.iter(W + "fldSimple")] == ["PAGE", "NUMPAGES"]


def test_named_styles_not_direct_formatting(sample_docx):
    pkg = DocxPackage(sample_docx)
    defined = pkg.style_ids()
    used = set(pkg.paragraph_styles()) | set(pkg.paragraph_styles("word/header1.xml")) | \
        set(pkg.paragraph_styles("word/footnotes.xml"))
    assert used <= set(defined)
    names = {defined[s] for s in used}
    assert {"Subtitle", "Date", "Title", "heading 2", "Contact", "Signature", "header", "Banner Title",
            "footnote text"} <= names
    document = pkg.xml("word/document.xml")
    direct = {el.tag.split("}")[1] for rpr in document.iter(W + "rPr") for el in rpr}
    assert direct <= {"rStyle", "rFonts", "b", "bCs", "i", "iCs", "lang"}, direct
    assert not list(document.iter(W + "sz")) and not list(document.iter(W + "jc"))


def test_burmese_runs_name_the_font_in_every_slot(bilingual_docx):
    pkg = DocxPackage(bilingual_docx)
    runs = [r for r in pkg.xml("word/document.xml").iter(W + "r")
            if any(is_myanmar(c) for c in "".join(t.text or "" for t in r.iter(W + "t")))]
    assert runs
    for run in runs:
        fonts = run.find("w:rPr/w:rFonts", NS)
        assert {fonts.get(W + k) for k in ("ascii", "hAnsi", "eastAsia", "cs")} == {"Noto Sans Myanmar"}
        lang = run.find("w:rPr/w:lang", NS)
        # Word reads the language of hAnsi text (where it draws Myanmar) from w:val,
        # LibreOffice that of complex text from w:bidi.
        assert (lang.get(W + "val"), lang.get(W + "bidi")) == ("my-MM", "my-MM")
        assert run.find("w:rPr/w:rFonts", NS).get(W + "hint") is None
        assert run.find("w:rPr/w:cs", NS) is None
    english = [r for r in pkg.xml("word/document.xml").iter(W + "r") if "State Counsellor" in "".join(r.itertext())]
    assert english[0].find("w:rPr/w:lang", NS).get(W + "val") == "en-GB"


def test_styles_give_complex_script_sizes_and_weights(sample_docx):
    styles = DocxPackage(sample_docx).xml("word/styles.xml")
    for style in styles.findall("w:style", NS):
        rpr = style.find("w:rPr", NS)
        if rpr is None:
            continue
        if rpr.find("w:sz", NS) is not None:
            assert rpr.find("w:szCs", NS).get(W + "val") == rpr.find("w:sz", NS).get(W + "val")
        if rpr.find("w:b", NS) is not None:
            assert rpr.find("w:bCs", NS) is not None


# --- embedded fonts ----------------------------------------------------------------------

def embedded_fonts(pkg: DocxPackage) -> dict[tuple[str, str], bytes]:
    """(family, embed kind) -> de-obfuscated font bytes."""
    table = pkg.xml("word/fontTable.xml")
    rels = pkg.rels("word/fontTable.xml")
    out = {}
    for font in table.findall("w:font", NS):
        for embed in font:
            kind = embed.tag.split("}")[1]
            if not kind.startswith("embed"):
                continue
            _type, target, _ext = rels[embed.get("{{{}}}id".format(NS["r"]))]
            data = pkg.zip.read(pkg.resolve("word/fontTable.xml", target))
            out[(font.get(W + "name"), kind)] = deobfuscate(data, embed.get(W + "fontKey"))
    return out


def test_whole_burmese_font_embedded_by_default(sample_docx):
    pkg = DocxPackage(sample_docx)
    fonts = embedded_fonts(pkg)
    assert fonts[("Noto Sans Myanmar", "embedRegular")] == (FONTS / "NotoSansMyanmar-Regular.ttf").read_bytes()
    assert fonts[("Noto Sans Myanmar", "embedBold")] == (FONTS / "NotoSansMyanmar-Bold.ttf").read_bytes()
    assert ("Noto Serif", "embedRegular") in fonts
    settings = pkg.xml("word/settings.xml")
    assert settings.find("w:embedTrueTypeFonts", NS) is not None
    assert settings.find("w:saveSubsetFonts", NS) is None
    for data in fonts.values():
        TTFont(io.BytesIO(data))  # parses


def _shape(data: bytes, text: str) -> list[tuple]:
    font = TTFont(io.BytesIO(data))
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(hb.Font(hb.Face(hb.Blob(data))), buf, {})
    order = font.getGlyphOrder()
    return [_glyph_key(font, order[i.codepoint]) for i in buf.glyph_infos]


def test_final_subset_covers_and_shapes_every_burmese_word(tmp_path):
    release_path = tmp_path / "b.release.yaml"
    release_path.write_text((DATA / "bilingual.release.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    path = export_docx(release_path, "final")
    pkg = DocxPackage(path)
    assert pkg.xml("word/settings.xml").find("w:saveSubsetFonts", NS) is not None
    [subset] = [data for (family, kind), data in embedded_fonts(pkg).items()
                if family.startswith("Noto Sans Myanmar ") and kind == "embedRegular"]
    full = (FONTS / "NotoSansMyanmar-Regular.ttf").read_bytes()
    assert len(subset) < len(full) / 2
    text = pkg.text() + pkg.text("word/header1.xml") + pkg.text("word/footnotes.xml")
    burmese = {ord(c) for c in text if is_myanmar(c)}
    assert burmese <= set(TTFont(io.BytesIO(subset)).getBestCmap())
    words = {w for w in re.split(r"[^\u1000-\u109f]+", text) if w}
    assert len(words) > 30
    for word in words:
        assert _shape(subset, word) == _shape(full, word), word


def _families(pkg: DocxPackage) -> set[str]:
    """Every family any w:rFonts of any part names."""
    out = set()
    for name in pkg.names:
        if name.startswith("word/") and name.endswith(".xml"):
            for fonts in pkg.xml(name).iter(W + "rFonts"):
                out |= {v for k, v in fonts.attrib.items() if not k.endswith("hint")}
    return out


def test_subsets_are_embedded_under_a_name_of_their_own(tmp_path, write_release, minimal_text):
    """LibreOffice keeps the first font of a name per session: a subset must never borrow the real name."""
    bilingual = tmp_path / "b" / "b.release.yaml"
    bilingual.parent.mkdir()
    bilingual.write_text((DATA / "bilingual.release.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    first = DocxPackage(export_docx(bilingual, "final"))
    again = DocxPackage(export_docx(bilingual, "final"))
    other = DocxPackage(export_docx(write_release(minimal_text), "final"))
    families = _families(first)
    embedded = {family for family, _kind in embedded_fonts(first)}
    assert families == embedded  # every run and style names a font the file carries
    assert {f.rsplit(" ", 1)[0] for f in families} == {"Noto Sans Myanmar", "Noto Serif"}
    assert _families(again) == families  # the same document, the same names
    assert not _families(other) & families  # another text, other names
    styles = {"embedRegular": "Regular", "embedBold": "Bold", "embedItalic": "Italic", "embedBoldItalic": "BoldItalic"}
    for (family, kind), data in embedded_fonts(first).items():
        font = TTFont(io.BytesIO(data))
        assert font["name"].getDebugName(1) == family
        assert font["name"].getDebugName(16) is None
        source = TTFont(FONTS / f"{'NotoSerif' if 'Serif' in family else 'NotoSansMyanmar'}-{styles[kind]}.ttf")
        assert font["head"].modified == source["head"].modified  # no export time in the font


def test_editable_mode_keeps_real_names_for_whole_and_standard_faces(sample_docx):
    pkg = DocxPackage(sample_docx)
    assert _families(pkg) == {"Noto Sans Myanmar", "Noto Serif"}
    assert {family for family, _kind in embedded_fonts(pkg)} == {"Noto Sans Myanmar", "Noto Serif"}


# --- package integrity and privacy -------------------------------------------------------

def test_no_dangling_relationship_or_missing_content_type(sample_docx, bilingual_docx):
    for path in (sample_docx, bilingual_docx):
        pkg = DocxPackage(path)
        parts = [n for n in pkg.names if not n.endswith(".rels") and n != "[Content_Types].xml"]
        for part in parts:
            assert pkg.content_type(part), f"{part} has no content type"
        for source in ["", *parts]:
            rels = pkg.rels(source) if source else {
                r.get("Id"): (r.get("Type"), r.get("Target"), False)
                for r in pkg.xml("_rels/.rels").findall("rel:Relationship", NS)}
            for _kind, target, external in rels.values():
                if not external:
                    name = pkg.resolve(source, target) if source else target.lstrip("/")
                    assert name in pkg.names, f"{source} -> {target}"
        assert "word/stylesWithEffects.xml" not in pkg.names
        assert "docProps/thumbnail.jpeg" not in pkg.names


def test_validates_against_office_rules(sample_docx, bilingual_docx):
    from openxml_audit import FileFormat, OpenXmlValidator

    validator = OpenXmlValidator(file_format=FileFormat.OFFICE_2016)
    for path in (sample_docx, bilingual_docx):
        result = validator.validate(str(path))
        assert result.is_valid, [str(e) for e in result.errors][:5]


def test_no_personal_metadata(sample_docx, tmp_path):
    pkg = DocxPackage(sample_docx)
    core = pkg.xml("docProps/core.xml")
    assert core.find("dc:creator", NS).text == "2nd Forum on Defection and Defiance Movement"
    assert (core.find("cp:lastModifiedBy", NS).text or "") == ""
    assert core.find("dcterms:created", NS).text == "2024-03-31T00:00:00Z"
    assert core.find("dcterms:modified", NS).text == "2024-03-31T00:00:00Z"
    assert "python-docx" not in pkg.zip.read("docProps/core.xml").decode()
    everything = b"".join(pkg.zip.read(n) for n in pkg.names if n.endswith((".xml", ".rels")))
    assert not re.search(rb"w:rsid\w*=", everything)
    assert b"docId" not in everything
    for secret in {getpass.getuser(), socket.gethostname(), str(Path.home()), str(tmp_path.parent)}:
        if len(secret) >= 3:
            assert secret.encode() not in everything, secret
    for info in pkg.zip.infolist():
        assert info.date_time == (1980, 1, 1, 0, 0, 0), info.filename


def test_same_release_same_docx(sample, tmp_path):
    first = export(sample, plan_outputs(sample, tmp_path, formats=("docx",)))[0].path.read_bytes()
    (tmp_path / "again").mkdir()
    second = export(sample, plan_outputs(sample, tmp_path / "again", formats=("docx",)))[0].path.read_bytes()
    assert first == second


# --- what LibreOffice shows on a machine with no Myanmar font ----------------------------

def test_libreoffice_draws_burmese_with_the_embedded_font(libreoffice_pdfs):
    pdf = libreoffice_pdfs["defection-forum-2024"]
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "NotoSansMyanmar-Regular" in fonts and "NotoSansMyanmar-Bold" in fonts
    assert "DejaVu" not in fonts, fonts  # nothing fell back to a system font
    # LibreOffice's own PDF text layer reorders some Burmese clusters, so we check the
    # Latin half of the banner on both pages and the footnotes; the PNG is for the eye.
    for page in (1, 2):
        assert "Invitation Only" in pdftotext(pdf, page)
        assert "29th, 30th, 31st January 2024" in pdftotext(pdf, page)
    assert "https://peoplesgoal.org" in pdftotext(pdf, 1)


def test_libreoffice_wraps_long_burmese_inside_the_margins(libreoffice_pdfs, tmp_path):
    pdf = libreoffice_pdfs["long"]
    subprocess.run(["pdftoppm", "-r", "72", "-gray", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
                   check=True)
    image = Image.open(next(tmp_path.glob("p*.png"))).convert("L")
    width, height = image.size
    left, right = round(22 / 25.4 * 72), width - round(22 / 25.4 * 72)
    pixels = image.load()
    for y in range(230, height - 60):
        for x in list(range(0, left - 2)) + list(range(right + 2, width)):
            assert pixels[x, y] > 200, f"ink outside the margins at x={x}, y={y}"
    assert len([c for c in pdftotext(pdf) if is_myanmar(c)]) >= len(LONG_BURMESE)


def test_long_burmese_is_written_exactly_as_typed(tmp_path):
    """No break hints: search, copy, pandoc and mammoth get the typed text (LibreOffice wraps it itself)."""
    document = DocxPackage(export_docx(long_release(tmp_path))).xml("word/document.xml")
    paragraphs = ["".join(p.itertext()) for p in document.iter(W + "p")]
    assert LONG_BURMESE in paragraphs
    assert not any("\u200b" in p for p in paragraphs)


def test_editable_latin_beyond_the_standard_cut_gets_a_name_of_its_own(write_release):
    """A Vietnamese name needs letters outside the standard Latin cut: that subset must not pose as Noto Serif."""
    path = write_release("""\
        thadin: 1
        letterhead: defection-forum
        date: 2024-03-31
        headline: {en: Statement by Nguyễn Thị Hằng}
        body:
          en: |
            A paragraph.
        """)
    pkg = DocxPackage(export_docx(path))
    families = {family for family, _kind in embedded_fonts(pkg)}
    [latin] = [f for f in families if f.startswith("Noto Serif")]
    assert latin != "Noto Serif"
    assert families == {latin, "Noto Sans Myanmar"}  # the whole Burmese face keeps its name
    assert _families(pkg) == families
    data = embedded_fonts(pkg)[(latin, "embedBold")]
    assert {ord(c) for c in "ễịằ"} <= set(TTFont(io.BytesIO(data)).getBestCmap())
