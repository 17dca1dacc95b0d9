"""Unit tests of the event arguments that wire copy gets wrong: reporting regions, company anaphora, route ends,
trip destinations, sites of built things, possessive noun triggers."""

from __future__ import annotations

import datetime as dt

import pytest

import bri_corpus
from bri_corpus.extractors.event.entities import _same_name
from bri_corpus.extractors.event.lexicon import lexicon
from bri_corpus.extractors.event.reporting import has_reporting_cue, reporting_regions


def _events(text: str, published: dt.date | None = dt.date(2023, 6, 15)) -> list[dict[str, object]]:
    document = bri_corpus.Document.from_text(text, id="t", published=published)
    return [{"span": f.text, **f.to_json()["value"]} for f in bri_corpus.extract(document, only=("event",))]


def _regions(text: str) -> list[str]:
    return [text[start:end] for start, end in reporting_regions(text, 0, len(text))]


# ------------------------------------------------------------------ reporting regions


@pytest.mark.parametrize(
    ("sentence", "dateline"),
    [
        ("NAIROBI, March 26 (Xinhua) -- CRBC handed over the road.", "NAIROBI, March 26 (Xinhua) -- "),
        ("ALMATY (Reuters) - KTZ signed a deal.", "ALMATY (Reuters) - "),
        ("BISHKEK, May 4 (AKIpress) - CRBC handed over 50 buses.", "BISHKEK, May 4 (AKIpress) - "),
        ("KAZINFORM - KTZ signed a deal.", "KAZINFORM - "),
        ("ISLAMABAD, Oct 18 (APP): Pakistan and China signed a deal.", "ISLAMABAD, Oct 18 (APP): "),
        ("BAKU, Azerbaijan, May 30 (Trend) - SOCAR signed a deal.", "BAKU, Azerbaijan, May 30 (Trend) - "),
        ("ISLAMABAD -- Pakistan and China signed a deal.", "ISLAMABAD -- "),
        ("Nairobi, March 26 -- CRRC signed a contract.", "Nairobi, March 26 -- "),
    ],
)
def test_datelines(sentence: str, dateline: str) -> None:
    assert [dateline] == _regions(sentence)


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("CRRC delivered 30 locomotives, Kazakh officials said.", ", Kazakh officials said"),
        ("Kazakh officials said CRRC delivered 30 locomotives.", "Kazakh officials said "),
        ("The ministry said on Tuesday that PowerChina had completed the dam.", "The ministry said on Tuesday that "),
        ("According to Reuters, Sinopec signed a deal.", "According to Reuters, "),
        (
            "Huawei signed a deal, according to a statement from the government.",
            ", according to a statement from the government",
        ),
        ("Xinhua reported that CRBC handed over the road.", "Xinhua reported that "),
        (
            "Sinotruk delivered 200 trucks, said Wang Feng, general manager of the company.",
            ", said Wang Feng, general manager of the company",
        ),
        ("Li told Xinhua that CRBC delivered 50 buses.", "Li told Xinhua that "),
        ("SOCAR signed a contract with CNPC, Trend reports.", ", Trend reports"),
        ("Samruk-Kazyna signed a deal with Sinopec, the fund told Reuters.", ", the fund told Reuters"),
    ],
)
def test_reporting_clauses(sentence: str, region: str) -> None:
    assert [region] == _regions(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "CRBC announced the signing of a deal with KTZ.",  # "announced" + the event itself
        "JSC NC KazMunayGas reported higher crude output in the first quarter.",  # "reported" + the event
        "Diplomats from SCO member states toured the plant.",  # "states" is a noun
        "On 5 May, CRRC signed a contract with KTZ in Astana.",
        "China Road and Bridge Corporation (CRBC) signed a contract.",  # a bracket is not an agency
    ],
)
def test_sentences_without_reporting_regions(sentence: str) -> None:
    assert [] == _regions(sentence)


def test_the_cue_test() -> None:
    assert has_reporting_cue("X signed, officials said.", 0, 25)
    assert has_reporting_cue("ALMATY (Reuters) - X", 0, 20)
    assert not has_reporting_cue("China Road and Bridge Corporation (CRBC) signed.", 0, 48)


# ------------------------------------------------------------------ whole extractor


def test_dateline_agency_and_reporting_speakers_are_not_participants() -> None:
    text = (
        "NAIROBI, March 26 (Xinhua) -- China Road and Bridge Corporation (CRBC) on Tuesday handed over the road "
        "to the Kenya National Highways Authority (KeNHA), Kenyan officials said."
    )
    (event,) = _events(text, dt.date(2024, 3, 27))
    assert ["China Road and Bridge Corporation", "Kenya National Highways Authority"] == event["participants"]
    assert "2024-03-26" == event["date"]


def test_a_place_in_a_reporting_clause_is_not_the_location() -> None:
    (event,) = _events("CNPC signed a contract with Turkmengaz on 1 June 2023, the ministry said in Ashgabat.")
    assert "location" not in event


def test_a_company_anaphor_resolves_to_the_previous_subject() -> None:
    text = (
        "CRRC signed a contract with Kazakhstan Temir Zholy on 3 May 2023. "
        "The company also delivered 20 locomotives to Uzbekistan on 10 May 2023."
    )
    signing, delivery = _events(text)
    assert ["CRRC", "Uzbekistan"] == delivery["participants"]


