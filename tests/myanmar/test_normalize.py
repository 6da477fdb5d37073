"""Normalisation of typed Burmese, table-driven.

Where the rules come from:
- storage order: Unicode Technical Note #11, *Representing Myanmar in Unicode: Details and
  Examples* (M. Hosken), "Unicode 5.1 Model" — consonant, stack, medials ya < ra < wa < ha,
  then ေ (U+1031) and the other vowels, asat, dot below, visarga; and its "Normalization"
  note: NFC stores U+1037 before U+103A whatever order they were typed in;
- canonical equivalence (UAX #15): U+1026 ဦ = U+1025 U+102E;
- the look-alikes ၀/ဝ and ၄/၎ and the stray ZWSP: real text, e.g. the Unicode corpus line with
  ဒုတိယ၀န်ကြီး (tests/data/corpus/zawgyi/mmgov_unicode.txt), where ICU's dictionary then
  misses the word ဝန်ကြီး "minister" (see test_words.py).
"""

from __future__ import annotations

import unicodedata

import pytest

from desktop_app.myanmar.normalize import Kind, find_problems, fix_safe, normalize
from desktop_app.resources import sample_release
from tests.conftest import corpus_lines

UNICODE = corpus_lines("unicode")
ZWSP, ZWJ, WJ, BOM = "\u200b", "\u200d", "\u2060", "\ufeff"

# text, kinds found, fix_safe(text), normalize(text)
CASES = [
    # ေ typed first (visual order) where nothing before it can carry it
    ("ေက", [Kind.E_BEFORE_CONSONANT], "ကေ", "ကေ"),
    ("ေနပြည်တော်", [Kind.E_BEFORE_CONSONANT], "နေပြည်တော်", "နေပြည်တော်"),
    ("ဆက်ေလ", [Kind.E_BEFORE_CONSONANT], "ဆက်လေ", "ဆက်လေ"),            # after an asat
    ("ေြကး", [Kind.E_BEFORE_CONSONANT], "ကြေး", "ကြေး"),               # ... and before the medial ra
    ("ေကျွး", [Kind.E_BEFORE_CONSONANT], "ကျွေး", "ကျွေး"),
    ("ေွကျး", [Kind.E_BEFORE_CONSONANT], "ကျွေး", "ကျွေး"),             # medials sorted ya < wa
    ("ပစ္ေစ", [Kind.E_BEFORE_CONSONANT], "ပစ္စေ", "ပစ္စေ"),              # after a virama: goes after the stack
    ("ကလေး", [], "ကလေး", "ကလေး"),                                     # correct
    ("ကေလး", [], "ကေလး", "ကေလး"),                                     # maybe mistyped, but valid: not ours to guess
    # doubled marks
    ("ကိိ", [Kind.DOUBLED_MARK], "ကိ", "ကိ"),
    ("တို့့", [Kind.DOUBLED_MARK], "တို့", "တို့"),
    ("သည််", [Kind.DOUBLED_MARK], "သည်", "သည်"),
    ("ေေက", [Kind.DOUBLED_MARK], "ကေ", "ကေ"),                          # one repair exposes the next
    # NFC: asat typed before dot below, ဥ + ီ
    ("ကြောင\u103a\u1037", [Kind.NFC], "ကြောင့်", "ကြောင့်"),
    ("ဥ\u102eး", [Kind.NFC], "ဦး", "ဦး"),
    # invisibles: inside a syllable they break shaping; between syllables ZWSP is a break hint
    (f"ကျွ{ZWSP}န်", [Kind.INVISIBLE], "ကျွန်", "ကျွန်"),               # before a final consonant
    (f"က{ZWSP}ြ", [Kind.INVISIBLE], "ကြ", "ကြ"),                        # before a medial
    (f"ပစ္{WJ}စ", [Kind.INVISIBLE], "ပစ္စ", "ပစ္စ"),                      # inside a stack
    (f"မြန်{ZWSP}မာ", [], f"မြန်{ZWSP}မာ", f"မြန်{ZWSP}မာ"),              # a hint: kept
    (f"မြန်{BOM}မာ", [Kind.INVISIBLE], "မြန်မာ", "မြန်မာ"),              # a BOM mid-text never is
    (f"က{ZWJ}ြ", [Kind.INVISIBLE], f"က{ZWJ}ြ", "ကြ"),                  # ZWJ: reported, not auto-removed
    (f"Zoom{ZWSP}မှ", [], f"Zoom{ZWSP}မှ", f"Zoom{ZWSP}မှ"),              # not between Burmese
    # ၀ (digit) for ဝ (letter), ၄ for ၎ and back
    ("ဒုတိယ၀န်ကြီး", [Kind.ZERO_AS_WA], "ဒုတိယဝန်ကြီး", "ဒုတိယဝန်ကြီး"),    # the corpus's own case
    ("အ၀တ်", [Kind.ZERO_AS_WA], "အဝတ်", "အဝတ်"),
    ("၀ါ", [Kind.ZERO_AS_WA], "ဝါ", "ဝါ"),                              # a digit takes no vowel sign
    ("ယ၀က", [Kind.ZERO_AS_WA], "ယဝက", "ယဝက"),                          # between two letters
    ("သဘာ၀ ", [Kind.ZERO_AS_WA], "သဘာ၀ ", "သဘာဝ "),                     # after a letter only: reported
    ("၂၀၂၄", [], "၂၀၂၄", "၂၀၂၄"),
    ("၁၀ ရက်", [], "၁၀ ရက်", "၁၀ ရက်"),
    ("၀", [], "၀", "၀"),
    ("၂ဝ၂၄", [Kind.WA_AS_ZERO], "၂၀၂၄", "၂၀၂၄"),
    ("၂ဝ ရက်", [Kind.WA_AS_ZERO], "၂ဝ ရက်", "၂၀ ရက်"),                  # after a number only: reported
    ("၂ ဝါ", [], "၂ ဝါ", "၂ ဝါ"),
    ("သဘာဝ", [], "သဘာဝ", "သဘာဝ"),
    ("၄င်း", [Kind.FOUR_AS_LAGAUNG], "၎င်း", "၎င်း"),                   # a digit takes no final consonant
    ("၎င်း", [], "၎င်း", "၎င်း"),
    ("၄ ခု", [], "၄ ခု", "၄ ခု"),
    ("၄ခု", [], "၄ခု", "၄ခု"),                                         # four items, no space: still a digit
    ("၁၎၅", [Kind.LAGAUNG_AS_FOUR], "၁၄၅", "၁၄၅"),
]


