"""The third speed pass of the date scanner changes nothing.

* Trying an alternative's entries by class of first character, then each remaining alternative's own entry,
  picks the same atom as trying every alternative that may start with the character, in order, with no entries
  at all (the reference below, the definition of :data:`.patterns.DATE_ATOM` at one position).
* One ``str.find`` pass for ``day`` finds every occurrence of the keywords ending with ``day``.
* The patterns compiled on first access (``DATE_ATOM``, ``ATOM_ENTRIES``) are still there.
"""

from __future__ import annotations

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from bri_corpus.extractors.date import patterns, scan
from bri_corpus.extractors.date.patterns import ATOM_PATTERNS, KEYWORDS
from strategies import news_text
from test_date_properties import date_salad


def _reference_atom_at(text: str, position: int) -> tuple[str, tuple[int, int]] | None:
    """The first alternative, in pattern order, whose first character fits and whose pattern matches."""
    for name, first, pattern in ATOM_PATTERNS:
        if not first.fullmatch(text[position]):
            continue
        match = pattern.match(text, position)
        if match is not None and match.end() > position:
            return f"alt_{name}", match.span()
    return None


@given(text=st.one_of(date_salad, news_text))
@example(text="the 2019-2021 plan, 1.5 billion, May 18-19, 2023, early 2024, The Ministry, 5 people, 12:30")
@example(text="\u0661\u0669 \u0663:30 Last quarter the last quarter of 2023 Christmas Eve Women's Day 2019/20")
def test_atom_at_picks_what_trying_every_alternative_picks(text: str) -> None:
    """At every position the class entries and the remaining entries pick the reference's alternative."""
    for position in range(len(text)):
        atom = scan._atom_at(text, position)
        assert (atom and (atom[0], atom[1].span())) == _reference_atom_at(text, position), (text, position)


def test_every_character_has_a_class_holding_its_alternatives() -> None:
    """The class chosen for a character holds every alternative that may start with it, in pattern order."""
    for character in [chr(code) for code in range(32, 127)] + ["\u0663", "\u00e9", "\u4e00", "\U0001d7d9"]:
        dispatch = scan._dispatch(character)
        allowed = scan._alternatives_for(character)
        if dispatch is None:
            assert not allowed, character
            continue
        assert set(dispatch.allowed) == allowed <= set(dispatch.alternatives), character
        assert list(dispatch.alternatives) == sorted(dispatch.alternatives)


@given(text=st.text(alphabet=st.sampled_from(list("dayDAYsmeolwingrxtpv y'\n")), max_size=60))
@example(text="yesterday today same day the following day next day previous dayday oday")
def test_keyword_positions_are_every_occurrence_of_every_keyword(text: str) -> None:
    """Finding ``day`` once gives the occurrences of the keywords ending with it; the others are found alone."""
    expected = sorted(
        position for keyword in KEYWORDS for position in range(len(text)) if text.startswith(keyword, position)
    )
    assert sorted(scan._keyword_positions(text)) == expected


def test_lazy_patterns_are_compiled_on_first_access() -> None:
    """``DATE_ATOM`` and ``ATOM_ENTRIES`` are built when first read (the scanner does not need them)."""
    assert isinstance(patterns.DATE_ATOM, regex.Pattern)
    assert patterns.DATE_ATOM is patterns.DATE_ATOM
    assert set(patterns.ATOM_ENTRIES) == {name for name, _, _ in ATOM_PATTERNS}
    assert [match.group() for match in patterns.DATE_ATOM.finditer("on 29 May 2020 and in Q3")] == [
        "29 May 2020",
        "Q3",
    ]
