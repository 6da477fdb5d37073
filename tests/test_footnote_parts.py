"""A footnote split into texts and partner link, and edits that change only what was edited."""

from __future__ import annotations

import pytest

from desktop_app.draft import Draft
from desktop_app.fileformat.markup import url_fault, url_problem
from desktop_app.footnote_parts import is_empty, is_writable, new_note_id, split_note, with_link, with_text
from desktop_app.resources import sample_release
from desktop_app.uri import link_risks, link_warnings

SAMPLE = sample_release()


def test_a_bare_address_note_is_all_link():
    parts = split_note("<https://peoplesgoal.org>")
    assert parts.texts == {"en": ""} and parts.link == "https://peoplesgoal.org"
    assert split_note("https://peoplesgoal.org").link == "https://peoplesgoal.org"


def test_text_and_link_per_language_come_apart():
    parts = split_note({"my": "ပြည်သူ့ပန်းတိုင် <https://pg.org>", "en": "**Peoples' Goal** <https://pg.org>"})
    assert parts.texts == {"my": "ပြည်သူ့ပန်းတိုင်", "en": "**Peoples' Goal**"}
    assert parts.link == "https://pg.org" and parts.carriers == {"my", "en"}


@pytest.mark.parametrize("value", [
    "See <https://a.org> for more",            # the link is inside the text
    {"my": "<https://a.org>", "en": "<https://b.org>"},  # two different addresses
    "[Peoples' Goal](https://pg.org)",          # a named link stays a link in the text
    r"Not a link \<https://a.org>",             # escaped
    "The second forum",
])
def test_no_partner_link_is_taken_apart_when_there_is_none_to_take(value):
    parts = split_note(value)
    assert parts.link == ""
    assert parts.texts == ({"en": value} if isinstance(value, str) else value)


def test_editing_the_link_keeps_a_plain_string_plain():
    assert with_link("<https://peoplesgoal.org>", "https://peoplesgoal.org/en") == "<https://peoplesgoal.org/en>"


def test_editing_one_language_leaves_the_other_as_written():
    value = {"my": "ပြည်သူ့ပန်းတိုင်   <https://pg.org>", "en": "Peoples' Goal <https://pg.org>"}
    changed = with_text(value, "en", "*Peoples' Goal*")
    assert changed == {"my": value["my"], "en": "*Peoples' Goal* <https://pg.org>"}


def test_a_first_text_in_a_language_gets_the_link():
    assert with_text("<https://pg.org>", "my", "ပြည်သူ့ပန်းတိုင်") == {
        "en": "<https://pg.org>", "my": "ပြည်သူ့ပန်းတိုင် <https://pg.org>"}


def test_clearing_a_text_keeps_the_link_somewhere():
    value = {"my": "ပြည်သူ့ <https://pg.org>", "en": "Peoples' Goal <https://pg.org>"}
    once = with_text(value, "my", "")
    assert once == {"en": "Peoples' Goal <https://pg.org>"}
    assert with_text(once, "en", "") == {"en": "<https://pg.org>"}


def test_link_added_removed_and_replaced_in_every_language_that_carries_it():
    value = {"my": "ပြည်သူ့ပန်းတိုင်", "en": "Peoples' Goal"}
    linked = with_link(value, "https://pg.org")
    assert linked == {"my": "ပြည်သူ့ပန်းတိုင် <https://pg.org>", "en": "Peoples' Goal <https://pg.org>"}
    assert with_link(linked, "https://pg.org/about")["en"] == "Peoples' Goal <https://pg.org/about>"
    assert with_link(linked, "") == value
    assert with_link({}, "https://pg.org") == "<https://pg.org>"
    assert with_link({"en": "<https://a.org>"}, "https://pg.org") == {"en": "<https://pg.org>"}
    assert is_empty(with_link("<https://pg.org>", ""))


def test_writable_links_and_generated_ids():
    assert is_writable("https://peoplesgoal.org") and is_writable("javascript:x") and is_writable("")
    assert not is_writable("https://peoples goal.org") and not is_writable("peoplesgoal.org")
    assert new_note_id([], "https://www.peoplesgoal.org/x") == "peoplesgoal"
    assert new_note_id(["peoplesgoal"], "https://peoplesgoal.org") == "peoplesgoal-2"
    assert new_note_id(["note", "note-2"]) == "note-3"
    assert new_note_id([], "https://မြန်မာ.org") == "note"


def test_fault_and_risk_kinds_are_the_loaders_and_checkers_rules():
    assert url_fault("javascript:alert(1)").kind == "scheme"
    assert url_fault("peoplesgoal.org").kind == "scheme" and url_fault("peoplesgoal.org").detail == ""
    assert url_fault("https://pg.org/\u202eexe.txt").kind == "direction"
    assert url_fault("https://").kind == "host"
    assert url_fault("mailto:nobody").kind == "email"
    assert url_problem("ftp://x.org") == "link 'ftp://x.org': 'ftp:' links are not allowed; only http, https and mailto"
    assert [r.kind for r in link_risks("https://good.org@evil.example")] == ["userinfo"]
    assert [r.kind for r in link_risks("https://p\u0430ypal.com")] == ["mixed-scripts"]
    assert link_warnings("mailto:a@b.org?bcc=c@d.org") == [
        "the e-mail link also sets bcc (only a subject is expected)"]


def test_the_sample_survives_a_text_edit_of_one_note_only(tmp_path):
    path = tmp_path / "sample.release.yaml"
    path.write_bytes(SAMPLE.read_bytes())
    draft = Draft.open(path)
    draft.set(("footnotes", "ffm"), with_text(draft.get(("footnotes", "ffm")), "en", "Freedom Fighter Myanmar"))
    before, after = SAMPLE.read_text(encoding="utf-8").splitlines(), draft.file_bytes().decode().splitlines()
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert changed == [("  ffm: <https://freedomfightermm.org>",
                        "  ffm: Freedom Fighter Myanmar <https://freedomfightermm.org>")]
