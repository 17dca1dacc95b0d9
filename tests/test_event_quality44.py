"""Unit tests of the quality44 rules: monarchs in the leaders table, and how old a headline's news may be."""

from __future__ import annotations

from bri_corpus.extractors.event.coref import _older_than
from bri_corpus.extractors.event.leaders import country_of_leader


def test_monarch_with_honorific_and_style_is_found() -> None:
    assert country_of_leader("Haji Hassanal Bolkiah Mu'izzaddin Waddaulah") == "BN"
    assert country_of_leader("Haitham bin Tariq") == "OM"


def test_regnal_number_is_no_surname() -> None:
    assert country_of_leader("Abdullah II") == "JO"
    assert country_of_leader("Charles II") is None


def test_older_than_compares_at_the_date_precision() -> None:
    assert _older_than("2018-06", "2025-09-02")
    assert not _older_than("2025", "2025-09-02")
    assert not _older_than("2025-10-30", "2025-09-02")
    assert _older_than("2025-01-01/2025-01-03", "2025-09-02")
    assert not _older_than(None, "2025-09-02")
    assert not _older_than("2025-W44", "2025-09-02")
