"""Banner images: checked before use and re-encoded so no EXIF/GPS or other metadata leaks.

Pillow is imported lazily: the loader needs it only when a letterhead has an image, and
not even then for a plain PNG (``pngplain``): the PDF writer draws its pixels as they are.
"""

from __future__ import annotations

import io
import struct
import warnings
import zlib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from .errors import ThadinError
from .pngplain import PlainPixels, plain_pixels

#: Largest banner we accept, in pixels (a 300 dpi A4-wide banner is about 2,500 × 600).
MAX_PIXELS = 25_000_000
#: Wider images are scaled down before embedding: 2,000 px is 300 dpi across an A4 text block.
MAX_EMBED_WIDTH = 2000
FORMATS = ("PNG", "JPEG")


@dataclass(frozen=True)
class CleanImage:
    """An image with nothing but its pixels: decoded (``pixels``) and re-encoded (``data``).

    The encoding is made when first asked for: the PDF writer draws the pixels and never
    needs it (a PNG with ``optimize`` is most of the cost of cleaning a banner, and every
    cold ``thadin export --pdf`` paid it); the DOCX writer and the letterhead designer embed
    the encoded file. A plain PNG (``plain``: see ``pngplain``) is not even decoded by
    Pillow until ``pixels`` or ``data`` is asked for: the PDF writer draws ``plain``.
    """

    decoded: Any = field(repr=False, compare=False)  # the PIL image, metadata gone; None until asked for
    width: int
    height: int
    has_alpha: bool
    photo: bool = False  # encoded as JPEG (quality 90), else PNG
    transparency: Any = None  # a PNG colour key (tRNS): pixels, not metadata
    plain: PlainPixels | None = field(default=None, repr=False, compare=False)

    @cached_property
    def pixels(self) -> Any:
        """The PIL image (decoded by Pillow now, from the same bytes, if the file was read without it)."""
        if self.decoded is not None:
            return self.decoded
        assert self.plain is not None
        return _clean(io.BytesIO(self.plain.file)).pixels

    @cached_property
    def data(self) -> bytes:
        """The pixels encoded without metadata: PNG, or JPEG for photos."""
        out = io.BytesIO()
        if self.photo:
            self.pixels.save(out, format="JPEG", quality=90, optimize=True)
        elif self.transparency is not None:
            self.pixels.save(out, format="PNG", optimize=True, transparency=self.transparency)
        else:
            self.pixels.save(out, format="PNG", optimize=True)
        return out.getvalue()


#: Pillow's ways of saying "this is not a usable image" while decoding.
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, zlib.error, IndexError)
_SMALLER = f"scale it down to at most {MAX_EMBED_WIDTH:,} pixels wide"
_RESAVE = "open it in an image editor and save it again as PNG or JPEG"


class ImageError(ThadinError):
    """The image cannot be used; the message says why in the user's terms, the hint what to do."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


def _open(path: Path | io.BytesIO):  # noqa: ANN202 - returns a PIL image
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(path)
    except FileNotFoundError:
        raise ImageError("the image file does not exist") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageError(f"the image claims to be far larger than the limit of {MAX_PIXELS:,} pixels "
                         "(a damaged file or a decompression bomb)", _SMALLER) from None
    except _DECODE_ERRORS:
        raise ImageError("the image cannot be read; it is damaged or not an image", _RESAVE) from None
    if image.format not in FORMATS:
        image.close()
        raise ImageError(f"the image is {image.format or 'of an unknown type'}; use PNG or JPEG",
                         "save it as PNG or JPEG")
    width, height = image.size
    if width * height > MAX_PIXELS:
        image.close()
        raise ImageError(f"the image is {width:,} × {height:,} pixels; the limit is {MAX_PIXELS:,} pixels",
                         _SMALLER)
    return image


def check_image(path: Path) -> None:
    """Raise ImageError unless *path* is a readable PNG/JPEG of sane size."""
    clean_image(path)


@lru_cache(maxsize=8)
def _clean_cached(path: Path, mtime_ns: int, size: int) -> CleanImage:
    """Read the file without Pillow when it is a plain PNG small enough to embed as it is, else with it."""
    plain = plain_pixels(path, MAX_EMBED_WIDTH, MAX_PIXELS)
    if plain is None:
        return _clean(path)
    return CleanImage(None, plain.width, plain.height, False, plain=plain)


def _clean(source: Path | io.BytesIO) -> CleanImage:
    """Decode with Pillow, turn upright, scale and convert as needed, and drop everything but pixels."""
    from PIL import Image

    with _open(source) as original:
        photo = original.format == "JPEG"
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                original.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageError(f"the image claims to be far larger than the limit of {MAX_PIXELS:,} pixels "
                             "(a damaged file or a decompression bomb)", _SMALLER) from None
        except _DECODE_ERRORS:
            raise ImageError("the image is damaged or incomplete", _RESAVE) from None
        image = _eight_bit(_upright(original))
        if image.width > MAX_EMBED_WIDTH:
            image = image.resize((MAX_EMBED_WIDTH, max(1, round(image.height * MAX_EMBED_WIDTH / image.width))),
                                 resample=3)  # bicubic
        if photo:
            image = image.convert("RGB")
        elif image.mode == "P" and "transparency" in image.info:
            image = image.convert("RGBA")
        elif image.mode not in ("RGB", "RGBA", "L", "LA", "P"):
            image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
        if image is original:
            image = original.copy()
    # Only pixels are written: no EXIF, GPS, XMP, ICC profile, comment, text chunks or
    # timestamps. Pillow's writers carry some of these over from ``info`` (a JPEG comment,
    # an ICC profile) unless it is emptied here.
    transparency = image.info.get("transparency")  # a tRNS colour key is pixels, not metadata
    image.info.clear()
    return CleanImage(image, image.width, image.height, image.mode in ("RGBA", "LA"), photo, transparency)


def _eight_bit(image):  # noqa: ANN001, ANN202 - PIL images
    """Scale 16- and 32-bit greyscale down to 8 bits: Pillow's plain convert clips them to white."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        top = 65535 if image.mode.startswith("I;16") or image.getextrema()[1] <= 65535 else 2 ** 32 - 1
        return image.convert("I").point(lambda v: v * (255 / top)).convert("L")
    return image


def _upright(image):  # noqa: ANN001, ANN202 - PIL images
    """Turn the pixels the way the EXIF orientation says (phone photos are stored sideways)."""
    from PIL import ImageOps

    try:
        turned = ImageOps.exif_transpose(image)
    except _DECODE_ERRORS:  # a damaged EXIF block: keep the pixels as stored
        return image
    return turned if turned is not None else image


def clean_image(path: Path) -> CleanImage:
    """Return the image re-encoded without metadata (PNG, or JPEG for photos) and its pixel size."""
    try:
        stat = path.stat()
    except OSError:
        raise ImageError("the image file does not exist") from None
    return _clean_cached(path.resolve(), stat.st_mtime_ns, stat.st_size)
