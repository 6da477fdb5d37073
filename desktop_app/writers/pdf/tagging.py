"""The logical structure of the PDF (tagged PDF, PDF/UA-1): what each drawn piece of content is.

ReportLab writes no structure, so we build it ourselves. The tree is laid out from the
resolved release before anything is drawn, in reading order: the banner (a Figure with
alternative text, on the first page), then every block as H1/H2/P, each footnote as a
Note (Lbl + P) right after the block that first refers to it, and links as Link
elements that own both their text and their annotation. A parallel-layout row is a Sect,
its cells in language order, so a screen reader (and "save as text") reads row by row,
language by language, whatever the columns look like.

While drawing, every text run is wrapped in marked content with an MCID that the tree
points to; whatever repeats on every page (banner on later pages, footer, rules) is
marked as an Artifact. At the end the tree, the ParentTree (content → element) and the
page entries (/StructParents, /Tabs /S) are written as ReportLab objects.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, repeat
from typing import Any, Protocol

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfdoc import (
    NoEncryption,
    PDFArray,
    PDFDictionary,
    PDFDocument,
    PDFName,
    PDFObject,
    PDFObjectReference,
    PDFPage,
    PDFString,
)
from reportlab.pdfgen.canvas import Canvas

from ...myanmar.script import MYANMAR_CHARS
from ...resolve import Columns, NoteRef, Resolved, ResolvedBlock, Role
from .typesetter import Run

_LATIN_LETTER = re.compile("[A-Za-z]")

#: Structure type of each block role (all standard PDF 1.7 types: no RoleMap needed).
ROLE_TYPES = {
    Role.HEADLINE: "H1",
    Role.HEADING: "H2",
    Role.LABEL: "P",
    Role.DATE: "P",
    Role.PARAGRAPH: "P",
    Role.CONTACT_INTRO: "P",
    Role.CONTACT: "P",
    Role.SIGNATORY: "P",
}

#: What a footnote marker's link annotation says it does (its /Contents), per language.
NOTE_LINK = {"en": "Footnote {n}", "my": "အောက်ခြေမှတ်ချက် {n}"}


@dataclass(frozen=True)
class Marked:
    """A marked-content sequence: MCID *mcid* on page *page* (1-based)."""

    page: int
    mcid: int

    def __deepcopy__(self, memo: dict) -> Marked:
        return self  # immutable: a preview checkpoint (paging.py) shares it


@dataclass(frozen=True)
class Annot:
    """A link annotation owned by a Link element."""

    page: int
    ref: PDFObjectReference

    def __deepcopy__(self, memo: dict) -> Annot:
        return self  # immutable, as Marked


@dataclass(eq=False)
class Element:
    """A structure element; ``kids`` are elements, marked content and annotations in reading order."""

    type: str
    lang: str | None = None
    alt: str | None = None
    id: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    target: str | None = None  # a Link's URL or destination
    kids: list[Element | Marked | Annot] = field(default_factory=list)
    scope: str = ""  # the language in force: its own /Lang or its parent's

    def add(self, kind: str, lang: str | None = None, *, alt: str | None = None, id: str | None = None,
            target: str | None = None) -> Element:
        """Append a child element and return it."""
        child = Element(kind, lang, alt=alt, id=id, target=target)
        child.scope = lang or self.scope
        self.kids.append(child)
        return child

    def has_content(self) -> bool:
        """Whether anything drawn belongs to this element or below it."""
        return any(not isinstance(k, Element) or k.has_content() for k in self.kids)


@dataclass
class _Note:
    element: Element
    label: Element
    body: Element


class Tagger:
    """Builds the structure tree of one document and marks content as it is drawn."""

    def __init__(self, resolved: Resolved) -> None:
        self.lang = resolved.lang
        self.root = Element("Document", resolved.lang, scope=resolved.lang)
        self._resolved = resolved
        self._notes: dict[int, _Note] = {}
        self._mcids: dict[int, list[Element]] = {}  # page -> element of each MCID
        self._annots: list[tuple[Annot, Element]] = []
        # drawing state
        self._block: Element | None = None
        self._label: Element | None = None
        self._open_link: Element | None = None
        self._open_span: Element | None = None
        self._current: Element | None = None
        self._quiet = 0
        self.line_links: dict[str, Element] = {}
        self.banner: Element | None = None

    # -- the tree, before drawing --------------------------------------------------------------
    @property
    def note_count(self) -> int:
        """Footnotes given elements so far."""
        return len(self._notes)

    def finished(self, root_kids: int) -> list[object]:
        """Return what drawing will not change any more: the first *root_kids* elements, subtrees and notes."""
        done: list[Element] = []
        stack = [k for k in self.root.kids[:root_kids] if isinstance(k, Element)]
        while stack:  # every element below them too: the ParentTree and annotations point at them
            element = stack.pop()
            done.append(element)
            stack += [k for k in element.kids if isinstance(k, Element)]
        ids = {id(e) for e in done}
        return [*done, *(n for n in self._notes.values() if id(n.element) in ids)]

    def rewind(self, resolved: Resolved, root_kids: int, notes: int, page: int, done: int = 0) -> None:
        """Forget the elements of the story items after the first *root_kids* of the root's kids.

        A preview resumed at the start of *page* (paging.py) keeps the tree of the items
        before it, with what was drawn of them before that page, and adds the rest anew. A
        kept element can have been drawn on *page* or later by the last render (a heading
        kept with its paragraph moves over the page start with it): those marks go, or the
        element would own them twice once the page is drawn again. The first *done* root kids
        were drawn to the end before that page: nothing of them is looked at.
        """
        self._resolved = resolved
        self.cut(root_kids, notes)
        stack = [kid for kid in self.root.kids[done:] if isinstance(kid, Element)]
        while stack:
            element = stack.pop()
            if any(isinstance(kid, Marked | Annot) and kid.page >= page for kid in element.kids):
                element.kids = [kid for kid in element.kids
                                if not (isinstance(kid, Marked | Annot) and kid.page >= page)]
            stack += [kid for kid in element.kids if isinstance(kid, Element)]
        for drawn in [p for p in self._mcids if p >= page]:
            del self._mcids[drawn]

    def cut(self, root_kids: int, notes: int) -> None:
        """Drop the root's kids after the first *root_kids* and the notes after the first *notes*."""
        del self.root.kids[root_kids:]
        if len(self._notes) > notes:
            self._notes = dict(list(self._notes.items())[:notes])

    def banner_figure(self, alt: str) -> Element:
        """Make the letterhead banner a Figure, first in reading order."""
        self.banner = self.root.add("Figure", alt=alt)
        return self.banner

    def flow(self, item: ResolvedBlock | Columns) -> list[Element | None]:
        """Return elements for a flow item: one for a block, one per cell of a parallel row (a Sect)."""
        if isinstance(item, Columns):
            row = self.root.add("Sect")
            return [self._block_element(cell[0], row) if cell else None for cell in item.cells]
        return [self._block_element(item, self.root)]

    def _lang(self, lang: str) -> str | None:
        return lang if lang != self.lang else None

    def _block_element(self, block: ResolvedBlock, parent: Element) -> Element:
        element = parent.add(ROLE_TYPES[block.role], self._lang(block.lang))
        for inline in block.content:
            if isinstance(inline, NoteRef) and inline.first:
                note = self._resolved.note(inline.number)
                lang = self._lang(note.lang)
                holder = parent.add("Note", lang, id=_note_id(inline.number))
                self._notes[inline.number] = _Note(holder, holder.add("Lbl"), holder.add("P"))
        return element

    # -- marking while drawing -------------------------------------------------------------------
    def _mcid(self, page: int, element: Element) -> int:
        owners = self._mcids.setdefault(page, [])
        owners.append(element)
        element.kids.append(Marked(page, len(owners) - 1))
        return len(owners) - 1

    def begin(self, code: list[str], page: int, element: Element) -> None:
        """Open a marked-content sequence for *element* in *code*."""
        code.append(f"/{element.type} <</MCID {self._mcid(page, element)}>> BDC")

    def switch(self, code: list[str], page: int, run: Run) -> None:
        """Before drawing *run*: close the open sequence and open one if the run's element differs."""
        if self._quiet or self._block is None:
            return
        element = self._element_for(run)
        if element is self._current:
            return
        if self._current is not None:
            code.append("EMC")
        self.begin(code, page, element)
        self._current = element

    def new_line(self) -> None:
        """Before a line: forget the previous line's links."""
        self.line_links = {}

    def end_line(self, code: list[str]) -> None:
        """After a line's runs: close the open sequence."""
        if self._current is not None:
            code.append("EMC")
            self._current = None

    def _element_for(self, run: Run) -> Element:
        return self._in_language(self._owner(run), run.text)

    def _owner(self, run: Run) -> Element:
        """Return the block, footnote label or link the run belongs to."""
        block = self._block
        assert block is not None
        style = run.style
        target = style.link or style.anchor
        if target is None:
            self._open_link = None
            if self._label is not None and style.superscript:
                return self._label
            return block
        link = self._open_link
        if link is None or link.target != target:
            link = self._open_link = block.add("Link", target=target)
        self.line_links[target] = link
        return link

    def _in_language(self, owner: Element, text: str) -> Element:
        """Return a Span with its own /Lang inside *owner* when the run's script says another language.

        Burmese script inside an English block is Burmese; Latin letters inside a Burmese
        block are read with an English voice (a Burmese voice cannot read them at all).
        Runs of digits, spaces or punctuation stay in whatever span they continue.
        """
        lang = script_language(text)
        span = self._open_span
        if span is not None and span in owner.kids and (lang is None or lang == span.lang):
            return span
        self._open_span = None
        if lang is None or lang == owner.scope:
            return owner
        if owner.type == "Link" and not owner.kids:  # a link all in the other language: the Link says so
            owner.lang = owner.scope = lang
            return owner
        self._open_span = owner.add("Span", lang)
        return self._open_span

    def annotated(self, canvas: Canvas, link: Element, external: bool) -> None:
        """Tie the link annotation just added to *canvas* to *link*, and say in words where it goes."""
        doc = canvas._doc
        name = "NUMBER" + repr(canvas._annotationCount)
        annotation = doc.idToObject[doc.annotationName(name)]
        annot = Annot(canvas._pageNumber, doc.refAnnotation(name))
        extra = {"StructParent": len(self._annots), "F": 4}  # F 4: printed (PDF/A)
        self._annots.append((annot, link))
        link.kids.append(annot)
        contents = self._contents(link, external)
        if isinstance(annotation, PDFDictionary):
            annotation.dict.update(extra, Contents=PDFString(contents))
        else:  # ReportLab's LinkAnnotation checks its keys against a list
            annotation.permitted = (*annotation.permitted, *extra)
            annotation.otherkw.update(extra)
            annotation.Contents = contents

    def _contents(self, link: Element, external: bool) -> str:
        assert link.target is not None
        if external:
            return link.target.removeprefix("mailto:")
        lang = (self._block.lang if self._block is not None else None) or self.lang
        return NOTE_LINK.get(lang, NOTE_LINK["en"]).format(n=link.target.rsplit("-", 1)[-1])

    @contextmanager
    def block(self, element: Element | None, label: Element | None = None) -> Iterator[None]:
        """Draw inside *element* (a footnote's number goes to *label*)."""
        saved = self._block, self._label, self._open_link, self._open_span
        self._block, self._label, self._open_link, self._open_span = element, label, None, None
        try:
            yield
        finally:
            self._block, self._label, self._open_link, self._open_span = saved

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Draw without marking (inside a form, an artifact or a figure)."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def note(self, number: int) -> tuple[Element, Element] | None:
        """Return the body and label elements of footnote *number*."""
        note = self._notes.get(number)
        return (note.body, note.label) if note else None

    # -- writing ---------------------------------------------------------------------------------
    def finish_page(self, page: PDFPage, number: int) -> None:
        """Give page *number* its /StructParents key and tab order."""
        names = list(page.__NoDefault__)
        page.__NoDefault__ = names + [k for k in ("StructParents", "Tabs") if k not in names]
        page.StructParents = self._page_key(number)
        page.Tabs = PDFName("S")

    def _page_key(self, number: int) -> int:
        # Annotations take keys 0..A-1 as they are made; pages follow, in page order.
        return len(self._annots) + number - 1

    def write(self, doc: PDFDocument, pages: int, kept: Kept | None = None) -> None:
        """Write the structure tree, ParentTree and IDTree; point the catalog at them.

        *kept* (the preview, ``filecache``): each element's written form from the last
        renders, taken again while the element is the same object under the same parent
        (an element is never changed once a render has written it).
        """
        root_dict = PDFDictionary({"Type": PDFName("StructTreeRoot")})
        root_ref = doc.Reference(root_dict)
        numbers = doc.idToObjectNumberAndVersion

        # Every element's name and object, in the order ReportLab would number them (before its kids),
        # numbered in one go at the end.
        order_names: list[str] = []
        order_objects: list[Compact] = []

        def build(element: Element, parent: str) -> _Written:
            """Write *element* and the elements below it; return what was written."""
            entry = kept.get(id(element)) if kept is not None else None
            if entry is not None and entry.element is element and entry.parent == parent:
                order_names.extend(entry.names)  # the element and all below it, as they were
                order_objects.extend(entry.objects)
                kept.put(id(element), entry)  # type: ignore[union-attr]
                return entry
            name = self._name(element)
            parts: list[str | PDFObject] = [f"<</Type/StructElem/S/{element.type}/P ", PDFObjectReference(parent)]
            compact = Compact(parts)
            order_names.append(name)
            order_objects.append(compact)
            written = _Written(element, parent, [name], [compact], [])
            first_page = next((k.page for k in _content(element)), None)
            if first_page is not None:
                parts += ["/Pg ", _page_ref(first_page)]
            parts.append("/K[")
            for kid in element.kids:
                if isinstance(kid, Element):
                    if (kept is not None and _written_before(kept, kid, name)) or kid.has_content():
                        below = build(kid, name)  # noqa: F821 - unbound after the tree is built (below)
                        written.names += below.names
                        written.objects += below.objects
                        written.ids += below.ids
                        parts += [PDFObjectReference(below.names[0]), " "]
                elif isinstance(kid, Marked):
                    if kid.page == first_page:
                        parts.append(f"{kid.mcid} ")
                    else:
                        parts += ["<</Type/MCR/Pg ", _page_ref(kid.page), f"/MCID {kid.mcid}>>"]
                else:
                    parts += ["<</Type/OBJR/Obj ", kid.ref, "/Pg ", _page_ref(kid.page), ">>"]
            parts.append("]")
            if element.lang:
                parts += ["/Lang ", PDFString(element.lang)]
            if element.alt:
                parts += ["/Alt ", PDFString(element.alt)]
            if element.id:
                parts += ["/ID ", PDFString(element.id)]
                written.ids.append((element.id, name))
            if element.bbox:
                parts.append("/A<</O/Layout/BBox[{}]>>".format(" ".join(fp_str(v) for v in element.bbox)))
            parts.append(">>")
            if kept is not None:
                kept.put(id(element), written)
            return written

        tree = build(self.root, root_ref.name)
        del build  # it refers to itself: left as a cycle, the whole tree would wait for the collector
        # ``doc.Reference`` with names, all at once, minus its refusal of objects written to an earlier file.
        first = doc.objectcounter + 1
        doc.objectcounter += len(order_names)
        known = len(doc.idToObject)
        doc.idToObject.update(zip(order_names, order_objects, strict=True))
        if len(doc.idToObject) != known + len(order_names):
            raise ValueError("a structure element written twice")
        span = range(first, doc.objectcounter + 1)
        numbers.update(zip(order_names, zip(span, repeat(0), strict=False), strict=True))
        doc.numberToId.update(zip(span, order_names, strict=True))
        root_dict["K"] = PDFObjectReference(tree.names[0])
        names = self._names
        annots = list(enumerate(names([link for _annot, link in self._annots])))
        marks = [(self._page_key(number), names(self._mcids.get(number, []))) for number in range(1, pages + 1)]
        root_dict["ParentTree"] = _ParentTree(annots, marks)
        root_dict["ParentTreeNextKey"] = len(self._annots) + pages
        if tree.ids:
            root_dict["IDTree"] = _IDTree(sorted(tree.ids))
        catalog = doc.Catalog
        catalog.StructTreeRoot = root_ref
        catalog.MarkInfo = PDFDictionary({"Marked": "true"})

    def _names(self, elements: list[Element]) -> list[str]:
        """Return the names of *elements* (``_name``), in one pass: the ParentTree names some 15,000."""
        names = list(map(_ELEMENT_NAME.__mod__, map(id, elements)))
        if id(self.root) in map(id, elements):  # never: the root owns no content itself
            return [self._name(element) for element in elements]
        return names

    def _name(self, element: Element) -> str:
        """Return the element's name in the document: the same for the same element object in every render."""
        return "StructDocument" if element is self.root else _ELEMENT_NAME % id(element)


