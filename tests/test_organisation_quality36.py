"""Unit tests of the quality-36 rules: a gazetteer alias continued by sector words, a slash-joined identifier,
state firms named ``Public Enterprise for ...``, a filing's list of defined terms, facilities named by their
operators."""

from __future__ import annotations

from bri_corpus.extractors.organisation.exclusions import code_part, facility_named_by_operator
from bri_corpus.extractors.organisation.extract import organisations_in


def _names(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], value.name) for start, end, value in organisations_in(text)]


def test_sector_words_continue_a_gazetteer_alias() -> None:
    assert _names("Engro Fertilizers said on Monday.") == [("Engro Fertilizers", "Engro Fertilizers")]
    assert _names("The Huawei Mate phones sold well.") == [("Huawei", "Huawei")]
    assert _names("Engro Fertilizers and Sinopec Group signed.")[0] == ("Engro Fertilizers", "Engro Fertilizers")


def test_slash_joined_identifier_is_a_code() -> None:
    text = "Contract No. NHA/KKH/EPC/03-2024 and SCO/BRICS"
    assert code_part(text, text.index("NHA"), text.index("NHA") + 3)
    assert not code_part(text, text.index("SCO"), text.index("SCO") + 3)


def test_public_enterprise_with_its_remit() -> None:
    assert _names("The Public Enterprise for State Forests said.") == [
        ("Public Enterprise for State Forests", "Public Enterprise for State Forests")
    ]
    assert _names("The Public Enterprise said.") == []


def test_last_defined_term_of_a_filing_is_the_short_form() -> None:
    text = 'Hunan Road & Bridge Group Co., Ltd. (hereinafter "the Company" or "HRBG") said. HRBG won.'
    names = {name for _, name in _names(text)}
    assert names == {"Hunan Road & Bridge Group Co., Ltd."}


def test_facility_named_by_its_operator() -> None:
    text = "the Khorgos Gateway dry port and Khorgos Gateway said"
    first = text.index("Khorgos")
    assert facility_named_by_operator(text, first, first + len("Khorgos Gateway"))
    second = text.rindex("Khorgos")
    assert not facility_named_by_operator(text, second, second + len("Khorgos Gateway"))
