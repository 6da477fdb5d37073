"""Which versions of Thadin's binary dependencies have wheels for which systems.

Run by hand (it asks PyPI through pip) when choosing the pins in pyproject.toml:

    .venv/bin/python tools/wheel_reach.py                 # newest version per system
    .venv/bin/python tools/wheel_reach.py PySide6-Essentials==6.8.3 pyicu-wheels==2.14

For each system it lets pip resolve the package with ``--only-binary=:all: --platform``
(pip expands a macOS tag to every older macOS and universal2 tag the system accepts, the
way an installer on that system would) and prints the wheel pip would take, or "none".
The results and the chosen pins are recorded in docs/packaging.md.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

SYSTEMS = {
    "macOS 11 Intel": "macosx_11_0_x86_64",
    "macOS 11 Apple Silicon": "macosx_11_0_arm64",
    "macOS 12 Intel": "macosx_12_0_x86_64",
    "macOS 12 Apple Silicon": "macosx_12_0_arm64",
    "macOS 13 Intel": "macosx_13_0_x86_64",
    "macOS 13 Apple Silicon": "macosx_13_0_arm64",
    "macOS 14 Apple Silicon": "macosx_14_0_arm64",
    "macOS 15 Apple Silicon": "macosx_15_0_arm64",
    "Windows 10/11 x64": "win_amd64",
    "Linux x86_64 (glibc 2.35)": "manylinux_2_35_x86_64 manylinux_2_34_x86_64 manylinux_2_28_x86_64 "
                                 "manylinux_2_17_x86_64 manylinux2014_x86_64",
}
DEFAULT = ["PySide6-Essentials", "PySide6-Addons", "shiboken6", "pyside6-pdf", "pyicu-wheels"]
PYTHON = "3.12"


def wheel_for(requirement: str, platform: str) -> str:
    """The wheel file pip would install for REQUIREMENT on PLATFORM, or 'none'."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        result = subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--dry-run", "--no-deps", "--ignore-installed",
             "--only-binary=:all:", *[arg for tag in platform.split() for arg in ("--platform", tag)],
             "--python-version", PYTHON, "--implementation", "cp",
             "--target", str(Path(tmp) / "target"), "--report", str(report), requirement],
            capture_output=True, text=True)
        if result.returncode != 0 or not report.exists():
            return "none"
        url = json.loads(report.read_text())["install"][0]["download_info"]["url"]
        return url.rsplit("/", 1)[-1]


def main(argv: list[str]) -> int:
    requirements = argv or DEFAULT
    for requirement in requirements:
        print(f"\n{requirement} (Python {PYTHON})")
        for system, platform in SYSTEMS.items():
            print(f"  {system:28} {wheel_for(requirement, platform)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
