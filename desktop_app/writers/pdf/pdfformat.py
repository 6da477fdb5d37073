"""ReportLab's object formatting (``pdfdoc.format``) in fewer Python calls, the same bytes.

Saving a PDF formats every object: at 200 bilingual pages about 14,400 of them, each a
tree of dictionaries, arrays, names, numbers, strings and references. ReportLab's
``format`` handles each node with a chain of ``isinstance`` tests, ``hasattr`` and
``pdfdocEnc`` calls, and a dictionary turns each key into a name (a per-character loop)
and encodes it through a pure-Python codec: an eighth of a 200-page bilingual export.

``fast_format`` writes exactly what ``pdfdoc.format`` writes. The node types a Thadin
PDF is mostly made of — plain ``PDFDictionary``, ``PDFArray``, ``PDFObjectReference``,
``PDFString``, names and other text, numbers, bytes — are formatted here, the exact
class only (a subclass may format itself differently), with the names and text seen
before taken from a small table of their encodings; every other object is handed to
ReportLab's own ``format``. ``install`` puts it in ``pdfdoc``'s place for the process
(as ``pdfa.eol_before_endstream`` patches streams: Thadin is ReportLab's only user in
it), so ReportLab's own objects format their parts through it too, and so does the
preview's writer (``filecache``). ``tests/writers/test_pdfformat.py`` holds it equal to
ReportLab's formatting on whole documents and on generated trees.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from reportlab import rl_config
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import (
    Annotation,
    LinkAnnotation,
    NoEncryption,
    PDFArray,
    PDFArrayCompact,
    PDFDictionary,
    PDFName,
    PDFObjectReference,
    PDFString,
)

#: ReportLab's own formatting, for everything not handled here (and for the tests).
reportlab_format: Callable[..., bytes] = pdfdoc.format

_Handler = Callable[[Any, Any, int], bytes]

#: Encodings of names and text already seen in the file being written (dictionary keys,
#: ``/Link``, ``/XYZ`` …): about a hundred. Bounded: text beyond it is encoded every time, as
#: ReportLab does. Forgotten after each file (``forget``): kept, these few small objects made
#: in the middle of a render would pin the memory pages around them, and a following DOCX
#: render would peak 1–2 MiB higher.
_ENCODED_LIMIT = 4096
_names: dict[str, bytes] = {}
_texts: dict[str, bytes] = {}

_BOM_UTF16_BE = b"\xfe\xff"
_NUMBERS = frozenset((int, float))  # what ``format`` writes with fp_str (not bool, not subclasses)


def _commented() -> bool:
    """ReportLab's debugging comments are on (never in Thadin): leave every object to ReportLab."""
    return bool(rl_config.pdfComments) and not rl_config.invariant


def _name(key: str) -> bytes:
    """``format(PDFName(key))``: a dictionary key as a PDF name."""
    found = _names.get(key)
    if found is None:
        found = PDFName(key).encode("extpdfdoc")
        if len(_names) < _ENCODED_LIMIT:
            _names[key] = found
    return found


def _text(text: str, _document: Any, _toplevel: int) -> bytes:
    """``pdfdocEnc(text)``: text (mostly names, ``"/Link"``) written as it is."""
    found = _texts.get(text)
    if found is None:
        found = text.encode("extpdfdoc")
        if len(_texts) < _ENCODED_LIMIT:
            _texts[text] = found
    return found


def _number(number: float, _document: Any, _toplevel: int) -> bytes:
    # fp_str writes digits, '.', '-' (ASCII: the same bytes in PDFDocEncoding).
    return fp_str(number).encode("latin-1")


def _bytes(data: bytes, _document: Any, _toplevel: int) -> bytes:
    return data


def _dictionary(obj: PDFDictionary, document: Any, toplevel: int) -> bytes:
    if (not toplevel and hasattr(obj, "__RefOnly__")) or _commented():
        return reportlab_format(obj, document, toplevel)
    entries = obj.dict
    keys = list(entries)
    if not isinstance(entries, OrderedDict):
        keys.sort()
    get, fallback = _HANDLERS.get, reportlab_format
    multiline = obj.multiline
    if (multiline and rl_config.pdfMultiLine) or multiline == "forced":
        return b"<<\n" + b"\n ".join([_name(k) + b" " + get(type(v), fallback)(v, document, 0)
                                       for k in keys for v in (entries[k],)]) + b"\n>>"
    # Each entry is "name value" and entries are joined by a space: one join of names and values.
    names = _names.get
    parts: list[bytes] = []
    for k in keys:
        v = entries[k]
        parts.append(names(k) or _name(k))
        parts.append(get(type(v), fallback)(v, document, 0))
    for i in reversed(range(12, len(parts), 12)):  # a line break every six entries
        parts.insert(i, b"\n ")
    return b"<<\n" + b" ".join(parts) + b"\n>>"


