"""THIRD-PARTY-NOTICES: the licence of everything Thadin ships, generated, never hand-kept.

Two uses:

* ``build.spec`` calls :func:`bundle_notices` with the files PyInstaller collected. Each file
  is traced to what it came from: a Python distribution (through the distributions' RECORDs),
  Python itself (its standard library and runtime), Thadin's own tree, or — on Linux — the
  Debian package that installed a system library (through ``dpkg -S``; its
  ``/usr/share/doc/PACKAGE/copyright`` is copied in). A file nothing accounts for, or a
  distribution without an entry in :data:`COMPONENTS`, stops the build: a bundle never ships
  without every notice.
* ``python tools/third_party_notices.py`` rewrites the repository's ``THIRD-PARTY-NOTICES``:
  every component on every platform, without versions (tests/test_packaging.py checks it is
  current and that every distribution Thadin needs at run time has an entry).

The licence texts live in ``packaging/licenses/`` (copied from the distributions, whose
wheels do not all carry them — PySide6's and ICU's do not).
"""

from __future__ import annotations

import functools
import importlib.metadata as metadata
import re
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LICENSES = ROOT / "packaging" / "licenses"
NOTICES = ROOT / "THIRD-PARTY-NOTICES"
RULE = "=" * 78

QT_REPLACING = """\
Qt and Qt for Python are used under the GNU Lesser General Public License v3 (their texts
follow: the LGPL v3 and the GNU GPL v3 it builds on). Thadin links them dynamically, as
separate, unmodified shared libraries, and you may replace them with your own build of the
same Qt version (or a compatible one):

  Windows  the Qt6*.dll files and the Qt plugins in the installation folder's
           _internal\\PySide6 folder (by default %LOCALAPPDATA%\\Programs\\Thadin).
  macOS    the Qt*.framework folders in Thadin.app/Contents/Frameworks/PySide6/Qt/lib.
           Replacing them invalidates the app's signature: re-sign it for your own use
           with  codesign --force --deep --sign - Thadin.app
  Linux    the libQt6*.so.6 files in Thadin/_internal/PySide6/Qt/lib.

The PySide6 and shiboken6 modules beside them (QtCore.*, libpyside6*, libshiboken6*) are
LGPL v3 too and can be replaced the same way. Thadin's own source code, under the Apache
License 2.0, is public, so you can also install Thadin from source (pip install .) against
any PySide6 you build. The source code of Qt and Qt for Python is published by The Qt Company
at https://download.qt.io/official_releases/ (Qt) and https://code.qt.io/cgit/pyside/
(Qt for Python); the exact versions are named in the heading of this section.

The Qt libraries contain third-party code under their own permissive licences, among them
ICU (Unicode-3.0), PDFium and parts of Chromium (BSD-3-Clause, Apache-2.0), FreeType (FTL),
HarfBuzz (MIT), libpng (libpng-2.0), zlib (Zlib), PCRE2 (BSD-3-Clause), double-conversion
(BSD-3-Clause) and md4c (MIT). Qt lists each one, with its full licence text, at
https://doc.qt.io/qt-6/licenses-used-in-qt.html"""


@dataclass(frozen=True)
class Component:
    """One thing Thadin ships, under one licence, with the texts that licence requires."""

    title: str
    licence: str  # SPDX expression
    about: str  # what it is and why Thadin carries it
    texts: tuple[str, ...]  # files under packaging/licenses/ (or resources/fonts/)
    distributions: tuple[str, ...] = ()  # PyPI distributions it covers (normalised names)
    note: str = ""


