"""Bound fields: what an edit inserted is found exactly, however long the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.ui.fields import inserted_text

_TEXT = st.text(alphabet="abက ", max_size=12)


@given(_TEXT, _TEXT, _TEXT, _TEXT)
def test_inserted_text_is_what_lies_between_the_shared_prefix_and_suffix(prefix, removed, added, suffix):
    old, new = prefix + removed + suffix, prefix + added + suffix
    found = inserted_text(old, new)
    # The smallest middle: what is left of new once the longest shared ends are taken away.
    assert len(found) <= len(added)
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    assert found == new[head:len(new) - tail]


# -- plain fields: what FORMAT.md does not mark up is text, whatever characters it holds ----------

MARKUP_LOOKALIKE = "**Joint** *statement* [^pg] <https://example.org> [a](https://b.org) \\* & <b>x</b> ## 50%"


def _pdf_text(yaml_text: str, tmp_path) -> str:
    import subprocess

    from desktop_app import service
    from desktop_app.resolve import resolve
    from desktop_app.writers.pdf import render_pdf
    from tests.conftest import DATA

    loaded = service.load_text(yaml_text, DATA / "x.release.yaml")
    pdf = tmp_path / "out.pdf"
    pdf.write_bytes(render_pdf(resolve(loaded.release)))
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_markup_typed_in_plain_fields_is_kept_and_printed_as_text(window, tmp_path):
    from tests.ui.conftest import type_text

    window.editor.setCurrentIndex(1)
    headline = window.editor.rows["headline"].fields["en"]
    headline.selectAll()
    headline.insertPlainText("")
    type_text(headline, MARKUP_LOOKALIKE)
    window.editor.setCurrentIndex(4)
    intro = window.editor.rows["contact"].fields["en"]
    intro.selectAll()
    intro.insertPlainText("")
    type_text(intro, "Write to *us*: <press>")
    assert window.document.get(("headline", "en")) == MARKUP_LOOKALIKE  # nothing escaped in the field
    assert headline.toPlainText() == MARKUP_LOOKALIKE
    text = " ".join(_pdf_text(window.document.draft.to_yaml(), tmp_path).split())
    assert "**Joint** *statement* [^pg] <https://example.org> [a](https://b.org) \\* & <b>x</b> ## 50%" in text
    assert "Write to *us*: <press>" in text


# Lone marks (ေ, ်) too: a plain field keeps whatever is typed, slips included (check reports them).
_PLAIN = st.text(alphabet=st.sampled_from(list("ab ကျ*_[]()<>\\#&^!:-'\"{}|%@.") + ["\u1031", "\u103a"]),
                 max_size=30).map(str.strip).filter(bool)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(headline=_PLAIN, intro=_PLAIN, email=_PLAIN)
def test_generated_plain_values_survive_the_fields_and_the_file(window, headline, intro, email):
    from desktop_app.draft import Draft

    fields = window.editor.rows["headline"].fields["my"], window.editor.rows["contact"].fields["en"]
    for field, value in zip(fields, (headline, intro), strict=True):
        field.setPlainText(value)  # as if typed: the field writes the draft
    line = window.editor.lines["email"]
    line.setText(email)
    line.textEdited.emit(email)
    assert window.document.get(("headline", "my")) == headline
    assert window.document.get(("contact", "intro", "en")) == intro
    assert window.document.get(("contact", "email")) == email
    back = Draft.from_yaml(window.document.draft.to_yaml())
    assert (back.get(("headline", "my")), back.get(("contact", "intro", "en")), back.get(("contact", "email"))) \
        == (headline, intro, email)
    window.document.set(("headline", "my"), "x" + headline, "undo me")  # and the fields follow the draft
    assert fields[0].toPlainText() == "x" + headline


def _plain_values(value, path=()):
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _plain_values(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _plain_values(item, (*path, i))


def test_every_release_in_tests_data_shows_its_plain_fields_exactly(window):
    from desktop_app.draft import Draft
    from desktop_app.errors import ReleaseError
    from tests.conftest import DATA, sample_release

    for path in [sample_release(), *sorted(DATA.rglob("*.release.yaml"))]:
        try:
            Draft.open(path)
        except ReleaseError:
            continue
        assert window.open_path(path)
        editor = window.editor
        shown = {("headline", lang): f.toPlainText() for lang, f in editor.rows["headline"].fields.items()}
        shown |= {("label", lang): f.text() for lang, f in editor.rows["label"].fields.items()}
        shown |= {("contact", "intro", lang): f.toPlainText() for lang, f in editor.rows["contact"].fields.items()}
        shown |= {("contact", key): f.text() for key, f in editor.lines.items()}
        for field_path, text in shown.items():
            value = window.document.get(field_path, "")
            if isinstance(value, str):
                assert text == value, (path.name, field_path)
        people = window.document.get(("signatories",), []) or []
        for row, person in enumerate(people):
            texts = person if isinstance(person, dict) else {"en": person}
            for column, lang in enumerate(("my", "en")):
                item = editor.signatories.item(row, column)
                assert (item.text() if item else "") == texts.get(lang, ""), (path.name, row, lang)
        assert not window.document.modified  # showing them changed nothing


def test_contact_addresses_are_checked_as_typed_in_plain_words(window):
    from tests.ui.conftest import type_text

    window.editor.setCurrentIndex(4)
    email, note = window.editor.lines["email"], window.editor.contact_notes["email"]
    email.clear()
    type_text(email, "press@")
    from desktop_app.ui.linkwords import check_link

    assert note.isVisible() and note.text() == check_link("mailto:press@").text  # the links' own words
    type_text(email, "example.org")
    assert not note.isVisible() and window.document.get(("contact", "email")) == "press@example.org"
    website, note = window.editor.lines["website"], window.editor.contact_notes["website"]
    website.clear()
    type_text(website, "example.org")
    assert note.isVisible() and "https://" in note.text()
    website.clear()
    type_text(website, "https://peoplesgoal.org@evil.example")  # allowed, but not where it seems
    assert note.isVisible() and "evil.example" in note.text()
    website.clear()
    type_text(website, "https://example.org")
    assert not note.isVisible()
    phone, note = window.editor.lines["phone"], window.editor.contact_notes["phone"]
    phone.clear()
    type_text(phone, "ask us")
    assert note.isVisible()
    type_text(phone, " +95 9 ၁၂၃")
    assert not note.isVisible()
