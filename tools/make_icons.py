"""Draw Thadin's application icon (run by hand): packaging/icons/thadin.{png,ico,icns}.

The letter သ ("tha", the first letter of သတင်း) in white on the banner's navy, with the
gold rule — drawn with the shipped Noto Sans Myanmar, so nothing of any organisation.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
NAVY, GOLD = (22, 43, 82), (201, 162, 63)


def draw(size: int) -> Image.Image:
    """Render the icon at *size* pixels square."""
    scale = 4
    big = size * scale
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    canvas = ImageDraw.Draw(image)
    radius = big // 5
    canvas.rounded_rectangle([0, 0, big - 1, big - 1], radius=radius, fill=NAVY)
    canvas.rectangle([big // 6, big * 78 // 100, big * 5 // 6, big * 83 // 100], fill=GOLD)
    font = ImageFont.truetype(str(ROOT / "resources" / "fonts" / "NotoSansMyanmar-Bold.ttf"), int(big * 0.62))
    box = canvas.textbbox((0, 0), "သ", font=font)
    x = (big - (box[2] - box[0])) / 2 - box[0]
    y = (big * 0.74 - (box[3] - box[1])) / 2 - box[1]
    canvas.text((x, y), "သ", font=font, fill="white")
    return image.resize((size, size), Image.LANCZOS)


def main() -> None:
    """Write the PNG, ICO and ICNS files."""
    out = ROOT / "packaging" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    icon = draw(1024)
    icon.save(out / "thadin.png")
    icon.save(out / "thadin.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    icon.save(out / "thadin.icns")
    print("wrote", *sorted(p.name for p in out.iterdir()))


if __name__ == "__main__":
    main()
