"""Unit tests of the organisation finder's context rules added after the extra6 evaluation."""

from __future__ import annotations

import pytest

from bri_corpus.extractors.organisation.extract import organisations_in


def _names(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], value.name) for start, end, value in organisations_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BALKAN WIRE\n\nPort deal signed\n\nBy Staff\nUpdated 2 May 2024\n\nBody.", [("BALKAN WIRE", "Balkan Wire")]),
        ("Lagos Herald | Business\n\nRail deal signed\n\n2024. 05. 02.\n\nBody.", [("Lagos Herald", "Lagos Herald")]),
        ("FACTBOX\n\nWhat the deal covers\n\n2 May 2024\n\nBody.", []),
    ],
)
def test_masthead_over_headline_and_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(text) == expected


def test_portfolio_list_after_country_word() -> None:
    text = "the Kenyan Ministry of Roads, Transport and Public Works said"
    assert _names(text) == [("Kenyan Ministry of Roads, Transport and Public Works",) * 2]


def test_portfolio_list_stops_at_places_and_titles() -> None:
    assert _names("the Ministry of Finance, Kenya and Uganda agreed") == [("Ministry of Finance",) * 2]


@pytest.mark.parametrize("text", ["Follow us @RailNewsDaily now.", "Shares (600519.SS) rose.", "a JV. NOT a HPP."])
def test_handles_tickers_and_note_words_are_no_names(text: str) -> None:
    assert _names(text) == []


def test_slash_separates_two_companies() -> None:
    assert [surface for surface, _ in _names("the (Glencore/Mota-Engil consortium)")] == ["Glencore", "Mota-Engil"]


def test_copyright_and_follow_lines_are_chrome_for_short_forms() -> None:
    from bri_corpus import Document, Pipeline, PipelineSettings

    text = "Harbour Times\n\nPort grows\n\n2 May 2024\n\nBody. For more news, follow Harbour Times on X."
    pipeline = Pipeline(PipelineSettings(load_entrypoints=False), on_problem=lambda problem: None)
    facts = pipeline.run(Document.from_text(text, id="t")).facts
    assert [f.text for f in facts if f.kind == "organisation"] == ["Harbour Times"]
