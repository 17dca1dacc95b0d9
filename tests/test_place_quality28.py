"""Unit tests of the place rules added in quality round 28 (extra28/extra29 sets)."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from bri_corpus.extractors.place import patterns
from bri_corpus.extractors.place.context_places import _TOWN_PAIR, the_gulf
from bri_corpus.extractors.place.keep_rules import _is_title_case_line


def test_a_byline_is_no_title_case_headline() -> None:
    text = "By Amina Nakato Jinja\nAdded 2 May"
    assert not _is_title_case_line(text, text.index("Jinja"))
    text = "Uganda Opens Karuma Power Plant To Investors"
    assert _is_title_case_line(text, text.index("Karuma"))


def test_the_gulf_alone_is_a_region_unless_a_gulf_is_named() -> None:
    text = "Exports to the Gulf rose. The Gulf's demand grew. The Gulf Cooperation Council met in the Gulf region."
    assert [(start, surface) for start, _, _, surface in the_gulf(text)] == [
        (text.index("Gulf rose"), "Gulf"),
        (text.index("Gulf's"), "Gulf"),
    ]
    assert list(the_gulf("Boats in the Gulf of Thailand and the Gulf.")) == []
    assert list(the_gulf("Fishing in Moro Gulf: the Gulf is rich.")) == []
    text = "Ships from the Persian Gulf and the Gulf."
    assert [start for start, _, _, _ in the_gulf(text)] == [text.rindex("Gulf")]


def test_town_pairs_before_a_voltage_or_length() -> None:
    for text, pair in (
        ("the 120km Kilembe-Mubuku 33kV line", ("Kilembe", "Mubuku")),
        ("The Kiira-Nalubaale 220 kV transmission line", ("Kiira", "Nalubaale")),
        ("the Garissa-Dadaab 95-kilometre road", ("Garissa", "Dadaab")),
    ):
        match = _TOWN_PAIR.search(text)
        assert match is not None, text
        assert (match.group("a"), match.group("b")) == pair
    assert _TOWN_PAIR.search("Then Kiira-Nalubaale 220 kV line") is None  # a capitalised word before: a longer name


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(("Huawei ", "Solar ", "(", " ", "x", "& ", "2 ", "é", ".", "Co ", "in ", "\n")), max_size=8
    ).map("".join)
)
def test_bracket_pattern_searched_backwards_finds_what_forward_finds(text: str) -> None:
    backward = patterns.BRACKETED_IN_COMPANY_BEFORE
    assert backward.flags & regex.REVERSE
    forward = regex.compile(backward.pattern, backward.flags & ~regex.REVERSE)
    assert (backward.search(text) is None) == (forward.search(text) is None)


def test_bracketed_place_before_a_company_form() -> None:
    after = patterns.BRACKETED_IN_COMPANY_AFTER
    assert after.match(") Sdn Bhd", 0)
    assert after.match(") Co., Ltd", 0)
    assert after.match(") Limited said", 0)
    assert not after.match(") last year", 0)
    assert not after.match(") Cooperation", 0)
