"""The third speed pass of the quantity scan changes nothing: groups read by index are the groups read by name."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from bri_corpus.extractors.money_quantity.patterns import patterns
from strategies import news_text


@given(text=st.one_of(news_text, st.text(alphabet="0123456789 ,.-tonhreemilbdsafiv", max_size=40)))
@example(text="40 to 50 vehicles, 1.5 billion, three million, 10-15 km, 2,000-MW, eight-tonne")
def test_number_groups_by_index_are_the_groups_by_name(text: str) -> None:
    """``Patterns.number_groups`` names ``spelled``, ``n1``, ``n2`` and ``scale`` of the number pattern."""
    number = patterns().number
    for position in range(len(text)):
        match = number.match(text, position)
        if match is not None:
            assert match.group(*patterns().number_groups) == match.group("spelled", "n1", "n2", "scale")
