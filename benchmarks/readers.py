"""Copy-out and search of Burmese in four PDF readers: Thadin beside LibreOffice and Typst.

The table in docs/burmese-typography.md comes from this script. The same real text
(tests/realtext.py: the UDHR and the shared news corpus, with headings and bold) is
exported by Thadin in each layout and family; LibreOffice converts Thadin's DOCX of the
same release (``soffice --headless --convert-to pdf``, fonts embedded in the DOCX); Typst
(the ``bench`` extra, optional) typesets the same paragraphs with the same font files.
Each PDF is read by poppler, PDFium, MuPDF and pdf.js (tests/readers.py) and the share of
Burmese words a search finds is printed as a Markdown table.

    .venv/bin/python benchmarks/readers.py [--out DIR]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.export import export, plan_outputs  # noqa: E402
from desktop_app.fileformat import load_release  # noqa: E402
from tests.readers import READERS, found_share  # noqa: E402
from tests.realtext import LAYOUTS, burmese_paragraphs, write_real_release  # noqa: E402

FONTS = ROOT / "resources" / "fonts"


def measure(pdf: Path, burmese: str) -> list[str]:
    return [f"{found_share(burmese, read(pdf)) * 100:.1f} %" for read in READERS.values()]


def thadin(folder: Path, layout: str, family: str, fmt: str = "pdf") -> tuple[Path, str]:
    path, burmese = write_real_release(folder, layout, family)
    release = load_release(path)
    [output] = export(release, plan_outputs(release, folder, formats=(fmt,)))
    return output.path, burmese


def libreoffice(folder: Path, layout: str, family: str) -> tuple[Path, str]:
    docx, burmese = thadin(folder, layout, family, "docx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{folder}/lo-profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder / "lo"), str(docx)],
                   check=True, capture_output=True, timeout=300)
    return folder / "lo" / (docx.stem + ".pdf"), burmese


def typst_pdf(folder: Path, family: str) -> tuple[Path, str] | None:
    try:
        import typst
    except ImportError:
        return None
    paragraphs = burmese_paragraphs()
    source = folder / "real.typ"
    body = "\n\n".join(p.replace("#", "\\#").replace("*", "\\*") for p in paragraphs)
    source.write_text(f'#set page(paper: "a4", margin: 22mm)\n#set text(font: "{family}", size: 10pt, lang: "my")\n'
                      f"#set par(justify: true)\n\n{body}\n", encoding="utf-8")
    out = folder / "real-typst.pdf"
    typst.compile(str(source), output=str(out), font_paths=[str(FONTS)])
    return out, "\n\n".join(paragraphs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="keep the PDFs in this folder")
    args = parser.parse_args()
    work = args.out or Path(tempfile.mkdtemp(prefix="thadin-readers-"))
    rows = []
    for family in ("Noto Sans Myanmar", "Padauk"):
        for layout in LAYOUTS:
            pdf, burmese = thadin(work / f"thadin-{family.split()[0]}-{layout}", layout, family)
            rows.append((f"Thadin, {family}, {layout}", *measure(pdf, burmese)))
        if shutil.which("soffice"):
            pdf, burmese = libreoffice(work / f"lo-{family.split()[0]}", "my", family)
            rows.append((f"LibreOffice (Thadin's DOCX), {family}", *measure(pdf, burmese)))
        folder = work / f"typst-{family.split()[0]}"
        folder.mkdir(parents=True, exist_ok=True)
        made = typst_pdf(folder, family)
        if made:
            rows.append((f"Typst, {family}", *measure(*made)))
    print("| PDF | " + " | ".join(READERS) + " |")
    print("|---|" + "---|" * len(READERS))
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(f"\nPDFs in {work}", file=sys.stderr)


if __name__ == "__main__":
    main()
