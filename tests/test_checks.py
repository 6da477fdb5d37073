"""Preflight warnings: what `thadin check` shows a reviewer about a valid release."""

from __future__ import annotations

from pathlib import Path

from desktop_app.checks import check_release
from desktop_app.fileformat import load_release

LETTERHEAD = (Path(__file__).parents[1] / "resources/templates/defection-forum.letterhead.yaml").read_text()


def messages(path):
    return [(p.field, p.message) for p in check_release(load_release(path))]


def test_sample_and_bilingual_are_clean(sample, bilingual):
    assert check_release(sample) == []
    assert check_release(bilingual) == []


def test_missing_translation(write_release, minimal_text):
    path = write_release(minimal_text + "  my: |\n    စာပိုဒ်။\n")
    assert messages(path) == [("headline.my", "no my text while the release is bilingual")]


def test_parallel_columns_that_do_not_pair(write_release, minimal_text):
    path = write_release(minimal_text.replace("{en: A headline}", "{en: A headline, my: ခေါင်းစဉ်}")
                         + "  my: |\n    စာပိုဒ်။\n\n    ဒုတိယ။\nlayout: parallel\n")
    [(field, message)] = messages(path)
    assert field == "body"
    assert message.startswith("the parallel columns do not pair up")


def test_characters_the_font_cannot_draw(write_release, minimal_text):
    path = write_release(minimal_text.replace("A paragraph.", "Thai: ภาษาไทย"))
    problems = check_release(load_release(path))
    assert problems[0].field == "body.en" and problems[0].line == 7
    assert "'ภ' (U+0E20) is missing from Noto Serif" in problems[0].message


def test_padauk_gap_is_flagged(write_release, minimal_text):
    path = write_release(minimal_text.replace("letterhead: defection-forum", "letterhead: test")
                         .replace("A paragraph.", "ဒေါ်အောင်ဆန်းစုကြည်"),
                         letterhead=LETTERHEAD.replace("my: Noto Sans Myanmar", "my: Padauk"))
    assert [f for f, _ in messages(path)] == ["body.en"]
