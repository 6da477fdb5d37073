"""Before/after numbers for each speed-up of issue 7, measured on today's code by undoing one at a time.

    /work/venv/bin/python benchmarks/ablation.py [--runs 3]

Each variant runs in fresh processes with one optimisation put back the way it was (by
patching the module at start-up) and reports, for the shipped sample and a generated
release (50 pages unless --pages): the first PDF and DOCX render in the process (what a
cold ``thadin export`` pays after its imports: fonts registered, template built), the
warm renders (best of 10), and the first render of the generated release after warm-up.
"all" is the code as it is; each other row is "all but this one", so its difference from
"all" is what that change buys.

Written for the record in docs/performance.md: the patches reach into the writers'
internals as they were in November 2026 and will rot as the code moves on.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(Path(__file__).resolve().parent))
SAMPLE = ROOT / "resources" / "templates" / "examples" / "defection-forum-2024.release.yaml"


# --- the old ways, one per variant ---------------------------------------------------------

def _undo_hb_subset() -> None:
    from functools import lru_cache

    from desktop_app.writers.ooxml import fonts

    # The fontTools version it replaced, kept once, as the test's reference.
    from tests.writers.test_fast_paths import _fonttools_subset

    subset_font = lru_cache(maxsize=32)(_fonttools_subset)
    fonts.subset_font = subset_font
    import desktop_app.writers.docx.document as document

    document.subset_font = subset_font


def _undo_shape() -> None:
    from functools import lru_cache

    from reportlab.lib.abag import ABag
    from reportlab.pdfbase.ttfonts import ShapedStr, shapeFragWord

    from desktop_app.writers.pdf import shaping, typesetter

    @lru_cache(maxsize=50_000)
    def shape(text: str, font_name: str, size: float) -> ShapedStr:
        if not text:
            return ShapedStr("", shapeData=[])
        shaped = shapeFragWord([0.0, (ABag(fontName=font_name, fontSize=size), text)], features={}, force=True)
        pieces = [s for _frag, s in shaped[1:]]
        out = pieces[0]
        for piece in pieces[1:]:
            out = out + piece
        return out

    shaping.shape = shape
    typesetter.shape = shape


def _undo_text_ops() -> None:
    from desktop_app.writers.pdf import draw

    draw._format_shaped = lambda text, shaped: text._formatText(shaped)


def _undo_number_cache() -> None:
    from reportlab.lib.rl_accel import fp_str

    from desktop_app.writers.pdf import draw

    draw._fp = fp_str
    draw._ESCAPES = None


def _undo_binary_streams() -> None:
    from desktop_app.writers.pdf import document

    document._binary_streams = lambda: None


def _undo_banner_form() -> None:
    from desktop_app.writers.pdf import document

    document._Layout.draw_banner = lambda self, canvas: self._draw_banner(canvas)


def _undo_docx_template() -> None:
    from desktop_app.writers.docx import document
    from desktop_app.writers.docx.styles import StyleIds

    document._new_document = lambda fonts: (document._styled_document(fonts), StyleIds())


def _undo_docx_paragraphs() -> None:
    from desktop_app.writers.docx import document

    def add(self, style: str):
        return self.document.add_paragraph(style=self.document.styles[style])._p

    document._Body.add = add


def _undo_link_rels() -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    from desktop_app.writers.docx import runs

    runs.RunWriter._link_rid = lambda self, part, target: part.relate_to(target, RT.HYPERLINK, is_external=True)


def _undo_docx_save() -> None:
    import io

    from desktop_app.writers.docx import document
    from desktop_app.writers.ooxml.package import reproducible_zip

    def save(doc) -> bytes:
        out = io.BytesIO()
        doc.save(out)
        return reproducible_zip(out.getvalue())

    document.save_reproducible = save


def _undo_xml_element() -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from desktop_app.writers.ooxml import xml

    def element(tag: str, **attributes: str):
        el = OxmlElement(tag)
        for name, value in attributes.items():
            prefix = "r" if name.startswith("r_") else "w"
            el.set(qn(f"{prefix}:{name.removeprefix('r_')}"), value)
        return el

    for module_name in ("xml", "fonts", "footnotes", "settings"):
        module = __import__(f"desktop_app.writers.ooxml.{module_name}", fromlist=["element"])
        module.element = element
    for module_name in ("runs", "styles", "header"):
        module = __import__(f"desktop_app.writers.docx.{module_name}", fromlist=["element"])
        if hasattr(module, "element"):
            module.element = element
    xml.element = element


def _undo_paused_gc() -> None:
    from desktop_app.writers.docx import document as docx_document
    from desktop_app.writers.pdf import document as pdf_document

    pdf_document.paused_gc = nullcontext
    docx_document.paused_gc = nullcontext


VARIANTS = {
    "all": ("today's code", None),
    "hb-subset": ("DOCX font subsets by fontTools instead of HarfBuzz", _undo_hb_subset),
    "shape": ("shaping through ReportLab's shapeFragWord", _undo_shape),
    "text-ops": ("text operators written by ReportLab's _formatText", _undo_text_ops),
    "number-cache": ("numbers and strings formatted by ReportLab each time", _undo_number_cache),
    "ascii85": ("PDF streams ASCII85-encoded as well (ReportLab's default)", _undo_binary_streams),
    "banner-form": ("banner drawn on every page instead of one form XObject", _undo_banner_form),
    "docx-template": ("styles defined in a fresh template for every DOCX", _undo_docx_template),
    "docx-paragraphs": ("body paragraphs added by python-docx's add_paragraph", _undo_docx_paragraphs),
    "link-rels": ("hyperlink relationships by python-docx's relate_to", _undo_link_rels),
    "docx-save": ("DOCX zipped by python-docx, then re-zipped with fixed dates", _undo_docx_save),
    "xml-element": ("each OOXML element through OxmlElement (tag parsed each time)", _undo_xml_element),
    "gc-pause": ("cyclic garbage collector left running during renders", _undo_paused_gc),
}


# --- one process ------------------------------------------------------------------------------

def _child(variant: str, generated: Path) -> dict:
    undo = VARIANTS[variant][1]
    if undo is not None:
        undo()
    import desktop_app.writers.docx.document
    import desktop_app.writers.pdf.document  # noqa: F401 - imported before the clock starts, in every variant
    from desktop_app.fileformat import load_release
    from desktop_app.resolve import resolve
    from desktop_app.writers.docx import render_docx
    from desktop_app.writers.pdf import render_pdf

    out = {}
    resolved = resolve(load_release(SAMPLE))
    for name, render in (("first_pdf", render_pdf), ("first_docx", render_docx)):
        start = time.perf_counter()
        render(resolved)
        out[name] = time.perf_counter() - start
    for name, render in (("warm_pdf", render_pdf), ("warm_docx", render_docx)):
        render(resolved)
        samples = []
        for _ in range(10):
            start = time.perf_counter()
            render(resolved)
            samples.append(time.perf_counter() - start)
        out[name] = min(samples)
    big = resolve(load_release(generated))
    for name, render in (("gen_pdf", render_pdf), ("gen_docx", render_docx)):
        start = time.perf_counter()
        render(big)
        out[name] = time.perf_counter() - start
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="processes per variant (best of)")
    parser.add_argument("--pages", type=int, default=50, help="size of the generated release")
    parser.add_argument("--only", help="comma-separated variants")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--generated", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child, args.generated)))
        return 0
    from generate import write_release

    names = args.only.split(",") if args.only else list(VARIANTS)
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        generated = write_release(args.pages, Path(tmp))
        for round_ in range(args.runs):  # interleaved and rotated: drifting load and order affect all alike
            for name in names[round_ % len(names):] + names[:round_ % len(names)]:
                done = subprocess.run([sys.executable, __file__, "--child", name, "--generated", str(generated)],
                                      check=True, capture_output=True, text=True)
                run = json.loads(done.stdout)
                best = results.setdefault(name, run)
                for key, value in run.items():
                    best[key] = min(best[key], value)
    keys = ["first_pdf", "first_docx", "warm_pdf", "warm_docx", "gen_pdf", "gen_docx"]
    print("| variant | " + " | ".join(keys) + " |")
    print("|---|" + "---|" * len(keys))
    for name in names:
        label = "all" if name == "all" else f"all but {name}: {VARIANTS[name][0]}"
        print(f"| {label} | " + " | ".join(f"{results[name][k] * 1000:.0f} ms" for k in keys) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
