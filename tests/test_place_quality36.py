"""Rules added after the extra36/extra37 evaluation: persons named like places, paragraphs opening in capitals."""

from __future__ import annotations

from bri_corpus.extractors.place.context_places import caps_leads
from bri_corpus.extractors.place.gazetteer import find_candidates
from bri_corpus.extractors.place.keep_rules import names_person


def _person(text: str, surface: str) -> bool:
    candidate = next(c for c in find_candidates(text) if c.surface == surface)
    return names_person(text, candidate)


def test_a_surname_after_a_speech_verb_or_a_byline_names_a_person() -> None:
    assert _person('"Trade will grow," said Zhou Hunan, adding that prices rose.', "Hunan")
    assert _person("Written by Dara Battambang March 3, 2025", "Battambang")
    assert _person("according to Aigerim Zhetysu of the akimat", "Zhetysu")


def test_a_surname_before_a_role_in_apposition_names_a_person() -> None:
    assert _person("Gulnara Zhetysu, a spokeswoman for the akimat, said.", "Zhetysu")


def test_a_region_after_a_place_or_a_direction_word_is_no_person() -> None:
    assert not _person("Coal was sent by Hunan Shanxi Logistics.", "Shanxi")  # a region before it
    assert not _person("the output of Northern Shanxi, a coal region", "Shanxi")
    assert not _person("Coal shipments from Shanxi rose, the ministry said.", "Shanxi")


def test_a_paragraph_opening_in_capitals_names_its_place() -> None:
    text = (
        "By NGOZI MUMBA\nFriday\n\nKENYA, Uganda and China signed.\n\nETHIOPIA's exports rose.\n\nTHE Government said."
    )
    assert [surface for _, _, _, surface in caps_leads(text, set())] == ["Kenya", "Ethiopia"]


def test_a_byline_in_capitals_before_a_capitalised_word_is_no_lead() -> None:
    assert list(caps_leads("CHILUFYA MONGU Thursday, September 25, 2025", set())) == []
