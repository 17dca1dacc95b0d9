"""Properties of text normalisation and its offset map."""

from __future__ import annotations

import attrs
from hypothesis import example, given
from hypothesis import strategies as st

from bri_corpus.normalize import _SPECIAL, _special_matches, normalize
from strategies import news_text


@given(news_text)
@example("\r\n\r\n")
@example(" \u200b ")
@example("\ufb01\u0301")
def test_idempotent(raw: str) -> None:
    """Normalising normalised text changes nothing."""
    once = normalize(raw).text
    assert once == normalize(once).text


@given(news_text)
def test_never_raises_and_keeps_raw(raw: str) -> None:
    """Any string normalises, and the raw text is kept exactly."""
    assert normalize(raw).raw == raw


@given(news_text)
def test_map_is_monotone_and_in_bounds(raw: str) -> None:
    """Each normalised character maps to a raw span within bounds, and the spans never go backwards."""
    text = normalize(raw)
    previous = (0, 0)
    for i in range(len(text.text)):
        start, end = text.to_raw(i, i + 1)
        assert 0 <= start < end <= len(raw)
        assert start >= previous[0] and end >= previous[1]
        previous = (start, end)


@given(news_text, st.data())
def test_every_span_maps_to_a_covering_raw_span(raw: str, data: st.DataObject) -> None:
    """Any normalised span maps to a raw span that covers the raw spans of its first and last characters."""
    text = normalize(raw)
    n = len(text.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    raw_start, raw_end = text.to_raw(start, end)
    assert 0 <= raw_start <= raw_end <= len(raw)
    if end > start:
        assert raw_start == text.to_raw(start, start + 1)[0]
        assert raw_end == text.to_raw(end - 1, end)[1]


@given(news_text, st.data())
def test_unchanged_spans_map_back_exactly(raw: str, data: st.DataObject) -> None:
    """A span that normalisation left as it was maps back to exactly the same characters."""
    text = normalize(raw)
    n = len(text.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    if text.unchanged(start, end):
        raw_start, raw_end = text.to_raw(start, end)
        assert raw[raw_start:raw_end] == text.text[start:end]


@given(st.text(alphabet="abcXYZ .,'\"-0123456789\n", max_size=80))
def test_plain_text_is_left_alone(raw: str) -> None:
    """Text with no foldable characters and single spaces only is its own normalisation."""
    if "  " in raw or "\n " in raw or " \n" in raw or "\n\n\n" in raw:
        return
    assert normalize(raw).text == raw


@given(st.one_of(news_text, st.text(alphabet="abcXYZ .,'-019\n", max_size=60)), st.data())
def test_identical_texts_map_as_the_segment_map_does(raw: str, data: st.DataObject) -> None:
    """``identical`` holds exactly when normalisation changed nothing, and its shortcut maps every span as the
    segment map would."""
    text = normalize(raw)
    assert text.identical == (text.text == raw)
    mapped = attrs.evolve(text, identical=False)
    start = data.draw(st.integers(0, len(text.text)))
    end = data.draw(st.integers(start, len(text.text)))
    assert text.to_raw(start, end) == mapped.to_raw(start, end)
    assert text.unchanged(start, end) == mapped.unchanged(start, end)
    raw_start = data.draw(st.integers(0, len(raw)))
    raw_end = data.draw(st.integers(raw_start, len(raw)))
    assert text.from_raw(raw_start, raw_end) == mapped.from_raw(raw_start, raw_end)


@given(news_text)
def test_from_raw_round_trip_covers(raw: str) -> None:
    """Mapping a whole raw text to the normalised text covers all of it."""
    text = normalize(raw)
    assert text.from_raw(0, len(raw)) == (0, len(text.text))


def test_folds() -> None:
    """The folds the extractors rely on."""
    raw = (
        "Kazakhstan\u2019s \u201cSilk\u00a0Road\u201d \u2013 \uff11\uff12 \ufb01rms\u200b"
        "\r\n\r\n\r\nnext\u00adline \u2026"
    )
    assert normalize(raw).text == 'Kazakhstan\'s "Silk Road" - 12 firms\n\nnextline ...'


def test_span_maps_back_to_raw_with_curly_quote() -> None:
    """A span matched in normalised text gives back the raw characters, typography included."""
    raw = "In\u00a0Xi \u2019an  on May\u00a018th"
    text = normalize(raw)
    start = text.text.index("Xi 'an")
    raw_start, raw_end = text.to_raw(start, start + len("Xi 'an"))
    assert raw[raw_start:raw_end] == "Xi \u2019an"
    start = text.text.index("May 18th")
    assert text.raw_text(start, start + len("May 18th")) == "May\u00a018th"


def test_collapsed_whitespace_maps_to_whole_run() -> None:
    """A collapsed whitespace run maps back to every raw character of it."""
    text = normalize("a \t\u200b  b")
    assert text.text == "a b"
    assert text.to_raw(1, 2) == (1, 6)
    assert text.to_raw(0, 3) == (0, 7)


_WHITESPACE_SOUP = [" ", " ", "\n", "\n", "a", "\u00a0", "\u200b", "\t", "\r", "\u2019", "\u2014"]


@given(st.lists(st.sampled_from(_WHITESPACE_SOUP), max_size=40).map("".join))
@example("a\n\n\u00a0b")
@example("a\n\n b  c")
@example("\u200b\u2019 \u00a0")
def test_fast_scan_finds_what_the_pattern_finds_in_whitespace_soup(raw: str) -> None:
    """The candidate-driven scan yields exactly the matches of a plain ``finditer`` (dense runs of odd spaces)."""
    assert [m.span() for m in _special_matches(raw)] == [m.span() for m in _SPECIAL.finditer(raw)]


@given(news_text)
def test_fast_scan_finds_what_the_pattern_finds(raw: str) -> None:
    """The candidate-driven scan yields exactly the matches of a plain ``finditer``."""
    assert [m.span() for m in _special_matches(raw)] == [m.span() for m in _SPECIAL.finditer(raw)]
