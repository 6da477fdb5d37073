"""No output depends on the process locale: Qt sets it from the desktop, Burmese staff run Burmese desktops."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest

from desktop_app.dates import format_date, format_dates
from desktop_app.model import DateRange
from desktop_app.resolve import Role, resolve
from desktop_app.writers.docx import build_docx
from desktop_app.writers.pdf import render_pdf

from .conftest import pdftotext
from .docxinspect import DocxPackage
from .locales import process_locale

LOCALES = {"my_MM.UTF-8": "မတ်", "fr_FR.UTF-8": "mars"}


@pytest.mark.parametrize("name", sorted(LOCALES))
def test_english_dates_under_a_desktop_locale(name):
    with process_locale(name):
        assert calendar.month_name[3] == LOCALES[name]  # the locale really is active
        assert format_date(dt.date(2024, 3, 31), "en") == "31st March 2024"
        days = (dt.date(2024, 1, 29), dt.date(2024, 1, 30), dt.date(2024, 1, 31))
        assert format_dates(days, "en") == "29th, 30th, 31st January 2024"
        span = DateRange(dt.date(2024, 1, 30), dt.date(2024, 2, 2))
        assert format_dates(span, "en") == "30th January – 2nd February 2024"
        assert format_date(dt.date(2024, 3, 31), "my") == "၂၀၂၄ ခုနှစ်၊ မတ်လ ၃၁ ရက်"


@pytest.mark.parametrize("name", sorted(LOCALES))
def test_exports_are_the_same_under_any_desktop_locale(name, bilingual, tmp_path):
    plain = resolve(bilingual)
    with process_locale(name):
        resolved = resolve(bilingual)
        pdf = render_pdf(resolved)
        docx = build_docx(resolved)
    assert resolved == plain
    assert [b.content[0].text for b in resolved.blocks() if b.role == Role.DATE] == [
        "၂၀၂၄ ခုနှစ်၊ မတ်လ ၃၁ ရက်", "31st March 2024"]
    assert pdf == render_pdf(plain)
    (tmp_path / "out.pdf").write_bytes(pdf)
    assert "31st March 2024" in pdftotext(tmp_path / "out.pdf")
    (tmp_path / "out.docx").write_bytes(docx)
    assert "31st March 2024" in DocxPackage(tmp_path / "out.docx").text("word/document.xml")


def test_the_environment_locale_is_active_in_the_suite():
    """scripts/test's second run really runs under Burmese: conftest made the locale active."""
    import locale
    import os

    wanted = os.environ.get("LC_ALL")
    if wanted == "my_MM.UTF-8":
        assert locale.setlocale(locale.LC_TIME) == wanted
        assert calendar.month_name[3] == "မတ်"
