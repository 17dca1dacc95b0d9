"""Unit tests of the round-22 organisation rules: time zones, currency signs, instrument codes, ministers' bodies."""

from bri_corpus.extractors.organisation.context_names import _place_complement_end
from bri_corpus.extractors.organisation.exclusions import code_part, currency_or_era, time_zone


def test_capitals_after_a_clock_time_are_a_time_zone() -> None:
    text = "11 Jun 2025 5:47 PM MYT and 09:00 WIB, but 2025 CNPC"
    for zone in ("MYT", "WIB"):
        start = text.index(zone)
        assert time_zone(text, start, start + len(zone))
    start = text.index("CNPC")
    assert not time_zone(text, start, start + 4)


def test_letters_before_a_currency_sign_are_a_currency() -> None:
    text = "cost GH¢1.86bn and HK$2 and GHC 5"
    assert currency_or_era(text, text.index("GH¢"), text.index("GH¢") + 2)
    assert currency_or_era(text, text.index("HK$"), text.index("HK$") + 2)
    assert not currency_or_era(text, text.index("GHC"), text.index("GHC") + 3)


def test_reuters_instrument_code_is_a_code() -> None:
    text = "PT Adaro Minerals Indonesia Tbk (ADMR.JK), which"
    start = text.index("ADMR")
    assert code_part(text, start, start + len("ADMR.JK"))


def test_place_complement_keeps_the_longest_known_place() -> None:
    assert _place_complement_end(" of the Kyrgyz Republic") == len(" of the Kyrgyz Republic")
    assert _place_complement_end(" of Kyrgyzstan Akylbek Japarov") == len(" of Kyrgyzstan")
    assert _place_complement_end(" of Ministers Adylbek") is None
