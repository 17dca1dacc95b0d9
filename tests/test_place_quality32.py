"""Unit tests of the place rules added in quality round 32 (extra32/extra33 sets)."""

from __future__ import annotations

import collections

from bri_corpus.extractors.place.context_places import agree_with_stated, named_divisions, towns_from_context
from bri_corpus.extractors.place.gazetteer import lookup_all
from bri_corpus.extractors.place.generate import english_designator_variants


def test_russian_designators_have_their_english_words() -> None:
    assert english_designator_variants("Amur Oblast") == ("Amur Region",)
    assert english_designator_variants("Khabarovsk Krai") == ("Khabarovsk Territory",)
    assert english_designator_variants("Yakutia") == ()
    assert {(e.type, e.country) for e in lookup_all("Amur Region")} == {("region", "RU")}
    assert {(e.type, e.country) for e in lookup_all("Altai Territory")} == {("region", "RU")}


def test_philippine_provinces_and_metro_manila_are_regions() -> None:
    for name in ("Rizal", "Leyte", "Pampanga", "Nueva Ecija", "Metro Manila"):
        assert ("region", "PH") in {(e.type, e.country) for e in lookup_all(name)}, name
    assert lookup_all("Antique") == ()  # an English word: only "Antique Province"
    assert lookup_all("Antique Province")[0].country == "PH"


def test_a_demonym_states_a_towns_country() -> None:
    text = "the Uzbek village of Karakent and the Kyrgyz town of Sarytash, and the village of Ortoq"
    found = {surface: entry.country for _, _, entry, surface in named_divisions(text, collections.Counter(KZ=3))}
    assert found == {"Karakent": "UZ", "Sarytash": "KG", "Ortoq": "KZ"}


def test_a_stated_country_decides_every_context_mention() -> None:
    text = "the Narynkol-Tekes road and the Chinese town of Tekes"
    towns = list(named_divisions(text, collections.Counter(KZ=2)))
    assert [(s, e.country) for _, _, e, s in towns] == [("Tekes", "CN")]
    pair = list(towns_from_context(text, collections.Counter(KZ=2)))
    merged = agree_with_stated([*pair, *towns])
    assert [(s, e.country) for _, _, e, s in merged if s == "Tekes"] == [("Tekes", "CN"), ("Tekes", "CN")]