COMPONENTS: dict[str, Component] = {c.title: c for c in (
    Component("Python", "PSF-2.0",
              "the Python interpreter and standard library the app runs on, with the libraries "
              "Python's own build includes (its licence below lists them)",
              ("Python.txt",)),
    Component("Qt and Qt for Python (PySide6, shiboken6)", "LGPL-3.0-only",
              "the desktop app's windows, its live PDF preview (QtPdf) and its translations",
              ("LGPL-3.0.txt", "GPL-3.0.txt"),
              ("pyside6-essentials", "pyside6-addons", "pyside6-pdf", "shiboken6"), QT_REPLACING),
    Component("ICU", "Unicode-3.0",
              "International Components for Unicode: Burmese dictionary word breaks and Zawgyi "
              "conversion (carried inside pyicu-wheels)", ("ICU.txt",)),
    Component("PyICU (pyicu-wheels)", "Apache-2.0", "Python bindings for ICU", ("PyICU.txt",), ("pyicu-wheels",)),
    Component("HarfBuzz", "MIT-Modern-Variant",
              "text shaping of Burmese in the PDF (carried inside uharfbuzz)", ("HarfBuzz.txt",)),
    Component("uharfbuzz", "Apache-2.0", "Python bindings for HarfBuzz", ("uharfbuzz.txt",), ("uharfbuzz",)),
    Component("ReportLab", "BSD-3-Clause", "PDF page layout and output", ("ReportLab.txt",), ("reportlab",)),
    Component("rl_accel", "BSD-3-Clause", "ReportLab's C accelerator", ("rl_accel.txt",), ("rl-accel",)),
    Component("charset-normalizer", "MIT", "text encoding detection used by ReportLab",
              ("charset-normalizer.txt",), ("charset-normalizer",)),
    Component("python-docx", "MIT", "DOCX output", ("python-docx.txt",), ("python-docx",)),
    Component("typing_extensions", "PSF-2.0", "used by python-docx", ("typing_extensions.txt",),
              ("typing-extensions",)),
    Component("lxml", "BSD-3-Clause",
              "XML for DOCX output; carries libxml2 and libxslt (MIT), whose notices are included",
              ("lxml.txt",), ("lxml",)),
    Component("PyYAML", "MIT", "reading and writing release files", ("PyYAML.txt",), ("pyyaml",)),
    Component("ruamel.yaml", "MIT", "saving release files with only the edited fields rewritten",
              ("ruamel.yaml.txt",), ("ruamel-yaml",)),
    Component("Pillow", "MIT-CMU",
              "banner images; carries libjpeg, libpng, zlib, libtiff, libwebp, FreeType, HarfBuzz, "
              "Little CMS and others, whose notices are included", ("Pillow.txt",), ("pillow",)),
    Component("fontTools", "MIT", "font coverage checks and font subsetting", ("fontTools.txt",), ("fonttools",)),
    Component("myanmartools", "Apache-2.0", "Google's Zawgyi detector and its model", ("myanmartools.txt",),
              ("myanmartools",)),
    Component("PyInstaller bootloader and runtime", "GPL-2.0-or-later WITH Bootloader-exception",
              "starts the installed app; its licence's bootloader exception allows distributing it with "
              "any program", ("PyInstaller.txt",), ("pyinstaller",)),
    Component("PyInstaller community hooks (runtime hooks)", "Apache-2.0",
              "small start-up hooks of the installed app", ("pyinstaller-hooks-contrib.txt",),
              ("pyinstaller-hooks-contrib",)),
    Component("Noto fonts (Noto Sans Myanmar, Noto Serif, Noto Sans)", "OFL-1.1",
              "fonts embedded in exported PDF and DOCX files", ("../../resources/fonts/OFL-Noto.txt",)),
    Component("Padauk font", "OFL-1.1", "a Burmese font choice for exports",
              ("../../resources/fonts/OFL-Padauk.txt",)),
)}

#: Components that travel inside another one's files: shipped whenever their carrier is.
CARRIED = {"PyICU (pyicu-wheels)": "ICU", "uharfbuzz": "HarfBuzz"}
#: Fonts are Thadin's own resources; which licence covers which file.
FONT_LICENCES = {"notosans": "Noto fonts (Noto Sans Myanmar, Noto Serif, Noto Sans)",
                 "notoserif": "Noto fonts (Noto Sans Myanmar, Noto Serif, Noto Sans)",
                 "padauk": "Padauk font"}


