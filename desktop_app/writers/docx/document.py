"""Assemble the DOCX: styles, page, header/footer, body, footnotes, fonts, settings, properties."""

from __future__ import annotations

import io
from collections.abc import Callable

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import nsmap, qn
from docx.oxml.text.paragraph import CT_P
from lxml import etree

from ...fonts import LATIN_SCRIPT, MYANMAR_SCRIPT
from ...model import FontMode
from ...resolve import Columns, FontScheme, Gap, Resolved, ResolvedBlock
from .. import paused_gc
from ..harfbuzz import codepoints
from ..ooxml.fonts import FaceData, file_digest, renamed_face, subset_family_name, subset_font, write_font_table
from ..ooxml.footnotes import FootnotesPart
from ..ooxml.package import (
    drop_unused_parts,
    embed_mammoth_style_map,
    save_reproducible,
    set_properties,
    strip_revision_ids,
)
from ..ooxml.settings import configure_settings
from ..typography import BLOCK_STYLES
from .header import set_up_page, write_footer, write_header
from .runs import FacesUsed, NoteWriter, RunWriter
from .spacing import fit_lines
from .styles import LANGUAGE_DIVIDER, MAMMOTH_STYLE_MAP, StyleIds, define_styles, role_style

#: Font embedding modes: "editable" embeds whole Burmese faces (partners edit the text) and
#: Latin faces cut to Latin-1 and punctuation; "final" cuts every face to the characters
#: used (smallest, view-only); "none" embeds nothing.
FONT_MODES = tuple(FontMode)
EDITING_LATIN = "".join(chr(c) for c in [*range(0x20, 0x7F), *range(0xA0, 0x180), *range(0x2010, 0x2040),
                                         0x20AC, 0x2122])
EDITING_LATIN_SET = frozenset(EDITING_LATIN)


_SECT_PR = qn("w:sectPr")


class _Body:
    """Paragraphs appended to the body in document order, each with a named style.

    The same ``w:p`` as ``document.add_paragraph(style=...)`` makes, without its cost per
    paragraph: python-docx looks the style up by name and searches the body for its
    ``w:sectPr`` again for every paragraph, which grows with the document.
    """

    def __init__(self, document: Document, style_id: Callable[[str], str | None]) -> None:
        self.document = document
        self.style_id = style_id
        self._body = document.element.body

    def add(self, style: str) -> CT_P:
        """Append an empty paragraph in *style* and return its ``w:p``."""
        p = OxmlElement("w:p")
        p.style = self.style_id(style)
        last = self._body[-1] if len(self._body) else None
        # The body ends with its w:sectPr; paragraphs go before it (where python-docx puts them).
        sect_pr = last if last is not None and last.tag == _SECT_PR else self._body.find(_SECT_PR)
        if sect_pr is not None:
            sect_pr.addprevious(p)
        else:
            self._body.append(p)
        return p


def _paragraph(body: _Body, block: ResolvedBlock, runs: RunWriter) -> None:
    p = body.add(role_style(block.role, block.lang))
    _fill(p, body.document.part, block, runs)


def _fill(p: CT_P, part: Part, block: ResolvedBlock, runs: RunWriter) -> None:
    """Write *block*'s content into paragraph *p*, Burmese at its size and line height."""
    look = BLOCK_STYLES[block.role]
    runs.content(p, part, block.content, style_bold=look.bold, size=look.size)
    fit_lines(p, runs.fonts, look.size, look.line_factor)


def _columns(document: Document, item: Columns, runs: RunWriter) -> None:
    table = document.add_table(rows=1, cols=len(item.cells))
    table.autofit = True
    for cell, blocks in zip(table.rows[0].cells, item.cells, strict=True):
        first = cell.paragraphs[0]
        for i, block in enumerate(blocks):
            paragraph = first if i == 0 else cell.add_paragraph()
            paragraph.style = document.styles[role_style(block.role, block.lang)]
            _fill(paragraph._p, document.part, block, runs)


def _body(document: Document, resolved: Resolved, runs: RunWriter, style_id: Callable[[str], str | None]) -> None:
    body = _Body(document, style_id)
    for item in resolved.flow:
        if isinstance(item, Columns):
            _columns(document, item, runs)
            continue
        if item.gap == Gap.SECTION:
            body.add(LANGUAGE_DIVIDER)
        # Gap.SIGNATORIES: the Signature style's space before, contextual, so only above the first.
        _paragraph(body, item, runs)
    # python-docx's template starts with an empty paragraph: drop it.
    element = document.element.body
    first = element.find(qn("w:p"))
    if first is not None and not first.xpath(".//w:t") and len(element.findall(qn("w:p"))) > 1:
        element.remove(first)


