"""Thadin's benchmarks, run by hand: prints (and optionally writes) a markdown report.

    /work/venv/bin/python benchmarks/run.py                       # everything (a few minutes)
    /work/venv/bin/python benchmarks/run.py --quick               # fewer repetitions
    /work/venv/bin/python benchmarks/run.py --only warm,cold      # some sections
    /work/venv/bin/python benchmarks/run.py --out report.md --json report.json

Sections (issue 7):

- ``machine``: CPU, cores, Python and library versions, date, git commit.
- ``warm``: in-process export of the shipped sample after warm-up: load, resolve, render
  PDF, render DOCX, and export (load → render → atomic write) of PDF, DOCX and both.
- ``cold``: the whole ``thadin export`` process (hyperfine when installed, else repeated
  subprocess timing), writing both files, and each format alone.
- ``sizes``: the sample's PDF and DOCX (each ``--docx-fonts`` mode).
- ``growth``: generated bilingual releases of about 2, 20, 50 and 200 pages
  (``benchmarks/generate.py``): seconds and pages/s for PDF and DOCX, output sizes, and
  LibreOffice converting each generated DOCX to PDF.
- ``libreoffice``: LibreOffice headless converting the same sample DOCX to PDF — the
  reference a user would otherwise reach for.
- ``gui``: rows from ``benchmarks/gui.py`` (app start to first preview; preview after an edit).
- ``typst``: Typst (PyPI ``typst``, the ``bench`` extra) beside Thadin, cold processes
  interleaved A, B, A, B on the same documents generated for both from the same release
  (``benchmarks/typst_doc.py``): the sample, 200 pages of the sample's English and 200
  generated bilingual pages; time, CPU and peak memory, and the ratio pair by pair (issue 17).

Never part of the test suite: wall-clock numbers depend on the machine; record them in
docs/performance.md with the machine details this prints.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The code measured: this checkout, or another tree given with --tree (e.g. an older commit
#: unpacked with ``git archive``, for before/after tables). Resources always come from ROOT.
TREE = Path(os.environ.get("THADIN_BENCH_TREE", ROOT))
sys.path.insert(0, str(TREE))
sys.path.insert(1, str(Path(__file__).resolve().parent))

SAMPLE = ROOT / "resources" / "templates" / "examples" / "defection-forum-2024.release.yaml"
SECTIONS = ("machine", "warm", "cold", "sizes", "growth", "libreoffice", "gui", "typst")
TARGETS = {
    "warm_both": 0.150,  # sample PDF + DOCX, warm, seconds
    "cold_both": 0.600,  # thadin export of the sample writing both, seconds
    "pdf_size": 80 * 1024,  # sample PDF, bytes
    "pages_200": 6.0,  # 200 pages, seconds
}


class SkipMeasurementError(Exception):
    """A measurement that cannot run here; the message says why."""


@dataclass
class Report:
    """Markdown sections plus the raw numbers (for --json)."""

    lines: list[str] = field(default_factory=list)
    data: dict = field(default_factory=dict)

    def heading(self, text: str) -> None:
        self.lines += ["", f"## {text}", ""]
        print(f"\n## {text}\n", flush=True)

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
        out += ["| " + " | ".join(row) + " |" for row in rows]
        self.lines += out
        print("\n".join(out), flush=True)

    def note(self, text: str) -> None:
        self.lines += ["", text]
        print(f"\n{text}", flush=True)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def _kib(size: int) -> str:
    return f"{size:,} B ({size / 1024:.1f} KiB)"


def _verdict(value: float, target: float) -> str:
    return "✅" if value <= target else "❌"


def _timed(fn: Callable[[], object], repeat: int, warmup: int = 2) -> list[float]:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def _stats(samples: list[float]) -> dict:
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples), "n": len(samples)}


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


def _thadin() -> list[str]:
    exe = Path(sys.executable).with_name("thadin")
    if TREE != ROOT or not exe.exists():
        return [sys.executable, "-m", "desktop_app"]  # run from a neutral folder with PYTHONPATH=TREE
    return [str(exe)]


# --- machine ------------------------------------------------------------------------------

def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(module: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(module)
    except metadata.PackageNotFoundError:
        return "—"


def _libreoffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def machine(report: Report, _args: argparse.Namespace) -> None:
    report.heading("Machine")
    git = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True,
                         text=True).stdout.strip()
    if TREE != ROOT:
        git = f"code from {TREE} (resources from {ROOT}, {git})"
    lo = _libreoffice()
    lo_version = subprocess.run([lo, "--version"], capture_output=True, text=True).stdout.strip() if lo else "—"
    rows = [
        ["date", dt.datetime.now().strftime("%Y-%m-%d %H:%M")],
        ["CPU", f"{_cpu_model()}, {os.cpu_count()} cores"],
        ["OS", f"{platform.system()} {platform.release()}"],
        ["Python", platform.python_version()],
        ["ReportLab", _version("reportlab")],
        ["uharfbuzz", _version("uharfbuzz")],
        ["python-docx", _version("python-docx")],
        ["lxml", _version("lxml")],
        ["fontTools", _version("fonttools")],
        ["PyYAML", _version("PyYAML")],
        ["PyICU", _version("pyicu-wheels")],
        ["LibreOffice", lo_version or "—"],
        ["Typst (Python binding)", _version("typst")],
        ["rl_accel", _version("rl-accel")],
        ["commit", git or "—"],
        ["load average at start", " ".join(Path("/proc/loadavg").read_text().split()[:3])
         if Path("/proc/loadavg").exists() else "—"],
    ]
    report.table(["what", "value"], rows)
    report.data["machine"] = dict(rows)


# --- warm ---------------------------------------------------------------------------------

def warm(report: Report, args: argparse.Namespace) -> None:
    from desktop_app.export import DOCX, PDF, Output, export
    from desktop_app.fileformat import load_release
    from desktop_app.resolve import resolve
    from desktop_app.writers.docx import render_docx
    from desktop_app.writers.pdf import render_pdf

    repeat = args.repeat
    release = load_release(SAMPLE)
    resolved = resolve(release)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        pdf, docx = Output(PDF, out / "s.pdf"), Output(DOCX, out / "s.docx")
        cases = [
            ("load + validate (YAML → Release)", lambda: load_release(SAMPLE)),
            ("resolve", lambda: resolve(release)),
            ("render PDF (Resolved → bytes)", lambda: render_pdf(resolved)),
            ("render DOCX (Resolved → bytes)", lambda: render_docx(resolved)),
            ("export PDF (load → write)", lambda: export(load_release(SAMPLE), [pdf])),
            ("export DOCX (load → write)", lambda: export(load_release(SAMPLE), [docx])),
            ("export PDF + DOCX (load → write)", lambda: export(load_release(SAMPLE), [pdf, docx])),
        ]
        rows, data = [], {}
        for label, fn in cases:
            s = _stats(_timed(fn, repeat))
            data[label] = s
            target = ""
            if label.startswith("export PDF + DOCX"):
                target = f"≤ {_ms(TARGETS['warm_both'])} {_verdict(s['median'], TARGETS['warm_both'])}"
                report.data["warm_both"] = s["median"]
            rows.append([label, _ms(s["median"]), _ms(s["min"]), target])
    report.heading(f"Warm, in process (the sample; median of {repeat} after warm-up)")
    report.table(["what", "median", "best", "target"], rows)
    report.data["warm"] = data


# --- cold ---------------------------------------------------------------------------------

def _cold_env(cache: Path) -> dict[str, str]:
    """The environment of cold runs: bytecode cached (as in an installed wheel), outside the checkout."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    if TREE != ROOT:
        env["PYTHONPATH"] = str(TREE)
        env["THADIN_BENCH_TREE"] = str(TREE)
    return env


