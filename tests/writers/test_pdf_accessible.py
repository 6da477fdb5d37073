"""Tagged (PDF/UA-1) and archival (PDF/A-2u) PDF: the rules a program can check, and the reading order.

veraPDF cannot be installed here, so the machine-checkable failure conditions of the
Matterhorn Protocol (PDF/UA-1) and of PDF/A-2u are checked object by object with qpdf
(pikepdf), and the reading order with PDFium (pypdfium2) and poppler (``pdfinfo
-struct-text``), which build what screen readers and browsers read from the structure tree.
"""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
from itertools import pairwise
from pathlib import Path
from xml.etree import ElementTree

import pikepdf
import pytest
from fontTools.ttLib import TTFont

from benchmarks.generate import write_release as write_generated
from desktop_app.export import export, plan_outputs
from desktop_app.fileformat import load_release
from desktop_app.model import Release
from tests.pdfstructure import marked_content, parent_tree, pdfium_reading, pdfjs_reading, structure

#: PDF 1.7 (ISO 32000-1, 14.8.4) standard structure types.
STANDARD_TYPES = {
    "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct",
    "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH",
    "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot",
    "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form",
}
#: BCP 47 language tag (RFC 5646 "langtag", without the rarely used extensions and grandfathered tags).
BCP47 = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z]{3}){0,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?"
                   r"(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-x(-[A-Za-z0-9]{1,8})+)?$")
NS = {"x": "adobe:ns:meta/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
      "dc": "http://purl.org/dc/elements/1.1/", "xmp": "http://ns.adobe.com/xap/1.0/",
      "pdfaid": "http://www.aiim.org/pdfa/ns/id/", "pdfuaid": "http://www.aiim.org/pdfua/ns/id/",
      "e": "http://www.aiim.org/pdfa/ns/extension/", "s": "http://www.aiim.org/pdfa/ns/schema#"}


def _export(release: Release, folder: Path) -> Path:
    [output] = export(release, plan_outputs(release, folder, formats=("pdf",)))
    return output.path


@pytest.fixture(scope="module")
def parallel_pdf(tmp_path_factory, bilingual) -> Path:
    """The bilingual release in the parallel layout: Burmese and English side by side."""
    return _export(dataclasses.replace(bilingual, layout="parallel"), tmp_path_factory.mktemp("parallel"))


@pytest.fixture(scope="module")
def generated_pdf(tmp_path_factory) -> Path:
    """A generated four-page bilingual release (the benchmarks' generator)."""
    folder = tmp_path_factory.mktemp("generated")
    return _export(load_release(write_generated(4, folder)), folder)


@pytest.fixture(params=["sample", "bilingual", "parallel", "generated"])
def pdf_path(request) -> Path:
    return request.getfixturevalue(f"{request.param}_pdf")


@pytest.fixture
def pdf(pdf_path):
    with pikepdf.open(pdf_path) as document:
        yield document


# --- PDF/UA-1: identification and document-level entries -----------------------------------------

def _xmp(pdf: pikepdf.Pdf) -> ElementTree.Element:
    return ElementTree.fromstring(pdf.Root.Metadata.read_bytes())


def _xmp_value(xmp: ElementTree.Element, path: str) -> list[str]:
    return [e.text or "" for e in xmp.iterfind(f".//rdf:Description/{path}", NS)]


def test_identifies_itself_as_pdf_ua_1_and_pdf_a_2u(pdf):
    xmp = _xmp(pdf)
    assert _xmp_value(xmp, "pdfuaid:part") == ["1"]
    assert _xmp_value(xmp, "pdfaid:part") == ["2"]
    assert _xmp_value(xmp, "pdfaid:conformance") == ["U"]
    # PDF/A-2 knows pdfuaid only through an extension schema in the same packet
    schemas = [(e.findtext("s:prefix", namespaces=NS), e.findtext("s:namespaceURI", namespaces=NS))
               for e in xmp.iterfind(".//e:schemas/rdf:Bag/rdf:li", NS)]
    assert schemas == [("pdfuaid", NS["pdfuaid"])]


