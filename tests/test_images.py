"""Banner images as the user sees them: 16-bit greyscale keeps its greys, EXIF orientation is obeyed."""

from __future__ import annotations

import io

from PIL import Image

from desktop_app.images import clean_image


def _pixels(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("L")


def test_a_16_bit_greyscale_png_keeps_its_greys(tmp_path):
    """A 16-bit grey ramp used to come out white: Pillow's convert clips values over 255."""
    ramp = Image.new("I;16", (64, 4))
    ramp.putdata([x * 1040 for _y in range(4) for x in range(64)])  # 0 … 65,520
    path = tmp_path / "grey16.png"
    ramp.save(path)
    out = _pixels(clean_image(path).data)
    row = [out.getpixel((x, 0)) for x in (0, 16, 32, 48, 63)]
    assert row == sorted(row) and row[0] < 5 and row[-1] > 250 and 100 < row[2] < 155, row


def test_exif_orientation_turns_a_phone_photo_upright(tmp_path):
    """A JPEG stored landscape with orientation 6 ("rotate 90° clockwise") is embedded portrait."""
    stored = Image.new("RGB", (60, 20), (255, 255, 255))
    stored.paste((200, 0, 0), (0, 0, 10, 20))  # a red band on the stored image's left edge
    exif = Image.Exif()
    exif[0x0112] = 6
    path = tmp_path / "phone.jpg"
    stored.save(path, format="JPEG", exif=exif.tobytes(), quality=95)
    clean = clean_image(path)
    assert (clean.width, clean.height) == (20, 60)
    upright = Image.open(io.BytesIO(clean.data)).convert("RGB")
    red, green, _ = upright.getpixel((10, 3))  # the band is now along the top
    assert red > 150 and green < 80
    assert "exif" not in Image.open(io.BytesIO(clean.data)).info


def _banners(tmp_path) -> list:
    """A banner of each kind a letterhead may hold: every mode Pillow reads from PNG, a colour key, a JPEG."""
    import random

    rng = random.Random(7)
    base = Image.new("RGB", (90, 12))
    base.putdata([(rng.randrange(256), rng.randrange(256), rng.randrange(256)) for _ in range(90 * 12)])
    alpha = base.convert("RGBA")
    alpha.putalpha(Image.new("L", base.size, 128))
    made = {"rgb.png": base, "l.png": base.convert("L"), "bw.png": base.convert("1"), "rgba.png": alpha,
            "la.png": alpha.convert("LA"), "i16.png": base.convert("I;16"),
            "p.png": base.convert("P", palette=Image.ADAPTIVE, colors=16)}
    for name, image in made.items():
        image.save(tmp_path / name)
    made["p.png"].save(tmp_path / "ptrans.png", transparency=3)
    base.save(tmp_path / "key.png", transparency=(0, 0, 0))
    base.save(tmp_path / "photo.jpg", quality=85)
    return sorted(p for p in tmp_path.iterdir() if p.suffix in (".png", ".jpg"))


def test_the_pdf_draws_the_same_pixels_as_the_clean_file_holds(tmp_path):
    """The PDF writer draws the cleaned pixels without encoding them: what ReportLab embeds is what it
    would embed from the cleaned file (pixels, colour space, soft mask), for every kind of banner."""
    from reportlab.lib.utils import ImageReader

    from desktop_app.writers.pdf.document import _on_white

    for path in _banners(tmp_path):
        clean = clean_image(path)
        if clean.photo:
            assert Image.open(io.BytesIO(clean.data)).format == "JPEG"  # embedded as the JPEG itself
            continue
        if clean.has_alpha:  # laid on white: the file itself was, before
            with Image.open(io.BytesIO(clean.data)) as reopened:
                from_file = ImageReader(_on_white(reopened))
            drawn = ImageReader(_on_white(clean.pixels))
        else:
            from_file, drawn = ImageReader(io.BytesIO(clean.data)), ImageReader(clean.pixels)
        assert drawn.getImageData() == from_file.getImageData(), path.name
        assert (drawn.mode, drawn._dataA) == (from_file.mode, from_file._dataA), path.name
