"""The loader's regex scans (issue 17) decide exactly what the per-character loops decided.

Control characters: the forbidden set must be Unicode's categories Cc and Cs minus tab and
newline, on every code point. Brackets and parentheses: the pairs and the "next ``)``"
lookup must equal the character-by-character matcher they replace, on any text.
"""

from __future__ import annotations

import re
import sys
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.fileformat.fields import _ALLOWED_CONTROLS, _FORBIDDEN_RE, MAX_STACKED_MARKS, FieldReader
from desktop_app.fileformat.markup import _pairs, parse_blocks, parse_inline


def _reference_pairs(text: str) -> tuple[dict[int, int], dict[int, int], list[int]]:
    """The matcher as it was: one Python step per character."""
    brackets: dict[int, int] = {}
    parens: dict[int, int] = {}
    open_brackets: list[int] = []
    open_parens: list[int] = []
    k, n = 0, len(text)
    while k < n:
        ch = text[k]
        if ch == "\\":
            k += 2
            continue
        if ch == "[":
            open_brackets.append(k)
        elif ch == "]" and open_brackets:
            brackets[open_brackets.pop()] = k
        k += 1
    for k, ch in enumerate(text):
        if ch == "(":
            open_parens.append(k)
        elif ch == ")" and open_parens:
            parens[open_parens.pop()] = k
    next_close = [n] * (n + 1)
    for k in range(n - 1, -1, -1):
        next_close[k] = k if text[k] == ")" else next_close[k + 1]
    return brackets, parens, next_close


def test_forbidden_characters_are_categories_cc_and_cs_but_tab_and_newline():
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        expected = ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) in ("Cc", "Cs")
        assert (_FORBIDDEN_RE.fullmatch(ch) is not None) == expected, hex(cp)
        if cp < 0x300:
            assert unicodedata.category(ch)[0] != "M", hex(cp)  # why only runs from U+0300 are read


class _Recorder:
    """Stands in for a FieldReader: records the problems a character check reports."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, int | None]] = []

    def problem(self, _path, message, _hint="", *, line=None):
        self.problems.append((message, line))

    @staticmethod
    def text_line(_path, index):
        return index


def _reference_check(reader: _Recorder, value: str) -> None:
    """The character check as it was: every character's category looked up in Python."""
    marks = 0
    for i, ch in enumerate(value):
        category = unicodedata.category(ch)
        if ch not in _ALLOWED_CONTROLS and category in ("Cc", "Cs"):
            reader.problem((), f"contains the control character U+{ord(ch):04X}", "",
                           line=reader.text_line((), value[:i].count("\n")))
            return
        marks = marks + 1 if category[0] == "M" else 0
        if marks > MAX_STACKED_MARKS:
            end = i
            while end < len(value) and unicodedata.category(value[end])[0] == "M":
                end += 1
            reader.problem((), f"a letter carries {end - i + marks - 1:,} stacked accents or marks; "
                           "they would be drawn over the lines around it", "",
                           line=reader.text_line((), value[:i].count("\n")))
            return


_CHECKED = st.lists(st.sampled_from(["a", " ", "\n", "\t", "\r", "\x00", "\x85", "\u0301", "\u0308", "\u0915",
                                     "\u0301" * 9, "\u0308\u0327" * 5, "\ud800", "é", "ा"]), max_size=40).map("".join)


@settings(max_examples=500, deadline=None)
@given(_CHECKED)
def test_character_check_reports_what_the_per_character_loop_reported(value):
    fast, reference = _Recorder(), _Recorder()
    FieldReader._check_characters(fast, (), value)
    _reference_check(reference, value)
    assert fast.problems == reference.problems


_MARKUP = st.text(alphabet=st.sampled_from("[]()\\ab *_^:/.\n"), max_size=60)


@settings(max_examples=400, deadline=None)
@given(_MARKUP)
def test_pairs_match_the_character_by_character_matcher(text):
    brackets, parens, next_close = _pairs(text)
    ref_brackets, ref_parens, ref_next = _reference_pairs(text)
    assert brackets == ref_brackets
    assert parens == ref_parens
    assert [next_close[k] for k in range(len(text) + 1)] == ref_next


def test_pairs_on_a_real_paragraph():
    text = r"See [the \[draft\] (v2)](https://example.org/a_(b)) and (notes)[^n1]. \\[x]"
    brackets, parens, next_close = _pairs(text)
    assert (brackets, parens) == _reference_pairs(text)[:2]
    assert [next_close[k] for k in range(len(text) + 1)] == _reference_pairs(text)[2]


_INLINE = st.lists(st.sampled_from(["[", "]", "(", ")", "\\", "*", "**", "<", ">", " ", "\n", "a", "b c", "h", "m",
                                    "http://x.org", "https://a.b/c", "mailto:a@b.org", "[^n1]", "[t](https://e.org)",
                                    "<https://e.org>", "ကခ", "\u00a0h", "\th", "_", "."]), max_size=25).map("".join)


def _parsed_char_by_char(monkeypatch, text: str, bare_urls: bool):
    """What the inline parser gives when it looks at every character (every one a possible markup start)."""
    from desktop_app.fileformat.markup import _InlineParser

    every = re.compile("(?s).")
    with monkeypatch.context() as m:
        m.setattr(_InlineParser, "MARKUP_STOP", every)
        m.setattr(_InlineParser, "MARKUP_STOP_BARE_URLS", every)
        return parse_inline(text, 3, bare_urls=bare_urls), parse_blocks(text, lambda i: i + 1, bare_urls=bare_urls)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_INLINE, st.booleans())
def test_inline_markup_taken_in_plain_stretches_parses_as_character_by_character(monkeypatch, text, bare_urls):
    fast = parse_inline(text, 3, bare_urls=bare_urls), parse_blocks(text, lambda i: i + 1, bare_urls=bare_urls)
    assert fast == _parsed_char_by_char(monkeypatch, text, bare_urls)


def test_unreadable_characters_are_exactly_the_ones_pyyamls_reader_refuses():
    """``_UNREADABLE`` lists what is refused; PyYAML's reader lists what is allowed: every code point agrees."""
    import yaml

    from desktop_app.fileformat.yamlsource import _UNREADABLE

    every = "".join(map(chr, range(0x110000)))
    refused = [m.start() for m in yaml.reader.Reader.NON_PRINTABLE.finditer(every)]
    assert [m.start() for m in _UNREADABLE.finditer(every)] == refused
    assert len(refused) > 2000  # the surrogates, U+FFFE/U+FFFF and the C0/C1 controls


def test_pyyamls_reader_pattern_is_compiled_on_first_use():
    """Importing the loader leaves the reader's pattern uncompiled; the pure-Python reader still refuses."""
    import subprocess
    import sys

    code = ("import desktop_app.fileformat.yamlsource, yaml\n"
            "lazy = yaml.reader.Reader.NON_PRINTABLE\n"
            "assert type(lazy).__name__ == 'LazyPattern' and lazy._compiled is None\n"
            "try:\n"
            "    yaml.safe_load('a: \\x07')\n"
            "except yaml.reader.ReaderError as exc:\n"
            "    print('refused', exc.character == 7)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "refused True", done.stderr
