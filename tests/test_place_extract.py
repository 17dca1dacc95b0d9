"""The place extractor on whole documents: flat annotation, provenance, context rules."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bri_corpus import Document, Fact, normalize
from bri_corpus.extractors.place.extract import find_places


def _places(raw: str, facts: tuple[Fact, ...] = ()) -> list[tuple[str, dict]]:
    document = Document.from_text(raw, id="t")
    return [(f.text, f.to_json()["value"]) for f in find_places(document, normalize(raw), facts)]


def test_places_inside_organisation_facts_are_dropped():
    """A place overlapping an organisation fact found earlier is not a mention (flat annotation)."""
    raw = "Kazakhstan Temir Zholy bought trucks from China."
    document = Document.from_text(raw, id="t")
    org = Fact(doc="t", kind="organisation", start=0, end=22, text=raw[:22], value={"name": raw[:22]}, extractor="x")
    found = [f.text for f in find_places(document, normalize(raw), (org,))]
    assert found == ["China"]


def test_raw_offsets_survive_normalisation():
    """Facts point at the raw characters even with curly quotes and odd spaces around them."""
    raw = "Kazakhstan\u2019s\u00a0partners met in Xi \u2019an."
    document = Document.from_text(raw, id="t")
    facts = list(find_places(document, normalize(raw)))
    assert [raw[f.start : f.end] for f in facts] == [f.text for f in facts]
    assert [f.to_json()["value"]["name"] for f in facts] == ["Kazakhstan", "Xi'an"]


def test_person_names_and_words_do_not_fire():
    """Chinese and Western person names and capitalised English words give nothing."""
    assert _places("Zhang Hua Wei and Li Qiang met Michael Jordan. Reading it, Nice said.") == []


def test_headline_title_case():
    """A Title Case headline still yields its places."""
    assert [t for t, _ in _places("JAC Motors Delivers 300 Ambulances To Kazakhstan From Hefei")] == [
        "Kazakhstan",
        "Hefei",
    ]


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from(list("KazakhstnChiInJ 'Xi\u2019-\u00a0\n.,")), max_size=200))
def test_never_raises_and_spans_match(raw):
    """On any text the extractor returns facts whose raw span is their text."""
    document = Document.from_text(raw, id="t")
    for fact in find_places(document, normalize(raw)):
        assert raw[fact.start : fact.end] == fact.text
