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
    assert messages(path) == [("headline.my", "no Burmese text while the release is bilingual")]


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


def located(path):
    """(line, field, message) of every problem `thadin check` prints for *path*."""
    from desktop_app import service

    return [(p.line, p.field, p.message) for p in service.preflight(service.load_file(path))]


BILINGUAL = """\
thadin: 1
letterhead: defection-forum
date: 2024-03-31
headline:
  my: "\\u200b\\u200c"
  en: A headline
body:
  my: |
    မြန်မာ စာပိုဒ်။[^a][^b]
  en: |
    An English paragraph.[^a][^b][^c]
footnotes:
  a: {my: "မြန်မာ မှတ်ချက်", en: "An English note"}
  b: {en: "Only English words"}
  c: {my: "မြန်မာ သာ", en: "English c"}
"""


def test_invisible_only_and_untranslated_notes_are_located_warnings(write_release):
    path = write_release(BILINGUAL)
    problems = located(path)
    assert (5, "headline.my", "the Burmese text shows nothing (only spaces or invisible characters)") in problems
    assert (14, "footnotes.b.my", "the Burmese text cites [^b] but the note has no Burmese text; "
            "Burmese readers get the English one") in problems
    assert (15, "footnotes.c.my", "the Burmese note is never printed: the Burmese body does not cite [^c]") \
        in problems
    assert not [p for p in problems if p[1].startswith("footnotes.a")]


def test_an_invisible_only_body_is_a_missing_translation(write_release, minimal_text):
    path = write_release(minimal_text.replace("{en: A headline}", "{en: A headline, my: ခေါင်းစဉ်}")
                         + "  my: \"\\u200b\\n\"\n")
    assert (8, "body.my", "the Burmese body shows nothing (only spaces or invisible characters)") in located(path)


def test_a_url_only_note_needs_no_translation(bilingual):
    assert check_release(bilingual) == []  # pg: <https://peoplesgoal.org> is cited from both bodies


def test_bidi_controls_in_text_are_warned_with_field_and_line(write_release, minimal_text, capsys):
    from desktop_app.cli import main

    path = write_release(minimal_text.replace("A paragraph.", "Pay to \u202eexe.txt\u202c now.")
                         .replace("{en: A headline}", "{en: \"Head\u2066line\u2069\"}"))
    problems = located(path)
    assert (4, "headline.en", "invisible direction control(s) U+2066, U+2069 in the text; they can disguise what "
            "it says and are left out of the PDF and the DOCX") in problems
    assert [(line, field) for line, field, m in problems if "U+202E" in m] == [(7, "body.en")]
    assert main(["check", str(path)]) == 1
    assert f"{path}:7: body.en: warning: invisible direction control(s) U+202E, U+202C" in capsys.readouterr().out


def test_a_one_language_release_citing_a_note_in_another_language_only(write_release, minimal_text):
    path = write_release(minimal_text.replace("A paragraph.", "A paragraph.[^n]")
                         + 'footnotes:\n  n: {my: "မြန်မာ မှတ်ချက်"}\n')
    assert messages(path) == [("footnotes.n.en", "the English text cites [^n] but the note has no English text; "
                                                  "English readers get the Burmese one")]
