"""Atomic writes under SIGKILL: a real export and a real save, killed at random points.

Each child process exports (or saves) the same targets over and over, alternating between
two versions, and says on stdout when it starts writing. The test kills it with SIGKILL —
at a random moment inside a write, or anywhere — and then finds each target either the old
file or a complete new one, byte for byte; the only debris allowed is the documented
temporary file ``.NAME.XXXXXXXX.tmp``, which the next write removes once it is stale.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from desktop_app.atomicio import STALE_TEMP_SECONDS, temp_pattern, write_bytes_atomic
from desktop_app.draft import Draft
from desktop_app.export import DOCX, PDF, render
from desktop_app.fileformat import load_release
from tests._offline import python_offline

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")

RELEASE = """\
thadin: 1
letterhead: defection-forum
date: 2024-03-31
headline: {{my: ခေါင်းစဉ် {n}, en: Version {n}}}
body:
  my: |
    စာပိုဒ်တစ်ခု။ {n}
  en: |
    A paragraph, version {n}.
"""

# Both children say "writing" on stdout the moment a write creates its temporary file, so
# the test can aim its kill inside the write (the rest of each loop is rendering or YAML).
ANNOUNCE_WRITES = """
import sys, tempfile
_mkstemp = tempfile.mkstemp
def _announced(*args, **kwargs):
    print("writing", flush=True)
    return _mkstemp(*args, **kwargs)
tempfile.mkstemp = _announced
"""

# Exports versions 1 and 2 alternately to out.pdf and out.docx, for ever.
EXPORT_CHILD = ANNOUNCE_WRITES + """
from pathlib import Path
from desktop_app.export import Output, export
from desktop_app.fileformat import load_release

folder = Path(sys.argv[1])
releases = [load_release(folder / "v1.release.yaml"), load_release(folder / "v2.release.yaml")]
outputs = [Output("pdf", folder / "out.pdf"), Output("docx", folder / "out.docx")]
print("ready", flush=True)
n = 1
while True:
    export(releases[n % 2], outputs)
    n += 1
"""

# Saves a draft over and over, each time with the next version number in the headline
# and a body of some hundred kilobytes.
SAVE_CHILD = ANNOUNCE_WRITES + """
from pathlib import Path
from desktop_app.draft import Draft

draft = Draft.open(Path(sys.argv[1]))
print("ready", flush=True)
n = 1
while True:
    draft.set(("headline", "en"), f"Version {n}")
    draft.set(("body", "en"), f"Version {n}.\\n\\n" + BODY)
    draft.save()
    n += 1
""".replace("BODY", repr("A long paragraph of the release. " * 400))
BODY = "A long paragraph of the release. " * 400


def _start(code: str, arg: Path) -> subprocess.Popen:
    return subprocess.Popen([*python_offline(code), str(arg)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})


def _kill_at_random(child: subprocess.Popen, rng: random.Random, within_write: bool) -> None:
    """Kill *child* a random moment after its k-th "writing" line, or after it is ready."""
    watchdog = threading.Timer(120, child.kill)  # a child that never speaks must not hang the suite
    watchdog.start()
    try:
        _aim_and_kill(child, rng, within_write)
    finally:
        watchdog.cancel()


def _aim_and_kill(child: subprocess.Popen, rng: random.Random, within_write: bool) -> None:
    line = child.stdout.readline()
    assert line == "ready\n", child.stderr.read()
    if within_write:
        for _ in range(rng.randint(1, 4)):
            line = child.stdout.readline()
            assert line == "writing\n", child.stderr.read()
        time.sleep(rng.uniform(0, 0.003))  # a random point inside the write, not a wait for a result
    else:
        time.sleep(rng.uniform(0, 1.0))  # a random point anywhere in the export loop
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    child.stderr.close()
    assert child.returncode == -signal.SIGKILL


def _debris(folder: Path, targets: list[Path], keep: set[str]) -> list[str]:
    """Files in *folder* that are neither kept, a target, nor a target's documented temp file."""
    names = {p.name for p in targets}
    patterns = [temp_pattern(p) for p in targets]
    return sorted(p.name for p in folder.iterdir()
                  if p.name not in keep | names and not any(pat.fullmatch(p.name) for pat in patterns))


