"""The day-month order of an open numeric header date, read from the byline place above it."""

from __future__ import annotations

from bri_corpus.extractors.date.context import year_in_context
from bri_corpus.extractors.date.header_place import order_from_header_place


def _order(header: str) -> str | None:
    return order_from_header_place(header, header.rindex("\n") + 1)


def test_a_byline_city_outside_north_america_makes_it_day_first() -> None:
    assert _order("Headline\n\nValor\nMaria Souza - Porto Alegre\n09/10/2025 7:15 AM") == "dmy"


def test_a_united_states_byline_city_makes_it_month_first() -> None:
    assert _order("Headline\n\nThe Chronicle\nJane Doe - Chicago\n09/10/2025 7:15 AM") == "mdy"


def test_no_place_above_leaves_it_open() -> None:
    assert _order("Headline\n\nBy staff writers\n09/10/2025 7:15 AM") is None


def test_a_stock_code_after_an_exchange_label_is_not_a_year() -> None:
    text = "Sinotrans (HKEX: 2010) rose."
    start = text.index("2010")
    assert not year_in_context(text, start, start + 4)
    text = "The firm (stock code: 1999) won."
    start = text.index("1999")
    assert not year_in_context(text, start, start + 4)