def normalise(name: str) -> str:
    """PEP 503 form of a distribution name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def component_of_distribution(name: str) -> Component | None:
    """The component covering distribution *name*, or None when it has no notice yet."""
    wanted = normalise(name)
    return next((c for c in COMPONENTS.values() if wanted in c.distributions), None)


def runtime_distributions(root: str = "thadin") -> dict[str, str]:
    """Every installed distribution *root* needs at run time (no extras): name -> version."""
    seen: dict[str, str] = {}
    pending = [root]
    while pending:
        dist = metadata.distribution(pending.pop())
        for requirement in dist.requires or []:
            name, marker = _split_requirement(requirement)
            if marker and not _marker_holds(marker):
                continue
            key = normalise(name)
            if key not in seen:
                try:
                    seen[key] = metadata.version(name)
                except metadata.PackageNotFoundError:
                    continue
                pending.append(name)
    return seen


def _split_requirement(requirement: str) -> tuple[str, str]:
    name = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement.strip()).group(0)
    marker = requirement.split(";", 1)[1].strip() if ";" in requirement else ""
    return name, marker


def _marker_holds(marker: str) -> bool:
    """Evaluate a PEP 508 marker without extras (the ``packaging`` library does it properly)."""
    from packaging.markers import Marker
    return Marker(marker).evaluate({"extra": ""})


# --- Attributing the bundle's files ---------------------------------------------------------

@dataclass
class Attribution:
    """What the bundle's files came from."""

    distributions: dict[str, str] = field(default_factory=dict)  # normalised name -> version
    python: bool = False
    fonts: set[str] = field(default_factory=set)  # component titles
    debian: dict[str, set[str]] = field(default_factory=dict)  # package -> bundled file names
    unaccounted: list[str] = field(default_factory=list)  # bundle paths nothing explains


@functools.cache
def _distribution_index() -> dict[Path, tuple[str, str]]:
    index: dict[Path, tuple[str, str]] = {}
    for dist in metadata.distributions():
        name = normalise(dist.metadata["Name"])
        for file in dist.files or []:
            index[Path(dist.locate_file(file)).resolve()] = (name, dist.version)
    return index


def _python_roots() -> list[Path]:
    paths = sysconfig.get_paths()
    roots = {Path(sys.base_prefix), Path(sys.base_exec_prefix), Path(paths["stdlib"]), Path(paths["platstdlib"])}
    return [r.resolve() for r in roots]


