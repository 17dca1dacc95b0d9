"""The place gazetteer API (used by other plugins) and the pure resolvers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bri_corpus.extractors.place import gazetteer
from bri_corpus.extractors.place.gazetteer import PlaceEntry
from bri_corpus.extractors.place.resolve import choose_reading, place_value
from bri_corpus.values import Place


def test_lookup_country_short_forms():
    """Short and official forms of a country all resolve to its ISO code."""
    for surface, code in [
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("Russia", "RU"),
        ("Iran", "IR"),
        ("Laos", "LA"),
        ("UK", "GB"),
        ("US", "US"),
        ("USA", "US"),
        ("Kyrgyzstan", "KG"),
    ]:
        entry = gazetteer.lookup(surface)
        assert entry is not None, surface
        assert (entry.type, entry.country) == ("country", code)


def test_demonyms_map_to_countries():
    """Demonyms give the country code and the country's common name as value name."""
    assert gazetteer.demonyms()["Kazakh"] == "KZ"
    assert gazetteer.demonyms()["Chinese"] == "CN"
    assert gazetteer.lookup("Turkish") == PlaceEntry("Turkish", "Turkey", "country", "TR", 0, "demonym")
    assert gazetteer.region_adjectives()["Central Asian"] == "Central Asia"


def test_country_names_and_display_names():
    """The country-name set holds names, not demonyms; display names are common English names."""
    names = gazetteer.country_names()
    assert {"Kazakhstan", "China", "Turkey", "Türkiye"} <= names
    assert "Chinese" not in names
    assert gazetteer.country_name("TR") == "Turkey"
    assert gazetteer.country_name("KZ") == "Kazakhstan"


def test_cities_and_historic_names():
    """Cities come from geonames, historic alternate names included; broken apostrophes are fixed."""
    assert gazetteer.lookup("Kustanai") is not None and gazetteer.lookup("Kustanai").country == "KZ"
    xian = gazetteer.lookup("Xi 'an")
    assert xian is not None and xian.to_place() == Place(name="Xi'an", type="city", country="CN")
    for surface, code in [("Hefei", "CN"), ("Weihai", "CN"), ("Gwadar", "PK"), ("Mombasa", "KE"), ("Astana", "KZ")]:
        assert gazetteer.lookup(surface).country == code, surface


def test_regions():
    """Multi-country regions have no country; provinces have theirs."""
    assert gazetteer.lookup("Central Asia").to_place() == Place(name="Central Asia", type="region")
    assert gazetteer.lookup("Shaanxi").to_place() == Place(name="Shaanxi", type="region", country="CN")
    assert {e.country for e in gazetteer.lookup_all("Punjab")} == {"IN", "PK"}


def test_ambiguous_words_and_names_are_absent():
    """English words and people's names that are also city names are not in the gazetteer."""
    for word in ["Of", "Mobile", "Split", "Nice", "Bath", "Reading", "Zhang", "Li", "Wei", "Yu", "Hua", "Jackson"]:
        assert gazetteer.lookup(word) is None, word


def test_find_candidates_longest_match_and_possessive():
    """The matcher takes the longest surface and leaves a possessive 's outside."""
    found = [
        (c.surface, c.entries[0].name) for c in gazetteer.find_candidates("Kazakhstan's capital is in Central Asia.")
    ]
    assert found == [("Kazakhstan", "Kazakhstan"), ("Central Asia", "Central Asia")]


def test_choose_reading_prefers_document_country_and_designators():
    """An ambiguous region goes to the country the document mentions; a designator picks city or region."""
    readings = gazetteer.lookup_all("Punjab")
    assert choose_reading(readings, next_word=None, document_countries={"PK"}).country == "PK"
    assert choose_reading(readings, next_word=None, document_countries={"IN"}).country == "IN"
    city = PlaceEntry("X", "X", "city", "CN", 10, "city")
    region = PlaceEntry("X", "X", "region", "CN", 0, "subdivision")
    assert choose_reading((city, region), next_word="Province", document_countries=()) is region
    assert choose_reading((region, city), next_word="City", document_countries=()) is city


def test_place_value_names():
    """Names stay as written (typography fixed); adjectives give their country or region."""
    entry = PlaceEntry("Xi 'an", "Xi'an", "city", "CN", 1, "city")
    assert place_value(entry, "Xi 'an") == Place(name="Xi'an", type="city", country="CN")
    chinese = gazetteer.lookup("Chinese")
    assert place_value(chinese, "Chinese") == Place(name="China", type="country", country="CN")


@given(st.text(max_size=300))
def test_find_candidates_spans_are_exact(text):
    """Every candidate's span gives back its surface, in order and without overlaps."""
    end = 0
    for candidate in gazetteer.find_candidates(text):
        assert text[candidate.start : candidate.end] == candidate.surface
        assert candidate.start >= end
        end = candidate.end
