"""The installed app: build.spec freezes Thadin, and the frozen CLI exports with no Python around."""

from __future__ import annotations

import importlib.metadata as metadata
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.resources import sample_release
from tests.conftest import pdftotext

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> Path:
    """A one-folder build from build.spec (about a minute here)."""
    build = tmp_path_factory.mktemp("freeze")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(build / "dist"),
         "--workpath", str(build / "work"), str(ROOT / "build.spec")],
        cwd=build, capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stderr[-3000:]
    return build / "dist" / "Thadin"


@pytest.mark.slow
def test_frozen_cli_exports_the_sample_in_an_empty_environment(frozen, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    # env -i: no PATH, no PYTHONPATH, no HOME — nothing of this machine's Python is reachable.
    result = subprocess.run(["env", "-i", str(frozen / "thadin-cli"), "export", str(sample_release()), "--out",
                             str(out)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    pdf, docx = out / "defection-forum-2024.pdf", out / "defection-forum-2024.docx"
    assert pdf.stat().st_size > 10_000 and docx.stat().st_size > 10_000
    text = pdftotext(pdf)
    assert "မိတ်ကြားခံအဖွဲ့အစည်း/လူပုဂ္ဂိုလ်များအတွက်သာ - Invitation Only" in text
    assert "ဇန်နဝါရီလ ၂၉၊ ၃၀၊ ၃၁ ရက် ၂၀၂၄ ခုနှစ်" in text


@pytest.mark.slow
def test_frozen_bundle_is_trimmed_and_complete(frozen):
    files = [p.relative_to(frozen).as_posix().lower() for p in frozen.rglob("*") if p.is_file()]
    assert (frozen / "Thadin").is_file() and (frozen / "thadin-cli").is_file()
    for unwanted in ("virtualkeyboard", "qt6qml", "qt6quick", "webengine", "libqwayland", "libqeglfs", "libqvnc",
                     "libqgtk3", "libgtk-3", "libgdk", "libpango", "libcairo", "libatk", "wlshellintegration",
                     "qt6opengl", "xcbglintegrations", "plugins/tls/", "thadin_my.ts", "libreadline"):
        assert not [f for f in files if unwanted in f], unwanted
    dangling = [p for p in frozen.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling
    for needed in ("resources/fonts/notosansmyanmar-regular.ttf", "resources/translations/thadin_my.qm",
                   "resources/templates/examples/defection-forum-2024.release.yaml", "libqxcb.so",
                   "libqoffscreen.so", "libqt6pdf.so.6"):
        assert [f for f in files if f.endswith(needed)], needed


@pytest.mark.slow
def test_frozen_cli_reports_errors_without_a_traceback(frozen, tmp_path):
    bad = tmp_path / "bad.release.yaml"
    bad.write_text("thadin: 1\nletterhed: x\n", encoding="utf-8")
    result = subprocess.run(["env", "-i", str(frozen / "thadin-cli"), "check", str(bad)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 2
    assert "unknown field 'letterhed'" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_frozen_bundle_ships_the_licence_and_a_notice_for_every_distribution(frozen, tmp_path):
    internal = frozen / "_internal"
    for folder in (frozen, internal):
        assert "Apache License" in (folder / "LICENSE").read_text()
    text = (frozen / "THIRD-PARTY-NOTICES").read_text(encoding="utf-8")
    assert (internal / "THIRD-PARTY-NOTICES").read_text(encoding="utf-8") == text
    owners = metadata.packages_distributions()
    top_level = {entry.name.split(".")[0] for entry in internal.iterdir()} | _archived_packages(frozen, tmp_path)
    shipped = {dist for name in top_level for dist in owners.get(name, [])} - {"thadin"}
    assert {"PySide6_Essentials", "PyYAML", "reportlab", "python-docx", "lxml"} <= shipped
    for dist in shipped:
        name = re.sub(r"[-_.]+", "-", dist).lower()
        assert f"{name} {metadata.version(dist)}" in text, f"no notice for {dist}"
    for needed in ("GNU LESSER GENERAL PUBLIC LICENSE", "replace them with your own build", "UNICODE", "HarfBuzz",
                   "SIL OPEN FONT LICENSE", "PSF", "Bootloader Exception"):
        assert needed in text, needed


def _archived_packages(frozen: Path, tmp_path: Path) -> set[str]:
    """Top-level packages inside the executable's Python archive (pure-Python ones live there)."""
    from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader

    package = CArchiveReader(str(frozen / "thadin-cli"))
    pyz = tmp_path / "archive.pyz"
    pyz.write_bytes(package.extract(next(name for name in package.toc if name.endswith(".pyz"))))
    return {name.split(".")[0] for name in ZlibArchiveReader(str(pyz)).toc}


@pytest.mark.slow
def test_frozen_bundle_has_no_search_path_of_the_build_machine(frozen):
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from specsupport import elf_search_paths
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    for path in frozen.rglob("*"):
        if path.is_file() and not path.is_symlink():
            absolute = [p for p in elf_search_paths(path) if not p.startswith("$ORIGIN")]
            assert not absolute, (path, absolute)


@pytest.mark.slow
def test_frozen_cli_calls_itself_by_its_name(frozen):
    result = subprocess.run(["env", "-i", str(frozen / "thadin-cli"), "--help"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0
    assert result.stdout.startswith("usage: thadin-cli ") and "Run 'thadin-cli COMMAND --help'" in result.stdout


@pytest.mark.slow
def test_frozen_app_starts_and_renders_the_preview(frozen, tmp_path):
    # The GUI executable, offscreen, with nothing of this machine's environment but a home.
    png = tmp_path / "page1.png"
    env = {"HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([str(frozen / "Thadin"), "--smoke-test", str(png)], env=env, capture_output=True,
                            text=True, timeout=300)
    log = png.with_name(png.name + ".log").read_text(encoding="utf-8")
    assert result.returncode == 0, log + result.stderr[-3000:]
    assert log.startswith("smoke test: ok: preview of 2 page(s) rendered")
    assert png.stat().st_size > 50_000
    assert "Traceback" not in result.stderr
