"""Property tests of the event plugin's fast paths: each must give exactly what the plain version gives.

The plain versions (a regex scan of the whole sentence, a search per candidate) are kept here as references.
"""

from __future__ import annotations

import bisect
import json
import re
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from bri_corpus import Fact, normalize
from bri_corpus.extractors.event import arguments, requirements, triggers
from bri_corpus.extractors.event.clauses import _CLAUSE_BREAK, SentenceClauses, clause_spans
from bri_corpus.extractors.event.entities import Entity, FactIndex, index_facts
from bri_corpus.extractors.event.lexicon import lexicon
from bri_corpus.extractors.event.prefilter import _letters_of, derive_prefilter
from bri_corpus.extractors.event.reporting import (
    _DATELINE,
    _LEADING_REPORT,
    _TRAILING_REPORT,
    has_reporting_cue,
    reporting_regions,
)
from bri_corpus.extractors.summit.sentences import split_sentences

_EVENT_DIR = Path(__file__).parents[1] / "src" / "bri_corpus" / "extractors" / "event"

# ------------------------------------------------------------------ references


def _reference_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if match.start() > cursor:
            spans.append((cursor, match.start()))
        cursor = match.end()
    if end > cursor:
        spans.append((cursor, end))
    return spans or [(start, end)]


_REFERENCE_BOUNDARY = regex.compile(r"""\n+|(?<=[.!?]["')]?)\s+(?=["'(]?[A-Z0-9])""")
_REFERENCE_ABBREVIATION = regex.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Co|Corp|Ltd|Inc|No|Nos|St|Jr|Sr|Gen|Gov|Rep|Sen|Dept|Jan|Feb|Mar|Apr|Aug|Sept?|Oct"
    r"|Nov|Dec|vs|approx|[A-Z])\.)$"
)


def _reference_sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0

    def add(first: int, last: int) -> None:
        while first < last and text[first].isspace():
            first += 1
        while last > first and text[last - 1].isspace():
            last -= 1
        if last > first:
            spans.append((first, last))

    for boundary in _REFERENCE_BOUNDARY.finditer(text):
        in_line = "\n" not in boundary.group()
        if in_line and _REFERENCE_ABBREVIATION.search(text, max(start, boundary.start() - 8), boundary.start()):
            continue
        add(start, boundary.start())
        start = boundary.end()
    add(start, len(text))
    return spans


def _corpus_texts() -> list[str]:
    lines = (_EVENT_DIR / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    return [normalize(json.loads(line)["text"]).text for line in lines if line.strip() and not line.startswith("//")]


# ------------------------------------------------------------------ clauses

_CLAUSE_PIECES = st.sampled_from(
    ["and", " and ", ",", ", ", ";", " ", "  ", "\t", "\u00a0", "\x1c", "signed", "quickly", "worked", "which", "but"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_CLAUSE_PIECES, max_size=16).map("".join))
def test_clause_spans_equal_a_full_scan(text: str) -> None:
    assert clause_spans(text, 0, len(text)) == _reference_clauses(text, 0, len(text))


def test_clause_spans_equal_a_full_scan_on_the_corpus() -> None:
    for text in _corpus_texts():
        for start, end in split_sentences(text).spans:
            assert clause_spans(text, start, end) == _reference_clauses(text, start, end), text[start:end]


def test_clause_holding_a_position() -> None:
    text = "It was founded in 1956 and produced the first truck; it grew."
    clauses = SentenceClauses(text, [(0, len(text))])
    assert clauses.holding(0, text.index("produced")) == (23, 51)
    assert clauses.holding(0, 0) == (0, 22)


# ------------------------------------------------------------------ sentences

_SENTENCE_PIECES = st.sampled_from(
    ["Mr", "Dr", "Co", "U", "S", ".", "!", "?", " ", "  ", "\n", "\n\n", "\t", '"', "'", ")", "(", "A", "b", "1"]
    + ["approx", "Sept", "x", "No", "\u00a0", " \n"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_SENTENCE_PIECES, max_size=30).map("".join))
def test_sentences_equal_the_plain_splitter(text: str) -> None:
    assert list(split_sentences(text).spans) == _reference_sentences(text)


def test_sentences_equal_the_plain_splitter_on_the_corpus() -> None:
    for text in _corpus_texts():
        assert list(split_sentences(text).spans) == _reference_sentences(text)


# ------------------------------------------------------------------ trigger prefilter

_TRIGGER_WORDS = st.sampled_from(
    ["signed", "signing ceremony", "MoU", "met", "Met", "meets", "put into operation", "long-term partnership"]
    + ["vehicle output", "production volume", "production", "cooperation", "group", "handed over", "ink", "inks"]
    + ["rolled off the assembly line", "x", "-", " ", ", ", ".", "\n", "co-", "Delivered", "İ", "deliveries"]
)


def _trigger_starts(text: str) -> set[int]:
    triggers = lexicon().triggers
    return {p for p in range(len(text)) if triggers.match(text, p)}


@settings(max_examples=300, deadline=None)
@given(st.lists(_TRIGGER_WORDS, max_size=12).map(" ".join))
def test_the_prefilter_lets_every_trigger_through(text: str) -> None:
    assert _trigger_starts(text) <= set(lexicon().prefilter.positions(text))


def test_the_prefilter_lets_every_trigger_through_on_the_corpus() -> None:
    for text in _corpus_texts():
        assert _trigger_starts(text) <= set(lexicon().prefilter.positions(text)), text


def test_the_prefilter_drops_words_no_trigger_begins_with() -> None:
    positions = list(lexicon().prefilter.positions("The group opened a new plant in Almaty."))
    assert positions == [10]  # "opened"; not "The", "group", "new", "plant", "in", "Almaty"


def test_the_prefilter_keeps_short_trigger_words() -> None:
    prefilter = derive_prefilter([r"go\s+live", r"gone"])
    assert list(prefilter.positions("It will go live")) == [8]


def test_letters_of_a_pattern() -> None:
    assert _letters_of(r"sign(?:s|ed)\s+") == "degins"
    assert _letters_of(r"a\wb") == "abcdefghijklmnopqrstuvwxyz"  # \w: any letter
    assert _letters_of(r"\x41b") == "abcdefghijklmnopqrstuvwxyz"  # an escaped character


# ------------------------------------------------------------------ fact index


@st.composite
def _entities(draw: st.DrawFn) -> list[Entity]:
    spans = draw(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=12))
    kinds = draw(st.lists(st.sampled_from(["organisation", "place"]), min_size=len(spans), max_size=len(spans)))
    entities = [
        Entity(kind, start, start + length, f"n{start}", False, None)
        for (start, length), kind in zip(spans, kinds, strict=True)
    ]
    return sorted(entities, key=lambda e: e.start)