def test_xmp_says_what_the_info_dictionary_says(pdf):
    """PDF/A-2 6.6.3: title, author and dates agree; dc:language names the release's languages."""
    xmp, info = _xmp(pdf), pdf.docinfo
    assert _xmp_value(xmp, "dc:title/rdf:Alt/rdf:li") == [str(info.Title)]
    assert _xmp_value(xmp, "dc:creator/rdf:Seq/rdf:li") == [str(info.Author)]
    date = str(info.CreationDate)  # D:YYYYMMDDhhmmssZ
    iso = f"{date[2:6]}-{date[6:8]}-{date[8:10]}T{date[10:12]}:{date[12:14]}:{date[14:16]}Z"
    assert _xmp_value(xmp, "xmp:CreateDate") == [iso]
    assert _xmp_value(xmp, "xmp:ModifyDate") == [iso] and str(info.ModDate) == date
    assert set(info.keys()) == {"/Title", "/Author", "/CreationDate", "/ModDate"}
    langs = _xmp_value(xmp, "dc:language/rdf:Bag/rdf:li")
    assert langs and langs[0] == str(pdf.Root.Lang) and all(BCP47.match(lang) for lang in langs)
    assert "/Filter" not in pdf.Root.Metadata  # PDF/A: the packet stays readable


def test_document_entries_screen_readers_need(pdf):
    root = pdf.Root
    assert root.MarkInfo.Marked is True
    assert root.ViewerPreferences.DisplayDocTitle is True
    assert str(pdf.docinfo.Title).strip()
    assert BCP47.match(str(root.Lang))
    assert "/RoleMap" not in root.StructTreeRoot  # only standard types, nothing to map
    assert pdf.pdf_version >= "1.7"


# --- PDF/UA-1: content -------------------------------------------------------------------------

def test_every_piece_of_content_is_tagged_or_an_artifact(pdf):
    """Matterhorn 01-003/01-004: nothing drawn outside tagged content or an artifact; no nested MCIDs."""
    tree = structure(pdf)
    in_tree = [c for node in tree.walk() for c in node.content]
    assert len(in_tree) == len(set(in_tree)), "an MCID is claimed by two elements"
    drawn = []
    for index, page in enumerate(pdf.pages):
        marks = marked_content(page)
        assert marks.untagged == [], f"page {index + 1}: untagged {marks.untagged}"
        assert marks.nested_mcids == 0
        assert marks.mixed == 0, "an artifact inside tagged content or the other way round (Matterhorn 01-005)"
        assert marks.artifacts >= 1, "the footer is an artifact"
        assert len(marks.mcids) == len(set(marks.mcids))
        drawn += [(index, m) for m in marks.mcids]
    assert sorted(drawn) == sorted(in_tree), "tagged content and structure tree disagree"


def test_parent_tree_leads_back_from_content_to_its_element(pdf):
    tree = structure(pdf)
    owner = {c: node.obj.objgen for node in tree.walk() for c in node.content}
    parents = parent_tree(pdf)
    for index, page in enumerate(pdf.pages):
        key = int(page.obj.StructParents)
        for mcid in marked_content(page).mcids:
            assert parents[key][mcid].objgen == owner[(index, mcid)]
    assert int(pdf.Root.StructTreeRoot.ParentTreeNextKey) > max(parents)


def test_structure_types_are_standard_and_headings_do_not_skip(pdf):
    tree = structure(pdf)
    types = [node.type for node in tree.walk()]
    assert tree.type == "Document"
    assert set(types) <= STANDARD_TYPES, set(types) - STANDARD_TYPES
    headings = [int(t[1]) for t in types if re.fullmatch(r"H[1-6]", t)]
    assert headings and headings[0] == 1
    assert all(b <= a + 1 for a, b in pairwise(headings))
    assert types.count("P") >= 3


def test_every_language_is_valid_bcp47_and_one_of_the_release(pdf):
    tree = structure(pdf)
    langs = {node.lang for node in tree.walk() if node.lang}
    assert all(BCP47.match(lang) for lang in langs)
    assert langs <= {"my", "en"}


def test_banner_is_a_figure_with_alternative_text_on_the_first_page_only(pdf):
    tree = structure(pdf)
    figures = [node for node in tree.walk() if node.type == "Figure"]
    assert len(figures) == 1
    [figure] = figures
    alt = str(figure.obj.Alt)
    assert "Forum on Defection and Defiance Movement" in alt
    assert {page for page, _ in figure.content} == {0}
    assert tree.kids[0] is figure  # read first
    bbox = [float(x) for x in figure.obj.A.BBox]
    assert bbox[3] > bbox[1] > float(pdf.pages[0].mediabox[3]) / 2


