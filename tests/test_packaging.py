"""The wheel carries every package and the resources; the locator finds them."""

from __future__ import annotations

import importlib.metadata as metadata
import importlib.util
import re
import sys
import tomllib
from pathlib import Path

import pytest

from desktop_app.fonts import FAMILIES
from desktop_app.resources import resource_path, sample_release

ROOT = Path(__file__).resolve().parents[1]


def test_pyproject_lists_every_package():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "desktop_app").rglob("__init__.py")}
    assert found | {"desktop_app._resources"} == listed


def test_every_font_file_and_licence_ships():
    for family in FAMILIES.values():
        for name in (family.regular, family.bold, family.italic, family.bold_italic):
            if name:
                assert resource_path("fonts", name).is_file(), name
        assert resource_path("fonts", family.licence).read_text().count("SIL OPEN FONT LICENSE Version 1.1")


def test_sample_and_its_letterhead_ship():
    assert sample_release().is_file()
    assert resource_path("templates", "defection-forum.letterhead.yaml").is_file()
    assert resource_path("templates", "forum-banner.png").is_file()


# --- Licence, notices, version -------------------------------------------------------------

def _load(path: Path, name: str):
    """Import a helper module from packaging/ or tools/ (neither is a package)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


notices = _load(ROOT / "tools" / "third_party_notices.py", "third_party_notices")
specsupport = _load(ROOT / "packaging" / "specsupport.py", "specsupport")


def test_thadin_is_apache_2_licensed():
    assert "Apache License" in (ROOT / "LICENSE").read_text() and "Version 2.0" in (ROOT / "LICENSE").read_text()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "Apache-2.0"
    assert "LICENSE" in project["license-files"]


def test_every_distribution_thadin_runs_on_has_a_notice():
    needed = notices.runtime_distributions()
    assert {"pyside6-essentials", "pyyaml", "reportlab", "python-docx", "lxml", "pillow"} <= set(needed)
    missing = [name for name in needed if notices.component_of_distribution(name) is None]
    assert not missing, f"add these to COMPONENTS in tools/third_party_notices.py: {missing}"


def test_a_bundled_file_without_a_notice_stops_the_build():
    import pytest as pytest_module  # a distribution the app never ships

    with pytest.raises(notices.MissingNoticeError, match="pytest"):
        notices.bundle_notices([("pytest/__init__.py", pytest_module.__file__)], "0")
    with pytest.raises(notices.MissingNoticeError, match=r"nowhere\.so"):
        notices.bundle_notices([("nowhere.so", "/nonexistent/nowhere.so")], "0")


def test_bundle_notices_name_what_was_collected_with_versions():
    import yaml

    pyside = Path(metadata.distribution("PySide6-Essentials").locate_file("PySide6/__init__.py"))
    text = notices.bundle_notices([("PySide6/__init__.py", str(pyside)), ("yaml/__init__.py", yaml.__file__),
                                   ("resources/fonts/Padauk-Regular.ttf",
                                    str(ROOT / "resources" / "fonts" / "Padauk-Regular.ttf"))], "9.9")
    assert text.startswith("THIRD-PARTY NOTICES — Thadin 9.9")
    assert f"pyside6-essentials {metadata.version('PySide6-Essentials')}" in text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "replace them with your own build" in text
    assert "PyYAML" in text and "Padauk font" in text and "SIL OPEN FONT LICENSE" in text
    assert "ReportLab" not in text  # only what was collected


def test_the_repository_notices_file_is_current():
    assert (ROOT / "THIRD-PARTY-NOTICES").read_text(encoding="utf-8") == notices.source_notices(), \
        "run: .venv/bin/python tools/third_party_notices.py"


def test_every_component_carries_its_licence_text():
    for component in notices.COMPONENTS.values():
        for name in component.texts:
            assert len((notices.LICENSES / name).read_text(encoding="utf-8")) > 500, (component.title, name)


def test_one_version_source():
    from desktop_app import __version__

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert config["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "desktop_app.__version__"}
    resource = specsupport.version_info(__version__)
    assert f"StringStruct('ProductVersion', '{__version__}')" in resource
    numbers = tuple(int(n) for n in __version__.split(".")[:3])
    assert f"filevers={(*numbers, 0)}" in resource
    iss = (ROOT / "packaging" / "windows" / "thadin.iss").read_text()
    assert "#error" in iss and not re.search(r'#define AppVersion "', iss), "the installer takes /DAppVersion only"
    assert not (ROOT / "packaging" / "windows" / "version_info.txt").exists(), "generated by build.spec"
    # No file of the build states a version of its own.
    for path in [ROOT / "build.spec", *(ROOT / "packaging").rglob("*.*"), *(ROOT / ".github").rglob("*.yml")]:
        if "licenses" not in path.parts and path.suffix not in (".icns", ".ico", ".png"):
            assert __version__ not in path.read_text(encoding="utf-8"), path


def test_trimming_drops_what_the_app_never_loads_and_keeps_what_it_does():
    unused = ["PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/lib/libQt6WlShellIntegration.so.6",
              "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", "PySide6/opengl32sw.dll",
              "PySide6/Qt/plugins/tls/libqopensslbackend.so", "resources/translations/thadin_my.ts",
              "PySide6/Qt/plugins/platforms/libqwayland-egl.so", "PySide6/Qt/lib/libQt6Qml.so.6"]
    used = ["PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
            "PySide6/Qt/plugins/platforms/qwindows.dll", "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
            "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
            "PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Network.so.6",
            "resources/translations/thadin_my.qm", "resources/fonts/NotoSansMyanmar-Regular.ttf"]
    kept = specsupport.drop_unused([(name, name, "BINARY") for name in unused + used])
    assert [entry[0] for entry in kept] == used


def test_pruning_drops_libraries_only_a_dropped_plugin_linked():
    links = {"/s/QtGui.abi3.so": ["libQt6Gui.so.6"], "/s/libQt6Gui.so.6": ["libfontconfig.so.1"],
             "/s/libfontconfig.so.1": [], "/s/libgtk-3.so.0": ["libcairo.so.2"], "/s/libcairo.so.2": [],
             "/s/libqxcb.so": ["libxcb-cursor.so.0"], "/s/libxcb-cursor.so.0": []}
    toc = [("PySide6/QtGui.abi3.so", "/s/QtGui.abi3.so", "EXTENSION"),
           ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
           ("libfontconfig.so.1", "/s/libfontconfig.so.1", "BINARY"),
           ("libgtk-3.so.0", "/s/libgtk-3.so.0", "BINARY"), ("libcairo.so.2", "/s/libcairo.so.2", "BINARY"),
           ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
           ("libxcb-cursor.so.0", "/s/libxcb-cursor.so.0", "BINARY"),
           ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
           ("libgtk-3.so.0.link", "libgtk-3.so.0", "SYMLINK")]
    pruned = specsupport.prune_unreachable(toc, lambda src: links[src])
    pruned = specsupport.drop_dangling_links(pruned, pruned)
    names = [entry[0] for entry in pruned]
    assert "libgtk-3.so.0" not in names and "libcairo.so.2" not in names and "libgtk-3.so.0.link" not in names
    assert {"libfontconfig.so.1", "libxcb-cursor.so.0", "libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6"} <= set(names)


def test_a_missing_library_fails_the_build_only_when_a_shipped_binary_links_it():
    import logging

    handler = specsupport.MissingLibraries()
    for user in ("/q/plugins/platforms/libqxcb.so", "/q/plugins/platformthemes/libqgtk3.so"):
        library = "libxcb-cursor.so.0" if "qxcb" in user else "libgtk-3.so.0"
        handler.emit(logging.LogRecord("PyInstaller", logging.WARNING, "", 0, "Library not found: could not "
                                       f"resolve {library!r}, dependency of {user!r}.", None, None))
    shipped = [("PySide6/Qt/plugins/platforms/libqxcb.so", "/q/plugins/platforms/libqxcb.so", "BINARY")]
    assert handler.still_needed(shipped) == ["libxcb-cursor.so.0 (linked by libqxcb.so)"]
    assert handler.still_needed([]) == []


# --- macOS reach: the minimum follows the Qt wheels; ICU stays unloaded below its own -------

#: Newest PySide6 release with macOS wheels for each minimum (measured: tools/wheel_reach.py).
QT_MACOS_MINIMUM = {"6.7.3": "11.0", "6.9.3": "12.0", "6.11.3": "13.0", "6.12.0": "14.0"}


def _darwin_pin(name: str) -> str:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    pins = [d for d in config["project"]["dependencies"]
            if d.startswith(f"{name}==") and "sys_platform == 'darwin'" in d]
    assert len(pins) == 1, pins
    return pins[0].split("==")[1].split(";")[0].strip()


def test_the_macos_minimum_is_the_same_in_the_pins_the_readme_and_the_app():
    qt = _darwin_pin("PySide6-Essentials")
    assert _darwin_pin("PySide6-Addons") == qt  # QtPdf before 6.12
    minimum = QT_MACOS_MINIMUM[qt]
    major = minimum.split(".")[0]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"macOS {major} " in readme or f"macOS {major}." in readme or f"macOS {major}\n" in readme
    spec = (ROOT / "build.spec").read_text()
    assert '"LSMinimumSystemVersion": MACOS_MINIMUM' in spec and 'wheel_macos_minimum("PySide6-Essentials")' in spec


def test_icu_stays_unloaded_on_a_macos_older_than_its_wheel(monkeypatch):
    import platform

    hook = specsupport.icu_guard_hook("14.0")
    for running, blocked in (("11.7.10", True), ("13.6", True), ("14.0", False), ("15.1", False)):
        monkeypatch.setattr(sys, "platform", "darwin")
        monkeypatch.setattr(platform, "mac_ver", lambda running=running: (running, ("", "", ""), "arm64"))
        before = list(sys.meta_path)
        try:
            exec(compile(hook, "pyi_rth_thadin_icu.py", "exec"), {"__name__": "hook"})
            added = [finder for finder in sys.meta_path if finder not in before]
            assert bool(added) == blocked, running
            if added:
                with pytest.raises(ImportError, match=r"ICU needs macOS 14\.0"):
                    added[0].find_spec("icu")
                assert added[0].find_spec("yaml") is None
        finally:
            sys.meta_path[:] = before


def test_macos_minimum_reads_otool_and_exempts_only_icu():
    checker = _load(ROOT / "packaging" / "macos_minimum.py", "macos_minimum")
    otool = ("Load command 9\n      cmd LC_BUILD_VERSION\n  cmdsize 32\n platform 1\n    minos 11.0\n      sdk 14.0\n"
             "Load command 9\n      cmd LC_BUILD_VERSION\n  cmdsize 32\n platform 1\n    minos 12.3\n      sdk 14.0\n")
    assert checker.minimum_of(otool) == (12, 3)
    assert checker.minimum_of("Load command 8\n      cmd LC_VERSION_MIN_MACOSX\n  cmdsize 16\n  version 10.13\n"
                              "      sdk 11.1\n") == (10, 13)
    assert checker.minimum_of("cmd LC_SEGMENT_64\n") is None
    assert checker.GUARDED.search("Contents/Frameworks/icu/_icu_.cpython-312-darwin.so")
    assert checker.GUARDED.search("Contents/Frameworks/pyicu_wheels/.dylibs/libicuuc.76.dylib")
    assert not checker.GUARDED.search("Contents/Frameworks/PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore")


def test_the_workflow_tests_and_freezes_on_every_platform_and_publishes_checksums():
    workflow = (ROOT / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
    for needed in ("ubuntu-22.04", "windows-2022", "macos-14", "macos-15", "macos-15-intel", "bash .ci/run",
                   "scripts\\test.ps1", "tools/macos_qt_tests.sh", "actionlint", "tools/check_wheels.py",
                   "--smoke-test", "xvfb-run", "libxcb-cursor0", "SHA256SUMS", "gh release create",
                   "packaging/macos_minimum.py", "sign.ps1", "HAS_APPLE_NOTARY == 'true' && env.HAS_MACOS_CERTIFICATE",
                   "does not match desktop_app.__version__"):
        assert needed in workflow, needed
    assert "secrets." not in "".join(line for line in workflow.splitlines() if line.strip().startswith("if:"))
