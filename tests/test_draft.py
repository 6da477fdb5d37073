"""The GUI's editable release: opens, edits and saves files the loader reads back unchanged."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.draft import Draft
from desktop_app.errors import ReleaseError
from desktop_app.fileformat import load_release
from tests.conftest import DATA


@pytest.mark.parametrize("name", ["sample", "bilingual"])
def test_round_trip_keeps_the_release(name, sample_path, tmp_path):
    source = sample_path if name == "sample" else DATA / "bilingual.release.yaml"
    draft = Draft.open(source)
    saved = draft.save(tmp_path / source.name)
    original, again = load_release(source), load_release(saved)
    assert again.body == original.body
    assert again.footnotes == original.footnotes
    assert (again.headline, again.contact, again.signatories, again.date) == \
        (original.headline, original.contact, original.signatories, original.date)


def test_prose_is_written_as_blocks(sample_path):
    text = Draft.open(sample_path).to_yaml()
    assert "body:\n  en: |\n    The 2nd Forum on Defection" in text
    assert text.startswith("thadin: 1\nletterhead: defection-forum\ndate: 2024-03-31\n")


def test_edit_by_field_path(sample_path):
    draft = Draft.open(sample_path)
    draft.set(("headline", "my"), "ခေါင်းစဉ်")
    draft.set(("signatories", 0, "my"), "ပြည်သူ့ပန်းတိုင်")
    release = draft.release()
    assert release.headline.get("my") == "ခေါင်းစဉ်"
    assert release.signatories[0].get("my") == "ပြည်သူ့ပန်းတိုင်"
    draft.delete(("headline", "my"))
    assert draft.get(("headline", "my"), None) is None


def test_new_draft_reports_what_is_missing():
    draft = Draft.new("defection-forum", date=dt.date(2024, 3, 31))
    with pytest.raises(ReleaseError) as info:
        draft.release()
    assert {p.field for p in info.value.problems} >= {"headline", "body"}
    draft.set(("headline", "en"), "A headline")
    draft.set(("body", "en"), "Text.")
    assert draft.release().headline.get("en") == "A headline"


def test_a_copy_is_a_snapshot_that_shares_what_later_edits_do_not_touch(sample_path):
    draft = Draft.open(sample_path)
    before = draft.to_yaml()
    snapshot = draft.copy()
    draft.set(("headline", "en"), "Changed")
    draft.set(("signatories", 0, "my"), "ပြည်သူ့ပန်းတိုင်")
    draft.set(("contact", "phone"), "+95 9 123")
    draft.delete(("footnotes", "pg"))
    draft.delete(("signatories", 1))
    assert snapshot.to_yaml() == before  # what the preview or the autosave is writing stays put
    assert draft.get(("headline", "en")) == "Changed" and draft.get(("footnotes", "pg"), None) is None
    assert len(draft.get(("signatories",))) == len(snapshot.get(("signatories",))) - 1
    # Nothing untouched was copied: a snapshot costs the same for 2 pages or 200.
    assert draft.get(("body",)) is snapshot.get(("body",))


def whole_dump(draft: Draft) -> str:
    """The release's text as one yaml.dump of the whole pruned, ordered data (what to_yaml wrote before)."""
    import yaml

    from desktop_app.draft import _Dumper, _ordered, _prune

    return yaml.dump(_ordered(_prune(draft.data)), Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     width=100, default_flow_style=False)


def assert_written_as_one_dump(draft: Draft) -> None:
    """to_yaml is one yaml.dump of the whole release, but for bodies with a space before a line break.

    Those stay ``|`` blocks where PyYAML double-quotes them: the text must read back the same.
    """
    import re

    text, dumped = draft.to_yaml(), whole_dump(draft)
    assert Draft.from_yaml(text).data == Draft.from_yaml(dumped).data
    bodies = draft.get(("body",), {})
    kept = [t.rstrip("\n") + "\n" for t in (bodies.values() if isinstance(bodies, dict) else ())
            if isinstance(t, str) and "\n" in t]
    kept = [t for t in kept if " \n" in t and t[0] not in " \n" and not re.search(
        "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010fffe]", t)]
    if not kept:
        assert text == dumped
        return
    for body in kept:  # as a block: each line indented, as typed (trailing spaces too)
        assert "".join(f"    {line}\n" if line else "\n" for line in body[:-1].split("\n")) in text


