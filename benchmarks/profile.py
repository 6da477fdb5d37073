"""Profiles (pyinstrument) of what the benchmarks time, to see where the time goes.

    /work/venv/bin/python benchmarks/profile.py cold            # thadin export of the sample, whole process
    /work/venv/bin/python benchmarks/profile.py warm            # 10 warm exports of the sample, PDF + DOCX
    /work/venv/bin/python benchmarks/profile.py pages 200       # a generated 200-page release, after warm-up
    ... --html out.html                                         # an interactive profile instead of text

Import cost on its own: ``python -X importtime -m desktop_app export SAMPLE 2> imports.txt``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(Path(__file__).resolve().parent))
SAMPLE = ROOT / "resources" / "templates" / "examples" / "defection-forum-2024.release.yaml"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["cold", "warm", "pages"])
    parser.add_argument("pages", nargs="?", type=int, default=200)
    parser.add_argument("--html", type=Path, help="write an HTML profile here")
    args = parser.parse_args()
    renderer = ["-r", "html", "-o", str(args.html)] if args.html else ["-r", "text"]
    with tempfile.TemporaryDirectory() as tmp:
        if args.what == "cold":
            cmd = [sys.executable, "-m", "pyinstrument", "-i", "0.001", *renderer,
                   "-m", "desktop_app", "export", str(SAMPLE), "--out", tmp]
            return subprocess.call(cmd, cwd=tmp)
        from pyinstrument import Profiler

        from desktop_app.fileformat import load_release
        from desktop_app.resolve import resolve
        from desktop_app.writers.docx import render_docx
        from desktop_app.writers.pdf import render_pdf

        warm = resolve(load_release(SAMPLE))
        render_pdf(warm)
        render_docx(warm)
        profiler = Profiler(interval=0.001)
        if args.what == "warm":
            with profiler:
                for _ in range(10):
                    resolved = resolve(load_release(SAMPLE))
                    render_pdf(resolved)
                    render_docx(resolved)
        else:
            from generate import write_release

            path = write_release(args.pages, Path(tmp))
            with profiler:
                resolved = resolve(load_release(path))
                render_pdf(resolved)
                render_docx(resolved)
        if args.html:
            args.html.write_text(profiler.output_html(), encoding="utf-8")
        else:
            print(profiler.output_text(unicode=True, color=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
