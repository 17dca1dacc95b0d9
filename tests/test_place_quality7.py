"""Unit tests of the place fixes found with the blind set extra7: readings by mention counts, joined places,
division full names, capitals, water bodies and numbered section heads."""

from __future__ import annotations

from collections import Counter

from bri_corpus.extractors.place.context_places import datelines
from bri_corpus.extractors.place.gazetteer import lookup, lookup_all
from bri_corpus.extractors.place.resolve import choose_reading


def test_most_named_country_decides_a_shared_division_name() -> None:
    readings = lookup_all("Western Province")
    assert {r.country for r in readings} >= {"LK", "SB", "ZM"}
    chosen = choose_reading(readings, next_word=None, document_countries=Counter({"PG": 1, "SB": 4}))
    assert chosen.country == "SB"
    # a plain set keeps the gazetteer's order among the named countries
    assert choose_reading(readings, next_word=None, document_countries={"ZM", "LK"}).country == "LK"


def test_division_full_names_when_the_short_name_is_a_word_or_syllable() -> None:
    for surface, country in (("Shan State", "MM"), ("Mon State", "MM"), ("Rivers State", "NG"), ("Free State", "ZA")):
        entry = lookup(surface)
        assert entry is not None and entry.type == "region" and entry.country == country, surface
    assert lookup("Shan") is None  # a Chinese syllable alone is no place


def test_small_capitals_in_the_word_list_are_cities() -> None:
    for surface, country in (("Honiara", "SB"), ("Apia", "WS"), ("Suva", "FJ")):
        entry = lookup(surface)
        assert entry is not None and entry.type == "city" and entry.country == country


def test_numbered_section_heads_and_numeric_datelines() -> None:
    text = "DUSHANBE, 17.09.2024 /Khovar/. Today.\n\n1. KAZAKHSTAN - Dry port\nText.\n12) EGYPT: Zone\nText."
    found = {text[start:end]: entry.name for start, end, entry, _ in datelines(text)}
    assert found == {"DUSHANBE": "Dushanbe", "KAZAKHSTAN": "Kazakhstan", "EGYPT": "Egypt"}


def test_a_numbered_line_without_a_dash_is_no_section_head() -> None:
    text = "Intro.\n2. CHINA ROLLED OVER THE LOAN\n"
    assert not [s for s in datelines(text) if text[s[0] : s[1]] == "CHINA"]
