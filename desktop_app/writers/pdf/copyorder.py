"""Draw a cluster's zero-width marks where their text falls, so every reader copies and finds the word.

Copy-out deals a HarfBuzz cluster's characters, in logical order, over its glyphs in
drawing order (``draw.cluster_texts``): one character per glyph when the counts agree.
HarfBuzz draws ``ဆွေး`` as ``ေ``-glyph, ``ဆ``-glyph, the medial ``ွ`` (no advance), ``း``:
so the wide ``ဆ``-glyph copied as the mark ``ွ`` and the zero-width medial as ``ေ``.
MuPDF (SumatraPDF, most phone viewers) and pdf.js (Firefox) do not move their pen for a
glyph whose text is a nonspacing mark: the ``ဆ``-glyph's advance was lost, the next glyph
looked a gap away, and MuPDF started a new line there (its search could not find
``ဆွေး``, ``ထွေး`` and names like ``ဒေါက်တာမြင့်ထွေး``) and pdf.js read a space.

So where a cluster has as many glyphs as characters, and as many glyphs without an
advance as nonspacing marks, its glyphs are drawn in the order of the characters they
copy as: each advancing glyph takes the next spacing character, each zero-advance glyph
the next mark. Advancing glyphs keep their order and their pen positions; a moved
zero-advance glyph's offset takes the difference, so every glyph is painted exactly
where HarfBuzz put it. A cluster already in that order is left as it is.
"""

from __future__ import annotations

import unicodedata
from itertools import pairwise

from reportlab.pdfbase.ttfonts import ShapeData


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) == "Mn"


def in_copy_order(text: str, chars: list[str], data: list[ShapeData]) -> tuple[list[str], list[ShapeData]]:
    """Return *chars* and *data* (one glyph each, HarfBuzz's order for *text*) in copy order (module doc)."""
    count = len(data)
    clusters = [sd[0] for sd in data]
    if all(a < b for a, b in pairwise(clusters)):  # one glyph per cluster: nothing to deal
        return chars, data
    order = list(range(count))
    moved = False
    i = 0
    while i < count:
        j = i + 1
        while j < count and clusters[j] == clusters[i]:
            j += 1
        end = clusters[j] if j < count else len(text)
        piece = text[clusters[i]:end]
        if j - i > 1 and len(piece) == j - i:
            marks = [_is_mark(ch) for ch in piece]
            zero = [k for k in range(i, j) if data[k][1] == 0]
            if len(zero) == sum(marks):
                advancing = iter([k for k in range(i, j) if data[k][1] != 0])
                still = iter(zero)
                cluster_order = [next(still) if mark else next(advancing) for mark in marks]
                if cluster_order != order[i:j]:
                    order[i:j] = cluster_order
                    moved = True
        i = j
    if not moved:
        return chars, data
    pens = []  # each glyph's pen position in HarfBuzz's order
    pen = 0.0
    for sd in data:
        pens.append(pen)
        pen += sd[1]
    new_chars, new_data = [], []
    pen = 0.0
    for k in order:
        sd = data[k]
        new_chars.append(chars[k])
        new_data.append(sd if pens[k] == pen else sd._replace(x_offset=sd.x_offset + pens[k] - pen))
        pen += sd[1]
    return new_chars, new_data
