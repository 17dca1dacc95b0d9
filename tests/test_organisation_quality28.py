"""Unit tests of the quality-28 rules: home-country-stripped gazetteer names, stock short names, topic lists."""

from __future__ import annotations

from bri_corpus.extractors.organisation.exclusions import topic_lists
from bri_corpus.extractors.organisation.extract import organisations_in
from bri_corpus.extractors.organisation.gazetteer import default_gazetteer
from bri_corpus.extractors.organisation.resolve import _home_stripped_forms


def test_home_stripped_forms_drop_a_leading_or_trailing_country() -> None:
    entry = default_gazetteer().entries["exim-china"]
    forms = _home_stripped_forms(entry)
    assert "exim bank" in forms
    assert "export-import bank" in forms
    assert all(len(form.split(" ")) >= 2 for form in forms)


def test_stripped_form_links_only_when_one_bank_is_named() -> None:
    text = "The Export-Import Bank of China lent the money. Exim Bank said so."
    names = {text[s:e]: v.name for s, e, v in organisations_in(text)}
    assert names["Exim Bank"] == "Export-Import Bank of China"
    text = "China Exim Bank and Exim Bank of India bid. Exim Bank declined."
    found = [(text[s:e], v.name) for s, e, v in organisations_in(text)]
    assert ("Exim Bank", "Exim Bank") in found


def test_stock_short_name_is_linked_to_the_issuer() -> None:
    text = "Stock Code: 601618  Stock Abbreviation: China Metallurgical  Announcement No.: 2025-04\n\n"
    text += "China Metallurgical Group Corporation announces a contract."
    names = {text[s:e]: v.name for s, e, v in organisations_in(text)}
    assert names["China Metallurgical"] == "China Metallurgical Group Corporation"


def test_topic_list_under_a_label_line_only() -> None:
    text = "Tags:\nCRRC, Kenya\nThe story: Tags: are words."
    assert [text[s:e] for s, e in topic_lists(text)] == ["CRRC, Kenya"]
