"""The banner's pixels as ReportLab embeds them: from Pillow's image, or a plain PNG's bytes without Pillow."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.utils import ImageReader

from ...images import CleanImage
from ...pngplain import PlainPixels


class PlainImageReader(ImageReader):
    """An ImageReader over pixels already decoded (``pngplain``), without Pillow.

    It answers what ReportLab's own reader answers for the same image decoded by Pillow
    (mode, size, bytes, no alpha, no colour key), so the PDF is byte-identical: the image's
    stream, its name (a digest of the pixels) and its dictionary.
    """

    def __init__(self, plain: PlainPixels) -> None:
        self._ident = None
        self.fileName = f"PLAINPNG_{id(self)}"
        self._image = None
        self.fp = None
        self._width, self._height = plain.width, plain.height
        self._transparent = None
        self.mode = plain.mode
        self._data = plain.pixels
        self._dataA = None

    def getTransparent(self) -> None:  # noqa: N802 - ReportLab's name
        """No colour key: a plain PNG has no tRNS chunk."""
        return None


def banner_reader(clean: CleanImage, on_white: Any) -> ImageReader:
    """Return what the PDF draws for the cleaned banner (``on_white`` lays an image with alpha on white)."""
    if clean.photo:  # ReportLab embeds a JPEG as it is
        return ImageReader(io.BytesIO(clean.data))
    if clean.plain is not None:
        return PlainImageReader(clean.plain)
    # ReportLab embeds the pixels: the same as decoding the clean PNG, without encoding it
    return ImageReader(on_white(clean.pixels) if clean.has_alpha else clean.pixels)
