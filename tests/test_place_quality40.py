"""Accent folding in the place matcher (round extra40/extra41): names written with diacritics that the
gazetteer stores in their accent-free spelling are found and keep their spelling as written."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bri_corpus.extractors.place import gazetteer as places
from bri_corpus.extractors.place.gazetteer import ACCENT_FOLD


@given(st.text(alphabet=st.characters(min_codepoint=0x41, max_codepoint=0x1EFF), max_size=30))
def test_folding_keeps_every_offset(text: str) -> None:
    assert len(text.translate(ACCENT_FOLD)) == len(text)


def test_folding_reaches_the_base_letters() -> None:
    assert "Việt Nam Brașov Łódź İzmir Đà Nẵng".translate(ACCENT_FOLD) == "Viet Nam Brasov Lodz Izmir Da Nang"


def test_folded_match_is_named_as_written() -> None:
    found = {c.surface: c.entries[0] for c in places.find_candidates("Việt Nam, Hà Nội and Brașov")}
    assert found["Việt Nam"].country == "VN" and found["Việt Nam"].name == "Việt Nam"
    assert found["Brașov"].country == "RO" and found["Brașov"].name == "Brașov"
    assert "Hà Nội" in found


def test_longer_folded_match_wins_over_a_shorter_one_as_written() -> None:
    # "Hồ Chí Minh" is stored with its accents (a province), "Ho Chi Minh City" without
    [candidate] = list(places.find_candidates("Hồ Chí Minh City"))
    assert candidate.surface == "Hồ Chí Minh City" and candidate.entries[0].type == "city"


def test_plain_ascii_text_is_untouched() -> None:
    assert [c.surface for c in places.find_candidates("Nguyen met Tran in Hanoi")] == ["Hanoi"]
