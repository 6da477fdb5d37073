"""A cold ``thadin export`` imports only what the command needs and ends as soon as it is done (issue 17).

Speed is measured in benchmarks/, never asserted here; what is asserted is what makes a
cold start fast and must not creep back: the PDF export imports neither the DOCX writer
nor Qt nor the network stack, and the fast exit still leaves every file written, every
message printed and the right exit code.
"""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import DATA

_MODULES_AFTER_PDF_EXPORT = (
    "import io, sys, contextlib\n"
    "from desktop_app import cli\n"
    "with contextlib.redirect_stdout(io.StringIO()):\n"
    "    assert cli.main(['export', sys.argv[1], '--out', sys.argv[2], '--pdf']) == 0\n"
    "print('\\n'.join(sorted(sys.modules)))\n"
)


def test_pdf_export_imports_only_what_it_needs(sample_path, tmp_path):
    done = subprocess.run([sys.executable, "-c", _MODULES_AFTER_PDF_EXPORT, str(sample_path), str(tmp_path)],
                          capture_output=True, text=True, timeout=120, check=True)
    modules = set(done.stdout.split())
    assert "desktop_app.writers.pdf.document" in modules  # it did render
    for unneeded in ("docx", "lxml", "PySide6", "fontTools", "ruamel", "desktop_app.writers.docx", "html.entities",
                     "reportlab.platypus.paragraph", "reportlab.platypus.tables",
                     "http.client", "ssl", "urllib.request", "email", "socket",
                     "PIL.Image", "PIL.PngImagePlugin"):  # the sample's banner is a plain PNG (pngplain)
        assert unneeded not in modules, unneeded


_PILLOW_ON_FIRST_USE = (
    "import sys\n"
    "import desktop_app.writers.pdf.document\n"
    "import reportlab.lib.utils as utils\n"
    "assert 'PIL.Image' not in sys.modules and utils.haveImages\n"
    "from PIL import Image\n"
    "reader = utils.ImageReader(Image.new('P', (3, 2)))\n"
    "assert reader.getRGBData() == bytes(18) and utils.Image is Image, utils.Image\n"
    "print('ok')\n"
)


def test_reportlab_gets_pillow_when_it_first_uses_it():
    """The PDF writer imports ReportLab without Pillow; ReportLab's image reader still reads PIL images."""
    done = subprocess.run([sys.executable, "-c", _PILLOW_ON_FIRST_USE], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "ok", done.stderr


def test_thadin_command_writes_prints_and_exits_with_the_code(sample_path, tmp_path):
    done = subprocess.run([sys.executable, "-m", "desktop_app", "export", str(sample_path), "--out", str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == ["defection-forum-2024.docx", "defection-forum-2024.pdf"]
    assert done.stdout.count("wrote ") == 2
    assert (tmp_path / "defection-forum-2024.pdf").read_bytes().rstrip().endswith(b"%%EOF")


def test_thadin_command_reports_a_bad_file_and_exits_2(tmp_path):
    bad = DATA / "bad" / "date-format.release.yaml"
    done = subprocess.run([sys.executable, "-m", "desktop_app", "export", str(bad), "--out", str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "date" in done.stderr and "date-format.release.yaml" in done.stderr
    assert not list(tmp_path.iterdir())
