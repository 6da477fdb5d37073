"""The installed app: build.spec freezes Thadin, and the frozen CLI exports with no Python around."""

from __future__ import annotations

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
    for unwanted in ("virtualkeyboard", "qt6qml", "qt6quick", "webengine", "libqwayland", "libqeglfs", "libqvnc"):
        assert not [f for f in files if unwanted in f], unwanted
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
