"""The anchored search finds exactly what a plain search of the full gathering pattern finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bri_corpus.extractors.summit.anchored import first_match
from bri_corpus.extractors.summit.patterns import gathering_pattern

_WORDS = [
    "the",
    "The",
    "third",
    "10th",
    "2023",
    "Belt",
    "and",
    "Road",
    "Forum",
    "for",
    "on",
    "of",
    "Asia",
    "Boao",
    "summit",
    "SCO",
    "China-Africa",
    "meeting",
    "session",
    "Joint",
    "Committee",
    "Trade",
    "held",
    "in",
    "Beijing",
    "(",
    ")",
    ",",
    ";",
    '"',
    "St.",
    "Expo",
    "FOCAC",
    "CIIE",
    "Summer",
    "Davos",
    "Conference",
    "Cooperation",
    "International",
    "Import",
    "plenary",
    "attended",
    "leaders",
    "Round",
    "Table",
    "&",
    "de",
    "\n",
]


def _reference(text: str, position: int, end: int) -> tuple[int, int] | None:
    match = gathering_pattern().search(text, position, end)
    return None if match is None else match.span()


def _anchored(text: str, position: int, end: int) -> tuple[int, int] | None:
    match = first_match(text, position, end)
    return None if match is None else match.span()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.integers(0, 40), st.integers(0, 400))
def test_anchored_search_equals_plain_search(words: list[str], position: int, end: int) -> None:
    text = " ".join(words)
    end = min(end, len(text))
    position = min(position, end)
    assert _anchored(text, position, end) == _reference(text, position, end)


def test_finds_the_leftmost_name_after_a_breaker() -> None:
    text = "Leaders (who attended the third Belt and Road Forum for International Cooperation) met."
    match = first_match(text, 0, len(text))
    assert match is not None
    assert match.group("name") == "third Belt and Road Forum for International Cooperation"


def test_no_anchor_means_no_match() -> None:
    assert first_match("The Minister of Trade met the delegation in Astana.", 0, 50) is None
