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
