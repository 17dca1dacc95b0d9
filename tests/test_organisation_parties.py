"""Unit tests of the party finder, the family-name guard and the possessive gazetteer names (organisation)."""

from __future__ import annotations

import pytest

from bri_corpus.extractors.organisation.extract import organisations_in
from bri_corpus.extractors.organisation.parties import party_name_words
from bri_corpus.extractors.organisation.shapes import opens_personal_name


def _names(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], value.name) for start, end, value in organisations_in(text)]


@pytest.mark.parametrize(
    ("words", "head", "expected"),
    [
        (["Communist"], "Party", ("Communist",)),
        (["Chinese", "President", "and", "Communist"], "Party", ("Communist",)),
        (["The"], "Party", None),
        (["Chinese"], "Party", None),
        (["Each", "Contracting"], "Party", None),
        (["Premier"], "League", None),
        (["Pakistan", "Muslim"], "League", ("Pakistan", "Muslim")),
        (["Zambia", "the", "Patriotic"], "Front", ("Patriotic",)),
        (["Malaysia's", "Democratic", "Action"], "Party", ("Democratic", "Action")),
    ],
)
def test_party_name_words(words: list[str], head: str, expected: tuple[str, ...] | None) -> None:
    assert party_name_words(words, head) == expected


def test_party_with_country_and_organ() -> None:
    text = "Delegates of the Communist Party of Nepal met the CPC Central Committee's envoy in Kathmandu."
    assert _names(text) == [
        ("Communist Party of Nepal", "Communist Party of Nepal"),
        ("CPC Central Committee", "CPC Central Committee"),
    ]


def test_party_name_that_runs_on_is_left_to_the_scan() -> None:
    assert _names("Officials said Party Building Week opens in Urumqi.") == []


@pytest.mark.parametrize(("word", "expected"), [("Mr", True), ("Gautam", True), ("The", False), ("Kenya", False)])
def test_opens_personal_name(word: str, expected: bool) -> None:
    assert opens_personal_name(word) is expected


def test_family_name_after_given_name_is_a_person() -> None:
    assert _names("Gautam Adani visited Colombo.") == []
    assert [name for _, name in _names("Adani won the Colombo West terminal.")] == ["Adani"]


def test_possessive_gazetteer_name_is_whole() -> None:
    assert _names("Moody's cut the outlook.") == [("Moody's", "Moody's")]
