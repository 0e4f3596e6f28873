"""One date parser for every form the pages show; Hijri dates are never misread."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from attribution.arabic.dates import find_date, iter_dates, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-06-12T12:23+0000", datetime(2024, 6, 12, 12, 23, tzinfo=UTC)),
        (" date 2026-01-22 https://sarabic.ae/20260122/x.html", datetime(2026, 1, 22, tzinfo=UTC)),
        ("12.06.2024", datetime(2024, 6, 12, tzinfo=UTC)),
        ("22.01.2026, سبوتنيك عربي", datetime(2026, 1, 22, tzinfo=UTC)),
        ("12:23 GMT 12.06.2024 (تم التحديث: 12:24 GMT 12.06.2024)", datetime(2024, 6, 12, 12, 23, tzinfo=UTC)),
        ("تاريخ النشر: 28th, October 2023 GMT", datetime(2023, 10, 28, tzinfo=UTC)),
        ("فبراير ۲۰، ۲۰۲٤اتخذت روسيا", datetime(2024, 2, 20, tzinfo=UTC)),
        ("2015-08-02 23:09:00", datetime(2015, 8, 2, 23, 9, tzinfo=UTC)),
        ("الأحد ١٥ تشرين الأول ٢٠٢٣", datetime(2023, 10, 15, tzinfo=UTC)),
        ("5 كانون الثاني 2020", datetime(2020, 1, 5, tzinfo=UTC)),
        ("3 شباط 2021", datetime(2021, 2, 3, tzinfo=UTC)),
        ("1 آذار 2022", datetime(2022, 3, 1, tzinfo=UTC)),
        ("9 نيسان 2022", datetime(2022, 4, 9, tzinfo=UTC)),
        ("17 أيار 2022", datetime(2022, 5, 17, tzinfo=UTC)),
        ("30 حزيران 2022", datetime(2022, 6, 30, tzinfo=UTC)),
        ("4 تموز 2022", datetime(2022, 7, 4, tzinfo=UTC)),
        ("3 آب 2019", datetime(2019, 8, 3, tzinfo=UTC)),
        ("11 أيلول 2001", datetime(2001, 9, 11, tzinfo=UTC)),
        ("2 تشرين الثاني 2017", datetime(2017, 11, 2, tzinfo=UTC)),
        ("25 كانون الأول 2016", datetime(2016, 12, 25, tzinfo=UTC)),
        ("11 أغسطس/آب 2015", datetime(2015, 8, 11, tzinfo=UTC)),
        ("12 جويلية 2019", datetime(2019, 7, 12, tzinfo=UTC)),
        ("October 28, 2023", datetime(2023, 10, 28, tzinfo=UTC)),
        ("2024-06-12T15:00:00+03:00", datetime(2024, 6, 12, 15, tzinfo=timezone(timedelta(hours=3)))),
    ],
)
def test_every_date_form_is_read(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "12 ربيع الأول 1445 هـ",
        "1 محرم 1446",
        "26 شوال 1436 هـ",
        "1445/03/12هـ",
        "15 ذو الحجة 1444 ه",
        "ديسمبر كانون الأول 2016",  # month and year only: not a publication date
        "31.02.2024",  # no such day
        "قال إن 3 مرات",
        "",
    ],
)
def test_hijri_partial_and_impossible_dates_are_not_read(text):
    assert parse_date(text) is None


def test_hijri_date_is_skipped_for_the_gregorian_one_beside_it():
    found = find_date("نجران 26 شوال 1436 هـ الموافق 11 أغسطس 2015 مواس")
    assert found is not None and found.value == datetime(2015, 8, 11, tzinfo=UTC)


def test_iter_dates_reports_hijri_spans_without_a_value():
    kinds = [(m.hijri, m.value) for m in iter_dates("الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015")]
    assert kinds == [(True, None), (False, datetime(2015, 8, 10, tzinfo=UTC))]


def test_offsets_point_into_the_original_text_with_eastern_digits():
    text = "نشر في ٢٠ فبراير ٢٠٢٤ صباحا"
    found = find_date(text)
    assert found is not None and text[found.start: found.end] == "٢٠ فبراير ٢٠٢٤"


@pytest.mark.parametrize("value", [None, 5, "", "not a date", "2015-99-99 10:00:00"])
def test_parse_date_returns_none_for_anything_unusable(value):
    assert parse_date(value) is None
