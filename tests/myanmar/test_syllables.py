"""Syllable segmentation for line breaking, table-driven.

Cases follow the syllable-breaking rule published with sylbreak (Ye Kyaw Thu,
https://github.com/ye-kyaw-thu/sylbreak, README and sylbreak.py): a break comes before a
consonant unless it is stacked (after U+1039) or killed (before U+103A/U+1039), and
before independent vowels, digits and symbols; plus our line-breaking additions (no
break before ၊ ။, inside numbers, or after an opening bracket).
"""

from __future__ import annotations

import pytest

from desktop_app.myanmar.syllables import break_positions, is_well_formed, syllables


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
    ("Latin only", True),
])
def test_well_formed_burmese(text, expected):
    assert is_well_formed(text) is expected
