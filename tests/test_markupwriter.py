"""Spans → markup → spans is lossless: generated bodies and every body and footnote in tests/data."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.draft import Draft
from desktop_app.errors import ReleaseError
from desktop_app.fileformat.markup import parse_blocks
from desktop_app.markupwriter import write_blocks
from desktop_app.model import FootnoteRef, Heading, Link, Paragraph, Run
from desktop_app.resources import sample_release

DATA = Path(__file__).parent / "data"


def parse(markup: str):
    blocks, problems = parse_blocks(markup, lambda _i: None, bare_urls=True)
    assert not problems, (markup, problems)
    return blocks


def visible(blocks) -> list:
    """What a reader sees: each non-space character with its emphasis and link, links, footnote markers, block kinds."""
    out = []
    for block in blocks:
        out.append(type(block).__name__)
        for inline in block.content:
            if isinstance(inline, FootnoteRef):
                out.append(("note", inline.id))
                continue
            if isinstance(inline, Link):  # a link is there to click even over blank text (hypothesis: [ ](url))
                out.append(("link", inline.target))
            runs, target = (inline.content, inline.target) if isinstance(inline, Link) else ((inline,), None)
            for run in runs:
                out += [(ch, run.bold, run.italic, target) for ch in run.text if not ch.isspace()]
    return out


words = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs"),
                              exclude_characters="\u2028\u2029\x85\ufeff"), min_size=1, max_size=12)
myanmar = st.sampled_from(["ကျွန်ုပ်", "တို့၏", "ဖိုရမ်", "ဒေါ်", "၂၀၂၄", "။"])
run = st.builds(Run, st.one_of(words, myanmar), st.booleans(), st.booleans())
urls = st.sampled_from(["https://peoplesgoal.org", "https://en.wikipedia.org/wiki/Yangon_(city)",
                        "mailto:press@example.org", "http://example.org/a?b=c&d=*e*"])
link = st.builds(Link, urls, st.lists(run, min_size=1, max_size=3).map(tuple))
note = st.builds(FootnoteRef, st.sampled_from(["pg", "ffm", "note-1", "a.b_c"]))
inlines = st.lists(st.one_of(run, run, run, link, note), min_size=1, max_size=8).map(tuple)
blocks = st.lists(st.one_of(st.builds(Paragraph, inlines), st.builds(Heading, inlines)), min_size=1, max_size=5)


@given(blocks)
def test_generated_bodies_survive_markup(generated):
    first = parse(write_blocks(generated))
    assert parse(write_blocks(first)) == first  # markup → spans → markup → spans: nothing lost
    assert visible(first) == visible([b for b in generated if visible([b])[1:]])


@pytest.mark.parametrize("text", ["^0", "^pg", "^"])
def test_a_link_whose_text_starts_with_a_caret_stays_a_link(text):
    # '[^0](…)' would read back as the footnote reference [^0] followed by text (hypothesis found it).
    generated = [Paragraph((Run("see ", False, False), Link("https://peoplesgoal.org", (Run(text, False, False),))))]
    first = parse(write_blocks(generated))
    assert visible(first) == visible(generated)


def bodies_in_tests_data() -> list[tuple[str, str]]:
    found = []
    for path in [sample_release(), *sorted(DATA.rglob("*.release.yaml"))]:
        try:
            draft = Draft.open(path)
        except ReleaseError:
            continue
        for field in ("body", "footnotes"):
            for key, value in (draft.get((field,), {}) or {}).items():
                texts = value if isinstance(value, dict) else {"en": value}
                for lang, text in texts.items():
                    if isinstance(text, str):
                        found.append((f"{path.name}:{field}.{key}.{lang}", text))
    return found


@pytest.mark.parametrize(("where", "markup"), bodies_in_tests_data(), ids=lambda v: v if ":" in v else "")
def test_every_body_in_tests_data_survives(where, markup):
    blocks, problems = parse_blocks(markup, lambda _i: None, bare_urls=True)
    if problems:
        pytest.skip("the file is meant to be refused")
    assert parse(write_blocks(blocks)) == blocks, where
