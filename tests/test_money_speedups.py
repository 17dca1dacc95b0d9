"""The speed-ups of the money and quantity scans change nothing: a trie alternation matches like a flat one, and
the cheap tests run before the patterns never rule out what the patterns would find."""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bri_corpus.extractors.money_quantity.amounts import (
    _SPELLED_WORD,
    SPELLED_ROOTS,
    _spelled_starts,
    lookback,
    number_spans,
    word_before,
)
from bri_corpus.extractors.money_quantity.lexicon import lexicon
from bri_corpus.extractors.money_quantity.money import _may_have_symbol_before, _paragraph, may_have_name_after
from bri_corpus.extractors.money_quantity.numbers import SPELLED_WORDS
from bri_corpus.extractors.money_quantity.patterns import patterns
from bri_corpus.extractors.money_quantity.quantity import (
    _NEVER_AFTER_QUANTITY,
    _may_have_unit_at,
    _nothing_after,
    _quantity_for,
    scan_quantities,
)
from bri_corpus.extractors.money_quantity.resolve import CueCounts, currency_cue_counts
from bri_corpus.literals import literal_alternation as alternation

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


# --- the cheap tests before the money and quantity patterns ---------------------------------------------------

_AMOUNT_PIECES = [
    "2",
    "300",
    "1,500",
    "2.5",
    "2023",
    " ",
    "\n",
    "-",
    " to ",
    " of ",
    " and ",
    "billion",
    "bn",
    "m",
    "million",
    "yuan",
    "Yuan",
    "US dollars",
    "dollars",
    "USD",
    "usd",
    "rupees",
    "som",
    "₸",
    "tenge",
    "km",
    "kilometres",
    "per cent",
    "%",
    "MW",
    "tonnes",
    "years",
    "in",
    "the",
    "May",
    ",",
    ".",
    ")",
    "é",
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_AMOUNT_PIECES), max_size=14))
def test_name_after_prefilter_never_hides_an_amount(pieces: list[str]) -> None:
    """Wherever the digits-then-currency pattern matches, the cheap test says a name may follow."""
    text = "".join(pieces)
    suffix = patterns().money_suffix_digits
    for start, run_end in number_spans(text):
        if run_end >= 0 and suffix.match(text, start) is not None:
            assert may_have_name_after(text, run_end), (text, start)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_AMOUNT_PIECES), max_size=14))
def test_unit_prefilter_never_hides_a_unit(pieces: list[str]) -> None:
    """Wherever the unit pattern matches, the cheap test says a unit may be written there."""
    text = "".join(pieces)
    unit_after = patterns().unit_after
    for position in range(len(text)):
        if unit_after.match(text, position) is not None:
            assert _may_have_unit_at(text, position), (text, position)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_AMOUNT_PIECES), max_size=14))
def test_quantities_never_follow_the_excluded_characters(pieces: list[str]) -> None:
    """No quantity is read from digits followed by a character the scan skips (``2023,``, ``24/7``)."""
    text = "".join(pieces)
    spans = dict(number_spans(text))
    for found in scan_quantities(text):
        run_end = spans.get(found.start, -1)
        if run_end >= 0:
            assert text[run_end : run_end + 1] not in _NEVER_AFTER_QUANTITY


def test_every_spelled_number_word_has_exactly_one_root() -> None:
    for word in SPELLED_WORDS:
        assert sum(word in words for words in SPELLED_ROOTS.values()) == 1, word
        assert [root for root in SPELLED_ROOTS if word.startswith(root)] == [
            r for r in SPELLED_ROOTS if word in SPELLED_ROOTS[r]
        ]


@given(st.text(alphabet="oneightwfursvxzilhy -_'\nOTE1", max_size=40))
@example("often tenth ten-fold one, Eighteen eightyone forty fortyish")
def test_spelled_starts_equal_the_regex_scan(text: str) -> None:
    """The root look-up finds the spelled-out number words the word-boundary regex finds."""
    assert sorted(_spelled_starts(text)) == [match.start() for match in _SPELLED_WORD.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["India", "Indian", "Pakistan", "Karachi", "Lanka", "Indiana", "CPEC", "CPECPEC", "x", " ", "\n\n", "."]
        ),
        max_size=20,
    )
)
def test_cue_counts_count_like_a_paragraph_scan(pieces: list[str]) -> None:
    """The kept counts of each paragraph and of the whole text are those of a fresh scan."""
    text = "".join(pieces)
    codes = ("PKR", "INR", "LKR")
    index = CueCounts(text)
    assert +index.counts(codes, 0, len(text)) == +currency_cue_counts(text, codes)
    position = 0
    while position <= len(text):
        start, end = _paragraph(text, position)
        assert +index.counts(codes, start, end) == +currency_cue_counts(text[start:end], codes)
        position = end + 2


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_AMOUNT_PIECES, " and ", " after ", " May ", " may", " in", " per cent", " sets"]),
        max_size=14,
    )
)
def test_numbers_before_a_stop_word_are_no_quantities(pieces: list[str]) -> None:
    """Digits the scan skips because a stop word follows them would give no quantity anyway."""
    text = "".join(pieces)
    number = patterns().number
    for start, run_end in number_spans(text):
        if run_end >= 0 and text[run_end : run_end + 1] == " " and _nothing_after(text, run_end):
            match = number.match(text, start)
            assert match is None or _quantity_for(text, match, word_before(text, start)) is None, (text, start)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*_AMOUNT_PIECES, "$", "US$", "Rs", "Rs.", "RMB", "¥", "€", "(", "a"]), max_size=12))
def test_symbol_prefilter_never_hides_a_symbol(pieces: list[str]) -> None:
    """Wherever an amount with its currency symbol before it is read, the cheap test says a symbol may stand there.

    (The symbol look-back alone also finds ``USD`` in ``USD \\n5``, where ``$`` matches before the final line
    break, but no amount follows it there.)
    """
    text = "".join(pieces)
    for start in range(1, len(text) + 1):
        symbol = lookback(patterns().symbol_before, text, start)
        if symbol is not None and patterns().money_prefix.match(text, symbol.start()) is not None:
            assert _may_have_symbol_before(text, start), (text, start)
