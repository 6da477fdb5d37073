"""Register the bundled fonts with Qt, so Burmese shows shaped on every OS (and offscreen)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from ..fonts import DEFAULT_FAMILIES, FAMILIES, LATIN_SCRIPT, MYANMAR_SCRIPT
from ..resources import resource_path

_registered: set[str] = set()


def register_bundled_fonts() -> None:
    """Add every shipped face to the application font database (after QApplication exists)."""
    for family in FAMILIES.values():
        for name in (family.regular, family.bold, family.italic, family.bold_italic):
            if name and name not in _registered:
                if QFontDatabase.addApplicationFont(str(resource_path("fonts", name))) >= 0:
                    _registered.add(name)


def ui_font(point_size: float = 10.0) -> QFont:
    """Return the interface font: Noto Sans, falling back to Noto Sans Myanmar for Burmese."""
    font = QFont()
    font.setFamilies(["Noto Sans", DEFAULT_FAMILIES[MYANMAR_SCRIPT]])
    font.setPointSizeF(point_size)
    return font


def editor_font(burmese: bool, point_size: float = 11.0) -> QFont:
    """Editors use the same families as the output; Burmese editors put Burmese first."""
    myanmar, latin = DEFAULT_FAMILIES[MYANMAR_SCRIPT], DEFAULT_FAMILIES[LATIN_SCRIPT]
    font = QFont()
    font.setFamilies([myanmar, latin] if burmese else [latin, myanmar])
    font.setPointSizeF(point_size)
    return font
