"""The organisation plugin's place questions, answered by the place gazetteer, and the traps they guard."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bri_corpus.extractors.organisation.extract import organisations_in
from bri_corpus.extractors.organisation.gazetteer import default_gazetteer
from bri_corpus.extractors.organisation.places import (
    country_of_demonym,
    is_country,
    is_country_or_demonym,
    is_known_place,
    is_major_place,
    is_place_noun,
    is_place_word,
    multiword_places,
)
from bri_corpus.extractors.place import gazetteer as place_gazetteer


@pytest.mark.parametrize(
    "name", ["Kazakhstan", "China", "UAE", "US", "UK", "DRC", "DR Congo", "Republic of Kazakhstan"]
)
def test_countries_come_from_the_place_gazetteer(name: str) -> None:
    assert is_country(name)
    assert name in place_gazetteer.country_names()


@pytest.mark.parametrize("name", ["Astana", "Wuhan", "Central Asia", "DR", "Allur", "Chinese"])
def test_non_countries(name: str) -> None:
    assert not is_country(name)


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Kazakh", "Kazakhstan"),
        ("Kazakhstani", "Kazakhstan"),
        ("Chinese", "China"),
        ("British", "United Kingdom"),
        ("Korean", "South Korea"),
        ("Kazakhstan", "Kazakhstan"),
        ("UAE", "UAE"),
        ("Astana", None),
        ("Allur", None),
    ],
)
def test_country_of_demonym(word: str, country: str | None) -> None:
    assert country_of_demonym(word) == country


def test_every_place_demonym_names_its_country() -> None:
    """One source of data: every demonym the place plugin knows gives that country's common name here."""
    for demonym, alpha_2 in place_gazetteer.demonyms().items():
        assert is_country_or_demonym(demonym)
        assert is_place_word(demonym)
        assert country_of_demonym(demonym) == (place_gazetteer.country_name(alpha_2) or demonym)


def test_place_words_bound_names_but_provinces_and_cities_identify() -> None:
    for word in ("Chinese", "Kazakhstan", "Central Asian", "Europe", "Middle East", "Central Asia"):
        assert is_place_word(word), word
    for word in ("Shaanxi", "Astana", "Wuhan", "Allur", "Automobile"):
        assert not is_place_word(word), word


def test_place_nouns_take_countries_and_regions_not_adjectives_or_cities() -> None:
    for word in ("Kazakhstan", "Europe", "Central Asia", "Shaanxi", "Xinjiang"):
        assert is_place_noun(word), word
    for word in ("Chinese", "Central Asian", "Wuhan", "Ministry"):
        assert not is_place_noun(word), word


def test_known_and_major_places() -> None:
    assert is_known_place("Astana") and is_known_place("Wuhan") and is_known_place("DR Congo")
    assert not is_known_place("Allur") and not is_known_place("DR")
    assert is_major_place("Wuhan") and is_major_place("Kazakhstan") and is_major_place("Central Asia")
    assert not is_major_place("Cosco"), "an alternate city name is no reason to drop the COSCO acronym"


def test_multiword_places() -> None:
    text = "Cobalt from DR Congo reaches Central Asia and the People's Republic of China via Kazakhstan."
    found = [text[start:end] for start, end in multiword_places(text)]
    assert found == ["DR Congo", "Central Asia", "People's Republic of China"]


def _org_spans(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in organisations_in(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Nur-Sultan was renamed Astana in 2022.",
        "Cobalt from the DR Congo is processed in China.",
        "The DR Congo-Zambia corridor opened.",
        "Exports from the UK, the US and the UAE grew.",
        "WUHAN and ASTANA signed a sister-city agreement.",
        "Astana Group signed the deal. Astana welcomed the investment.",
    ],
)
def test_places_are_not_organisations(text: str) -> None:
    assert not any(is_known_place(span) or span == "DR" for span in _org_spans(text))


def test_gazetteer_organisations_named_like_places_stay() -> None:
    assert _org_spans("Xinhua reported from Wuhan; STEYR and COSCO signed.") == ["Xinhua", "STEYR", "COSCO"]


_PLACES = sorted(place_gazetteer.country_names() | {"Astana", "Wuhan", "Almaty", "Tashkent", "Gwadar", "Central Asia"})
_TEMPLATES = (
    "{0} was renamed {1} in 2019.",
    "Trade between {0} and {1} grew by 5 percent.",
    "{0}, {1} and Kazakhstan signed the protocol.",
    "The line runs from {0} to {1}.",
    "{0} and {1} officials met in Beijing.",
)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_TEMPLATES), st.sampled_from(_PLACES), st.sampled_from(_PLACES))
def test_lone_places_are_never_organisations(template: str, first: str, second: str) -> None:
    """A known place on its own is never an organisation, unless the organisation gazetteer names it."""
    text = template.format(first, second)
    gazetteer = default_gazetteer()
    for span in _org_spans(text):
        assert not is_known_place(span) or gazetteer.lookup(span) is not None, (text, span)
