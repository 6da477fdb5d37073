"""The one place that knows where bundled resources live: checkout, wheel or frozen app.

No other module builds a resource path; they all ask :func:`resource_path`.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    """Return the folder holding ``fonts/`` and ``templates/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:  # PyInstaller one-folder bundle
        return Path(frozen) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "_resources"  # the wheel maps resources/ here (pyproject.toml)
    if installed.is_dir():
        return installed
    return package.parent / "resources"  # a source checkout or an editable install


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled resource, e.g. ``resource_path("fonts", "Padauk-Regular.ttf")``."""
    return resources_root().joinpath(*parts)


def templates_dir() -> Path:
    """Return the folder of bundled letterheads (``*.letterhead.yaml``) and ``examples/``."""
    return resource_path("templates")


def sample_release() -> Path:
    """Return the shipped sample release, the reference press release."""
    return resource_path("templates", "examples", "defection-forum-2024.release.yaml")
