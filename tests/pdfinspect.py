"""Read a PDF back the way a reviewer's tools would: text runs, glyphs, fonts, links, metadata.

Independent of the writer: glyphs are identified by decoding the content stream through
the embedded subset font and matching outlines against the shipped font files.
"""

from __future__ import annotations

import html
import io
import re
import subprocess
import zlib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import uharfbuzz as hb
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream, DictionaryObject

FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"


@dataclass
class DrawnRun:
    """Text drawn inside one ``/Span <</ActualText …>>`` (or outside any, actual is None)."""

    page: int
    actual: str | None
    font: str  # BaseFont without the subset tag
    glyphs: list[tuple] = field(default_factory=list)  # outline keys, in drawing order


def _glyph_key(font: TTFont, name: str) -> tuple:
    glyf = font["glyf"]
    coords, ends, _flags = glyf[name].getCoordinates(glyf)
    return (tuple(map(tuple, coords)), tuple(ends), font["hmtx"][name][0])


@cache
def _original(font_name: str) -> TTFont:
    return TTFont(FONTS / f"{font_name}.ttf")


def original_glyph_key(font_name: str, gid: int) -> tuple:
    """The outline key of glyph *gid* in the shipped font file *font_name*."""
    font = _original(font_name)
    return _glyph_key(font, font.getGlyphOrder()[gid])


def harfbuzz_glyphs(font_name: str, text: str) -> list[int]:
    """Glyph ids uharfbuzz gives for *text* in a shipped font, default features."""
    return [gid for gid, _ in _harfbuzz(font_name, text)]


def _harfbuzz(font_name: str, text: str) -> list[tuple[int, int]]:
    """(glyph id, x advance) as uharfbuzz gives them for *text* in a shipped font, default features."""
    blob = hb.Blob.from_file_path(str(FONTS / f"{font_name}.ttf"))
    hb_font = hb.Font(hb.Face(blob))
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(hb_font, buf, {})
    return [(info.codepoint, pos.x_advance) for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True)]


