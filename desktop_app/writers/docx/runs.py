"""Inline content as Word runs: split by script, hyperlinks, footnote references.

Burmese runs name the Myanmar family in all four ``w:rFonts`` slots — Word picks the
hAnsi slot for characters outside its script table (Myanmar among them) and LibreOffice
the complex-script slot, and an embedded font is never a fallback, so a run that does
not name it shows boxes — and carry ``<w:lang w:val="my-MM" w:bidi="my-MM"/>`` (Word
takes the language of hAnsi text from ``w:val``, LibreOffice that of complex text from
``w:bidi``); no ``w:hint`` and no ``<w:cs/>``; they are sized at the Myanmar family's scale of the block's
size (``spacing.run_size``), as the PDF draws them. English runs carry ``w:lang`` en-GB and
name the Latin family in the ascii, hAnsi and eastAsia slots: the styles put the Myanmar
family in hAnsi, where Word would draw curly quotes and accented letters.
Text is written exactly as typed: no break hints (LibreOffice wraps Burmese at ICU's
dictionary word boundaries itself, identically with or without U+200B; docs/docx-writer.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml.ns import qn
from lxml.etree import _Element

from ...fonts import LATIN_SCRIPT, MYANMAR_SCRIPT, slot_runs
from ...model import Link, Run
from ...myanmar.script import INVISIBLES
from ...resolve import FontScheme, NoteRef, ResolvedInline
from ...uri import ascii_uri
from ..harfbuzz import codepoints
from ..ooxml.footnotes import FootnotesPart, bookmarked, footnote_reference, repeated_reference
from ..ooxml.xml import element, set_run_property
from ..typography import FOOTNOTE_STYLE
from .spacing import fit_lines, run_size
from .styles import BURMESE_LANG, ENGLISH_LANG, HYPERLINK


@dataclass
class FacesUsed:
    """Which weights and slants of each script the document draws (to embed just those)."""

    faces: set[tuple[str, bool, bool]] = field(default_factory=set)

    def add(self, script: str, bold: bool, italic: bool) -> None:
        """Record that *script* is drawn in this weight and slant."""
        self.faces.add((script, bold, italic and script != MYANMAR_SCRIPT))


class RunWriter:
    """Writes inline content into paragraphs of one story part (body, header or footnotes)."""

    def __init__(self, fonts: FontScheme, used: FacesUsed, notes: NoteWriter | None = None) -> None:
        self.fonts = fonts
        self.used = used
        self.notes = notes
        self._cmaps = {slot: codepoints(fonts.for_script(slot).file()) for slot in (MYANMAR_SCRIPT, LATIN_SCRIPT)}
        self._links: dict[Part, dict[str, str]] = {}  # part -> URL -> rId
        self._slots: dict[tuple[str, str], str] = {}  # (script, character) -> font slot
        self._next_rid: dict[Part, int] = {}

    def _covers(self, slot: str, ch: str) -> bool:
        return ord(ch) in self._cmaps[slot]

    def text_runs(self, text: str, *, bold: bool = False, italic: bool = False, style_bold: bool = False,
                  rstyle: str | None = None, size: float | None = None) -> list[_Element]:
        """Return runs for plain *text*, one per font slot and script.

        *size* is the block's size in points: text in a script with another scale (Burmese)
        gets its own ``w:sz``/``w:szCs``; without it every run keeps the style's size.
        """
        runs = []
        text = text.translate({ord(c): None for c in INVISIBLES})
        for slot, script, piece in slot_runs(text, self._covers, self._slots):
            run = element("w:r")
            rpr = element("w:rPr")
            run.append(rpr)
            if rstyle:
                set_run_property(rpr, "w:rStyle", val=rstyle)
            if slot == MYANMAR_SCRIPT:
                name = self.fonts.myanmar.name
                set_run_property(rpr, "w:rFonts", ascii=name, hAnsi=name, eastAsia=name, cs=name)
            else:
                name = self.fonts.latin.name
                set_run_property(rpr, "w:rFonts", ascii=name, hAnsi=name, eastAsia=name)
            if bold:
                set_run_property(rpr, "w:b")
                set_run_property(rpr, "w:bCs")
            if italic:
                set_run_property(rpr, "w:i")
                set_run_property(rpr, "w:iCs")
            if size is not None and self.fonts.scale(script) != 1.0:
                half_points = str(run_size(self.fonts, script, size))
                set_run_property(rpr, "w:sz", val=half_points)
                set_run_property(rpr, "w:szCs", val=half_points)
            if slot == MYANMAR_SCRIPT:
                set_run_property(rpr, "w:lang", val=BURMESE_LANG, bidi=BURMESE_LANG)
            else:
                set_run_property(rpr, "w:lang", val=ENGLISH_LANG)
            t = element("w:t")
            t.text = piece
            t.set(qn("xml:space"), "preserve")
            run.append(t)
            runs.append(run)
            self.used.add(slot, bold or style_bold, italic)
        return runs

    def content(self, paragraph: _Element, part: Part, content: tuple[ResolvedInline, ...],
                style_bold: bool = False, size: float | None = None) -> None:
        """Append resolved inline *content* to *paragraph* (a ``w:p``) of *part*; *size* as in text_runs."""
        for inline in content:
            if isinstance(inline, Run):
                for run in self.text_runs(inline.text, bold=inline.bold, italic=inline.italic, style_bold=style_bold,
                                          size=size):
                    paragraph.append(run)
            elif isinstance(inline, Link):
                paragraph.append(self.hyperlink(part, inline, style_bold, size))
            elif isinstance(inline, NoteRef) and self.notes is not None:
                for el in self.notes.reference(inline, self):
                    paragraph.append(el)

    def _link_rid(self, part: Part, target: str) -> str:
        """``part.relate_to(target, RT.HYPERLINK, is_external=True)``, remembered.

        The same rId python-docx gives (an existing one for a URL already linked, else the
        lowest free ``rIdN``) without its scan of every relationship of the part per
        link, which grows with the document.
        """
        known = self._links.get(part)
        if known is None:
            known = self._links[part] = {}
            for rel in part.rels.values():
                if rel.is_external and rel.reltype == RT.HYPERLINK:
                    known.setdefault(rel.target_ref, rel.rId)
        r_id = known.get(target)
        if r_id is None:
            rels = part.rels
            n = self._next_rid.get(part, 1)
            while f"rId{n}" in rels:
                n += 1
            r_id = known[target] = f"rId{n}"
            rels.add_relationship(RT.HYPERLINK, target, r_id, is_external=True)
            self._next_rid[part] = n + 1
        return r_id

    def hyperlink(self, part: Part, link: Link, style_bold: bool = False, size: float | None = None) -> _Element:
        """Return a ``w:hyperlink`` whose relationship lives on *part* (body or footnotes)."""
        r_id = self._link_rid(part, ascii_uri(link.target))  # Word follows IRIs only as URIs
        hyperlink = element("w:hyperlink", r_id=r_id, history="1")
        for run in link.content:
            for el in self.text_runs(run.text, bold=run.bold, italic=run.italic, style_bold=style_bold,
                                     rstyle=HYPERLINK, size=size):
                hyperlink.append(el)
        return hyperlink


class NoteWriter:
    """Creates each footnote at its first reference; later references link to it."""

    def __init__(self, part: FootnotesPart, notes: dict[int, tuple[ResolvedInline, ...]]) -> None:
        self.part = part
        self.notes = notes

    def reference(self, ref: NoteRef, runs: RunWriter) -> list[_Element]:
        """Return the elements citing *ref* in the text."""
        if not ref.first:
            return [repeated_reference(ref.number)]
        paragraph = self.part.add_footnote(ref.number)
        runs.content(paragraph, self.part, self.notes[ref.number], size=FOOTNOTE_STYLE.size)
        fit_lines(paragraph, runs.fonts, FOOTNOTE_STYLE.size, FOOTNOTE_STYLE.line_factor)
        return bookmarked(footnote_reference(ref.number), ref.number, bookmark_id=ref.number)
