"""Who an event's subject stands for when the text does not name a party right before the trigger: ministers
titled without a country, deputy prime ministers, relative clauses (``X, who visited``), leaders by surname,
second verbs of one subject (``visited Urumqi and met with``), and ``the two countries`` / ``the two sides``."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import bri_corpus
from bri_corpus.extractors.event.entities import Entity
from bri_corpus.extractors.event.leaders import country_of_leader
from bri_corpus.extractors.event.officials import minister_affiliations, partner_country
from bri_corpus.values import Place


def _events(text: str) -> list[dict[str, Any]]:
    document = bri_corpus.Document.from_text(text, id="t", published=dt.date(2024, 6, 15))
    return [{"span": f.text, **f.to_json()["value"]} for f in bri_corpus.extract(document, only=("event",))]


def _event(events: list[dict[str, Any]], span: str) -> dict[str, Any]:
    (found,) = [e for e in events if e["span"] == span]
    return found


def _country(start: int, name: str, code: str) -> Entity:
    return Entity("place", start, start + len(name), name, False, Place(name=name, type="country", country=code))


# ------------------------------------------------------------------ ministers titled without a country


def test_the_partner_country_is_the_one_other_than_china_named_clearly_most_often() -> None:
    parties = [_country(0, "China", "CN")] * 5 + [_country(10, "Zambia", "ZM")] * 3 + [_country(20, "Angola", "AO")]
    assert partner_country(parties) == "ZM"
    assert partner_country([_country(0, "Zambia", "ZM")] * 3 + [_country(10, "Angola", "AO")] * 3) is None
    assert partner_country([_country(0, "Zambia", "ZM")] * 2) is None  # too few mentions to tell


def test_an_untitled_minister_stands_for_the_partner_country_or_china_by_name() -> None:
    text = "Energy Minister Peter Kapala met Commerce Minister Wang Wentao."
    parties = [_country(100, "Zambia", "ZM")] * 3 + [_country(200, "China", "CN")]
    people = minister_affiliations(text, parties)
    assert people["Kapala"] == "Zambia"
    assert people["Wang Wentao"] == "China"
    assert minister_affiliations(text, [_country(100, "Zambia", "ZM")]) == {}  # no clear partner: no guess


def test_a_deputy_prime_minister_is_a_minister_of_the_country_before_the_title() -> None:
    text = "Kenyan Deputy Prime Minister Alfred Mutua spoke, and Prime Minister Anwar Ibrahim too."
    people = minister_affiliations(text, [_country(0, "Kenya", "KE")._replace(end=6, demonym=True)])
    assert people["Mutua"] == "Kenya"
    assert "Ibrahim" not in people  # a head of government: the leaders table reads it


def test_a_relative_clause_takes_the_minister_before_it_as_subject() -> None:
    text = (
        "Zambia will expand its grid. Zambia signed a loan last year. Zambia and China agreed on more. "
        "Energy Minister Peter Kapala, who visited Lusaka on May 3, said the line would be built."
    )
    assert _event(_events(text), "visited")["participants"] == ["Zambia"]


# ------------------------------------------------------------------ leaders


def test_leader_names_match_with_and_without_diacritics() -> None:
    assert country_of_leader("João Lourenço") == "AO"
    assert country_of_leader("Joao Lourenco") == "AO"
    assert country_of_leader("Japarov") == "KG"  # two leaders share it, both of one country


def test_a_leader_named_once_in_full_is_the_subject_by_surname_later() -> None:
    text = "Indonesia's President Joko Widodo spoke in Jakarta. Widodo visited China in October for the forum."
    assert set(_event(_events(text), "visited")["participants"]) == {"Indonesia", "China"}


def test_a_titled_leader_with_a_possessive_stands_for_the_country() -> None:
    text = "China and Nepal are partners. Nepal joined in 2017 during President Xi Jinping's visit to Kathmandu."
    assert "China" in _event(_events(text), "visit")["participants"]


# ------------------------------------------------------------------ one subject, two verbs


def test_a_second_verb_keeps_the_subject_and_its_own_object() -> None:
    text = (
        "Georgia's Economy Minister Levan Davitashvili spoke. On May 2, Davitashvili visited Xi'an and "
        "met with the leadership of China Railway Construction Corporation."
    )
    events = _events(text)
    assert _event(events, "visited")["participants"] == ["Georgia"]
    assert _event(events, "met")["participants"] == ["Georgia", "China Railway Construction Corporation"]


def test_a_city_before_and_and_a_verb_is_no_subject() -> None:
    text = "On May 2, the delegation visited Almaty and met with officials of Kazakhstan Temir Zholy."
    assert "Almaty" not in _event(_events(text), "met").get("participants", [])


def test_two_passive_verbs_share_their_agent() -> None:
    text = "The 90-km expressway was invested in and built by China Communications Construction Company."
    events = _events(text)
    assert [e.get("participants") for e in events] == [["China Communications Construction Company"]] * 2


@pytest.mark.parametrize("owner", ["state-owned China Merchants Group", "Shanghai-listed China Merchants Group"])
def test_an_owner_in_an_apposition_is_no_signer(owner: str) -> None:
    text = (
        f"China Merchants Port Holdings, a unit of {owner}, signed the sale and purchase agreement with "
        "Tolaram Group in Singapore on Monday."
    )
    assert _event(_events(text), "signed")["participants"] == ["China Merchants Port Holdings", "Tolaram Group"]


# ------------------------------------------------------------------ the two countries, the two sides


@pytest.mark.parametrize("subject", ["the two countries", "both countries", "the two governments"])
def test_the_two_countries_are_china_and_the_partner(subject: str) -> None:
    text = (
        "Zambia and China marked the anniversary. Zambia's grid needs money. Zambia will borrow. "
        f"In Lusaka on May 4, President Hakainde Hichilema hosted a delegation, and {subject} signed six agreements."
    )
    assert set(_event(_events(text), "signed")["participants"]) == {"Zambia", "China"}


def test_the_two_sides_are_the_meeting_s_parties_and_take_its_date() -> None:
    text = (
        "Chinese Commerce Minister Wang Wentao met Egyptian Trade Minister Ahmed Samir in Cairo on May 6. "
        "Trade rose 12% in 2023. The two sides signed a memorandum on the Suez zone."
    )
    signed = _event(_events(text), "signed")
    assert set(signed["participants"]) == {"China", "Egypt"}
    assert signed["date"] == "2024-05-06"
    assert signed["location"] == "Cairo"


def test_the_two_sides_discussing_after_a_meeting_is_that_meeting() -> None:
    text = (
        "Chinese Commerce Minister Wang Wentao met Egyptian Trade Minister Ahmed Samir in Cairo on May 6. "
        "The two sides also discussed the Suez zone."
    )
    assert [e["span"] for e in _events(text)] == ["met"]


# ------------------------------------------------------------------ relative clauses with a built thing


@pytest.mark.parametrize(
    ("text", "date", "builder"),
    [
        (
            "The Lekki port channel, which China Harbour Engineering Company completed in March 2023, cost $1.5bn.",
            "2023-03",
            "China Harbour Engineering Company",
        ),
        (
            "The Adama park, which China Communications Construction Company (CCCC) built in 2016, is leased.",
            "2016",
            "China Communications Construction Company",
        ),
    ],
)
def test_a_built_thing_before_a_relative_clause_makes_its_verb_a_construction(
    text: str, date: str, builder: str
) -> None:
    (event,) = _events(text)
    assert (event["type"], event["date"], event["participants"]) == ("construction", date, [builder])


def test_a_relative_clause_about_no_built_thing_is_no_construction() -> None:
    assert _events("The study, which China Harbour Engineering Company completed in March 2023, was published.") == []