_ELEMENT_NAME = "StructElem%x"


def _written_before(kept: Kept, element: Element, parent: str) -> bool:
    """Tell whether *element* is written as kept (so it has content: an element never loses any once written)."""
    entry = kept.get(id(element))
    return entry is not None and entry.element is element and entry.parent == parent


@dataclass(eq=False)
class _Written:
    """An element as written: its name and object, then those of every element below it, in order."""

    element: Element
    parent: str  # its parent's name
    names: list[str]
    objects: list[Compact]
    ids: list[tuple[str, str]]  # (/ID, element name) of the elements among them with an ID


class Kept(Protocol):
    """Elements' written forms kept between renders (``filecache.Generations``)."""

    def get(self, key: int) -> Any:
        """Return what was kept under *key*, or None."""

    def put(self, key: int, value: Any) -> None:
        """Keep *value* under *key* for the next render."""


def _page_ref(number: int) -> PDFObjectReference:
    return PDFObjectReference("Page" + repr(number))


class Compact(PDFObject):
    """PDF syntax written as given, with references resolved: the tree has thousands of small objects.

    ReportLab's generic formatting (one call per key, value and name) made writing the
    structure a third of the time of a long tagged document; this writes each element in
    one join, without the pretty-printing newlines.
    """

    def __init__(self, parts: list[str | PDFObject]) -> None:
        self.parts = parts
        self._template: tuple[bytes, tuple[str, ...]] | None = None

    def template(self, document: PDFDocument) -> tuple[bytes, tuple[str, ...]]:
        """Return the whole object as written (number, body, ``endobj``) as a %-format, and the names it refers to.

        ``fmt % (n, *numbers)`` — *n* the object's own number, *numbers* each name's
        (number, version) in turn — is what ``format`` writes as object *n*: the preview
        (``filecache``) writes an element again whatever numbers the objects it refers to
        got, without formatting it. An element is never changed once written, so this is
        made once.
        """
        if self._template is None:
            out: list[bytes] = [b"%d 0 obj\n"]
            names: list[str] = []
            for p in self.parts:
                if isinstance(p, PDFObjectReference) and type(p) is PDFObjectReference:
                    out.append(b"%d %d R")
                    names.append(p.name)
                else:
                    if not isinstance(p, str | PDFString):  # something that could refer to objects itself
                        raise TypeError(f"no template for {type(p).__name__}")
                    data = p.encode("latin-1") if isinstance(p, str) else p.format(document)
                    out.append(data.replace(b"%", b"%%"))
            body = b"".join(out[1:])
            out.append(b"endobj\n" if body.endswith(b"\n") else b"\nendobj\n")
            self._template = (b"".join(out), tuple(names))
        return self._template

    def format(self, document: PDFDocument) -> bytes:
        """Return the object's PDF syntax."""
        numbers = document.idToObjectNumberAndVersion
        out: list[bytes] = []
        for p in self.parts:
            if isinstance(p, str):
                out.append(p.encode("latin-1"))
            elif type(p) is PDFObjectReference:
                out.append(b"%d %d R" % numbers[p.name])  # what its format writes
            else:
                out.append(p.format(document))
        return b"".join(out)


