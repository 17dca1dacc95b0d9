"""Unit tests of the round-22 place rules: hyphenated spellings of two-word names; credits and teasers (chrome)."""

from bri_corpus.chrome import find_chrome
from bri_corpus.extractors.place.hyphens import _spelled_with_space


def test_hyphenated_spelling_of_a_two_word_name_is_one_place() -> None:
    text = "near Kara-Suu station"
    candidate = _spelled_with_space(text, text.index("-"))
    assert candidate is not None
    assert (candidate.start, candidate.end, candidate.surface) == (5, 13, "Kara-Suu")
    assert candidate.entries[0].country == "KG"


def test_two_places_joined_by_a_hyphen_are_no_two_word_name() -> None:
    text = "the Almaty-Bishkek road"
    assert _spelled_with_space(text, text.index("-")) is None


def test_credit_line_and_teaser_are_chrome_but_not_prose() -> None:
    """The wire credit line and the teaser are page chrome (found by the core, for every plugin); prose is not."""
    text = (
        "The mine is near Lusaka.\nReporting by Ann Lee in Lusaka; Editing by Bo Hart\n"
        "Read more:\nZambia signs deal in Ndola\n\nHe was reporting by phone from Lusaka."
    )
    spans = [text[s:e] for s, e in find_chrome(text)]
    assert spans == ["Reporting by Ann Lee in Lusaka; Editing by Bo Hart", "Read more:\nZambia signs deal in Ndola"]