def _array(obj: PDFArray, document: Any, toplevel: int) -> bytes:
    if (not toplevel and hasattr(obj, "__RefOnly__")) or _commented():
        return reportlab_format(obj, document, toplevel)
    sequence = obj.sequence
    multiline = obj.multiline
    if (multiline and rl_config.pdfMultiLine) or multiline == "forced":
        get, fallback = _HANDLERS.get, reportlab_format
        return b"[ " + b"\n ".join([get(type(v), fallback)(v, document, 0) for v in sequence]) + b" ]"
    if 0 < len(sequence) <= 10 and _NUMBERS.issuperset(map(type, sequence)):
        # A rectangle, a matrix: fp_str writes several numbers joined by spaces in one call.
        return b"[ " + fp_str(*sequence).encode("latin-1") + b" ]"
    get, fallback = _HANDLERS.get, reportlab_format
    parts = [get(type(v), fallback)(v, document, 0) for v in sequence]
    for i in reversed(range(10, len(parts), 10)):  # a line break every ten items
        parts.insert(i, b"\n ")
    return b"[ " + b" ".join(parts) + b" ]"


def _reference(obj: PDFObjectReference, document: Any, toplevel: int) -> bytes:
    if (not toplevel and hasattr(obj, "__RefOnly__")) or _commented():
        return reportlab_format(obj, document, toplevel)
    # Looked up by subscript: the preview's writer records the names formatted (``filecache._Recording``).
    numbers = document.idToObjectNumberAndVersion
    try:
        number, version = numbers[obj.name]
    except KeyError:
        return obj.format(document)  # ReportLab's error: a forward reference not resolved
    if type(number) is int and type(version) is int:
        return b"%d %d R" % (number, version)
    return obj.format(document)


def _string(obj: PDFString, document: Any, toplevel: int) -> bytes:
    text = obj.s
    if (type(text) is not str or getattr(obj, "enc", "auto") != "auto"
            or not isinstance(document.encrypt, NoEncryption)
            or (not toplevel and hasattr(obj, "__RefOnly__")) or _commented()):
        return reportlab_format(obj, document, toplevel)
    try:
        data = text.encode("pdfdoc")
    except UnicodeEncodeError:
        data = _BOM_UTF16_BE + text.encode("utf_16_be")
    escape = getattr(obj, "escape", 1)
    if not escape:
        return b"(" + data + b")"
    if escape & 6:  # ReportLab's other escaping modes (not used here)
        return reportlab_format(obj, document, toplevel)
    return ("(" + escapePDF(data) + ")").encode("extpdfdoc")


def _annotation(obj: Annotation, document: Any, toplevel: int) -> bytes:
    """``Annotation.format``: the dictionary ``Dict()`` makes, formatted (a link per footnote reference and URL)."""
    if (not toplevel and hasattr(obj, "__RefOnly__")) or _commented() or type(obj).format is not Annotation.format:
        return reportlab_format(obj, document, toplevel)
    entries = obj.Dict()
    if type(entries) is not PDFDictionary:
        return reportlab_format(obj, document, toplevel)
    return _dictionary(entries, document, 1)  # ``Dict().format(document)``: no reference, no comment


_HANDLERS: dict[type, _Handler] = {
    str: _text,
    int: _number,
    float: _number,
    bytes: _bytes,
    PDFDictionary: _dictionary,
    PDFArray: _array,
    PDFArrayCompact: _array,
    PDFObjectReference: _reference,
    PDFString: _string,
    LinkAnnotation: _annotation,
}


def fast_format(element: Any, document: Any, toplevel: int = 0) -> bytes:
    """Return ``pdfdoc.format(element, document, toplevel)``, the same bytes in fewer calls."""
    return _HANDLERS.get(type(element), reportlab_format)(element, document, toplevel)


def forget() -> None:
    """Drop the encodings kept while writing a file (see ``_ENCODED_LIMIT``)."""
    _names.clear()
    _texts.clear()


def install() -> None:
    """Make ReportLab format every object through ``fast_format`` (once for the process)."""
    pdfdoc.format = fast_format
