"""The speed-ups of the summit extractor change nothing: the cue look-up and the location cache find what the
plain patterns find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bri_corpus.extractors.summit.anchored import Window
from bri_corpus.extractors.summit.patterns import find_cues, gathering_cue, gathering_pattern

_PIECES = [
    "Summit",
    "summit",
    "summits",
    "Summits",
    "Forum",
    "forum",
    "forums",
    "Expo",
    "Exposition",
    "expo",
    "Exposure",
    "meeting of the",
    "meeting  of\nthe",
    "meeting of",
    "session of the",
    "FOCAC",
    "CIIE",
    "Davos",
    "Table",
    "Tablet",
    "Round",
    "Council",
    "Fair",
    "Fairly",
    "the",
    "Belt and Road",
    "pre-",
    "-",
    "_",
    "é",
    "3",
    "²",
    "(",
    ".",
    ",",
    "'",
    " ",
    "\n",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25), st.sampled_from(["", " "]))
def test_find_cues_equals_a_plain_scan(pieces: list[str], glue: str) -> None:
    """The cues found from candidate starts are the cue pattern's ``finditer`` matches, also inside words."""
    text = glue.join(pieces)
    expected = [match.span() for match in gathering_cue().finditer(text)]
    assert [match.span() for match in find_cues(text)] == expected


def test_find_cues_on_a_sentence() -> None:
    text = "Leaders met at the Belt and Road Forum; the summit and the 7th meeting of the Joint Committee followed."
    assert [match.group() for match in find_cues(text)] == ["Forum", "summit", "meeting of the"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, "held", "in", "Beijing", "said", "leaders", "China-Africa"]), max_size=25))
def test_window_finds_every_name_a_plain_search_finds(pieces: list[str]) -> None:
    """Searching from anchors with breakers read only up to the last anchor finds the plain search's names."""
    text = " ".join(pieces)
    window = Window(text, 0, len(text))
    position = 0
    while True:
        expected = gathering_pattern().search(text, position, len(text))
        found = window.first_match(position)
        assert (found and found.span()) == (expected and expected.span())
        if expected is None:
            break
        position = expected.end()
