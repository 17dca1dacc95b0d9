"""Unit tests of the names found by context (acronym definitions, cues, capitals lines) and name extensions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bri_corpus.extractors.organisation.context_names import _initials_match, _title_case
from bri_corpus.extractors.organisation.extract import organisations_in
from bri_corpus.extractors.organisation.name_extensions import _embassy_key


def _names(text: str) -> dict[str, str]:
    return {text[start:end]: value.name for start, end, value in organisations_in(text)}


def test_initials_skip_or_take_function_words() -> None:
    assert _initials_match(("Ministerio", "de", "Transportes", "y", "Comunicaciones"), "MTC")
    assert _initials_match(("Bank", "of", "Ghana"), "BOG")
    assert _initials_match(("Bank", "of", "Ghana"), "BG")
    assert _initials_match(("China-Pakistan", "Economic", "Corridor"), "CPEC")
    assert not _initials_match(("Vietnam", "Electricity"), "EVN")


def test_title_case_keeps_length_and_lowers_connectors() -> None:
    line = "MINISTRY OF ENERGY AND MINERAL RESOURCES"
    assert _title_case(line) == "Ministry of Energy and Mineral Resources"
    assert len(_title_case("PEOPLE'S BANK OF CHINA-LAOS")) == len("PEOPLE'S BANK OF CHINA-LAOS")


def test_embassy_keys_use_country_codes() -> None:
    assert _embassy_key("Embassy of the Republic of Kazakhstan in the Kyrgyz Republic") == ("Embassy of KZ", "KG")
    assert _embassy_key("Embassy of Kazakhstan in Kyrgyzstan") == ("Embassy of KZ", "KG")
    assert _embassy_key("Embassy of China") == ("Embassy of CN", None)
    assert _embassy_key("Ministry of Health") is None


def test_acronym_definition_links_later_acronym_to_the_phrase() -> None:
    text = "The Agence Nationale des Ports (ANP) signed the deal. Later the ANP confirmed it."
    name = "Agence Nationale des Ports"
    assert _names(text) == {name: name, "ANP": name}


def test_project_phrase_before_an_acronym_is_no_organisation() -> None:
    assert _names("The Lamu Port Corridor Project (LPCP) was delayed.") == {}


@given(
    st.sampled_from(["contractor", "firm", "operator", "giant", "lender"]),
    st.sampled_from(["Budimex", "Kalyon Insaat", "Monday", "Kazakhstan", "Vice President"]),
    st.sampled_from([" said.", " coal mine.", ", a rival.", " won."]),
)
def test_appositive_names_are_spans_of_the_text(cue: str, name: str, tail: str) -> None:
    text = f"The Polish {cue} {name}{tail}"
    for start, end, value in organisations_in(text):
        assert text[start:end].strip() == text[start:end]
        assert text[start:end] not in ("Monday", "Kazakhstan", "Vice", "Vice President")
        assert value.name
