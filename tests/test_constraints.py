"""One set of versions everywhere: the tests, CI and the installer builds install constraints.txt.

PDF and DOCX bytes depend on HarfBuzz, ReportLab, fontTools, Pillow and python-docx: a
release must export the same on every machine the tests vouch for.
"""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([A-Za-z0-9.+!-]+)")


def _pins() -> dict[str, str]:
    """Name (PEP 503 normalised) → pinned version; every entry must be an exact pin."""
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = PIN.fullmatch(line)
        assert match, f"not an exact pin: {line!r}"
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
    """A version pyproject.toml pins with == is the one constraints.txt locks (else bootstrap cannot install)."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pins = _pins()
    pinned = {re.sub(r"[-_.]+", "-", name).lower(): version
              for name, version in re.findall(r'"([A-Za-z0-9][A-Za-z0-9._-]*)==([A-Za-z0-9.+!-]+)"', pyproject)}
    assert pinned
    assert {name: version for name, version in pinned.items() if pins.get(name) != version} == {}
