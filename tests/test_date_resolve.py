"""Unit tests of the date plugin's resolvers: pure functions from parts and a reference to TIMEX values."""

from __future__ import annotations

import datetime as dt

import pytest

from bri_corpus.extractors.date import resolve
from bri_corpus.extractors.date.anchor import estimate_document_year
from bri_corpus.extractors.date.resolve import DateParts, Reference


@pytest.mark.parametrize(
    ("month", "day", "reference", "expected"),
    [
        (4, 24, dt.date(2020, 5, 29), 2020),
        (1, 21, dt.date(2023, 7, 25), 2023),  # 185 days back beats 180 days ahead
        (12, 20, dt.date(2020, 1, 5), 2019),
        (12, 20, dt.date(2019, 12, 1), 2019),  # 19 days ahead beats 346 back
        (6, 10, dt.date(2020, 5, 29), 2020),
        (1, 3, dt.date(2020, 12, 20), 2021),
    ],
)
def test_nearest_year_prefers_the_recent_past(month, day, reference, expected):
    """A day without a year falls in the year that puts it nearest the report, future days counting double."""
    assert expected == resolve.nearest_year(month, day, reference)


def test_day_value_rejects_impossible_days():
    """31 February is no date; 29 February without a year is allowed."""
    assert resolve.day_value(2021, 2, 31) is None
    assert "XXXX-02-29" == resolve.day_value(None, 2, 29)
    assert "2020-02-12" == resolve.day_value(2020, 2, 12)


@pytest.mark.parametrize(
    ("first", "second", "order", "expected"),
    [
        (5, 18, None, (5, 18)),
        (18, 5, None, (5, 18)),
        (5, 6, None, None),
        (5, 6, "dmy", (6, 5)),
        (5, 6, "mdy", (5, 6)),
        (7, 7, None, (7, 7)),
        (13, 13, None, None),
    ],
)
def test_numeric_day_month_never_guesses(first, second, order, expected):
    """Day-month order is read only when one order fits or the document settles it."""
    assert expected == resolve.numeric_day_month(first, second, order)


def test_lunar_new_year_table():
    """The Spring Festival of 2020 was on 25 January; an unknown year stays XXXX."""
    assert "2020-01-25" == resolve.lunar_holiday("Spring Festival", 2020)
    assert "2023-01-22" == resolve.lunar_holiday("chinese new year", 2023)
    assert "XXXX" == resolve.lunar_holiday("Spring Festival", None)
    assert resolve.lunar_holiday("Christmas", 2020) is None


def test_nearest_holiday_looks_both_ways():
    """A holiday named without a year is the occurrence nearest the report."""
    assert "2018-12-25" == resolve.nearest_holiday("Christmas", dt.date(2019, 1, 10))
    assert "2020-01-25" == resolve.nearest_holiday("Spring Festival", dt.date(2020, 3, 1))


def test_weekday_of_the_reports_week():
    """`on Tuesday` is the Tuesday of the publication week; `next` and `last` shift by a week."""
    friday = dt.date(2020, 5, 29)
    assert dt.date(2020, 5, 26) == resolve.weekday_date(1, friday)
    assert dt.date(2020, 6, 2) == resolve.weekday_date(1, friday, 1)
    assert dt.date(2020, 5, 19) == resolve.weekday_date(1, friday, -1)


@pytest.mark.parametrize(
    ("hour", "meridiem", "expected"),
    [(4, "a.m.", 4), (12, "a.m.", 0), (12, "p.m.", 12), (9, "pm", 21), (13, None, 13), (13, "pm", None)],
)
def test_to_24_hour(hour, meridiem, expected):
    """12-hour readings convert to 24 hours; impossible ones give None."""
    assert expected == resolve.to_24_hour(hour, meridiem)


def test_render_relative_and_anaphoric_years():
    """Deictic years count from the year of writing, anaphoric ones from the year mentioned last."""
    reference = Reference(date=dt.date(2023, 7, 25), year=2023, antecedent_year=2004)
    assert "2023" == resolve.render(DateParts(grain="year", relative_year="this"), reference)
    assert "2022" == resolve.render(DateParts(grain="year", relative_year="last"), reference)
    assert "2004" == resolve.render(DateParts(grain="year", relative_year="same"), reference)
    assert "2005" == resolve.render(DateParts(grain="year", relative_year="following"), reference)
    assert "2023-H1" == resolve.render(DateParts(grain="half", relative_year="this", part="H1"), reference)


def test_render_without_any_year_keeps_xxxx():
    """With no year in the text and no reference, the year stays unknown."""
    assert "XXXX-04-24" == resolve.render(DateParts(grain="day", month=4, day=24), Reference())
    assert "XXXX-Q1" == resolve.render(DateParts(grain="quarter", part="Q1"), Reference())


def test_render_attaches_time():
    """A day with a clock time renders as YYYY-MM-DDTHH:MM."""
    parts = DateParts(grain="day", year=2020, month=2, day=12, hour=4, minute=0)
    assert "2020-02-12T04:00" == resolve.render(parts, Reference())


def test_estimate_document_year():
    """`In 2013 ... in the past decade` puts the time of writing in 2023; the latest past year is a floor."""
    text = "In 2013, the initiative was proposed. In the past decade, trade grew."
    assert 2023 == estimate_document_year(text, [(3, 2013)])
    assert 2020 == estimate_document_year("The end of January 2020.", [(19, 2020)])
    assert estimate_document_year("No year here.", []) is None
