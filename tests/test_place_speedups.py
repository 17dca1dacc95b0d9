"""The place plugin's shortcuts give what the plain algorithms they replace give.

Speed work replaced a few plain algorithms by faster ones; each is checked here against the plain
one, written out again in the test, on text made of gazetteer surfaces, their prefixes and traps:

* :meth:`Gazetteer.find` tries, after a word that starts longer surfaces, only the lengths of the
  surfaces that go on as the text does (not every length of the word);
* ``_chain_after`` reads the capitalised words after a match with one regex match, not word by word;
* ``_normalise_surface`` returns printable ASCII surfaces as they are, without three substitutions;
* the patterns that look back from a match are searched backwards (``regex.REVERSE``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from bri_corpus.extractors.place import gazetteer as places
from bri_corpus.extractors.place import keep_rules, patterns
from bri_corpus.extractors.place.gazetteer import ACCENT_FOLD, FIRST_TOKEN, Candidate, Gazetteer


def _plain_find(table: Gazetteer, text: str) -> Iterator[Candidate]:
    """The matcher as first written: every length of a word that starts longer surfaces, longest first; a word
    with letters beyond ASCII also as accent-folded (each surface too), the longer match winning."""
    position = 0
    for token in FIRST_TOKEN.finditer(text):
        word = token.group()
        start, word_end = token.span()
        if start < position:
            continue
        keys = [word] if word.isascii() else list(dict.fromkeys((word, word.translate(ACCENT_FOLD))))
        best: Candidate | None = None
        for key in keys:
            lengths = table.multiword_lengths.get(key)
            if lengths is None:
                if not table.readings(key) or key in table.not_first_words:
                    continue
                lengths = (len(key),)
            for length in lengths:
                end = start + length
                if end > len(text):
                    continue
                surface = text[start:end]
                stored = surface if table.readings(surface) else surface.translate(ACCENT_FOLD)
                if not table.readings(stored):
                    continue
                if text[end : end + 1] not in ' \n\t,.;:!?()[]{}"/-' and regex.match(
                    r"[\p{L}\p{M}\p{N}]|'(?!s\b)\p{L}", text[end:]
                ):
                    continue
                entries = table.readings(stored)
                if stored != surface:
                    entries = tuple(
                        e._replace(surface=surface, name=surface if e.name == e.surface else e.name) for e in entries
                    )
                if best is None or end > best.end:
                    best = Candidate(start, end, surface, entries)
                break
        if best is not None:
            yield best
            position = best.end


@functools.cache
def _surfaces() -> tuple[str, ...]:
    table = places.gazetteer()
    words = {surface for word in table.multiword_lengths for surface in (word, f"{word} Bank", f"{word}-based")}
    words |= {"Central Asia", "Central African Republic", "The Gambia", "The Hague", "St. Petersburg", "Xi'an"}
    words |= {"Xi 'an", "U.S.", "U.S. Virgin Islands", "Guinea-Bissau", "DR Congo", "New York", "New Zealand"}
    # written with diacritics where the gazetteer stores the plain spelling, or both (accent folding)
    words |= {"Việt Nam", "Việt Trì", "Hà Nội", "Hồ Chí Minh City", "Lào Cai", "Brașov", "Łódź", "İzmir", "Abū"}
    return tuple(sorted(words))


piece = st.one_of(
    st.sampled_from(_surfaces()),
    st.sampled_from(_surfaces()).map(lambda s: s[: max(1, len(s) // 2)]),
    st.sampled_from(("The", "In", "A", "An", "New", "Central", "South", "Kazakhstan", "Kazakh", "President")),
)
separator = st.sampled_from((" ", " ", "-", ", ", ". ", "'s ", "\n", " of ", " and ", "", "'", "x "))
place_text = st.lists(st.tuples(piece, separator), min_size=1, max_size=8).map(
    lambda parts: "".join(p + s for p, s in parts)
)


@settings(max_examples=500, deadline=None)
@given(text=place_text)
def test_find_tries_only_the_lengths_that_can_match(text: str) -> None:
    table = places.gazetteer()
    assert list(table.find(text)) == list(_plain_find(table, text))


def test_find_after_a_word_of_many_lengths() -> None:
    text = "The Gambia and The Hague, not The Company nor Central Asian Central Asia."
    found = [c.surface for c in places.find_candidates(text)]
    assert found == list(c.surface for c in _plain_find(places.gazetteer(), text))
    assert "The Hague" in found and "Central Asia" in found


_CHAIN_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}.'-]*|&")


def _plain_chain_after(text: str, end: int) -> list[str]:
    """The capitalised words (or ``&``, ``of``) after a match, read one by one."""
    position = end + 2 if text.startswith("'s ", end) else end
    words: list[str] = []
    while len(words) < 6 and position < len(text) and text[position] in " -":
        match = _CHAIN_WORD.match(text, position + 1)
        if not match or not (match.group()[0].isupper() or match.group() in ("&", "of")):
            break
        words.append(match.group())
        position = match.end()
    return words


chain_text = st.lists(
    st.sampled_from(
        (" ", "-", "'s ", "Kazakh", "of", "offshore", "of.", "&", "&Co", "Group", "Ltd.", ",", "x", "É", "é")
        + ("O'Neil", ".", "\u24b6", "\u01c5a", "\n", "and", "A", " of ", "Bank", "Ministry", "Co.,Ltd")
    ),
    max_size=12,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=chain_text)
def test_chain_after_reads_what_word_by_word_reading_reads(text: str) -> None:
    for end in range(len(text) + 1):
        assert keep_rules._chain_after(text, end) == _plain_chain_after(text, end), (text, end)


def _plain_normalise(surface: str) -> str:
    folded = regex.sub(r"[\u2018\u2019\u02bc\u2032`]", "'", surface.strip())
    folded = regex.sub(r"[\u2010-\u2015\u2212]", "-", folded)
    return regex.sub(r"\s+", " ", folded)


@settings(max_examples=500, deadline=None)
@given(surface=st.text(alphabet=st.sampled_from("ab X.-'`\u2019\u2010\t\n\x1c\x7f\u00a0\u3000é"), max_size=10))
def test_surfaces_are_folded_as_before(surface: str) -> None:
    assert places._normalise_surface(surface) == _plain_normalise(surface)


_BACKWARD = {
    "PREVIOUS_WORD": patterns.PREVIOUS_WORD,
    "SENTENCE_START": patterns.SENTENCE_START,
    "RANKING_BEFORE": patterns.RANKING_BEFORE,
    "LANGUAGE_CONTEXT": patterns.LANGUAGE_CONTEXT,
}
window_text = st.lists(
    st.sampled_from(
        ("in ", "into ", "speaks ", "Russian", ", ", " and ", " or ", "English", "top ", "Top ", "500 ", "1,000 ")
        + ("best ", "most ", "popular ", " ", "\n", "x", ".", '"', ") ", "- ", "Kazakh", "a", "Tin ", "é\u0301", "'s ")
    ),
    max_size=8,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=window_text)
def test_backward_patterns_find_what_forward_ones_find(text: str) -> None:
    for name, backward in _BACKWARD.items():
        assert backward.flags & regex.REVERSE, name
        forward = regex.compile(backward.pattern, backward.flags & ~regex.REVERSE)
        found, expected = backward.search(text), forward.search(text)
        assert (found is None) == (expected is None), (name, text)
        if name == "PREVIOUS_WORD" and found is not None and expected is not None:
            assert (found.group(1), found.start(1)) == (expected.group(1), expected.start(1))
