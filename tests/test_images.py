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
