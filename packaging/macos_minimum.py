"""Check that every binary in Thadin.app runs on the app's LSMinimumSystemVersion.

    python packaging/macos_minimum.py dist/Thadin.app

A wheel built for a newer macOS than Info.plist promises makes the app crash at start on
the older system, with nothing said. This reads each Mach-O file's minimum (``otool -l``:
LC_BUILD_VERSION's ``minos``, or LC_VERSION_MIN_MACOSX's ``version``) and fails when one
is newer than LSMinimumSystemVersion. ICU's files are the exception: no ICU wheel reaches
the oldest systems, so build.spec adds a runtime hook that leaves ICU unloaded there
(Thadin then breaks Burmese at syllables and says Zawgyi conversion is unavailable).
"""

from __future__ import annotations

import plistlib
import re
import subprocess
import sys
from pathlib import Path

MACHO_MAGIC = {b"\xfe\xed\xfa\xce", b"\xce\xfa\xed\xfe", b"\xfe\xed\xfa\xcf", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe"}
GUARDED = re.compile(r"(^|/)(icu/|pyicu_wheels|libicu)", re.IGNORECASE)


def version(text: str) -> tuple[int, ...]:
    """Return "11.0" as (11, 0) for comparing."""
    return tuple(int(part) for part in text.split("."))


def minimum_of(otool_output: str) -> tuple[int, ...] | None:
    """Return the newest minimum macOS named in ``otool -arch all -l`` output, None if none."""
    found = re.findall(r"cmd LC_BUILD_VERSION\n(?:.*\n)*?\s*minos ([\d.]+)", otool_output)
    found += re.findall(r"cmd LC_VERSION_MIN_MACOSX\n(?:.*\n)*?\s*version ([\d.]+)", otool_output)
    return max((version(v) for v in found), default=None)


def too_new(app: Path) -> tuple[str, list[str], list[str]]:
    """Return the app's minimum, the binaries needing newer, and the guarded (ICU) ones that do."""
    info = plistlib.loads((app / "Contents" / "Info.plist").read_bytes())
    promised = info["LSMinimumSystemVersion"]
    bad, guarded = [], []
    for path in sorted(p for p in (app / "Contents").rglob("*") if p.is_file() and not p.is_symlink()):
        with path.open("rb") as handle:
            if handle.read(4) not in MACHO_MAGIC:
                continue
        out = subprocess.run(["otool", "-arch", "all", "-l", str(path)], capture_output=True, text=True).stdout
        needed = minimum_of(out)
        if needed and needed > version(promised):
            entry = f"{path.relative_to(app)} needs macOS {'.'.join(map(str, needed))}"
            (guarded if GUARDED.search(path.relative_to(app).as_posix()) else bad).append(entry)
    return promised, bad, guarded


def main(argv: list[str]) -> int:
    """Print the verdict; exit 1 when a binary needs a newer macOS than the app promises."""
    promised, bad, guarded = too_new(Path(argv[0]))
    for entry in guarded:
        print(f"guarded (ICU, left unloaded on older macOS): {entry}")
    for entry in bad:
        print(f"error: {entry}, but Info.plist promises {promised}", file=sys.stderr)
    print(f"LSMinimumSystemVersion {promised}: {'FAILED' if bad else 'every other binary agrees'}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
