"""Unit tests of the quality-40 exclusions: lead-in words written in lower case, local party titles, law brackets."""

from __future__ import annotations

from bri_corpus.extractors.organisation.exclusions import (
    bracket_in_law_title,
    lead_in_capitals,
    local_party_title,
)


def test_lead_in_word_that_the_text_writes_in_lower_case() -> None:
    text = "Walvis Bay\n\nPORTS and harbours officials said the ports were busy."
    assert lead_in_capitals(text, 12, 17)


def test_acronym_opening_a_paragraph_is_no_lead_in() -> None:
    text = "Lusaka\n\nLWSC and two contractors signed the deal."
    assert not lead_in_capitals(text, 8, 12)


def test_local_party_title_before_a_person() -> None:
    text = "Provincial Party Secretary Le Van Hai spoke."
    assert local_party_title(text, 16, "Provincial Party")
    assert not local_party_title("Provincial Party Committee met.", 16, "Provincial Party")
    assert not local_party_title("Workers Party Secretary spoke.", 13, "Workers Party")


def test_bracket_inside_a_law_title() -> None:
    text = "the Petroleum (Exploration and Production) Act of 1991"
    start = text.index("Exploration")
    end = text.index(")")
    assert bracket_in_law_title(text, start, end)
    other = "the Oil Company (Exploration and Production) said"
    assert not bracket_in_law_title(other, other.index("Exploration"), other.index(")"))
