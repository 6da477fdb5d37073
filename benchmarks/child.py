"""One growth measurement in a fresh process: warm up on the sample, then export one release once.

Run by ``benchmarks/run.py`` (growth section), one process per repetition, so the text
of the measured release is in no cache (shaping, line breaks) while everything a running
app has ready — imports, registered fonts, the DOCX template — is: the cost of exporting
a release the app has not seen yet.

The export goes through the real command line (``thadin export``: read and validate the
YAML, the Zawgyi check, resolve, render, write atomically), so nothing a user waits for
is left out; the steps are timed by wrapping the functions the CLI calls, and their sum
is checked against the whole.

    python benchmarks/child.py RELEASE.yaml [DOCX_COPY]   # prints JSON: seconds per step, pages, sizes
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, os.environ.get("THADIN_BENCH_TREE", str(ROOT)))  # run.py --tree measures another tree

from desktop_app import cli  # noqa: E402

SAMPLE = ROOT / "resources" / "templates" / "examples" / "defection-forum-2024.release.yaml"

#: (label, module, function): what the CLI calls (through desktop_app.service), timed where it
#: is looked up at call time.
STEPS = [
    ("load", "desktop_app.service", "read_yaml_file"),
    ("load", "desktop_app.service", "build_release"),
    ("zawgyi", "desktop_app.service", "zawgyi_problems"),
    ("resolve", "desktop_app.export", "resolve"),
    ("pdf", "desktop_app.writers.pdf", "render_pdf"),
    ("docx", "desktop_app.writers.docx", "render_docx"),
]


def _timed(times: dict[str, float], label: str, fn: Callable) -> Callable:
    def wrapper(*args: object, **kwargs: object) -> object:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            times[label] = times.get(label, 0.0) + time.perf_counter() - start

    return wrapper


def _export(path: Path, out: Path) -> None:
    with contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(["export", str(path), "--out", str(out)])
    if code != 0:
        raise SystemExit(f"thadin export {path} failed with exit code {code}")


def main(path: Path, docx_copy: Path | None = None) -> dict:
    import importlib

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        _export(SAMPLE, out)  # warm-up: imports, fonts, DOCX template
        times: dict[str, float] = {}
        for label, module, name in STEPS:
            mod = importlib.import_module(module)
            setattr(mod, name, _timed(times, label, getattr(mod, name)))
        start = time.perf_counter()
        _export(path, out)
        total = time.perf_counter() - start
        name = path.name.removesuffix(".release.yaml").removesuffix(".yaml")
        pdf, docx = (out / f"{name}.pdf").read_bytes(), (out / f"{name}.docx").read_bytes()
        if docx_copy is not None:
            docx_copy.write_bytes(docx)
    return {**{label: times.get(label, 0.0) for label, _, _ in STEPS}, "total": total,
            "write": total - sum(times.values()), "pages": len(re.findall(rb"/Type /Page\b", pdf)),
            "pdf_size": len(pdf), "docx_size": len(docx)}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)))
