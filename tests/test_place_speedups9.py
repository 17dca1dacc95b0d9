"""The place plugin's ninth-session shortcuts give what the code they replace gives.

Each faster path is checked against the plain one, written out again here or kept in the module as the reference:

* the gazetteer's matcher reads ASCII text with ``ASCII_FIRST_TOKEN`` (the standard engine), not ``FIRST_TOKEN``;
* ``_division_noun_hints`` finds ``_DIVISION_HINT``'s matches from ``str.find`` hits, not by a scan;
* ``_town_pair_hints`` scans the two alternatives of ``_TOWN_PAIR_HINT`` apart, then drops overlaps;
* ``TitleCaseLines`` decides a line once, on the first question about it;
* ``OrganisationStarts`` takes raw offsets as they are when normalisation changed nothing;
* ``_inside_longer_name`` decides a match after a space and a plain word from two characters;
* ``find_places`` drops a match inside a blocked span before its rules run (the same facts either way).
"""

from __future__ import annotations

import string

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from bri_corpus import Document, Fact
from bri_corpus.extractors.place import context_places, extract, hyphens, keep_rules
from bri_corpus.extractors.place.gazetteer import ASCII_FIRST_TOKEN, FIRST_TOKEN, Candidate, PlaceEntry
from bri_corpus.normalize import normalize
from bri_corpus.values import Organisation


def _joined(fragments: st.SearchStrategy[str], max_size: int = 12) -> st.SearchStrategy[str]:
    return st.lists(fragments, min_size=0, max_size=max_size).map("".join)


# --- the ASCII tokeniser ------------------------------------------------------------------------------------------

_TOKEN_PIECES = st.sampled_from(
    (
        "U.S.",
        "U.S.A.",
        "U.K",
        "A.B.C.D.",
        "Xi'an",
        "Kazakhstan's",
        "O'Neil",
        "d'Ivoire",
        "Côte",  # not ASCII: the text then takes FIRST_TOKEN, checked below all the same
        "McDonald",
        "iPhone",
        "3M",
        "x",
        "A",
        "'s",
        "'",
        ".",
        "-",
        " ",
        "\n",
        "9",
        "_",
        "Ab",
        "s",
    )
)


@settings(max_examples=800, deadline=None)
@given(text=_joined(_TOKEN_PIECES, 10) | st.text(alphabet=string.printable, max_size=40))
def test_ascii_tokens_are_the_tokens(text: str) -> None:
    if not text.isascii():
        return
    assert [m.span() for m in ASCII_FIRST_TOKEN.finditer(text)] == [m.span() for m in FIRST_TOKEN.finditer(text)]


def test_ascii_tokens_examples() -> None:
    text = "The U.S.A. and Xi'an, Kazakhstan's U.K. office; iPhone 3M A.B.C.D. x.Y"
    tokens = [m.group() for m in ASCII_FIRST_TOKEN.finditer(text)]
    assert tokens == [m.group() for m in FIRST_TOKEN.finditer(text)]
    assert tokens[:4] == ["The", "U.S.A.", "Xi'an", "Kazakhstan"]


# --- the division noun hints ----------------------------------------------------------------------------------------

_DIVISION_PIECES = st.sampled_from(
    (
        "a",
        "z",
        "A",
        " ",
        "\n",
        "s",
        " district",
        " districts",
        " province",
        " county",
        " counties",
        " count",
        " country",
        " town",
        " towns",
        " township",
        " village",
        " neighbourhood",
        " neighborhoods",
        " neighbour",
        " suburb",
        " suburban",
        " regency",
        " regencies",
        " governorate",
        " District",
        "é",
    )
)


@settings(max_examples=800, deadline=None)
@given(text=_joined(_DIVISION_PIECES))
def test_division_noun_hints_are_the_scan_matches(text: str) -> None:
    assert context_places._division_noun_hints(text) == [m.span() for m in context_places._DIVISION_HINT.finditer(text)]


def test_division_noun_hints_skip_a_match_inside_the_one_before() -> None:
    text = "two districts district and the Hoima district"
    assert context_places._division_noun_hints(text) == [m.span() for m in context_places._DIVISION_HINT.finditer(text)]


# --- the town pair hints ------------------------------------------------------------------------------------------

_PAIR_PIECES = st.sampled_from(
    (
        "-",
        "- ",
        " ",
        "Kabwe",
        "Pensulo",
        "Abc",
        "-Sai",
        " (JP Magufuli)",
        " (between Gulu and Atiak)",
        " (",
        ")",
        " 400kV",
        " 12 km",
        "-kilometre",
        " line",
        " railway",
        " Road",
        " power",
        "between ",
        "between Gulu and ",
        " and ",
        "Atiak",
        "b",
        "x",
    )
)


@settings(max_examples=800, deadline=None)
@given(text=_joined(_PAIR_PIECES))
def test_town_pair_hints_are_the_scan_matches(text: str) -> None:
    assert context_places._town_pair_hints(text) == [m.span() for m in context_places._TOWN_PAIR_HINT.finditer(text)]


def test_town_pair_hints_drop_a_between_inside_a_pair() -> None:
    text = "the Kabwe-Pensulo (between Gulu and Atiak) line and between Gulu and Atiak"
    hints = context_places._town_pair_hints(text)
    assert hints == [m.span() for m in context_places._TOWN_PAIR_HINT.finditer(text)]
    assert len(hints) == 2


