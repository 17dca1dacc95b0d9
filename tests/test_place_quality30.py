"""Unit tests of the place rules added in quality round 30 (extra30/extra31 sets)."""

from __future__ import annotations

from bri_corpus.extractors.place.context_places import _DIVISION_NAMES, _division_noun_hints, _glued_to_name
from bri_corpus.extractors.place.gazetteer import lookup_all
from bri_corpus.extractors.place.generate import saint_abbreviations


def test_saint_names_are_abbreviated() -> None:
    assert saint_abbreviations("Saint James") == ("St James", "St. James")
    assert saint_abbreviations("Saintfield") == ()
    assert saint_abbreviations("Manchester") == ()


def test_caribbean_parishes_are_regions_after_same_name_cities() -> None:
    readings = lookup_all("Manchester")
    assert readings[0].type == "city"
    assert ("region", "JM") in {(entry.type, entry.country) for entry in readings}
    assert {(entry.type, entry.country) for entry in lookup_all("St James")} >= {("region", "JM"), ("region", "BB")}
    assert lookup_all("Hanover")[0].country == "DE"


def test_a_word_glued_before_a_match_by_a_hyphen() -> None:
    line = "By Grace Hamilton-London and China-Laos and Trans-Caspian"
    assert _glued_to_name(line, line.index("London"))
    assert not _glued_to_name(line, line.index("Laos"))
    assert not _glued_to_name(line, line.index("Caspian"))
    assert not _glued_to_name(line, line.index("China"))


def test_south_asian_sub_districts_after_a_possessive() -> None:
    text = "the plant at Chittagong's Anwara upazila and in Okara's Depalpur tehsil"
    hints = _division_noun_hints(text)
    assert len(hints) == 2
    names = [m.group("names") for m in _DIVISION_NAMES.finditer(text)]
    assert names == ["Anwara", "Depalpur"]
    assert [m.group("names") for m in _DIVISION_NAMES.finditer("at the Bangladesh Awami upazila office")] == []
