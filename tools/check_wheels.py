"""Does every pinned dependency install as a binary wheel on every system Thadin ships for?

    .venv/bin/python tools/check_wheels.py            # the table, exit 1 when something is missing
    .venv/bin/python tools/check_wheels.py --markdown  # the same as a table for docs/packaging.md

pip cannot answer this on its own: with ``--platform`` it picks wheels for the other system
but still evaluates environment markers (``sys_platform == 'darwin'``) for the machine it
runs on, so it would resolve Linux's Qt pins for a Mac. This tool walks the dependency tree
itself, target by target: it starts from pyproject.toml (the app's dependencies, plus the
``test`` and ``freeze`` extras where that target runs them), evaluates every marker for the
target, takes each package's version from constraints.txt, and asks pip (``install --dry-run
--only-binary=:all: --no-deps --platform … --report``) which wheel it would take; the report's
metadata gives that wheel's own requirements for the next round. It fails when a package has
no binary wheel for a target, or when a package the target needs is not pinned (the lock is
made on Linux, so packages only Windows or macOS need must be pinned with a marker by hand).

The app's targets are the oldest systems it claims (macOS 11 on both architectures, Windows
10/11 x64, Linux x86_64 with glibc 2.35) and the build job's runners; the test suite's are the
test job's runners (macOS 15 Apple Silicon: pikepdf has no wheel for 14). Python 3.12, as CI.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import tomllib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
PYTHON = "3.12"
PIN = re.compile(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([A-Za-z0-9.+!-]+)(?:\s*;\s*(.+))?")


@dataclass(frozen=True)
class Target:
    """One system: pip's platform tags and the environment its markers see."""

    name: str
    tags: tuple[str, ...]
    environment: dict[str, str]
    extras: tuple[str, ...]  # pyproject extras installed there


def _env(sys_platform: str, machine: str, release: str) -> dict[str, str]:
    system = {"darwin": "Darwin", "win32": "Windows", "linux": "Linux"}[sys_platform]
    return {"implementation_name": "cpython", "implementation_version": f"{PYTHON}.0", "os_name":
            "nt" if sys_platform == "win32" else "posix", "platform_machine": machine, "platform_release": release,
            "platform_system": system, "platform_version": "", "python_full_version": f"{PYTHON}.0",
            "platform_python_implementation": "CPython", "python_version": PYTHON, "sys_platform": sys_platform}


def _mac(minor: int, arch: str) -> tuple[str, ...]:
    """macOS 11.0 … minor.0 tags (pip does not widen --platform itself), newest first, plus universal2."""
    versions = [f"{major}_0" for major in range(minor, 10, -1)] + [f"10_{m}" for m in range(16, 8, -1)]
    return tuple(f"macosx_{v}_{a}" for v in versions for a in (arch, "universal2"))


LINUX = tuple(f"manylinux_2_{n}_x86_64" for n in range(35, 16, -1)) + ("manylinux2014_x86_64", "linux_x86_64")
#: Darwin kernel release for each macOS major version (platform.release() on that system).
DARWIN = {11: "20.6.0", 12: "21.6.0", 13: "22.6.0", 14: "23.6.0", 15: "24.6.0"}
APP = ("freeze",)  # what CI's build job installs
TESTS = ("test",)  # what CI's test job installs (test pulls in freeze)
TARGETS = [
    Target("Windows 10/11 x64 (app + tests)", ("win_amd64",), _env("win32", "AMD64", "10"), TESTS),
    Target("Linux x86_64 glibc 2.35 (app + tests)", LINUX, _env("linux", "x86_64", "6.8.0"), TESTS),
    *[Target(f"macOS {major} Intel (app)", _mac(major, "x86_64"), _env("darwin", "x86_64", DARWIN[major]), APP)
      for major in (11, 12, 13)],
    *[Target(f"macOS {major} Apple Silicon (app)", _mac(major, "arm64"), _env("darwin", "arm64", DARWIN[major]), APP)
      for major in (11, 12, 13)],
    Target("macOS 14 Apple Silicon (app)", _mac(14, "arm64"), _env("darwin", "arm64", DARWIN[14]), APP),
    Target("macOS 15 Apple Silicon (app + tests)", _mac(15, "arm64"), _env("darwin", "arm64", DARWIN[15]), TESTS),
    Target("macOS 15 Intel (app)", _mac(15, "x86_64"), _env("darwin", "x86_64", DARWIN[15]), APP),
]
#: Not pinned, knowingly: pip freeze leaves setuptools out of the lock, and PyInstaller's
#: ``setuptools>=42`` takes the newest (a pure-Python wheel everywhere). Pinning it is a
#: change of its own: the frozen app must be rebuilt and checked with the pinned version.
UNPINNED_OK = {"setuptools"}
#: Columns of the summary table: the packages whose wheels decide which systems can run Thadin.
KEY = ["pyside6-essentials", "pyside6-addons", "shiboken6", "pyicu-wheels", "uharfbuzz", "reportlab", "pillow"]


