"""Rules of the quality round on extra30/extra31: mastheads, hyphen spellings, brand short forms, codes."""

from __future__ import annotations

from bri_corpus.extractors.organisation.context_names import masthead_name
from bri_corpus.extractors.organisation.exclusions import code_part, currency_or_era
from bri_corpus.extractors.organisation.extract import organisations_in
from bri_corpus.extractors.organisation.gazetteer import _hyphen_case_variants, default_gazetteer


def _names(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], value.name) for start, end, value in organisations_in(text)]


def test_hyphen_case_variants_change_only_letters_after_hyphens() -> None:
    assert _hyphen_case_variants("Gotion High-Tech Co., Ltd.") == ("Gotion High-tech Co., Ltd.",)
    assert _hyphen_case_variants("Hefei Hi-tech") == ("Hefei Hi-Tech",)
    assert _hyphen_case_variants("CRRC") == ()
    assert default_gazetteer().lookup("Gotion High-tech") is default_gazetteer().lookup("Gotion High-Tech")


def test_masthead_found_several_lines_above_the_date_line() -> None:
    text = "The Clarion\n\nPolitics\n\nRoad deal signed\n\nBy A. Writer\n\n5 May 2024\n\nText."
    assert [c.surface for c in masthead_name(text, [], default_gazetteer())] == ["The Clarion"]


def test_masthead_rejects_short_headlines() -> None:
    for first in ("Sinohydro Wins Dam Deal", "Chinese Investment In Africa", "Solar Park Expanding"):
        text = f"{first}\n\n3 May 2024\n\nThe contract was signed."
        assert masthead_name(text, [], default_gazetteer()) == []


def test_masthead_head_word_repeats_the_paper_only_as_a_name() -> None:
    text = "LAKESIDE TRIBUNE\n\nDam opens\n\n1 July 2024\n\nHe told the Tribune. The Tribune Tower stood."
    found = masthead_name(text, [], default_gazetteer())
    assert [(c.surface, c.form) for c in found] == [
        ("LAKESIDE TRIBUNE", "Lakeside Tribune"),
        ("Tribune", "Lakeside Tribune"),
    ]


def test_brand_word_links_to_the_one_company_opening_with_it() -> None:
    text = "ZXQ Power Equipment LLC built it. ZXQ said so."
    assert _names(text) == [("ZXQ Power Equipment LLC", "ZXQ Power Equipment LLC"), ("ZXQ", "ZXQ Power Equipment LLC")]
    two = "ZXQ Power Equipment LLC and ZXQ Cable Works LLC built it. ZXQ said so."
    assert ("ZXQ", "ZXQ") in _names(two)


def test_codes_and_currencies_are_no_acronyms() -> None:
    text = "Resolution 41/NQ-CP set fees of ZiG 90 million."
    start = text.index("NQ-CP")
    assert code_part(text, start, start + 5)
    start = text.index("ZiG")
    assert currency_or_era(text, start, start + 3)
