"""Day offsets from the day last told of, half-year anaphors, and the tense cues of commitments."""

from __future__ import annotations

import datetime as dt

import pytest

from bri_corpus import Document
from bri_corpus.extractors.date.context import clause_tense
from bri_corpus.extractors.date.extract import find_dates
from bri_corpus.normalize import normalize


def _dates(text: str, published: dt.date) -> list[tuple[str, str]]:
    document = Document.from_text(text, id="t", published=published)
    facts = find_dates(document=document, text=normalize(document.raw))
    return [(fact.text, fact.value.to_json()) for fact in facts]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("Two days earlier", "2024-03-12"),
        ("A day later", "2024-03-15"),
        ("The day before", "2024-03-13"),
        ("The day after", "2024-03-15"),
        ("Four days later", "2024-03-18"),
    ],
)
def test_day_offsets_count_from_the_day_last_told_of(phrase: str, value: str) -> None:
    text = f"The deal was signed on 14 March 2024. {phrase}, the minister met investors."
    assert _dates(text, dt.date(2024, 3, 30))[-1] == (phrase, value)


def test_a_day_offset_without_a_day_before_it_is_left_out() -> None:
    assert _dates("Two days earlier, the minister met investors.", dt.date(2024, 3, 30)) == []


def test_half_year_anaphor_takes_the_half_told_of_last() -> None:
    text = "Output rose in the second half of 2023. Profit for the half-year fell."
    assert _dates(text, dt.date(2024, 2, 1)) == [("the second half of 2023", "2023-H2"), ("the half-year", "2023-H2")]


@pytest.mark.parametrize(
    ("clause", "tense"),
    [
        ("The sides agreed to keep the border open from ", None),
        ("The board agreed to the plan in ", "past"),
        ("Rosatom became a resident in ", "past"),
        ("The line is expected to open in ", "future"),
    ],
)
def test_clause_tense(clause: str, tense: str | None) -> None:
    assert clause_tense(clause + "May", len(clause)) == tense
