"""Elliptical counts (``45 of whom``) and the periods the quantity plugin leaves to the date plugin."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bri_corpus.extractors.money_quantity.quantity import scan_quantities


def _quantities(text: str) -> list[tuple[str, Decimal, str, str | None]]:
    return [(text[f.start : f.end], f.amount, f.unit, f.qualifier) for f in scan_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It hired 900 drivers, 600 of them women.", ("600", Decimal(600), "driver", None)),
        ("The zone has 31 factories, about 12 of which export.", ("about 12", Decimal(12), "factory", "approx")),
        ("Sixty delegates came, 25 of whom were ministers.", ("25", Decimal(25), "delegate", None)),
    ],
)
def test_elliptical_count_takes_the_noun_counted_before_it(
    text: str, expected: tuple[str, Decimal, str, str | None]
) -> None:
    assert _quantities(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Of the 900 drivers hired. 600 of them are women.",  # another sentence
        "The road is 90 km long, 30 of which are paved.",  # a measure, not a count
        "In 2021, 30 of them left.",  # no count before it
        "She is 2.5 of them.",  # no whole number
    ],
)
def test_elliptical_count_without_a_counted_antecedent_is_left_out(text: str) -> None:
    assert all(unit not in ("driver",) or span != "600" for span, _, unit, _ in _quantities(text))
    assert not any(span in ("30", "2.5") for span, *_ in _quantities(text))


def test_the_first_months_of_a_year_are_no_duration() -> None:
    assert _quantities("Sales rose in the first 9 months of 2024.") == []
    assert _quantities("It took 9 months.") == [("9 months", Decimal(9), "month", None)]


def test_hyphenated_count_adjective_is_no_quantity() -> None:
    assert _quantities("a 300-bed hospital and a 2,000-seat arena") == []
