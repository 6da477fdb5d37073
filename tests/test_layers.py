"""Dependencies point one way: model and pipeline know nothing of Qt, python-docx or ReportLab."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop_app"
HEAVY = {"PySide6": ("ui",), "docx": ("writers/docx", "writers/ooxml"), "lxml": ("writers/docx", "writers/ooxml"),
         "reportlab": ("writers/pdf",), "uharfbuzz": ("writers/pdf", "writers/harfbuzz.py")}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_heavy_libraries_stay_in_their_layer(path):
    relative = path.relative_to(PACKAGE).as_posix()
    for module in imported_modules(path) & set(HEAVY):
        assert relative.startswith(HEAVY[module]), f"{relative} imports {module}"


def test_nothing_imports_the_ui_but_the_entry_point():
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith("ui/") or relative in ("__main__.py", "cli.py"):
            continue
        assert "desktop_app.ui" not in path.read_text(encoding="utf-8") and ".ui import" not in \
            path.read_text(encoding="utf-8"), relative
