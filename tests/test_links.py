"""Links as readers follow them: IRIs written as ASCII URIs in the PDF and the DOCX, read back by
qpdf (pikepdf) and python-docx; and the warnings ``check`` gives for links that can deceive."""

from __future__ import annotations

import io

import docx
import pikepdf
import pytest

from desktop_app.export import DOCX, PDF, render
from desktop_app.fileformat import load_release
from desktop_app.uri import ascii_uri, link_warnings

BURMESE_WIKI = "https://my.wikipedia.org/wiki/မြန်မာ"
EXPECTED = {
    BURMESE_WIKI: "https://my.wikipedia.org/wiki/%E1%80%99%E1%80%BC%E1%80%94%E1%80%BA%E1%80%99%E1%80%AC",
    "https://bücher.example/straße?q=ü#teil": "https://xn--bcher-kva.example/stra%C3%9Fe?q=%C3%BC#teil",
    "mailto:ကို@example.org": "mailto:%E1%80%80%E1%80%AD%E1%80%AF@example.org",
}


@pytest.fixture
def iri_release(write_release, minimal_text):
    links = " ".join(f"[link {i}]({target})" for i, target in enumerate(EXPECTED))
    return load_release(write_release(minimal_text.replace("A paragraph.", f"Sources: {links}.")))


def test_pdf_link_targets_are_ascii_uris(iri_release):
    with pikepdf.open(io.BytesIO(render(iri_release, PDF))) as pdf:
        uris = {bytes(annot.A.URI) for page in pdf.pages for annot in page.get("/Annots", [])
                if "/A" in annot and "/URI" in annot.A}
    assert uris == {uri.encode("ascii") for uri in EXPECTED.values()}


def test_docx_link_targets_are_ascii_uris(iri_release):
    document = docx.Document(io.BytesIO(render(iri_release, DOCX)))
    targets = {rel.target_ref for rel in document.part.rels.values() if rel.is_external}
    assert targets == set(EXPECTED.values())


@pytest.mark.parametrize("target", ["https://example.org/a(b)?c=d&e=f#g", "mailto:a@example.org?subject=Hi"])
def test_ascii_targets_are_left_alone(target):
    assert ascii_uri(target) == target


@pytest.mark.parametrize(("target", "warned"), [
    ("https://good.org@evil.example", True),
    ("https://pаypal.com", True),  # Cyrillic а
    ("https://xn--pypal-4ve.com", True),  # the same, in punycode
    ("https://မြန်မာ.example.org", False),  # one script per label is normal
    ("https://my.wikipedia.org/wiki/မြန်မာ", False),
    ("mailto:a@example.org?subject=Hello", False),
    ("mailto:a@example.org?Bcc=x@evil.example", True),
    ("mailto:a@example.org?body=Hello", True),
])
def test_link_warnings(target, warned):
    assert bool(link_warnings(target)) == warned
