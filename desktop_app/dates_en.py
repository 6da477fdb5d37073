"""Dates in English as the reference writes them: ``31st March 2024``.

Month names are spelled out here, never taken from ``calendar``, ``strftime`` or the
``locale`` module: those follow the process locale, which Qt sets from the desktop,
so a Burmese or French desktop would print "31st မတ် 2024" or "31st mars 2024".
"""

from __future__ import annotations

import datetime as dt

from .daygroups import by_year_and_month

MONTHS = ("January", "February", "March", "April", "May", "June",
          "July", "August", "September", "October", "November", "December")


def month_name(month: int) -> str:
    """Return the English name of *month* (1–12), whatever the process locale."""
    return MONTHS[month - 1]


def ordinal(day: int) -> str:
    """1 → ``1st``, 2 → ``2nd``, 11 → ``11th``, 23 → ``23rd``."""
    if 10 <= day % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _day(date: dt.date) -> str:
    return f"{ordinal(date.day)} {month_name(date.month)}"


def format_date(date: dt.date) -> str:
    """One date: ``31st March 2024``."""
    return f"{_day(date)} {date.year}"


def format_date_list(dates: list[dt.date]) -> str:
    """Event days grouped by month: ``29th, 30th, 31st January 2024``."""
    return ", ".join(
        ", ".join(f"{', '.join(ordinal(d) for d in days)} {month_name(month)}" for month, days in months)
        + f" {year}"
        for year, months in by_year_and_month(dates))


def format_date_range(start: dt.date, end: dt.date) -> str:
    """Return an inclusive span: ``29th–31st January 2024``, ``30th January – 2nd February 2024``."""
    if start == end:
        return format_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{ordinal(start.day)}\u2013{format_date(end)}"
    if start.year == end.year:
        return f"{_day(start)} \u2013 {format_date(end)}"
    return f"{format_date(start)} \u2013 {format_date(end)}"
