"""Fixtures for the writer tests: the DOCX files as LibreOffice renders them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.docxinspect import export_docx, long_release
from tests.libreoffice import convert


@pytest.fixture(scope="session")
def parallel_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bilingual test release in the parallel layout, as DOCX."""
    from tests.conftest import DATA

    folder = tmp_path_factory.mktemp("parallel")
    text = (DATA / "bilingual.release.yaml").read_text(encoding="utf-8")
    path = folder / "parallel.release.yaml"
    path.write_text(text.replace("letterhead: defection-forum\n", "letterhead: defection-forum\nlayout: parallel\n"),
                    encoding="utf-8")
    return export_docx(path)


@pytest.fixture(scope="session")
def libreoffice_pdfs(tmp_path_factory: pytest.TempPathFactory, sample_docx: Path, bilingual_docx: Path,
                     parallel_docx: Path) -> dict[str, Path]:
    """The DOCX files converted to PDF by one LibreOffice process with every system Myanmar font hidden."""
    folder = tmp_path_factory.mktemp("lo")
    long_docx = export_docx(long_release(folder))
    outputs = convert([sample_docx, bilingual_docx, parallel_docx, long_docx], "pdf", folder, work=folder / "lo")
    return {p.stem: p for p in outputs}
