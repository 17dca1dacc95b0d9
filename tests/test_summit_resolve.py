"""Unit tests of the summit plugin's pure parts: names, canonical forms, sentence splitting."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bri_corpus.extractors.summit.extract import gathering_mentions
from bri_corpus.extractors.summit.patterns import gathering_data
from bri_corpus.extractors.summit.resolve import canonical_names, initials, split_edition
from bri_corpus.extractors.summit.sentences import split_sentences


def test_split_edition_keeps_the_ordinal_apart():
    """An ordinal or a year before the name is the edition."""
    assert ("third", "Belt and Road Forum") == split_edition("third Belt and Road Forum")
    assert ("2023", "China-Eurasia Expo") == split_edition("2023 China-Eurasia Expo")
    assert ("", "Boao Forum for Asia") == split_edition("Boao Forum for Asia")


def test_initials_of_a_hyphenated_name():
    """Hyphenated words count one letter each, function words optionally."""
    assert "FOCAC" in initials("Forum on China-Africa Cooperation")
    assert "CIIE" in initials("China International Import Expo")


def test_canonical_name_is_the_fullest_form_with_the_edition():
    """Every form of one gathering takes the fullest form, led by the one edition the document names."""
    names = canonical_names(
        ["third Belt and Road Forum", "Belt and Road Forum for International Cooperation", "BRF"],
        gathering_data().known,
    )
    assert {"third Belt and Road Forum for International Cooperation"} == set(names.values())


def test_two_editions_stay_apart():
    """A bare form does not pick one of several editions."""
    names = canonical_names(
        ["second Belt and Road Forum", "third Belt and Road Forum", "Belt and Road Forum"], gathering_data().known
    )
    assert "second Belt and Road Forum" == names["second Belt and Road Forum"]
    assert "third Belt and Road Forum" == names["third Belt and Road Forum"]
    assert "Belt and Road Forum" == names["Belt and Road Forum"]


def test_acronym_alone_is_not_expanded():
    """No expansion from world knowledge: a lone FOCAC stays FOCAC."""
    assert {"FOCAC": "FOCAC"} == canonical_names(["FOCAC"], gathering_data().known)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The China-Central Asia Summit opened.", ["China-Central Asia Summit"]),
        ("at the SCO summit in Astana", ["SCO summit"]),
        ("This summit was a success.", []),
        ("the Epidemic Prevention and Control Group meeting", []),
        ("The Summit was postponed.", []),
        ("Beijing. The Belt and Road Forum opened", ["Belt and Road Forum"]),
    ],
)
def test_gathering_mentions(text, expected):
    """Named gatherings are found without a leading 'The'; anaphors and internal meetings are not."""
    assert expected == [m.surface for m in gathering_mentions(text)]


def test_sentences_do_not_end_at_abbreviations():
    """'Mr.' and 'Co.' do not end a sentence; a line break does."""
    text = "Mr. Li met Co. staff. Then he left.\nHeadline"
    spans = split_sentences(text).spans
    assert ["Mr. Li met Co. staff.", "Then he left.", "Headline"] == [text[s:e] for s, e in spans]


@given(st.text(max_size=300))
def test_sentences_cover_only_non_blank_text(text):
    """Sentences are ordered, inside the text, and never start or end with whitespace."""
    spans = split_sentences(text).spans
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end


@given(st.text(max_size=300))
def test_gathering_mentions_never_raise(text):
    """Any text can be searched; mentions are non-empty spans of it."""
    for mention in gathering_mentions(text):
        assert text[mention.start : mention.end] == mention.surface or " " in text[mention.start : mention.end]