def _faces(resolved: Resolved, used: FacesUsed, text: str, mode: str) -> tuple[list[FaceData], dict[str, str]]:
    """Return the faces to embed, and the family name each subset family is embedded under.

    A face embedded whole (Burmese in editable mode) keeps its family name, and so does the
    editable Latin cut when the document needs nothing beyond it (it is then the same in
    every document); any other subset is embedded under a name unique to its characters
    (``ooxml.fonts.subset_family_name``), so LibreOffice, which keeps the first font of a
    name it meets in a session, can never draw another document with it.
    """
    if mode == "none":
        return [], {}
    faces = []
    names: dict[str, str] = {}
    slots = {(False, False): "regular", (True, False): "bold", (False, True): "italic", (True, True): "bold_italic"}
    for script, bold, italic in sorted(used.faces):
        family = resolved.fonts.for_script(script)
        path = family.file(bold, italic and family.has_italic())
        slot = slots[(bold, italic and family.has_italic())]
        if mode == "editable" and script == MYANMAR_SCRIPT:
            face = FaceData(family.name, slot, path.read_bytes())
        else:
            editing = mode == "editable" and script == LATIN_SCRIPT
            if editing and all(c in EDITING_LATIN_SET or ord(c) not in codepoints(path) for c in set(text)):
                face = FaceData(family.name, slot, subset_font(path, EDITING_LATIN))
            else:
                characters = "".join(sorted(set(text + (EDITING_LATIN if editing else ""))))
                name = names.setdefault(family.name, subset_family_name(family.name, characters,
                                                                        (file_digest(family.file()),)))
                face = FaceData(name, slot, renamed_face(subset_font(path, characters), name))
        if face not in faces:
            faces.append(face)
    return faces, names


_RFONTS = etree.XPath(".//w:rFonts", namespaces={"w": nsmap["w"]})
_SLOTS = [qn(f"w:{slot}") for slot in ("ascii", "hAnsi", "eastAsia", "cs")]


def _rename_families(document: Document, names: dict[str, str]) -> None:
    """Make every ``w:rFonts`` (styles, body, header, footer, notes) name the embedded subset families."""
    if not names:
        return
    for part in document.part.package.iter_parts():
        element = getattr(part, "_element", None)
        if element is None:
            continue
        for fonts in _RFONTS(element):
            for slot in _SLOTS:
                value = fonts.get(slot)
                if value in names:
                    fonts.set(slot, names[value])


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


#: Per font scheme: the StyleIds of its styled template, then (from the second export on)
#: the template's bytes as well.
_TEMPLATES: dict[FontScheme, StyleIds | tuple[bytes, StyleIds]] = {}


def _styled_document(fonts: FontScheme) -> Document:
    """Return python-docx's default template with our styles defined and revision ids removed."""
    document = docx.Document()
    define_styles(document, fonts)
    strip_revision_ids(document)
    return document


def _new_document(fonts: FontScheme) -> tuple[Document, StyleIds]:
    """Return a fresh, styled document to write into, and the ids of its styles.

    Defining the styles edits python-docx's 430 KB styles part. The first export with a
    font scheme does it (nothing to gain from saving the result); the second keeps the
    result's bytes, and later exports start from those — the same document, whose
    relationships and everything else are left as the template has them.
    """
    cached = _TEMPLATES.get(fonts)
    if isinstance(cached, tuple):
        template, ids = cached
        return docx.Document(io.BytesIO(template)), ids
    document = _styled_document(fonts)
    if cached is None:
        ids = _TEMPLATES[fonts] = StyleIds()
    else:
        out = io.BytesIO()
        document.save(out)
        _TEMPLATES[fonts] = (out.getvalue(), cached)
        ids = cached
    return document, ids


def build_docx(resolved: Resolved, fonts: str = "editable") -> bytes:
    """Build the release as a DOCX package and return its bytes."""
    with paused_gc():
        return _build(resolved, fonts)


def _build(resolved: Resolved, fonts: str) -> bytes:
    document, ids = _new_document(resolved.fonts)

    def style_id(name: str) -> str | None:
        return ids.get(document, name)

    used = FacesUsed()
    notes = NoteWriter(FootnotesPart.new(document.part), {n.number: n.content for n in resolved.notes}) \
        if resolved.notes else None
    runs = RunWriter(resolved.fonts, used, notes)
    section = document.sections[0]
    set_up_page(section, resolved)
    write_header(section, resolved, runs, style_id)
    write_footer(section, resolved, runs, style_id)
    _body(document, resolved, runs, style_id)
    faces, names = _faces(resolved, used, _document_text(document), fonts)
    _rename_families(document, names)
    families = [names.get(f.name, f.name) for f in (resolved.fonts.latin, resolved.fonts.myanmar)]
    write_font_table(document.part, families, faces)
    configure_settings(document.settings.element, embed_fonts=bool(faces), subset_fonts=fonts == "final",
                       footnotes=notes is not None)
    drop_unused_parts(document)
    embed_mammoth_style_map(document, MAMMOTH_STYLE_MAP)
    strip_revision_ids(document, skip={document.part.part_related_by(RT.STYLES)})  # stripped in the template
    set_properties(document, title=resolved.title, organisation=resolved.organisation,
                   language=resolved.lang, date=resolved.date)
    return save_reproducible(document)
