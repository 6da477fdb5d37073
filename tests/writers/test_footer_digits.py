"""The footer's page numbers read the same in the PDF and in the DOCX as LibreOffice lays it out.

Word fields cannot write Burmese digits (no number switch for them), so resolve decides
Western digits for every language and both writers print them (docs/file-format.md).
"""

from __future__ import annotations

import re
import subprocess

import pytest

from desktop_app.fileformat import load_release
from desktop_app.resolve import LATIN_DIGITS, PageNumber, resolve
from desktop_app.writers.docx import build_docx
from desktop_app.writers.pdf import render_pdf

from ..conftest import pdftotext
from ..docxinspect import DocxPackage, W
from ..libreoffice import convert

PARAGRAPHS = 40


@pytest.fixture(scope="module")
def long_bilingual(tmp_path_factory):
    """A bilingual release of several pages, exported by both writers, the DOCX also through LibreOffice."""
    folder = tmp_path_factory.mktemp("footer")
    my = "\n\n".join(f"    ဒီနေ့ ရန်ကုန်မြို့တွင် အစည်းအဝေး ကျင်းပခဲ့သည်။ စာပိုဒ် {i}" for i in range(PARAGRAPHS))
    en = "\n\n".join(f"    The meeting was held in Yangon today, and this is paragraph {i}." for i in range(PARAGRAPHS))
    path = folder / "long.release.yaml"
    path.write_text("thadin: 1\nletterhead: defection-forum\ndate: 2024-03-31\n"
                    "headline: {my: ခေါင်းစဉ်, en: Headline}\n"
                    f"body:\n  my: |\n{my}\n  en: |\n{en}\n", encoding="utf-8")
    resolved = resolve(load_release(path))
    (folder / "ours.pdf").write_bytes(render_pdf(resolved))
    (folder / "long.docx").write_bytes(build_docx(resolved))
    convert([folder / "long.docx"], "pdf", folder, work=folder / "lo", hide_myanmar=False)
    return resolved, folder


def footer_line(text: str) -> str:
    [line] = [line for line in text.splitlines() if "Page " in line and " of " in line]
    return line


def test_resolve_decides_western_page_digits_in_every_language(long_bilingual):
    resolved, _ = long_bilingual
    numbers = [p for part in resolved.footer for p in part.pieces if isinstance(p, PageNumber)]
    assert [part.lang for part in resolved.footer] == ["my", "en"]
    assert {p.digits for p in numbers} == {LATIN_DIGITS}
    assert resolved.footer_text(2, 3) == "စာမျက်နှာ 2 / 3 · Page 2 of 3"


def test_pdf_and_libreoffice_print_the_same_page_numbers(long_bilingual):
    _, folder = long_bilingual
    ours, theirs = folder / "ours.pdf", folder / "long.pdf"
    for pdf in (ours, theirs):
        pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True,
                                                                   text=True, check=True).stdout).group(1))
        assert pages >= 2, pdf
        for page in (1, pages):
            line = footer_line(pdftotext(pdf, page))
            assert f"Page {page} of {pages}" in line, (pdf, line)
            assert f"{page} / {pages}" in line, (pdf, line)  # the Burmese half, Western digits too
            assert not re.search("[၀-၉]", line), (pdf, line)


def test_docx_footer_is_fields_with_the_resolved_text(long_bilingual):
    _, folder = long_bilingual
    footer = DocxPackage(folder / "long.docx").xml("word/footer1.xml")
    assert [f.get(W + "instr").strip() for f in footer.iter(W + "fldSimple")] == ["PAGE", "NUMPAGES"] * 2
    assert "".join(footer.itertext()).replace("\u200b", "") == "စာမျက်နှာ 1 / 1 · Page 1 of 1"
