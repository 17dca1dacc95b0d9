"""Unit tests of the quantity side: the unit table, plural detection and singularisation, and spans."""

from __future__ import annotations

import pytest

from bri_corpus import Document, normalize
from bri_corpus.extractors.money_quantity.lexicon import lexicon
from bri_corpus.extractors.money_quantity.quantity import find_quantities
from bri_corpus.extractors.money_quantity.resolve import is_plural_noun, singular


@pytest.mark.parametrize(
    ("plural", "expected"),
    [
        ("companies", "company"),
        ("batches", "batch"),
        ("people", "person"),
        ("subsidiaries", "subsidiary"),
        ("buses", "bus"),
        ("vehicles", "vehicle"),
        ("SMEs", "SME"),
        ("Years", "year"),
        ("children", "child"),
        ("high-speeds", "high-speed"),
    ],
)
def test_singular(plural: str, expected: str) -> None:
    """Counted nouns come out singular and lower case (acronyms keep their capitals)."""
    assert expected == singular(plural)


@pytest.mark.parametrize("word", ["vehicles", "companies", "people", "SMEs", "aircraft", "sets"])
def test_plural_nouns(word: str) -> None:
    """Plural nouns, regular and irregular, are recognised."""
    assert is_plural_noun(word)


@pytest.mark.parametrize("word", ["this", "gas", "business", "status", "various", "news", "times", "US", "its", "is"])
def test_not_plural_nouns(word: str) -> None:
    """Words ending in -s that are not counted plurals are not taken for counted nouns."""
    assert not is_plural_noun(word)


def test_unit_table_uses_spec_symbols() -> None:
    """The spec's unit symbols are in the table, and names map onto them."""
    units = lexicon().unit_names
    assert units["kilometers"].symbol == "km"
    assert units["tonnes"].symbol == "t"
    assert units["per cent"].symbol == "%"
    assert units["days"].symbol == "day"
    symbols = lexicon().unit_symbols
    assert {symbols[s].symbol for s in ("km", "MW", "kWh", "m2", "%", "JPH", "TEU", "km/h")} == {
        "km",
        "MW",
        "kWh",
        "m2",
        "%",
        "JPH",
        "TEU",
        "km/h",
    }


def test_no_unit_name_is_also_a_currency_name() -> None:
    """Unit names and currency names never collide (``pound`` is money, not a weight, here)."""
    assert sorted(set(lexicon().unit_names) & set(lexicon().currency_names)) == []


def _quantities(text: str) -> list[tuple[str, dict[str, str]]]:
    document = Document.from_text(text, id="t")
    return [(f.text, f.value.to_json()) for f in find_quantities(document, normalize(text))]


def test_verb_qualifier_stays_outside_span() -> None:
    """``exceeded 70,000 vehicles``: the span starts at the number, the qualifier is gt."""
    assert _quantities("The output exceeded 70,000 vehicles.") == [
        ("70,000 vehicles", {"amount": "70000", "unit": "vehicle", "qualifier": "gt"})
    ]


def test_of_complement_is_outside_span() -> None:
    """``more than 2000 sets of medical equipment`` ends at the counted noun."""
    assert _quantities("It sent more than 2000 sets of medical equipment.") == [
        ("more than 2000 sets", {"amount": "2000", "unit": "set", "qualifier": "gt"})
    ]


def test_money_is_not_a_quantity() -> None:
    """Amounts of money are left to the money extractor."""
    assert _quantities("It lent $5 billion and 3 billion yuan to 12 companies.") == [
        ("12 companies", {"amount": "12", "unit": "company"})
    ]


def test_spelled_numbers_need_a_physical_unit() -> None:
    """``eight-tonne`` is a quantity; ``two sides`` and ``ten years`` are not."""
    assert _quantities("The two sides spent ten years on the eight-tonne truck.") == [
        ("eight-tonne", {"amount": "8", "unit": "t"})
    ]
