"""Short forms of company names: the bare core (legal forms dropped on both sides) and the lead word."""

from __future__ import annotations

import pytest

from bri_corpus.extractors.organisation.extract import organisations_in
from bri_corpus.extractors.organisation.short_forms import _bare_core, lead_word


@pytest.mark.parametrize(
    ("words", "bare"),
    [
        (("PT", "Aneka", "Tambang", "Tbk"), ("Aneka", "Tambang")),
        (("JSC", "Kazakhstan", "Temir", "Zholy"), ("Kazakhstan", "Temir", "Zholy")),
        (("Hunan", "Valin", "Steel", "Co", "Ltd"), ("Hunan", "Valin", "Steel")),
        (("Sinohydro",), ("Sinohydro",)),
    ],
)
def test_bare_core_drops_legal_forms_on_both_sides(words: tuple[str, ...], bare: tuple[str, ...]) -> None:
    assert _bare_core(words) == bare


@pytest.mark.parametrize(
    ("words", "lead"),
    [
        (("Hunan", "Valin", "Steel", "Co", "Ltd"), "Valin"),
        (("Shandong", "Weiqiao", "Pioneering", "Group", "Co", "Ltd"), "Weiqiao"),
        (("Linglong", "International", "Europe"), "Linglong"),
        (("China", "Energy", "Engineering", "Group", "Co"), None),  # a sector word after the country
        (("China", "Three", "Gorges", "Corporation"), None),  # a number word
        (("Silk", "Road", "Fund"), None),  # no company mark
        (("CRBC", "Group"), None),  # one word left: the core links it already
    ],
)
def test_lead_word(words: tuple[str, ...], lead: str | None) -> None:
    assert lead_word(words) == lead


def test_lead_word_links_to_the_full_name() -> None:
    text = "Hebei Jingye Group Co. bought the plant. Jingye said it would invest $1 billion."
    found = [(text[s:e], v.name) for s, e, v in organisations_in(text)]
    assert ("Jingye", "Hebei Jingye Group Co.") in found


def test_lead_word_written_in_lower_case_is_no_short_form() -> None:
    text = "Bright Ocean Holdings Ltd. won. Bright said the bright outlook held."
    assert [text[s:e] for s, e, _ in organisations_in(text)] == ["Bright Ocean Holdings Ltd."]


def test_masthead_repeat_replaces_the_acronym_inside_it() -> None:
    text = "Daily Mirror Online\nMonday, 4 March 2024\n\nThe ministry told Daily Mirror Online on Sunday."
    names = [(text[s:e], v.name) for s, e, v in organisations_in(text)]
    assert names == [("Daily Mirror Online", "Daily Mirror Online")] * 2
