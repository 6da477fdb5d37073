"""A plain PNG's pixels read without Pillow: what a cold PDF export of a release with a banner needs.

Importing Pillow and its PNG plugin is about a tenth of a cold ``thadin export --pdf``
(issue 17). A banner is usually a palette PNG (a logo, a letterhead strip) whose rows are
stored unfiltered; its pixels are the zlib stream's bytes with one filter byte per row
removed, looked up in the palette. This reads exactly that kind of file: 8-bit RGB or
greyscale, or a palette of 1, 2, 4 or 8 bits, not interlaced, every row with filter type
0 (None), no transparency, every chunk's CRC right, nothing but pixels and harmless
chunks, small enough to embed without scaling. Anything else — including any file Pillow
might read differently or refuse — is left to Pillow (``images``): ``None`` means "not
plain", never "bad". The pixels are given in the mode ReportLab embeds a cleaned image in
(``RGB`` for a palette), so the PDF is byte-identical to the one drawn from Pillow's
pixels (tested on every kind of file against Pillow).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: Chunks that carry nothing Pillow uses for the pixels (or for turning them upright).
_HARMLESS = frozenset((b"pHYs", b"sRGB", b"gAMA", b"cHRM", b"tIME"))
#: Colour types read here: greyscale, RGB, palette (alpha and transparency are left to Pillow).
_GREY, _RGB, _PALETTE = 0, 2, 3
_LARGEST_FILE = 64 * 1024 * 1024


@dataclass(frozen=True)
class PlainPixels:
    """The decoded pixels, row after row, in ``mode`` (``L`` or ``RGB``), and the file they came from."""

    width: int
    height: int
    mode: str
    pixels: bytes
    file: bytes


def plain_pixels(path: Path, max_width: int, max_pixels: int) -> PlainPixels | None:
    """Return the pixels of a plain PNG at *path*, or None when it is not one (Pillow reads it then)."""
    try:
        with open(path, "rb") as stream:
            data = stream.read(_LARGEST_FILE + 1)
    except OSError:
        return None
    if len(data) > _LARGEST_FILE:
        return None
    try:
        return _decode(data, max_width, max_pixels)
    except (ValueError, IndexError, zlib.error):
        return None


def _chunks(data: bytes) -> list[tuple[bytes, bytes]] | None:
    """Split the file into (type, body) chunks, each CRC checked, ending at IEND; None if anything is off."""
    if not data.startswith(_SIGNATURE):
        return None
    chunks, at, end = [], len(_SIGNATURE), len(data)
    while at + 12 <= end:
        size = int.from_bytes(data[at:at + 4], "big")
        kind = data[at + 4:at + 8]
        stop = at + 8 + size
        if stop + 4 > end or zlib.crc32(data[at + 4:stop]) != int.from_bytes(data[stop:stop + 4], "big"):
            return None
        chunks.append((kind, data[at + 8:stop]))
        at = stop + 4
        if kind == b"IEND":
            return chunks if at == end else None
    return None


def _decode(data: bytes, max_width: int, max_pixels: int) -> PlainPixels | None:
    chunks = _chunks(data)
    if not chunks or chunks[0][0] != b"IHDR" or len(chunks[0][1]) != 13:
        return None
    header = chunks[0][1]
    width, height = int.from_bytes(header[0:4], "big"), int.from_bytes(header[4:8], "big")
    bits, colour, compression, filtering, interlace = header[8:13]
    if not (0 < width <= max_width and 0 < height and width * height <= max_pixels) \
            or (compression, filtering, interlace) != (0, 0, 0):
        return None
    if colour == _PALETTE:
        if bits not in (1, 2, 4, 8):
            return None
    elif colour not in (_GREY, _RGB) or bits != 8:
        return None
    palette, stream, ended = None, [], False
    for kind, body in chunks[1:]:
        if kind == b"IDAT":
            if ended or (colour == _PALETTE and palette is None):
                return None
            stream.append(body)
        elif stream:
            ended = True
            if kind != b"IEND" and kind not in _HARMLESS:
                return None
        elif kind == b"PLTE" and colour == _PALETTE and palette is None \
                and 0 < len(body) <= 768 and len(body) % 3 == 0:
            palette = body
        elif kind not in _HARMLESS:
            return None  # tRNS, text (it may hold EXIF), ICC profiles, APNG, anything unknown
    samples = 3 if colour == _RGB else 1
    stride = (width * samples * bits + 7) // 8 + 1
    expected = stride * height
    inflate = zlib.decompressobj()
    raw = inflate.decompress(b"".join(stream), expected + 1)
    if len(raw) != expected or not inflate.eof or inflate.unused_data or raw[::stride].count(0) != height:
        return None
    rows = b"".join([raw[at + 1:at + stride] for at in range(0, expected, stride)])
    if colour == _PALETTE:
        assert palette is not None
        indices = _unpack(rows, width, height, bits) if bits < 8 else rows
        return _from_palette(indices, palette, width, height, data)
    return PlainPixels(width, height, "RGB" if colour == _RGB else "L", rows, data)


def _unpack(rows: bytes, width: int, height: int, bits: int) -> bytes:
    """Spread 1-, 2- or 4-bit palette indices to one byte each (rows padded to whole bytes)."""
    per_byte = 8 // bits
    mask = (1 << bits) - 1
    spread = bytearray(len(rows) * per_byte)
    for slot in range(per_byte):  # the slot-th index of every byte, all at once
        shift = 8 - bits * (slot + 1)
        spread[slot::per_byte] = rows.translate(bytes((value >> shift) & mask for value in range(256)))
    padded = len(spread) // height
    if padded == width:
        return bytes(spread)
    return b"".join([spread[at:at + width] for at in range(0, len(spread), padded)])


def _from_palette(indices: bytes, palette: bytes, width: int, height: int, data: bytes) -> PlainPixels | None:
    """Look every index up in the palette: RGB pixels, as Pillow converts a palette image to RGB."""
    entries = len(palette) // 3
    if entries < 256 and indices.translate(None, bytes(range(entries))):
        return None  # an index past the palette's end: Pillow decides what that shows
    rgb = bytearray(len(indices) * 3)
    for channel in range(3):
        table = palette[channel::3].ljust(256, b"\0")
        rgb[channel::3] = indices.translate(table)
    return PlainPixels(width, height, "RGB", bytes(rgb), data)
