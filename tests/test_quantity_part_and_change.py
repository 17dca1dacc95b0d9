"""Bare counts whose noun is named elsewhere: a part of a counted whole (``412 of its 530 pylons``) and the
earlier figure of a change (``up from 2,800``)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bri_corpus.extractors.money_quantity.quantity import scan_quantities


def _quantities(text: str) -> list[tuple[str, Decimal, str]]:
    return [(text[f.start : f.end], f.amount, f.unit) for f in scan_quantities(text)]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The contractor has erected 412 of its 530 pylons.", ("412", Decimal(412), "pylon")),
        ("CRRC delivered 58 of the 120 locomotives on order.", ("58", Decimal(58), "locomotive")),
        ("Crews have laid 1,020 of a total of 1,480 precast segments.", ("1,020", Decimal(1020), "segment")),
    ],
)
def test_part_counts_the_noun_of_the_whole_after_it(text: str, part: tuple[str, Decimal, str]) -> None:
    found = _quantities(text)
    assert found[0] == part
    assert found[1][2] == part[2]  # the whole is a quantity of its own


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Work stopped at 3 of the 2024 contract sites.", "3"),
        ("Clause 5 of the 2011 contract was breached.", "5"),
        ("Only 40 of the 100 million yuan was paid.", "40"),
    ],
)
def test_part_without_a_counted_whole_is_no_quantity(text: str, part: str) -> None:
    assert part not in [span for span, _, _ in _quantities(text)]


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("Some 4,000 people work at the park, up from 2,800 in 2023.", ("2,800", Decimal(2800), "person")),
        ("The port handled 1,240 vessels last year, down from 1,310.", ("1,310", Decimal(1310), "vessel")),
        ("It now runs 46 flights a week, up from 30, the airline said.", ("30", Decimal(30), "flight")),
    ],
)
def test_change_from_counts_the_noun_counted_before_it(text: str, earlier: tuple[str, Decimal, str]) -> None:
    assert _quantities(text)[-1] == earlier


@pytest.mark.parametrize(
    "text",
    [
        "The line now runs 36 trains a week, up from 2019 levels.",
        "Sales rose to 500 million yuan, up from 420 in 2023.",
        "Prices are up from 12 percent to 15 percent.",
    ],
)
def test_change_from_needs_a_counted_noun_and_no_year(text: str) -> None:
    spans = [span for span, _, _ in _quantities(text)]
    assert "2019" not in spans and "420" not in spans