@pytest.mark.parametrize(("text", "kinds", "safe", "full"), CASES)
def test_cases(text, kinds, safe, full):
    assert [issue.kind for issue in find_problems(text)] == kinds
    assert fix_safe(text) == safe
    assert normalize(text) == full


@pytest.mark.parametrize(("text", "kinds", "safe", "full"), CASES)
def test_repairs_are_stable_and_in_nfc(text, kinds, safe, full):
    assert fix_safe(safe) == safe
    assert normalize(full) == full
    assert find_problems(full) == []
    assert unicodedata.is_normalized("NFC", safe)


def test_issues_point_at_the_problem_and_say_what_it_is():
    text = "အစည်းအဝေး ဒုတိယ၀န်ကြီး ေနပြည်တော်"
    zero, e_first = find_problems(text)
    assert (zero.kind, text[zero.offset:zero.end], zero.replacement, zero.safe) == (Kind.ZERO_AS_WA, "၀", "ဝ", True)
    assert "၀" in zero.message and "ဝ" in zero.message
    assert (e_first.kind, text[e_first.offset:e_first.end], e_first.replacement) == \
        (Kind.E_BEFORE_CONSONANT, "ေန", "နေ")
    assert "ေန" in e_first.message and "နေ" in e_first.message


def test_the_unicode_corpus_has_only_its_digit_zeros_for_wa():
    found = [(n, issue) for n, line in enumerate(UNICODE) for issue in find_problems(line)]
    assert {issue.kind for _, issue in found} == {Kind.ZERO_AS_WA}
    assert all(issue.safe for _, issue in found)
    # Each is the ၀ of ဝန်, ဝမ်း, ဝတ်, ဝင် written with the digit.
    words = sorted({UNICODE[n][issue.offset:issue.offset + 3] for n, issue in found})
    assert words == sorted(["၀တ်", "၀န်", "၀မ်", "၀င်"])
    assert len(found) == 6


def test_fixing_the_corpus_changes_nothing_but_those_zeros():
    changes = []
    for line in UNICODE:
        fixed = fix_safe(line)
        assert len(fixed) == len(line)
        changes += [(a, b) for a, b in zip(line, fixed, strict=True) if a != b]
    assert changes == [("၀", "ဝ")] * 6


def test_numbers_in_the_corpus_are_left_alone():
    for line in UNICODE:
        for number in ("၁၀၀၀", "၂၀၊", "၆၁၆၀", "၂၅၀", "၂၅၄"):
            if number in line:
                assert number in fix_safe(line)


def test_the_sample_release_needs_no_repair():
    text = sample_release().read_text(encoding="utf-8")
    assert find_problems(text) == []
    assert fix_safe(text) == text
