"""Text of a PDF as the readers people use extract it: poppler, PDFium, MuPDF and pdf.js.

poppler is pdftotext (Evince, Okular, many Linux tools); PDFium is Chrome's and Edge's
engine (pypdfium2); MuPDF is SumatraPDF's and many phone apps' (pymupdf); pdf.js is
Firefox's viewer and most web viewers (pdfjs-dist from npm, run with node by
tests/pdfjs_text.mjs). :func:`found_share` measures what a reader's search finds.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_MYANMAR_WORD = re.compile(r"[\u1000-\u109f]+")


def poppler(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def pdfium(path: Path) -> str:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        pages = []
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\f".join(pages)
    finally:
        pdf.close()


def mupdf(path: Path) -> str:
    import pymupdf

    with pymupdf.open(path) as pdf:
        return "\f".join(page.get_text() for page in pdf)


def pdfjs(path: Path) -> str:
    return subprocess.run(["node", str(ROOT / "tests" / "pdfjs_text.mjs"), str(path)], check=True,
                          capture_output=True, text=True, cwd=ROOT).stdout


READERS: dict[str, Callable[[Path], str]] = {"poppler": poppler, "pdfium": pdfium, "mupdf": mupdf, "pdfjs": pdfjs}


def burmese_words(text: str) -> list[str]:
    """The Burmese words a reader would search for: space-separated, punctuation ၊ ။ dropped."""
    return [w for token in text.split() for w in _MYANMAR_WORD.findall(token.replace("၊", " ").replace("။", " "))
            for w in w.split()]


def searchable(extracted: str) -> str:
    """Extracted text as a find bar searches it: lines joined (Burmese lines break without a space)."""
    return re.sub(r"\s*\n\s*|\f", "", extracted)


def found_share(source: str, extracted: str) -> float:
    """Share of the Burmese words of *source* that a search in *extracted* finds."""
    words = burmese_words(source)
    haystack = searchable(extracted)
    return sum(w in haystack for w in words) / len(words)
