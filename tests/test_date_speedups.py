"""The speed-ups of the date extractor change nothing: the clause before a date is cut where the regex cuts it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bri_corpus.extractors.date.context import _CLAUSE_LOOK, _CLAUSE_START, _clause_before


def _reference_clause(text: str, start: int) -> str:
    window = text[max(0, start - _CLAUSE_LOOK) : start]
    boundary = _CLAUSE_START.search(window)
    return window[boundary.start() + 1 :] if boundary else window


@given(st.text(alphabet="ab .;!?\n", max_size=200), st.integers(min_value=0, max_value=200))
def test_clause_before_cuts_where_the_pattern_does(text: str, start: int) -> None:
    """``str.rfind`` finds the same clause start as the ``$``-anchored pattern, final line breaks included."""
    start = min(start, len(text))
    assert _clause_before(text, start) == _reference_clause(text, start)
