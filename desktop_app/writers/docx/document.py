"""Assemble the DOCX: styles, page, header/footer, body, footnotes, fonts, settings, properties."""

from __future__ import annotations

import io

import docx
from docx.document import Document
from docx.oxml.ns import nsmap, qn
from lxml import etree

from ...fonts import LATIN_SCRIPT, MYANMAR_SCRIPT
from ...resolve import Columns, Resolved, ResolvedBlock, Role
from ..ooxml.fonts import FaceData, subset_font, write_font_table
from ..ooxml.footnotes import FootnotesPart
from ..ooxml.package import drop_unused_parts, reproducible_zip, set_properties, strip_revision_ids
from ..ooxml.settings import configure_settings
from ..typography import BLOCK_STYLES
from .header import set_up_page, write_footer, write_header
from .runs import FacesUsed, NoteWriter, RunWriter
from .styles import LANGUAGE_DIVIDER, ROLE_STYLES, define_styles

#: Font embedding modes: "editable" embeds whole Burmese faces (partners edit the text) and
#: Latin faces cut to Latin-1 and punctuation; "final" cuts every face to the characters
#: used (smallest, view-only); "none" embeds nothing.
FONT_MODES = ("editable", "final", "none")
EDITING_LATIN = "".join(chr(c) for c in [*range(0x20, 0x7F), *range(0xA0, 0x180), *range(0x2010, 0x2040),
                                         0x20AC, 0x2122])


def _paragraph(document: Document, container, block: ResolvedBlock, runs: RunWriter):  # noqa: ANN001, ANN202
    paragraph = container.add_paragraph(style=document.styles[ROLE_STYLES[block.role]])
    runs.content(paragraph._p, document.part, block.content, style_bold=BLOCK_STYLES[block.role].bold)
    return paragraph


def _columns(document: Document, item: Columns, runs: RunWriter) -> None:
    table = document.add_table(rows=1, cols=len(item.cells))
    table.autofit = True
    for cell, blocks in zip(table.rows[0].cells, item.cells, strict=True):
        first = cell.paragraphs[0]
        for i, block in enumerate(blocks):
            paragraph = first if i == 0 else cell.add_paragraph()
            paragraph.style = document.styles[ROLE_STYLES[block.role]]
            runs.content(paragraph._p, document.part, block.content, style_bold=BLOCK_STYLES[block.role].bold)


def _body(document: Document, resolved: Resolved, runs: RunWriter) -> None:
    dates = 0
    for item in resolved.flow:
        if isinstance(item, Columns):
            _columns(document, item, runs)
            continue
        if item.role == Role.DATE:
            dates += 1
            if dates > 1:
                document.add_paragraph(style=document.styles[LANGUAGE_DIVIDER])
        _paragraph(document, document, item, runs)
    # python-docx's template starts with an empty paragraph: drop it.
    body = document.element.body
    first = body.find(qn("w:p"))
    if first is not None and not first.xpath(".//w:t") and len(body.findall(qn("w:p"))) > 1:
        body.remove(first)


def _faces(resolved: Resolved, used: FacesUsed, text: str, mode: str) -> list[FaceData]:
    if mode == "none":
        return []
    faces = []
    slots = {(False, False): "regular", (True, False): "bold", (False, True): "italic", (True, True): "bold_italic"}
    for script, bold, italic in sorted(used.faces):
        family = resolved.fonts.for_script(script)
        path = family.file(bold, italic and family.has_italic())
        slot = slots[(bold, italic and family.has_italic())]
        if mode == "editable" and script == MYANMAR_SCRIPT:
            data = path.read_bytes()
        else:
            characters = text + (EDITING_LATIN if mode == "editable" and script == LATIN_SCRIPT else "")
            data = subset_font(path, "".join(sorted(set(characters))))
        face = FaceData(family.name, slot, data)
        if face not in faces:
            faces.append(face)
    return faces


_TEXT_NODES = etree.XPath(".//w:t/text()", namespaces={"w": nsmap["w"]})


def _document_text(document: Document) -> str:
    """Every character the document shows (body, header, footer, footnotes), for subsetting."""
    parts = [document.part, *document.part.package.iter_parts()]
    text = []
    for part in parts:
        element = getattr(part, "_element", None)
        if element is not None:
            text += _TEXT_NODES(element)
    return "".join(text) + "0123456789"


def build_docx(resolved: Resolved, fonts: str = "editable") -> bytes:
    """Build the release as a DOCX package and return its bytes."""
    document = docx.Document()
    define_styles(document, resolved.fonts)
    used = FacesUsed()
    notes = NoteWriter(FootnotesPart.new(document.part), {n.number: n.content for n in resolved.notes}) \
        if resolved.notes else None
    runs = RunWriter(resolved.fonts, used, notes)
    section = document.sections[0]
    set_up_page(section, resolved)
    write_header(document, section, resolved, runs)
    write_footer(document, section, resolved, runs)
    _body(document, resolved, runs)
    faces = _faces(resolved, used, _document_text(document), fonts)
    write_font_table(document.part, [resolved.fonts.latin.name, resolved.fonts.myanmar.name], faces)
    configure_settings(document.settings.element, embed_fonts=bool(faces), subset_fonts=fonts == "final",
                       footnotes=notes is not None)
    drop_unused_parts(document)
    strip_revision_ids(document)
    set_properties(document, title=resolved.title, organisation=resolved.organisation,
                   language=resolved.lang, date=resolved.date)
    out = io.BytesIO()
    document.save(out)
    return reproducible_zip(out.getvalue())
