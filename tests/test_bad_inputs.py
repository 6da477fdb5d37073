"""The bad-input catalogue: every broken file a user may hand Thadin, and exactly what they see.

tests/data/bad/expected.yaml lists each case: the file, the command, the exit code and the
exact lines printed. Each runs through the real CLI (in-process; the cases marked
``subprocess`` also in a fresh interpreter, to prove no traceback escapes) in a copy of the
folder, and must leave every file there as it was: nothing written, no temporary file
left, the release untouched down to its modification time.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from desktop_app import atomicio
from desktop_app.cli import main
from tests._offline import python_offline

ROOT = Path(__file__).resolve().parents[1]
#: Seconds a child process may take before the test fails instead of hanging.
WATCHDOG = 120
BAD = Path(__file__).parent / "data" / "bad"
CASES: dict[str, dict[str, Any]] = yaml.safe_load((BAD / "expected.yaml").read_text(encoding="utf-8"))
#: Files in tests/data/bad that are not inputs.
NOT_INPUTS = {"expected.yaml", "make_images.py"}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the catalogue, so a failing case cannot damage the originals."""
    target = tmp_path.resolve() / "bad"
    shutil.copytree(BAD, target, ignore=shutil.ignore_patterns(*NOT_INPUTS, "__pycache__"))
    return target


