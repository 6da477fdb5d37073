"""The checkout's own commands: scripts/bootstrap.sh, scripts/thadin (and their PowerShell twins)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="the bash scripts; Windows has scripts/*.ps1")


@posix_only
def test_bootstrap_probes_nothing_once_set_up():
    if not (ROOT / ".venv" / ".bootstrap-test").exists():
        pytest.skip("run scripts/test (it sets up .venv) first")
    trace = subprocess.run(["bash", "-x", str(ROOT / "scripts" / "bootstrap.sh"), "test"], capture_output=True,
                           text=True, timeout=60)
    assert trace.returncode == 0, trace.stderr
    commands = [line.lstrip("+ ") for line in trace.stderr.splitlines() if line.startswith("+")]
    programs = {Path(command.split()[0]).name for command in commands if command.split()}
    assert not programs & {"python", "python3", "pip", "ldd", "apt-get", "dpkg", "npm", "sudo"}, commands
    assert commands[-1] == "exit 0"


@posix_only
def test_bootstrap_refuses_an_old_python_and_names_how_to_get_one(tmp_path):
    checkout = tmp_path / "checkout"
    (checkout / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "bootstrap.sh", checkout / "scripts")
    shutil.copy(ROOT / "pyproject.toml", checkout)
    tools = tmp_path / "bin"  # a PATH with the basics and an Ubuntu 22.04 python3, no apt, no brew
    tools.mkdir()
    for tool in ("bash", "cat", "cksum", "tr", "uname", "dirname", "id", "env", "sudo"):
        if shutil.which(tool):
            (tools / tool).symlink_to(shutil.which(tool))
    old = tools / "python3"
    old.write_text('#!/bin/sh\n[ "$1" = --version ] && echo "Python 3.10.12" && exit 0\nexit 1\n')
    old.chmod(0o755)
    env = {"PATH": str(tools), "HOME": str(tmp_path)}
    result = subprocess.run([str(tools / "bash"), str(checkout / "scripts" / "bootstrap.sh")], capture_output=True,
                            text=True, env=env, timeout=60)
    assert result.returncode == 1
    assert "Thadin needs Python 3.11 or newer; Python 3.10.12 found" in result.stderr
    assert "PYTHON=/path/to/python3.12" in result.stderr
    assert not (checkout / ".venv").exists()


@posix_only
def test_thadin_without_a_display_says_so_and_how_to_export(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    if sys.platform != "linux":
        pytest.skip("macOS and Windows always have a display")
    for args in ([], ["open", "x.release.yaml"]):
        result = subprocess.run([str(ROOT / "scripts" / "thadin"), *args], capture_output=True, text=True, env=env,
                                timeout=60)
        assert result.returncode == 1
        assert "there is no display to open the window on" in result.stderr
        assert "scripts/thadin export FILE.release.yaml" in result.stderr
        assert "Traceback" not in result.stderr and "qt.qpa" not in result.stderr


def test_powershell_twins_exist_for_windows():
    for name in ("bootstrap.ps1", "thadin.ps1", "test.ps1"):
        text = (ROOT / "scripts" / name).read_text(encoding="utf-8")
        assert "$ErrorActionPreference = \"Stop\"" in text, name
    bootstrap = (ROOT / "scripts" / "bootstrap.ps1").read_text(encoding="utf-8")
    assert "winget install Python.Python.3.12" in bootstrap and "sys.version_info >= (3, 11)" in bootstrap
    assert "another Python" in bootstrap and ".installed-$Mode" in bootstrap