def test_links_own_their_annotations_which_describe_themselves(pdf):
    """Matterhorn 28-008/28-011 and PDF/UA 7.18.5: each link annotation in a Link element, with /Contents."""
    tree = structure(pdf)
    links = [node for node in tree.walk() if node.type == "Link"]
    claimed = {}
    for link in links:
        assert link.objrs and any(n.content for n in link.walk()), "a Link holds its text and its annotation"
        for objr in link.objrs:
            claimed[objr.Obj.objgen] = link
    parents = parent_tree(pdf)
    annotations = 0
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            annotations += 1
            assert annot.Subtype == "/Link"
            assert annot.objgen in claimed, "an annotation outside any Link element"
            assert str(annot.Contents).strip()
            assert parents[int(annot.StructParent)].objgen == claimed[annot.objgen].obj.objgen
            assert int(annot.F) & 4 and not int(annot.F) & 2  # printed, not hidden (PDF/A 6.3.2)
        if "/Annots" in page.obj:
            assert page.obj.Tabs == "/S"  # Matterhorn 28-013
    assert annotations == len(claimed) > 0


def test_footnotes_are_notes_with_an_id_a_label_and_a_link_to_them(pdf):
    """Matterhorn 19-003: Note elements have unique IDs; their reference in the text links to them."""
    tree = structure(pdf)
    notes = [node for node in tree.walk() if node.type == "Note"]
    assert notes
    ids = [str(n.obj.ID) for n in notes]
    assert len(set(ids)) == len(ids)
    id_tree = pdf.Root.StructTreeRoot.IDTree.Names
    assert {str(id_tree[i]): id_tree[i + 1].objgen for i in range(0, len(id_tree), 2)} == {
        str(n.obj.ID): n.obj.objgen for n in notes}
    for note in notes:
        assert [k.type for k in note.kids] == ["Lbl", "P"]
    # the markers' links (internal: /Dest) lead to the pages where the notes are
    note_pages = {page for note in notes for kid in note.kids for page, _ in kid.content}
    pages = {page.objgen: i for i, page in enumerate(pdf.pages)}
    targets = {pages[a.Dest[0].objgen] for link in tree.walk() if link.type == "Link"
               for a in (objr.Obj for objr in link.objrs) if "/Dest" in a}
    assert targets == note_pages


# --- PDF/A-2u ------------------------------------------------------------------------------------

def test_output_intent_is_the_shipped_srgb_profile(pdf):
    [intent] = pdf.Root.OutputIntents
    assert intent.S == "/GTS_PDFA1"
    profile = intent.DestOutputProfile
    assert int(profile.N) == 3
    data = profile.read_bytes()
    assert data[12:20] == b"mntrRGB " and data[36:40] == b"acsp"
    assert data == (Path(__file__).resolve().parents[2] / "resources" / "color" / "sRGB.icc").read_bytes()


def test_nothing_pdf_a_forbids(pdf, pdf_path):
    """PDF/A-2 6.1-6.4: no encryption, a file ID, no transparency, no JavaScript or embedded files."""
    assert not pdf.is_encrypted
    assert "/ID" in pdf.trailer
    header = pdf_path.read_bytes()[:64].split(b"\n")
    assert header[0].startswith(b"%PDF-1.") and sum(b > 127 for b in header[1][:5]) >= 4
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Stream | pikepdf.Dictionary):
            assert "/SMask" not in obj or obj.get("/SMask") == "/None", "a soft mask (transparency)"
            group = obj.get("/Group")
            assert group is None or group.get("/S") != "/Transparency"
            for key in ("/CA", "/ca"):
                assert float(obj.get(key, 1)) == 1.0
            assert obj.get("/S") not in ("/JavaScript", "/Launch")
            assert "/EmbeddedFiles" not in obj and "/JS" not in obj