class PdfDocument:
    """A PDF opened for inspection."""

    def __init__(self, path: Path):
        self.path = path
        self.reader = PdfReader(path)
        self._subset_fonts: dict[int, tuple[str, TTFont]] = {}

    @property
    def pages(self) -> int:
        return len(self.reader.pages)

    def _font(self, font_dict: DictionaryObject) -> tuple[str, TTFont]:
        key = id(font_dict)
        if key not in self._subset_fonts:
            base = str(font_dict["/BaseFont"]).lstrip("/").split("+", 1)[-1]
            data = font_dict["/FontDescriptor"]["/FontFile2"].get_data()
            self._subset_fonts[key] = (base, TTFont(io.BytesIO(data)))
        return self._subset_fonts[key]

    def runs(self) -> list[DrawnRun]:
        """Every text-showing run, grouped by the ActualText span around it."""
        out: list[DrawnRun] = []
        for number, page in enumerate(self.reader.pages, start=1):
            fonts = page["/Resources"]["/Font"]
            content = ContentStream(page.get_contents(), self.reader)
            spans: list[str | None] = []  # open marked content: its ActualText, or None
            font = None
            current: DrawnRun | None = None
            for operands, operator in content.operations:
                if operator in (b"BDC", b"BMC"):
                    props = operands[1] if operator == b"BDC" else None
                    value = props.get("/ActualText") if isinstance(props, DictionaryObject) else None
                    spans.append(None if value is None else str(value))
                    current = None
                elif operator == b"EMC" and spans:
                    spans.pop()
                    current = None
                elif operator == b"Tf":  # a run may switch between subsets of one face
                    font = self._font(fonts[operands[0]].get_object())
                elif operator in (b"Tj", b"TJ") and font is not None:
                    base, ttf = font
                    actual = next((a for a in reversed(spans) if a is not None), None)
                    if current is None or current.font != base or actual is None:
                        current = DrawnRun(number, actual, base)
                        out.append(current)
                    strings = [operands[0]] if operator == b"Tj" else [o for o in operands[0] if not
                                                                         isinstance(o, (int, float)) and
                                                                         hasattr(o, "original_bytes")]
                    cmap = ttf["cmap"].getcmap(1, 0) or ttf["cmap"].getcmap(3, 0)
                    for s in strings:
                        for code in s.original_bytes:
                            name = cmap.cmap.get(code) if cmap else ttf.getGlyphOrder()[code]
                            current.glyphs.append(_glyph_key(ttf, name))
        return out

    def link_targets(self, page: int | None = None) -> list[str]:
        """URIs of link annotations (on one page, or all)."""
        targets = []
        for number, p in enumerate(self.reader.pages, start=1):
            if page is not None and number != page:
                continue
            for annot in p.get("/Annots") or []:
                annot = annot.get_object()
                action = annot.get("/A")
                if action is not None and action.get("/S") == "/URI":
                    targets.append(str(action["/URI"]))
        return targets

    def font_dicts(self) -> list[DictionaryObject]:
        """Every font resource used by any page."""
        seen = {}
        for p in self.reader.pages:
            for ref in (p["/Resources"].get("/Font") or {}).values():
                obj = ref.get_object()
                seen[id(obj)] = obj
        return list(seen.values())

    def all_bytes(self) -> bytes:
        """The file with every Flate stream decompressed, to search for leaks."""
        raw = self.path.read_bytes()
        parts = [raw]
        for obj_number in range(1, len(self.reader.xref_objStm) + 500):
            try:
                obj = self.reader.get_object(obj_number)
            except Exception:  # noqa: BLE001 - walking object numbers that may not exist
                continue
            if obj is not None and hasattr(obj, "get_data"):
                try:
                    parts.append(obj.get_data())
                except (zlib.error, ValueError, NotImplementedError):
                    pass
        return b"\n".join(parts)


def harfbuzz_word_glyphs(font_name: str, text: str) -> list[int]:
    """Glyph ids of *text* shaped word by word: cut at spaces and at ICU's Burmese word boundaries."""
    return [gid for gid, _ in _harfbuzz_words(font_name, text)]


def _harfbuzz_words(font_name: str, text: str) -> list[tuple[int, int]]:
    import re
    from itertools import pairwise

    from desktop_app.myanmar.words import word_break_positions

    cuts = {0, len(text)} | set(word_break_positions(text))
    for m in re.finditer(" +", text):
        cuts.update(m.span())
    bounds = sorted(cuts)
    return [glyph for a, b in pairwise(bounds) if a < b for glyph in _harfbuzz(font_name, text[a:b])]


def drawn_as_harfbuzz(run: DrawnRun) -> bool:
    """Whether *run* draws the glyphs uharfbuzz gives its text word by word.

    The same glyphs, and those with an advance in HarfBuzz's order; a zero-width mark
    may be drawn earlier or later within its word (the writer draws marks in the order of
    the text they copy as, painted where HarfBuzz put them: tests/writers/test_copy_order.py).
    """
    from collections import Counter

    shaped = _harfbuzz_words(run.font, run.actual or "")
    expected = [original_glyph_key(run.font, gid) for gid, _ in shaped]
    marks = {key for key, (_, advance) in zip(expected, shaped, strict=True) if advance == 0}
    return (Counter(run.glyphs) == Counter(expected)
            and [k for k in run.glyphs if k not in marks] == [k for k in expected if k not in marks])


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def bbox_words(path: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Each page's words with their boxes (x0, y0, x1, y1 from the top), as poppler's ``pdftotext -bbox`` finds them."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-bbox", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        pages.append([(float(a), float(b), float(c), float(d), html.unescape(t).strip())
                      for a, b, c, d, t in _WORD.findall(page)])
    return pages
