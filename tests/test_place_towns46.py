"""Unit tests of the towns46 licences in ``place/towns.py``: route ends, residents of, two-word towns after a
preposition, ``, in <division> county`` statements and islands named with a local word for island."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bri_corpus.extractors.place import towns
from bri_corpus.extractors.place.gazetteer import PlaceEntry, lookup
from bri_corpus.extractors.place.towns import licensed_towns


def _kept(text: str, *names: str) -> list[tuple[int, int, PlaceEntry]]:
    kept = []
    for name in names:
        start = text.index(name)
        entry = lookup(name)
        assert entry is not None
        kept.append((start, start + len(name), entry))
    return sorted(kept, key=lambda item: item[0])


def _towns(text: str, *known: str) -> list[tuple[str, str | None, str]]:
    return [
        (surface, entry.country, entry.type)
        for _, _, entry, surface in licensed_towns(text, _kept(text, *known), set())
    ]


def test_route_end_beside_a_known_city_is_a_town_of_its_country() -> None:
    assert _towns(" the road from Shieli to Kyzylorda was paved.", "Kyzylorda") == [("Shieli", "KZ", "city")]
    assert _towns(" power lines between Gweru and Mvuma, it said.", "Gweru") == [("Mvuma", "ZW", "city")]


def test_route_end_before_a_capitalised_word_is_a_longer_name() -> None:
    assert _towns(" cargo from Kyzylorda to Shieli Holdings, a trader.", "Kyzylorda") == []


def test_residents_of_a_town_of_the_documents_country() -> None:
    assert _towns(" in Bulgaria, the people of Bozhurishte oppose it.", "Bulgaria") == [("Bozhurishte", "BG", "city")]
    assert _towns(" residents of Mvuma complained.") == []


def test_town_stated_in_an_unknown_division() -> None:
    towns = _towns(" panels at Lajkovac, in Kolubara district, Serbia.", "Serbia")
    assert ("Lajkovac", "RS", "city") in towns


def test_island_word_before_a_name_is_a_region_of_the_host_country() -> None:
    assert _towns(" a port on Pulau Bintan in Indonesia.", "Indonesia") == [("Pulau Bintan", "ID", "region")]
    assert _towns(" the award went to Isla Grant, the envoy, in London.", "London") == []


@given(
    st.lists(
        st.sampled_from(["between ", "from ", "Osh", " and ", " to ", "Jalal-Abad", "Kazarman", ", ", "the route "]),
        max_size=14,
    )
)
def test_pairs_are_the_pattern_s_own_matches(parts: list[str]) -> None:
    """The literal-anchored scan gives exactly what ``_PAIR.finditer`` gives."""
    text = "".join(parts)
    assert [m.span() for m in towns._pairs(text)] == [m.span() for m in towns._PAIR.finditer(text)]