def _age_and_rewrite(targets: list[Path]) -> None:
    """Make leftover temp files stale, write each target once more, and expect them gone."""
    folder = targets[0].parent
    old = time.time() - STALE_TEMP_SECONDS - 60
    for target in targets:
        for leftover in folder.iterdir():
            if temp_pattern(target).fullmatch(leftover.name):
                os.utime(leftover, (old, old))
        write_bytes_atomic(target, target.read_bytes())
    assert not [p.name for p in folder.iterdir() if any(temp_pattern(t).fullmatch(p.name) for t in targets)]


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[bytes]]:
    """The two complete versions of each output, rendered here for byte-for-byte comparison."""
    folder = tmp_path_factory.mktemp("versions")
    out: dict[str, list[bytes]] = {PDF: [], DOCX: []}
    for n in (1, 2):
        (folder / f"v{n}.release.yaml").write_text(RELEASE.format(n=n), encoding="utf-8")
        release = load_release(folder / f"v{n}.release.yaml")
        out[PDF].append(render(release, PDF))
        out[DOCX].append(render(release, DOCX))
    return out


def test_killed_export_leaves_old_or_new_files(tmp_path, versions):
    rng = random.Random()
    runs = []
    for i, within_write in enumerate([True, True, False]):
        folder = tmp_path / f"run{i}"
        folder.mkdir()
        for n in (1, 2):
            (folder / f"v{n}.release.yaml").write_text(RELEASE.format(n=n), encoding="utf-8")
        # The old files: version 1, as a previous export left them.
        (folder / "out.pdf").write_bytes(versions[PDF][0])
        (folder / "out.docx").write_bytes(versions[DOCX][0])
        runs.append((folder, _start(EXPORT_CHILD, folder), within_write))
    for folder, child, within_write in runs:
        _kill_at_random(child, rng, within_write)
        targets = [folder / "out.pdf", folder / "out.docx"]
        assert (folder / "out.pdf").read_bytes() in versions[PDF], "the PDF is torn"
        assert (folder / "out.docx").read_bytes() in versions[DOCX], "the DOCX is torn"
        assert _debris(folder, targets, {"v1.release.yaml", "v2.release.yaml"}) == []
        _age_and_rewrite(targets)


def test_killed_save_leaves_old_or_new_file(tmp_path):
    rng = random.Random()
    runs = []
    for i in range(8):
        folder = tmp_path / f"run{i}"
        folder.mkdir()
        target = folder / "draft.release.yaml"
        target.write_text(RELEASE.format(n=0), encoding="utf-8")
        runs.append((target, _start(SAVE_CHILD, target)))
    for target, child in runs:
        _kill_at_random(child, rng, within_write=True)
        text = target.read_text(encoding="utf-8")
        release = load_release(target)  # the file is a complete, valid release ...
        version = int(release.headline.get("en").removeprefix("Version "))
        # ... and exactly the one the child wrote: the old file, or a whole new save.
        if version == 0:
            assert text == RELEASE.format(n=0)
        else:
            original = tmp_path / f"expected-{version}.release.yaml"
            original.write_text(RELEASE.format(n=0), encoding="utf-8")
            expected = Draft.open(original)
            expected.set(("headline", "en"), f"Version {version}")
            expected.set(("body", "en"), f"Version {version}.\n\n" + BODY)
            assert text.encode("utf-8") == expected.file_bytes()
        assert _debris(target.parent, [target], set()) == []
        _age_and_rewrite([target])


# --- leftover temporary files ---------------------------------------------------------------

def _leftover(folder: Path, name: str, age: float) -> Path:
    path = folder / name
    path.write_bytes(b"half a file")
    then = time.time() - age
    os.utime(path, (then, then))
    return path


