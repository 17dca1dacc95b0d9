"""Technology modifiers between a count and its noun, receivers after verbs of giving, and the dirham written
``DH``/``Dh``/``Dhs`` in Moroccan and Emirati papers (quality round on extra32/extra33)."""

from __future__ import annotations

import pytest

from bri_corpus.extractors.money_quantity.money import scan_money
from bri_corpus.extractors.money_quantity.quantity import scan_quantities


def _quantities(text: str) -> list[tuple[str, str]]:
    return [(text[found.start : found.end], found.unit) for found in scan_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Huawei will roll out 1,100 5G sites.", [("1,100 5G sites", "site")]),
        ("They bought 16 3D printers.", [("16 3D printers", "printer")]),
        ("The 4G network reaches 300 towns.", [("300 towns", "town")]),
        ("China will offer Mozambique 500 government scholarships.", [("500 government scholarships", "scholarship")]),
        ("Ankara sold Serbia 12 drones.", [("12 drones", "drone")]),
        ("Talks on Power of Siberia 2 pipelines stalled.", []),  # the number closes a name
    ],
)
def test_counts(text: str, expected: list[tuple[str, str]]) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("The plant in Morocco cost DH 6.5 billion.", "MAD"),
        ("A Casablanca firm raised Dhs 300 million.", "MAD"),
        ("The Dubai operator paid Dh 650 million.", "AED"),
    ],
)
def test_dirham_symbols_follow_the_documents_country(text: str, currency: str) -> None:
    (found,) = scan_money(text)
    assert found.unit == currency


def test_a_dirham_symbol_needs_a_place() -> None:
    assert not scan_money("The firm paid DH 6.5 billion.")
