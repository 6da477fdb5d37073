"""Page fit: what cannot fit on a page is named by check and refused by export, in the same words.

``check`` measures a release only when it is beyond the limits of ``pagefit`` (so checking
an ordinary release never loads ReportLab); the first test proves those limits are safe in
the smallest text area a letterhead can make.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app import pagefit
from desktop_app.errors import ReleaseError
from desktop_app.export import render
from desktop_app.fileformat import load_release
from desktop_app.resolve import resolve
from desktop_app.resources import templates_dir

BURMESE = "ဘက်ပြောင်းမှု နှင့် နိုင်ငံရေးအန်တု လှုပ်ရှားမှုဆိုင်ရာ "


def _smallest_page(folder: Path) -> None:
    """A letterhead with the least room for text: Letter, 60 mm margins, full banner, six title lines."""
    shutil.copy(templates_dir() / "forum-banner.png", folder)
    title = BURMESE[:40]
    lines = "".join(f'    - {{my: "{title}", style: title}}\n' for _ in range(pagefit.SAFE_BANNER_LINES))
    (folder / "small.letterhead.yaml").write_text(
        "thadin-letterhead: 1\nname: Small\npage: {size: Letter, margins_mm: {top: 60, bottom: 60, left: 60, "
        f"right: 60}}}}\nbanner:\n  image: forum-banner.png\n  lines:\n{lines}", encoding="utf-8")


def _release(folder: Path, notes: dict[str, str], refs: str) -> Path:
    path = folder / "r.release.yaml"
    body = "".join(f'  {note_id}: "{text}"\n' for note_id, text in notes.items())
    path.write_text("thadin: 1\nletterhead: small\ndate: 2024-03-31\nheadline: {my: ခေါင်းစဉ်}\n"
                    f"body:\n  my: စာပိုဒ်{refs}။\nfootnotes:\n{body}", encoding="utf-8")
    return path


def test_releases_within_the_limits_fit_the_smallest_page(tmp_path):
    """At every limit at once — one note as long as allowed, the most references, Burmese — all fits."""
    _smallest_page(tmp_path)
    big = (BURMESE * 30)[: pagefit.SAFE_NOTE_CHARS]
    rest = pagefit.SAFE_BLOCK_NOTE_CHARS - len(big)
    count = pagefit.SAFE_REFS_PER_BLOCK - 1
    notes = {"big": big, **{f"n{i}": (BURMESE * 3)[: rest // count] for i in range(count)}}
    release = load_release(_release(tmp_path, notes, "".join(f"[^{i}]" for i in notes)))
    assert not pagefit.could_overflow(release)
    from desktop_app.writers.pdf.fit import overflows

    assert overflows(resolve(release)) == []
    assert render(release).startswith(b"%PDF-")


@pytest.mark.parametrize("over", ["note", "references", "block"])
def test_beyond_a_limit_check_measures(tmp_path, over):
    _smallest_page(tmp_path)
    if over == "note":
        notes = {"big": (BURMESE * 30)[: pagefit.SAFE_NOTE_CHARS + 1]}
    elif over == "references":
        notes = {f"n{i}": "A short note." for i in range(pagefit.SAFE_REFS_PER_BLOCK + 1)}
    else:
        notes = {f"n{i}": (BURMESE * 30)[:340] for i in range(3)}
    release = load_release(_release(tmp_path, notes, "".join(f"[^{i}]" for i in notes)))
    assert pagefit.could_overflow(release)


def test_check_and_export_name_the_same_overflow(tmp_path):
    """Notes that fill the page beyond the limits: check's error is export's refusal, word for word."""
    _smallest_page(tmp_path)
    notes = {f"n{i}": (BURMESE * 30)[:500] for i in range(4)}
    release = load_release(_release(tmp_path, notes, "".join(f"[^{i}]" for i in notes)))
    found = pagefit.page_fit_problems(release)
    assert [p.format() for p in found] == [
        f"{tmp_path}/r.release.yaml:6: body.my: 4 footnotes ([^n0], [^n1], [^n2] and 1 more) are referenced so "
        "close together that they cannot fit on one page with their text (spread the references over several "
        "paragraphs, or shorten the notes)"]
    with pytest.raises(ReleaseError) as refused:
        render(release)
    assert refused.value.problems == found
