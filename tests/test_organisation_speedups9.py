"""The ninth session's organisation shortcuts give what the work they replace gives.

* Romance head names are matched only where a stdlib ``re`` scan finds a head word (``_romance_head_matches``),
  not by the full pattern's scan of every position;
* topic lists are found from the rare line ends ``:\\n`` instead of one ``str.find`` pass per label key;
* a syllabic short form's segments and a name's content words are worked out once each (cached), not once per
  pair compared (``syllabic_acronym_of``);
* the handle-or-ticker pattern is tried only where ``@`` or ``.`` stands right before a word, and the remit-body
  pattern only in texts that hold ``ittee on`` or ``ssion on``.

The code each shortcut replaced lives here as the reference.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from bri_corpus.extractors.organisation import context_names, exclusions, resolve
from bri_corpus.extractors.organisation import lexicon as lx
from bri_corpus.extractors.organisation.candidates import _HANDLE_OR_TICKER

_PIECES = (
    "Banco", "Banco de", "Grupo", "Office", "Office of the", "Ministerio", "Compañía", "Société", "d'", "de la ",
    "Minera", "Caja", "Caixa", "Chile", "Nación", "Energie", "Peru", "Monday", "Ltd", "X", "ABC", "x", "-", "'",
    "/", "(", ")", "&", "\n", " ", " ", " ", ".", ",", "Committee on", "Commission on", "Finance", "the",
    "Keywords:", "Tags:", "TOPICS:", "Topic:", "Search Keywords:", ":", "@", "5", "Compania", "Petróleos",
)  # fmt: skip
texts = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _reference_romance(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in context_names.ROMANCE_HEAD_NAMES.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_romance_head_matches_are_the_full_scan(text: str) -> None:
    assert [m.span() for m in context_names._romance_head_matches(text)] == _reference_romance(text)


def test_romance_head_matches_on_examples() -> None:
    text = "Grupo Banco de Chile signed with Office National des Forêts and xBanco Azteca, (Caja Madrid) today."
    assert [m.span() for m in context_names._romance_head_matches(text)] == _reference_romance(text)
    assert len(_reference_romance(text)) == 3


def _reference_topic_lists(text: str) -> Iterator[tuple[int, int]]:
    for key in exclusions._LIST_LABEL_KEYS:
        position = text.find(key + "\n")
        while position >= 0:
            line_start = text.rfind("\n", 0, position) + 1
            match = exclusions._LIST_LABEL_LINE.match(text, line_start)
            if match is not None:
                yield match.span("list")
            position = text.find(key + "\n", position + 1)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_topic_lists_are_the_key_scan(text: str) -> None:
    assert sorted(exclusions.topic_lists(text)) == sorted(_reference_topic_lists(text))


def test_topic_lists_on_an_example() -> None:
    text = "Story.\nSearch Keywords:\nChina, CPEC, Gwadar\nTags:\nBRI\nnot a label:\nx"
    assert sorted(exclusions.topic_lists(text)) == sorted(_reference_topic_lists(text))
    assert len(list(exclusions.topic_lists(text))) == 2


def _reference_syllabic(acronym: str, words: Sequence[str]) -> bool:
    content = [w[2:] if w.startswith(resolve._ELISION) else w for w in words if w not in lx.CONNECTORS]
    if len(content) < 2 or len(content) > 6:
        return False
    segments: list[str] = []
    for part in acronym.split("-"):
        current = ""
        for char in part:
            if char.isupper() and current and not current[-1].isupper() or char.isupper() and current.isupper():
                segments.append(current)
                current = char
            else:
                current += char
        if current:
            segments.append(current)
    if len(segments) != len(content):
        return False
    return all(word.lower().startswith(segment.lower()) for segment, word in zip(segments, content, strict=True))


acronyms = st.text(alphabet="BeTlAIC-Enrgisİß", min_size=1, max_size=10)
name_words = st.lists(
    st.sampled_from(("Belarusian", "Telegraph", "Agency", "of", "Cote", "d'Ivoire", "Energies", "İstanbul", "Straße")),
    max_size=7,
).map(tuple)


@settings(max_examples=500, deadline=None)
@given(acronyms, name_words)
def test_syllabic_acronym_of_is_the_plain_comparison(acronym: str, words: tuple[str, ...]) -> None:
    assert resolve.syllabic_acronym_of(acronym, words) == _reference_syllabic(acronym, words)


def test_syllabic_acronym_of_on_examples() -> None:
    assert resolve.syllabic_acronym_of("BelTA", ("Belarusian", "Telegraph", "Agency"))
    assert resolve.syllabic_acronym_of("CI-Energies", ("Cote", "d'Ivoire", "Energies"))
    assert not resolve.syllabic_acronym_of("BelTA", ("Belarus", "Trade", "Association", "Group"))


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(min_value=1, max_value=40))
def test_handle_or_ticker_needs_at_sign_or_full_stop(text: str, start: int) -> None:
    """Where the pattern matches, the cheap test before it (in ``scan_text``) lets it be tried."""
    if start > len(text):
        return
    if _HANDLE_OR_TICKER.match(text, max(0, start - 2), start):
        assert text[start - 1] in "@." or text.startswith("@", start - 2)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_remit_bodies_need_their_key(text: str) -> None:
    if context_names._REMIT_BODY.search(text) is not None:
        assert "ittee on " in text or "ssion on " in text
