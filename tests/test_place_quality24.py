"""Unit tests of the place rules added in quality round 24 (extra24/extra25 sets)."""

from __future__ import annotations

import collections

from bri_corpus.extractors.place.context_places import more_mentions
from bri_corpus.extractors.place.extract import _district_reading
from bri_corpus.extractors.place.gazetteer import PlaceEntry
from bri_corpus.extractors.place.keep_rules import _leads_facility_name, is_surname


def _city(name: str, country: str) -> PlaceEntry:
    return PlaceEntry(surface=name, name=name, type="city", country=country, population=0, source="city")


def test_modifiers_joined_by_and_lead_a_facility() -> None:
    text = "the Mersin Logistics and Industrial Park opened"
    assert _leads_facility_name(text, text.index(" Logistics"))
    text = "the Mersin Logistics and Trade Ministry said"
    assert not _leads_facility_name(text, text.index(" Logistics"))


def test_surname_after_title_and_given_name() -> None:
    text = "Deputy Prime Minister Pavel Kirov said"
    assert is_surname(text, text.index("Kirov"))
    text = "the plant in Kirov said"
    assert not is_surname(text, text.index("Kirov"))


def test_district_takes_host_country_when_city_reading_is_foreign() -> None:
    counts = collections.Counter({"LA": 4, "IN": 1})
    reading = _district_reading(_city("Kasi", "IN"), counts, own_mentions=1)
    assert (reading.type, reading.country) == ("region", "LA")
    counts = collections.Counter({"PK": 3})
    reading = _district_reading(_city("Kohat", "PK"), counts, own_mentions=1)
    assert (reading.type, reading.country) == ("region", "PK")


def test_more_mentions_only_after_a_preposition_and_before_punctuation() -> None:
    text = "the villages of Bamoro and Kpota. A school in Kpota. The Kpota-Bamoro Power Station."
    town = (text.index("Kpota"), text.index("Kpota") + 5, _city("Kpota", "GN"), "Kpota")
    found = [start for start, _, _, _ in more_mentions(text, [town])]
    assert found == [text.index("Kpota", town[1])]
