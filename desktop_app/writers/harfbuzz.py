"""HarfBuzz beyond shaping: font coverage and subsetting, shared by the writers.

The DOCX writer uses these two functions for its embedded fonts rather than parse fonts
in Python; importing this module costs only uharfbuzz (no ReportLab).

``subset`` is HarfBuzz's subsetter (hb-subset, what Google Fonts serves with), about
200 times faster than fontTools' pure-Python one here (2 ms against 0.4 s for Noto
Serif), with the same result: every OpenType feature and script kept, the GSUB/GPOS
closure of the characters, all name records, a ``.notdef`` outline and no glyph names.
Unlike ``fontTools.subset`` with a re-saved ``TTFont``, it keeps the font's own ``head``
dates, so no export time leaks into an embedded font.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import uharfbuzz as hb


@cache
def _face(path: Path) -> hb.Face:
    return hb.Face(hb.Blob.from_file_path(str(path)))


@cache
def codepoints(path: Path) -> frozenset[int]:
    """Return the characters the font file at *path* maps (its best Unicode cmap)."""
    return frozenset(_face(path).unicodes)


def subset(path: Path, characters: str) -> bytes:
    """Return the face at *path* cut down to *characters*, every OpenType feature kept.

    The GSUB/GPOS closure keeps every glyph Burmese shaping can reach from those
    characters (reordered ေ, medials, stacked consonants, kinzi).
    """
    plan = hb.SubsetInput()
    plan.sets(hb.SubsetInputSets.UNICODE).update({ord(c) for c in characters})
    for kept in (hb.SubsetInputSets.LAYOUT_FEATURE_TAG, hb.SubsetInputSets.LAYOUT_SCRIPT_TAG,
                 hb.SubsetInputSets.NAME_ID, hb.SubsetInputSets.NAME_LANG_ID):
        every = plan.sets(kept)
        every.clear()
        every.invert()  # the empty set inverted: all of them
    plan.flags = hb.SubsetFlags.NOTDEF_OUTLINE
    face = hb.subset(_face(path), plan)
    if face is None:
        raise ValueError(f"{path.name}: HarfBuzz could not subset this font")
    return face.blob.data