class _IDTree(PDFObject):
    """The IDTree: ``<</Names [(id) N 0 R …]>>`` exactly as ReportLab writes that dictionary and array.

    ReportLab's generic formatting took a call per string and reference (a 200-page
    release has 2,000 of them).
    """

    def __init__(self, ids: list[tuple[str, str]]) -> None:
        self.ids = ids  # (ID, element name), in order

    def format(self, document: PDFDocument) -> bytes:
        """Return the dictionary's PDF syntax."""
        if rl_config.pdfMultiLine:  # ReportLab's other layout (never set in Thadin)
            names: list[object] = [x for id_name, name in self.ids
                                   for x in (PDFString(id_name), PDFObjectReference(name))]
            return PDFDictionary({"Names": PDFArray(names)}).format(document)
        numbers = document.idToObjectNumberAndVersion
        strings = _strings(document)
        pairs = [b"%s %d %d R" % (strings(id_name), *numbers[name]) for id_name, name in self.ids]
        # As PDFArray: a line break after every ten items (five pairs).
        return b"<<\n/Names [ " + b" \n  ".join([b" ".join(pairs[i:i + 5]) for i in range(0, len(pairs), 5)]) + \
            b" ]\n>>"


#: Structure element IDs as written (``note-3``): the same bytes every render.
_STRING_BYTES: dict[str, bytes] = {}


