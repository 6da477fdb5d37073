"""Date strings per language: the one dispatch resolve uses (Burmese, English, else ISO)."""

from __future__ import annotations

import datetime as dt

from . import dates_en
from .model import DateRange
from .myanmar import dates as dates_my

_BY_LANGUAGE = {"en": dates_en, "my": dates_my}


def format_date(date: dt.date, lang: str) -> str:
    """Return the release date in *lang*; languages we cannot write dates in get ISO 8601."""
    module = _BY_LANGUAGE.get(lang.split("-")[0])
    return module.format_date(date) if module else date.isoformat()


def format_dates(dates: tuple[dt.date, ...] | DateRange, lang: str) -> str:
    """Return a list of event days, or a span of days, in *lang*."""
    module = _BY_LANGUAGE.get(lang.split("-")[0])
    if isinstance(dates, DateRange):
        if module:
            return module.format_date_range(dates.start, dates.end)
        return f"{dates.start.isoformat()}/{dates.end.isoformat()}"
    if module:
        return module.format_date_list(list(dates))
    return ", ".join(d.isoformat() for d in sorted(set(dates)))
