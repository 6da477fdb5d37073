"""Draw the sample letterhead's neutral banner (no logo of any real organisation).

Run by hand: ``python tools/make_banner.py`` rewrites
``resources/templates/forum-banner.png``. A network of linked nodes on a deep blue band,
with a thin gold rule: flat colours, so the PNG stays a few kilobytes.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

WIDTH, HEIGHT, SCALE = 1400, 112, 3
NAVY, LINE, NODE, GOLD = (22, 43, 82), (58, 92, 142), (139, 171, 214), (201, 162, 63)


def main() -> None:
    """Render the banner at twice the size and scale down for smooth edges."""
    rng = random.Random(20240129)  # fixed seed: the same file every run
    w, h = WIDTH * SCALE, HEIGHT * SCALE
    image = Image.new("RGB", (w, h), NAVY)
    draw = ImageDraw.Draw(image)
    nodes = []
    for i in range(40):
        x = (i + 0.5) / 40 * w + rng.uniform(-30, 30)
        y = h * (0.5 + 0.32 * math.sin(i * 0.9) * rng.uniform(0.4, 1.0))
        nodes.append((x, y))
    for i, (x, y) in enumerate(nodes):
        for j in (i + 1, i + 2):
            if j < len(nodes):
                draw.line([(x, y), nodes[j]], fill=LINE, width=2 * SCALE)
    for x, y in nodes:
        r = rng.choice((5, 6.5, 8.5)) * SCALE
        draw.ellipse([x - r, y - r, x + r, y + r], fill=NODE)
    draw.rectangle([0, h - 7 * SCALE, w, h], fill=GOLD)
    image = image.resize((WIDTH, HEIGHT), Image.LANCZOS).quantize(colors=24)
    out = Path(__file__).resolve().parent.parent / "resources" / "templates" / "forum-banner.png"
    image.save(out, optimize=True)
    print(f"wrote {out} ({out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
