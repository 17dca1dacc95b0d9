"""The second tier of towns (``data/towns.tsv``), read only where the context licenses a place."""

from __future__ import annotations

import collections

from bri_corpus.extractors.place.gazetteer import PlaceEntry, lookup
from bri_corpus.extractors.place.resolve import choose_reading
from bri_corpus.extractors.place.towns import TOWNS, licensed_towns, town_readings, with_town_country


def _kept(text: str, *names: str) -> list[tuple[int, int, PlaceEntry]]:
    """The gazetteer places of ``text`` as the extractor keeps them (first reading, or the given names)."""
    kept = []
    for name in names:
        start = text.index(name)
        entry = lookup(name)
        assert entry is not None, name
        kept.append((start, start + len(name), entry))
    return sorted(kept)


def _found(text: str, *known: str) -> list[tuple[str, str | None]]:
    kept = _kept(text, *known)
    return [(surface, entry.country) for _, _, entry, surface in licensed_towns(text, kept, set())]


def test_tier_holds_small_towns_and_alternate_spellings_the_gazetteer_lacks() -> None:
    assert town_readings("Khulais") == (("SA", 20139),)  # GeoNames' Khulayş, an alternate spelling
    assert town_readings("Mályi")[0][0] == "HU"
    assert town_readings("Malyi")[0][0] == "HU"  # the accent-free form too
    assert town_readings("Rembia")[0][0] == "MY"
    for name in ("Khulais", "Mályi", "Rembia"):
        assert lookup(name) is None, name  # not a gazetteer surface: the matcher never sees it


def test_tier_leaves_out_words_people_and_syllables() -> None:
    for name in ("Chen", "Wang", "Jackson", "Green", "Bath", "Of", "The"):
        assert town_readings(name) == (), name
    assert town_readings("") == ()
    assert town_readings("Zz") == ()


def test_town_before_a_known_place_of_its_country() -> None:
    assert _found("The plant near Rembia, Melaka, opened.", "Melaka") == [("Rembia", "MY")]
    assert _found("A farm near Khulais, Saudi Arabia.", "Saudi Arabia") == [("Khulais", "SA")]


def test_town_before_a_place_of_another_country_is_not_licensed() -> None:
    assert _found("The plant near Rembia, Kenya, opened.", "Kenya") == []


def test_town_before_a_region_needs_a_preposition_or_a_designator() -> None:
    assert _found("Officials from Kyzylorda and Zhalagash, Kazakhstan, met.", "Kazakhstan") == []
    assert _found("The station at Zhalagash, Kyzylorda Region, opened.", "Kyzylorda Region") == [("Zhalagash", "KZ")]


def test_hyphenated_pair_with_a_known_place_of_the_same_country() -> None:
    assert _found("the Miskolc-Mályi Industrial Park", "Miskolc") == [("Mályi", "HU")]
    assert _found("the Mályi-Miskolc road", "Miskolc") == [("Mályi", "HU")]
    assert _found("the Nairobi-Mályi flight", "Nairobi") == []


def test_bare_town_after_a_preposition_in_the_story_country() -> None:
    assert _found("Nigeria said the bridge in Jebba. More", "Nigeria") == []  # Jebba is a gazetteer city
    assert _found("Turkey will rebuild homes in Nurdagi, officials said.", "Turkey") == [("Nurdagi", "TR")]
    assert _found("Kenya will rebuild homes in Nurdagi, officials said.", "Kenya") == []


def test_bare_town_described_as_something_else_is_not_licensed() -> None:
    assert _found("Turkey heard from Nurdagi, a construction firm.", "Turkey") == []
    assert _found("Turkey will rebuild Nurdagi in Nurdagi, a town of 40,000.", "Turkey") == [("Nurdagi", "TR")]


def test_bare_town_written_in_lower_case_elsewhere_is_not_licensed() -> None:
    assert _found("Turkey: homes in Nurdagi. The nurdagi style.", "Turkey") == []


def test_context_town_takes_the_tier_country_the_story_names() -> None:
    kenyan = PlaceEntry(surface="Kandiari", name="Kandiari", type="city", country="KE", population=0, source="city")
    towns = [(0, 8, kenyan, "Kandiari")]
    fixed = with_town_country(towns, collections.Counter({"KE": 1, "PK": 2}))
    assert fixed[0][2].country == "PK"
    assert with_town_country(towns, collections.Counter({"KE": 1}))[0][2].country == "KE"


def test_designator_then_the_story_country_choose_a_region_reading() -> None:
    punjab = (
        PlaceEntry("Punjab", "Punjab", "region", "IN", 0, "subdivision"),
        PlaceEntry("Punjab", "Punjab", "region", "PK", 0, "subdivision"),
    )
    assert choose_reading(punjab, next_word="province", document_countries={"PK": 1}).country == "PK"
    assert choose_reading(punjab, next_word="province", document_countries={}).country == "IN"


def test_every_tier_line_is_found_by_its_prefix_index() -> None:
    """The index of two-letter prefixes against a plain parse of the file (every 40th line)."""
    text = TOWNS.read_text(encoding="utf-8")
    lines = text.partition("\n## towns\n")[2].splitlines()
    assert len(lines) > 150_000
    for line in lines[::40]:
        surface, readings = line.split("\t")
        expected = tuple((reading[:2], int(reading[3:])) for reading in readings.split(";"))
        assert town_readings.__wrapped__(surface) == expected, surface
        assert lookup(surface) is None, surface  # the tier holds nothing the gazetteer has
