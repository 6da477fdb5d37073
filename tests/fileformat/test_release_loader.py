"""Loading release files: valid ones become the model; every kind of error names file, line and field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_app.errors import Problem, ReleaseError
from desktop_app.fileformat import load_release, parse_release
from desktop_app.model import FootnoteRef, Heading, Link, Paragraph, Run


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(ReleaseError) as info:
        load_release(path)
    return info.value.problems


def only_problem(path: Path) -> Problem:
    problems = problems_of(path)
    assert len(problems) == 1, [p.format() for p in problems]
    return problems[0]


# --- valid files ------------------------------------------------------------------------

def test_sample_loads_word_for_word(sample):
    assert sample.date == dt.date(2024, 3, 31)
    assert sample.headline.get("en") == ("Second Forum on Defection and Defiance Movement: "
                                         "Addressing Challenges and Forging Strategic Solutions")
    blocks = sample.body["en"]
    headings = [b for b in blocks if isinstance(b, Heading)]
    assert [h.content[0].text for h in headings] == [
        "Reviewing Progress and Identifying Challenges:",
        "Developing Strategies and Support Systems:",
        "Establishing Strategic Collaboration:",
        "Proposed Network for the Defection and Defiance Movement:",
        "Next Steps:",
    ]
    first = blocks[0]
    assert isinstance(first, Paragraph)
    assert first.content[:2] == (
        Run("The 2nd Forum on Defection and Defiance Movement, convened by People’s Goal"), FootnoteRef("pg"))
    assert sample.footnotes["pg"].content["en"] == (
        Link("https://peoplesgoal.org", (Run("https://peoplesgoal.org"),)),)
    assert sample.contact.email == "Defectionforum.burma@protonmail.com"
    assert [s.get("en") for s in sample.signatories] == ["Peoples' Goal", "Freedom Fighter Myanmar"]


def _words(text: str) -> list[str]:
    return text.replace("¹", " ").replace("²", " ").split()


def test_sample_reproduces_the_reference_word_for_word(sample):
    """The sample's text is the reference's, word for word, in the same order."""
    reference = (Path(__file__).parents[1] / "data" / "reference-press-release-2024-03-31.txt").read_text()
    page1, page2 = reference.split("2nd Forum on Defection and Defiance Movement\n\n")[1:3]
    head, body1 = page1.split("Strategic Solutions\n\n")
    body1 = body1.split("¹ <https")[0]
    body2, closing = page2.split("For further information")
    body = [b for b in sample.body["en"]]
    sample_words = _words(" ".join("".join(i.text for i in b.content if isinstance(i, Run)) for b in body))
    assert sample_words == _words(body1 + " " + body2)
    assert _words(head) == ["PRESS", "RELEASE", "31st", "March", "2024", "Second", "Forum", "on", "Defection",
                            "and", "Defiance", "Movement:", "Addressing", "Challenges", "and", "Forging"]
    assert sample.headline.get("en").endswith("Forging Strategic Solutions")
    assert "For further information" + closing.split("\n")[0] == sample.contact.intro.get("en")
    assert sample.contact.email + "." in closing
    assert [s.get("en") for s in sample.signatories] == closing.strip().split("\n")[-3::2]


def test_bilingual_release_loads(bilingual):
    assert set(bilingual.body) == {"my", "en"}
    assert bilingual.languages == ("my", "en")
    assert bilingual.footnotes["ffm"].content.keys() == {"my", "en"}


def test_burmese_lines_join_without_a_space(write_release, minimal_text):
    path = write_release(minimal_text.replace("    A paragraph.\n", "    ကျွန်ုပ်တို့\n    သည် English\n    word\n"))
    [block] = load_release(path).body["en"]
    assert block.content == (Run("ကျွန်ုပ်တို့သည် English word"),)


def test_plain_string_text_fields_are_english(write_release, minimal_text):
    path = write_release(minimal_text.replace("headline: {en: A headline}", "headline: A headline"))
    assert load_release(path).headline.values == {"en": "A headline"}


def test_other_language_codes_round_trip(write_release, minimal_text):
    path = write_release(minimal_text.replace("{en: A headline}", "{en: A headline, shn-MM: ၵႂၢမ်း}"))
    assert load_release(path).headline.get("shn-MM") == "ၵႂၢမ်း"


def test_parse_release_validates_unsaved_text(write_release, minimal_text):
    path = write_release(minimal_text)
    release = parse_release(minimal_text.replace("A paragraph.", "Edited."), path)
    assert release.body["en"][0].content == (Run("Edited."),)


# --- errors: each names file, line, field and a fix --------------------------------------

def test_malformed_yaml_names_the_line(write_release, minimal_text):
    path = write_release(minimal_text.replace("headline: {en: A headline}", "headline: {en: A headline"))
    problem = only_problem(path)
    assert problem.file == path
    assert problem.line in (4, 5)
    assert "not valid YAML" in problem.message


def test_wrong_type_names_field_and_line(write_release, minimal_text):
    path = write_release(minimal_text.replace("headline: {en: A headline}", "headline: [1, 2]"))
    problem = only_problem(path)
    assert (problem.line, problem.field) == (4, "headline")
    assert "found a list" in problem.message


def test_unknown_key_suggests_the_right_one(write_release, minimal_text):
    path = write_release(minimal_text + "signatores:\n  - {en: Someone}\n")
    problem = only_problem(path)
    assert (problem.line, problem.field) == (8, "signatores")
    assert problem.message == "unknown field 'signatores'"
    assert problem.hint == "did you mean 'signatories'?"


def test_missing_required_field(write_release, minimal_text):
    path = write_release(minimal_text.replace("date: 2024-03-31\n", ""))
    problem = only_problem(path)
    assert problem.field == "date" or "'date'" in problem.message
    assert "required" in problem.message


def test_invalid_date(write_release, minimal_text):
    path = write_release(minimal_text.replace("2024-03-31", "2024-02-30"))
    problem = only_problem(path)
    assert (problem.line, problem.field) == (3, "date")
    assert "YYYY-MM-DD" in problem.hint


def test_date_written_as_text(write_release, minimal_text):
    path = write_release(minimal_text.replace("2024-03-31", "31/03/2024"))
    problem = only_problem(path)
    assert (problem.line, problem.field) == (3, "date")


def test_unresolved_footnote_names_id_and_line(write_release, minimal_text):
    path = write_release(minimal_text.replace("A paragraph.", "A paragraph.\n\n    Cited here[^nope]."))
    problem = only_problem(path)
    assert (problem.line, problem.field) == (9, "body.en")
    assert "[^nope]" in problem.message


def test_unused_footnote_names_id_and_line(write_release, minimal_text):
    path = write_release(minimal_text + "footnotes:\n  pg: <https://peoplesgoal.org>\n")
    problem = only_problem(path)
    assert (problem.line, problem.field) == (9, "footnotes.pg")
    assert "never referenced" in problem.message


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi", "ftp://x.org"])
def test_only_http_https_mailto_links(write_release, minimal_text, url):
    path = write_release(minimal_text.replace("A paragraph.", f"A [link]({url})."))
    problem = only_problem(path)
    assert (problem.line, problem.field) == (7, "body.en")
    assert "only http, https and mailto" in problem.message


def test_unknown_language_code(write_release, minimal_text):
    path = write_release(minimal_text.replace("{en: A headline}", "{english: A headline}"))
    problem = only_problem(path)
    assert (problem.line, problem.field) == (4, "headline.english")
    assert "not a language code" in problem.message


def test_control_characters_are_refused(write_release, minimal_text):
    path = write_release(minimal_text.replace("{en: A headline}", '{en: "A\\x07headline"}'))
    problem = only_problem(path)
    assert problem.field == "headline.en"
    assert "U+0007" in problem.message


def test_nul_byte_in_file(write_release, minimal_text):
    path = write_release(minimal_text.replace("A paragraph.", "A para\x00graph."))
    problem = only_problem(path)
    assert problem.line == 7
    assert "U+0000" in problem.message


def test_duplicate_key(write_release, minimal_text):
    path = write_release(minimal_text + "date: 2024-04-01\n")
    problem = only_problem(path)
    assert (problem.line, problem.field) == (8, "date")
    assert "twice" in problem.message


def test_newer_format_version(write_release, minimal_text):
    path = write_release(minimal_text.replace("thadin: 1", "thadin: 2"))
    problem = only_problem(path)
    assert (problem.line, problem.field) == (1, "thadin")
    assert "newer Thadin" in problem.message


def test_missing_letterhead_lists_what_exists(write_release, minimal_text):
    path = write_release(minimal_text.replace("letterhead: defection-forum", "letterhead: defection-forun"))
    problem = only_problem(path)
    assert (problem.line, problem.field) == (2, "letterhead")
    assert problem.hint == "did you mean 'defection-forum'?"


@pytest.mark.parametrize("ref", ["../elsewhere.letterhead.yaml", "/etc/x.letterhead.yaml"])
def test_letterhead_path_may_not_leave_the_folder(write_release, minimal_text, ref):
    path = write_release(minimal_text.replace("letterhead: defection-forum", f"letterhead: {ref}"))
    problem = only_problem(path)
    assert problem.field == "letterhead"


def test_every_problem_is_reported_at_once(write_release, minimal_text):
    text = minimal_text.replace("2024-03-31", "soon").replace("{en: A headline}", "{xx_y: A}")
    path = write_release(text + "colour: red\n")
    fields = {p.field for p in problems_of(path)}
    assert {"date", "headline.xx_y", "colour"} <= fields


def test_unclosed_bold(write_release, minimal_text):
    path = write_release(minimal_text.replace("A paragraph.", "A **bold paragraph."))
    problem = only_problem(path)
    assert (problem.line, problem.field) == (7, "body.en")
    assert "never closed" in problem.message


def test_problem_format_is_file_line_field_message(write_release, minimal_text):
    path = write_release(minimal_text + "colour: red\n")
    assert only_problem(path).format() == (
        f"{path}:8: colour: unknown field 'colour' (expected one of: body, contact, date, footnotes, headline, "
        "label, layout, letterhead, signatories, thadin)")


def test_missing_file():
    problem = only_problem(Path("/nonexistent/x.release.yaml"))
    assert problem.message == "file not found"
