"""Direction controls would make Word and the PDF show different text: both writers show the same."""

from __future__ import annotations

from desktop_app.bidi import BIDI_CONTROLS
from desktop_app.fileformat import load_release
from desktop_app.resolve import resolve
from desktop_app.writers.docx import build_docx
from desktop_app.writers.pdf import render_pdf

from ..conftest import pdftotext
from ..docxinspect import DocxPackage


def test_pdf_and_docx_show_the_same_visible_text(write_release, minimal_text, tmp_path):
    path = write_release(minimal_text.replace("A paragraph.", "Open \u202eexe.txt\u202c and \u2067abc\u2069 now.[^n]")
                         .replace("{en: A headline}", '{en: "Head\u200fline"}')
                         + 'footnotes:\n  n: "See \u202dnote\u202c"\n')
    resolved = resolve(load_release(path))
    (tmp_path / "out.pdf").write_bytes(render_pdf(resolved))
    (tmp_path / "out.docx").write_bytes(build_docx(resolved))
    pdf = pdftotext(tmp_path / "out.pdf")
    docx = DocxPackage(tmp_path / "out.docx")
    word = docx.text("word/document.xml") + docx.text("word/footnotes.xml")
    for shown in ("Open exe.txt and abc now.", "Headline", "See note"):
        assert shown in pdf and shown in word, shown
    assert not any(ch in BIDI_CONTROLS for ch in pdf + word)
