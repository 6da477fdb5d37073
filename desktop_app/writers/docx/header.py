"""The letterhead as Word's page header and footer, on every page of every section."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import cast

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Length, Mm, Pt

from ...fonts import char_scripts
from ...images import clean_image
from ...resolve import FOOTER_JOIN, LATIN_DIGITS, PageNumber, Resolved
from ..ooxml.xml import element
from ..typography import BANNER_GAP, BANNER_STYLES, BANNER_TO_TEXT, FOOTER_STYLE
from .runs import RunWriter
from .spacing import fit_lines
from .styles import BANNER_RULE, BANNER_STYLE_NAMES, FOOTER

PAGE_SIZES_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
BANNER_IMAGE_MAX_MM = 26.0
_PT_TO_MM = 25.4 / 72


def _banner_height_mm(resolved: Resolved, width_mm: float) -> float:
    """Estimate the banner's height, so the body starts where the PDF's does.

    Each banner line as tall as the PDF makes it: as its tallest script needs
    (``FontScheme.line_height``); a line that wraps in the PDF is counted once.
    """
    height = 0.0
    if resolved.banner_image is not None:
        image = clean_image(resolved.banner_image)
        height += min(width_mm * image.height / image.width, BANNER_IMAGE_MAX_MM) + 2 * BANNER_GAP * _PT_TO_MM
    for line in resolved.banner_lines:
        look = BANNER_STYLES[line.style]
        tallest = max(resolved.fonts.line_height(script, look.line_factor) for script in set(char_scripts(line.text)))
        height += look.size * tallest * _PT_TO_MM
    return height + (BANNER_GAP + BANNER_TO_TEXT) * _PT_TO_MM


def set_up_page(section: Section, resolved: Resolved) -> None:
    """Paper, margins and header/footer distances from the letterhead."""
    width, height = PAGE_SIZES_MM[resolved.page_size]
    m = resolved.margins
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.left_margin, section.right_margin = Mm(m.left), Mm(m.right)
    section.header_distance = Mm(m.top)
    section.top_margin = Mm(m.top + _banner_height_mm(resolved, width - m.left - m.right))
    section.bottom_margin = Mm(m.bottom)
    section.footer_distance = Mm(m.bottom * 0.45)


StyleId = Callable[[str], "str | None"]


def write_header(section: Section, resolved: Resolved, runs: RunWriter,
                 style_id: StyleId) -> None:
    """Banner image, banner lines and a rule in the page header."""
    header = section.header
    header.is_linked_to_previous = False
    first = header.paragraphs[0]
    if resolved.banner_image is not None:
        first._p.style = style_id(BANNER_STYLE_NAMES["normal"])
        first.alignment = WD_ALIGN_PARAGRAPH.CENTER
        # Single spacing (the Header style's multiple would shrink the picture's line) and
        # the PDF's gap below the image.
        first.paragraph_format.line_spacing = 1.0
        first.paragraph_format.space_after = Pt(2 * BANNER_GAP)
        # The template sets the page size and margins; python-docx types each as optional.
        page, left, right = (cast(Length, v) for v in (section.page_width, section.left_margin, section.right_margin))
        width = page - left - right
        image = clean_image(resolved.banner_image)
        height = min(width * image.height / image.width, Mm(BANNER_IMAGE_MAX_MM))
        picture = first.add_run().add_picture(io.BytesIO(image.data), height=int(height))
        inline = picture._inline
        # No text distance around the inline picture: LibreOffice reads a missing dist* as
        # its default 0.125", which pushes a full-width banner past the right margin.
        for side in ("distT", "distB", "distL", "distR"):
            inline.set(side, "0")
        doc_pr = inline.find(qn("wp:docPr"))
        doc_pr.set("name", "Letterhead banner")
        doc_pr.set("descr", "Letterhead banner")
        paragraph = header.add_paragraph()
    else:
        paragraph = first
    for i, line in enumerate(resolved.banner_lines):
        if i:
            paragraph = header.add_paragraph()
        paragraph._p.style = style_id(BANNER_STYLE_NAMES[line.style])
        look = BANNER_STYLES[line.style]
        for run in runs.text_runs(line.text, style_bold=look.bold, size=look.size):
            paragraph._p.append(run)
        fit_lines(paragraph._p, resolved.fonts, look.size, look.line_factor)
    rule = header.add_paragraph()
    rule._p.style = style_id(BANNER_RULE)


def _field(instruction: str, cached: str) -> object:
    field = element("w:fldSimple", instr=f" {instruction} ")
    run = element("w:r")
    text = element("w:t")
    text.text = cached
    run.append(text)
    field.append(run)
    return field


def write_footer(section: Section, resolved: Resolved, runs: RunWriter,
                 style_id: StyleId) -> None:
    """Write resolve's footer with PAGE and NUMPAGES fields, so Word keeps the numbers right after edits.

    The digits are resolve's decision (``PageNumber.digits``, see ``resolve.page_digits``):
    Word's field formats have no Burmese digits, so resolve decides Western ones for every
    language and the PDF prints the same.
    """
    footer = section.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph._p.style = style_id(FOOTER)
    for i, part in enumerate(resolved.footer):
        if i:
            for run in runs.text_runs(FOOTER_JOIN, style_bold=FOOTER_STYLE.bold, size=FOOTER_STYLE.size):
                paragraph._p.append(run)
        for piece in part.pieces:
            if isinstance(piece, PageNumber):
                paragraph._p.append(_field(_FIELD_FORMATS[piece.digits](piece.total), piece.format(1, 1)))
            else:
                for run in runs.text_runs(piece, size=FOOTER_STYLE.size):
                    paragraph._p.append(run)
    fit_lines(paragraph._p, resolved.fonts, FOOTER_STYLE.size, FOOTER_STYLE.line_factor)


#: Field instruction per digit system: Western digits are the fields' default format.
_FIELD_FORMATS = {LATIN_DIGITS: lambda total: "NUMPAGES" if total else "PAGE"}
