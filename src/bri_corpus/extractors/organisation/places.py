"""What the organisation finder needs to know about place words, asked of the place gazetteer.

The organisation finder does not tag places (the ``place`` plugin does); it asks
a few questions of them:

* where does an ``of``-complement of places end (``Department of Europe and Central Asia``);
* is a name made of nothing but a country word and a head word (``Chinese Company`` is not a name);
* what is the country of a demonym (``Chinese Embassy`` → ``Embassy of China``);
* is a lone word a place, so never an organisation by itself (``renamed Astana``, ``DR Congo``).

All country, demonym, region and city data comes from the place plugin's
gazetteer (:mod:`bri_corpus.extractors.place.gazetteer`, its stable API); this
module only adapts it and caches the answers (the gazetteer is loaded once, on
first use).  Lookups are exact and case-sensitive, on normalised typography.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from bri_corpus.extractors.place import gazetteer as places

__all__ = [
    "country_code",
    "country_of_demonym",
    "is_country",
    "is_country_or_demonym",
    "is_known_place",
    "is_major_place",
    "is_place_noun",
    "is_place_word",
    "multiword_places",
]

_CACHE_SIZE = 1 << 14
_BIG_CITY = 100_000


@functools.lru_cache(maxsize=_CACHE_SIZE)
def is_country(word: str) -> bool:
    """True when ``word`` (one or more words) names a country: ``Kazakhstan``, ``UAE``, ``DR Congo``."""
    return word in places.country_names()


@functools.lru_cache(maxsize=_CACHE_SIZE)
def country_of_demonym(word: str) -> str | None:
    """Return the country a demonym names (``Kazakh`` → ``Kazakhstan``), the word itself for a country name.

    The country's name is the place gazetteer's common English name (``British`` → ``United Kingdom``).
    """
    alpha_2 = places.demonyms().get(word)
    if alpha_2 is not None:
        return places.country_name(alpha_2) or word
    return word if is_country(word) else None


@functools.lru_cache(maxsize=_CACHE_SIZE)
def country_code(word: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country name or demonym (``Kyrgyz Republic``, ``Kyrgyz`` → ``KG``)."""
    alpha_2 = places.demonyms().get(word)
    if alpha_2 is not None:
        return alpha_2
    for entry in places.lookup_all(word):
        if entry.type == "country" and not entry.is_adjective and entry.country:
            return str(entry.country)
    return None


def is_country_or_demonym(word: str) -> bool:
    """True for a country name or the adjective of one (``Kazakhstan``, ``Kazakh``)."""
    return word in places.demonyms() or is_country(word)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def is_place_noun(word: str) -> bool:
    """True for a country or region name, not an adjective and not a city: ``Europe``, ``Kazakhstan``, ``Shaanxi``."""
    return any(entry.type in ("country", "region") and not entry.is_adjective for entry in places.lookup_all(word))


@functools.lru_cache(maxsize=_CACHE_SIZE)
def is_place_word(word: str) -> bool:
    """True for a country, a demonym, a region of several countries or a regional adjective.

    These words identify nothing by themselves in front of a head word (``Chinese Company``,
    ``Central Asian Bank``); provinces and cities do (``Shaanxi Automobile``, ``Astana Motors``).
    """
    return (
        word in places.region_adjectives()
        or is_country_or_demonym(word)
        or any(entry.type == "region" and entry.country is None for entry in places.lookup_all(word))
    )


@functools.lru_cache(maxsize=_CACHE_SIZE)
def is_known_place(surface: str) -> bool:
    """True when the place gazetteer knows ``surface`` in any reading, cities included (``Astana``, ``DR Congo``)."""
    return bool(places.lookup_all(surface))


@functools.lru_cache(maxsize=_CACHE_SIZE)
def is_major_place(surface: str) -> bool:
    """True for a country, a curated region, or a city of at least 100,000 people by its main name.

    ``Wuhan``, ``Astana``, ``Xinjiang``; not a small town (``Osh``), a province of pycountry's long
    lists, nor a city's alternate name (``Cosco`` for Cusco: ``COSCO`` is a company).
    """
    return any(
        entry.source in ("country", "region", "demonym") or (entry.source == "city" and entry.population >= _BIG_CITY)
        for entry in places.lookup_all(surface)
    )


def multiword_places(text: str) -> Iterator[tuple[int, int]]:
    """Yield the ``(start, end)`` offsets of the place names of more than one word in ``text``.

    ``DR Congo``, ``Central Asia``, ``People's Republic of China``: the finder treats each as one word,
    so that ``DR`` is not taken for an acronym nor ``Central`` for the start of a name.
    """
    for candidate in places.find_candidates(text):
        if " " in candidate.surface:
            yield candidate.start, candidate.end
