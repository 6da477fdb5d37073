"""The faces the PDF writer reads in bulk (FastFace, issue 17) are ReportLab's, attribute for attribute.

ReportLab's TrueType parser stands in as the reference: every shipped font read both ways
must give the same names, metrics, character map (in the same order: the first character
of a glyph decides a cluster code's width), advances and glyph offsets, so the PDF cannot
change. A font whose character map is not format 4 is read by ReportLab's own code.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont as FontToolsFont
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from desktop_app.resources import resource_path
from desktop_app.writers.pdf.fonts import ClusterFont, FastFace

FONTS = sorted(resource_path("fonts").glob("*.ttf"))


def _same_face(fast: TTFontFace, reference: TTFontFace) -> None:
    ours, theirs = dict(vars(fast)), dict(vars(reference))
    scale_ours, scale_theirs = ours.pop("_pdfScale"), theirs.pop("_pdfScale")
    assert [scale_ours(v) for v in (0, 1, 517, 2048)] == [scale_theirs(v) for v in (0, 1, 517, 2048)]
    assert ours.keys() == theirs.keys()
    for key, value in theirs.items():
        assert ours[key] == value, key
        if isinstance(value, dict):
            assert list(ours[key].items()) == list(value.items()), f"{key}: another order"


@pytest.mark.parametrize("path", FONTS, ids=[p.name for p in FONTS])
def test_every_shipped_font_reads_as_reportlab_reads_it(path: Path):
    assert len(FONTS) >= 12
    _same_face(FastFace(str(path)), TTFontFace(str(path)))


def test_a_font_without_a_format_4_map_is_read_by_reportlab(tmp_path):
    font = FontToolsFont(str(resource_path("fonts", "NotoSansMyanmar-Regular.ttf")))
    long_map = CmapSubtable.newSubtable(12)  # the same mapping, last: the one ReportLab picks
    long_map.platformID, long_map.platEncID, long_map.language = 3, 10, 0
    long_map.cmap = dict(font.getBestCmap())
    font["cmap"].tables.append(long_map)
    out = io.BytesIO()
    font.save(out)
    path = tmp_path / "format12.ttf"
    path.write_bytes(out.getvalue())
    fast, reference = FastFace(str(path)), TTFontFace(str(path))
    assert 0x1000 in reference.charToGlyph  # Burmese KA mapped: the map was read
    _same_face(fast, reference)


def test_cluster_font_is_reportlabs_font_around_the_fast_face():
    path = str(resource_path("fonts", "Padauk-Regular.ttf"))
    ours, theirs = ClusterFont("Thadin-Test", path), TTFont("Thadin-Test", path, shapable=True)
    skip = {"face", "state", "encoding", "_cluster_codes", "_cluster_texts"}
    assert {k: v for k, v in vars(ours).items() if k not in skip} == \
           {k: v for k, v in vars(theirs).items() if k not in skip}
    assert type(ours.encoding) is type(theirs.encoding) and ours.shapable
    _same_face(ours.face, theirs.face)
