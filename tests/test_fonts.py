"""The shipped fonts' vertical metrics: one "single" line height whichever table a program reads."""

from __future__ import annotations

import pytest
from fontTools.ttLib import TTFont

from desktop_app.fonts import FAMILIES, single_line


@pytest.mark.parametrize("path", sorted({f.file(b, i) for f in FAMILIES.values()
                                         for b in (False, True) for i in (False, True)}), ids=lambda p: p.name)
def test_hhea_typo_and_win_metrics_give_the_same_single_line(path):
    """LibreOffice and current Word read hhea, older Word for Windows the OS/2 win box, others typo.

    The DOCX computes its line spacing from one of them (``fonts.single_line``); that is
    right in every program only while the three agree, so a new font must keep them equal.
    """
    with TTFont(path, lazy=True) as font:
        upm = font["head"].unitsPerEm
        hhea, os2 = font["hhea"], font["OS/2"]
        typo = (os2.sTypoAscender - os2.sTypoDescender + os2.sTypoLineGap) / upm
        win = (os2.usWinAscent + os2.usWinDescent) / upm
    assert single_line(path) == pytest.approx(typo, abs=1e-9)
    assert single_line(path) == pytest.approx(win, abs=1e-9)
    assert (hhea.ascent - hhea.descent + hhea.lineGap) / upm == single_line(path)
