"""Group event days by year and month: the shape every language's date list is written in."""

from __future__ import annotations

import datetime as dt
from itertools import groupby


def by_year_and_month(dates: list[dt.date]) -> list[tuple[int, list[tuple[int, list[int]]]]]:
    """Return ``[(year, [(month, [day, …]), …]), …]`` for distinct *dates*, in order."""
    return [(year, [(month, [d.day for d in in_month]) for month, in_month in groupby(in_year, key=lambda d: d.month)])
            for year, in_year in groupby(sorted(set(dates)), key=lambda d: d.year)]
