"""Issue 17's speed-ups change speed, never output.

After an edit the preview renders the release again; blocks whose text, style and width
did not change take their lines from the render before. These tests hold the bytes equal
to a render from nothing, show that only the edited block is laid out again, that
ReportLab's URL pattern, compiled on first use, still matches what it matched, and that
ReportLab's C accelerators (rl_accel) write the bytes its pure-Python code writes.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

from desktop_app.fileformat import load_release
from desktop_app.model import Paragraph, Run
from desktop_app.resolve import resolve
from desktop_app.writers.pdf import layoutcache, render_pdf
from desktop_app.writers.pdf.typesetter import Typesetter
from tests.conftest import DATA


def render_pdf_reusing(resolved):
    """Render as the live preview does: lines of unchanged blocks from the last render."""
    return render_pdf(resolved, reuse_layout=True)


def _edited(release, lang: str, index: int, suffix: str):
    """*release* with *suffix* appended to the first run of body paragraph *index* in *lang*."""
    body = dict(release.body)
    blocks = list(body[lang])
    paragraph = blocks[index]
    assert isinstance(paragraph, Paragraph) and isinstance(paragraph.content[0], Run)
    first = dataclasses.replace(paragraph.content[0], text=paragraph.content[0].text + suffix)
    blocks[index] = dataclasses.replace(paragraph, content=(first, *paragraph.content[1:]))
    body[lang] = tuple(blocks)
    return dataclasses.replace(release, body=body)


@pytest.fixture
def count_layouts(monkeypatch):
    """Count the layouts really computed (cache misses), by the text laid out."""
    laid_out: list[str] = []
    real = Typesetter.layout

    def counting(self, spans, *args, **kwargs):
        laid_out.append("".join(span.text for span in spans))
        return real(self, spans, *args, **kwargs)

    monkeypatch.setattr(Typesetter, "layout", counting)
    layoutcache.clear()
    yield laid_out
    layoutcache.clear()


def test_an_edit_lays_out_only_the_edited_paragraph(bilingual, count_layouts):
    render_pdf_reusing(resolve(bilingual))
    assert len(count_layouts) > 20  # every block, note, banner line and footer, once
    count_layouts.clear()
    render_pdf_reusing(resolve(_edited(bilingual, "en", 0, " An added sentence.")))
    assert len(count_layouts) == 1
    assert " An added sentence." in count_layouts[0]


def test_an_export_lays_out_afresh_and_keeps_nothing(bilingual, count_layouts):
    render_pdf(resolve(bilingual))
    first = len(count_layouts)
    render_pdf(resolve(bilingual))
    assert len(count_layouts) == 2 * first
    assert not layoutcache._typesetters


def test_the_preview_reuses_lines(count_layouts):
    from desktop_app import service

    path = DATA / "bilingual.release.yaml"
    text = path.read_text(encoding="utf-8")
    assert service.preview(text, path).pdf
    count_layouts.clear()
    assert service.preview(text, path).pdf
    assert count_layouts == []


def test_cached_lines_draw_the_bytes_a_fresh_render_draws(bilingual, sample):
    """Render, edit, render again: the same PDF as rendering the edited release in a fresh cache."""
    layoutcache.clear()
    render_pdf_reusing(resolve(bilingual))
    render_pdf_reusing(resolve(sample))  # another release in between: its lines must not leak in
    edited = _edited(bilingual, "my", 0, " ထပ်မံ")
    incremental = render_pdf_reusing(resolve(edited))
    assert render_pdf(resolve(edited)) == incremental  # an export, from nothing


def test_parallel_layout_uses_the_cache_and_stays_identical():
    release = dataclasses.replace(load_release(DATA / "bilingual.release.yaml"), layout="parallel")
    layoutcache.clear()
    fresh = render_pdf(resolve(release))
    render_pdf_reusing(resolve(release))
    assert render_pdf_reusing(resolve(release)) == fresh


def test_lines_of_blocks_gone_from_the_release_are_let_go(bilingual, count_layouts):
    """The cache keeps two renders' lines at most: it does not grow with every edit."""
    for i in range(4):
        render_pdf_reusing(resolve(_edited(bilingual, "en", 0, f" Edit {i}.")))
    cache = layoutcache._typesetters[resolve(bilingual).fonts]._cache
    kept = " ".join("".join(span.text for span in key[0]) for key in [*cache.previous, *cache.current])
    assert " Edit 3." in kept and " Edit 2." in kept  # this render's and the one before
    assert " Edit 1." not in kept and " Edit 0." not in kept


