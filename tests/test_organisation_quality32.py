"""Rules of the quality round on extra32/extra33: co-authors in bylines, one firm's two trades joined by ``and``,
common abbreviations a text defines as a company's short form, and companies named by their share's ticker."""

from __future__ import annotations

from bri_corpus.extractors.organisation.extract import organisations_in


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], value.name) for start, end, value in organisations_in(text)]


def test_one_firms_trades_joined_by_and_stay_one_name() -> None:
    text = "The plant was built by Anhui Power Equipment and Technology Co last year."
    assert _found(text) == [("Anhui Power Equipment and Technology Co", "Anhui Power Equipment and Technology Co")]


def test_defined_common_abbreviation_names_the_company_everywhere() -> None:
    text = "Lanka Electricity Development Company (LED) won the bid. Later LED said it would start in May."
    found = _found(text)
    assert found.count(("LED", "Lanka Electricity Development Company")) == 2


def test_common_abbreviation_that_abbreviates_nothing_stays_none() -> None:
    text = "Kazakh Grain Holding (EPS) reported its results; EPS rose."
    assert all(surface != "EPS" for surface, _ in _found(text))


def test_name_before_a_ticker_is_a_company_wherever_it_stands() -> None:
    text = "Separately, Jumia on Monday opened a hub. Jumia (NYSE: JMIA) shares rose 3 percent."
    assert [s for s, _ in _found(text)].count("Jumia") == 2


def test_place_before_a_ticker_is_no_company() -> None:
    text = "Trading in Nairobi (NSE: KEGN) was thin."
    assert all(surface != "Nairobi" for surface, _ in _found(text))
