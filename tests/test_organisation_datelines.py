"""The line-start scan for capitalised datelines gives exactly what the pattern's own scan gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bri_corpus.extractors.organisation.exclusions import _datelines
from bri_corpus.extractors.organisation.patterns import CAPS_DATELINE

_PIECES = ["KUALA LUMPUR", "LÀO CAI", "DJIBOUTI CITY", " (HOL) - ", ": ", ", Oct 3 ", "\n", "\n\n", "The story ", "  "]


@given(st.lists(st.sampled_from(_PIECES), max_size=16), st.integers(min_value=0, max_value=120))
def test_line_start_scan_matches_the_pattern_scan(pieces: list[str], end: int) -> None:
    text = "".join(pieces)
    expected = [m.span() for m in CAPS_DATELINE.finditer(text, 0, end)]
    assert [m.span() for m in _datelines(text, end)] == expected


def test_a_dateline_on_a_later_line_is_found() -> None:
    text = "Headline of the day\n\nKUALA LUMPUR: The ministry said ..."
    assert [m.group("places") for m in _datelines(text, 2000)] == ["KUALA LUMPUR"]
