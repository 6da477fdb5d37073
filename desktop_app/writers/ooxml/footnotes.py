r"""Real Word footnotes: the footnotes part, its separators, references and repeated references.

In Word's terms a footnote is a ``w:footnote`` in ``/word/footnotes.xml`` (related from the
document part, with its own content-type override), referenced from the text by a run
holding ``w:footnoteReference``. Word numbers notes itself by the order of their
references; we reference each note once, where it is first cited, so Word's numbers are
ours. A note cited again gets its number as visible superscript text, hyperlinked to a
bookmark around the first reference (where Word's ``NOTEREF \h`` would jump): the field
degrades everywhere else (mammoth drops the superscript, LibreOffice freezes the number
and links it nowhere), while text in a hyperlink survives LibreOffice, its PDF export, pandoc
and mammoth. (LibreOffice 7.4 loses bookmarks inside footnotes, so the link cannot point
at the note itself.) Hyperlinks inside notes are relationships of the footnotes part itself.
"""

from __future__ import annotations

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import parse_xml
from docx.parts.document import DocumentPart
from docx.parts.story import StoryPart
from lxml.etree import _Element

from .xml import element

FOOTNOTE_TEXT_STYLE = "FootnoteText"
FOOTNOTE_REFERENCE_STYLE = "FootnoteReference"
SEPARATOR_ID, CONTINUATION_ID = -1, 0

_PART_XML = f"""<w:footnotes {nsdecls("w", "r")}>
  <w:footnote w:type="separator" w:id="{SEPARATOR_ID}">
    <w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p>
  </w:footnote>
  <w:footnote w:type="continuationSeparator" w:id="{CONTINUATION_ID}">
    <w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
      <w:r><w:continuationSeparator/></w:r></w:p>
  </w:footnote>
</w:footnotes>"""


class FootnotesPart(StoryPart):
    """``/word/footnotes.xml``: a story part, so runs and hyperlinks in notes work as in the body."""

    @classmethod
    def new(cls, document_part: DocumentPart) -> FootnotesPart:
        """Create the part with its two separator notes and relate it to the document."""
        part = cls(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(_PART_XML), document_part.package)
        document_part.relate_to(part, RT.FOOTNOTES)
        return part

    def add_footnote(self, note_id: int) -> _Element:
        """Append note *note_id* and return its Footnote Text paragraph for the note's text.

        The paragraph already starts with the note's own number (``w:footnoteRef``).
        """
        note = element("w:footnote", id=str(note_id))
        paragraph = element("w:p")
        ppr = element("w:pPr")
        ppr.append(element("w:pStyle", val=FOOTNOTE_TEXT_STYLE))
        paragraph.append(ppr)
        number = element("w:r")
        rpr = element("w:rPr")
        rpr.append(element("w:rStyle", val=FOOTNOTE_REFERENCE_STYLE))
        number.append(rpr)
        number.append(element("w:footnoteRef"))
        paragraph.append(number)
        space = element("w:r")
        space.append(_text("w:t", " "))
        paragraph.append(space)
        note.append(paragraph)
        self.element.append(note)
        return paragraph


def _reference_run(child: _Element) -> _Element:
    """Return a run in the Footnote Reference character style holding *child*."""
    run = element("w:r")
    rpr = element("w:rPr")
    rpr.append(element("w:rStyle", val=FOOTNOTE_REFERENCE_STYLE))
    run.append(rpr)
    run.append(child)
    return run


def footnote_reference(note_id: int) -> _Element:
    """Return a run referencing footnote *note_id* in the text (Word shows its number, superscript)."""
    return _reference_run(element("w:footnoteReference", id=str(note_id)))


def bookmark_name(number: int) -> str:
    """Return the hidden bookmark's name (leading underscore) around note *number*'s first reference."""
    return f"_RefNote{number}"


def bookmarked(run: _Element, number: int, bookmark_id: int) -> list[_Element]:
    """Wrap *run* in ``w:bookmarkStart``/``w:bookmarkEnd`` so later citations can point at it."""
    start = element("w:bookmarkStart", id=str(bookmark_id), name=bookmark_name(number))
    end = element("w:bookmarkEnd", id=str(bookmark_id))
    return [start, run, end]


def _text(tag: str, value: str) -> _Element:
    el = element(tag)
    el.text = value
    el.set(qn("xml:space"), "preserve")
    return el


def repeated_reference(number: int) -> _Element:
    """Return a hyperlink citing note *number* again: its number, superscript, linked to the first citation.

    ``w:vertAlign`` is repeated on the run (the style has it too) because converters that
    map the Footnote Reference style to nothing (mammoth) keep direct superscript only.
    """
    run = element("w:r")
    rpr = element("w:rPr")
    rpr.append(element("w:rStyle", val=FOOTNOTE_REFERENCE_STYLE))
    rpr.append(element("w:vertAlign", val="superscript"))
    run.append(rpr)
    run.append(_text("w:t", str(number)))
    link = element("w:hyperlink", anchor=bookmark_name(number), history="1")
    link.append(run)
    return link
