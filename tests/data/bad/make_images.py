"""Regenerate the catalogue's broken images (run by hand: python tests/data/bad/make_images.py).

Each is a few hundred bytes: the bomb and the oversized image only *claim* their size in
the PNG header, which is all it takes to make a careless reader allocate gigabytes.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image

HERE = Path(__file__).parent


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header says width × height RGB pixels, with one tiny compressed row."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(b"\0" * 64))
            + _chunk(b"IEND", b""))


def main() -> None:
    # 100,000 × 100,000 = 10 billion pixels: Pillow's own bomb check trips.
    (HERE / "bomb.png").write_bytes(png_claiming(100_000, 100_000))
    # 6,000 × 5,000 = 30 million pixels: under Pillow's limit, over Thadin's 25 million.
    (HERE / "oversized.png").write_bytes(png_claiming(6_000, 5_000))
    # A real PNG cut short in the middle of its pixel data.
    whole = io.BytesIO()
    pixels = bytes((i * i * 31 + i // 7) % 251 for i in range(48 * 32 * 3))
    Image.frombytes("RGB", (48, 32), pixels).save(whole, format="PNG")
    (HERE / "corrupt.png").write_bytes(whole.getvalue()[: len(whole.getvalue()) // 2])
    # Text saved with a .png name.
    (HERE / "not-an-image.png").write_text("This is not an image.\n", encoding="utf-8")
    gif = io.BytesIO()
    Image.new("P", (8, 4)).save(gif, format="GIF")
    (HERE / "banner.gif").write_bytes(gif.getvalue())
    # A good banner, for the cases about outputs that would overwrite what the release reads.
    good = io.BytesIO()
    Image.new("RGB", (40, 10), (200, 30, 30)).save(good, format="PNG")
    (HERE / "good-local.png").write_bytes(good.getvalue())


if __name__ == "__main__":
    main()
