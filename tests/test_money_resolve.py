"""Unit tests of the money side: number reading, currency data and the resolution of shared forms."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pycountry
import pytest

from bri_corpus import Document, normalize
from bri_corpus.extractors.money_quantity.lexicon import CurrencyForm, _historic_codes, _iso_codes, lexicon
from bri_corpus.extractors.money_quantity.money import find_money
from bri_corpus.extractors.money_quantity.numbers import parse_digits, parse_spelled, scale_factor
from bri_corpus.extractors.money_quantity.resolve import choose_currency, currency_cue_counts, qualifier_code


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("eight", Decimal(8)),
        ("twenty-five", Decimal(25)),
        ("two hundred and fifty", Decimal(250)),
        ("three million", Decimal(3_000_000)),
        ("two hundred and fifty thousand", Decimal(250_000)),
        ("one billion", Decimal(10**9)),
        ("Ninety Nine", Decimal(99)),
    ],
)
def test_parse_spelled_reads_numbers(words: str, expected: Decimal) -> None:
    """Spelled-out numbers read to their exact value."""
    assert expected == parse_spelled(words)


@pytest.mark.parametrize("words", ["", "and", "eight apples", "bn"])
def test_parse_spelled_rejects_non_numbers(words: str) -> None:
    """Words that are not a number give None, not a guess."""
    assert parse_spelled(words) is None


def test_parse_digits_drops_thousands_separators() -> None:
    """Thousands commas go; the decimal part stays exact."""
    assert Decimal("1234567.89") == parse_digits("1,234,567.89")


@pytest.mark.parametrize(
    ("word", "factor"),
    [("bn", 10**9), ("Billion", 10**9), ("m", 10**6), ("mln", 10**6), ("crore", 10**7), ("tn", 10**12), ("", 1)],
)
def test_scale_factor(word: str, factor: int) -> None:
    """Scale words and abbreviations multiply by their power of ten, in any letter case."""
    assert Decimal(factor) == scale_factor(word)


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("more than", "gt"),
        ("Over", "gt"),
        ("at least", "ge"),
        ("nearly", "lt"),
        ("up to", "le"),
        ("about", "approx"),
        ("exceeded", "gt"),
        ("the", None),
    ],
)
def test_qualifier_code(words: str, code: str | None) -> None:
    """Qualifier words and verbs map to the spec's codes."""
    assert code == qualifier_code(words)


def test_every_currency_code_is_iso_4217() -> None:
    """Every code in the data tables is a current ISO 4217 code known to pycountry, or a withdrawn one listed in
    ``iso_codes_historic.tsv`` (``BGN``, ``HRK``)."""
    codes = {code for form in lexicon().currency_forms for code in form.codes}
    unknown = sorted(
        code for code in codes if pycountry.currencies.get(alpha_3=code) is None and code not in _historic_codes()
    )
    assert unknown == []


def test_historic_codes_are_withdrawn_codes() -> None:
    """The withdrawn-code list holds only codes pycountry's current list lacks (a code still current belongs
    there), and the ones news of the last years still writes are read as codes."""
    historic = _historic_codes()
    assert {"BGN", "HRK", "ZMK"} <= historic
    assert all(pycountry.currencies.get(alpha_3=code) is None for code in historic)
    assert {"BGN", "HRK"} <= _iso_codes()


def test_iso_codes_come_from_pycountry_minus_english_words() -> None:
    """Bare codes are pycountry's list, except those that are English words (TOP, ALL): these are only local
    forms, a currency in a document about their country."""
    symbols = lexicon().currency_symbols
    assert "KZT" in symbols and "UZS" in symbols and "XOF" in symbols
    assert symbols["TOP"].role == "local" and symbols["ALL"].role == "local" and symbols["BAM"].role == "local"


def test_every_cue_code_is_a_candidate_of_some_shared_form() -> None:
    """Cue lists exist only for codes that a shared form can stand for (no dead data)."""
    shared = {
        code for form in lexicon().currency_forms if len(form.codes) > 1 or form.role == "local" for code in form.codes
    }
    assert sorted(set(lexicon().cues) - shared) == []


def test_choose_currency_follows_document_evidence() -> None:
    """A shared form takes the candidate whose country the document names most; the default otherwise."""
    rupee = CurrencyForm(form="Rs", role="symbol", codes=("PKR", "INR", "LKR"))
    assert choose_currency(rupee, None) == "PKR"
    assert choose_currency(rupee, Counter({"INR": 2, "PKR": 1})) == "INR"
    assert choose_currency(rupee, Counter({"INR": 1, "PKR": 1})) == "PKR"


def test_cue_counts_are_whole_words() -> None:
    """Cue words count as whole words only (``Indiana`` is not ``India``)."""
    counts = currency_cue_counts("Indiana and India, then Mumbai.", ("PKR", "INR"))
    assert counts["INR"] == 2


def _money(text: str) -> list[tuple[str, dict[str, str]]]:
    document = Document.from_text(text, id="t")
    return [(f.text, f.value.to_json()) for f in find_money(document, normalize(text))]


def test_two_currencies_in_one_phrase_are_two_facts() -> None:
    """``10 billion yuan ($1.4 billion)`` is two facts."""
    assert _money("It is 10 billion yuan ($1.4 billion).") == [
        ("10 billion yuan", {"amount": "10000000000", "currency": "CNY"}),
        ("$1.4 billion", {"amount": "1400000000", "currency": "USD"}),
    ]


def test_raw_offsets_survive_normalisation() -> None:
    """A no-break space inside the amount stays in the fact's raw text."""
    assert _money("Deals worth US$\u00a016.54\u00a0billion.") == [
        ("US$\u00a016.54\u00a0billion", {"amount": "16540000000", "currency": "USD"})
    ]


def test_range_with_hyphen_and_shared_scale() -> None:
    """``$2-3 billion`` is one fact: the low end takes the high end's scale."""
    assert _money("Costs of $2-3 billion.") == [
        ("$2-3 billion", {"amount": "2000000000", "amount_max": "3000000000", "currency": "USD"})
    ]


def test_malaysian_bil_and_mil_are_scales_after_a_currency_only() -> None:
    assert scale_factor("bil") == Decimal(10) ** 9
    assert scale_factor("mil") == Decimal(10) ** 6
    assert parse_spelled("three mil") is None  # an abbreviation ends no spelled-out number
    text = "Melaka approved RM3.2 bil in projects and RM75 mil for roads; the 500 mil sheet was cheap."
    document = Document.from_text(text, id="bil")
    found = [(f.text, f.value.amount) for f in find_money(document, normalize(text))]
    assert found == [("RM3.2 bil", Decimal("3.2E9")), ("RM75 mil", Decimal("7.5E7"))]
