"""Unit tests of the event rules added after the third blind set (tests/data/extra3): leaders named without
their country, appositive and passive building, "agreed", pledges, financial close, tallies and period totals."""

from __future__ import annotations

import datetime as dt

import pytest

import bri_corpus
from bri_corpus.extractors.event.leaders import _leaders, country_of_leader


def _events(text: str) -> list[dict[str, object]]:
    document = bri_corpus.Document.from_text(text, id="t", published=dt.date(2024, 6, 15))
    return [{"span": f.text, **f.to_json()["value"]} for f in bri_corpus.extract(document, only=("event",))]


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Muhammadu Buhari", "NG"),
        ("Buhari", "NG"),  # a surname no other leader shares
        ("Pushpa Kamal Dahal", "NP"),
        ("Hun Manet", "KH"),
        ("Xi Jinping", "CN"),
        ("William Ruto", "KE"),
    ],
)
def test_country_of_leader(name: str, country: str) -> None:
    assert country_of_leader(name) == country


def test_country_of_leader_shared_surname_and_unknown() -> None:
    """A surname leaders of one country share (Sharif, Rajapaksa) names that country; a surname shared across
    countries names nobody alone; an unknown name gives None."""
    assert country_of_leader("Sharif") == "PK"
    assert country_of_leader("Rajapaksa") == "LK"
    assert country_of_leader("Shehbaz Sharif") == "PK"
    assert country_of_leader("John Smith") is None
    table = _leaders()
    for surname, country in table.items():
        if " " not in surname:
            assert {code for name, code in table.items() if name.endswith(" " + surname)} <= {country}


def test_leader_without_country_makes_the_named_country_act() -> None:
    [event] = _events("The line was commissioned by President Uhuru Kenyatta on 31 May 2017. Kenya paid for it.")
    assert event["type"] == "ceremony"
    assert event["participants"] == ["Kenya"]


def test_leader_country_never_named_gives_no_party() -> None:
    """No name from outside the text: the country must be named in the document."""
    events = _events("The line was commissioned by President Uhuru Kenyatta on 31 May 2017.")
    assert [e["type"] for e in events] == ["ceremony"]
    assert "participants" not in events[0]


def test_appositive_agent_is_not_a_party_of_the_main_clause_passive() -> None:
    events = _events(
        "The 27-km Nairobi Expressway, also built by CRBC, was commissioned by President William Ruto on "
        "31 July 2022. Kenya paid nothing."
    )
    by_span = {e["span"]: e for e in events}
    assert by_span["built"]["participants"] == ["CRBC"]
    assert by_span["commissioned"]["participants"] == ["Kenya"]


@pytest.mark.parametrize(
    "text",
    [
        "The 665-km line, built by China Railway Group, will link the capital with the border.",
        "The dam, built by Sinohydro, was 60 percent complete at the end of March.",
        "The two sides are scheduled to sign a loan agreement next week.",
        "President Tokayev is due to make a state visit to China on Monday.",
        "China and Serbia agreed to deepen cooperation in infrastructure.",
        "No final deal has been agreed for the plant.",
        "Kazakhstan supplied 8.2 billion cubic metres of gas to China in January-June.",
        "The programme had brought 30 billion dollars of investment since 2014.",
        "China pledged support for Serbia's bid.",
    ],
)
def test_not_events(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "span", "event_type"),
    [
        ("Sinopec and Saudi Aramco agreed in May 2021 to expand the Yanbu refinery.", "agreed", "signing"),
        ("A sale of the 20% stake to China Merchants Port Holdings was agreed in March 2021.", "agreed", "signing"),
        (
            "In March 2024, Zijin Mining pledged USD 500 million to expand its Bor copper smelter.",
            "pledged",
            "investment",
        ),
        (
            "The Company's investment in the 300 MW wind farm in Kazakhstan (US$380 million) reached financial close "
            "in May 2021.",
            "investment",
            "investment",
        ),
        (
            "The Chinese Embassy in Dhaka handed over 30 ambulances to the Ministry of Health.",
            "handed over",
            "donation",
        ),
    ],
)
def test_events(text: str, span: str, event_type: str) -> None:
    events = _events(text)
    assert [(e["span"], e["type"]) for e in events] == [(span, event_type)]