def snapshot(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file and folder under *folder*: contents, modification time and permissions.

    (A folder's own mtime is left out: creating and removing a temporary file changes it.)
    """
    out = {}
    for path in sorted(folder.rglob("*")):
        stat = path.stat()
        if path.is_file():
            out[str(path.relative_to(folder))] = (path.read_bytes(), stat.st_mtime_ns, stat.st_mode)
        else:
            out[str(path.relative_to(folder))] = (b"<folder>", 0, stat.st_mode)
    return out


def fill(text: str, folder: Path, file: Path) -> str:
    return text.replace("{file}", str(file)).replace("{dir}", str(folder))


class _FullDisk:
    """A file object on a disk with no room left: it writes half the data, then fails."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()

    def write(self, data: bytes) -> int:
        self.handle.write(data[: len(data) // 2])
        self.handle.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.handle, name)


def simulate(how: str | None, folder: Path, monkeypatch: pytest.MonkeyPatch) -> contextlib.AbstractContextManager:
    """Make the output folder read-only or the disk full, as deterministically as root allows."""
    out = folder / "out"
    if how == "read-only":
        if os.geteuid() != 0:
            return _chmod(out, 0o500)
        # Root ignores permissions: refuse creating files in the folder the way the OS would.
        real_mkstemp = tempfile.mkstemp

        def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
            if Path(kwargs.get("dir", "")).resolve() == out:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(out))
            return real_mkstemp(*args, **kwargs)

        monkeypatch.setattr(atomicio.tempfile, "mkstemp", mkstemp)
    elif how in ("disk-full", "disk-full-on-second-file"):
        # The disk fills up while writing the first output, or only on the second one.
        real_fdopen = os.fdopen
        opened = []

        def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
            handle = real_fdopen(fd, *args, **kwargs)
            opened.append(handle)
            fails = len(opened) == (1 if how == "disk-full" else 2)
            return _FullDisk(handle) if fails else handle

        monkeypatch.setattr(atomicio.os, "fdopen", fdopen)
    elif how is not None:
        raise ValueError(f"unknown simulation {how!r}")
    return contextlib.nullcontext()


@contextlib.contextmanager
def _chmod(path: Path, mode: int) -> Any:
    old = path.stat().st_mode
    path.chmod(mode)
    try:
        yield
    finally:
        path.chmod(old)


def prepare(case: dict[str, Any], folder: Path) -> Path:
    """Create what the case needs beside the copied files; return the file it runs on."""
    file = folder / case["file"]
    for name in case.get("mkdir", []):
        (folder / name).mkdir()
    if "pad_to_bytes" in case:
        # A body of several megabytes is generated here rather than kept in git.
        text = file.read_text(encoding="utf-8")
        line = "    " + "A long paragraph of text that goes on and on. " * 20 + "\n\n"
        count = (case["pad_to_bytes"] - len(text.encode("utf-8"))) // len(line) + 1
        file.write_text(text + line * count, encoding="utf-8")
    if "expand" in case:
        # Long runs of a character, written into the file here rather than kept in git.
        text = file.read_text(encoding="utf-8")
        for marker, (unit, times) in case["expand"].items():
            text = text.replace(marker, unit * times)
        file.write_text(text, encoding="utf-8")
    for name, mode in case.get("chmod", {}).items():
        (folder / name).chmod(mode)
    for name in case.get("mkfifo", []):
        os.mkfifo(folder / name)
    for name, target in case.get("symlink", {}).items():
        (folder / name).symlink_to(fill(target, folder, file))
    for name, spec in case.get("files", {}).items():
        path = Path(fill(name, folder, file))
        path.write_text(spec.get("text", ""), encoding="utf-8")
        if "mode" in spec:
            path.chmod(spec["mode"])
    return file
def run_in_process(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def run_subprocess(argv: list[str], env: dict[str, str] | None = None) -> tuple[int, str, str]:
    code = "import sys\nfrom desktop_app.cli import main\nsys.exit(main(sys.argv[1:]))"
    result = subprocess.run([*python_offline(code), *argv], capture_output=True, cwd=ROOT, timeout=WATCHDOG,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1", **(env or {})})
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


def expected_lines(case: dict[str, Any], key: str, folder: Path, file: Path) -> list[str]:
    return [fill(line, folder, file) for line in case.get(key, [])]


def check_case(name: str, folder: Path, monkeypatch: pytest.MonkeyPatch, runner: Any) -> None:
    case = CASES[name]
    file = prepare(case, folder)
    argv = [fill(arg, folder, file) for arg in case.get("run", ["export", "{file}"])]
    before = snapshot(folder)
    with simulate(case.get("simulate"), folder, monkeypatch):
        code, out, err = runner(argv, case["env"]) if "env" in case else runner(argv)
    assert "Traceback" not in out + err and "internal error" not in out + err
    assert (code, out.splitlines(), err.splitlines()) == (
        case.get("exit", 2), expected_lines(case, "stdout", folder, file), expected_lines(case, "stderr", folder, file))
    # Nothing written, no temporary file left, nothing touched (bytes, mtime, permissions).
    assert snapshot(folder) == before


@pytest.mark.parametrize("name", [name for name, case in CASES.items() if "env" not in case])
def test_bad_input_gets_its_message_and_loses_nothing(name: str, folder: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    check_case(name, folder, monkeypatch, run_in_process)


@pytest.mark.parametrize("name", [name for name, case in CASES.items() if case.get("subprocess") or "env" in case])
def test_no_traceback_from_a_fresh_process(name: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    check_case(name, folder, monkeypatch, run_subprocess)


def test_the_catalogue_covers_every_file_and_the_issue() -> None:
    """Every input file in tests/data/bad is run by some case, and there are at least 30 of them."""
    used = {case["file"] for case in CASES.values()}
    inputs = {p.name for p in BAD.iterdir() if p.is_file() and p.name not in NOT_INPUTS}
    releases = {name for name in inputs if name.endswith(".release.yaml")}
    assert releases <= used
    assert len(inputs) >= 30
    # Letterheads are named by the release of the same name; images by a letterhead.
    letterheads = {name for name in inputs if name.endswith(".letterhead.yaml")}
    assert {name.replace(".letterhead.yaml", ".release.yaml") for name in letterheads} <= releases
    named = " ".join((BAD / name).read_text(encoding="utf-8") for name in letterheads)
    assert [name for name in inputs - releases - letterheads if f"image: {name}" not in named] == []


def test_output_cases_fail_only_by_the_simulation(folder: Path) -> None:
    """Without a simulated full disk or read-only folder, the same export writes both files."""
    (folder / "out").mkdir()
    argv = ["export", str(folder / "good.release.yaml"), "--out", str(folder / "out")]
    assert run_in_process(argv)[0] == 0
    assert sorted(p.name for p in (folder / "out").iterdir()) == ["good.docx", "good.pdf"]
