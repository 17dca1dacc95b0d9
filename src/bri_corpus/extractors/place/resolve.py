"""Pure functions: pick a reading for a gazetteer match and build its value."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from bri_corpus.values import Place

from .gazetteer import PlaceEntry
from .patterns import CITY_DESIGNATORS, REGION_DESIGNATORS


def choose_reading(
    readings: Sequence[PlaceEntry],
    *,
    next_word: str | None,
    document_countries: Collection[str],
    nearby_country: str | None = None,
) -> PlaceEntry:
    """Pick the reading of an ambiguous surface.

    A designator after the name decides between a city and a region (``Jilin Province``,
    ``Jilin City``), and the rules below between its readings of that type; otherwise a reading in the
    country of the place named just before wins (``Naivasha-Malaba``, ``from Mombasa to Malaba``: Kenya's
    Malaba, not Uganda's); otherwise a reading in a country the document mentions (``Punjab`` in a report on
    Pakistan; given a mapping of countries to their mention counts, the one named most often: ``Western
    Province`` in a Solomon Islands story that also
    names Papua New Guinea); otherwise the gazetteer's
    best reading (countries, then curated places, then the most populous city).
    """
    if len(readings) == 1:
        return readings[0]
    designated = "region" if next_word in REGION_DESIGNATORS else "city" if next_word in CITY_DESIGNATORS else None
    if designated is not None:
        # the designator decides the type; among readings of that type, the document's countries decide
        # ("Punjab province" in a story on Pakistan)
        typed = [entry for entry in readings if entry.type == designated]
        if len(typed) == 1 or (typed and not any(entry.country in document_countries for entry in typed)):
            return typed[0]
        if typed:
            readings = typed
    if readings[0].type != "country":  # a country or its demonym is never another place; a region may be
        if nearby_country is not None:
            for entry in readings:
                if entry.country == nearby_country:
                    return entry
        named = [entry for entry in readings if entry.country in document_countries]
        if named:
            if isinstance(document_countries, Mapping):  # the country the document points at most wins
                return max(named, key=lambda entry: mention_weight(document_countries, entry.country))
            return named[0]
    return readings[0]


def mention_weight(document_countries: Mapping[str, int], country: str | None) -> float:
    """How strongly a document points at ``country``: its mentions, China's counting half (Belt and Road news
    names China in every story, and writes mostly about places of the partner country: the ``Chatkal district``
    of a Kyrgyz story about a Chinese-owned mine is Kyrgyz)."""
    count = document_countries.get(country, 0) if country else 0
    return count / 2 if country == "CN" else float(count)


def place_value(entry: PlaceEntry, surface: str) -> Place:
    """Return the fact value: the name as written (typography fixed), or the country/region of an adjective."""
    if entry.is_adjective:
        return entry.to_place()
    name = " ".join(surface.split()).replace(" '", "'")
    return entry.to_place(name)