def _used_codes(pdf: pikepdf.Pdf, *, outside_actual_text: bool = False) -> dict[tuple[int, int], set[int]]:
    """Codes shown per font (by object), from every page and form content stream."""
    used: dict[tuple[int, int], set[int]] = {}

    def scan(stream_owner: object, resources: pikepdf.Dictionary) -> None:
        fonts = resources.get("/Font", {})
        font = None
        actual: list[bool] = []  # per open marked-content sequence: does it carry ActualText?
        for operands, operator in pikepdf.parse_content_stream(stream_owner):
            op = str(operator)
            if op in ("BDC", "BMC"):
                props = operands[1] if op == "BDC" else None
                actual.append(isinstance(props, pikepdf.Dictionary) and "/ActualText" in props)
            elif op == "EMC":
                actual.pop()
            elif op == "Tf":
                font = fonts[operands[0]]
            elif op in ("Tj", "'", '"', "TJ"):
                if outside_actual_text and any(actual):
                    continue
                strings = operands[0] if op == "TJ" else [operands[-1]]
                for s in strings:
                    if isinstance(s, pikepdf.String):
                        used.setdefault(font.objgen, set()).update(bytes(s))
            elif op == "Do":
                xobject = resources.XObject[operands[0]]
                if xobject.Subtype == "/Form":
                    scan(xobject, xobject.get("/Resources", resources))

    for page in pdf.pages:
        scan(page, page.obj.Resources)
    return used


def _to_unicode(font: pikepdf.Dictionary) -> dict[int, str]:
    text = font.ToUnicode.read_bytes().decode("latin-1")
    mapping: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            mapping[int(src, 16)] = bytes.fromhex(dst).decode("utf-16-be") if dst else ""
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            base = bytes.fromhex(dst).decode("utf-16-be")
            for i, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                mapping[code] = base[:-1] + chr(ord(base[-1]) + i)
    return mapping


def test_every_font_is_embedded_and_every_code_shown_maps_to_unicode(pdf):
    """PDF/A-2u 6.2.11.7.2 and Matterhorn 31-009/31-011: embedded fonts; each code shown has a Unicode value."""
    used = _used_codes(pdf)
    assert used
    fonts = {}
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font":
            fonts[obj.objgen] = obj
    for key, codes in used.items():
        font = fonts[key]
        descriptor = font.get("/FontDescriptor") or font.DescendantFonts[0].FontDescriptor
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font.BaseFont
        mapping = _to_unicode(font)
        missing = sorted(c for c in codes if not mapping.get(c) or mapping[c] in ("\x00", "\ufeff", "\ufffe"))
        assert missing == [], f"{font.BaseFont}: codes without Unicode {missing}"


# --- reading order: what PDFium and poppler read from the structure tree ---------------------------

def squeeze(text: str) -> str:
    """Text without white space: PDFium joins an element's lines without a space."""
    return re.sub(r"\s+", "", text.replace("ﬁ", "fi"))


READERS = {"pdfium": pdfium_reading, "pdfjs": pdfjs_reading}


def _reading(path: Path, reader: str = "pdfium") -> list[tuple[str, str]]:
    """(type, text) of the elements with text of their own, in structure order, pages merged.

    A Figure is read by its alternative text, not by the text drawn inside it.
    """
    return [(read.type, squeeze(read.text)) for read in READERS[reader](path)
            if read.text.strip() and read.type != "Figure"]


@pytest.mark.parametrize("reader", sorted(READERS))
def test_readers_read_headline_headings_paragraphs_notes_and_links_in_order(sample_pdf, reader):
    """PDFium (Chrome) and pdf.js (Firefox) build their accessibility trees from this order."""
    reading = _reading(sample_pdf, reader)
    types = [t for t, _ in reading]
    texts = " ".join(text for _, text in reading)
    assert types.index("H1") < types.index("Lbl") < types.index("H2")
    assert reading[0] == ("P", "PRESSRELEASE")
    assert ("H1", squeeze("Second Forum on Defection and Defiance Movement: Addressing Challenges and Forging "
                          "Strategic Solutions")) in reading
    h2 = [x for t, x in reading if t == "H2"]
    assert h2[0] == squeeze("Reviewing Progress and Identifying Challenges:")
    # the first footnote's marker (a Link), then after that paragraph its label and URL (a Link)
    first = reading.index(("Link", "1"))
    lbl = reading.index(("Lbl", "1"))
    assert first < reading.index(("Link", "2")) < lbl
    assert reading[lbl + 1] == ("Link", "https://peoplesgoal.org")
    assert texts.index("People’sGoal") < texts.index("https://peoplesgoal.org") < texts.index("Gatheringvirtually")


