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
from fnmatch import fnmatch
from functools import cache
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTEncoding, TTFont, TTFontFace, unShapedFontGlob

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


class FastFace(TTFontFace):
    """ReportLab's TrueType face, its character map, advances and glyph offsets read in bulk.

    ReportLab reads them one number at a time through a method call each (``read_ushort``):
    for the four faces of the sample, a tenth of a cold ``thadin export`` (issue 17). This
    reads the same tables with one ``struct`` call per array and fills the same attributes
    in the same order (a test compares every attribute with ReportLab's for every shipped
    font). Everything else, and a character map in another format than 4 (every shipped
    font has format 4), is ReportLab's own code.
    """

    def extractInfo(self, charInfo: int = 1) -> None:  # noqa: N802, N803 - ReportLab's names
        """Fill the face's attributes as ReportLab's ``extractInfo`` does."""
        super().extractInfo(charInfo=0)  # names, head, OS/2, post, hhea, maxp: no character data
        if charInfo and not self._character_data():
            super().extractInfo(charInfo)

    def _character_data(self) -> bool:
        """Read cmap (format 4), hmtx and loca as ReportLab's extractInfo does; False for another format."""
        data = self._ttf_data
        head = self.table["head"]["offset"]
        index_to_loc, glyph_data_format = struct.unpack_from(">hh", data, head + 50)
        number_of_hmetrics = struct.unpack_from(">H", data, self.table["hhea"]["offset"] + 34)[0]
        if glyph_data_format != 0 or "loca" not in self.table or index_to_loc not in (0, 1):
            return False  # ReportLab raises its own errors for these
        cmap = self.table["cmap"]["offset"]
        version, count = struct.unpack_from(">HH", data, cmap)
        if count == 0 and version != 0:
            count = version
        encoffs, enc = None, 0
        for n in range(count):  # the subtable ReportLab picks: the last matching entry wins
            platform, encoding, offset = struct.unpack_from(">HHL", data, cmap + 4 + 8 * n)
            if platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
                enc, encoffs = 1, offset
            elif platform == 1 and encoding == 0 and enc != 1:
                enc, encoffs = 2, offset
        if encoffs is None:
            return False
        encoffs += cmap
        fmt, length = struct.unpack_from(">HH", data, encoffs)
        if fmt != 4:
            return False
        limit = encoffs + length
        seg_count = struct.unpack_from(">H", data, encoffs + 6)[0] // 2
        pos = encoffs + 14
        end_count = struct.unpack_from(f">{seg_count}H", data, pos)
        start_count = struct.unpack_from(f">{seg_count}H", data, pos + 2 * seg_count + 2)
        id_delta = struct.unpack_from(f">{seg_count}h", data, pos + 4 * seg_count + 2)
        range_start = pos + 6 * seg_count + 2
        id_range_offset = struct.unpack_from(f">{seg_count}H", data, range_start)
        char_to_glyph: dict[int, int] = {}
        glyph_to_char: dict[int, list[int]] = {}
        self.charToGlyph, self.glyphToChar = char_to_glyph, glyph_to_char
        size = len(data)
        for n in range(seg_count):
            first, last, delta, ro = start_count[n], end_count[n], id_delta[n], id_range_offset[n]
            if last < first:
                continue
            if ro == 0:
                glyphs = [(u + delta) & 0xFFFF for u in range(first, last + 1)]
            else:
                at = range_start + 2 * n + ro  # the glyph of `first`; later ones follow
                stop = min(last - first + 1, max(0, (limit - at + 1) // 2))
                if at + 2 * stop > size:
                    return False  # ReportLab fails on this font its own way
                raw = struct.unpack_from(f">{stop}H", data, at) if stop else ()
                glyphs = [(g + delta) & 0xFFFF if g else 0 for g in raw]
                glyphs += [0] * (last - first + 1 - stop)  # past the table: ReportLab's "broken font" 0
            for unichar, glyph in zip(range(first, last + 1), glyphs, strict=True):
                char_to_glyph[unichar] = glyph
                chars = glyph_to_char.get(glyph)
                if chars is None:
                    glyph_to_char[glyph] = [unichar]
                else:
                    chars.append(unichar)
        scale = self._pdfScale
        num_glyphs = self.numGlyphs
        hmtx = self.table["hmtx"]["offset"]
        pairs = struct.unpack_from(f">{2 * number_of_hmetrics}H", data, hmtx)
        lsbs = struct.unpack_from(f">{num_glyphs - number_of_hmetrics}H", data, hmtx + 4 * number_of_hmetrics) \
            if num_glyphs > number_of_hmetrics else ()
        char_widths: dict[int, Any] = {}
        self.charWidths = char_widths
        self.hmetrics = hmetrics = list(zip(pairs[0::2], pairs[1::2], strict=True))
        advance: Any = None
        for glyph, (aw, _lsb) in enumerate(hmetrics):
            advance = scale(aw)
            if glyph == 0:
                self.defaultWidth = advance
            for char in glyph_to_char.get(glyph, ()):
                char_widths[char] = advance
        for glyph, lsb in enumerate(lsbs, number_of_hmetrics):
            hmetrics.append((advance, lsb))  # ReportLab's: the last advance, already scaled
            for char in glyph_to_char.get(glyph, ()):
                char_widths[char] = advance
        loca = self.table["loca"]["offset"]
        if index_to_loc == 0:
            self.glyphPos = [offset << 1 for offset in struct.unpack_from(f">{num_glyphs + 1}H", data, loca)]
        else:
            self.glyphPos = list(struct.unpack_from(f">{num_glyphs + 1}L", data, loca))
        if 0x20 in char_to_glyph:
            char_to_glyph[0xA0] = char_to_glyph[0x20]
            char_widths[0xA0] = char_widths[0x20]
        elif 0xA0 in char_to_glyph:
            char_to_glyph[0x20] = char_to_glyph[0xA0]
            char_widths[0x20] = char_widths[0xA0]
        self._pos = loca + (num_glyphs + 1) * (2 if index_to_loc == 0 else 4)
        return True


#: Character codes standing for (glyph, text) pairs: Supplementary Private Use Area-A
#: and -B, which no shipped font maps (ReportLab's own private codes stay below U+F800).
_CLUSTER_CODES = range(0xF0000, 0x10FFFE)
_ALLOCATING = threading.Lock()


class ClusterFont(TTFont):
    """A TrueType font whose ToUnicode can carry a whole cluster's text on one code (see module doc)."""

    def __init__(self, name: str, filename: str) -> None:  # ReportLab's TTFont.__init__ with a FastFace
        self.fontName = name
        self.face = FastFace(filename)
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, pattern) for pattern in unShapedFontGlob)
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
