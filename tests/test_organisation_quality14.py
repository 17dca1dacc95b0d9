"""Person initials after a title, units and parties named Congress (organisation or summit, quality round 14)."""

from __future__ import annotations

import pytest

from bri_corpus.extractors.organisation.context_names import party_congresses
from bri_corpus.extractors.organisation.exclusions import person_initials
from bri_corpus.extractors.organisation.extract import organisations_in
from bri_corpus.extractors.organisation.gazetteer import default_gazetteer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prime Minister KP Sharma Oli spoke.", True),
        ("Governor AB Sule of Nasarawa spoke.", True),
        ("Chairman CNPC Group said so.", False),  # an organisation word after the capitals
        ("the KP Sharma Oli government", False),  # no title before
        ("Minister KP said", False),  # no name after
    ],
)
def test_person_initials(text: str, expected: bool) -> None:
    start = next(i for i in range(len(text)) if text[i : i + 2].isupper() and text[i : i + 2].isalpha())
    end = start + 2
    while end < len(text) and text[end].isupper():
        end += 1
    assert person_initials(text, start, end) is expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("a leader of the Nepali Congress said", ["Nepali Congress"]),
        ("the Indian National Congress won", ["Indian National Congress"]),
        ("the 20th National Congress of the Communist Party", []),
        ("the World Congress and the Kenya Congress", []),
    ],
)
def test_party_congresses(text: str, names: list[str]) -> None:
    found = party_congresses(text, [], default_gazetteer())
    assert [c.surface for c in found] == names


def test_units_and_portfolios_are_no_organisations() -> None:
    text = "It adds 900 MVA of capacity, Roads and Bridges Minister Ali Khan said."
    assert list(organisations_in(text)) == []
