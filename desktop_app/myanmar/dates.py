"""Dates as Burmese readers expect them: Burmese digits, month names, ``၊`` between days.

Two shapes, both taken from the reference release and FORMAT.md:
a single date is year first (``၂၀၂၄ ခုနှစ်၊ မတ်လ ၃၁ ရက်``); a list of event days, as on the
banner, is month first with the year last (``ဇန်နဝါရီလ ၂၉၊ ၃၀၊ ၃၁ ရက် ၂၀၂၄ ခုနှစ်``).
A span of days reads "from … to" (``… ၂၉ ရက်မှ ၃၁ ရက်အထိ``).
"""

from __future__ import annotations

import datetime as dt

from ..daygroups import by_year_and_month
from .numerals import to_myanmar_digits

MONTHS = (
    "ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်",
    "ဇူလိုင်", "ဩဂုတ်", "စက်တင်ဘာ", "အောက်တိုဘာ", "နိုဝင်ဘာ", "ဒီဇင်ဘာ",
)
SEP = "၊ "  # the Burmese comma, as between days in the reference


def month_name(month: int) -> str:
    """Return the month with its ``လ`` ("month") suffix: 3 → ``မတ်လ``."""
    return MONTHS[month - 1] + "လ"


def _year(year: int) -> str:
    return f"{to_myanmar_digits(year)} ခုနှစ်"


def _day(date: dt.date) -> str:
    return f"{month_name(date.month)} {to_myanmar_digits(date.day)} ရက်"


def format_date(date: dt.date) -> str:
    """One date, year first: ``၂၀၂၄ ခုနှစ်၊ မတ်လ ၃၁ ရက်``."""
    return f"{_year(date.year)}{SEP}{_day(date)}"


def format_date_list(dates: list[dt.date]) -> str:
    """Event days grouped by month, year last: ``ဇန်နဝါရီလ ၂၉၊ ၃၀၊ ၃၁ ရက် ၂၀၂၄ ခုနှစ်``."""
    return SEP.join(
        SEP.join(f"{month_name(month)} {SEP.join(to_myanmar_digits(d) for d in days)} ရက်" for month, days in months)
        + f" {_year(year)}"
        for year, months in by_year_and_month(dates))


def format_date_range(start: dt.date, end: dt.date) -> str:
    """Return an inclusive span: ``၂၀၂၄ ခုနှစ်၊ ဇန်နဝါရီလ ၂၉ ရက်မှ ၃၁ ရက်အထိ``."""
    if start == end:
        return format_date(start)
    if (start.year, start.month) == (end.year, end.month):
        tail = f"{to_myanmar_digits(end.day)} ရက်"
    elif start.year == end.year:
        tail = _day(end)
    else:
        tail = format_date(end)
    return f"{format_date(start)}မှ {tail}အထိ"
