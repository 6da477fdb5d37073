"""The fast object formatting (``pdfformat``) writes exactly what ReportLab's ``pdfdoc.format`` writes.

Held on whole documents (the PDF rendered both ways, byte for byte), on every object of
real documents, and on generated trees of every node shape it handles itself — with the
odd cases ReportLab allows (ordered and multi-line dictionaries, compact arrays, objects
that must be references, names needing ``#`` escapes, strings in UTF-16 and unescaped,
forward references) — including the errors ReportLab raises.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import (
    Destination,
    LinkAnnotation,
    PDFArray,
    PDFArrayCompact,
    PDFDictionary,
    PDFDocument,
    PDFName,
    PDFObjectReference,
    PDFString,
)

from benchmarks.generate import release_yaml
from desktop_app import service
from desktop_app.resolve import resolve
from desktop_app.writers.pdf import document, pdfformat, render_pdf
from desktop_app.writers.pdf.pdfformat import fast_format, reportlab_format
from tests.conftest import DATA


@pytest.fixture
def reportlab_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Render with ReportLab's own formatting throughout (the fast one not installed)."""
    monkeypatch.setattr(document, "fast_formatting", lambda: None)
    monkeypatch.setattr(pdfdoc, "format", reportlab_format)


def _releases() -> list[tuple[str, str]]:
    bilingual = (DATA / "bilingual.release.yaml").read_text(encoding="utf-8")
    parallel = bilingual.replace("letterhead: defection-forum\n", "letterhead: defection-forum\nlayout: parallel\n")
    return [("bilingual", bilingual), ("parallel", parallel), ("generated", release_yaml(40)),
            ("generated-en", release_yaml(40, "en"))]


def _resolved(text: str) -> Any:
    return resolve(service.load_text(text, Path("test.release.yaml")).release)


