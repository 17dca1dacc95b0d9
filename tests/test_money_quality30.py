"""Currency forms added in the quality round on extra30/extra31: Caribbean dollar symbols, Zimbabwe Gold, and the
local symbols of Bhutan, the Maldives, Afghanistan, Sierra Leone, Madagascar, Rwanda and the CFA franc zones."""

from __future__ import annotations

import datetime as dt

import pytest

from bri_corpus import Document
from bri_corpus.extractors.money_quantity.lexicon import lexicon
from bri_corpus.extractors.money_quantity.money import find_money
from bri_corpus.normalize import normalize


def _money(text: str) -> list[tuple[str, str, str]]:
    document = Document.from_text(text, id="t", published=dt.date(2025, 1, 1))
    facts = find_money(document=document, text=normalize(document.raw))
    return [(fact.text, fact.value.to_json()["amount"], fact.value.to_json()["currency"]) for fact in facts]


@pytest.mark.parametrize(
    ("form", "code"),
    [("J$", "JMD"), ("TT$", "TTD"), ("EC$", "XCD"), ("Bds$", "BBD"), ("BZ$", "BZD"), ("G$", "GYD"), ("ZiG", "ZWG")],
)
def test_symbols_name_one_currency_anywhere(form: str, code: str) -> None:
    assert lexicon().currency_symbols[form].codes == (code,)
    assert _money(f"The council approved {form}3.5 billion for roads.") == [(f"{form}3.5 billion", "3500000000", code)]


def test_zig_after_the_number() -> None:
    assert _money("Royalties reached 310 million ZiG.") == [("310 million ZiG", "310000000", "ZWG")]


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("The Bhutanese hydropower authority in Thimphu paid Nu 450 million.", "Nu 450 million", "BTN"),
        ("A Maldivian resort near Malé cost Rf 90 million.", "Rf 90 million", "MVR"),
        ("The Afghan ministry in Kabul spent Af 2 billion.", "Af 2 billion", "AFN"),
        ("The Freetown port in Sierra Leone earned Le 75 million.", "Le 75 million", "SLE"),
        ("A Malagasy road near Toamasina cost Ar 40 billion.", "Ar 40 billion", "MGA"),
    ],
)
def test_local_symbols_in_a_story_about_their_country(text: str, span: str, code: str) -> None:
    assert [(found, currency) for found, _, currency in _money(text)] == [(span, code)]


@pytest.mark.parametrize(
    "text",
    ["Nu 450 million was raised in Paris.", "Le 75 million fans watched in Lyon.", "Ar 40 billion in Oslo."],
)
def test_local_symbols_need_their_country(text: str) -> None:
    assert _money(text) == []


def test_cfa_before_the_number_takes_the_zone_of_the_story() -> None:
    assert _money("Abidjan, Ivory Coast: a CFA 120 billion loan.") == [("CFA 120 billion", "120000000000", "XOF")]
    assert _money("Douala, Cameroon: a FCFA 60 billion grant.") == [("FCFA 60 billion", "60000000000", "XAF")]


def test_rwandan_franc_forms() -> None:
    assert _money("Kigali approved Rwf 12 billion and Frw 3 billion.") == [
        ("Rwf 12 billion", "12000000000", "RWF"),
        ("Frw 3 billion", "3000000000", "RWF"),
    ]
