"""Month anaphors, compared ``a year earlier``, plan participles, thousands commas in tense cues, cited
instruments, header bars and the added fiscal-year countries (quality round on extra30/extra31)."""

from __future__ import annotations

import datetime as dt

import pytest

from bri_corpus import Document
from bri_corpus.extractors.date.context import clause_tense, month_in_context, year_is_law_name
from bri_corpus.extractors.date.extract import _antecedent_month, find_dates
from bri_corpus.extractors.date.fiscal import fiscal_start_month
from bri_corpus.normalize import normalize


def _dates(text: str, published: dt.date | None = None) -> list[tuple[str, str]]:
    document = Document.from_text(text, id="t", published=published)
    facts = find_dates(document=document, text=normalize(document.raw))
    return [(fact.text, fact.value.to_json()) for fact in facts]


@pytest.mark.parametrize(
    ("value", "before", "after"),
    [
        ("2023-08", None, (2023, 8)),
        ("2023-08-14", (2022, 1), (2023, 8)),
        ("2023-08-14T10:00", None, (2023, 8)),
        ("2023", (2022, 5), (2022, 5)),  # a year has no month: the month told of before stays
        ("2023-Q3", (2022, 5), (2022, 5)),
        ("2023-08/2023-10", (2022, 5), (2022, 5)),  # an interval has no single month
    ],
)
def test_antecedent_month(value: str, before: tuple[int, int] | None, after: tuple[int, int] | None) -> None:
    assert _antecedent_month(value, before) == after


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("the following month", "2021-12"), ("the previous month", "2021-10"), ("that month", "2021-11")],
)
def test_month_anaphor_counts_from_the_month_told_of_last(phrase: str, value: str) -> None:
    text = f"The corridor opened on 9 November 2021, and {phrase} the first trains ran to Almaty."
    assert _dates(text) == [("9 November 2021", "2021-11-09"), (phrase, value)]


def test_month_anaphor_crosses_a_year_end() -> None:
    assert _dates("Work stopped in December 2019 and resumed the following month.")[-1] == (
        "the following month",
        "2020-01",
    )


@pytest.mark.parametrize(
    ("period", "period_value", "earlier"),
    [
        ("the second quarter of 2024", "2024-Q2", "2023-Q2"),
        ("the first half of 2022", "2022-H1", "2021-H1"),
        ("August 2023", "2023-08", "2022-08"),
        ("2021", "2021", "2020"),
    ],
)
def test_compared_year_earlier_shifts_the_period(period: str, period_value: str, earlier: str) -> None:
    text = f"Cargo volumes in {period} rose 6% from a year earlier."
    assert _dates(text) == [(period, period_value), ("a year earlier", earlier)]


def test_narrative_year_earlier_keeps_the_year() -> None:
    assert _dates("The bridge opened in June 2018. A year earlier, the tender closed.")[-1] == (
        "A year earlier",
        "2017",
    )


def test_compared_year_earlier_does_not_reach_across_paragraphs() -> None:
    assert _dates("The line opened in the third quarter of 2020.\n\nFreight rose 4% from a year earlier.")[-1] == (
        "a year earlier",
        "2019",
    )


def test_thousands_comma_keeps_the_past_verb_in_the_clause() -> None:
    with_number = "The agency disbursed 12,500 grants in "
    with_list = "The agency disbursed grants, loans in "
    assert clause_tense(with_number, len(with_number)) == "past"
    assert clause_tense(with_list, len(with_list)) is None  # a real comma still ends the past verb's reach


@pytest.mark.parametrize(
    ("clause", "tense"),
    [
        ("The deal needs a vote at a meeting expected in ", "future"),
        ("The hearing is scheduled for ", "future"),
        ("A ruling slated for ", "future"),
        ("The meeting was expected in ", "past"),
        ("The vote had been scheduled for ", "past"),
    ],
)
def test_plan_participle_before_the_date(clause: str, tense: str) -> None:
    assert clause_tense(clause, len(clause)) == tense


@pytest.mark.parametrize(
    ("text", "is_date"),
    [
        ("The launch is scheduled for October", True),
        ("Talks were pencilled in for October", True),
        ("Support for May", False),
        ("We thank them for October", False),
    ],
)
def test_bare_month_after_for_needs_a_schedule_word(text: str, is_date: bool) -> None:
    start = text.rindex(" ") + 1
    assert month_in_context(text, start) is is_date


@pytest.mark.parametrize(
    ("text", "is_name"),
    [
        ("Under Statutory Instrument 88 of ", True),
        ("set by SI 27 of ", True),
        ("Legal Notice No. 112 of ", True),
        ("Circular No. 14 of ", True),
        ("the Order of ", False),  # an instrument needs its number
        ("a notice of ", False),
    ],
)
def test_cited_instrument_year_is_part_of_its_identifier(text: str, is_name: bool) -> None:
    assert year_is_law_name(text, len(text)) is is_name


def test_header_bar_between_date_and_time_dates_the_report() -> None:
    text = "By Tran Minh   Friday, 21/2/2025 | 10:05 am GMT+7\n\nThe ministry on Thursday approved the plant."
    assert _dates(text) == [("Friday, 21/2/2025 | 10:05 am", "2025-02-21T10:05"), ("Thursday", "2025-02-20")]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Jamaica's budget for the fiscal year", 4),
        ("Trinidad and Tobago's fiscal year", 10),
        ("Fiji's fiscal year", 8),
        ("The Bahamas' fiscal year", 7),
        ("Vietnam's fiscal year", None),  # a calendar-year country is not listed
    ],
)
def test_added_fiscal_year_countries(text: str, month: int | None) -> None:
    assert fiscal_start_month(text) == month
