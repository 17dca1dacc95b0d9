"""Unit tests of the quality-34 rules: lower-case technical terms, wire end marks, promotion lines,
``Municipality of X`` and parties named before a lower-case ``party``."""

from __future__ import annotations

from bri_corpus.extractors.organisation.exclusions import rights_or_promotion, wire_end_mark
from bri_corpus.extractors.organisation.extract import organisations_in
from bri_corpus.extractors.organisation.short_forms import non_organisation_short_forms


def _names(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in organisations_in(text)]


def test_lower_case_term_with_formula_letter_is_no_organisation() -> None:
    assert "LFP" in non_organisation_short_forms("cells of lithium iron phosphate (LFP) chemistry")
    assert "PTK" not in non_organisation_short_forms("the provincial transport company (PTK) said")


def test_wire_end_marks() -> None:
    text = "the port said. (END) Next -ENDS- and END of story"
    assert wire_end_mark(text, text.index("END"), text.index("END") + 3)
    assert wire_end_mark(text, text.index("ENDS"), text.index("ENDS") + 4)
    last = text.rindex("END")
    assert not wire_end_mark(text, last, last + 3)


def test_promotion_line_covers_the_outlet_name() -> None:
    text = "Rail deal signed\nDaily Courier is now on Telegram. Click here to join\nNext story"
    spans = list(rights_or_promotion(text))
    assert any(text[start:end].startswith("Daily Courier is now on Telegram") for start, end in spans)
    assert not list(rights_or_promotion("The line is now on schedule, the operator said."))


def test_municipality_of_a_known_town() -> None:
    assert _names("The Municipality of Tirana approved the plan.") == ["Municipality of Tirana"]
    assert _names("The Municipality of Nowhereville approved the plan.") == []


def test_party_named_before_lower_case_party() -> None:
    assert _names("the opposition Kuomintang party said") == ["Kuomintang"]
    assert _names("the opposition Kenyan party said") == []