@pytest.mark.parametrize("reader", sorted(READERS))
def test_parallel_layout_reads_row_by_row_language_by_language(parallel_pdf, reader):
    reading = READERS[reader](parallel_pdf)
    rows = [r for r in reading if r.type == "Sect"]
    assert len(rows) >= 5
    blocks = [(r.type, r.lang, squeeze(r.text)) for r in reading
              if r.type in ("P", "H1", "H2") and r.depth == 2 and r.text.strip()]
    # within each row, Burmese then English; each paragraph whole, not interleaved line by line
    headline = [b for b in blocks if b[0] == "H1"]
    assert [h[2] for h in headline] == [squeeze("နေပြည်တော် ဇူလိုင် ၂၆"),
                                        squeeze("Relief visit to flood camps in Karen State")]
    assert headline[1][1] == "en"
    texts = [b[2] for b in blocks]
    arrival = texts.index("Arrival")
    assert texts[arrival - 1] == "ရေဘေးကယ်ဆယ်ရေးစခန်းများ"
    welcomed = next(i for i, t in enumerate(texts) if t.startswith("Shewaswelcomed"))
    assert texts[welcomed] == squeeze("She was welcomed at the airport by the Chief Ministers of Mon and Karen States.")
    assert texts[welcomed - 1].startswith("နိုင်ငံတော်၏အတိုင်ပင်ခံပုဂ္ဂိုလ်နှင့်အဖွဲ့အား")
    assert texts[welcomed - 1].endswith("ကြိုဆိုနှုတ်ဆက်ကြသည်။")


def test_poppler_reads_the_parallel_layout_through_the_structure_tree(parallel_pdf):
    """``pdfinfo -struct-text`` prints poppler's reading of the tree: English paragraphs come whole."""
    listing = subprocess.run(["pdfinfo", "-struct-text", str(parallel_pdf)], capture_output=True, text=True,
                             check=True).stdout
    lines = [line.strip() for line in listing.splitlines()]
    sect = [i for i, line in enumerate(lines) if line.startswith("Sect")]
    assert len(sect) >= 5
    arrival = next(i for i, line in enumerate(lines) if '"Arrival"' in line)
    welcomed = next(i for i, line in enumerate(lines) if "She was welcomed" in line)
    relief = next(i for i, line in enumerate(lines) if "Relief visit" in line)
    assert relief < arrival < welcomed
    # the row of the heading "Arrival" is over before the next paragraph row begins
    assert any(arrival < s < welcomed for s in sect)


def test_tagged_output_is_still_reproducible(bilingual, tmp_path):
    parallel = dataclasses.replace(bilingual, layout="parallel")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = _export(parallel, tmp_path / "a").read_bytes()
    second = _export(parallel, tmp_path / "b").read_bytes()
    assert first == second



def test_a_transparent_banner_is_laid_on_white(write_release, tmp_path):
    """PDF/A-minded archives reject soft masks: the banner's transparent pixels become the page's white."""
    from PIL import Image

    banner = Image.new("RGBA", (400, 80), (0, 0, 255, 0))
    banner.paste((200, 0, 0, 255), (0, 0, 200, 80))
    banner.save(tmp_path / "clear.png")
    path = write_release("""\
        thadin: 1
        letterhead: test
        date: 2024-03-31
        headline: {en: A headline}
        body:
          en: |
            A paragraph.
        """, letterhead="""\
        thadin-letterhead: 1
        name: Clear
        banner:
          image: clear.png
        """)
    out = _export(load_release(path), tmp_path)
    with pikepdf.open(out) as pdf:
        images = [o for o in pdf.objects if isinstance(o, pikepdf.Stream) and o.get("/Subtype") == "/Image"]
        assert images and all("/SMask" not in i and "/Mask" not in i for i in images)
        pixels = pikepdf.PdfImage(images[0]).as_pil_image().convert("RGB")
    assert pixels.getpixel((50, 40)) == pytest.approx((200, 0, 0), abs=3)
    assert pixels.getpixel((350, 40)) == (255, 255, 255)


def test_glyphs_mapped_to_private_use_are_drawn_inside_actual_text(pdf):
    """Matterhorn 31-011 (via ActualText): a reader never gets a Private Use character for real text."""
    fonts = {o.objgen: o for o in pdf.objects if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == "/Font"}
    for key, codes in _used_codes(pdf, outside_actual_text=True).items():
        mapping = _to_unicode(fonts[key])
        private = [c for c in codes if any(0xE000 <= ord(ch) <= 0xF8FF for ch in mapping.get(c, ""))]
        assert private == [], f"{fonts[key].BaseFont}: Private Use mappings outside ActualText"


