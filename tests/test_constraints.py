"""One set of versions everywhere: the tests, CI and the installer builds install constraints.txt.

PDF and DOCX bytes depend on HarfBuzz, ReportLab, fontTools, Pillow and python-docx: a
release must export the same on every machine the tests vouch for.
"""

from __future__ import annotations

import os
import re
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT = {"pyside6-essentials", "pyside6-addons", "shiboken6"}  # the packages macOS pins to its own version
PIN = re.compile(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([A-Za-z0-9.+!-]+)(?:\s*;\s*(.+))?")


def _pins() -> dict[str, str]:
    """Name (PEP 503 normalised) → pinned version on this platform; every entry must be an exact pin.

    A line may carry an environment marker (macOS has its own Qt and ICU pins). Under
    tools/macos_qt_tests.sh (THADIN_QT_PINS=darwin) Qt's lines are read as on a Mac: that
    environment runs the UI tests on Linux with macOS's Qt.
    """
    from packaging.markers import Marker, default_environment

    qt_environment = {**default_environment(), "sys_platform": os.environ.get("THADIN_QT_PINS", sys.platform)}
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = PIN.fullmatch(line)
        assert match, f"not an exact pin: {line!r}"
        qt = re.sub(r"[-_.]+", "-", match.group(1)).lower() in QT
        if match.group(3) and not Marker(match.group(3)).evaluate(qt_environment if qt else None):
            continue
        pins[re.sub(r"[-_.]+", "-", match.group(1)).lower()] = match.group(2)
    return pins


def _installed(name: str) -> bool:
    try:
        metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return False
    return True


def test_the_tests_run_with_the_pinned_versions():
    """Every pinned package installed here has exactly its pinned version (bootstrap installs with -c)."""
    pins = _pins()
    for name in ("reportlab", "uharfbuzz", "fonttools", "pillow", "python-docx", "lxml", "pyyaml", "pyicu-wheels",
                 "pyside6-essentials"):
        assert name in pins, f"{name} is not pinned in constraints.txt"
    wrong = {name: (metadata.version(name), version) for name, version in pins.items()
             if _installed(name) and metadata.version(name) != version}
    assert wrong == {}, "installed ≠ pinned (run scripts/bootstrap.sh, or tools/lock.sh after a pyproject change)"


def test_every_install_uses_the_constraints():
    """bootstrap (tests, CI) and the installer workflow both install with -c constraints.txt."""
    assert "-c constraints.txt" in (ROOT / "scripts" / "bootstrap.sh").read_text(encoding="utf-8")
    workflow = (ROOT / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
    installs = [line for line in workflow.splitlines() if "pip install" in line and "--upgrade pip" not in line]
    assert installs and all("-c constraints.txt" in line for line in installs)


def test_the_exact_pins_of_pyproject_are_the_locked_versions():
    """A version pyproject.toml pins with == is the one constraints.txt locks (else bootstrap cannot install).

    Checked for every platform the pins name: here, and macOS (its own Qt and ICU).
    """
    import tomllib

    from packaging.markers import Marker, default_environment
    from packaging.requirements import Requirement

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    lines = [line.strip() for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    darwin = {**default_environment(), "sys_platform": "darwin", "platform_machine": "arm64",
              "platform_release": "23.0.0"}
    checked = 0
    for environment in (default_environment(), darwin):
        locked = {}
        for line in lines:
            name, version, marker = PIN.fullmatch(line).groups()
            if not marker or Marker(marker).evaluate(environment):
                locked[re.sub(r"[-_.]+", "-", name).lower()] = version
        for text in config["project"]["dependencies"]:
            requirement = Requirement(text)
            if requirement.marker and not requirement.marker.evaluate({**environment, "extra": ""}):
                continue
            exact = [s.version for s in requirement.specifier if s.operator == "=="]
            if exact:
                checked += 1
                name = re.sub(r"[-_.]+", "-", requirement.name).lower()
                assert locked.get(name) == exact[0], (environment["sys_platform"], name, exact[0], locked.get(name))
    assert checked >= 4
