"""Unit tests of the event plugin: lexicon integrity, clause splitting, merging and whole-pipeline behaviour."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import bri_corpus
from bri_corpus.extractors.event.clauses import clause_spans
from bri_corpus.extractors.event.lexicon import lexicon
from bri_corpus.values import EVENT_TYPES


def _events(text: str, published: dt.date | None = dt.date(2023, 6, 15)) -> list[dict[str, object]]:
    document = bri_corpus.Document.from_text(text, id="t", published=published)
    return [{"span": f.text, **f.to_json()["value"]} for f in bri_corpus.extract(document, only=("event",))]


def test_lexicon_covers_every_event_type():
    """Each of the spec's ten types has at least one trigger line."""
    assert set(EVENT_TYPES) == {entry.type for entry in lexicon().entries}


def test_every_trigger_pattern_compiles_and_matches_its_note_example():
    """The trigger alternation is one compiled pattern; its groups map back to lexicon lines."""
    match = lexicon().triggers.search("They held the launching ceremony.")
    assert match is not None
    assert "ceremony" == lexicon().entry_of(match).type


def test_clause_split_before_and_plus_past_tense():
    """'founded in 1956 and produced ...' splits, so the date stays with the founding."""
    text = "It was founded in 1956 and produced the first truck."
    clauses = [text[s:e] for s, e in clause_spans(text, 0, len(text))]
    assert ["It was founded in 1956", "and produced the first truck."] == clauses


def test_headline_and_body_mentions_are_one_event():
    """The signing in the headline and its retelling in the body give one event, anchored on the headline."""
    text = (
        "CRRC signed a contract with Kazakhstan Temir Zholy\n\n"
        "On 5 May 2022, CRRC signed a contract with Kazakhstan Temir Zholy in Astana. "
        "The signing ceremony was attended by officials."
    )
    events = _events(text)
    assert 1 == len(events)
    expected = {"span": "signed", "type": "signing", "date": "2022-05-05", "location": "Astana"}
    assert expected.items() <= events[0].items()


def test_future_and_figurative_uses_are_not_events():
    """Intentions and figurative verbs give nothing."""
    assert [] == _events("The company will sign a contract next month. The minister delivered a speech.")


def test_today_takes_the_publication_date():
    """A date comes from the publication date only when the text says today."""
    events = _events("Today, Sinotruk delivered 100 trucks to Ethiopia.")
    assert "2023-06-15" == events[0]["date"]


def test_company_home_is_not_a_participant():
    """'K Group from Turkey': Turkey is the company's home, not a party."""
    events = _events("On 12 February 2020, Kalyon Group from Turkey donated 10,000 masks to CETC.")
    assert ["Kalyon Group", "CETC"] == events[0]["participants"]


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc signed delivered visited Group Co. in 2020 ,.\n")), max_size=200))
def test_event_extractor_never_raises(text):
    """Any text runs through the whole pipeline without the event extractor failing."""
    document = bri_corpus.Document.from_text(text, id="t")
    result = bri_corpus.Pipeline(bri_corpus.PipelineSettings(only=("event",))).run(document)
    assert [] == [p.message for p in result.problems if p.extractor in ("event", "summit")]
    for fact in result.facts:
        assert document.raw[fact.start : fact.end] == fact.text
