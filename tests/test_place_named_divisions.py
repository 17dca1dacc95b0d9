"""Unit tests of places named by their own designator or a settlement's noun (``named_divisions``)."""

from __future__ import annotations

import collections

from bri_corpus.extractors.place.context_places import _division_hints, named_divisions


def _found(text: str, **countries: int) -> list[tuple[str, str, str]]:
    counts = collections.Counter(countries)
    return [(surface, entry.country, entry.type) for _, _, entry, surface in named_divisions(text, counts)]


def test_hints_need_a_capital_after_near() -> None:
    assert _division_hints("built near the coast") == []
    assert _division_hints("built near Kokzhar.") == [6]


def test_designators_and_settlement_nouns() -> None:
    assert _found("in Kwavonza County.", KE=2) == [("Kwavonza County", "KE", "region")]
    assert _found("in the Bortala Mongol Autonomous Prefecture.", KZ=3) == [
        ("Bortala Mongol Autonomous Prefecture", "CN", "region")
    ]
    assert _found("the village of Kokzhar in the south", KZ=1) == [("Kokzhar", "KZ", "city")]


def test_no_place_without_a_country_or_from_generic_words() -> None:
    assert _found("in Kwavonza County.") == []
    assert _found("the Green County Fund and near Lake Balkhash.", KZ=1) == []
    assert _found("work near Tuesday's deadline; green county", KE=1) == []
