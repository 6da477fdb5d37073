"""The preview after an edit, in process: resumed at the edited page against laid out from page 1.

    python benchmarks/preview_edits.py [PAGES] [--rounds 5] [--where 0.5]

Types into one place of the shipped sample (PAGES 0) or of a generated release of PAGES
pages, as a user does between pauses, and times ``service.preview`` (load, checks,
resolve, PDF) after each edit in pairs: A continues from the last render's checkpoint at
the edited page (``writers/pdf/paging.py``, what the app does), B renders the same text
with no checkpoint (every page laid out and drawn again; lines still reused from the
layout cache, as before this work). A and B alternate, so load on the machine hits both;
the ratio is taken pair by pair. Also: the time until the pages up to the edited one
are ready (``early``), and the PDF render alone. Wall-clock seconds, medians.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(Path(__file__).resolve().parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="?", type=int, default=0, help="generated release pages (0: the sample)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--where", type=float, default=0.5, help="where to type, as a fraction of the body")
    args = parser.parse_args()

    from generate import release_or_sample

    from desktop_app import service
    from desktop_app.writers.pdf import paging

    path = release_or_sample(args.pages)
    text = path.read_text(encoding="utf-8")
    body = text.index("body:")
    at = text.index(" the ", body + int((text.index("footnotes:") - body) * args.where)) + 5

    def edited(n: int) -> str:
        return text[:at] + "x" * n + " " + text[at:]

    assert service.preview(text, path).pdf  # warm: imports, fonts, every line laid out once
    assert service.preview(edited(1), path).pdf  # the first edit here: from page 1, checkpoint taken
    resumed, fresh, early_at, render_only, ratios, pages_at = [], [], [], [], [], []
    for n in range(2, 2 + args.rounds):
        start = time.perf_counter()
        first: list[float] = []
        shown = service.preview(edited(n), path, early=lambda _pdf, first=first: first.append(time.perf_counter()))
        a = time.perf_counter() - start
        assert shown.pdf
        session = next(iter(paging._sessions.values()))
        pages_at.append(session.resumed_at)
        early_at.append((first[0] if first else start + a) - start)
        saved, paging._sessions = paging._sessions, {}  # B: no checkpoint (and none taken)
        try:
            start = time.perf_counter()
            other = service.preview(edited(n), path)
            b = time.perf_counter() - start
        finally:
            paging._sessions = saved
        assert other.pdf == shown.pdf, "resumed and fresh renders must be byte-identical"
        resumed.append(a)
        fresh.append(b)
        ratios.append(a / b)
        from desktop_app.resolve import resolve
        from desktop_app.writers.pdf import render_pdf

        resolved = resolve(service.load_text(edited(n + 100), path).release)
        start = time.perf_counter()
        render_pdf(resolved, reuse_layout=True)
        render_only.append(time.perf_counter() - start)
    print(f"{path.name}: resumed at page {pages_at} of the release")
    print(f"preview after an edit, resumed at the edited page: {statistics.median(resumed) * 1000:.0f} ms")
    print(f"  the pages up to the edited one ready:            {statistics.median(early_at) * 1000:.0f} ms")
    print(f"preview after an edit, every page laid out again:  {statistics.median(fresh) * 1000:.0f} ms")
    print(f"ratio resumed / from page 1 (pair by pair):        {statistics.median(ratios):.2f} "
          f"({min(ratios):.2f}–{max(ratios):.2f})")
    print(f"render alone (after a second edit in the same place): {statistics.median(render_only) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
