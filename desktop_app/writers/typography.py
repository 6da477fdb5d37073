"""The look of each kind of block, shared by the PDF and DOCX writers: sizes, weights, spacing, colours."""

from __future__ import annotations

from dataclasses import dataclass

from ..resolve import Role

TEXT = "#1a1a1a"
ACCENT = "#162b52"  # the banner's navy
MUTED = "#555555"
LINK = "#1f4e8c"
RULE = "#c9a23f"  # the banner's gold


@dataclass(frozen=True)
class BlockStyle:
    """Typography of one block role."""

    size: float
    bold: bool = False
    italic: bool = False
    color: str = TEXT
    align: str = "left"
    space_before: float = 0.0
    space_after: float = 0.0
    keep_with_next: bool = False
    line_factor: float = 1.36


BLOCK_STYLES: dict[str, BlockStyle] = {
    Role.LABEL: BlockStyle(10, bold=True, color=ACCENT, space_after=1, keep_with_next=True),
    Role.DATE: BlockStyle(10, color=MUTED, space_after=9, keep_with_next=True),
    Role.HEADLINE: BlockStyle(15, bold=True, color=ACCENT, space_after=11, keep_with_next=True,
                              line_factor=1.22),
    Role.HEADING: BlockStyle(10.5, bold=True, color=ACCENT, space_before=7, space_after=3, keep_with_next=True),
    Role.PARAGRAPH: BlockStyle(10.5, align="justify", space_after=6.5),
    Role.CONTACT_INTRO: BlockStyle(10.5, space_before=8, space_after=1),
    Role.CONTACT: BlockStyle(10.5),
    Role.SIGNATORY: BlockStyle(10.5, bold=True, space_after=1),
}

BANNER_STYLES: dict[str, BlockStyle] = {
    "normal": BlockStyle(9.5, align="center", line_factor=1.3),
    "subtitle": BlockStyle(10.5, italic=True, align="center", line_factor=1.3),
    "title": BlockStyle(12.5, bold=True, color=ACCENT, align="center", line_factor=1.25),
}

FOOTNOTE_STYLE = BlockStyle(8.5, line_factor=1.3)
FOOTER_STYLE = BlockStyle(8, color=MUTED, align="center")
SIGNATORIES_GAP = 12.0  # space above the first signatory
SECTION_GAP = 14.0  # space between the language sections of a stacked release
COLUMN_GAP = 18.0  # gutter of the parallel layout
BANNER_GAP = 3.0  # between the banner's parts (twice it below the image)
BANNER_TO_TEXT = 12.0  # from the banner's rule to the first line of text
#: The tallest a banner image is printed (millimetres); a wide image spans the text block.
BANNER_IMAGE_MAX_HEIGHT_MM = 26.0
