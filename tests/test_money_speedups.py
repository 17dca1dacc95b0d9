"""The speed-ups of the money and quantity patterns change nothing: a trie alternation matches like a flat one."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from bri_corpus.extractors.money_quantity.lexicon import lexicon
from bri_corpus.extractors.money_quantity.patterns import alternation

FORMS = ("$", "US$", "US", "USD", "dollar", "dollars", "US dollars", "yuan", "Rs", "Rs.", "rupee", "rupees")


def _flat(forms: tuple[str, ...], space: str | None = None) -> str:
    """The alternation as first written: every form escaped, longest first."""
    escaped = sorted({regex.escape(form) for form in forms}, key=lambda form: (-len(form), form))
    flat = "|".join(escaped)
    return flat.replace(r"\ ", space) if space else flat


@given(st.text(alphabet="$USDdolarsyuniRpe. \n", max_size=30))
def test_trie_alternation_matches_like_the_flat_one(text: str) -> None:
    """At every position the trie and the flat alternation match the same text, also with a word end after it."""
    for space in (None, r"\s"):
        trie = regex.compile(rf"(?:{alternation(FORMS, space=space)})(?!\w)", regex.IGNORECASE)
        flat = regex.compile(rf"(?:{_flat(FORMS, space)})(?!\w)", regex.IGNORECASE)
        for position in range(len(text) + 1):
            found, expected = trie.match(text, position), flat.match(text, position)
            assert (found and found.span()) == (expected and expected.span()), (text, position)


def test_trie_alternation_of_the_currency_names_matches_every_name() -> None:
    """Every currency name of the lexicon is matched whole by the trie of all of them."""
    names = lexicon().currency_names
    pattern = regex.compile("(?:" + alternation(names, space=r"\s") + r")\Z", regex.IGNORECASE)
    assert all(pattern.match(name) for name in names)