def test_a_named_kind_of_body_resolves_to_the_organisation_with_that_word() -> None:
    text = (
        "Sinohydro signed a loan agreement with China Development Bank in 2020. "
        "The bank provided financing of USD 1 billion to Angola in 2021."
    )
    events = _events(text)
    assert ["China Development Bank", "Angola"] == events[-1]["participants"]


def test_it_after_a_reporting_verb_is_the_speaker() -> None:
    (event,) = _events("Sinotruk reported that it produced 200,000 trucks in 2022.")
    assert ["Sinotruk"] == event["participants"]


@pytest.mark.parametrize(
    "text",
    [
        "CRRC signed a contract with Kazakhstan Temir Zholy on the extension of the railway to Khorgos.",
        "China and Kyrgyzstan signed an agreement on the railway from Kashgar to Osh.",
        "PowerChina completed the road linking Bishkek to Osh in 2021.",
    ],
)
def test_the_ends_of_a_route_are_not_participants(text: str) -> None:
    (event,) = _events(text)
    assert not {"Khorgos", "Kashgar", "Osh", "Bishkek"} & set(event.get("participants", []))  # type: ignore[arg-type]
    assert "location" not in event


def test_a_recipient_after_to_is_a_participant() -> None:
    (event,) = _events("China donated 50 ambulances to Kyrgyzstan in May 2020.")
    assert ["China", "Kyrgyzstan"] == event["participants"]


def test_a_city_visited_is_the_location_a_country_visited_a_participant() -> None:
    (city,) = _events("Premier Li Qiang's three-day visit to Astana began on 3 July 2024.")
    assert ("Astana", None) == (city.get("location"), city.get("participants"))
    (country,) = _events("Chinese Premier Li Qiang paid an official visit to Germany on 19 June 2023.")
    assert ["China", "Germany"] == country["participants"]
    assert "location" not in country


def test_the_location_comes_from_the_trip_in_the_same_sentence_not_the_next() -> None:
    text = (
        "Pakistan and China signed 20 agreements on Wednesday during Prime Minister Anwaar-ul-Haq Kakar's visit to "
        "Beijing for the third Belt and Road Forum for International Cooperation. "
        "The deals, inked in the presence of Chinese Premier Li Qiang, cover a power plant at Gwadar."
    )
    signing, visit = _events(text, dt.date(2023, 10, 18))
    assert ("signing", "Beijing", ["Pakistan", "China"]) == (
        signing["type"],
        signing["location"],
        signing["participants"],
    )
    assert ("visit", "visit", "Beijing") == (visit["type"], visit["span"], visit["location"])


def test_the_site_of_a_plant_locates_a_construction_not_a_signing() -> None:
    (signing,) = _events("PowerChina signed a contract for a power plant at Gwadar on 3 May 2023.")
    assert "location" not in signing
    (construction,) = _events("CCCC built a port terminal at Gwadar in 2019.")
    assert "Gwadar" == construction["location"]


def test_a_visit_noun_needs_a_named_agent() -> None:
    assert [] == _events("His visit to the plant lasted two hours.")
    assert [] == _events("During the visit, the guests saw the assembly line.")
    (event,) = _events("The visit by Uzbek President Mirziyoyev to Beijing took place on 24 January 2024.")
    assert ("Beijing", ["Uzbekistan"]) == (event["location"], event["participants"])


def test_attendees_of_the_ceremony_join_the_event_just_told() -> None:
    text = (
        "CRRC handed over 20 locomotives to Kazakhstan Temir Zholy on 3 May 2023. "
        "Kazakh President Kassym-Jomart Tokayev attended the ceremony in Astana."
    )
    (event,) = _events(text)
    assert ["CRRC", "Kazakhstan Temir Zholy", "Kazakhstan"] == event["participants"]
    assert "Astana" == event["location"]


# ------------------------------------------------------------------ data


def test_a_demonym_that_extends_the_name_is_a_demonym() -> None:
    assert not _same_name("Kenyan", "Kenya")
    assert not _same_name("Pakistani", "Pakistan")
    assert not _same_name("Kazakh", "Kazakhstan")
    assert _same_name("Xi 'an", "Xi'an")
    assert _same_name("Kazakhstan", "Kazakhstan")


def test_anaphor_pattern() -> None:
    anaphor = lexicon().anaphor
    heads = {
        text: (m.group("head") if (m := anaphor.search(text)) else None)
        for text in (
            "The company also signed",
            "the Chinese state-owned firm delivered",
            "It signed",
            "the bank provided",
            "the agreement with KTZ",
        )
    }
    assert {
        "The company also signed": "company",
        "the Chinese state-owned firm delivered": "firm",
        "It signed": "It",
        "the bank provided": "bank",
        "the agreement with KTZ": None,
    } == heads


def test_route_and_trip_words() -> None:
    lex = lexicon()
    assert lex.route_before.search("the Standard Gauge Railway ")
    assert lex.route_before.search("trains from the \x00\x00\x00 ") is None  # trains are goods as well
    assert lex.route_before.search("the railway from \x00\x00\x00 ")
    assert lex.travel_before.search("Kakar's visit to ", 0, len("Kakar's visit to "))
    assert lex.site_before.search("a power plant at ")
    assert lex.site_before.search("was held at the plant in ") is None
