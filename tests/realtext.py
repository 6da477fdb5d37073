"""Release files built from real published Burmese we did not write, for whole-pipeline tests.

The Burmese is the UDHR in Unicode (tests/data/corpus/zawgyi-heldout) and the shared news
corpus; the English is the reference press release. Headings and bold runs are included,
because they are drawn in other faces.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import DATA, corpus_lines, udhr_lines

LAYOUTS = ("stacked", "parallel", "my")


def burmese_paragraphs(count: int = 24) -> list[str]:
    """UDHR paragraphs, news paragraphs, and one long paragraph with its spaces taken out.

    Unspaced Burmese is common in print; with no spaces every line break and every
    shaping boundary comes from the syllable and word rules alone.
    """
    lines = [line.strip() for line in udhr_lines("unicode") if len(line.strip()) > 120]
    news = [line for line in corpus_lines("unicode") if len(line) > 100]
    return lines[:count] + news[:8] + ["".join(line.replace(" ", "") for line in news[8:20])]


def english_paragraphs() -> list[str]:
    text = (DATA / "reference-press-release-2024-03-31.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if len(p.strip()) > 200 and p.isascii()]


def burmese_markup(paragraphs: list[str]) -> str:
    """Paragraphs with a heading every sixth and the first word of every fourth in bold."""
    out = []
    for n, para in enumerate(paragraphs):
        if n % 6 == 0:
            out.append(f"## အပိုဒ် {'၀၁၂၃၄၅၆၇၈၉'[n // 6 + 1]}")
        if n % 4 == 1:
            first, _, rest = para.partition(" ")
            para = f"**{first}** {rest}"
        out.append(para)
    return "\n\n".join(out)


def indent(text: str) -> str:
    return "".join(f"    {line}\n" if line else "\n" for line in text.split("\n"))


def write_real_release(folder: Path, layout: str, family: str = "Noto Sans Myanmar",
                       paragraphs: int = 24) -> tuple[Path, str]:
    """Write a release (and its letterhead) in *folder*; return its path and the Burmese markup."""
    import shutil

    from desktop_app.resources import templates_dir

    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(templates_dir() / "forum-banner.png", folder / "forum-banner.png")
    letterhead = (templates_dir() / "defection-forum.letterhead.yaml").read_text(encoding="utf-8")
    (folder / "real.letterhead.yaml").write_text(letterhead.replace("my: Noto Sans Myanmar", f"my: {family}"),
                                                 encoding="utf-8")
    my = burmese_markup(burmese_paragraphs(paragraphs))
    en = "\n\n".join(english_paragraphs()[:6])
    body = f"  my: |\n{indent(my)}"
    if layout != "my":
        body += f"  en: |\n{indent(en)}"
    path = folder / "real.release.yaml"
    path.write_text(f"thadin: 1\nletterhead: real\ndate: 2024-03-31\nlayout: {layout}\n"
                    f"headline: {{my: \"လူ့အခွင့်အရေး ကြေညာစာတမ်း\", en: \"Universal Declaration\"}}\n"
                    f"body:\n{body}", encoding="utf-8")
    return path, my
