"""The organisation scanner's shortcuts give what the full chunk analysis gives.

The scanner skips work in three places: one-word chunks take a direct path (``_word_names``),
chunks with no head word, brand or gazetteer name are not analysed (``_may_name``), and chunks
with no legal-form punctuation are split at their spaces instead of being tokenised by regex.
Each shortcut is checked here against the full analysis, on words drawn from the lexicons, the
gazetteers and arbitrary capitalised shapes.
"""

from __future__ import annotations

import functools

from hypothesis import given, settings
from hypothesis import strategies as st

from bri_corpus.extractors.organisation import candidates as cand
from bri_corpus.extractors.organisation import chunk_analysis, line_kinds, shapes
from bri_corpus.extractors.organisation import lexicon as lx
from bri_corpus.extractors.organisation.gazetteer import default_gazetteer
from bri_corpus.extractors.organisation.patterns import CHUNK, TOKEN
from bri_corpus.extractors.place import gazetteer as places


@functools.cache
def _vocabulary() -> tuple[str, ...]:
    """Words that matter to the analysis: lexicon words, gazetteer words, places, and common traps."""
    words: set[str] = set()
    for name in lx.__all__:
        # Lexicon entries of several words ("Consulate General") are split: a chunk is a list of single words.
        words |= {part for w in getattr(lx, name) if isinstance(w, str) for part in w.split(" ")}
    for key in default_gazetteer().by_surface:
        words.update(key.split(" "))
    for name in (*places.country_names(), *places.demonyms(), *places.region_adjectives()):
        words.update(name.split(" "))
    words |= {"DR", "Congo", "Central", "Asia", "Abu", "Dhabi", "UzAuto", "McDonald", "Kassym-Jomart", "B&R"}
    return tuple(sorted(w for w in words if w))


capitalised = st.from_regex(r"[A-Z][a-zA-Z]{0,8}(-[A-Z][a-z]{1,6})?", fullmatch=True)
word = st.one_of(st.sampled_from(_vocabulary()), capitalised)
chunk_words = st.lists(
    st.one_of(word, word, st.sampled_from(("of", "and", "the", "&", "for"))), min_size=1, max_size=7
).filter(lambda ws: ws[0][:1].isupper() and ws[-1][:1].isupper())


def _full_analysis(body: str, length: int, title_line: bool, caps_line: bool) -> tuple[cand.Candidate, ...]:
    return chunk_analysis._ChunkAnalyser(body, default_gazetteer()).analyse(length, title_line, caps_line)


@settings(max_examples=400, deadline=None)
@given(word=word, full_stop=st.booleans(), title_line=st.booleans(), caps_line=st.booleans())
def test_one_word_path_is_the_full_analysis(word: str, full_stop: bool, title_line: bool, caps_line: bool) -> None:
    match = CHUNK.fullmatch(word)
    if match is None or "." in word or "," in word or " " in word:
        return  # not a one-word chunk (vocabulary entries such as "Consulate General" hold a space)
    body = word + ("." if full_stop else " ")
    direct = chunk_analysis.word_names(word, full_stop, title_line, caps_line, default_gazetteer())
    assert direct == _full_analysis(body, len(word), title_line, caps_line)


@settings(max_examples=400, deadline=None)
@given(words=chunk_words, caps_line=st.booleans(), title_line=st.booleans())
def test_chunks_that_may_name_nothing_hold_no_name(words: list[str], caps_line: bool, title_line: bool) -> None:
    chunk = " ".join(words)
    if CHUNK.fullmatch(chunk) is None or "." in chunk or "," in chunk:
        return
    if not chunk_analysis._may_name(words, caps_line, default_gazetteer()):
        assert _full_analysis(chunk + " ", len(chunk), title_line, caps_line) == ()


@settings(max_examples=300, deadline=None)
@given(words=chunk_words, after=st.sampled_from((" said.", "'s plant", "-based", ", which", ".")))
def test_plain_chunks_split_at_spaces_into_their_tokens(words: list[str], after: str) -> None:
    text = " ".join(words) + after
    for match in CHUNK.finditer(text):
        body = text[match.start() : match.end() + 1]
        length = match.end() - match.start()
        by_regex = [
            cand.Token(m.start(), m.end(), m.group(), None, m.group() in lx.CONNECTORS)
            for m in TOKEN.finditer(body, 0, length)
        ]
        assert shapes.raw_tokens(body, length) == by_regex


def test_line_flags_tell_headlines_and_capitals() -> None:
    text = "China Signs Deal With Kazakh Firm On Trucks\nTHE MINISTRY OF ENERGY SAID TODAY\nThe ministry said it would."
    flags = line_kinds.LineFlags(text)
    assert [flags.at(text.index(s)) for s in ("Signs", "MINISTRY", "ministry")] == [1, 2, 0]
    assert flags.at(0) == 1, "asking again for an earlier line still answers"


def test_a_lone_word_chunk_names_an_acronym_but_not_a_place_or_a_title() -> None:
    gazetteer = default_gazetteer()
    assert [c.surface for c in chunk_analysis.word_names("QKZT", False, False, False, gazetteer)] == ["QKZT"]
    assert chunk_analysis.word_names("QKZT", False, False, True, gazetteer) == (), "no brands in ALL CAPS lines"
    assert chunk_analysis.word_names("CETC", False, False, True, gazetteer), "but gazetteer names, also there"
    assert chunk_analysis.word_names("UAE", False, False, False, gazetteer) == ()
    assert chunk_analysis.word_names("President", False, False, False, gazetteer) == ()
    assert chunk_analysis.word_names("Ministry", False, False, False, gazetteer) == ()
    assert chunk_analysis.word_names("Huawei", False, False, False, gazetteer)[0].entry is not None
