"""Shared currency forms: a paragraph's tie between countries is broken by the whole document's cues."""

from __future__ import annotations

from collections import Counter

from bri_corpus.extractors.money_quantity.lexicon import CurrencyForm, lexicon
from bri_corpus.extractors.money_quantity.resolve import choose_currency, currency_cue_counts


def _rs() -> CurrencyForm:
    return next(form for form in lexicon().currency_forms if form.form == "Rs")


def test_tie_in_paragraph_goes_to_the_document_leader() -> None:
    local = Counter({"INR": 1, "LKR": 1})
    assert choose_currency(_rs(), local, lambda: Counter({"INR": 1, "LKR": 5})) == "LKR"


def test_clear_paragraph_lead_needs_no_tie_break() -> None:
    def never() -> Counter[str]:
        raise AssertionError("the whole document is not counted when the paragraph decides")

    assert choose_currency(_rs(), Counter({"PKR": 3, "INR": 1}), never) == "PKR"


def test_indian_ocean_is_no_cue_for_india() -> None:
    counts = currency_cue_counts("The Indian Ocean island of Mauritius; Indian traders.", ("INR", "MUR"))
    assert counts["INR"] == 1
    assert counts["MUR"] == 1
