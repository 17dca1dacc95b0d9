"""Facts and value types serialise to exactly the JSONL contract."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from bri_corpus import Document, Fact, normalize
from bri_corpus.facts import running_extractor
from bri_corpus.values import (
    DateValue,
    EventValue,
    Money,
    Organisation,
    Place,
    Quantity,
    Summit,
    decimal_string,
)


def test_fact_to_json_is_the_spec_object() -> None:
    fact = Fact(
        doc="d", kind="date", start=5, end=13, text="April 24", value=DateValue(timex="2020-04-24"), extractor="date"
    )
    assert fact.to_json() == {
        "doc": "d",
        "kind": "date",
        "start": 5,
        "end": 13,
        "text": "April 24",
        "value": "2020-04-24",
        "extractor": "date",
    }
    assert json.loads(fact.to_jsonl()) == fact.to_json()


def test_confidence_is_optional_and_bounded() -> None:
    fact = Fact(doc="d", kind="x", start=0, end=1, text="a", value="v", confidence=0.5)
    assert fact.to_json()["confidence"] == 0.5
    with pytest.raises(ValueError, match="confidence"):
        Fact(doc="d", kind="x", start=0, end=1, text="a", value="v", confidence=1.5)


def test_end_before_start_is_rejected() -> None:
    with pytest.raises(ValueError, match="before"):
        Fact(doc="d", kind="x", start=5, end=4, text="", value="v")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Money(amount=Decimal("2.36E+10"), currency="USD"), {"amount": "23600000000", "currency": "USD"}),
        (
            Money(amount=Decimal("2e9"), currency="USD", qualifier="approx", amount_max=Decimal("3e9")),
            {"amount": "2000000000", "amount_max": "3000000000", "qualifier": "approx", "currency": "USD"},
        ),
        (Quantity(amount=Decimal("1.50"), unit="km"), {"amount": "1.5", "unit": "km"}),
        (
            Quantity(amount=Decimal("300"), unit="order", qualifier="gt"),
            {"amount": "300", "qualifier": "gt", "unit": "order"},
        ),
        (Organisation(name="JAC Motors"), {"name": "JAC Motors"}),
        (Organisation(name="JAC Motors", id="jac"), {"name": "JAC Motors", "id": "jac"}),
        (Place(name="Central Asia", type="region"), {"name": "Central Asia", "type": "region"}),
        (Place(name="Hefei", type="city", country="CN"), {"name": "Hefei", "country": "CN", "type": "city"}),
        (
            Summit(name="China-Central Asia Summit", date="2023-05-18/2023-05-19", location="Xi'an"),
            {"name": "China-Central Asia Summit", "date": "2023-05-18/2023-05-19", "location": "Xi'an"},
        ),
        (
            EventValue(type="signing", participants=["AE", "Astana Automobile"]),
            {"type": "signing", "participants": ["AE", "Astana Automobile"]},
        ),
        (
            EventValue(type="order", amount=Quantity(amount=Decimal(300), unit="ambulance")),
            {"type": "order", "amount": {"amount": "300", "unit": "ambulance"}},
        ),
    ],
)
def test_value_shapes(value: object, expected: dict[str, object]) -> None:
    fact = Fact(doc="d", kind="k", start=0, end=0, text="", value=value)
    assert fact.to_json()["value"] == expected


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (lambda: Money(amount=Decimal(1), currency="usd"), "currency"),
        (lambda: Money(amount=Decimal(1), currency="USD", qualifier="more"), "qualifier"),
        (lambda: Money(amount=1, currency="USD"), "Decimal"),
        (lambda: Place(name="X", type="planet"), "type"),
        (lambda: EventValue(type="party"), "type"),
    ],
)
def test_validators_name_the_field(bad, message: str) -> None:
    with pytest.raises((ValueError, TypeError), match=message):
        bad()


@pytest.mark.parametrize(("amount", "text"), [("1E+3", "1000"), ("0.10", "0.1"), ("-0", "0"), ("12.5e-1", "1.25")])
def test_decimal_string(amount: str, text: str) -> None:
    assert decimal_string(Decimal(amount)) == text


def test_from_normalized_gives_raw_offsets_and_text() -> None:
    raw = "Signed in\u00a0Xi \u2019an  today"
    doc = Document.from_text(raw, id="d")
    text = normalize(raw)
    start = text.text.index("Xi 'an")
    fact = Fact.from_normalized(
        doc, text, kind="place", start=start, end=start + 6, value=Place(name="Xi'an", type="city", country="CN")
    )
    assert raw[fact.start : fact.end] == fact.text == "Xi \u2019an"
    assert fact.doc == "d"
    assert fact.extractor == ""


def test_from_normalized_carries_the_running_extractor() -> None:
    """Inside ``running_extractor`` (as the pipeline runs each extractor) facts carry its name, and only there."""
    doc = Document.from_text("Astana", id="d")
    text = normalize(doc.raw)

    def make() -> Fact:
        return Fact.from_normalized(doc, text, kind="place", start=0, end=6, value=None)

    with running_extractor("place"):
        inside = make()
        with running_extractor("port"):
            nested = make()
        back = make()
    assert (inside.extractor, nested.extractor, back.extractor, make().extractor) == ("place", "port", "place", "")


def test_facts_pickle() -> None:
    """Facts travel back from worker processes unchanged."""
    import pickle

    fact = Fact(
        doc="d",
        kind="money",
        start=0,
        end=4,
        text="$1bn",
        value=Money(amount=Decimal("1e9"), currency="USD", qualifier="approx"),
        extractor="money",
    )
    assert pickle.loads(pickle.dumps(fact)) == fact