def canonical(name: str) -> str:
    """PEP 503 name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(environment: dict[str, str]) -> dict[str, str]:
    """constraints.txt's version for each package, with its markers evaluated for *environment*."""
    found = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = PIN.fullmatch(line)
        if match is None:
            raise SystemExit(f"constraints.txt: not an exact pin: {line!r}")
        if match.group(3) is None or Marker(match.group(3)).evaluate(environment):
            found[canonical(match.group(1))] = match.group(2)
    return found


def wanted(requirements: list[str], environment: dict[str, str], extras: tuple[str, ...] = ("",)) -> set[str]:
    """The names among *requirements* whose markers hold for *environment* with any of *extras*."""
    names = set()
    for text in requirements:
        requirement = Requirement(text)
        if requirement.marker is None or any(
                requirement.marker.evaluate({**environment, "extra": extra}) for extra in extras):
            names.add(canonical(requirement.name) + "".join(f"[{e}]" for e in sorted(requirement.extras)))
    return names


@dataclass
class Result:
    """What one target gets: the wheel per package, and what is missing."""

    wheels: dict[str, str] = field(default_factory=dict)
    no_wheel: list[str] = field(default_factory=list)
    unpinned: list[str] = field(default_factory=list)


def _pip_report(requirements: list[str], tags: tuple[str, ...]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        result = subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--dry-run", "--no-deps", "--ignore-installed",
             "--only-binary=:all:", *[arg for tag in tags for arg in ("--platform", tag)],
             "--python-version", PYTHON, "--implementation", "cp", "--target", str(Path(tmp) / "target"),
             "--report", str(report), *requirements], capture_output=True, text=True)
        if result.returncode != 0 or not report.exists():
            return {"error": result.stderr}
        return json.loads(report.read_text(encoding="utf-8"))


def check(target: Target) -> Result:
    """Walk the dependency tree of Thadin for *target*, pip choosing a wheel for each pinned package."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = config["project"]
    requirements = list(project["dependencies"])
    for extra in target.extras:
        requirements += project["optional-dependencies"][extra]
    requirements += project["optional-dependencies"]["freeze"]  # test includes thadin[freeze]
    locked = pins(target.environment)
    result = Result()
    todo = {name for name in wanted(requirements, target.environment) if not name.startswith("thadin")}
    seen: set[str] = set()
    while todo:
        batch = []
        for item in sorted(todo):
            name, _, extras = item.partition("[")
            if item in seen:
                continue
            seen.add(item)
            if name not in locked:
                if name not in UNPINNED_OK:
                    result.unpinned.append(name)
                continue
            batch.append((name, extras.rstrip("]").split("][") if extras else []))
        todo = set()
        names = sorted({name for name, _ in batch if name not in result.wheels})
        report = _pip_report([f"{name}=={locked[name]}" for name in names], target.tags) if names else {"install": []}
        if "error" in report:  # find which ones have no wheel, one by one
            report = {"install": []}
            for name in names:
                single = _pip_report([f"{name}=={locked[name]}"], target.tags)
                if "error" in single:
                    result.no_wheel.append(f"{name}=={locked[name]}")
                else:
                    report["install"] += single["install"]
        for item in report["install"]:
            metadata = item["metadata"]
            name = canonical(metadata["name"])
            result.wheels[name] = item["download_info"]["url"].rsplit("/", 1)[-1]
            extras = [e for n, es in batch if n == name for e in es]
            todo |= wanted(metadata.get("requires_dist", []), target.environment, ("", *extras))
    return result


def _short(wheel: str) -> str:
    """'PySide6_Essentials-6.7.3-cp39-abi3-macosx_11_0_universal2.whl' -> '6.7.3 macosx_11_0_universal2'."""
    parts = wheel.removesuffix(".whl").split("-")
    return f"{parts[1]} {parts[-1].split('.')[0]}"


def main(argv: list[str]) -> int:
    markdown = "--markdown" in argv
    failed = False
    rows = []
    with ThreadPoolExecutor(4) as pool:  # pip waits on the index most of the time
        results = list(pool.map(check, TARGETS))
    for target, result in zip(TARGETS, results, strict=True):
        failed |= bool(result.no_wheel or result.unpinned)
        status = "ok" if not (result.no_wheel or result.unpinned) else "MISSING"
        rows.append((target.name, [(_short(result.wheels[k]) if k in result.wheels else "-") for k in KEY],
                     len(result.wheels), status))
        if not markdown:
            print(f"{target.name}: {len(result.wheels)} wheels, {status}")
            for package in KEY:
                if package in result.wheels:
                    print(f"  {package:20} {result.wheels[package]}")
            for text in result.no_wheel:
                print(f"  NO WHEEL: {text}")
            for name in result.unpinned:
                print(f"  NOT PINNED in constraints.txt: {name}")
    if markdown:
        print(f"| system | {' | '.join(KEY)} | wheels | |")
        print("|---" * (len(KEY) + 3) + "|")
        for name, cells, count, status in rows:
            print(f"| {name} | {' | '.join(cells)} | {count} | {status} |")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
