"""Deadlines set by a request, narrative day anaphors past scheduled dates, and court files cited by number and
year (quality round on extra32/extra33)."""

from __future__ import annotations

import datetime as dt

import pytest

from bri_corpus import Document
from bri_corpus.extractors.date.context import clause_tense, year_is_law_name
from bri_corpus.extractors.date.extract import find_dates
from bri_corpus.normalize import normalize


def _dates(text: str, published: dt.date | None = None) -> list[tuple[str, str]]:
    document = Document.from_text(text, id="t", published=published)
    facts = find_dates(document=document, text=normalize(document.raw))
    return [(fact.text, fact.value.to_json()) for fact in facts]


@pytest.mark.parametrize(
    ("clause", "tense"),
    [
        ("He asked the auditors for a special audit before ", None),
        ("The minister urged the firm to finish the works by ", None),
        ("The board requested the report no later than ", None),
        ("The court gave the lender until ", None),
        ("Workers completed the viaduct before ", "past"),  # no request: a past deed
        ("The minister asked about the audit held in ", "past"),  # a request with no deadline word
        ("The firm will deliver the cranes by ", "future"),
    ],
)
def test_a_requests_deadline_has_no_tense(clause: str, tense: str | None) -> None:
    text = clause + "June 30."
    assert clause_tense(text, len(clause)) == tense


def test_a_deadline_resolves_to_the_nearest_year() -> None:
    text = "Lawmakers said the project was late and asked the agency for an audit before June 30."
    assert _dates(text, dt.date(2025, 3, 19)) == [("June 30", "2025-06-30")]


def test_a_day_anaphor_skips_a_scheduled_date() -> None:
    text = (
        "The ministers met in Baku on May 13 and said the tariff will apply from January 1, 2026.\n\n"
        "A day later, they opened the logistics centre."
    )
    assert _dates(text, dt.date(2025, 5, 14))[-1] == ("A day later", "2025-05-14")


def test_a_future_day_anaphor_follows_the_scheduled_date() -> None:
    text = "The fair will open on August 26, 2025. A day later, the ministers will sign the agreement."
    assert _dates(text, dt.date(2025, 5, 2))[-1] == ("A day later", "2025-08-27")


@pytest.mark.parametrize(
    ("before", "is_identifier"),
    [
        ("in case JR E117 of ", True),
        ("filed Petition E045 of ", True),
        ("lost Civil Appeal No. 23 of ", True),
        ("the claim HCCC 12 of ", True),
        ("the case of ", False),  # no file number
        ("the end of ", False),
    ],
)
def test_court_files_cite_their_year(before: str, is_identifier: bool) -> None:
    assert year_is_law_name(before + "2025", len(before)) is is_identifier