def _strings(document: PDFDocument) -> Callable[[str], bytes]:
    """Return how *document* writes a string (``PDFString.format``), remembered when not encrypted."""
    if not isinstance(document.encrypt, NoEncryption):
        return lambda text: PDFString(text).format(document)

    def written(text: str) -> bytes:
        data = _STRING_BYTES.get(text)
        if data is None:
            if len(_STRING_BYTES) > 100_000:
                _STRING_BYTES.clear()
            data = _STRING_BYTES[text] = PDFString(text).format(document)
        return data

    return written


class _ParentTree(PDFObject):
    """The ParentTree's number tree: each annotation's and each page's key to its element(s), by name.

    As ReportLab writes a reference (``N 0 R``), one join for its 10,000s of references.
    """

    def __init__(self, annots: list[tuple[int, str]], marks: list[tuple[int, list[str]]]) -> None:
        self.annots, self.marks = annots, marks

    def format(self, document: PDFDocument) -> bytes:
        number = partial(dict.__getitem__, document.idToObjectNumberAndVersion)
        # One %-format for the whole tree: a format per reference was most of its time.
        fmt = [b"<</Nums[", b"%d %d %d R " * len(self.annots)]
        args: list[int] = []
        if self.annots:
            keys, owners = zip(*self.annots, strict=True)
            args += chain.from_iterable(map(_with_key, keys, map(number, owners)))
        for key, names in self.marks:
            fmt.append(b"%d[" + b"%d %d R " * len(names) + b"]")
            args.append(key)
            args += chain.from_iterable(map(number, names))
        fmt.append(b"]>>")
        return b"".join(fmt) % tuple(args)