def test_next_write_removes_stale_temps_of_its_target_only(tmp_path):
    target = tmp_path / "out.pdf"
    stale = _leftover(tmp_path, ".out.pdf.k3j_x9a2.tmp", STALE_TEMP_SECONDS + 5)
    fresh = _leftover(tmp_path, ".out.pdf.a8b7c6d5.tmp", 5)  # maybe another process's write in progress
    other = _leftover(tmp_path, ".other.pdf.k3j_x9a2.tmp", STALE_TEMP_SECONDS + 5)
    user = _leftover(tmp_path, ".out.pdf.notes.tmp", STALE_TEMP_SECONDS + 5)  # not our pattern
    write_bytes_atomic(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    assert not stale.exists()
    assert fresh.exists() and other.exists() and user.exists()


def test_draft_save_removes_stale_temps(tmp_path, minimal_text):
    target = tmp_path / "draft.release.yaml"
    target.write_text(minimal_text, encoding="utf-8")
    stale = _leftover(tmp_path, ".draft.release.yaml.0123abcd.tmp", STALE_TEMP_SECONDS + 5)
    Draft.open(target).save()
    assert not stale.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.release.yaml"]


# --- SIGTERM and SIGINT: handled like errors ---------------------------------------------------

# The real command line, saying "ready" once a command runs (its signal handling in place).
CLI_CHILD = ANNOUNCE_WRITES + """
from desktop_app import cli
_run = cli._run
def _ready(*args):
    print("ready", flush=True)
    return _run(*args)
cli._run = _ready
sys.exit(cli.main(sys.argv[1:]))
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_interrupted_export_writes_all_or_nothing_and_says_which(tmp_path, versions, signum):
    """A stopped ``thadin export`` leaves both old files or both new ones, no debris, and a true message."""
    rng = random.Random()
    code, name = (143, "stopped (SIGTERM)") if signum == signal.SIGTERM else (130, "interrupted")
    runs = []
    for i, aim in enumerate(["first write", "second write", "anywhere", "anywhere"]):
        folder = tmp_path / f"run{i}"
        folder.mkdir()
        release = folder / "v2.release.yaml"
        release.write_text(RELEASE.format(n=2), encoding="utf-8")
        pdf, docx = folder / "out.pdf", folder / "out.docx"
        pdf.write_bytes(versions[PDF][0])
        docx.write_bytes(versions[DOCX][0])
        child = subprocess.Popen([*python_offline(CLI_CHILD), "export", str(release), "--pdf", str(pdf),
                                  "--docx", str(docx)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
        runs.append((folder, child, aim))
    for folder, child, aim in runs:
        watchdog = threading.Timer(120, child.kill)  # a child that never speaks must not hang the suite
        watchdog.start()
        try:
            assert child.stdout.readline() == "ready\n", child.stderr.read()
            if aim == "anywhere":
                time.sleep(rng.uniform(0, 1.5))
            else:
                for _ in range(1 if aim == "first write" else 2):
                    assert child.stdout.readline() == "writing\n", child.stderr.read()
                time.sleep(rng.uniform(0, 0.003))
            child.send_signal(signum)
            child.wait()
            out, err = child.stdout.read(), child.stderr.read()  # not communicate(): readline buffered some
            child.stdout.close()
            child.stderr.close()
        finally:
            watchdog.cancel()
        pdf, docx = folder / "out.pdf", folder / "out.docx"
        new = (pdf.read_bytes(), docx.read_bytes()) == (versions[PDF][1], versions[DOCX][1])
        old = (pdf.read_bytes(), docx.read_bytes()) == (versions[PDF][0], versions[DOCX][0])
        assert new or old, "the PDF and the DOCX are from different exports"
        assert sorted(p.name for p in folder.iterdir()) == ["out.docx", "out.pdf", "v2.release.yaml"]
        if child.returncode in (0, -signum):  # it finished (its handler gone) before the signal came
            assert new and err == "" and out.endswith(f"wrote {pdf}\nwrote {docx}\n")
        elif new:
            assert (child.returncode, err) == (code, f"thadin: {name}; already written: {pdf}, {docx}\n")
        else:
            assert (child.returncode, err) == (code, f"thadin: {name}; nothing was written\n")
