"""Unit tests of the event rules added after the fourth blind set (tests/data/extra4): completed acquisitions,
handovers of built works, the start of building work, witnessed signings, portfolio ministers and untitled
leaders, investment adjuncts, statistics and national output, amounts per event type."""

from __future__ import annotations

import datetime as dt

import pytest

import bri_corpus


def _events(text: str) -> list[dict[str, object]]:
    document = bri_corpus.Document.from_text(text, id="t", published=dt.date(2024, 6, 15))
    return [{"span": f.text, **f.to_json()["value"]} for f in bri_corpus.extract(document, only=("event",))]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "PetroVietnam completed the acquisition of a 15% stake in Hai Phong Refinery for $300 million.",
            "acquisition",
        ),
        ("Cosco Shipping Ports finalised the purchase of the Chancay terminal for $225 million.", "purchase"),
    ],
)
def test_completed_deal_nouns_are_investments(text: str, span: str) -> None:
    events = _events(text)
    assert [(e["span"], e["type"]) for e in events] == [(span, "investment")]


def test_acquisition_without_completion_is_no_event() -> None:
    assert _events("The board reviewed the acquisition of a stake in Hai Phong Refinery.") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("PowerChina handed over the new district hospital to the Ministry of Health on 2 May 2024.", "ceremony"),
        ("The container terminal was handed over to the port authority on 2 May 2024.", "ceremony"),
        ("CRRC handed over 30 wagons to Zambia Railways on 2 May 2024.", "delivery"),
    ],
)
def test_handover_type_follows_what_is_handed_over(text: str, kind: str) -> None:
    assert [e["type"] for e in _events(text)] == [kind]


def test_work_began_is_a_construction_and_future_start_is_not() -> None:
    assert [(e["span"], e["type"], e.get("date")) for e in _events("Work began in March 2021 on the dam.")] == [
        ("began", "construction", "2021-03")
    ]
    assert _events("Work will begin in March 2025 on the dam.") == []


def test_witnessed_signing_takes_the_leaders_countries() -> None:
    events = _events(
        "Nepali Prime Minister Pushpa Kamal Dahal and Chinese Premier Li Qiang witnessed the signing of "
        "12 agreements in Beijing on 25 September 2023."
    )
    assert [(e["span"], e["type"]) for e in events] == [("signing", "signing")]
    assert events[0]["participants"] == ["Nepal", "China"]


def test_portfolio_minister_acts_for_the_country() -> None:
    events = _events("Zambian Mines Minister Paul Kabuswe met CNMC executives in Lusaka on 4 April 2024.")
    assert events and "Zambia" in events[0]["participants"]  # type: ignore[operator]


def test_untitled_leader_acts_for_the_country_named_in_the_text() -> None:
    events = _events("President of Kenya William Ruto flew to Beijing. William Ruto later met with the heads of CRBC.")
    assert [e["participants"] for e in events if e["type"] == "meeting"] == [["Kenya", "CRBC"]]


def test_investment_adjunct_is_the_signing_amount() -> None:
    events = _events(
        "Sinohydro and Kenya Power on Friday signed a deal to build a solar park in Garissa, with an "
        "investment of $120 million."
    )
    assert [(e["span"], e["type"], e["amount"]) for e in events] == [
        ("signed", "signing", {"amount": "120000000", "currency": "USD"})
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam produced 2.1 million tons of coffee in 2023.",
        "The value of newly signed contracts in Latin America rose 5% in 2023.",
        "From January to August, Chinese firms made direct investment of 90 billion yuan in Africa.",
        "A total of 210 contracts were signed from January to June.",
        "The park has attracted investment commitments worth $3 billion this year.",
    ],
)
def test_statistics_are_no_events(text: str) -> None:
    assert _events(text) == []


def test_meetings_and_ceremonies_have_no_amount_construction_the_size_built() -> None:
    events = _events("The 620-km line, built by China Railway Group, was inaugurated by President Ruto in 2019.")
    assert [(e["type"], e.get("amount")) for e in events] == [
        ("construction", {"amount": "620", "unit": "km"}),
        ("ceremony", None),
    ]