def test_the_text_written_field_by_field_is_one_dump_of_the_whole_release(sample_path):
    from benchmarks.generate import release_yaml

    drafts = [Draft.open(sample_path), Draft.open(DATA / "bilingual.release.yaml"),
              Draft.from_yaml(release_yaml(6)), Draft.new("defection-forum", date=dt.date(2024, 3, 31))]
    for draft in drafts:
        assert_written_as_one_dump(draft)
        edits = [(("body", "en"), draft.get(("body", "en")) + "\n\nA new paragraph, typed."),
                 (("body", "my"), ""),  # pruned away, as a whole dump leaves it out
                 (("contact", "phone"), "+95 9 123"), (("headline", "en"), "x " * 80),  # folded at the width
                 (("body", "en"), ""), (("body", "my"), "စာ\n\nနောက်စာပိုဒ်"), (("zz-unknown",), {"a": [1, 2]})]
        for path, value in edits:
            snapshot = draft.copy()
            before = snapshot.to_yaml()
            draft.set(path, value)
            assert_written_as_one_dump(draft)
            assert snapshot.to_yaml() == before  # an older snapshot is written as it was
            assert_written_as_one_dump(snapshot)
        assert Draft.from_yaml(draft.to_yaml()).data == Draft.from_yaml(whole_dump(draft)).data


def test_a_body_written_line_by_line_is_what_yaml_dump_writes():
    """The fast paths (draft._written_fast: a ``|`` block, or double quotes folded at the width)
    against PyYAML's emitter, on generated and real texts."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from benchmarks.generate import release_yaml
    from desktop_app.draft import _written_fast

    def check(text: str, lang: str = "en", fast: bool = False) -> None:
        draft = Draft.new("defection-forum", languages=[lang], date=dt.date(2024, 3, 31))
        draft.set(("body", lang), text)
        assert_written_as_one_dump(draft)
        if fast:  # written by the fast path, not handed back to PyYAML
            assert _written_fast(("body", lang), text) is not None

    # Text that takes the fast paths and text that must not (tabs, CR, NEL, U+2028, BOM, a space
    # before a break, a leading space or break, a lone surrogate, U+FFFE, astral characters).
    pieces = st.sampled_from(["a", " ", "\n", "\n\n", "  x", "#", "- ", ": ", "|", "\t", "\r", "\x85", "\u2028",
                              "\u2029", "\ufeff", "\ufffe", "\ud800", "\U0001f600", "\U0010ffff", "\xa0",
                              "မြန်မာ", "\u200b", "---", "'", '"', "\x7f", "\x00", "\\", "word " * 9,
                              "y" * 97, "ကြည့် " * 7, " " * 40, "z"])

    @settings(max_examples=600, deadline=None)
    @given(st.lists(pieces, min_size=1, max_size=40).map("".join), st.sampled_from(["en", "my", "no", "y"]))
    def generated(text: str, lang: str) -> None:
        check(text, lang)

    generated()
    for text in (Draft.from_yaml(release_yaml(8)).get(("body",)) or {}).values():
        check(text, fast=True)
        check("\n\n" + text + "  \n\n")
        check(text.replace("\n\n", " \n\n"), fast=True)  # a space before each break: still a block
        check(text.replace("\n\n", " \n\t\n"), fast=True)  # and a tab: double quotes, folded
    sample = Draft.open(DATA.parent.parent / "resources/templates/examples/defection-forum-2024.release.yaml")
    for lang, text in sample.get(("body",)).items():
        check(text, lang, fast=True)
