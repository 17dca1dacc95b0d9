"""Unit tests of the quality-21 rules: legal tails that tell group companies apart, gazetteer names without
their closing legal form, and the filters for law titles, tickers and headings in capitals."""

from __future__ import annotations

from bri_corpus import Document
from bri_corpus.extractors.organisation.exclusions import common_word_in_capitals, generic_abbreviation_name
from bri_corpus.extractors.organisation.extract import find_organisations, organisations_in
from bri_corpus.extractors.organisation.gazetteer import _without_closing_form, default_gazetteer
from bri_corpus.extractors.organisation.resolve import _different_legal_entities
from bri_corpus.normalize import normalize


def _names(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[s:e], o.name, o.id) for s, e, o in organisations_in(text)]


def test_group_and_listed_company_differ_by_legal_tail() -> None:
    group = ("China", "Railway", "Construction", "Group", "Co", "Ltd")
    listed = ("China", "Railway", "Construction", "Corporation", "Limited")
    assert _different_legal_entities(group, listed)


def test_same_tail_written_two_ways_is_one_company() -> None:
    assert not _different_legal_entities(("WEGO", "Group", "Co", "Ltd"), ("WEGO", "Group", "Ltd"))
    assert not _different_legal_entities(("WEGO", "Group"), ("WEGO", "Group", "Co", "Ltd"))  # not both registered


def test_closing_form_cut_only_after_a_company_word() -> None:
    assert _without_closing_form("LONGi Green Energy Technology Co., Ltd.") == ("LONGi Green Energy Technology Co.",)
    assert _without_closing_form("Great Wall Motor Company Limited") == ("Great Wall Motor Company",)
    assert _without_closing_form("Hong Kong Exchanges and Clearing Limited") == ()


def test_gazetteer_knows_a_name_without_its_closing_form() -> None:
    entry = default_gazetteer().lookup("LONGi Green Energy Technology Co.")
    assert entry is not None and entry.id == "longi"


def test_headings_in_capitals_are_no_acronyms() -> None:
    assert common_word_in_capitals("ANNOUNCEMENT", 0, 12)
    assert common_word_in_capitals("INTRODUCTION", 0, 12)
    assert not common_word_in_capitals("SINOPEC", 0, 7)
    assert not common_word_in_capitals("NATION", 0, 6)  # too short to tell


def test_generic_abbreviation_names() -> None:
    assert generic_abbreviation_name("JV Company")
    assert not generic_abbreviation_name("JV Holdings Kazakhstan")


def _found(text: str) -> list[str]:
    document = Document(id="t", raw=text)
    facts = find_organisations(document, normalize(text))
    return [fact.text for fact in facts]


def test_law_title_and_ticker_are_no_mentions() -> None:
    assert _found("It is exempt under the Port City Economic Commission Act.") == []
    assert _found("Shares listed under the ticker KPR rose.") == []


def test_defined_short_form_longer_than_acronym_does_not_join_parent() -> None:
    found = _names(
        "China Railway Construction Corporation Limited said CRCC Investment Group Co., Ltd. "
        '("CRCC Investment") will hold 45%. CRCC Investment will pay in cash.'
    )
    assert ("CRCC Investment", "CRCC Investment Group Co., Ltd.", None) in found
    assert all(
        name != "China Railway Construction Corporation Limited" for span, name, _ in found if "Investment" in span
    )
