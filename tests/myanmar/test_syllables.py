"""Syllable segmentation for line breaking, table-driven.

Cases follow the syllable-breaking rule published with sylbreak (Ye Kyaw Thu,
https://github.com/ye-kyaw-thu/sylbreak, README and sylbreak.py): a break comes before a
consonant unless it is stacked (after U+1039) or killed (before U+103A/U+1039), and
before independent vowels, digits and symbols; plus our line-breaking additions (no
break before ၊ ။, inside numbers, or after an opening bracket).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.myanmar.script import is_myanmar
from desktop_app.myanmar.syllables import (
    NO_BREAK_AFTER,
    NO_BREAK_BEFORE,
    break_positions,
    is_well_formed,
    syllable_starts,
    syllables,
)
from tests.conftest import corpus_lines


@pytest.mark.parametrize(("text", "expected"), [
    ("မြန်မာ", "မြန်|မာ"),                                 # medial ya-pin + final consonant
    ("ကျွန်ုပ်တို့သည်", "ကျွန်ုပ်|တို့|သည်"),                     # medials, u after asat, dot below
    ("အင်္ဂလိပ်", "အင်္ဂ|လိပ်"),                              # kinzi stays with the stacked consonant
    ("ဗုဒ္ဓ", "ဗုဒ္ဓ"),                                       # virama stack: one unit
    ("ကြောင့်", "ကြောင့်"),                                   # dot below before asat (canonical order)
    ("သတင်းထုတ်ပြန်ချက်", "သ|တင်း|ထုတ်|ပြန်|ချက်"),
    ("လူတိုင်းသည်တူညီ", "လူ|တိုင်း|သည်|တူ|ညီ"),
    ("ဥက္ကဋ္ဌ", "ဥက္ကဋ္ဌ"),                                  # independent vowel + stacks
    ("၎င်းတို့", "၎င်း|တို့"),                                  # symbol la-gaung
    ("ပေးအပ်သည်။", "ပေး|အပ်|သည်။"),                           # section mark never starts a line
    ("၂၀၂၄ခုနှစ်", "၂၀၂၄|ခု|နှစ်"),                             # a number is never split
    ("(ဒုတိယ)", "(ဒု|တိ|ယ)"),                                # brackets cling to their word
    ("Zoomမှ", "Zoom|မှ"),                                   # Latin word against Burmese
    ("ဧပြီ", "ဧ|ပြီ"),                                       # independent vowel starts a syllable
])
def test_syllables(text, expected):
    assert "|".join(syllables(text)) == expected


def test_spaces_are_not_reported_as_syllable_breaks():
    assert break_positions("မြန်မာ စာ") == [4]


def test_every_break_is_between_whole_clusters(tmp_path):
    from tests.conftest import corpus_lines

    marks = set(range(0x102B, 0x103F)) - {0x103F}
    for line in corpus_lines():
        for pos in break_positions(line):
            assert ord(line[pos]) not in marks, (line, pos)  # never before a dependent sign
            assert line[pos - 1] != "\u1039"  # never after a stacker


@pytest.mark.parametrize(("text", "expected"), [
    ("မေတ္တာထား၍", True),        # stack in its own row
    ("ကျွန်ုပ်", True),              # asat before ု
    ("ယောက်ျား", True),             # asat before ျ
    ("အင်္ဂလိပ်", True),            # kinzi
    ("ဗုဒ္ဓ ကမ္ဘာ ဒုက္ခ", True),
    ("ေက", False),                 # ေ before its consonant
    ("ျမန္မာ", False),             # Zawgyi: medial first, ္ as asat
    ("ယခင္က", False),              # ္ between consonants of different rows
    ("ႏိုင္ငံ", False),             # Zawgyi's own code points
    ("တို့့", False),               # doubled mark
    ("ပေါ့ ကော် တွေ့ ဖော်", True),  # ေ with ါ or ာ, dot below, asat
    ("ဘေဲ", False),                 # ေ with ဲ: no Burmese spelling (Unicode ``စေဘဲ`` read as Zawgyi)
    ("Latin only", True),
])
def test_well_formed_burmese(text, expected):
    assert is_well_formed(text) is expected


def _break_positions_char_by_char(text: str) -> list[int]:
    """The line-break scan as it was: every character visited (the reference for the fast one)."""
    starts = syllable_starts(text)
    out = []
    for i in range(1, len(text)):
        before, ch = text[i - 1], text[i]
        if before.isspace() or ch.isspace() or ch in NO_BREAK_BEFORE or before in NO_BREAK_AFTER:
            continue
        mine_before, mine = is_myanmar(before), is_myanmar(ch)
        if mine and i in starts:
            if mine_before or before.isalnum() or before in "\u104a\u104b.,;:)]":
                out.append(i)
        elif mine_before and not mine and (ch.isalnum() or ch in "(["):
            out.append(i)
    return out


def test_break_positions_visit_only_candidates_yet_find_every_break():
    texts = corpus_lines("unicode") + corpus_lines("zawgyi")
    texts += ["(ဒုတိယ)", "ကမ္ဘာ2024ကမ္ဘာ", "abcက", "က[x]", "«ကခ»", "က\u200bခ", "၁၂၃ကခ", "ꩠꩡ ꧠꧡ"]
    for text in texts:
        assert break_positions(text) == _break_positions_char_by_char(text), text


#: Burmese letters, vowels, marks, digits and punctuation in any order (by code point: a
#: literal would be a malformed Burmese string in the test sources), Shan and Khamti
#: letters, and the Latin, space and bracket characters the rules look at.
_BREAK_ALPHABET = [chr(cp) for cp in (*range(0x1000, 0x104C), 0x1050, 0x1090, 0xAA60, 0xA9F0)] + list(
    " ab1.,;:)]([{«“‘\u200b\u00a0")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_BREAK_ALPHABET), max_size=40))
def test_break_positions_agree_with_the_character_scan(text):
    assert break_positions(text) == _break_positions_char_by_char(text)
