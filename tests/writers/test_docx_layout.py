"""The DOCX partners receive lays out like the PDF: LibreOffice's pages and lines against ours.

Every release is exported to PDF (our typesetter) and to DOCX, the DOCX converted to PDF
by LibreOffice with every system Myanmar font hidden, and both PDFs read by poppler
(pdfinfo, pdftotext -bbox): programs we did not write. Burmese is drawn at the Myanmar
family's scale and its lines are as tall as the PDF's (docs/docx-writer.md, "Burmese size
and line height"), so the page counts agree, and on the releases LibreOffice breaks into
the same lines every text row sits where the PDF has it.
"""

from __future__ import annotations

import re
import subprocess
from functools import cache
from itertools import pairwise
from pathlib import Path

import pytest

from desktop_app.errors import ReleaseError
from desktop_app.export import render
from desktop_app.fileformat import load_release
from desktop_app.myanmar.script import has_myanmar, is_myanmar
from desktop_app.resources import sample_release
from tests.conftest import DATA
from tests.libreoffice import convert
from tests.pdfinspect import bbox_words
from tests.realtext import write_real_release


@cache
def _data_releases() -> dict[str, tuple[Path, bytes]]:
    """Every release under tests/data that exports, with its PDF.

    The bad-input folder holds some that export (warnings, odd text): they must fit too;
    the ones refused at loading or export are not layout cases.
    """
    releases = {}
    for path in sorted(DATA.rglob("*.release.yaml")):
        try:
            releases[path.name.removesuffix(".release.yaml")] = (path, render(load_release(path), "pdf"))
        except ReleaseError:
            continue
    return releases


#: Long generated releases: LibreOffice breaks ragged Burmese at ICU's word boundaries, the
#: PDF justifies and may part syllables, so a page may hold a line more or less.
LONG = {"long-stacked": ("stacked", "Noto Sans Myanmar"), "long-my": ("my", "Noto Sans Myanmar"),
        "long-parallel": ("parallel", "Noto Sans Myanmar"), "long-padauk": ("stacked", "Padauk")}


@pytest.fixture(scope="module")
def both_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    """Name -> (our PDF, LibreOffice's PDF of our DOCX), all DOCX converted by one soffice process."""
    folder = tmp_path_factory.mktemp("layout")
    sources = {"sample": sample_release(), **{name: path for name, (path, _) in _data_releases().items()}}
    for name, (layout, family) in LONG.items():
        sources[name] = write_real_release(folder / f"src-{name}", layout, family)[0]
    docs = []
    for name, path in sources.items():
        release = load_release(path)
        known = _data_releases().get(name)
        (folder / f"{name}.pdf").write_bytes(known[1] if known else render(release, "pdf"))
        docs.append(folder / f"{name}.docx")
        docs[-1].write_bytes(render(release, "docx"))
    converted = convert(docs, "pdf", folder / "lo", work=folder / "work")
    return {doc.stem: (doc.with_suffix(".pdf"), lo) for doc, lo in zip(docs, converted, strict=True)}


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M)[1])


def _rows(pdf: Path, tolerance: float = 4.0) -> list[tuple[int, float, str]]:
    """Text rows as poppler reads them: words clustered by page and vertical middle, top to bottom."""
    words = sorted((page, (y0 + y1) / 2, x0, text)
                   for page, boxes in enumerate(bbox_words(pdf), start=1) for x0, y0, _, y1, text in boxes)
    rows: list[list] = []
    for page, middle, x, text in words:
        if rows and rows[-1][0] == page and middle - rows[-1][1] < tolerance:
            rows[-1][2].append((x, text))
        else:
            rows.append([page, middle, [(x, text)]])
    return [(p, y, " ".join(t for _, t in sorted(ws))) for p, y, ws in rows]


@pytest.mark.parametrize("name", ["sample", *_data_releases()])
def test_libreoffice_has_as_many_pages_as_the_pdf(both_pdfs, name):
    ours, libreoffice = both_pdfs[name]
    assert _pages(libreoffice) == _pages(ours)


