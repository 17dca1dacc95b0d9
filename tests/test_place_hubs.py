"""The Belt and Road hubs file: well-formed rows, and every hub reaches the gazetteer with its own country."""

from __future__ import annotations

import pycountry
import pytest

from bri_corpus.extractors.place.gazetteer import lookup, lookup_all
from bri_corpus.extractors.place.hubs import Hub, hubs


def test_hubs_file_has_many_rows_of_known_countries() -> None:
    rows = hubs()
    assert len(rows) >= 80
    for hub in rows:
        assert pycountry.countries.get(alpha_2=hub.country) is not None, hub
        assert hub.type in ("city", "region"), hub
        assert hub.population > 0, hub
        assert hub.role, hub


def test_hub_surfaces_include_accent_free_spellings() -> None:
    by_name = {hub.name: hub for hub in hubs()}
    assert "Záhony" in by_name["Zahony"].surfaces
    assert "Shiveekhuren" in by_name["Shiveekhuren"].surfaces
    assert "Cierna nad Tisou" in by_name["Cierna nad Tisou"].surfaces  # from "Čierna nad Tisou"


_SHARED_WITH_A_BIGGER_CITY = frozenset({"Mandal", "Irkeshtam"})
"""Hubs named like a more populous city elsewhere (India's Mandal) or like the crossing across the border
(Kyrgyzstan's Irkeshtam, China's port of the same name): the document's countries pick the reading."""


@pytest.mark.parametrize("hub", hubs(), ids=lambda hub: hub.name)
def test_every_hub_surface_reads_as_its_country_first(hub: Hub) -> None:
    for surface in hub.surfaces:
        entry = lookup(surface)
        assert entry is not None, surface
        if surface in _SHARED_WITH_A_BIGGER_CITY:
            readings = [(e.country, e.type) for e in lookup_all(surface)]
            assert (hub.country, hub.type) in readings, surface
            assert entry.population > hub.population, surface
            continue
        assert (entry.country, entry.type) == (hub.country, hub.type), surface


def test_hubs_with_an_alternate_spelling_share_the_country() -> None:
    assert lookup("Gyirong") == lookup("Kerung")._replace(surface="Gyirong", name="Gyirong")  # type: ignore[union-attr]
    assert lookup("Zabaykalsk").country == "RU"  # type: ignore[union-attr]
