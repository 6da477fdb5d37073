"""The installed app's start-up check (``Thadin --smoke-test OUT.png``) run from source."""

from __future__ import annotations

from PySide6.QtGui import QImage

from desktop_app.ui.smoke import EXIT_OK, smoke_test


def test_smoke_test_saves_the_sample_first_page(qapp, data_dir, tmp_path):
    out = tmp_path / "page1.png"
    assert smoke_test(out) == EXIT_OK
    image = QImage(str(out))
    assert image.width() > 1000 and image.height() > image.width()  # an A4 page at 144 dpi
    # Not a blank page: the banner and the text leave dark pixels.
    dark = sum(1 for y in range(0, image.height(), 8) for x in range(0, image.width(), 8)
               if image.pixelColor(x, y).lightness() < 100)
    assert dark > 200