@pytest.mark.parametrize("name", LONG)
def test_a_long_release_is_within_a_page_of_the_pdf(both_pdfs, name):
    ours, libreoffice = both_pdfs[name]
    assert _pages(ours) >= 5
    assert abs(_pages(libreoffice) - _pages(ours)) <= 1


@pytest.mark.parametrize("name", ["bilingual", "sample"])
def test_every_text_row_is_where_the_pdf_has_it(both_pdfs, name):
    """Row by row, banner to footnotes: the same number of rows per page, each within 6 pt.

    Before Burmese was scaled and its line height set, the bilingual release's Burmese
    lines were 2.8 pt taller each and its last rows went to a second page. What is left
    is where LibreOffice puts glyphs inside a line box (it sets the first line of a
    paragraph spaced below 100% with its baseline at 80% of the line): up to about 5 pt.
    """
    ours, libreoffice = (_rows(pdf) for pdf in both_pdfs[name])
    assert [r[0] for r in libreoffice] == [r[0] for r in ours]
    worst = max(((abs(b[1] - a[1]), a[2]) for a, b in zip(ours, libreoffice, strict=True)), key=lambda d: d[0])
    assert worst[0] < 6.0, f"row {worst[1]!r} is {worst[0]:.1f} pt away from the PDF's"


def test_burmese_lines_are_as_far_apart_as_in_the_pdf(both_pdfs):
    """Inside a Burmese paragraph LibreOffice's line pitch is the PDF's 18.95 pt (10.5 × 0.95 × 1.9)."""
    ours, libreoffice = (_rows(pdf) for pdf in both_pdfs["long-my"])

    def pitches(rows: list[tuple[int, float, str]]) -> list[float]:
        return [round(b[1] - a[1], 1) for a, b in pairwise(rows) if a[0] == b[0]]

    def usual(values: list[float]) -> float:
        return max(set(values), key=values.count)

    assert usual(pitches(ours)) == pytest.approx(18.95, abs=0.1)
    assert usual(pitches(libreoffice)) == pytest.approx(usual(pitches(ours)), abs=0.2)


def test_python_docx_reads_burmese_at_its_scale_and_line_height(bilingual_docx):
    """python-docx reads each Burmese run's size and each Burmese paragraph's line spacing as we meant them.

    A Burmese run is 0.95 of its paragraph style's size (to Word's half point); a
    paragraph mostly in Burmese is spaced so that a line, at Noto Sans Myanmar's own
    "single" of 2.184 em, is 1.9 × its Burmese size tall; English keeps its style's spacing.
    """
    import docx
    from docx.shared import Pt

    document = docx.Document(str(bilingual_docx))
    burmese_paragraphs = 0
    for paragraph in document.paragraphs:
        style_size = paragraph.style.font.size
        burmese = [run for run in paragraph.runs if has_myanmar(run.text)]
        for run in burmese:
            assert abs(run.font.size.pt - style_size.pt * 0.95) <= 0.25, run.text
        myanmar = sum(map(is_myanmar, paragraph.text))
        latin = sum(ch.isalnum() and not is_myanmar(ch) for ch in paragraph.text)
        if burmese and myanmar >= latin:  # mostly Burmese: its characters against Latin letters and digits
            burmese_paragraphs += 1
            spacing = paragraph.paragraph_format.line_spacing
            line = spacing * 2.184 * burmese[0].font.size.pt
            factor = {"Title": 1.22}.get(paragraph.style.name, 1.36)
            assert line == pytest.approx(1.9 * 0.95 * style_size.pt * factor / 1.36, rel=0.01), paragraph.text
        elif paragraph.text.strip():
            assert paragraph.paragraph_format.line_spacing is None  # the style's
    assert burmese_paragraphs >= 8
    assert document.styles["Body Text"].paragraph_format.line_spacing == pytest.approx(1.0)
    assert document.styles["Normal"].font.size == Pt(10.5)
