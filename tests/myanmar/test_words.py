"""Word boundaries for line breaking: ICU's Burmese dictionary, kept within syllable breaks.

Expected segmentations are ICU's (ICU 76/77, the versions pyicu-wheels ships), checked by
hand against the meaning: လူတိုင်း "everyone", တူညီ "equal", လွတ်လပ် "free". The word list
below holds corpus words a reader would never want cut at a line end (place and office
names, compounds); the corpus is tests/data/corpus/zawgyi/mmgov_unicode.txt.
"""

from __future__ import annotations

from itertools import pairwise

import pytest

from desktop_app.myanmar import words
from desktop_app.myanmar.normalize import fix_safe
from desktop_app.myanmar.syllables import break_positions
from desktop_app.myanmar.words import (
    SYLLABLE,
    WORD,
    Break,
    has_dictionary,
    line_break_positions,
    word_break_positions,
)
from tests.conftest import corpus_lines

UNICODE = corpus_lines("unicode")


def segmented(text: str) -> str:
    cuts = [0, *word_break_positions(text), len(text)]
    return "|".join(text[a:b] for a, b in pairwise(cuts))


def test_icu_dictionary_is_in_use():
    assert has_dictionary()


@pytest.mark.parametrize(("text", "expected"), [
    ("လူတိုင်းသည်တူညီလွတ်လပ်သော", "လူ|တိုင်း|သည်|တူညီ|လွတ်လပ်|သော"),    # the example
    ("နိုင်ငံတော်၏အတိုင်ပင်ခံပုဂ္ဂိုလ်", "နိုင်ငံတော်|၏|အတိုင်ပင်ခံ|ပုဂ္ဂိုလ်"),    # corpus line 2: State Counsellor
    ("ထောက်ပံ့ပစ္စည်း", "ထောက်ပံ့|ပစ္စည်း"),                           # "relief supplies"
    ("ပေးအပ်သည်။", "ပေးအပ်သည်။"),                                    # never before ။ (ICU alone breaks there)
    ("ဘဒ္ဒန္တ", "ဘဒ္ဒန္တ"),                                            # never inside a stack (ICU alone does)
])
def test_word_segmentation(text, expected):
    assert segmented(text) == expected


def test_every_word_break_is_a_syllable_break_on_the_corpus():
    for line in UNICODE:
        assert set(word_break_positions(line)) <= set(break_positions(line)), line


@pytest.mark.parametrize("word", [
    "နေပြည်တော်", "ပြည်ထောင်စု", "ဗိုလ်ချုပ်", "အတိုင်ပင်ခံ", "ကယ်ဆယ်", "ထောက်ပံ့", "နံနက်", "မြန်မာ",
])
def test_corpus_words_are_never_cut(word):
    found = 0
    for line in UNICODE:
        start = line.find(word)
        while start != -1:
            found += 1
            inside = [p for p in word_break_positions(line) if start < p < start + len(word)]
            assert inside == [], (word, line)
            start = line.find(word, start + 1)
    assert found >= 2  # the word really is in the corpus, more than once


def test_words_are_fewer_than_syllables_on_the_corpus():
    n_words = sum(len(word_break_positions(line)) for line in UNICODE)
    n_syllables = sum(len(break_positions(line)) for line in UNICODE)
    assert n_words < 0.75 * n_syllables  # the dictionary joins syllables into words


def test_line_breaks_are_all_syllable_breaks_ranked():
    text = "လူတိုင်းသည်တူညီလွတ်လပ်သော"
    assert line_break_positions(text) == [
        Break(2, WORD), Break(8, WORD), Break(11, WORD), Break(13, SYLLABLE),
        Break(15, WORD), Break(19, SYLLABLE), Break(22, WORD),
    ]
    assert {b.pos for b in line_break_positions(text, prefer_words=False)} == set(break_positions(text))
    assert all(b.rank == WORD for b in line_break_positions(text, prefer_words=False))


def test_corpus_line_breaks_cover_exactly_the_syllable_breaks():
    for line in UNICODE:
        breaks = line_break_positions(line)
        assert [b.pos for b in breaks] == break_positions(line)
        assert [b.pos for b in breaks if b.rank == WORD] == word_break_positions(line)


def test_offsets_count_characters_not_utf16_units():
    # ICU counts UTF-16 units; an emoji (two units) before the text must not shift the breaks.
    assert word_break_positions("😀လူတိုင်းသည်") == [3, 9]
    assert word_break_positions("𝐀 လူတိုင်းသည်") == [4, 10]


def test_normalising_digit_zero_helps_the_dictionary():
    # Corpus line 5 has ၀ (digit zero) for ဝ; the dictionary only knows the word with ဝ.
    assert segmented("ဒုတိယ၀န်ကြီး") == "ဒုတိယ၀န်|ကြီး"
    assert segmented(fix_safe("ဒုတိယ၀န်ကြီး")) == "ဒုတိယ|ဝန်ကြီး"


def test_without_icu_every_syllable_is_a_word(monkeypatch):
    monkeypatch.setattr(words, "has_dictionary", lambda: False)
    text = "လူတိုင်းသည်တူညီလွတ်လပ်သော"
    assert word_break_positions(text) == break_positions(text)
    assert line_break_positions(text) == [Break(p, WORD) for p in break_positions(text)]


def test_an_icu_without_the_burmese_dictionary_is_not_used(monkeypatch):
    words.has_dictionary.cache_clear()
    monkeypatch.setattr(words, "_icu_boundaries", lambda text: set(break_positions(text)))
    try:
        assert not words.has_dictionary()  # breaking at every syllable is no dictionary
    finally:
        monkeypatch.undo()
        words.has_dictionary.cache_clear()
    assert words.has_dictionary()
