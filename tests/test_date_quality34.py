"""Unit tests of the dateline and possessive weekday rules (quality round 34)."""

from __future__ import annotations

import pytest

from bri_corpus.extractors.date.context import weekday_in_dateline, weekday_is_possessive


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    "text",
    [
        "ASTANA, Tuesday - Kazakhstan signed a deal.",
        "Digest\n\nPORT LOUIS, Mauritius, Tuesday (AFP) - The berth opened.",
        "Headline\nAddis Ababa, Tuesday - Ethiopia and China agreed.",
    ],
)
def test_dateline_weekday_is_taken(text: str) -> None:
    assert weekday_in_dateline(text, *_span(text, "Tuesday"))


@pytest.mark.parametrize(
    "text",
    [
        "The board met, Tuesday - a day late - and agreed.",
        "Opening hours at the terminal, Tuesday - Friday, are printed.",
        "ASTANA, Tuesday, the minister said.",
        "x" * 80 + " ASTANA, Tuesday - Kazakhstan signed.",
    ],
)
def test_weekday_outside_a_dateline_is_not(text: str) -> None:
    assert not weekday_in_dateline(text, *_span(text, "Tuesday"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was taken at Monday's Cabinet meeting.", True),
        ("Monday's vote passed.", True),
        ("After Monday's vote, the loan passed.", True),
        ("The deal fell through. Monday's vote failed.", True),
        ("The chain TGI Monday's outlets closed.", False),
        ("It was taken on Monday's.", False),
        ("It was taken on Monday.", False),
    ],
)
def test_possessive_weekday(text: str, expected: bool) -> None:
    assert weekday_is_possessive(text, *_span(text, "Monday")) is expected