def _scripts(text: str) -> set[str]:
    found = set()
    if re.search(r"[\u1000-\u109f\uaa60-\uaa7f\ua9e0-\ua9ff]", text):  # the Myanmar blocks
        found.add("my")
    if re.search("[A-Za-z]", text):
        found.add("en")
    return found


@pytest.mark.parametrize("reader", sorted(READERS))
@pytest.mark.parametrize("name", ["bilingual", "parallel"])
def test_text_in_the_other_language_is_a_span_with_its_own_lang(request, name, reader):
    """All text sits in an element whose language (own or inherited) matches its script."""
    reads = READERS[reader](request.getfixturevalue(f"{name}_pdf"))
    document_lang = reads[0].lang
    stack: list[str] = []
    spans = []
    for read in reads:
        del stack[read.depth:]
        lang = read.lang or (stack[-1] if stack else document_lang)
        stack.append(lang)
        if read.type != "Figure":  # read by its /Alt
            assert _scripts(read.text) <= {lang}, (read.type, lang, read.text)
        if read.type == "Span":
            spans.append((lang, read.text.strip()))
    # the label "သတင်းထုတ်ပြန်ချက် · PRESS RELEASE" is Burmese with an English span
    assert ("en", "PRESS RELEASE") in spans


def test_pdftotext_in_drawing_order_gives_each_column_paragraph_whole(parallel_pdf):
    """``pdftotext -raw`` (content order, what untagged extraction falls back to): row by row, each cell whole."""
    text = squeeze(subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(parallel_pdf), "-"], capture_output=True,
                                  text=True, check=True).stdout)
    burmese = squeeze("နိုင်ငံတော်၏အတိုင်ပင်ခံပုဂ္ဂိုလ်နှင့်အဖွဲ့အား မွန်ပြည်နယ်ဝန်ကြီးချုပ် ဒေါက်တာအေးဇံ၊ "
                      "ကရင်ပြည်နယ်ဝန်ကြီးချုပ် ဒေါ်နန်းခင်ထွေးမြင့်နှင့်တာဝန်ရှိသူများက လေဆိပ်၌ ကြိုဆိုနှုတ် ဆက်ကြသည်။")
    english = squeeze("She was welcomed at the airport by the Chief Ministers of Mon and Karen States.")
    assert burmese + english in text
    assert text.index(squeeze("Relief visit to flood camps in Karen State")) < text.index(burmese)


def test_truetype_fonts_follow_pdf_a_2(pdf):
    """PDF/A-2 6.2.11.5-6: symbolic TrueType without /Encoding and one cmap subtable; /Widths = the font's advances."""
    fonts = [o for o in pdf.objects if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == "/Font"]
    assert fonts
    for font in fonts:
        assert font.Subtype == "/TrueType"
        descriptor = font.FontDescriptor
        assert int(descriptor.Flags) & 4 and not int(descriptor.Flags) & 32  # symbolic, not non-symbolic
        assert "/Encoding" not in font
        program = TTFont(io.BytesIO(descriptor.FontFile2.read_bytes()))
        tables = program["cmap"].tables
        assert len(tables) == 1 or any((t.platformID, t.platEncID) == (3, 0) for t in tables)
        cmap = tables[0].cmap
        scale = 1000 / program["head"].unitsPerEm
        first = int(font.FirstChar)
        for offset, width in enumerate(font.Widths):
            glyph = cmap.get(first + offset)
            if glyph is not None:
                assert abs(float(width) - program["hmtx"][glyph][0] * scale) <= 1, (font.BaseFont, first + offset)


def test_file_syntax_as_pdf_a_2_wants(pdf, pdf_path):
    """PDF/A-2 6.1.7.1: ``stream`` and ``endstream`` on their own lines, /Length exact; qpdf finds nothing wrong."""
    data = pdf_path.read_bytes()
    starts = [m.end() for m in re.finditer(rb"\bstream(\r\n|\n)", data)]
    ends = [m.start() for m in re.finditer(rb"endstream", data)]
    assert len(starts) == len(ends) > 0
    assert all(data[e - 1:e] in (b"\n", b"\r") for e in ends), "endstream right after the data"
    for start, end in zip(starts, ends, strict=True):
        header = data[data.rfind(b"obj", 0, start):start]
        length = int(re.search(rb"/Length (\d+)", header).group(1))
        assert data[start + length:end] in (b"\n", b"\r\n", b"\r")
    assert pdf.check_pdf_syntax() == []
    assert pdf.get_warnings() == []
