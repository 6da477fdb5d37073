"""Zawgyi detection (myanmartools) and conversion (ICU Zawgyi-my), against material we did not write.

- tests/data/corpus/zawgyi: a government news item in Zawgyi and in Unicode, aligned line
  by line (from Google's myanmar-tools repository, genconvert/; see its README).
- compatibility.tsv, shipped inside the myanmartools wheel: the probabilities Google's Java
  implementation gives for 50 strings (Unicode, Zawgyi, Shan, Mon, Pali, Karen, ASCII).
"""

from __future__ import annotations

import math
from importlib.resources import files

import pytest

from desktop_app.myanmar import zawgyi
from desktop_app.myanmar.zawgyi import (
    THRESHOLD,
    ZawgyiConversionError,
    convert_zawgyi,
    is_zawgyi,
    zawgyi_probability,
    zawgyi_spans,
    zawgyi_to_unicode,
)
from desktop_app.resources import sample_release
from tests.conftest import corpus_lines

ZAWGYI, UNICODE = corpus_lines("zawgyi"), corpus_lines("unicode")


def compatibility_rows() -> list[tuple[float, str]]:
    text = (files("myanmartools.resources") / "compatibility.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        expected, _, string = line.partition("\t")
        rows.append((float(expected), string))
    return rows


def test_the_corpus_is_paired():
    assert len(ZAWGYI) == len(UNICODE) == 63
    assert sum(z != u for z, u in zip(ZAWGYI, UNICODE, strict=True)) == 63


def test_every_zawgyi_line_is_flagged_and_no_unicode_line():
    assert [n for n, line in enumerate(ZAWGYI) if not is_zawgyi(line)] == []
    assert [n for n, line in enumerate(UNICODE) if is_zawgyi(line)] == []


def test_the_threshold_has_a_wide_margin_on_the_corpus():
    # The measured figures behind THRESHOLD (see the module docstring).
    assert min(map(zawgyi_probability, ZAWGYI)) > 1 - 1e-12
    assert max(map(zawgyi_probability, UNICODE)) < 1e-10
    assert 1e-10 < THRESHOLD < 1 - 1e-12


@pytest.mark.parametrize("n", range(63))
def test_conversion_is_exact_on_every_corpus_line(n):
    assert zawgyi_to_unicode(ZAWGYI[n]) == UNICODE[n]
    assert convert_zawgyi(ZAWGYI[n]) == UNICODE[n]


def test_unicode_is_left_alone():
    assert [n for n, line in enumerate(UNICODE) if convert_zawgyi(line) != line] == []


def test_a_whole_field_of_several_lines_converts_exactly():
    assert convert_zawgyi("\n".join(ZAWGYI) + "\n") == "\n".join(UNICODE) + "\n"


def test_a_field_mixing_unicode_and_zawgyi_lines_converts_only_the_zawgyi():
    text = f"{UNICODE[0]}\n{ZAWGYI[1]}\n{UNICODE[2]}\n"
    [span] = zawgyi_spans(text)
    assert text[span.start:span.end] == ZAWGYI[1]
    assert convert_zawgyi(text) == f"{UNICODE[0]}\n{UNICODE[1]}\n{UNICODE[2]}\n"


@pytest.mark.parametrize("n", range(0, 63, 5))
def test_a_zawgyi_phrase_pasted_into_a_unicode_line_is_found(n):
    host, z, u = UNICODE[(n + 7) % 63].split(), ZAWGYI[n].split(), UNICODE[n].split()
    mid = len(host) // 2
    text = " ".join(host[:mid] + z[:2] + host[mid:])
    assert is_zawgyi(text)
    assert convert_zawgyi(text) == " ".join(host[:mid] + u[:2] + host[mid:])


@pytest.mark.parametrize("n", range(0, 63, 5))
def test_a_unicode_phrase_in_a_zawgyi_line_is_not_converted_twice(n):
    host_z, host_u, u = ZAWGYI[(n + 7) % 63].split(), UNICODE[(n + 7) % 63].split(), UNICODE[n].split()
    mid = len(host_z) // 2
    text = " ".join(host_z[:mid] + u[:2] + host_z[mid:])
    assert convert_zawgyi(text) == " ".join(host_u[:mid] + u[:2] + host_u[mid:])


@pytest.mark.parametrize(("expected", "text"), compatibility_rows(), ids=lambda v: str(v)[:20])
def test_probabilities_match_myanmartools_compatibility_table(expected, text):
    got = zawgyi_probability(text)
    if math.isinf(expected):
        assert got == expected
    else:
        assert got == pytest.approx(expected, rel=1e-9, abs=1e-12)


@pytest.mark.parametrize("text", [t for _, t in compatibility_rows() if "language)" in t])
def test_other_languages_in_myanmar_script_are_not_zawgyi(text):
    assert not is_zawgyi(text)  # Shan, Mon, Pali, Karen: the reason for a model over rules


@pytest.mark.parametrize(("text", "expected"), [
    ("", False),
    ("all ascii", False),
    ("၂၀၂၄", False),             # digits are the same in both encodings
    ("၏", False),                # same in both: 0.98 by the model, but converting changes nothing
    ("မ္း", True),               # myanmartools README example
    ("ကၡာကို ခ်ိဳးေဖာက္", True),    # compatibility.tsv, probability 1.0
    ("Zoom ေဆြးေႏြးပြဲ", True),      # Latin around Zawgyi does not hide it
])
def test_is_zawgyi_on_short_strings(text, expected):
    assert is_zawgyi(text) is expected


@pytest.mark.parametrize(("zawgyi_text", "unicode_text"), [
    ("မ္း", "မ်း"),                        # myanmartools README
    ("ေနျပည္ေတာ္", "နေပြည်တော်"),          # corpus line 1: ေ and medial ra typed first
    ("ၿမိဳ႕", "မြို့"),                       # Zawgyi ligature code points
    ("ႏိုင္ငံ", "နိုင်ငံ"),                     # Zawgyi na with short leg
])
def test_conversion_examples(zawgyi_text, unicode_text):
    assert zawgyi_to_unicode(zawgyi_text) == unicode_text


def test_the_sample_release_has_no_zawgyi():
    lines = sample_release().read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if is_zawgyi(line)] == []


def test_without_icu_detection_still_works_and_conversion_says_why(monkeypatch):
    monkeypatch.setattr(zawgyi, "_transliterator", lambda: None)
    assert not zawgyi.conversion_available()
    assert is_zawgyi(ZAWGYI[0]) and not is_zawgyi(UNICODE[0])
    with pytest.raises(ZawgyiConversionError, match="pyicu-wheels"):
        zawgyi_to_unicode(ZAWGYI[0])
