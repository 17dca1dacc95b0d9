"""Round 44 of the organisation extractor: coordinated one-word firms, dateline agency codes, product models,
capitalised ``Government`` and public accounts."""

from __future__ import annotations

from bri_corpus.extractors.organisation.candidates import scan_text
from bri_corpus.extractors.organisation.coordinated_names import coordinated_names
from bri_corpus.extractors.organisation.dateline_codes import fits_outlet
from bri_corpus.extractors.organisation.exclusions import dateline_places, product_model
from bri_corpus.extractors.organisation.extract import organisations_in
from bri_corpus.extractors.organisation.gazetteer import default_gazetteer


def _names(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in organisations_in(text)]


def _peers(text: str) -> list[str]:
    gazetteer = default_gazetteer()
    return [c.surface for c in coordinated_names(text, scan_text(text, gazetteer).candidates, gazetteer)]


def test_one_word_peers_of_a_known_company_are_found() -> None:
    assert _peers("It was signed by Sonatrach, Fertial and Sorfert with the Turkish side.") == ["Fertial", "Sorfert"]


def test_peers_need_a_lower_case_word_on_both_sides() -> None:
    assert _peers("The deal. Sinopec, Tarim and Zhongyuan units drill.") == []
    assert _peers("Sonatrach, Fertial And Sorfert Sign Deal") == []


def test_places_weekdays_and_possessives_are_no_peers() -> None:
    assert _peers("Officials from Sinopec, Kenya and Uganda met.") == []
    assert _peers("Talks between Gazprom and Tuesday's delegation ended.") == []
    assert _peers("He met Sonatrach, Friday and Saturday.") == []


def test_fits_outlet() -> None:
    assert fits_outlet("HOL", ["Hiiraan", "Online"])
    assert fits_outlet("GO", ["Garowe", "Online"])
    assert not fits_outlet("XYZ", ["Garowe", "Online"])
    assert not fits_outlet("GAR", ["Garowe", "Online"])  # the second word's initial is missing
    assert not fits_outlet("HO", ["Hiiraan"])  # one word: no initials to check


def test_dateline_place_before_an_agency_code_is_excluded_whole() -> None:
    text = "DJIBOUTI CITY (HOL) - The port authority said."
    assert list(dateline_places(text)) == [(0, 13)]
    assert list(dateline_places("KUWAIT CITY: The fund said.")) == [(0, 11)]


def test_product_model() -> None:
    text = "ordered 300 Sinotruk HW79 trucks and Huawei 5G stations in 2024 Sinopec 2023 results"
    assert product_model(text, text.index(" HW79"))
    assert not product_model(text, text.index(" 5G"))
    assert not product_model(text, text.index(" 2023"))


def test_capitalised_government_after_a_demonym() -> None:
    assert _names("Rice donated by the Chinese Government reached the town.") == ["Chinese Government"]
    assert _names("Rice donated by the Chinese government reached the town.") == []


def test_public_accounts_are_no_organisations() -> None:
    assert _names("It was paid from the Consolidated Fund and the Contingencies Fund, not the Silk Road Fund.") == [
        "Silk Road Fund"
    ]
