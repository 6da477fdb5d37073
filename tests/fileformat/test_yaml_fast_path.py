"""libyaml (PyYAML's C loader) reads a file exactly as the located pure-Python loader does, or not at all.

Loading takes the C loader first (issue 17: a tenth of the time on long releases) and
falls back to the pure-Python loader for every file it refuses or that reads with any
problem, so the messages are always the pure loader's. What must hold is that a file the
fast path accepts is one the pure loader accepts too, with the same data and the same
line, column and style for every key and value (the messages of later validation point
there) — checked on every file of tests/data, the shipped sample, generated releases and
generated YAML-like text full of the syntax the two parsers could disagree on.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.errors import ReleaseError
from desktop_app.fileformat import yamlsource
from desktop_app.fileformat.yamlsource import _parse_fast, parse_yaml_text, parse_yaml_text_located
from desktop_app.resources import sample_release
from tests.conftest import DATA

PATH = Path("x.release.yaml")


def _pure(text: str):
    try:
        doc = parse_yaml_text_located(text, PATH)
    except ReleaseError as exc:
        return [p.format() for p in exc.problems]
    return doc.data, doc.values, doc.keys


def _assert_fast_reads_as_pure(text: str) -> bool:
    fast = _parse_fast(text, PATH)
    if fast is None:
        return False
    assert (fast.data, fast.values, fast.keys) == _pure(text)
    return True


def _yaml_files() -> list[Path]:
    return sorted([*DATA.rglob("*.yaml"), sample_release(), *sample_release().parent.parent.glob("*.yaml")])


def test_every_test_file_reads_the_same_through_libyaml():
    taken = 0
    for path in _yaml_files():
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
        taken += _assert_fast_reads_as_pure(text)
        _assert_fast_reads_as_pure(text.replace("\n", "\r\n"))
    assert taken > 40  # most files are well-formed YAML: the fast path did read them


def test_a_generated_long_release_reads_the_same(tmp_path):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    try:
        from generate import write_release
    finally:
        sys.path.pop(0)
    for languages in ("en", None):
        release = write_release(8, tmp_path, **({"languages": languages} if languages else {}))
        assert _assert_fast_reads_as_pure(release.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["deep-nesting", "alias-bomb", "alias-strings", "duplicate-key", "empty",
                                  "control-characters", "date-format", "invalid-date"])
def test_a_bad_file_gets_the_pure_loaders_message(name):
    text = (DATA / "bad" / f"{name}.release.yaml").read_bytes().decode("utf-8-sig", errors="replace")
    try:
        expected = parse_yaml_text_located(text, PATH)
    except ReleaseError as exc:
        with pytest.raises(ReleaseError) as got:
            parse_yaml_text(text, PATH)
        assert [p.format() for p in got.value.problems] == [p.format() for p in exc.problems]
    else:
        got_doc = parse_yaml_text(text, PATH)
        assert (got_doc.data, got_doc.values, got_doc.keys) == (expected.data, expected.values, expected.keys)


def test_without_the_c_loader_the_pure_loader_reads_everything(monkeypatch):
    monkeypatch.setattr(yamlsource, "_FAST_LOADER", None)
    text = sample_release().read_text(encoding="utf-8")
    assert _parse_fast(text, PATH) is None
    assert parse_yaml_text(text, PATH).data == parse_yaml_text_located(text, PATH).data


#: Pieces of YAML syntax, text and values the two parsers might read differently.
_PIECES = ["key", "body", "my", "en", ": ", ":", "\n", "\r\n", "\r", "  ", "    ", " ", "- ", "-", "? ", "|", "|-",
           ">", ">+", "#", " # c", "'", "''", '"', '\\"', "\\n", "\\x41", "\\u1000", "\\U0001F600", "\\/", "\\_",
           "\\N", "\\ ", "\\", "[", "]", "{", "}", ", ", ",", "&a ", "*a", "!!str ", "!x ", "<<: ", "---", "...",
           "~", "null", "yes", "No", "0x1F", "0o17", "017", "1_000", "1e3", ".inf", "2024-03-31", "2024-02-30",
           "2024-03-31 10:00:00", "12:30", "ကမ္ဘာ", "မြန်မာ ", "English", "a b", "\t", "\u00a0", "\u2028",
           "\x85", "\ufeff", "%YAML 1.1\n", "@", "`", "%", "=", "<", "😀", "\x07"]


@pytest.mark.parametrize("text", ["key: |#", "key: >#", "key: |-#", "key: |1-#\n  a", "key: |\n  a\nb: |#c\n  d"])
def test_a_comment_glued_to_a_block_header_gets_the_pure_loaders_refusal(text):
    """libyaml reads ``|#`` as an empty text; PyYAML (whose messages we give) refuses it."""
    _assert_fast_reads_as_pure(text)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_yaml_like_text_reads_the_same_or_goes_to_the_pure_loader(pieces):
    _assert_fast_reads_as_pure("".join(pieces))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["thadin", "date", "headline", "body", "my", "en", "a b", "1", "ကခ"]),
                          st.integers(0, 3),
                          st.sampled_from(["1", "x", '"q\\"x"', "'s''x'", "|\n      text\n      more",
                                           ">\n      folded\n\n      para", "[a, b]", "{my: ကခ, en: x}", "",
                                           "2024-03-31", "&n v", "*n", "- item", "ကမ္ဘာ: x"])),
                max_size=12))
def test_mapping_shaped_text_reads_the_same_or_goes_to_the_pure_loader(entries):
    text = "".join(f"{'  ' * depth}{key}: {value}\n" for key, depth, value in entries)
    _assert_fast_reads_as_pure(text)
