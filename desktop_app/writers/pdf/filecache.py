"""The preview's file writer: ReportLab's object-by-object output, each object's bytes kept from the last render.

After an edit the preview lays out and draws only the pages from the edited one to where
the page breaks meet the last render's (``paging``, ``splice``), but ReportLab then
formats every object of the file again: at 200 pages, 14,000 objects — structure
elements, link annotations, page content streams — nearly all of them the same bytes as
last time. This writer is ``PDFDocument.format`` (the same loop, the same bytes) with
each object's formatted body kept between renders:

- **by identity** for the objects that never change once a render has written them:
  structure elements (``tagging`` keeps each element's ``_Compact`` while the element
  is unchanged) and link annotations (shared by the checkpoint and by ``splice``). An
  object's body depends on it and on the numbers of the objects it refers to; the
  names it refers to are recorded when it is formatted, and the body is reused only if
  they still have the same numbers (and a note link's destination is bound to the same
  place);
- **by content** for streams that refer to nothing (page contents: compressing them was
  a fifth of the time), keyed by their text;
- **as templates** when what an object refers to got another number (an edit added a
  structure element or a link annotation, and every later one moved): its bytes as a
  %-format of those numbers (``Compact.template`` for structure elements, ``_template``
  for page dictionaries and link annotations), filled in with the numbers now.

Everything else (pages, catalog, fonts, the structure tree root) is formatted as
ReportLab does, each time. Memory stays bounded by two renders' bodies: each render
starts a generation, and what neither it nor the one before used is dropped. An export
never comes here (``PDFDocument.format`` as it is); ``tests/writers/test_incremental.py``
compares each preview with an export byte for byte.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import chain, compress
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import NoEncryption, PDFDocument, PDFPage, PDFStream, pdfdocEnc

from .tagging import Compact

#: What ReportLab writes before the first object (``PDFFile.__init__``), after the version.
_BINARY_COMMENT = b"\n%\223\214\213\236 ReportLab Generated PDF document (opensource)\n"


@dataclass(frozen=True)
class _Body:
    obj: object  # keeps the object alive, so its id names it while the entry lives
    names: tuple[str, ...]  # the objects it refers to, in order
    numbers: tuple[Any, ...]  # their (number, version) when formatted
    extra: object  # what else the bytes depend on (a note link's destination)
    data: bytes  # the object's body
    number: int  # its own number then
    chunk: bytes  # the whole object as written: number, body, endobj
    era: int  # the numbering it was written in (``FileCache._era``), -1 if it refers to objects made later
    fmt: bytes | None = None  # the body as a %-format of the numbers it refers to (``_template``; b"": none)


#: A reference as ReportLab writes one ("12 0 R"), not part of a longer number or name.
_REFERENCE = re.compile(rb"(?<![0-9])([0-9]+) ([0-9]+) R(?![0-9A-Za-z])")


def _template(data: bytes, numbers: tuple[Any, ...]) -> bytes:
    """Return *data* as a %-format of the references in it, b"" if they are not exactly *numbers* in turn.

    *numbers* are the (number, version) of each name formatting looked up, in order; every
    reference in the bytes must be one of them, in the same order, or there is no template
    (the object is formatted again when what it refers to moves).
    """
    found = list(_REFERENCE.finditer(data))
    if len(found) != len(numbers) or any((int(m[1]), int(m[2])) != number
                                         for m, number in zip(found, numbers, strict=True)):
        return b""
    parts: list[bytes] = []
    at = 0
    for match in found:
        parts += [data[at:match.start()].replace(b"%", b"%%"), b"%d %d R"]
        at = match.end()
    parts.append(data[at:].replace(b"%", b"%%"))
    return b"".join(parts)


class _File:
    """The last whole file written, for the next to copy runs of unchanged objects from."""

    def __init__(self, data: bytes, offsets: list[int], objects: list[object], kinds: list[bool], era: int,
                 dests: dict[int, object]) -> None:
        self.view = memoryview(data)
        self.offsets = offsets  # where each object starts, and then the cross-reference table
        self.objects = objects  # by number - 1
        self.kinds = kinds  # which are written the same whenever they are the same object in the same numbering
        self.era = era
        self.dests = dests  # object number -> where its note link went
        self.dest_numbers = sorted(dests)


class _Recording(dict):
    """``idToObjectNumberAndVersion`` that notes the names looked up (the references formatted)."""

    seen: list[str]

    def __getitem__(self, name: str) -> Any:
        self.seen.append(name)
        return dict.__getitem__(self, name)


def _destination(obj: object) -> object:
    """Where a note link goes, as bound for this file (ReportLab binds destinations when saving)."""
    dest = getattr(obj, "Destination", None)
    if dest is None:
        return None
    fmt = getattr(dest, "fmt", None)
    place = tuple((k, v) for k, v in vars(fmt).items() if k != "page") if fmt is not None else None
    return (type(fmt), place, getattr(dest.page, "name", dest.page))


def _stream_key(obj: Any, pdf: PDFDocument) -> tuple | None:
    """Return what a stream that refers to nothing (a page's content) is made of, or None for other objects."""
    if type(obj) is not PDFStream or not isinstance(obj.content, str):
        return None
    extra = obj.dictionary.dict
    if extra and not all(type(v) in (int, str) for v in extra.values()):
        return None
    filters = obj.filters if obj.filters is not None else pdf.defaultStreamFilters
    return (obj.content, tuple(map(id, filters or ())), tuple(sorted(extra.items())))


class Generations:
    """Values used by the current render and by the one before, by key."""

    def __init__(self) -> None:
        self.current: dict[Any, Any] = {}
        self.previous: dict[Any, Any] = {}

    def get(self, key: Any) -> Any:
        """Return the value kept under *key* (None if neither render used it), kept for the next render too."""
        found = self.current.get(key)
        if found is None:
            found = self.previous.get(key)
            if found is not None:
                self.current[key] = found
        return found

    def put(self, key: Any, value: Any) -> None:
        """Keep *value* under *key* for this render and the next."""
        self.current[key] = value

    def turn(self) -> None:
        """Start a render: drop what the render before did not use."""
        self.previous, self.current = self.current, {}


class FileCache:
    """Formatted object bodies, and structure elements' written forms, of the last two preview renders."""

    def __init__(self) -> None:
        # Formatted bodies by object id (or page / stream key); pruned to what the last file
        # used once it holds three files' worth.
        self._bodies: dict[Any, Any] = {}
        self._touched: set[Any] = set()  # page and stream keys used in the file being written
        self.elements = Generations()  # for ``Tagger.write``
        self.footers: Any = None  # the footers of the last whole file as drawn (``document._PageCanvas``)
        self.footers_replayed = False  # the last file's footers were the ones before (tests)
        self._pages: dict[int, tuple[PDFPage, dict, tuple]] = {}  # id(page) -> page, held state, key
        #: Objects formatted afresh, taken from the cache, and written from a kept template with their
        #: references' numbers now (structure elements) in the last file written (tests, benchmarks).
        self.formatted = 0
        self.reused = 0
        self.filled = 0
        self._numbering: dict[str, Any] = {}  # object numbers before formatting, in the last file
        self._names: list[str] = []  # the names of those objects, by number - 1
        self._era = 0  # counts the changes of that numbering
        self._write_era = 0  # the numbering of the file being written (-2: the pages shown first, moved)
        self._write_numbering: dict[str, Any] = {}
        self._dests: dict[int, object] = {}  # object number -> where its note link goes, in the file being written
        self._last: _File | None = None
        self._moved: set[str] | None = None  # names numbered otherwise than in the last file (None: none)

    def turn(self) -> None:
        """Start a render: drop what the render before did not use."""
        self.elements.turn()
        self._pages = {}

    def page(self, page: PDFPage, held: dict, key: tuple) -> None:
        """Say what *page*'s dictionary is made of: the held page *held* (see ``document._PageCanvas``), and *key*.

        A held page is never changed once finished, and a render shares the held pages of
        the pages it did not draw again; with the same page number and page count, and
        its /StructParents key, the dictionary is the same but for the numbers it refers to.
        """
        self._pages[id(page)] = (page, held, (*key, page.StructParents))

    def write(self, pdf: PDFDocument, remember: bool = True) -> bytes:
        """Return the file ``pdf.format()`` returns, formatting only objects not kept from the last render.

        *remember*: the next file is written from this one's bytes where it can (not the
        pages up to the edited one shown first: the whole file follows).
        """
        if not isinstance(pdf.encrypt, NoEncryption) or (rl_config.pdfComments and not rl_config.invariant):
            return PDFDocument.format(pdf)  # never in Thadin: encrypted or commented output as ReportLab has it
        pdf.encrypt.prepare(pdf)
        catalog, info = pdf.Catalog, pdf.info
        pdf.Reference(catalog)
        pdf.Reference(info)
        numbers = pdf.idToObjectNumberAndVersion = _Recording(pdf.idToObjectNumberAndVersion)
        try:
            chunks, offsets, start, objects, kinds = self._objects(pdf, numbers, remember)
        finally:
            pdf.idToObjectNumberAndVersion = dict(numbers)
        count = len(offsets)
        chunks.append(b"xref\n0 %d\n0000000000 65535 f \n" % (count + 1))
        chunks.append(b"%010d 00000 n \n" * count % tuple(offsets))  # one format for 14,000 entries
        trailer = pdfdoc.PDFTrailer(startxref=start, Size=count + 1, Root=pdf.Reference(catalog),
                                    Info=pdf.Reference(info), ID=pdf.ID())
        chunks.append(trailer.format(pdf))
        data = b"".join(chunks)
        if remember:
            self._last = _File(data, [*offsets, start], objects, kinds, self._write_era, self._dests)
            if len(self._bodies) > 3 * len(objects):
                live = set(map(id, objects)) | self._touched
                self._bodies = {key: body for key, body in self._bodies.items() if key in live}
        self._touched = set()
        return data

    def _objects(self, pdf: PDFDocument, numbers: _Recording, remember: bool
                 ) -> tuple[list[Any], list[int], int, list[object], list[bool]]:
        header = pdfdocEnc("%PDF-{}.{}".format(*pdf._pdfVersion)) + _BINARY_COMMENT
        chunks: list[Any] = [header]
        offsets: list[int] = []
        offset = len(header)
        number_to_id, objects = pdf.numberToId, pdf.idToObject
        # While no object numbered (before formatting made more) in the last file has another number
        # in this one, an object kept from it refers to the same numbers: its bytes are taken as they are.
        known = len(number_to_id)
        names = list(map(number_to_id.__getitem__, range(1, known + 1)))
        now = list(map(objects.__getitem__, names))
        numbering, last_numbering, last_names = dict(numbers), self._numbering, self._names
        moved_names = self._moved_names(names, numbering, last_names, last_numbering)
        moved = bool(moved_names)
        if remember:
            self._era += moved
            self._numbering, self._names = numbering, names
        era = self._write_era = -2 if moved and not remember else self._era
        self._write_numbering = numbering
        self._dests = {}
        bodies = self._bodies
        self.formatted = self.reused = self.filled = 0
        number_of = dict.__getitem__
        # Runs of objects that are the very objects written at the same numbers in the last file
        # (structure elements, link annotations) are copied from it as they are, a run at a time,
        # when none of the objects they refer to moved to another number (an element added before
        # them moves the elements after it: those are written from their templates).
        last = self._last
        copyable: list[bool] = []  # by number - 1: the same object as in the last file, of a kind copied as it is
        if last is not None:
            copyable = list(map(operator.and_, map(operator.is_, now, last.objects), last.kinds))
        copyable.append(False)
        self._moved = moved_names if last is not None and last.era != era else None
        kinds: list[bool] = []  # by number - 1: of a kind copied as it is (structure element, link annotation)
        n = 0
        while True:
            n += 1
            name = number_to_id.get(n)
            if name is None:
                break
            if n < len(copyable) and copyable[n - 1]:
                assert last is not None
                end = self._run(n, now, copyable, last)
                if end > n:
                    begin, stop = last.offsets[n - 1], last.offsets[end - 1]
                    chunks.append(last.view[begin:stop])
                    delta = offset - begin
                    offsets += last.offsets[n - 1:end - 1] if not delta else [o + delta for o in
                                                                               last.offsets[n - 1:end - 1]]
                    offset += stop - begin
                    self.reused += end - n
                    kinds += [True] * (end - n)
                    n = end - 1
                    continue
            obj = objects[name]
            if n > known:  # made while formatting
                now.append(obj)
            if type(obj) is Compact:  # a structure element: its bytes are a template filled with numbers now
                made = obj._template is None
                fmt, refs = obj.template(pdf)
                chunk = fmt % (n, *chain.from_iterable([number_of(numbers, ref) for ref in refs]))
                if made:
                    self.formatted += 1
                else:
                    self.filled += 1
                offsets.append(offset)
                offset += len(chunk)
                chunks.append(chunk)
                kinds.append(True)
                continue
            kinds.append(name.startswith("Annot."))
            kept = bodies.get(id(obj))
            if (kept is not None and kept.obj is obj and kept.era == era and kept.number == n
                    and (kept.extra is None or kept.extra == _destination(obj))):
                chunk = kept.chunk
                self.reused += 1
                if kept.extra is not None:
                    self._dests[n] = kept.extra
            else:
                chunk = self._chunk(pdf, n, name, obj, numbers)
            offsets.append(offset)
            offset += len(chunk)
            chunks.append(chunk)
        if n - 1 != len(number_to_id):
            raise ValueError(f"object numbers are not 1..{len(number_to_id)}")
        return chunks, offsets, offset, now, kinds

    @staticmethod
    def _moved_names(names: list[str], numbering: dict[str, Any], last_names: list[str],
                     last_numbering: dict[str, Any]) -> set[str]:
        """Return the names numbered in the last file that have another number now.

        Such a name is, at its number now, not the name the last file had there: only the
        numbers whose names differ are looked at (an edit changes a few hundred of 14,000).
        """
        differ = compress(names, map(operator.ne, names, last_names))
        return {name for name in chain(differ, names[len(last_names):])
                if last_numbering.get(name, numbering[name]) != numbering[name]}

    def _run(self, n: int, now: list[object], copyable: list[bool], last: _File) -> int:
        """Return the number after the run of objects from *n* that the last file has as they are."""
        dests, moved = last.dests, self._moved
        if moved is not None:  # something moved: object by object, each checked for what it refers to
            end = n
            while copyable[end - 1] and self._stays(now[end - 1], moved):
                end += 1
        else:
            end = copyable.index(False, n - 1) + 1
        # A note link's destination must be bound to the same place as in the last file.
        numbers = last.dest_numbers
        for at in range(bisect_left(numbers, n), bisect_left(numbers, end)):
            number = numbers[at]
            place = dests[number]
            if place != _destination(now[number - 1]):
                return number
            self._dests[number] = place
        return end

    def _stays(self, obj: object, moved: set[str]) -> bool:
        """Tell whether none of the objects *obj* refers to moved to another number since the last file."""
        if type(obj) is Compact:
            template = obj._template
            return template is not None and moved.isdisjoint(template[1])
        kept = self._bodies.get(id(obj))
        return kept is not None and kept.obj is obj and kept.era != -1 and moved.isdisjoint(kept.names)

    def _chunk(self, pdf: PDFDocument, n: int, name: str, obj: object, numbers: _Recording) -> bytes:
        """Return object *n* as written, its body kept from the last renders or formatted now."""
        body = self._body(pdf, n, name, obj, numbers)
        return b"%d 0 obj\n%s%sendobj\n" % (n, body, b"" if body.endswith(b"\n") else b"\n")

    def _body(self, pdf: PDFDocument, n: int, name: str, obj: object, numbers: _Recording) -> bytes:
        by_identity = type(obj) is Compact or name.startswith("Annot.")
        key: Any = id(obj)
        owner: object = obj
        extra: Any = None
        lookup = numbers.get  # dict.get: not recorded
        is_page = type(obj) is PDFPage and id(obj) in self._pages
        if is_page:
            page, owner, extra = self._pages[id(obj)]
            # What formatting it does first (``PDFCatalog.format``): numbers for the page tree and its content.
            page.check_format(pdf)
            contents = pdf.Reference(page.Contents)
            # Names made from numbers ("R563"): the names themselves say the numbers they must be.
            extra = (extra, contents.name, page.Parent.name)
            by_identity, key = True, ("page", id(owner))
        elif by_identity:
            extra = _destination(obj)
            if extra is not None:
                self._dests[n] = extra
        if by_identity:
            kept = self._bodies.get(key)
            self._touched.add(key)
            if kept is not None and kept.obj is owner and kept.extra == extra:
                now = tuple(map(lookup, kept.names))
                if now == kept.numbers:
                    self.reused += 1
                    self._keep(key, kept, kept.data, n)
                    return kept.data
                filled = self._fill(key, kept, kept.names, now, extra, n)
                if filled is not None:
                    return filled
            elif is_page and kept is not None and kept.obj is owner and kept.extra[0] == extra[0]:
                # A page whose content stream and page tree were numbered otherwise: their names say
                # their numbers ("R563"), so the names it refers to are these names now.
                renamed = dict(zip(kept.extra[1:], extra[1:], strict=True))
                names = tuple(renamed.get(ref, ref) for ref in kept.names)
                filled = self._fill(key, kept, names, tuple(map(lookup, names)), extra, n)
                if filled is not None:
                    return filled
        else:
            key = _stream_key(obj, pdf)
            if key is not None:
                data = self._bodies.get(key)
                self._touched.add(key)
                if data is None:
                    data = pdfdoc.format(obj, pdf, toplevel=1)
                    self._bodies[key] = data
                    self.formatted += 1
                else:
                    self.reused += 1
                return data
        self.formatted += 1
        seen: list[str] = []
        numbers.seen = seen
        counter = pdf.objectcounter
        data = pdfdoc.format(obj, pdf, toplevel=1)
        if by_identity and pdf.objectcounter == counter:  # formatting it made no new objects
            names = tuple(seen)
            self._keep(key, _Body(owner, names, tuple(map(lookup, names)), extra, data, 0, b"", -1), data, n)
        return data

    def _fill(self, key: Any, kept: _Body, names: tuple[str, ...], now: tuple[Any, ...], extra: Any, n: int
              ) -> bytes | None:
        """Return *kept*'s body with the numbers the names it refers to have *now* (None: formatted again)."""
        fmt = kept.fmt if kept.fmt is not None else _template(kept.data, kept.numbers)
        if not fmt or None in now:
            return None
        data = fmt % tuple(chain.from_iterable(now))
        self.filled += 1
        self._keep(key, replace(kept, names=names, numbers=now, extra=extra, data=data, fmt=fmt), data, n)
        return data

    def _keep(self, key: Any, body: _Body, data: bytes, n: int) -> None:
        """Keep *body* as object *n*'s, in this file's numbering if all it refers to was numbered before formatting."""
        era = self._write_era if all(name in self._write_numbering for name in body.names) else -1
        if (body.number, body.era) != (n, era):
            chunk = b"%d 0 obj\n%s%sendobj\n" % (n, data, b"" if data.endswith(b"\n") else b"\n")
            body = replace(body, number=n, chunk=chunk, era=era)
        self._bodies[key] = body
