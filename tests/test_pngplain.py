"""A plain PNG banner is drawn without Pillow, and the PDF is the one Pillow's pixels make (issue 17).

``pngplain`` is the fast path; Pillow (``images._clean``) is the pass it replaces. Every
file here is read both ways: where the fast path answers, ReportLab gets the same mode
and the same bytes, and the whole PDF is byte-identical; where the file is anything but
plain, the fast path declines and Pillow reads it as before (errors included).
"""

from __future__ import annotations

import dataclasses
import io
import random
import struct
import zlib
from pathlib import Path

from PIL import Image
from reportlab.lib.utils import ImageReader

from desktop_app import images
from desktop_app.images import ImageError, clean_image
from desktop_app.pngplain import plain_pixels

SAMPLE_BANNER = Path(__file__).resolve().parents[1] / "resources" / "templates" / "forum-banner.png"


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png(width: int, height: int, bits: int, colour: int, rows: list[bytes], *, palette: bytes = b"",
         extra: list[tuple[bytes, bytes]] = (), filters: list[int] | None = None, interlace: int = 0) -> bytes:
    """A PNG written by hand: every row stored with filter 0 (None) unless *filters* says otherwise."""
    filters = filters or [0] * height
    stream = b"".join(bytes([f]) + row for f, row in zip(filters, rows, strict=True))
    body = [_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, bits, colour, 0, 0, interlace))]
    if palette:
        body.append(_chunk(b"PLTE", palette))
    body += [_chunk(kind, data) for kind, data in extra]
    return b"\x89PNG\r\n\x1a\n" + b"".join(body) + _chunk(b"IDAT", zlib.compress(stream)) + _chunk(b"IEND", b"")


def _packed(indices: list[int], bits: int) -> bytes:
    out, byte, used = bytearray(), 0, 0
    for index in indices:
        byte = (byte << bits) | index
        used += bits
        if used == 8:
            out.append(byte)
            byte, used = 0, 0
    if used:
        out.append(byte << (8 - used))
    return bytes(out)


def _plain_files(folder: Path) -> dict[str, Path]:
    """Plain PNGs of every kind the fast path reads, with odd widths (rows padded to whole bytes)."""
    rng = random.Random(17)
    files: dict[str, bytes] = {}
    for bits in (1, 2, 4, 8):
        entries = 1 << bits if bits < 8 else 200
        palette = bytes(rng.randrange(256) for _ in range(entries * 3))
        width, height = 37, 5
        rows = [_packed([rng.randrange(entries) for _ in range(width)], bits) for _ in range(height)]
        files[f"p{bits}.png"] = _png(width, height, bits, 3, rows, palette=palette)
    grey = [bytes(rng.randrange(256) for _ in range(31)) for _ in range(4)]
    files["l.png"] = _png(31, 4, 8, 0, grey, extra=[(b"pHYs", struct.pack(">IIB", 2835, 2835, 1))])
    rgb = [bytes(rng.randrange(256) for _ in range(29 * 3)) for _ in range(3)]
    files["rgb.png"] = _png(29, 3, 8, 2, rgb, extra=[(b"gAMA", struct.pack(">I", 45455))])
    paths = {}
    for name, data in files.items():
        (folder / name).write_bytes(data)
        paths[name] = folder / name
    return paths


def _not_plain_files(folder: Path) -> dict[str, Path]:
    """Files the fast path must leave to Pillow: filters, transparency, alpha, depth, metadata, damage."""
    rng = random.Random(5)
    palette = bytes(rng.randrange(256) for _ in range(16 * 3))
    rows = [bytes(rng.randrange(16) for _ in range(20)) for _ in range(4)]
    grey = [bytes(rng.randrange(256) for _ in range(20)) for _ in range(4)]
    good = _png(20, 4, 8, 3, rows, palette=palette)
    files = {
        "filtered.png": _png(20, 4, 8, 0, grey, filters=[0, 1, 2, 4]),
        "trns.png": _png(20, 4, 8, 3, rows, palette=palette, extra=[(b"tRNS", b"\0")]),
        "text.png": _png(20, 4, 8, 3, rows, palette=palette, extra=[(b"tEXt", b"Author\0someone")]),
        "exif.png": _png(20, 4, 8, 3, rows, palette=palette, extra=[(b"eXIf", b"MM\0*\0\0\0\x08\0\0\0\0\0\0")]),
        "iccp.png": _png(20, 4, 8, 3, rows, palette=palette, extra=[(b"iCCP", b"x\0\0" + zlib.compress(b"x"))]),
        "short-palette.png": _png(20, 4, 8, 3, rows, palette=palette[:15 * 3]),
        "grey16.png": _png(10, 4, 16, 0, [bytes(20)] * 4),
        "interlaced.png": _png(20, 4, 8, 0, grey, interlace=1),
        "bad-crc.png": good[:-20] + bytes([good[-20] ^ 1]) + good[-19:],
        "truncated.png": good[:-12],
        "after-end.png": good + b"junk",
        "too-wide.png": _png(2001, 1, 8, 0, [bytes(2001)]),
    }
    alpha = Image.new("RGBA", (12, 3), (10, 20, 30, 128))
    for name, image in {"rgba.png": alpha, "la.png": alpha.convert("LA"), "adaptive.png": alpha.convert("RGB")}.items():
        out = io.BytesIO()
        image.save(out, format="PNG")
        files[name] = out.getvalue()
    jpeg = io.BytesIO()
    alpha.convert("RGB").save(jpeg, format="JPEG")
    files["photo.png"] = jpeg.getvalue()  # a JPEG named .png
    paths = {}
    for name, data in files.items():
        (folder / name).write_bytes(data)
        paths[name] = folder / name
    return paths


