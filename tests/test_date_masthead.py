"""The year of an undated document from its masthead or date line, before the latest year its body mentions."""

from __future__ import annotations

import bri_corpus


def _dates(text: str) -> dict[str, str]:
    document = bri_corpus.Document.from_text(text, id="t")
    return {f.text: str(f.to_json()["value"]) for f in bri_corpus.extract(document, only=("date",))}


def test_an_issue_line_dates_the_items_not_a_later_plan_year() -> None:
    text = (
        "WEEKLY CORRIDOR NOTES\nIssue 52 | 10-16 June 2023\n\n"
        "The Lusaka plant opened on 12 June and will reach full output from 2026.\n"
    )
    assert _dates(text)["12 June"] == "2023-06-12"


def test_a_date_line_with_an_open_day_month_order_still_gives_its_year() -> None:
    text = "Dakar, 04/05/2023 - 10h10\n\nThe port signed the deal on 2 May; the quay opens in the first half of 2025.\n"
    assert _dates(text)["2 May"] == "2023-05-02"


def test_a_year_in_a_long_first_sentence_is_no_masthead() -> None:
    text = (
        "In 2013, President Xi Jinping proposed the initiative in Astana, and since then the corridor has grown "
        "every year. In the past decade, trade tripled, and on 12 June the new terminal opened."
    )
    assert _dates(text)["12 June"] == "2023-06-12"  # the decade after 2013, not 2013
