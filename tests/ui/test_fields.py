"""Bound fields: what an edit inserted is found exactly, however long the text."""

from __future__ import annotations

from hypothesis import given
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