@settings(max_examples=200, deadline=None)
@given(_entities(), st.integers(0, 70), st.integers(0, 70))
def test_fact_index_ranges_equal_a_scan(parties: list[Entity], start: int, end: int) -> None:
    index = FactIndex(dates=tuple(parties), parties=tuple(parties), summits=(), amounts=tuple(parties), masked="")
    expected = tuple(e for e in parties if start <= e.start < end)
    assert index.parties_between(start, end) == expected
    assert index.dates_between(start, end) == expected
    assert index.amounts_between(start, end) == expected
    for i in range(len(parties)):
        following = next((j for j in range(i + 1, len(parties)) if parties[j].kind == "organisation"), len(parties))
        assert index.next_organisation[i] == following
    assert index.party_index(start) == bisect.bisect_left([e.start for e in parties], start)


def test_masked_text_blanks_overlapping_names() -> None:
    text = normalize("China Railway Group and China signed.")
    document_facts = [
        Fact(doc="t", kind="organisation", start=0, end=19, text="China Railway Group", value={"name": "CRG"}),
        Fact(doc="t", kind="place", start=0, end=5, text="China", value={"name": "China"}),
        Fact(doc="t", kind="place", start=24, end=29, text="China", value={"name": "China"}),
    ]
    index = index_facts(document_facts, text)
    assert index.masked == "\x00" * 19 + " and " + "\x00" * 5 + " signed."


# ------------------------------------------------------------------ trigger dispatch by first letter


def _dispatched_match(text: str, position: int) -> tuple[int, int, str | None] | None:
    match = lexicon().match_trigger(text, position, len(text))
    return None if match is None else (*match.span(), match.lastgroup)


def _full_match(text: str, position: int) -> tuple[int, int, str | None] | None:
    match = lexicon().triggers.match(text, position)
    return None if match is None else (*match.span(), match.lastgroup)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TRIGGER_WORDS, max_size=12).map(" ".join))
def test_dispatch_by_first_letter_equals_the_whole_alternation(text: str) -> None:
    for position in lexicon().prefilter.positions(text):
        assert _dispatched_match(text, position) == _full_match(text, position)


def test_dispatch_by_first_letter_equals_the_whole_alternation_on_the_corpus() -> None:
    for text in _corpus_texts():
        for position in lexicon().prefilter.positions(text):
            assert _dispatched_match(text, position) == _full_match(text, position), text


# ------------------------------------------------------------------ reporting cue prefilter

_REPORT_PIECES = st.sampled_from(
    ["CRRC", "Xinhua", "said", "said.", "said,", "says", "states", "member states", "told", "Reuters", "reported"]
    + ["that", "according to", "According to", ",", ", ", ".", " -- ", " - ", "(", ")", "):", "the ministry"]
    + ["signed a deal", "officials", "on Tuesday", "adds", "citing", "\n", "ALMATY", "Trend reports."]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_REPORT_PIECES, max_size=14).map(" ".join))