def _pillow(path: Path) -> images.CleanImage:
    """The pass the fast path replaces: Pillow decodes and cleans the file."""
    return images._clean(path)


def test_plain_pngs_give_reportlab_what_pillow_gives_it(tmp_path):
    for name, path in {**_plain_files(tmp_path), "forum-banner.png": SAMPLE_BANNER}.items():
        plain = plain_pixels(path, images.MAX_EMBED_WIDTH, images.MAX_PIXELS)
        assert plain is not None, name
        reader = ImageReader(_pillow(path).pixels)
        assert (plain.width, plain.height) == reader.getSize(), name
        assert plain.pixels == reader.getRGBData(), name  # decides the image's stream and its name
        assert plain.mode == reader.mode and reader._dataA is None, name


def test_anything_but_a_plain_png_is_left_to_pillow(tmp_path):
    for name, path in _not_plain_files(tmp_path).items():
        assert plain_pixels(path, images.MAX_EMBED_WIDTH, images.MAX_PIXELS) is None, name


def test_the_sample_banner_is_read_without_pillow_and_keeps_its_file_for_docx(tmp_path):
    images._clean_cached.cache_clear()
    clean = clean_image(SAMPLE_BANNER)
    assert clean.plain is not None and clean.decoded is None
    pillow = _pillow(SAMPLE_BANNER)
    assert (clean.width, clean.height, clean.has_alpha, clean.photo, clean.transparency) == \
        (pillow.width, pillow.height, pillow.has_alpha, pillow.photo, pillow.transparency)
    assert clean.data == pillow.data  # what the DOCX and the letterhead designer embed
    assert (clean.pixels.mode, clean.pixels.tobytes()) == (pillow.pixels.mode, pillow.pixels.tobytes())


def _outcome(read, path: Path) -> tuple:
    try:
        clean = read(path)
    except ImageError as exc:
        return ("error", str(exc), exc.hint)
    return ("image", clean.width, clean.height, clean.has_alpha, clean.photo, clean.pixels.mode,
            clean.pixels.tobytes())


def test_a_file_that_is_not_plain_is_read_as_before(tmp_path):
    """Damaged files get Pillow's message, odd ones Pillow's pixels: exactly the pass it replaces."""
    outcomes = []
    for name, path in _not_plain_files(tmp_path).items():
        images._clean_cached.cache_clear()
        now = _outcome(clean_image, path)
        assert now == _outcome(_pillow, path), name
        outcomes.append(now[0])
    assert "error" in outcomes and "image" in outcomes


def _render(resolved, banner: Path, *, fast: bool, monkeypatch) -> bytes:
    from desktop_app.writers.pdf import render_pdf

    images._clean_cached.cache_clear()
    with monkeypatch.context() as patch:
        if not fast:
            patch.setattr(images, "plain_pixels", lambda *_args: None)
        return render_pdf(dataclasses.replace(resolved, banner_image=banner))


def test_the_pdf_is_byte_identical_with_and_without_pillow(tmp_path, sample_resolved, monkeypatch):
    files = _plain_files(tmp_path)
    for banner in (SAMPLE_BANNER, files["p4.png"], files["l.png"], files["rgb.png"]):
        fast = _render(sample_resolved, banner, fast=True, monkeypatch=monkeypatch)
        slow = _render(sample_resolved, banner, fast=False, monkeypatch=monkeypatch)
        assert fast == slow, banner.name
    images._clean_cached.cache_clear()
