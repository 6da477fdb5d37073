"""One growth measurement in a fresh process: warm up on the sample, then time one release once.

Run by ``benchmarks/run.py`` (growth section), one process per repetition, so the text
of the measured release is in no cache (shaping, line breaks) while everything a running
app has ready — imports, registered fonts, the DOCX template — is: the cost of exporting
a release the app has not seen yet.

    python benchmarks/child.py RELEASE.yaml   # prints JSON: seconds per step, pages, sizes
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, os.environ.get("THADIN_BENCH_TREE", str(ROOT)))  # run.py --tree measures another tree

from desktop_app.fileformat import load_release  # noqa: E402
from desktop_app.resolve import resolve  # noqa: E402
from desktop_app.writers.docx import render_docx  # noqa: E402
from desktop_app.writers.pdf import render_pdf  # noqa: E402

SAMPLE = ROOT / "resources" / "templates" / "examples" / "defection-forum-2024.release.yaml"


def main(path: Path) -> dict:
    warm = resolve(load_release(SAMPLE))
    render_pdf(warm)
    render_docx(warm)
    t0 = time.perf_counter()
    resolved = resolve(load_release(path))
    t1 = time.perf_counter()
    pdf = render_pdf(resolved)
    t2 = time.perf_counter()
    docx = render_docx(resolved)
    t3 = time.perf_counter()
    return {"load": t1 - t0, "pdf": t2 - t1, "docx": t3 - t2, "pages": len(re.findall(rb"/Type /Page\b", pdf)),
            "pdf_size": len(pdf), "docx_size": len(docx)}


if __name__ == "__main__":
    result = main(Path(sys.argv[1]))
    if len(sys.argv) > 2:  # also keep the DOCX, for LibreOffice (after the timing)
        Path(sys.argv[2]).write_bytes(render_docx(resolve(load_release(Path(sys.argv[1])))))
    print(json.dumps(result))
