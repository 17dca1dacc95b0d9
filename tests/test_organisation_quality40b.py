"""Unit tests of the second quality round on extra40/41: credited outlets, described one-word names,
formal country names after state bodies, hyphenated national short forms."""

from __future__ import annotations

import pytest

from bri_corpus.extractors.organisation.credited_outlets import credited_outlets
from bri_corpus.extractors.organisation.described_names import described_names
from bri_corpus.extractors.organisation.extract import organisations_in
from bri_corpus.extractors.organisation.gazetteer import default_gazetteer
from bri_corpus.extractors.organisation.name_extensions import _formal_country_end


def _spans(found: list) -> list[str]:  # type: ignore[type-arg]
    return [c.surface for c in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("officials told Dawn on Sunday.", ["Dawn"]),
        ("The loan was signed, The Standard reported.", ["The Standard"]),
        ("Published in Dawn, May 2nd, 2025", ["Dawn"]),
        ("The Reporter has learnt that the deal is done.", ["The Reporter"]),
        ("Dawn raids began in the port.", []),
        ("The Standard Gauge Railway opened.", []),
        ("according to The Economist Intelligence Unit, growth slowed", []),
    ],
)
def test_credited_outlets(text: str, expected: list[str]) -> None:
    assert _spans(credited_outlets(text, [], default_gazetteer())) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a credit from Nafinsa, the national development bank, and", ["Nafinsa"]),
        ("the loan from Kaspi, a private lender.", ["Kaspi"]),
        ("said Wang, the bank's chairman.", []),
        ("arrived in Mombasa, the port city.", []),
        ("It was built by Tomsk, the company said.", []),
        ("The Bank, the company said.", []),
    ],
)
def test_described_names(text: str, expected: list[str]) -> None:
    assert _spans(described_names(text, [], default_gazetteer())) == expected


def test_formal_country_end_takes_country_names_only() -> None:
    text = "State Council of the People's Republic of China. It"
    end = len("State Council")
    assert text[: _formal_country_end(text, end)] == "State Council of the People's Republic of China"
    assert _formal_country_end("Ministry of Energy of the Chinese side", len("Ministry of Energy")) is None


def test_state_body_of_another_country_drops_the_gazetteer_entry() -> None:
    found = list(organisations_in("the State Council of the Philippines said"))
    assert [(v.name, v.id) for _, _, v in found] == [("State Council of the Philippines", None)]


def test_hyphenated_national_short_form_links_to_the_company() -> None:
    text = "built by Togo Energies (TG-Energies). Later TG-Energies said"
    found = [(text[s:e], v.name) for s, e, v in organisations_in(text)]
    assert ("Togo Energies", "Togo Energies") in found
    assert ("TG-Energies", "Togo Energies") in found
