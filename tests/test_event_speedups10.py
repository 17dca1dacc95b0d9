"""Equivalence tests of the tenth speed pass on the event plugin: each shortcut must give exactly what the plain
form it replaced gives.

Two kinds of shortcut were added:

* replacements: the ministers' titles found from each ``Minister`` in a short window instead of by a whole-text
  scan (``officials.minister_matches``); the title words of a window looked up among their positions in the
  document (``leaders._holds_title_word``); one scan of the leaders' names per document
  (``leaders._document_names``).  The plain form is the reference, run here.
* cheap tests before a pattern (a literal the pattern needs, a first letter it needs): they must never rule out
  a window in which the pattern matches.  Each is checked against the pattern itself, on generated windows made
  of the pattern's words and of the characters where case-insensitive matching and ``str.lower`` disagree
  (``\u017f``, the Kelvin sign, ``\u0130``), and on every example-corpus text.
"""

from __future__ import annotations

import json
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from bri_corpus import normalize
from bri_corpus.extractors.event import arguments, extract, leaders, officials, triggers
from bri_corpus.extractors.event.entities import may_hold_any

_EVENT_DIR = Path(__file__).parents[1] / "src" / "bri_corpus" / "extractors" / "event"


def _corpus_texts() -> list[str]:
    texts = []
    for path in sorted(_EVENT_DIR.glob("corpus*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("//"):
                texts.append(normalize(json.loads(line)["text"]).text)
    return texts


_CORPUS = _corpus_texts()

# Characters where case-insensitive matching, str.lower and str.casefold part ways, and word-boundary characters.
_TRICKY = ["\u017f", "\u212a", "\u0130", "\u0131", "\u00df", "\u0301", "_", "9", "\x1c", "\u00a0", "\n", "'", "-"]


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    pieces = st.one_of(
        st.sampled_from(words),
        st.sampled_from(words).map(str.upper),
        st.sampled_from(words).map(str.title),
        st.sampled_from(words).map(lambda word: word.replace("s", "\u017f").replace("k", "\u212a")),
        st.sampled_from(words).map(lambda word: word.replace("i", "\u0130")),
        st.sampled_from([" ", "  ", ", ", ".", *_TRICKY]),
    )
    return st.lists(pieces, max_size=14).map("".join)


# ------------------------------------------------------------------ ministers


def _plain_ministers(text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in officials._MINISTER.finditer(text)]


def _windowed_ministers(text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in officials.minister_matches(text)]


_MINISTER_WORDS = [
    *("Minister", "Minister", "Prime", "Deputy", "Vice", "State", "First", "Foreign", "Trade", "of", "the", "and"),
    *("Wang", "Yi", "Li", "Vera", "Daves", "de", "Sousa", "O'Neil", "Al-Sisi", "x", "5", "\u00c9mile", "said"),
]


@settings(max_examples=600, deadline=None)
@given(_texts(_MINISTER_WORDS).map(lambda text: text.replace("MINISTER", "Minister ")))
def test_minister_windows_find_what_the_whole_text_scan_finds(text: str) -> None:
    assert _windowed_ministers(text) == _plain_ministers(text)


def test_minister_windows_on_tricky_texts() -> None:
    for text in (
        "Minister, and Foreign Minister, Wang Yi said",
        "Minister Minister Deputy Minister Li Qiang",
        "Foreign Minister Wang Yi, Trade Minister, Li Ming and Minister of the Economy Vera Daves de Sousa.",
        "x5Minister Wang Li",
        "Prime Minister Li Qiang met Deputy Prime Minister Ding Xuexiang",
        "Minister",
        "",
    ):
        assert _windowed_ministers(text) == _plain_ministers(text), text


def test_minister_windows_on_the_corpus() -> None:
    for text in _CORPUS:
        assert _windowed_ministers(text) == _plain_ministers(text), text


# ------------------------------------------------------------------ leaders


def _plain_holds_title_word(text: str, start: int, end: int) -> bool:
    return any(text.find(word, start, end) >= 0 for word in leaders._TITLE_WORDS)


@settings(max_examples=400, deadline=None)
@given(
    _texts(["President", "Presiden", "Minister", "King", "Kin", "Emir", "Prince", "Princess", "Premier", "x"]),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_title_words_by_position_equal_a_find_per_word(text: str, start: int, length: int) -> None:
    leaders._title_words_at.cache_clear()
    end = min(len(text), start + length)
    assert leaders._holds_title_word(text, start, end) == _plain_holds_title_word(text, start, end)


def test_title_words_by_position_on_the_corpus() -> None:
    for text in _CORPUS:
        for start in range(0, len(text), 7):
            for end in (start + 5, start + 30, start + 120):
                assert leaders._holds_title_word(text, start, end) == _plain_holds_title_word(text, start, end)


def test_one_name_scan_per_document_equals_finditer() -> None:
    for text in _CORPUS:
        plain = tuple(match.group() for match in leaders._full_names().finditer(text))
        assert leaders._document_names(text) == plain
        assert leaders._document_mentions(text)[1] == (leaders._full_names().search(text) is not None)


# ------------------------------------------------------------------ cheap tests before a pattern


def _windows(text: str, size: int) -> list[tuple[int, int]]:
    """Windows ending every third character (for ``built by``, a match at a position: every position)."""
    if size >= 1000:
        return [(start, len(text)) for start in range(len(text) + 1)]
    return [(max(0, end - size), end) for end in range(0, len(text) + 1, 3)]


def _never_rules_out_a_match(text: str, pretest: object, search: object, size: int) -> None:
    for start, end in _windows(text, size):
        if search(text, start, end):  # type: ignore[operator]
            assert pretest(text, start, end), (text[start:end], text)  # type: ignore[operator]


_PRETESTS = {
    # name: (cheap test, the pattern's search, window size, words for generated texts)
    "topic verb": (
        lambda text, start, end: may_hold_any(text[start:end], triggers._TOPIC_VERB_WORDS),
        lambda text, start, end: triggers._TOPIC_VERB_BEFORE.search(text, start, end),
        40,
        ["discussed", "considers", "reviewing", "studied", "study", "explored", "talked about", "the", "new", "x"],
    ),
    "summit anaphor": (
        lambda text, start, end: may_hold_any(text[start:end], arguments._SUMMIT_ANAPHOR_NOUNS),
        lambda text, start, end: arguments._SUMMIT_ANAPHOR.search(text, start, end),
        200,
        ["this", "the", "summit", "forum", "session", "exhibition", "expo", "fair", "symposium", "big", "x"],
    ),
    "two parties": (
        lambda text, start, end: text.find("two", start, end) >= 0 or text.find("oth", start, end) >= 0,
        lambda text, start, end: extract._TWO_PARTIES_BEFORE.search(text, start, end),
        60,
        ["The two", "the two", "Both", "both", "sides", "countries", "also", "jointly", "x"],
    ),
    "intention": (
        lambda text, start, end: text.find(",", start, end) >= 0,
        lambda text, start, end: extract._INTENTION_AFTER.search(text, start, end),
        120,
        [", and agreed", ", and also pledged", ", eye", " and agreed", "x"],
    ),
    "tally": (
        lambda text, start, end: text.find("had", start, end) >= 0 or text.find("have", start, end) >= 0,
        lambda text, start, end: triggers._TALLY_SUBJECT_BEFORE.search(text, start, end),
        80,
        ["300", "Chinese", "enterprises", "that", "have", "had", "already", "x"],
    ),
    "infinitive": (
        lambda text, start, end: "to" in text[start:end].lower(),
        lambda text, start, end: triggers._INFINITIVE.search(text, start, end),
        30,
        ["to", "To", "TO", "quickly", "x"],
    ),
    "honorific": (
        arguments._may_hold_honorific,
        lambda text, start, end: next(iter(arguments._PERSON.finditer(text, start, end)), None),
        120,
        ["Mr", "Mrs", "Ms", "Dr", "Madam", "Mister", ".", "Jia", "Xijun", "x"],
    ),
    "owner apposition": (
        lambda text, start, end: text.find(",", start, end) >= 0,
        lambda text, start, end: arguments._OWNER_APPOSITION_BEFORE.search(text, start, end),
        130,
        [", a unit of", ", owned by", ", wholly owned by", "the", "China's", "state-owned", "PowerChina", " (", "x"],
    ),
    "since": (
        lambda text, start, end: arguments._says_since(text[start:end]),
        lambda text, start, end: arguments._SINCE.search(text[start:end]),
        40,
        ["since", "Since", "sinced", "ever", "2019", "x"],
    ),
    "built by": (
        lambda text, start, end: text.startswith(arguments._BUILT_WORDS, start),
        lambda text, start, end: arguments._DESCRIPTIVE_BUILT.match(text, start),
        1000,
        ["built", "Built", "constructed", "by", "with", "x"],
    ),
}


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(_PRETESTS)), st.data())
def test_cheap_tests_never_rule_out_a_match(name: str, data: st.DataObject) -> None:
    pretest, search, size, words = _PRETESTS[name]
    text = data.draw(_texts(words))
    _never_rules_out_a_match(text, pretest, search, size)


def test_cheap_tests_never_rule_out_a_match_on_the_corpus() -> None:
    for text in _CORPUS:
        for pretest, search, size, _ in _PRETESTS.values():
            _never_rules_out_a_match(text, pretest, search, size)


@settings(max_examples=400, deadline=None)
@given(_texts(["Chairman", "President", "CEO", "Head", "General Manager", "Zhang", "Hua", "Wei", "x", "chairman"]))
def test_title_initial_test_never_rules_out_a_titled_person(text: str) -> None:
    for position in range(len(text) + 1):
        if arguments._TITLED_PERSON.match(text, position):
            assert arguments._may_start_title(text, position), (text, position)


def test_title_initial_test_on_the_corpus() -> None:
    for text in _CORPUS:
        for match in regex.finditer(r"\s", text):
            if arguments._TITLED_PERSON.match(text, match.start()):
                assert arguments._may_start_title(text, match.start())


def test_may_hold_any_reads_case_folded_letters() -> None:
    assert may_hold_any("The Di\u017fcussion", ("discuss",))
    assert may_hold_any("\u0130t", ("it",))  # the dotted capital is never ruled out
    assert may_hold_any("SUMMIT", ("summit",))
    assert not may_hold_any("the plant", ("summit", "forum"))
