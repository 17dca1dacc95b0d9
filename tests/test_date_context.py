"""Context rules of the date plugin: habitual weekdays, years used as modifiers."""

from __future__ import annotations

import pytest

from bri_corpus.extractors.date.context import weekday_is_habitual, year_in_context


def _habitual(text: str, weekday: str) -> bool:
    start = text.index(weekday)
    return weekday_is_habitual(text, start, start + len(weekday))


@pytest.mark.parametrize(
    ("text", "weekday", "habitual"),
    [
        ('"My mother cooks on Saturday, and I am there," she laughs.', "Saturday", True),
        ("Traders usually cross the border on Friday.", "Friday", True),
        ("The minister arrives on Monday for talks.", "Monday", False),
        ("The ministry said on Tuesday that it had signed.", "Tuesday", False),
        ('"The talks resume on Thursday," an official said.', "Thursday", False),
        ('"It was on Sunday," he said.', "Sunday", False),
    ],
)
def test_habitual_weekdays(text: str, weekday: str, habitual: bool) -> None:
    assert _habitual(text, weekday) is habitual


@pytest.mark.parametrize(
    ("text", "year", "is_year"),
    [
        ("Its 2023 throughput rose.", "2023", True),
        ("COSCO's 2022 profit fell.", "2022", True),
        ("The Group Announces 2023 Annual Results", "2023", True),
        ("Its 2000 employees stayed.", "2000", False),
        ("Expo 2020 Dubai opened.", "2020", False),
    ],
)
def test_years_as_modifiers(text: str, year: str, is_year: bool) -> None:
    start = text.index(year)
    assert year_in_context(text, start, start + len(year)) is is_year


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("he told reporters after visiting the park in Kulim today", True),
        ('"The zone is full," he told reporters at the port in Klang today', True),
        ("the bridge, which was completed in 1990, remains the longest in Asia today", False),
        ("the terminal will be opened in Gwadar today", False),
        ("Chinese contractors are the biggest builders in Africa today", False),
    ],
)
def test_told_in_past_before(text: str, past: bool) -> None:
    from bri_corpus.extractors.date.context import told_in_past_before

    assert told_in_past_before(text, text.index("today")) is past


@pytest.mark.parametrize(
    ("text", "is_year"),
    [
        ("Funding comes under Law 1955 of 2019 and the city.", False),
        ("The concession was granted under Decree 1079 of 2015.", False),
        ("The board adopted Resolution No. 12 of 2023.", False),
        ("Output in the first half of 2023 rose.", True),
    ],
)
def test_year_in_a_law_cited_by_number(text: str, is_year: bool) -> None:
    start = text.index("20", text.index(" of ") if " of " in text else 0)
    assert year_in_context(text, start, start + 4) is is_year
