"""The wheel carries every package and the resources; the locator finds them."""

from __future__ import annotations

import tomllib
from pathlib import Path

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
