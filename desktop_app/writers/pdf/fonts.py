"""Register the shipped TrueType faces with ReportLab, with HarfBuzz shaping required.

ReportLab switches shaping off silently when uharfbuzz is missing and would then draw
Burmese unshaped; we refuse to write a PDF in that case instead.

Copy-out through ToUnicode (:class:`ClusterFont`): ReportLab gives each glyph one
character code and its ToUnicode maps the code to one character, so a shaped Burmese
syllable (ေ drawn first, ligatures, glyphs no character maps to) copies out in visual
order or as private-use garbage in every reader that ignores ActualText (pdf.js, the
viewer of Firefox and most web apps). Instead, the drawing code asks for a code per
*(glyph, text)* pair: the first glyph drawn of each HarfBuzz cluster carries the
cluster's whole text in logical order, the other glyphs of the cluster carry nothing.
The same glyph needing different texts gets different codes (a clone of the glyph id in
the subset's code space), so the ToUnicode of the embedded subset reads back exactly
what was typed.
"""

from __future__ import annotations

import struct
import threading
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

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


#: Character codes standing for (glyph, text) pairs: Supplementary Private Use Area-A
#: and -B, which no shipped font maps (ReportLab's own private codes stay below U+F800).
_CLUSTER_CODES = range(0xF0000, 0x10FFFE)
_ALLOCATING = threading.Lock()


class ClusterFont(TTFont):
    """A TrueType font whose ToUnicode can carry a whole cluster's text on one code (see module doc)."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename, shapable=True)
        self._cluster_codes: dict[tuple[int, str], int] = {}
        self._cluster_texts: dict[int, str] = {}

    def cluster_char(self, gid: int, text: str) -> str:
        """Return the character ReportLab should draw for glyph *gid* so that it copies as *text*."""
        face = self.face
        if len(text) == 1 and face.charToGlyph.get(ord(text)) == gid:
            return text  # the glyph's own character: ToUnicode already says so
        key = (gid, text)
        code = self._cluster_codes.get(key)
        if code is None:
            with _ALLOCATING:  # the preview and an export may draw at the same time
                code = self._cluster_codes.get(key)
                if code is None:
                    code = _CLUSTER_CODES[len(self._cluster_codes)]
                    face.charToGlyph[code] = gid
                    face.charWidths[code] = face.charWidths[face.glyphToChar[gid][0]]
                    self._cluster_texts[code] = text
                    self._cluster_codes[key] = code
        return chr(code)

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:  # noqa: N802 - ReportLab's name
        """Embed the subsets as ReportLab does, then give each its ToUnicode by cluster."""
        subsets = [list(subset) for subset in self._assignState(doc).subsets]
        super().addObjects(doc)
        face = self.face
        for n, subset in enumerate(subsets):
            base = (b"".join((SUBSETN(n), b"+", face.name, face.subfontNameX))).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = self._to_unicode(base, subset)

    def _to_unicode(self, name: str, subset: list[int]) -> str:
        """Return a ToUnicode CMap: each code to its cluster's text or its character, nothing for the rest."""
        entries = []
        for i, code in enumerate(subset):
            text = self._cluster_texts.get(code, chr(code))
            if code and not 0xE000 <= code <= 0xF8FF:  # none for notdef, ReportLab's private codes
                entries.append(f"<{i:02X}> <{text.encode('utf-16-be').hex().upper()}>")
        chunks = [entries[k:k + 100] for k in range(0, len(entries), 100)]  # at most 100 per block
        return "\n".join([
            "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
            f"/CMapName /{name} def", "/CMapType 2 def",
            "1 begincodespacerange", "<00> <FF>", "endcodespacerange",
            *(line for chunk in chunks for line in (f"{len(chunk)} beginbfchar", *chunk, "endbfchar")),
            "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
        ])


@cache
def register_face(path: Path) -> str:
    """Register one font file (once per process) and return its ReportLab font name."""
    name = "Thadin-" + path.stem
    # Not pdfmetrics.getFont(name) to ask: for an unknown name it first searches the
    # disk for a Type 1 font of that name (tens of milliseconds per face).
    if name not in pdfmetrics.getRegisteredFontNames():
        if not path.is_file():
            raise ExportError(f"{path}: a bundled font file is missing; reinstall Thadin") from None
        font = ClusterFont(name, str(path))
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