def attribute(entries: Iterable[tuple[str, str]]) -> Attribution:
    """Trace each collected file (bundle path, source path) to what it came from."""
    index = _distribution_index()
    python_roots = _python_roots()
    site = {Path(p).resolve() for p in (sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"])}
    result = Attribution()
    system: list[tuple[str, str, Path]] = []  # files from outside Python: system libraries
    for dest, src in entries:
        if src in ("", "-"):  # PyInstaller's mark for a namespace package: no file of its own
            continue
        path = Path(src).resolve()
        if Path(dest).name == "base_library.zip":  # PyInstaller's archive of the standard library
            result.python = True
            continue
        owner = index.get(path)
        in_site = any(s in path.parents for s in site)
        if (owner and owner[0] == "thadin") or (not owner and ROOT in path.parents and not in_site):
            font = next((t for prefix, t in FONT_LICENCES.items() if path.name.lower().startswith(prefix)), None)
            if font:
                result.fonts.add(font)
            continue  # Thadin's own code and resources: LICENSE
        if owner:
            result.distributions[owner[0]] = owner[1]
            continue
        if any(root in path.parents for root in python_roots) and not in_site:
            result.python = True
            continue
        system.append((dest, src, path))
    owners = _debian_packages([p for _, _, p in system])
    for dest, src, path in system:
        package = owners.get(path)
        if package:
            result.debian.setdefault(package, set()).add(Path(dest).name)
        else:
            result.unaccounted.append(f"{dest} (from {src})")
    return result


def _debian_packages(paths: list[Path]) -> dict[Path, str]:
    """The Debian package that installed each of *paths* (system libraries on Linux), one dpkg call."""
    if not paths or not sys.platform.startswith("linux") or not shutil.which("dpkg"):
        return {}
    spellings: dict[str, Path] = {}
    for path in paths:
        # /lib is a symlink to /usr/lib on merged-/usr systems; dpkg knows one spelling.
        text = str(path)
        for spelling in (text, text[4:] if text.startswith("/usr/") else "/usr" + text):
            spellings[spelling] = path
    out = subprocess.run(["dpkg", "-S", *spellings], capture_output=True, text=True).stdout
    owners: dict[Path, str] = {}
    for line in out.splitlines():
        package, _, file = line.partition(": ")
        if file in spellings and "diversion" not in package:
            owners[spellings[file]] = package.split(",")[0].split(":")[0].strip()
    return owners


# --- Rendering ------------------------------------------------------------------------------

def _text(name: str) -> str:
    return (LICENSES / name).resolve().read_text(encoding="utf-8").strip("\n")


def _python_licence() -> str:
    """The running Python's own LICENSE.txt when its installation has one, else our copy."""
    for candidate in (Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8", errors="replace").strip("\n")
    return _text("Python.txt")


def _section(number: int, component: Component, heading: str, live_python: bool) -> str:
    parts = [RULE, f"{number}. {heading}", f"   Licence: {component.licence}", f"   What: {component.about}", RULE]
    if component.note:
        parts += [component.note, "-" * 78]
    for name in component.texts:
        parts.append(_python_licence() if live_python and name == "Python.txt" else _text(name))
        parts.append("")
    return "\n".join(parts)


def render(titles: Iterable[str], versions: dict[str, str] | None = None, debian: dict[str, set[str]] | None = None,
           version: str | None = None) -> str:
    """The notices file for the components *titles* (in table order).

    *versions* (distribution -> version) puts the shipped versions in the headings; *debian*
    adds each system package's copyright file (Linux bundles).
    """
    wanted = set(titles)
    chosen = [c for c in COMPONENTS.values() if c.title in wanted]
    headings = []
    for component in chosen:
        heading = component.title
        if versions is not None:
            if component.title == "Python":
                heading += f" {sys.version.split()[0]}"
            shipped = [f"{d} {versions[d]}" for d in component.distributions if d in versions]
            if shipped:
                heading += f" ({', '.join(shipped)})"
        headings.append(heading)
    title = f"Thadin {version}" if version else "Thadin"
    lines = [
        f"THIRD-PARTY NOTICES — {title}",
        "",
        "Thadin itself is licensed under the Apache License, Version 2.0 (the LICENSE file beside",
        "this one). It ships with the third-party software listed here, each under its own",
        "licence, whose full text follows its heading. This file is generated from the files",
        "the installed app actually contains (tools/third_party_notices.py).",
        "",
        "Contents",
    ]
    lines += [f"  {n}. {h} — {c.licence}" for n, (c, h) in enumerate(zip(chosen, headings, strict=True), 1)]
    if debian:
        lines.append(f"  {len(chosen) + 1}. System libraries of the Linux build machine (Debian/Ubuntu packages)")
    lines.append("")
    for n, (component, heading) in enumerate(zip(chosen, headings, strict=True), 1):
        lines.append(_section(n, component, heading, live_python=versions is not None))
    if debian:
        lines += [RULE, f"{len(chosen) + 1}. System libraries of the Linux build machine", RULE,
                  "These libraries were copied from the Debian/Ubuntu system the app was built on;",
                  "each package's copyright file follows.", ""]
        for package in sorted(debian):
            copyright_file = Path("/usr/share/doc") / package / "copyright"
            lines += ["-" * 78, f"{package}: {', '.join(sorted(debian[package]))}", "-" * 78,
                      copyright_file.read_text(encoding="utf-8", errors="replace").strip("\n"), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def source_notices() -> str:
    """The repository's THIRD-PARTY-NOTICES: every component, on every platform, no versions."""
    return render(COMPONENTS)


class MissingNoticeError(Exception):
    """A bundled file or distribution that no notice covers."""


def bundle_notices(entries: Iterable[tuple[str, str]], version: str) -> str:
    """The notices for the files PyInstaller collected; MissingNoticeError when one is unexplained."""
    found = attribute(entries)
    missing = [d for d in found.distributions if component_of_distribution(d) is None]
    problems = [f"distribution {d} has no entry in tools/third_party_notices.py COMPONENTS" for d in missing]
    problems += [f"no notice for {u}" for u in found.unaccounted]
    if problems:
        raise MissingNoticeError("\n".join(problems))
    titles = {component_of_distribution(d).title for d in found.distributions} | found.fonts
    titles |= {CARRIED[t] for t in list(titles) if t in CARRIED}
    if found.python:
        titles.add("Python")
    return render(titles, versions=found.distributions, debian=found.debian, version=version)


def main(argv: list[str]) -> int:
    """Rewrite THIRD-PARTY-NOTICES (or check it with --check)."""
    text = source_notices()
    if argv == ["--check"]:
        current = NOTICES.read_text(encoding="utf-8") if NOTICES.exists() else ""
        if current != text:
            print("THIRD-PARTY-NOTICES is out of date: run python tools/third_party_notices.py", file=sys.stderr)
            return 1
        return 0
    NOTICES.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {NOTICES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
