"""Are this checkout's exports byte-identical to another tree's? The check every speed-up needs.

Renders a corpus of releases to PDF and DOCX with this checkout's ``desktop_app`` and with
another tree's (e.g. ``git archive main desktop_app resources | tar -x -C /tmp/base``), each
in a fresh ``thadin export`` process, and compares the files byte for byte:

    python benchmarks/same_output.py /tmp/base            # the corpus below
    python benchmarks/same_output.py /tmp/base --long     # plus the 200-page releases

The corpus: the shipped sample; the bilingual test release in its stacked, parallel and
single-language layouts; the same with a Padauk letterhead; a release of edge cases (tabs,
double spaces, a zero-width space, a hyphenated word, an over-long URL, mixed scripts,
repeated notes); generated 20-page bilingual, English and parallel releases.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import generate  # noqa: E402

SAMPLE = ROOT / "resources" / "templates" / "examples" / "defection-forum-2024.release.yaml"
LETTERHEAD = ROOT / "resources" / "templates" / "defection-forum.letterhead.yaml"
BILINGUAL = ROOT / "tests" / "data" / "bilingual.release.yaml"

EDGES = """\
## Edge cases

A line with\ttabs and  double  spaces, a zero\u200bwidth space and a well-known hyphen-ated word.
An over-long URL <https://example.org/a/very/long/path/that/cannot/possibly/fit/on/one/line/of/the/page/at/all>
and mixed scripts: Thadin သတင်း news, **bold သတင်း** and *italic* with a note[^a] and again[^a].

မြန်မာ English မြန်မာ[^b] — ကျွန်ုပ်တို့၏ ဆွေးနွေးပွဲ (2024) ဦးဆောင်သူ [link](https://example.org).
"""


def _with_layout(text: str, layout: str) -> str:
    lines = [line for line in text.splitlines() if not line.startswith("layout:")]
    return "\n".join(lines) + f"\nlayout: {layout}\n"


def corpus(folder: Path, long: bool) -> list[Path]:
    """Write the corpus's releases into *folder* (with the letterheads they name) and list them."""
    shutil.copy(LETTERHEAD, folder / LETTERHEAD.name)
    shutil.copy(LETTERHEAD.parent / "forum-banner.png", folder / "forum-banner.png")
    padauk = folder / "padauk.letterhead.yaml"
    padauk.write_text(LETTERHEAD.read_text(encoding="utf-8").replace("Noto Sans Myanmar", "Padauk"),
                      encoding="utf-8")
    releases: list[Path] = []

    def add(name: str, text: str) -> None:
        path = folder / f"{name}.release.yaml"
        path.write_text(text, encoding="utf-8")
        releases.append(path)

    sample = SAMPLE.read_text(encoding="utf-8")
    add("sample", sample)
    bilingual = BILINGUAL.read_text(encoding="utf-8")
    for layout in ("stacked", "parallel", "en", "my"):
        add(f"bilingual-{layout}", _with_layout(bilingual, layout))
    add("bilingual-padauk", bilingual.replace("letterhead: defection-forum", "letterhead: padauk"))
    add("edges", sample.split("body:\n", 1)[0] + "body:\n  en: |\n"
        + "".join(f"    {line}\n" if line else "\n" for line in EDGES.splitlines())
        + "footnotes:\n  a: <https://example.org/a>\n  b: {my: \"<https://example.org/b> (မြန်မာ)\"}\n"
        + "contact:" + sample.split("\ncontact:", 1)[1])
    for pages in (20,) + ((200,) if long else ()):
        for languages in ("my,en", "en"):
            text = generate.release_yaml(generate.UNITS.get(pages, pages * 4) if languages != "en"
                                         else round(pages * generate.EN_UNITS_PER_PAGE), languages)
            add(f"generated-{pages}-{languages.replace(',', '')}", text)
        add(f"generated-{pages}-parallel",
            _with_layout(generate.release_yaml(generate.UNITS.get(pages, pages * 4)), "parallel"))
    return releases


def _export(tree: Path, release: Path, out: Path) -> dict[str, str]:
    """Export *release* with *tree*'s package; return {file name: sha256} (raises on failure)."""
    env = dict(os.environ, PYTHONPATH=str(tree), SOURCE_DATE_EPOCH="0", PYTHONHASHSEED="0")
    out.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([sys.executable, "-m", "desktop_app", "export", str(release), "--out", str(out)],
                          env=env, capture_output=True, text=True, cwd=tree)
    if done.returncode != 0:
        raise SystemExit(f"{tree}: exporting {release.name} failed:\n{done.stdout}{done.stderr}")
    files = {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(out.iterdir())}
    if {Path(name).suffix for name in files} != {".pdf", ".docx"}:
        raise SystemExit(f"{tree}: exporting {release.name} wrote {sorted(files)}, not a PDF and a DOCX")
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path, help="a tree holding the desktop_app (and resources) to compare with")
    parser.add_argument("--long", action="store_true", help="add the generated 200-page releases")
    args = parser.parse_args()
    different = 0
    with tempfile.TemporaryDirectory(prefix="same-output-") as scratch:
        folder = Path(scratch)
        (folder / "in").mkdir()
        for release in corpus(folder / "in", args.long):
            mine = _export(ROOT, release, folder / "mine" / release.stem)
            theirs = _export(args.other.resolve(), release, folder / "theirs" / release.stem)
            for name in sorted(set(mine) | set(theirs)):
                same = mine.get(name) == theirs.get(name)
                different += not same
                print(f"{'same     ' if same else 'DIFFERENT'} {release.stem}/{name}")
    print("all byte-identical" if not different else f"{different} file(s) differ")
    return 1 if different else 0


if __name__ == "__main__":
    raise SystemExit(main())
