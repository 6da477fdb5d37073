"""Copy the shipped fonts from Debian's packages into resources/fonts (run by hand).

Padauk is copied unchanged (its licence reserves the name, so we may not modify it).
The Noto families carry no Reserved Font Name; we remove their TrueType hinting, which
PDF viewers do not use and which made every embedded subset 40 % larger. Nothing else
changes: outlines, metrics, cmap, GSUB/GPOS and names are kept.

    apt-get install fonts-sil-padauk fonts-noto-core
    python tools/prepare_fonts.py
"""

from __future__ import annotations

import shutil
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

PADAUK = Path("/usr/share/fonts/truetype/padauk")
NOTO = Path("/usr/share/fonts/truetype/noto")
OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts"
NOTO_FILES = [f"{family}-{style}.ttf" for family in ("NotoSerif", "NotoSans")
              for style in ("Regular", "Bold", "Italic", "BoldItalic")]
NOTO_FILES += ["NotoSansMyanmar-Regular.ttf", "NotoSansMyanmar-Bold.ttf"]


def dehint(source: Path, target: Path) -> None:
    """Write *source* without hinting, keeping every glyph, feature and name."""
    font = TTFont(source)
    options = subset.Options()
    options.hinting = False
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.glyph_names = True
    options.legacy_kern = True
    options.notdef_outline = True
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(glyphs=font.getGlyphOrder())
    subsetter.subset(font)
    font.save(target)


def main() -> None:
    """Copy Padauk, dehint Noto."""
    for name in ("Padauk-Regular.ttf", "Padauk-Bold.ttf"):
        shutil.copyfile(PADAUK / name, OUT / name)
    for name in NOTO_FILES:
        dehint(NOTO / name, OUT / name)
        print(f"{name}: {(NOTO / name).stat().st_size:,} -> {(OUT / name).stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
