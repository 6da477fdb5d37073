"""Bidi controls make a link show one address and open another: refused, with field and line."""

from __future__ import annotations

import pytest

from desktop_app.errors import ReleaseError
from desktop_app.fileformat import load_release


@pytest.mark.parametrize(("body", "footnote", "field", "line"), [
    ("See [the site](https://example.org/\u202egpj.exe).", None, "body.en", 7),
    ("A paragraph.[^n]", "<https://exam\u2066ple.org>", "footnotes.n", 9),
    ("A paragraph.[^n]", "bare https://example.org/\u200fx here", "footnotes.n", 9),
])
def test_bidi_controls_in_urls_are_refused(write_release, minimal_text, body, footnote, field, line):
    text = minimal_text.replace("A paragraph.", body)
    if footnote:
        text += f'footnotes:\n  n: "{footnote}"\n'
    with pytest.raises(ReleaseError) as caught:
        load_release(write_release(text))
    [problem] = caught.value.problems
    assert (problem.field, problem.line) == (field, line)
    assert "invisible direction controls" in problem.message


def test_bidi_controls_in_the_contact_website_are_refused(write_release, minimal_text):
    text = minimal_text + 'contact:\n  website: "https://example.org/\u202eadmin"\n'
    with pytest.raises(ReleaseError) as caught:
        load_release(write_release(text))
    [problem] = caught.value.problems
    assert problem.field == "contact.website" and "U+202E" in problem.message
