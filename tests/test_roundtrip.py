"""Save keeps the user's file: unchanged bytes stay, an edit rewrites only its field."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.draft import Draft
from desktop_app.errors import ReleaseError
from desktop_app.fileformat.yamlsource import parse_yaml_text
from desktop_app.resources import sample_release
from desktop_app.roundtrip import rewrite

DATA = Path(__file__).parent / "data"


def release_files() -> list[Path]:
    files = [sample_release(), *sorted(DATA.rglob("*.release.yaml"))]
    readable = []
    for path in files:
        try:
            Draft.open(path)
        except ReleaseError:
            continue
        readable.append(path)
    return readable


@pytest.mark.parametrize("path", release_files(), ids=lambda p: p.name)
def test_open_and_save_without_edits_is_byte_identical(path, tmp_path):
    draft = Draft.open(path)
    target = tmp_path / path.name
    draft.save(target)
    assert target.read_bytes() == path.read_bytes()


def changed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.ndiff(before.splitlines(), after.splitlines()) if line[:1] in "+-"]


def test_an_edit_changes_only_the_edited_field(tmp_path):
    source = sample_release().read_text(encoding="utf-8")
    path = tmp_path / "r.release.yaml"
    path.write_text("# our office's copy\n" + source.replace("date: 2024-03-31", "date: 2024-03-31  # as sent"),
                    encoding="utf-8")
    before = path.read_text(encoding="utf-8")
    draft = Draft.open(path)
    draft.set(("headline", "en"), "Forum ends: new network endorsed")
    draft.save()
    after = path.read_text(encoding="utf-8")
    assert changed_lines(before, after) == [
        '-   en: "Second Forum on Defection and Defiance Movement: Addressing Challenges and Forging '
        'Strategic Solutions"',
        '+   en: "Forum ends: new network endorsed"']
    assert "# our office's copy" in after and "# as sent" in after


def test_a_new_signatory_and_footnote_keep_the_file_style(tmp_path):
    path = tmp_path / "r.release.yaml"
    path.write_bytes(sample_release().read_bytes())
    draft = Draft.open(path)
    draft.set(("signatories",), [*draft.get(("signatories",)), {"en": "Spring Revolution Daily"}])
    draft.set(("footnotes", "srd"), "<https://example.org/srd>")
    draft.set(("body", "en"), draft.get(("body", "en")) + " Read more.[^srd]")
    before = sample_release().read_text(encoding="utf-8")
    draft.save()
    added = [line for line in changed_lines(before, path.read_text(encoding="utf-8")) if line[0] == "+"]
    assert "+   - {en: Spring Revolution Daily}" in added
    assert "+   srd: <https://example.org/srd>" in added
    assert Draft.open(path).release().signatories[-1].get("en") == "Spring Revolution Daily"


def test_windows_line_endings_and_a_byte_order_mark_are_kept(tmp_path):
    path = tmp_path / "r.release.yaml"
    raw = b"\xef\xbb\xbf" + sample_release().read_bytes().replace(b"\n", b"\r\n")
    path.write_bytes(raw)
    draft = Draft.open(path)
    draft.save()
    assert path.read_bytes() == raw
    draft.set(("date",), __import__("datetime").date(2024, 4, 1))
    draft.save()
    edited = path.read_bytes()
    assert edited.startswith(b"\xef\xbb\xbf") and b"\r\ndate: 2024-04-01\r\n" in edited
    assert edited.replace(b"2024-04-01", b"2024-03-31") == raw


text = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff\x85\u2028\u2029"),
               max_size=40)


@given(headline=text, body=st.lists(text.filter(lambda s: s.strip()), min_size=1, max_size=3),
       signatories=st.lists(text, max_size=3))
def test_whatever_is_typed_reads_back_exactly(headline, body, signatories):
    path = sample_release()
    original = path.read_text(encoding="utf-8")
    old = Draft.open(path).data
    new = {**old, "headline": {"my": headline, "en": old["headline"]["en"]},
           "body": {"en": "\n\n".join(p.strip() for p in body)},
           "signatories": [{"en": s} for s in signatories]}
    out = rewrite(original, old, new)
    back = parse_yaml_text(out, path).data
    assert back["headline"] == new["headline"]
    assert back["body"]["en"].rstrip("\n") == new["body"]["en"]
    assert back["signatories"] == new["signatories"]
    assert back["contact"] == old["contact"]
