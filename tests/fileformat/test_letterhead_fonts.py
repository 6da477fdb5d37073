"""A letterhead's ``fonts:`` keys are exactly what resolve reads: nothing validates and is then ignored."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.errors import ReleaseError
from desktop_app.fileformat import load_release
from desktop_app.resolve import resolve

LETTERHEAD = (Path(__file__).parents[2] / "resources/templates/defection-forum.letterhead.yaml").read_text()


def load(write_release, minimal_text, fonts: str):
    return load_release(write_release(minimal_text.replace("letterhead: defection-forum", "letterhead: test"),
                                      letterhead=LETTERHEAD.replace("fonts: {my: Noto Sans Myanmar, en: Noto Serif}",
                                                                    fonts)))


@pytest.mark.parametrize(("fonts", "hint"), [
    ("fonts: {my: Padauk, en-GB: Noto Sans}", "did you mean 'en'? fonts are chosen per script"),
    ("fonts: {my-MM: Padauk}", "did you mean 'my'?"),
    ("fonts: {latin: Noto Sans}", "expected one of: en, my"),
    ("fonts: {shn: Padauk}", "expected one of: en, my"),
])
def test_font_keys_resolve_does_not_read_are_refused(write_release, minimal_text, fonts, hint):
    with pytest.raises(ReleaseError) as caught:
        load(write_release, minimal_text, fonts)
    [problem] = caught.value.problems
    key = fonts.split("{")[1].split(":")[0] if "," not in fonts else "en-GB"
    assert problem.field == f"fonts.{key}"
    assert problem.message == f"unknown font key '{key}'"
    assert problem.hint.startswith(hint)
    assert problem.file.name == "test.letterhead.yaml" and problem.line == 6


def test_the_keys_it_accepts_are_the_ones_used(write_release, minimal_text):
    resolved = resolve(load(write_release, minimal_text, "fonts: {my: Padauk, en: Noto Sans}"))
    assert (resolved.fonts.myanmar.name, resolved.fonts.latin.name) == ("Padauk", "Noto Sans")
