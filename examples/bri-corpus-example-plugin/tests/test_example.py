"""Tests of the example plugin: its corpus through bri_corpus.testing, and how it uses place facts.

Run them after installing the plugin (``pip install -e .``) with ``pytest``.
"""

from __future__ import annotations

from importlib import resources

import bri_corpus_example
import pytest
from bri_corpus_example.gazetteer import load_gazetteer, parse_gazetteer
from bri_corpus_example.ports import Port

from bri_corpus import (
    Document,
    Extractor,
    Fact,
    NormalizedText,
    Pipeline,
    PipelineSettings,
    Place,
    hookimpl,
    make_plugin_manager,
)
from bri_corpus.testing import run_corpus

CORPUS = resources.files("bri_corpus_example").joinpath("corpus.jsonl")


def test_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every case of corpus.jsonl finds exactly its expected ports (through the installed entry point)."""
    # Load this plugin and no other third-party one, whatever else is installed.
    monkeypatch.setenv("BRI_CORPUS_LOAD_PLUGINS", "example")
    failures = run_corpus(str(CORPUS), ["port"])
    assert failures == {}, "\n\n".join(f"{case}:\n  " + "\n  ".join(errors) for case, errors in failures.items())


class FakePlaces:
    """A throwaway plugin that tags a few country names as ``place`` facts, standing in for the built-in one."""

    COUNTRIES = {"Egypt": "EG", "China": "CN", "Chinese": "CN", "Oman": "OM"}

    @staticmethod
    def find(document: Document, text: NormalizedText) -> list[Fact]:
        facts = []
        for word, country in FakePlaces.COUNTRIES.items():
            start = text.text.find(word)
            if start >= 0:
                name = "China" if word == "Chinese" else word
                value = Place(name=name, type="country", country=country)
                end = start + len(word)
                facts.append(Fact.from_normalized(document, text, kind="place", start=start, end=end, value=value))
        return facts

    @hookimpl
    def bri_register_extractors(self, register):
        register(Extractor(name="fake_place", kinds=("place",), extract=self.find))


def ports_in(text: str) -> list[dict[str, str]]:
    """Run only this plugin and the fake place plugin over ``text``; return the port values."""
    manager = make_plugin_manager(load_entrypoints=False, builtins=False)
    manager.register(bri_corpus_example, name="example")
    manager.register(FakePlaces(), name="fake_place")
    pipeline = Pipeline(PipelineSettings(only=("port",)), plugin_manager=manager)
    return [fact.to_json()["value"] for fact in pipeline.run(Document.from_text(text, id="t")).facts]


def test_unknown_port_takes_country_from_place_in_sentence() -> None:
    """A port missing from the gazetteer gets the country of the nearest place fact in its sentence."""
    assert [{"name": "Sokhna Port", "country": "EG"}] == ports_in("Egypt opened Sokhna Port in March.")


def test_demonym_is_not_used_for_the_country() -> None:
    """'Chinese' (a place fact whose text is not its name) says who built the port, not where it is."""
    expected = [{"name": "Duqm Port", "country": "OM"}]
    assert expected == ports_in("A Chinese firm will expand Duqm Port in Oman.")


def test_place_in_another_sentence_is_not_used() -> None:
    """Places in other sentences say nothing about the port."""
    assert [{"name": "Sokhna Port"}] == ports_in("Egypt signed the deal. Work on Sokhna Port starts soon.")


def test_gazetteer_country_wins_over_places() -> None:
    """A known port keeps its own country even when another country is named next to it."""
    assert [{"name": "Port of Piraeus", "country": "GR"}] == ports_in("China runs the Port of Piraeus.")


def test_port_value_json() -> None:
    """The value serialises to the shape the README documents, leaving out an unknown country."""
    assert {"name": "Gwadar Port", "country": "PK"} == Port(name="Gwadar Port", country="PK").to_json()
    assert {"name": "Sokhna Port"} == Port(name="Sokhna Port").to_json()
    with pytest.raises(ValueError):
        Port(name="Gwadar Port", country="Pakistan")


def test_gazetteer_rows_are_well_formed() -> None:
    """Every row has a two-letter country, a known type and at least one name."""
    gazetteer = load_gazetteer()
    entries = set(gazetteer.by_name.values())
    assert len(entries) > 50
    for entry in entries:
        assert len(entry.country) == 2 and entry.country.isupper(), entry
        assert entry.type in {"seaport", "river port", "inland port", "dry port", "city"}, entry
        assert entry.names, entry


def test_gazetteer_rejects_a_name_listed_twice() -> None:
    """A name given to two ports is an error naming the row, not a silent overwrite."""
    lines = ["canonical\tcountry\ttype\tnames", "A Port\tKE\tseaport\tAlpha", "B Port\tTZ\tseaport\tAlpha"]
    with pytest.raises(ValueError, match="row 3"):
        parse_gazetteer(lines)
