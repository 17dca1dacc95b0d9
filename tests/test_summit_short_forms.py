"""Short forms a document gives its gatherings in brackets: which letters count, where they recur."""

from __future__ import annotations

from bri_corpus.extractors.summit.extract import _is_short_form_of, gathering_mentions


def test_initials_in_order_make_a_short_form() -> None:
    assert _is_short_form_of("EEF", "10th Eastern Economic Forum")
    assert _is_short_form_of("FOCAC", "Forum on China-Africa Cooperation")
    assert not _is_short_form_of("ADB", "Boao Forum for Asia")
    assert not _is_short_form_of("FE", "Eastern Forum")  # letters out of order


def test_bracketed_short_form_recurs_as_a_whole_word_only() -> None:
    text = "The Caspian Economic Forum (CEF) opened. Firms met at the CEF, not at CEFR or CEF-linked events."
    surfaces = [(m.surface, text[m.start : m.end]) for m in gathering_mentions(text)]
    assert surfaces == [("Caspian Economic Forum", "Caspian Economic Forum"), ("CEF", "CEF"), ("CEF", "CEF")]
