"""Register the shipped TrueType faces with ReportLab, with HarfBuzz shaping required.

ReportLab switches shaping off silently when uharfbuzz is missing and would then draw
Burmese unshaped; we refuse to write a PDF in that case instead.
"""

from __future__ import annotations

import struct
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ...errors import ExportError
from ...fonts import FontFamily

#: Name records kept in embedded subsets: copyright, family, style, unique id, full name,
#: version, PostScript name and the licence URL. The full licence text (name 13, 12 KB
#: in Padauk) would otherwise be repeated in every subset of every PDF.
EMBEDDED_NAME_IDS = frozenset({0, 1, 2, 3, 4, 5, 6, 14})


def slim_name_table(data: bytes) -> bytes:
    """Return an OpenType ``name`` table holding only the records in EMBEDDED_NAME_IDS."""
    _fmt, count, offset = struct.unpack(">HHH", data[:6])
    records, strings = [], b""
    for i in range(count):
        pid, eid, lid, nid, length, off = struct.unpack(">6H", data[6 + 12 * i: 18 + 12 * i])
        if nid in EMBEDDED_NAME_IDS and lid < 0x8000:
            value = data[offset + off: offset + off + length]
            records.append(struct.pack(">6H", pid, eid, lid, nid, len(value), len(strings)))
            strings += value
    return struct.pack(">3H", 0, len(records), 6 + 12 * len(records)) + b"".join(records) + strings


def _slim_embedded_names(font: TTFont) -> None:
    face = font.face
    original = face.get_table
    slim = slim_name_table(original("name"))
    face.get_table = lambda tag: slim if tag == "name" else original(tag)


@cache
def register_face(path: Path) -> str:
    """Register one font file (once per process) and return its ReportLab font name."""
    name = "Thadin-" + path.stem
    # Not pdfmetrics.getFont(name) to ask: for an unknown name it first searches the
    # disk for a Type 1 font of that name (tens of milliseconds per face).
    if name not in pdfmetrics.getRegisteredFontNames():
        if not path.is_file():
            raise ExportError(f"{path}: a bundled font file is missing; reinstall Thadin") from None
        font = TTFont(name, str(path), shapable=True)
        _slim_embedded_names(font)
        pdfmetrics.registerFont(font)
    font = pdfmetrics.getFont(name)
    if not font.shapable:
        raise ExportError("Burmese cannot be shaped: the uharfbuzz package is missing "
                          "(pip install uharfbuzz)")
    _assign_private_codes(font)
    return name


def _assign_private_codes(font: TTFont) -> None:
    """Give every glyph that no character maps to its private-use code now, in glyph order.

    ReportLab draws a glyph as a character of the font, so a shaped glyph without one (a
    Burmese ligature, a mark variant) gets a private-use code the first time shaping
    meets it. Left to ReportLab, that order is the order the process happened to shape
    things in, so the same release would give different bytes after other exports in the
    same process (the GUI). Its width is the glyph's own advance (ReportLab records the
    advance of that first use, and corrects every use with the glyph's actual advance).
    """
    hb_font = font.hbFont()
    face = font.face
    scale = face._pdfScale
    for gid in range(hb_font.face.glyph_count):
        if gid not in face.glyphToChar:
            font.hbAddPrivate(hb_font.glyph_to_string(gid), gid, scale(hb_font.get_glyph_h_advance(gid)))


def face_name(family: FontFamily, bold: bool = False, italic: bool = False) -> str:
    """Return the registered font name for a family's weight and slant."""
    return register_face(family.file(bold, italic))


def face_has_char(font_name: str, ch: str) -> bool:
    """Return True when the face maps *ch* to a glyph (used to pick a font for punctuation)."""
    return ord(ch) in pdfmetrics.getFont(font_name).face.charToGlyph
