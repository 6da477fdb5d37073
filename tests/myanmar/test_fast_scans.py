"""The fast scans of issue 17 give exactly what the slow ones gave.

The Zawgyi evidence is myanmartools' own per-pair log-likelihood ratios summed in its
order: the fast scan must give the same floats bit for bit, on real text we did not write
(the shared corpus in Zawgyi and Unicode, Google's held-out pairs) and on the edge cases
(no Burmese, only the model's non-Burmese characters, empty text). Script detection by a
regular expression must agree with the code-point ranges on every character.
"""

from __future__ import annotations

import math

from desktop_app.myanmar import zawgyi
from desktop_app.myanmar.script import MYANMAR_RANGES, has_myanmar, is_myanmar
from tests.conftest import corpus_lines, heldout_pairs


def _myanmartools_log_odds(text: str) -> float:
    total, seen = 0.0, False
    for value in zawgyi._detector()._llrs(text):
        if not math.isnan(value):
            total += value
            seen = True
    return -total if seen else math.nan


def _texts() -> list[str]:
    lines = corpus_lines("unicode") + corpus_lines("zawgyi")
    lines += [text for pair in heldout_pairs() for text in pair]
    out = []
    for line in lines:
        out += [line, line + "\n", *line.split()]
    return out + ["", " ", "abc", "\u2009", "a\u200bb", "\u200b\u1000", "x\u2009y", "English, then မြန်မာ."]


def test_log_odds_are_myanmartools_sums_bit_for_bit():
    zawgyi.zawgyi_log_odds.cache_clear()
    texts = _texts()
    assert len(texts) > 1000
    for text in texts:
        expected, got = _myanmartools_log_odds(text), zawgyi.zawgyi_log_odds(text)
        assert (math.isnan(expected) and math.isnan(got)) or expected == got, text


def test_spans_are_the_same_when_asked_again_and_cannot_be_changed_by_a_caller():
    line = corpus_lines("zawgyi")[0]
    first = zawgyi.zawgyi_spans(line)
    assert first
    first.clear()  # a caller's list is its own
    assert zawgyi.zawgyi_spans(line) == list(zawgyi._spans.__wrapped__(line, zawgyi.THRESHOLD, None)) != []


def test_script_detection_agrees_with_the_ranges_on_every_character():
    for cp in range(0x10000):
        ch = chr(cp)
        in_ranges = any(lo <= cp <= hi for lo, hi in MYANMAR_RANGES)
        assert is_myanmar(ch) == in_ranges == has_myanmar(f"ab{ch}cd"), hex(cp)
    assert not has_myanmar("")

