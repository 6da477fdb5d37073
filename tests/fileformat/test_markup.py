"""The body markup: each construct of FORMAT.md becomes the right span, nothing else is interpreted."""

from __future__ import annotations

import pytest

from desktop_app.fileformat.markup import parse_blocks, parse_inline, url_problem
from desktop_app.model import FootnoteRef, Heading, Link, Paragraph, Run


def inline(text: str, **kwargs):
    spans, problems = parse_inline(text, 1, **kwargs)
    assert problems == []
    return spans


@pytest.mark.parametrize(("text", "expected"), [
    ("plain", (Run("plain"),)),
    ("a **bold** b", (Run("a "), Run("bold", bold=True), Run(" b"))),
    ("an *italic* word", (Run("an "), Run("italic", italic=True), Run(" word"))),
    ("***both***", (Run("both", bold=True, italic=True),)),
    ("5 * 3 = 15", (Run("5 * 3 = 15"),)),
    ("a \\*literal\\* star", (Run("a *literal* star"),)),
    ("see [site](https://example.org).", (Run("see "), Link("https://example.org", (Run("site"),)), Run("."))),
    ("[**bold link**](https://example.org)", (Link("https://example.org", (Run("bold link", bold=True),)),)),
    ("<https://peoplesgoal.org>", (Link("https://peoplesgoal.org", (Run("https://peoplesgoal.org"),)),)),
    ("<mailto:a@b.org>", (Link("mailto:a@b.org", (Run("a@b.org"),)),)),
    ("Goal[^pg] and", (Run("Goal"), FootnoteRef("pg"), Run(" and"))),
    ("[not a link] (x)", (Run("[not a link] (x)"),)),
    ("ကျွန်ုပ်တို့ **မြန်မာ**", (Run("ကျွန်ုပ်တို့ "), Run("မြန်မာ", bold=True))),
])
def test_inline_constructs(text, expected):
    assert inline(text) == expected


def test_bare_urls_become_links_in_footnotes_only():
    assert inline("https://x.org/a.", bare_urls=True) == (Link("https://x.org/a", (Run("https://x.org/a"),)), Run("."))
    assert inline("https://x.org/a.") == (Run("https://x.org/a."),)


def test_blocks_headings_and_paragraph_lines():
    blocks, problems = parse_blocks("First line\nsecond line.\n\n## Heading\n\nမြန်မာ\nစာ", lambda i: i + 10)
    assert problems == []
    assert blocks == (Paragraph((Run("First line second line."),)), Heading((Run("Heading"),)),
                      Paragraph((Run("မြန်မာစာ"),)))
    assert [b.line for b in blocks] == [10, 13, 15]


def test_problem_lines_follow_the_source_line():
    _, problems = parse_blocks("ok\nstill ok **never closed\n", lambda i: 100 + i)
    assert [p.line for p in problems] == [101]


def test_other_heading_levels_are_reported():
    _, problems = parse_blocks("# Big", lambda i: 1)
    assert "headings are not supported" in problems[0].message


@pytest.mark.parametrize(("url", "ok"), [
    ("https://example.org", True), ("http://example.org/a?b=c", True), ("mailto:a@b.org", True),
    ("javascript:alert(1)", False), ("file:///etc/passwd", False), ("data:text/html,x", False),
    ("https://", False), ("mailto:nobody", False), ("https://exa mple.org", False), ("example.org", False),
])
def test_url_policy(url, ok):
    assert (url_problem(url) is None) == ok


@pytest.mark.parametrize(("source", "joined"), [
    ("ရေဘေးကယ်ဆယ်ရေး\nစခန်းများ", "ရေဘေးကယ်ဆယ်ရေးစခန်းများ"),   # inside a phrase: nothing
    ("ပေးအပ်သည်။\nထို့နောက်", "ပေးအပ်သည်။ ထို့နောက်"),           # after ။ : a space
    ("စားနပ်ရိက္ခာ၊\nထောက်ပံ့ပစ္စည်း", "စားနပ်ရိက္ခာ၊ ထောက်ပံ့ပစ္စည်း"),  # after ၊ : a space
    ("မြန်မာ\nMyanmar", "မြန်မာ Myanmar"),
])
def test_hard_wrapped_burmese_joins_like_published_burmese(source, joined):
    blocks, problems = parse_blocks(source, lambda i: i + 1)
    assert problems == []
    [block] = blocks
    assert "".join(run.text for run in block.content) == joined