def test_reportlab_url_pattern_is_compiled_on_first_use_and_still_matches():
    code = (
        "import sys\n"
        "from desktop_app.fileformat import load_release\n"
        "from desktop_app.resolve import resolve\n"
        "from desktop_app.writers.pdf import render_pdf\n"
        "from desktop_app.resources import sample_release\n"
        "render_pdf(resolve(load_release(sample_release())))\n"
        "from reportlab.platypus import paragraph\n"
        "assert type(paragraph.uri_pat).__name__ == 'LazyPattern', type(paragraph.uri_pat)\n"
        "assert paragraph.uri_pat.match('https://example.org/path?q=1')\n"
        "assert paragraph.uri_pat.match('HTTPS://EXAMPLE.ORG')\n"
        "assert not paragraph.uri_pat.match('not a url')\n"
        "import re\n"
        "assert re.compile is re.__dict__['compile'] and re.compile.__module__ == 're'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


_RENDER_DIGESTS = (
    "import hashlib, sys\n"
    "from pathlib import Path\n"
    "from desktop_app.fileformat import load_release\n"
    "from desktop_app.resolve import resolve\n"
    "from desktop_app.writers.pdf import render_pdf\n"
    "for path in sys.argv[1:]:\n"
    "    print(hashlib.sha256(render_pdf(resolve(load_release(Path(path))))).hexdigest())\n"
    "from reportlab.lib import rl_accel\n"
    "print(rl_accel.fp_str.__module__)\n"
)


def test_rl_accel_is_used_and_writes_what_pure_python_writes(sample_path):
    paths = [str(sample_path), str(DATA / "bilingual.release.yaml")]
    accelerated = subprocess.run([sys.executable, "-c", _RENDER_DIGESTS, *paths], capture_output=True, text=True,
                                 timeout=120, check=True).stdout.split()
    pure = subprocess.run([sys.executable, "-c", "import sys; sys.modules['_rl_accel'] = None\n" + _RENDER_DIGESTS,
                           *paths], capture_output=True, text=True, timeout=120, check=True).stdout.split()
    assert accelerated[-1] == "_rl_accel" and pure[-1] == "reportlab.lib.rl_accel"
    assert accelerated[:-1] == pure[:-1]


def test_a_pdf_export_imports_only_the_platypus_it_uses_and_the_rest_still_works():
    code = (
        "import sys\n"
        "from desktop_app.fileformat import load_release\n"
        "from desktop_app.resolve import resolve\n"
        "from desktop_app.writers.pdf import render_pdf\n"
        "from desktop_app.resources import sample_release\n"
        "pdf = render_pdf(resolve(load_release(sample_release())))\n"
        "unused = {'reportlab.platypus.paragraph', 'reportlab.platypus.tables', 'reportlab.platypus.xpreformatted',\n"
        "          'reportlab.platypus.paraparser', 'reportlab.platypus.multicol'}\n"
        "assert not unused & set(sys.modules), unused & set(sys.modules)\n"
        "import reportlab.platypus as platypus\n"
        "from reportlab.platypus import Paragraph, SimpleDocTemplate, Table\n"  # the package made whole on demand
        "from reportlab.platypus.doctemplate import BaseDocTemplate\n"
        "assert platypus.BaseDocTemplate is BaseDocTemplate\n"
        "assert render_pdf(resolve(load_release(sample_release()))) == pdf\n"
        "import io\n"
        "from reportlab.lib.styles import getSampleStyleSheet\n"
        "out = io.BytesIO()\n"
        "SimpleDocTemplate(out).build([Paragraph('<b>ReportLab</b> as usual', getSampleStyleSheet()['Normal']),\n"
        "                              Table([['a', 'b']])])\n"
        "assert out.getvalue().startswith(b'%PDF')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