def _hyperfine(commands: list[tuple[str, list[str]]], runs: int, env: dict[str, str]) -> dict[str, dict]:
    """Median/min/max seconds per command via hyperfine."""
    import shlex

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "h.json"
        cmd = ["hyperfine", "--style", "none", "--warmup", "2", "--runs", str(runs), "--export-json", str(out),
               "-N"]
        for label, argv in commands:
            cmd += ["-n", label, shlex.join(argv)]
        subprocess.run(cmd, check=True, capture_output=True, env=env, cwd=tempfile.gettempdir())
        results = json.loads(out.read_text())["results"]
    return {r["command"]: {"median": r["median"], "min": r["min"], "max": r["max"], "n": len(r["times"])}
            for r in results}


def _loop(commands: list[tuple[str, list[str]]], runs: int, env: dict[str, str]) -> dict[str, dict]:
    out = {}
    for label, argv in commands:
        def run(argv: list[str] = argv) -> None:
            subprocess.run(argv, check=True, capture_output=True, env=env, cwd=tempfile.gettempdir())
        out[label] = _stats(_timed(run, runs))
    return out


def cold(report: Report, args: argparse.Namespace) -> None:
    runs = max(5, args.repeat // 2)
    with tempfile.TemporaryDirectory() as tmp:
        thadin = _thadin()
        commands = [
            ("python -c pass (interpreter start)", [sys.executable, "-c", "pass"]),
            ("import the CLI and pipeline", [sys.executable, "-c",
                                             "import desktop_app.cli, desktop_app.export, desktop_app.fileformat"]),
            ("thadin check SAMPLE", [*thadin, "check", str(SAMPLE)]),
            ("thadin export SAMPLE --pdf", [*thadin, "export", str(SAMPLE), "--out", tmp, "--pdf"]),
            ("thadin export SAMPLE --docx", [*thadin, "export", str(SAMPLE), "--out", tmp, "--docx"]),
            ("thadin export SAMPLE (PDF + DOCX)", [*thadin, "export", str(SAMPLE), "--out", tmp]),
        ]
        env = _cold_env(Path(tmp) / "pycache")
        if shutil.which("hyperfine") and not args.no_hyperfine:
            results, how = _hyperfine(commands, runs, env), "hyperfine -N --warmup 2"
        else:
            results, how = _loop(commands, runs, env), "subprocess loop"
    rows = []
    for label, _argv in commands:
        s = results[label]
        target = ""
        if label.endswith("(PDF + DOCX)"):
            target = f"≤ {_ms(TARGETS['cold_both'])} {_verdict(s['median'], TARGETS['cold_both'])}"
            report.data["cold_both"] = s["median"]
        rows.append([label, _ms(s["median"]), _ms(s["min"]), target])
    report.heading(f"Cold, whole process ({how}, {runs} runs)")
    report.table(["command", "median", "best", "target"], rows)
    report.note("Bytecode cached as in an installed wheel (PYTHONPYCACHEPREFIX in a scratch folder; "
                "PYTHONDONTWRITEBYTECODE unset); the output folder is a scratch folder.")
    report.data["cold"] = results


# --- sizes --------------------------------------------------------------------------------

def sizes(report: Report, _args: argparse.Namespace) -> None:
    from desktop_app.fileformat import load_release
    from desktop_app.resolve import resolve
    from desktop_app.writers.docx import render_docx
    from desktop_app.writers.pdf import render_pdf

    resolved = resolve(load_release(SAMPLE))
    pdf = render_pdf(resolved)
    rows = [["PDF", _kib(len(pdf)), f"{_pages(pdf)} pages",
             f"≤ 80 KiB {_verdict(len(pdf), TARGETS['pdf_size'])}"]]
    data = {"pdf": len(pdf)}
    for mode in ("editable", "final", "none"):
        size = len(render_docx(resolved, mode))
        data[f"docx_{mode}"] = size
        rows.append([f"DOCX, --docx-fonts {mode}", _kib(size), "", ""])
    report.heading("Output sizes (the sample)")
    report.table(["file", "size", "", "target"], rows)
    report.data["sizes"] = data


# --- LibreOffice --------------------------------------------------------------------------

def _soffice_convert(docx: Path, out_dir: Path, profile: Path) -> tuple[float, Path]:
    lo = _libreoffice()
    if lo is None:
        raise SkipMeasurementError("LibreOffice (soffice) is not installed")
    start = time.perf_counter()
    subprocess.run([lo, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(out_dir), str(docx)],
                   check=True, capture_output=True, timeout=600)
    return time.perf_counter() - start, out_dir / (docx.stem + ".pdf")


def libreoffice(report: Report, args: argparse.Namespace) -> None:
    from desktop_app.export import DOCX, Output, export
    from desktop_app.fileformat import load_release

    report.heading("LibreOffice headless, the same sample DOCX → PDF (the reference)")
    runs = max(3, args.repeat // 4)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        docx = tmp_path / "sample.docx"
        export(load_release(SAMPLE), [Output(DOCX, docx)])
        try:
            _soffice_convert(docx, tmp_path / "lo", tmp_path / "profile")  # creates the profile: not timed
            samples = []
            for _ in range(runs):
                seconds, pdf = _soffice_convert(docx, tmp_path / "lo", tmp_path / "profile")
                samples.append(seconds)
        except SkipMeasurementError as exc:
            report.note(f"Skipped: {exc}.")
            return
        s = _stats(samples)
        pdf_bytes = pdf.read_bytes()
    rows = [["soffice --headless --convert-to pdf sample.docx", _ms(s["median"]), _ms(s["min"]),
             _kib(len(pdf_bytes)), str(_pages(pdf_bytes))]]
    if "cold_both" in report.data:
        rows.append(["thadin export (PDF + DOCX), cold, for comparison", _ms(report.data["cold_both"]), "", "", ""])
    if "warm_both" in report.data:
        rows.append(["Thadin PDF + DOCX, warm, for comparison", _ms(report.data["warm_both"]), "", "", ""])
    report.table(["what", "median", "best", "PDF size", "pages"], rows)
    report.note(f"{runs} runs, each a fresh soffice process with a warmed-up profile (a user's first "
                "conversion also pays the profile creation, not counted here).")
    report.data["libreoffice"] = {**s, "pdf_size": len(pdf_bytes)}


# --- growth -------------------------------------------------------------------------------

def _child(path: Path, docx_out: Path | None = None) -> dict:
    argv = [sys.executable, str(Path(__file__).with_name("child.py")), str(path)]
    if docx_out is not None:
        argv.append(str(docx_out))
    done = subprocess.run(argv, check=True, capture_output=True, text=True, env=_cold_env(_PYCACHE),
                          cwd=tempfile.gettempdir())
    return json.loads(done.stdout)


_PYCACHE = Path(tempfile.gettempdir()) / "thadin-bench-pycache"


def growth(report: Report, args: argparse.Namespace) -> None:
    from generate import write_release

    targets = [2, 20, 50, 200] if not args.quick else [2, 20, 50]
    rows, lo_rows, data = [], [], {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        lo_profile = tmp_path / "profile"
        lo_ready = False
        for target in targets:
            path = write_release(target, tmp_path)
            docx_path = tmp_path / f"generated-{target}.docx"
            runs = [_child(path, docx_path if i == 0 else None) for i in range(3 if target <= 50 else 2)]
            best = min(runs, key=lambda r: r["total"])
            pages, pdf_size, docx_size, total = best["pages"], best["pdf_size"], best["docx_size"], best["total"]
            data[target] = best
            target_mark = f"≤ 6 s {_verdict(total, TARGETS['pages_200'])}" if target == 200 else ""
            rows.append([str(pages), _ms(best["load"]), _ms(best["zawgyi"]), _ms(best["resolve"]), _ms(best["pdf"]),
                         f"{pages / best['pdf']:.0f}", _ms(best["docx"]), f"{pages / best['docx']:.0f}",
                         _ms(best["write"]), _ms(total), f"{1000 * total / pages:.1f}",
                         f"{pdf_size / 1024:,.0f} KiB", f"{docx_size / 1024:,.0f} KiB", target_mark])
            if args.no_lo_growth or _libreoffice() is None:
                continue
            if not lo_ready:
                _soffice_convert(docx_path, tmp_path / "lo", lo_profile)
                lo_ready = True
            seconds, lo_pdf = _soffice_convert(docx_path, tmp_path / "lo", lo_profile)
            lo_pages = _pages(lo_pdf.read_bytes())
            data[target]["libreoffice"] = seconds
            data[target]["libreoffice_pages"] = lo_pages
            lo_rows.append([str(pages), _ms(total), str(lo_pages), _ms(seconds), f"{lo_pages / seconds:.0f}"])
    report.heading("Growth: generated bilingual releases (Burmese + English, a footnote per paragraph)")
    report.table(["pages", "load + validate", "Zawgyi check", "resolve", "PDF", "PDF pages/s", "DOCX",
                  "DOCX pages/s", "write", "total", "ms/page", "PDF size", "DOCX size", "target"], rows)
    report.note("Each a fresh process that first exported the sample (imports, fonts and DOCX template "
                "ready, as in a running app) and then ran `thadin export` (the CLI's own code path: YAML, "
                "validation, the Zawgyi check, resolve, both writers, atomic writes) on the generated release "
                "once (its text in no cache); the run with the best total of 3 processes (2 at 200 pages). "
                "Linear growth shows as a flat ms/page column.")
    if lo_rows:
        report.heading("Growth: LibreOffice converting the same generated DOCX to PDF")
        report.table(["Thadin pages", "Thadin load + PDF + DOCX", "LibreOffice pages", "LibreOffice DOCX → PDF",
                      "LO pages/s"], lo_rows)
    report.data["growth"] = data


# --- GUI ----------------------------------------------------------------------------------

def gui(report: Report, args: argparse.Namespace) -> None:
    import gui as gui_bench

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, fn, target in gui_bench.MEASUREMENTS:
            scratch = Path(tmp) / fn.__name__
            scratch.mkdir()
            try:
                samples = fn(gui_bench.GuiContext(SAMPLE, scratch, args.repeat))
            except SkipMeasurementError as exc:
                rows.append([label, f"skipped: {exc}", "", ""])
                continue
            if samples is None:
                rows.append([label, "TODO (GUI not measured yet: benchmarks/gui.py)", "",
                             f"≤ {_ms(target)}" if target else ""])
                continue
            s = _stats(samples)
            report.data.setdefault("gui", {})[label] = s
            rows.append([label, _ms(s["median"]), _ms(s["min"]),
                         f"≤ {_ms(target)} {_verdict(s['median'], target)}" if target else ""])
    report.heading("GUI")
    report.table(["what", "median", "best", "target"], rows)


# --- Typst, a peer measured in the same run -------------------------------------------------

@dataclass
class _Run:
    wall: float
    cpu: float
    peak_kib: int


def _run_once(argv: list[str], env: dict[str, str]) -> _Run:
    """Run *argv* as a fresh process; its wall time, CPU time and peak memory (the kernel's accounting)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                            cwd=tempfile.gettempdir())
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited with {proc.returncode}")
    return _Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)


def _paired(a: list[str], b: list[str], runs: int, env: dict[str, str]) -> dict:
    """A, B, A, B …: medians of each and the median of the pairwise ratios A/B (drift cancels out)."""
    _run_once(a, env), _run_once(b, env)  # warm-up: page cache, bytecode
    pairs = [(_run_once(a, env), _run_once(b, env)) for _ in range(runs)]
    med = statistics.median
    return {
        "a": {"wall": med(p[0].wall for p in pairs), "cpu": med(p[0].cpu for p in pairs),
              "peak_kib": max(p[0].peak_kib for p in pairs)},
        "b": {"wall": med(p[1].wall for p in pairs), "cpu": med(p[1].cpu for p in pairs),
              "peak_kib": max(p[1].peak_kib for p in pairs)},
        "ratio_wall": med(p[0].wall / p[1].wall for p in pairs),
        "ratio_wall_range": (min(p[0].wall / p[1].wall for p in pairs), max(p[0].wall / p[1].wall for p in pairs)),
        "ratio_cpu": med(p[0].cpu / p[1].cpu for p in pairs),
        "n": runs,
    }


def typst(report: Report, args: argparse.Namespace) -> None:
    from generate import write_release
    from typst_doc import write_typst

    report.heading("Typst beside Thadin: cold PDF, the same release (processes interleaved)")
    try:
        import typst as typst_module
    except ImportError:
        report.note("Skipped: Typst is not installed (pip install -e '.[bench]').")
        return
    pages = 20 if args.quick else 200
    runs = 3 if args.quick else max(5, args.repeat // 4)
    typst_version = _version("typst")
    rows, data = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        env = _cold_env(tmp_path / "pycache")
        documents = [("the sample (2 pages)", SAMPLE),
                     (f"{pages} pages of the sample's English", write_release(pages, tmp_path, languages="en")),
                     (f"{pages} generated bilingual pages", write_release(pages, tmp_path))]
        for label, release in documents:
            typ = write_typst(release, tmp_path / (release.stem + ".typ"))
            typ_pdf = typ.with_suffix(".pdf")
            thadin_argv = [*_thadin(), "export", str(release), "--out", str(tmp_path), "--pdf"]
            typst_argv = [sys.executable, str(Path(__file__).with_name("typst_doc.py")), "--compile", str(typ),
                          str(typ_pdf)]
            result = _paired(thadin_argv, typst_argv, runs, env)
            name = release.name.removesuffix(".release.yaml")
            thadin_pages = _pages((tmp_path / f"{name}.pdf").read_bytes())
            typst_pages = _pages(typ_pdf.read_bytes())
            result.update(thadin_pages=thadin_pages, typst_pages=typst_pages)
            data[label] = result
            low, high = result["ratio_wall_range"]
            rows.append([label, f"{_ms(result['a']['wall'])} ({thadin_pages} p.)",
                         f"{_ms(result['b']['wall'])} ({typst_pages} p.)",
                         f"**{result['ratio_wall']:.2f}×** ({low:.2f}–{high:.2f})", f"{result['ratio_cpu']:.2f}×",
                         f"{result['a']['peak_kib'] / 1024:.0f} / {result['b']['peak_kib'] / 1024:.0f} MiB"])
    del typst_module
    report.table(["document", "`thadin export --pdf`", f"Typst {typst_version}", "time ratio (range of pairs)",
                  "CPU ratio", "peak memory Thadin / Typst"], rows)
    report.note(f"{runs} pairs after one warm-up pair, each a fresh process (Typst through its Python binding: "
                "`typst_doc.py --compile`, interpreter start included as in ours), medians; a ratio below 1 "
                "means Thadin is faster. The Typst source is generated from the same resolved release "
                "(benchmarks/typst_doc.py): same fonts (only the shipped ones), sizes, margins, footnotes, banner, "
                "justified text with greedy line breaking.")
    report.data["typst"] = data


RUNNERS: dict[str, Callable[[Report, argparse.Namespace], None]] = {
    "machine": machine, "warm": warm, "cold": cold, "sizes": sizes, "growth": growth,
    "libreoffice": libreoffice, "gui": gui, "typst": typst,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated sections: {','.join(SECTIONS)}")
    parser.add_argument("--repeat", type=int, default=20, help="repetitions of warm measurements (default 20)")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, growth up to 50 pages")
    parser.add_argument("--no-hyperfine", action="store_true", help="time cold runs with a subprocess loop")
    parser.add_argument("--no-lo-growth", action="store_true", help="skip LibreOffice in the growth section")
    parser.add_argument("--out", type=Path, help="also write the markdown report here")
    parser.add_argument("--json", type=Path, help="also write the raw numbers here")
    parser.add_argument("--tree", type=Path, help="measure the desktop_app package in this folder instead "
                        "(e.g. an older commit: git archive COMMIT desktop_app | tar -x -C DIR)")
    args = parser.parse_args(argv)
    if args.tree is not None:
        global TREE
        TREE = args.tree.resolve()
        sys.path.insert(0, str(TREE))
    if args.quick:
        args.repeat = min(args.repeat, 6)
    report = Report()
    report.lines.append(f"# Thadin benchmarks, {dt.date.today().isoformat()}")
    for name in args.only.split(","):
        if name not in RUNNERS:
            parser.error(f"unknown section {name!r}; choose from {', '.join(SECTIONS)}")
    for name in SECTIONS:  # always in this order: libreoffice compares with cold and warm
        if name in args.only.split(","):
            RUNNERS[name](report, args)
    if args.out:
        args.out.write_text("\n".join(report.lines) + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(report.data, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