# --- title case lines ----------------------------------------------------------------------------------------------

_LINE_PIECES = st.sampled_from(
    ("China Opens New Railway Line", "the road was built", "By John Smith", ". ", "\n", "\n\n", " ", "Kenya", "x" * 60)
)


@settings(max_examples=300, deadline=None)
@given(text=_joined(_LINE_PIECES, 8), data=st.data())
def test_title_case_lines_answer_as_the_line_test(text: str, data: st.DataObject) -> None:
    if not text:
        return
    positions = sorted(data.draw(st.lists(st.integers(0, len(text) - 1), max_size=10)))
    lines = keep_rules.TitleCaseLines(text)
    assert [lines(p) for p in positions] == [keep_rules._is_title_case_line(text, p) for p in positions]


# --- organisation starts on unchanged text --------------------------------------------------------------------------


def _organisation(text: str, name: str, at: int = 0) -> Fact:
    start = text.index(name, at)
    return Fact(
        doc="t",
        kind="organisation",
        start=start,
        end=start + len(name),
        text=name,
        value=Organisation(name=name),
        extractor="organisation",
    )


def test_organisation_starts_on_unchanged_and_changed_text() -> None:
    for raw in (
        "Turkey Kalyon Group built it with China Railway.",
        "Turkey  Kalyon Group built it\u00a0with China Railway.",
    ):
        text = normalize(raw)
        facts = (_organisation(raw, "Kalyon Group"), _organisation(raw, "China Railway"))
        expected = {text.from_raw(f.start, f.start)[0] for f in facts}
        starts = keep_rules.OrganisationStarts(text, facts)
        assert [p for p in range(len(text.text) + 1) if p in starts] == sorted(expected)


# --- the two-character test before a match --------------------------------------------------------------------------

_BEFORE_PIECES = st.sampled_from(
    ("of", "and", "for", "&", "Ministry", "Bank", "the", "land", "x", " ", "  ", "\n", ", ", "Cabinet Secretary")
)


def _plain_joining_test(text: str, start: int) -> bool:
    """The window test that follows the two-character one: a joining word may end before the match."""
    window = text[max(0, start - keep_rules._CONTEXT) : start].rstrip()
    return window.endswith(keep_rules._JOINING_WORDS)


@settings(max_examples=500, deadline=None)
@given(before=_joined(_BEFORE_PIECES, 8))
def test_two_character_test_only_skips_what_the_window_test_rejects(before: str) -> None:
    text = f"{before}Kenya"
    start = len(before)
    entry = PlaceEntry("Kenya", "Kenya", "country", "KE", 0, "country")
    candidate = Candidate(start, start + 5, "Kenya", (entry,))
    if not _plain_joining_test(text, start):
        assert not keep_rules._inside_longer_name(text, candidate, frozenset())
    else:
        chain = keep_rules._chain_before(text, start)
        assert keep_rules._inside_longer_name(text, candidate, frozenset()) == (
            not keep_rules.INSTITUTION_HEADS.isdisjoint(chain[: _cut(chain)])
        )


def _cut(chain: list[str]) -> int:
    for index, word in enumerate(chain):
        if word in keep_rules.OFFICIAL_TITLES or word in keep_rules._PART_WORDS:
            return index
    return len(chain)


# --- blocked spans before the rules ---------------------------------------------------------------------------------


def test_places_inside_blocked_spans_yield_nothing() -> None:
    """What the extractor gave before the blocked spans were checked first (taken from that version)."""
    raw = (
        "Pakistan Railways and the Bank of Kenya met in Malaba. China Road and Bridge Corporation built the "
        "Mombasa-Nairobi line near Malaba and Busia, with Turkey Kalyon Group."
    )
    names = ("Pakistan Railways", "Bank of Kenya", "China Road and Bridge Corporation", "Kalyon Group")
    blocked = tuple(_organisation(raw, name) for name in names)
    facts = list(extract.find_places(Document(id="t", raw=raw), normalize(raw), blocked))
    assert [(f.text, f.value.country) for f in facts] == [
        ("Malaba", "KE"),
        ("Mombasa", "KE"),
        ("Nairobi", "KE"),
        ("Malaba", "KE"),
        ("Busia", "KE"),
        ("Turkey", "TR"),  # "Turkey Kalyon Group": the organisation starts after it
    ]


# --- the word before a glueing hyphen, searched backwards ------------------------------------------------------------

_FORWARD_WORD_BEFORE_HYPHEN = regex.compile(r"(?<![\p{L}\p{M}'])\p{Lu}\p{Ll}+$")

_HYPHEN_PIECES = st.sampled_from(("Kara", "kara", "KaRa", "Suu", "'", "é", "É", "a", "A", " ", "-", "\n", "x'Ab", "ǅa"))


@settings(max_examples=800, deadline=None)
@given(before=_joined(_HYPHEN_PIECES, 10), offset=st.integers(0, 40))
def test_word_before_hyphen_backwards_is_the_forward_match(before: str, offset: int) -> None:
    text = f"{before}-Suu"
    hyphen = len(before)
    start = max(0, hyphen - offset)
    backward = hyphens._WORD_BEFORE_HYPHEN.search(text, start, hyphen)
    forward = _FORWARD_WORD_BEFORE_HYPHEN.search(text, start, hyphen)
    assert (backward and backward.span()) == (forward and forward.span())
