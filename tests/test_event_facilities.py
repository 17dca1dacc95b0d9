"""The owner and site of a facility told of as ``the plant`` / ``the mine`` (event/facilities.py)."""

from __future__ import annotations

import datetime as dt

import bri_corpus


def _events(text: str) -> list[dict[str, object]]:
    doc = bri_corpus.Document.from_text(text, id="t", published=dt.date(2025, 6, 10))
    pipeline = bri_corpus.Pipeline(bri_corpus.PipelineSettings(load_entrypoints=False))
    return [dict(f.to_json()["value"], span=f.text) for f in pipeline.run(doc).facts if f.kind == "event"]


def test_the_mine_produced_is_its_operators_output_at_its_site() -> None:
    events = _events(
        "Tenke Mining, the operator of the Fungurume mine near Likasi, said output rose. "
        "The mine produced 80,000 tonnes of cobalt in 2024."
    )
    assert [(e["participants"], e.get("location")) for e in events] == [(["Tenke Mining"], "Likasi")]


def test_the_owner_named_by_belongs_to_beats_the_latest_contractor() -> None:
    events = _events(
        "A cement plant in Kashkadarya region's Dehkanabad district was finished this year. The plant belongs to "
        "Dehkanabad Cement. CAMCE built the kiln line. The plant produced 500,000 tonnes of clinker in 2024."
    )
    production = [e for e in events if e["type"] == "production"]
    assert [(e["participants"], e.get("location")) for e in production] == [(["Dehkanabad Cement"], "Dehkanabad")]


def test_a_mine_with_no_owner_named_lends_no_party() -> None:
    events = _events("Officials visited the mine in March.")
    assert [e.get("participants", []) for e in events] == [[]]


def test_a_construction_takes_its_money_before_the_size_built() -> None:
    events = _events("In 2022 Sinohydro built the 240 MW Tina River plant for USD 180 million.")
    assert [e.get("amount") for e in events] == [{"amount": "180000000", "currency": "USD"}]


def test_a_construction_without_money_takes_the_length_built() -> None:
    events = _events("CREC has so far completed 95 km of the 140-kilometre line, the ministry said.")
    assert [e.get("amount") for e in events] == [{"amount": "95", "unit": "km"}]
