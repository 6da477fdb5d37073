"""The preview's front half after an edit, in process: cached (``service.FrontHalf``) against from nothing.

    python benchmarks/front_edits.py [PAGES] [--rounds 7]

Types into the shipped sample (PAGES 0) or a generated release of PAGES pages, as a person
does between pauses — a letter in an English paragraph, a letter in a Burmese paragraph,
a new line (Enter) in an English paragraph — and times, in pairs, A: the preview's front
half (``FrontHalf.load`` + ``preflight`` + ``resolve``, what ``service.preview`` runs
before the PDF writer) and B: ``load_text`` + ``preflight`` + ``resolve`` from nothing.
A and B alternate, so load on the machine hits both; the ratio is taken pair by pair.
CPU time of the process (``time.process_time``) and wall time, medians. Both give the
same release, problems and resolved document (asserted on every round).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(Path(__file__).resolve().parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="?", type=int, default=0, help="generated release pages (0: the sample)")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    from generate import release_or_sample

    from desktop_app import service
    from desktop_app.resolve import resolve

    path = release_or_sample(args.pages)
    text = path.read_text(encoding="utf-8")
    english = text.index(" the ", text.index("  en: |", text.index("body:"))) + 5
    places = {"letter, English paragraph": (english, "x")}
    if "  my: |" in text:
        burmese = text.index("\u1014\u103e\u1004\u1037\u103a", text.index("  my: |")) + 2
        places["letter, Burmese paragraph"] = (burmese, "\u1000")
    places["Enter, English paragraph"] = (english, "\n    ")

    def cached(front: service.FrontHalf, edited: str):
        loaded = front.load(edited, path)
        return loaded.release, front.preflight(loaded), front.resolve(loaded.release)

    def uncached(edited: str):
        loaded = service.load_text(edited, path)
        return loaded.release, service.preflight(loaded), resolve(loaded.release)

    print(f"{path.name}: {len(text):,} characters; {args.rounds} pairs per row")
    for name, (at, typed) in places.items():
        front = service.FrontHalf()
        edits = [text[:at] + typed * n + text[at:] for n in range(args.rounds + 2)]
        cached(front, edits[0])
        cached(front, edits[1])
        a_cpu, b_cpu, a_wall, b_wall, ratios = [], [], [], [], []
        for edited in edits[2:]:
            wall, cpu = time.perf_counter(), time.process_time()
            a = cached(front, edited)
            a_cpu.append(time.process_time() - cpu)
            a_wall.append(time.perf_counter() - wall)
            reparsed = front.reparsed
            wall, cpu = time.perf_counter(), time.process_time()
            b = uncached(edited)
            b_cpu.append(time.process_time() - cpu)
            b_wall.append(time.perf_counter() - wall)
            assert a == b, "the cached front half must equal the uncached one"
            ratios.append(a_cpu[-1] / b_cpu[-1])
        print(f"{name:26} cached {statistics.median(a_cpu) * 1000:6.1f} ms CPU (best {min(a_cpu) * 1000:5.1f}; "
              f"wall {statistics.median(a_wall) * 1000:6.1f})  from nothing {statistics.median(b_cpu) * 1000:6.1f} ms "
              f"(best {min(b_cpu) * 1000:5.1f}; wall {statistics.median(b_wall) * 1000:6.1f})  ratio "
              f"{statistics.median(ratios):.3f} ({min(ratios):.3f}–{max(ratios):.3f})"
              f"{'' if reparsed else '  [full YAML parse]'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