@pytest.mark.parametrize("name", [name for name, _ in _releases()])
def test_a_pdf_is_the_same_bytes_as_with_reportlabs_formatting(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = dict(_releases())[name]
    fast = render_pdf(_resolved(text))
    assert pdfdoc.format is fast_format  # the render installed it
    with monkeypatch.context() as patch:
        patch.setattr(document, "fast_formatting", lambda: None)
        patch.setattr(pdfdoc, "format", reportlab_format)
        slow = render_pdf(_resolved(text))
    assert fast == slow


def test_the_sample_is_the_same_bytes_as_with_reportlabs_formatting(sample_resolved: Any,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    fast = render_pdf(sample_resolved)
    with monkeypatch.context() as patch:
        patch.setattr(document, "fast_formatting", lambda: None)
        patch.setattr(pdfdoc, "format", reportlab_format)
        slow = render_pdf(sample_resolved)
    assert fast == slow


def _saved_document(text: str, monkeypatch: pytest.MonkeyPatch) -> PDFDocument:
    """Render *text* and return ReportLab's document as it was saved (every object numbered)."""
    saved: list[PDFDocument] = []
    original = PDFDocument.format

    def keep(self: PDFDocument) -> bytes:
        saved.append(self)
        return original(self)

    with monkeypatch.context() as patch:
        patch.setattr(PDFDocument, "format", keep)
        render_pdf(_resolved(text))
    return saved[0]


def test_every_object_of_a_real_document_formats_as_reportlab_formats_it(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _saved_document(dict(_releases())["generated"], monkeypatch)
    shapes = set()
    for name in list(doc.idToObject):
        obj = doc.idToObject[name]
        shapes.add(type(obj))
        fast = fast_format(obj, doc, 1)
        with monkeypatch.context() as patch:
            patch.setattr(pdfdoc, "format", reportlab_format)
            assert fast == reportlab_format(obj, doc, 1), name
    assert {PDFDictionary, LinkAnnotation} <= shapes  # the URL links, the note links


# -- generated trees ---------------------------------------------------------------------------------

_KEYS = st.text(alphabet="ABCNTypeRctK#() /%\u00e9\u1000", min_size=1, max_size=6)
_TEXT = st.text(alphabet="abc ()\\\n\t\u00e9\u00a0\u2019\u1000\x18\x7f", max_size=8)

#: A recipe for a node: built twice into separate objects, so each formatting starts from nothing.
_leaves = st.one_of(
    st.tuples(st.just("int"), st.integers(-10**6, 10**6)),
    st.tuples(st.just("float"), st.floats(-1e6, 1e6, allow_nan=False)),
    st.tuples(st.just("bool"), st.booleans()),
    st.tuples(st.just("none"), st.none()),
    st.tuples(st.just("name"), _KEYS),
    st.tuples(st.just("text"), _TEXT),
    st.tuples(st.just("bytes"), st.binary(max_size=6)),
    st.tuples(st.just("string"), st.tuples(_TEXT, st.sampled_from([0, 1, 2, 3, 4, 5, 7]),
                                           st.sampled_from(["auto", "raw", "utf-8"]))),
    st.tuples(st.just("bstring"), st.tuples(st.binary(max_size=6), st.sampled_from([0, 1]))),
    st.tuples(st.just("ref"), st.sampled_from(["Known", "Missing"])),
)
_MULTILINE = st.sampled_from([True, False, "forced", 0])


def _extend(children: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(
        st.tuples(st.just("dict"), st.lists(st.tuples(_KEYS, children), max_size=14), st.booleans(), _MULTILINE,
                  st.booleans()),
        st.tuples(st.just("array"), st.lists(children, max_size=24), st.booleans(), _MULTILINE, st.booleans()),
        st.tuples(st.just("link"), st.floats(0, 600, allow_nan=False), _TEXT, st.booleans()),
    )


_trees = st.recursive(_leaves, _extend, max_leaves=30)


def _build(recipe: tuple, doc: PDFDocument) -> Any:
    kind, value = recipe[0], recipe[1]
    if kind in ("int", "float", "bool", "none", "text", "bytes"):
        return value
    if kind == "name":
        return PDFName(value)
    if kind == "string":
        text, escape, enc = value
        return PDFString(text, escape, enc)
    if kind == "bstring":
        data, escape = value
        return PDFString(data, escape)
    if kind == "ref":
        return PDFObjectReference(value)
    if kind == "link":
        _, top, contents, to_page = recipe
        dest = Destination("note")
        dest.xyz(72, top, 0)
        dest.setPage(doc.Reference(PDFDictionary({"Type": PDFName("Page")})) if to_page else None)
        return LinkAnnotation([1, 2.5, top, 4], contents, dest, Border=PDFArray([0, 0, 0]), F=4)
    _, children, ordered, multiline, ref_only = recipe
    if kind == "dict":
        entries = OrderedDict if ordered else dict
        obj: Any = PDFDictionary(entries((key, _build(child, doc)) for key, child in children))
    else:
        obj = (PDFArrayCompact if ordered else PDFArray)([_build(child, doc) for child in children])
    if multiline is not True:
        obj.multiline = multiline
    if ref_only:
        obj.__RefOnly__ = 1
    return obj


def _formatted(recipe: tuple, formatter: Any, toplevel: int) -> tuple[str, object, list]:
    """Format a fresh build of *recipe* in a fresh document: the bytes (or the error) and the objects numbered."""
    doc = PDFDocument()
    doc.Reference(PDFDictionary({"N": 1}), "Known")
    tree = _build(recipe, doc)
    try:
        result: object = formatter(tree, doc, toplevel)
        outcome = "bytes"
    except Exception as exc:  # noqa: BLE001 - the same error is the expected behaviour
        result, outcome = type(exc), "error"
    return outcome, result, sorted(doc.idToObjectNumberAndVersion.items())


@settings(max_examples=400, deadline=None)
@given(_trees, st.sampled_from([0, 1]), st.booleans())
@example(("array", [("string", ("a(b)", 0, "auto")), ("string", ("\n", 2, "auto")), ("string", ("(x)", 4, "auto")),
                    ("string", ("\u1000", 1, "auto")), ("bstring", (b"\xfe\xff\x10\x00", 1))], False, True, False),
         0, False)
@example(("dict", [(k, ("int", n)) for n, k in enumerate("ABCDEFGHIJKLMN")], False, True, False), 1, False)
@example(("array", [("float", n / 3) for n in range(23)], False, True, False), 0, False)
@example(("link", 100.0, "\u1000", True), 0, False)
def test_generated_trees_format_as_reportlab_formats_them(recipe: tuple, toplevel: int, multiline: bool) -> None:
    saved = pdfdoc.format, rl_config.pdfMultiLine
    try:
        rl_config.pdfMultiLine = multiline
        pdfdoc.format = fast_format
        fast = _formatted(recipe, fast_format, toplevel)
        pdfdoc.format = reportlab_format
        slow = _formatted(recipe, reportlab_format, toplevel)
    finally:
        pdfdoc.format, rl_config.pdfMultiLine = saved
    assert fast == slow


def test_debugging_comments_are_left_to_reportlab(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "pdfComments", 1)
    monkeypatch.setattr(rl_config, "invariant", 0)
    doc = PDFDocument()
    tree = PDFDictionary({"A": PDFArray([1, PDFString("x")])})
    tree.__Comment__ = "a comment"
    expected = reportlab_format(tree, doc, 1)
    assert expected.startswith(b"% a comment")
    monkeypatch.setattr(pdfdoc, "format", fast_format)
    assert fast_format(tree, doc, 1) == expected


def test_install_puts_it_in_reportlabs_place(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdfdoc, "format", reportlab_format)
    pdfformat.install()
    assert pdfdoc.format is fast_format
