"""A compared ``a year earlier`` with the compared amount before it keeps the period told of (extra36/extra37)."""

from __future__ import annotations

import datetime as dt

from bri_corpus.document import Document
from bri_corpus.testing import make_pipeline


def _dates(text: str) -> dict[str, str]:
    document = Document.from_text(text, id="t", published=dt.date(2025, 10, 9))
    facts = make_pipeline(("date",)).run(document).facts
    return {f.text: f.to_json()["value"] for f in facts if f.kind == "date"}


def test_a_year_earlier_after_an_amount_shifts_the_month() -> None:
    dates = _dates("Arrears stood at Rs88 billion at the end of April, up from Rs61bn a year earlier.")
    assert dates == {"the end of April": "2025-04", "a year earlier": "2024-04"}


def test_a_year_earlier_after_an_egyptian_fiscal_year_is_the_previous_fiscal_year() -> None:
    dates = _dates("Egypt's exports reached 9,000 tonnes in fiscal year 2022/23, up from 7,200 tonnes a year earlier.")
    assert dates["a year earlier"] == "2021-07/2022-06"


def test_a_narrative_year_earlier_keeps_only_the_year() -> None:
    dates = _dates("The plant opened in June 2020. A year earlier, the financing was agreed.")
    assert dates["A year earlier"] == "2019"
