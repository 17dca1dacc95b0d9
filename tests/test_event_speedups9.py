"""Equivalence tests of the ninth speed pass on the event plugin: each fast form must match exactly what the
plain form it replaced matches.

The leaders' full-name pattern now begins with a literal first letter and checks the word start behind it
(``(?<!\\w.)``) instead of opening with ``\\b``; the plain pattern (``\\b`` + names grouped by their first two
letters + ``\\b``) is rebuilt here as the reference.
"""

from __future__ import annotations

import functools

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from bri_corpus.extractors.event import leaders


@functools.cache
def _reference_full_names() -> regex.Pattern[str]:
    """The pattern as built before the ninth speed pass."""
    groups: dict[str, list[str]] = {}
    names = (name for name in leaders._leaders() if " " in name and name[:1].isupper())
    for name in sorted(names, key=len, reverse=True):
        groups.setdefault(name[:2], []).append(regex.escape(name[2:]))
    alternatives = (f"{regex.escape(head)}(?:{'|'.join(tails)})" for head, tails in groups.items())
    return regex.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


def _names() -> list[str]:
    return sorted(name for name in leaders._leaders() if " " in name and name[:1].isupper())


# Pieces a text is made of: whole names, their prefixes and suffixes (near misses), and the characters that
# decide a word boundary (letters, digits, an underscore, a combining mark, a superscript, spaces, punctuation).
_PIECES = st.one_of(
    st.sampled_from(_names()),
    st.sampled_from(_names()).map(lambda name: name[: len(name) // 2 + 1]),
    st.sampled_from(_names()).map(lambda name: name[1:]),
    st.sampled_from(["a", "Z", "9", "_", "\u0301", "\u00b2", "\u00e9", " ", "\n", "-", "'", ".", ",", "(", "'s"]),
)


def _spans(pattern: regex.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text, start, end)]


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join), st.integers(0, 40), st.integers(0, 40))
def test_full_names_match_what_the_plain_pattern_matches(text: str, start: int, cut: int) -> None:
    end = max(start, len(text) - cut)
    assert _spans(leaders._full_names(), text, 0, len(text)) == _spans(_reference_full_names(), text, 0, len(text))
    assert _spans(leaders._full_names(), text, start, end) == _spans(_reference_full_names(), text, start, end)


def test_every_name_is_found_alone_and_inside_prose() -> None:
    for name in _names():
        for text in (name, f"said {name}, who", f"x{name}", f"{name}s and", f"({name})"):
            assert _spans(leaders._full_names(), text, 0, len(text)) == _spans(
                _reference_full_names(), text, 0, len(text)
            ), text
