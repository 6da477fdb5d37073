"""The preview's re-read after an edit inside a ``|`` block equals a full parse, or does not answer.

``yamledit.reparse`` replaces one scalar of the last parse and moves the lines after it;
whatever it returns must be exactly what ``parse_yaml_text`` gives for the new text
(data, and the line, column and style of every key and value, which every message
names). Checked on typed edits (inserts, deletions, replacements of YAML's own syntax:
line breaks, indentation, ``#``, ``:``, ``|``, quotes, tabs, document markers, Burmese)
anywhere in real release files, and the common cases must really take the fast path.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.errors import ReleaseError
from desktop_app.fileformat.yamledit import common_prefix, common_suffix, reparse
from desktop_app.fileformat.yamlsource import _parse_fast, parse_yaml_text
from desktop_app.resources import sample_release
from tests.conftest import DATA

PATH = Path("x.release.yaml")
SAMPLE = sample_release().read_text(encoding="utf-8")
BILINGUAL = (DATA / "bilingual.release.yaml").read_text(encoding="utf-8")
TEXTS = [SAMPLE, BILINGUAL]
PIECES = [" ", "  ", "x", "word ", "\n", "\n\n", "\n    ", "\n  ", "\n      ", "#", " #", "- ", ": ", "|", ">",
          "---", "...", "'", '"', "\t", "\r", "[^pg]", "**", "ကျွန်ုပ်", "\u3000", "\u00a0", "key: v\n", "\n x"]


def _full(text: str):
    try:
        doc = parse_yaml_text(text, PATH)
    except ReleaseError as exc:
        return [p.format() for p in exc.problems]
    return doc.data, doc.values, doc.keys


def _check(old: str, new: str) -> bool:
    """Assert reparse equals the full parse whenever it answers; return whether it answered."""
    doc = _parse_fast(old, PATH)
    assert doc is not None
    result = reparse(old, doc, new)
    if result is None:
        return False
    spliced, edit = result
    assert _parse_fast(new, PATH) is not None  # the full parse takes the fast path too
    assert (spliced.data, spliced.values, spliced.keys) == _full(new)
    assert edit.delta == new.count("\n") - old.count("\n")
    return True


@st.composite
def _edits(draw):
    text = draw(st.sampled_from(TEXTS))
    body = text.index("body:")
    at = draw(st.integers(min_value=0, max_value=len(text)) | st.integers(min_value=body, max_value=len(text)))
    cut = draw(st.integers(min_value=0, max_value=12))
    insert = "".join(draw(st.lists(st.sampled_from(PIECES), max_size=4)))
    return text, text[:at] + insert + text[at + cut:]


@settings(max_examples=600, deadline=None)
@given(_edits())
def test_reparse_equals_a_full_parse(edit):
    old, new = edit
    _check(old, new)


def test_random_edits_in_bodies_mostly_take_the_fast_path():
    import random

    rng = random.Random(17)
    answered = 0
    for _ in range(300):
        text = rng.choice(TEXTS)
        at = rng.randrange(text.index("body:") + 20, text.index("footnotes:"))
        piece = "".join(rng.choice(PIECES) for _ in range(rng.randrange(3)))
        answered += _check(text, text[:at] + piece + text[at + rng.randrange(4):])
    assert answered > 100


@given(st.text(min_size=0, max_size=40), st.text(min_size=0, max_size=40), st.text(max_size=10))
def test_common_prefix_and_suffix(a, b, shared):
    for x, y in ((shared + a, shared + b), (a + shared, b + shared)):
        p = common_prefix(x, y)
        assert x[:p] == y[:p] and (p == min(len(x), len(y)) or x[p] != y[p])
        limit = min(len(x), len(y)) - p
        s = common_suffix(x, y, limit)
        assert s <= limit and x[len(x) - s:] == y[len(y) - s:]
        assert s == limit or x[len(x) - s - 1] != y[len(y) - s - 1]


def _long_text() -> str:
    return "x" * 10_000 + "ab" + "y" * 9_000


def test_long_common_parts():
    a, b = _long_text(), _long_text().replace("ab", "aXb")
    assert common_prefix(a, b) == 10_001
    assert common_suffix(a, b, len(a) - 10_001) == 9_001


@pytest.mark.parametrize("text", TEXTS, ids=["sample", "bilingual"])
def test_typing_in_a_body_takes_the_fast_path(text):
    body = text.index("  en: |") if "  en: |" in text else text.index("body:")
    at = text.index(" the ", body) + 5
    assert _check(text, text[:at] + "x" + text[at:])  # a letter
    assert _check(text, text[:at] + "\n    more\n    " + text[at:])  # lines added
    assert _check(text, text[:at] + "\n\n    ## A heading\n\n    " + text[at:])  # a new block
    end = text.index("\n", at)
    assert _check(text, text[:at] + text[end:])  # the rest of a line deleted
    nxt = text.index("\n", end + 1)
    assert _check(text, text[:at] + text[nxt:])  # a line break and a line deleted


@pytest.mark.parametrize("new", [
    lambda t, at: t[:at] + "\nnot: indented\n" + t[at:],  # ends the scalar: the file's structure changes
    lambda t, at: t[:at] + "\t" + t[at:],  # a tab: the pure loader's
    lambda t, at: t[:at] + "\r" + t[at:],
    lambda t, at: t[:at] + "\n        \n" + t[at:],  # spaces only, past the indentation
])
def test_edits_that_could_read_differently_are_parsed_in_full(new):
    at = SAMPLE.index(" the ", SAMPLE.index("body:")) + 5
    doc = _parse_fast(SAMPLE, PATH)
    assert reparse(SAMPLE, doc, new(SAMPLE, at)) is None


def test_an_edit_outside_a_block_is_parsed_in_full():
    doc = _parse_fast(SAMPLE, PATH)
    assert reparse(SAMPLE, doc, SAMPLE.replace("2024-03-31", "2024-04-01", 1)) is None


def test_the_old_parse_is_left_as_it_was():
    doc = _parse_fast(SAMPLE, PATH)
    data, values = repr(doc.data), dict(doc.values)
    at = SAMPLE.index(" the ", SAMPLE.index("body:")) + 5
    assert reparse(SAMPLE, doc, SAMPLE[:at] + "\n    new line\n    " + SAMPLE[at:]) is not None
    assert repr(doc.data) == data and doc.values == values