def test_the_cue_test_never_hides_a_reporting_region(text: str) -> None:
    """Every region but a dateline holds a cue word or a bracket before a dash: a sentence the cue test rejects
    has none of them."""
    if has_reporting_cue(text, 0, len(text)):
        return
    regions = reporting_regions(text, 0, len(text))
    dateline = _DATELINE.match(text, 0, len(text))
    assert all(dateline is not None and region == (0, dateline.end()) for region in regions)
    assert _LEADING_REPORT.match(text, 0, len(text)) is None or (dateline is not None)
    assert _TRAILING_REPORT.search(text, 0, len(text)) is None


# ------------------------------------------------------------------ reverse searches of end-anchored patterns


def _end_anchored_patterns() -> list[regex.Pattern[str]]:
    lex = lexicon()
    return [
        lex.route_before,
        lex.travel_before,
        lex.site_before,
        arguments._LOCATIVE_BEFORE,
        arguments._DESTINATION_BEFORE,
        arguments._OFFICE_OF_BEFORE,
        triggers._GERUND_AFTER_PREPOSITION,
    ]


def test_reverse_searches_find_what_forward_searches_find_on_the_corpus() -> None:
    """Each pattern that only tells whether a window ends with something searches from the end (``(?r)``); on
    every window ending at a word start of the corpus it agrees with the same pattern searched forwards."""
    patterns = [
        (p, regex.compile(p.pattern.replace("(?r)", "", 1), p.flags & ~regex.REVERSE)) for p in _end_anchored_patterns()
    ]
    for text in _corpus_texts():
        masked = regex.sub(r"\b[A-Z][a-z]+\b", lambda m: "\x00" * len(m.group()), text)
        for sample in (text, masked):
            for word in regex.finditer(r"\b\w", sample):
                end = word.start()
                for reverse, forward in patterns:
                    start = max(0, end - 80)
                    assert bool(reverse.search(sample, start, end)) == bool(forward.search(sample, start, end)), (
                        forward.pattern,
                        sample[start:end],
                    )


def _reference_positions(text: str) -> list[int]:
    """The prefilter as a plain scan: a lookbehind for the word start, tried at every position."""
    prefilter = lexicon().prefilter
    lowered = text.lower()
    if len(lowered) == len(text):
        return [m.start() for m in re.finditer(rf"(?<![\w-]){prefilter.pattern}", lowered)]
    trie = prefilter.pattern.replace("(?![a-z])", "(?![A-Za-z])")
    return [m.start() for m in re.finditer(rf"(?<![\w-])(?ai:{trie})", text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(_TRIGGER_WORDS, max_size=12).map("".join))
def test_prefilter_positions_equal_a_lookbehind_scan(text: str) -> None:
    assert list(lexicon().prefilter.positions(text)) == _reference_positions(text)


def test_prefilter_positions_equal_a_lookbehind_scan_on_the_corpus() -> None:
    for text in _corpus_texts():
        assert list(lexicon().prefilter.positions(text)) == _reference_positions(text), text


# ------------------------------------------------------------------ first / last words of a window

_WORD_PIECES = st.sampled_from(
    ["plant", "Belt", "and", "Road", "B&R", "U.S.", "co-op", "it's", " ", "  ", ", ", ";", "(", ")", "\n", "é", "5,000"]
)
_PLAIN_WORDS = regex.compile(r"[\w'&.-]+")


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORD_PIECES, max_size=14).map("".join), st.integers(0, 20), st.integers(0, 60))
def test_first_and_last_words_equal_a_word_scan(text: str, start: int, length: int) -> None:
    end = min(len(text), start + length)
    words = _PLAIN_WORDS.findall(text[start:end])
    for count in (5, 6, 8):
        assert requirements.first_words(text, start, end, count) == " ".join(words[:count])
    for count in (2, 3, 5):
        assert requirements.last_words(text, start, end, count) == " ".join(words[-count:])


# ------------------------------------------------------------------ literal tests before case-insensitive searches


def test_literal_words_never_hide_a_match() -> None:
    """Each literal test is lower-case and free of ``i`` and ``s`` (whose non-ASCII case variants ``\u0131``
    and ``\u017f`` do not lower-case to them), and every match of its pattern holds one of its words once
    lower-cased."""
    samples = [
        "a joint venture",
        "the FACTORY",
        "This Plant",
        "took a 25% STAKE",
        "Equity",
        "shares in",
        "SHARES IN",
        "the joint-venture plant",
        "the Mine",
        "THE SMELTER",
        "this refinery",
        "That Mill",
    ]
    for words, pattern in (
        (arguments._DESCRIPTOR_WORDS, arguments._GENERIC_ANAPHOR),
        (triggers._STAKE_WORDS, triggers._STAKE),
    ):
        assert all(word == word.lower() and not set(word) & set("is") for word in words)
        for sample in samples:
            for match in pattern.finditer(sample):
                assert any(word in match.group().lower() for word in words), (sample, pattern.pattern)
