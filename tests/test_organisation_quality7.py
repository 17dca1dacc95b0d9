"""Unit tests of the organisation fixes found with the blind set extra7: currencies and eras are no acronyms,
acronyms of Romance and CamelCase names, a document's definition beats the gazetteer's acronym."""

from __future__ import annotations

import pytest

from bri_corpus.extractors.organisation.context_names import _initials_match
from bri_corpus.extractors.organisation.exclusions import currency_or_era
from bri_corpus.extractors.organisation.extract import organisations_in


def _at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("a grant of SBD 386 million", "SBD"),
        ("paid 450,000 GNF.", "GNF"),
        ("2,350 billion GNF (about", "GNF"),
        ("Guinean francs (GNF) in", "GNF"),
        ("a further SI$45.5 million", "SI"),
        ("Date: 2081/03/12 BS (26 June", "BS"),
        ("on 21 Asoj 2080 BS (8 October", "BS"),
    ],
)
def test_currency_or_era(text: str, word: str) -> None:
    assert currency_or_era(text, *_at(text, word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The CRC said on Monday", "CRC"),  # an ISO code (Costa Rican colon) with no amount near
        ("the BS degree", "BS"),  # an era mark with no year before it
        ("SCO 2024 summit", "SCO"),
    ],
)
def test_not_currency_or_era(text: str, word: str) -> None:
    assert not currency_or_era(text, *_at(text, word))


def test_initials_of_elided_and_camel_case_words() -> None:
    assert _initials_match(("Societe", "de", "Transport", "Urbain", "d'Abidjan"), "STUA")
    assert _initials_match(("Compagnie", "du", "TransGuineen"), "CTG")
    assert not _initials_match(("Compagnie", "du", "Transguineen"), "CTG")


def test_document_definition_beats_gazetteer_acronym() -> None:
    text = "The Compagnie du TransGuineen (CTG) built the line. The CTG said so."
    values = {text[s:e]: v for s, e, v in organisations_in(text)}
    assert values["CTG"].name == "Compagnie du TransGuineen" and values["CTG"].id is None
    known = "China Three Gorges (CTG) signed. CTG said."
    assert {v.id for _, _, v in organisations_in(known)} == {"three-gorges"}
