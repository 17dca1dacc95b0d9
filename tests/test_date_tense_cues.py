"""Unit tests of the tense and weekday cues that settle a date's year or day-month order."""

from __future__ import annotations

import pytest

from bri_corpus.extractors.date.context import date_tense, told_in_past_after
from bri_corpus.extractors.date.extract import _weekday_order


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Friday, 4/7/2025", (7, 4)),  # 4 July 2025 is a Friday
        ("Wednesday, 03/05/2025", (3, 5)),  # 5 March 2025 is a Wednesday
        ("Wed 03/05/2025", (3, 5)),
        ("Monday, 03/05/2025", None),  # neither order is a Monday
        ("dated 03/05/2025", None),  # no weekday
    ],
)
def test_weekday_settles_day_month_order(text: str, expected: tuple[int, int] | None) -> None:
    start = text.rindex(" ") + 1
    first, second, year = (int(part) for part in text[start:].split("/"))
    assert _weekday_order(text, start, year, first, second) == expected


@pytest.mark.parametrize(
    ("sentence", "date", "tense"),
    [
        ("In May, Ganfeng signed a deal.", "May", "past"),
        ("In May, the firm will open a plant.", "May", "future"),
        ("In August, the banks agreed a facility under which Chad will get loans.", "August", "past"),
        ("A groundbreaking is planned for Dec. 19, the ministry said.", "Dec. 19", "future"),
        ("The opening has been scheduled for Oct. 3.", "Oct. 3", "future"),
        ("The plant opened in May, the minister said.", "May", "past"),
    ],
)
def test_date_tense(sentence: str, date: str, tense: str) -> None:
    start = sentence.index(date)
    assert date_tense(sentence, start, start + len(date)) == tense


@pytest.mark.parametrize(
    ("sentence", "past"),
    [
        ("Today, with the participation of the governor, a ceremony was held.", True),
        ("Today, the President received the delegation.", True),
        ("Today, China is the largest investor, which was not so in 2010.", False),
        ("Today, the port employs 900 people who were hired locally.", False),
        ("Today, the two sides will sign the deal that was agreed.", False),
    ],
)
def test_today_told_in_past(sentence: str, past: bool) -> None:
    assert told_in_past_after(sentence, len("Today")) is past
