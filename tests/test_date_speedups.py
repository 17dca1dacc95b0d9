"""The speed-ups of the date extractor change nothing: the clause before a date is cut where the regex cuts it."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from bri_corpus.extractors.date import scan
from bri_corpus.extractors.date.context import _CLAUSE_LOOK, _CLAUSE_START, _clause_before
from strategies import news_text
from test_date_properties import date_salad


def _reference_clause(text: str, start: int) -> str:
    window = text[max(0, start - _CLAUSE_LOOK) : start]
    boundary = _CLAUSE_START.search(window)
    return window[boundary.start() + 1 :] if boundary else window


@given(st.text(alphabet="ab1 .;!?\n", max_size=200), st.integers(min_value=0, max_value=200))
def test_clause_before_cuts_where_the_pattern_does(text: str, start: int) -> None:
    """``str.rfind`` finds the same clause start as the ``$``-anchored pattern, final line breaks included."""
    start = min(start, len(text))
    assert _clause_before(text, start) == _reference_clause(text, start)


@given(text=st.one_of(date_salad, news_text))
@example(text="the end of 2020, the 29th of May, mid-2023, 1.2 bn, Chinese New Year, New Delhi, the New Year's Day")
@example(text="In Chinese 5 and 6 International Labour Day, \u0663:30 the 2019/20 \u0661\u0669 last Friday 1Q20 2H21")
def test_hit_starts_find_the_atoms_of_every_candidate_start(text: str) -> None:
    """Trying the alternatives only at the hit starts finds exactly what trying them at every candidate start does."""
    expected = [(rule, m.span()) for rule, m in scan.find_atoms_at_candidates(text)]
    assert [(rule, m.span()) for rule, m in scan.find_atoms(text)] == expected
    assert set(scan.hit_starts(text)) <= set(scan.candidate_starts(text))
