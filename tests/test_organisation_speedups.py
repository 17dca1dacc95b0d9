"""The organisation scanner's speed shortcuts give what the work they skip gives.

* a line is told to be no headline without a look at each of its words when it ends with a full stop
  and holds fewer than two runs of four capitals (``_line_flag``);
* a one-word chunk's names are looked up once for every kind of line when the line's kind cannot
  change them (``_word_names_on_any_line``);
* a chunk is analysed with only the character after it when the analysis does not read further
  (``_chunk_names_alone``), so that the cache is keyed by the chunk rather than by what follows it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bri_corpus.extractors.organisation import chunk_analysis, line_kinds
from bri_corpus.extractors.organisation.gazetteer import default_gazetteer
from bri_corpus.extractors.organisation.patterns import CHUNK, TITLE_CASE_WORD
from test_organisation_scan import chunk_words, word


def _plain_line_flag(line: str) -> int:
    """The headline test as first written: every word of four letters or more is looked at."""
    if len(line) >= 250:
        return 0
    words = TITLE_CASE_WORD.findall(line)
    if len(words) < 3 and not (len(words) == 2 and all(w.isupper() for w in words)):
        return 0
    upper = sum(1 for w in words if w.isupper())
    capital = sum(1 for w in words if w[0].isupper())
    if upper >= 0.6 * len(words):
        return 2
    if capital >= 0.75 * len(words) and not line.rstrip().endswith("."):
        return 1
    return 0


line_text = st.lists(
    st.sampled_from(
        ("CHINA", "Kazakh", "MINISTRY", "said", "Deal", "AB-CD", "O'NEIL", " ", " ", ".", ". ", "x", "É", "ÉTÉ")
        + ("été", "\u01c5abc", "\u4e2d\u6587\u4e2d\u6587", "-", "'", "SCO", "Co.", "Ltd", "1,000", "\u00a0")
    ),
    max_size=14,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(line=line_text)
def test_line_flags_as_when_every_word_was_looked_at(line: str) -> None:
    assert line_kinds._line_flag(line) == _plain_line_flag(line)


def test_line_flags_of_common_lines() -> None:
    assert line_kinds._line_flag("THE MINISTRY OF ENERGY SAID TODAY.") == 2
    assert line_kinds._line_flag("China Signs Deal With Kazakh Firm") == 1
    assert line_kinds._line_flag("CETC and SINOTRUK signed a deal with the ministry.") == 0
    assert line_kinds._line_flag("The ministry said it would build the plant.") == 0


@settings(max_examples=500, deadline=None)
@given(word=word, full_stop=st.booleans())
def test_one_word_names_on_any_line_are_those_of_every_line(word: str, full_stop: bool) -> None:
    gazetteer = default_gazetteer()
    names = chunk_analysis.word_names_on_any_line(word, full_stop, gazetteer)
    if names is None:
        return
    for title_line in (False, True):
        for caps_line in (False, True):
            assert names == chunk_analysis.word_names(word, full_stop, title_line, caps_line, gazetteer), word


def test_brands_depend_on_the_line() -> None:
    gazetteer = default_gazetteer()
    assert chunk_analysis.word_names_on_any_line("QKZT", False, gazetteer) is None, "no brands in ALL CAPS lines"
    assert chunk_analysis.word_names_on_any_line("Ministry", False, gazetteer) == ()


_AFTER = st.sampled_from(
    (" employs 300 people.", " joint venture factory", ", which", ".", " said.", " and Allur", "'s plant", " ")
    + (" operations", " Co., Ltd.", "-based", " is", " in Astana", "")
)


@settings(max_examples=400, deadline=None)
@given(words=chunk_words, after=_AFTER, title_line=st.booleans(), caps_line=st.booleans())
def test_chunk_names_alone_are_those_with_what_follows(
    words: list[str], after: str, title_line: bool, caps_line: bool
) -> None:
    gazetteer = default_gazetteer()
    text = " ".join(words) + after
    for match in CHUNK.finditer(text):
        start, end = match.span()
        alone = chunk_analysis.chunk_names_alone(text[start : end + 1], end - start, title_line, caps_line, gazetteer)
        full = chunk_analysis.chunk_names(text[start : end + 24], end - start, title_line, caps_line, gazetteer)
        assert alone is None or alone == full, (text, match.group())


def test_a_subsidiary_needs_the_words_after_it() -> None:
    gazetteer = default_gazetteer()
    text = "HBIS Serbia employs 5,000 people."
    end = len("HBIS Serbia")
    assert chunk_analysis.chunk_names_alone(text[: end + 1], end, False, False, gazetteer) is None
    assert [c.surface for c in chunk_analysis.chunk_names(text[: end + 24], end, False, False, gazetteer)] == [
        "HBIS Serbia"
    ]