def _with_key(key: int, number: tuple[int, int]) -> tuple[int, int, int]:
    return (key, *number)


def _content(element: Element) -> Iterator[Marked | Annot]:
    """Return the marked content and annotations directly in *element*."""
    return (k for k in element.kids if not isinstance(k, Element))


def script_language(text: str) -> str | None:
    """``my`` for Burmese script, ``en`` for Latin letters, None for digits, spaces and punctuation."""
    if not MYANMAR_CHARS.isdisjoint(text):
        return "my"
    if _LATIN_LETTER.search(text):
        return "en"
    return None


def _note_id(number: int) -> str:
    return f"note-{number}"


# -- drawing-side helpers: all of them do nothing on a canvas without a tagger ---------------------

def tagger_of(canvas: Canvas) -> Tagger | None:
    """Return the canvas's tagger, if the document is tagged."""
    return getattr(canvas, "tagger", None)


@contextmanager
def block(canvas: Canvas, element: Element | None, label: Element | None = None) -> Iterator[None]:
    """Text drawn inside belongs to *element*."""
    tagger = tagger_of(canvas)
    if tagger is None or element is None:
        yield
        return
    with tagger.block(element, label):
        yield


@contextmanager
def note(canvas: Canvas, number: int) -> Iterator[None]:
    """Text drawn inside is footnote *number*: its number the Lbl, the rest its P."""
    tagger = tagger_of(canvas)
    parts = tagger.note(number) if tagger is not None else None
    if parts is None:
        yield
        return
    with block(canvas, parts[0], parts[1]):
        yield


@contextmanager
def artifact(canvas: Canvas, kind: str = "Layout", subtype: str | None = None) -> Iterator[None]:
    """Mark what is drawn inside as decoration or pagination, not content (PDF 14.8.2.2)."""
    tagger = tagger_of(canvas)
    if tagger is None:
        yield
        return
    props = f"/Type /{kind}" + (f" /Subtype /{subtype}" if subtype else "")
    canvas._code.append(f"/Artifact <<{props}>> BDC")
    with tagger.quiet():
        yield
    canvas._code.append("EMC")


@contextmanager
def untagged(canvas: Canvas) -> Iterator[None]:
    """Drawing into a form XObject: its use on the page is what gets marked."""
    tagger = tagger_of(canvas)
    if tagger is None:
        yield
        return
    with tagger.quiet():
        yield


@contextmanager
def figure(canvas: Canvas, element: Element) -> Iterator[None]:
    """Mark what is drawn inside as the figure *element*."""
    tagger = tagger_of(canvas)
    if tagger is None:
        yield
        return
    tagger.begin(canvas._code, canvas._pageNumber, element)
    with tagger.quiet():
        yield
    canvas._code.append("EMC")
