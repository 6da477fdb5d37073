"""Dates in both languages, as the reference and FORMAT.md write them."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app import dates_en
from desktop_app.dates import format_date, format_dates
from desktop_app.model import DateRange
from desktop_app.myanmar import dates as dates_my
from desktop_app.myanmar.numerals import to_ascii_digits, to_myanmar_digits

D = dt.date


def test_release_date_in_both_languages():
    assert format_date(D(2024, 3, 31), "en") == "31st March 2024"
    assert format_date(D(2024, 3, 31), "my") == "၂၀၂၄ ခုနှစ်၊ မတ်လ ၃၁ ရက်"


def test_banner_days_as_in_the_reference():
    days = (D(2024, 1, 29), D(2024, 1, 30), D(2024, 1, 31))
    assert format_dates(days, "my") == "ဇန်နဝါရီလ ၂၉၊ ၃၀၊ ၃၁ ရက် ၂၀၂၄ ခုနှစ်"
    assert format_dates(days, "en") == "29th, 30th, 31st January 2024"


def test_days_across_months_and_years():
    assert dates_en.format_date_list([D(2024, 1, 31), D(2024, 2, 1)]) == "31st January, 1st February 2024"
    assert dates_en.format_date_list([D(2024, 12, 31), D(2025, 1, 1)]) == "31st December 2024, 1st January 2025"
    assert dates_my.format_date_list([D(2024, 1, 31), D(2024, 2, 1)]) == (
        "ဇန်နဝါရီလ ၃၁ ရက်၊ ဖေဖော်ဝါရီလ ၁ ရက် ၂၀၂၄ ခုနှစ်")


@pytest.mark.parametrize(("start", "end", "en", "my"), [
    (D(2024, 1, 29), D(2024, 1, 31), "29th–31st January 2024", "၂၀၂၄ ခုနှစ်၊ ဇန်နဝါရီလ ၂၉ ရက်မှ ၃၁ ရက်အထိ"),
    (D(2024, 1, 30), D(2024, 2, 2), "30th January – 2nd February 2024",
     "၂၀၂၄ ခုနှစ်၊ ဇန်နဝါရီလ ၃၀ ရက်မှ ဖေဖော်ဝါရီလ ၂ ရက်အထိ"),
    (D(2024, 12, 30), D(2025, 1, 2), "30th December 2024 – 2nd January 2025",
     "၂၀၂၄ ခုနှစ်၊ ဒီဇင်ဘာလ ၃၀ ရက်မှ ၂၀၂၅ ခုနှစ်၊ ဇန်နဝါရီလ ၂ ရက်အထိ"),
])
def test_ranges(start, end, en, my):
    assert format_dates(DateRange(start, end), "en") == en
    assert format_dates(DateRange(start, end), "my") == my


@pytest.mark.parametrize(("day", "text"), [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"),
                                           (12, "12th"), (13, "13th"), (21, "21st"), (22, "22nd"), (31, "31st")])
def test_english_ordinals(day, text):
    assert dates_en.ordinal(day) == text


def test_other_languages_get_iso_dates():
    assert format_date(D(2024, 3, 31), "shn") == "2024-03-31"


def test_digits_round_trip():
    assert to_myanmar_digits(2024) == "၂၀၂၄"
    assert to_ascii_digits("၂၀၂၄ ခုနှစ်") == "2024 ခုနှစ်"
