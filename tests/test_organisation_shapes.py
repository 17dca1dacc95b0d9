"""Name shapes of the organisation scanner: facility operators, dotted legal forms, subsidiaries, ``and``."""

from __future__ import annotations

import pytest

from bri_corpus.extractors.organisation.candidates import scan_text
from bri_corpus.extractors.organisation.gazetteer import default_gazetteer


def _names(text: str) -> list[str]:
    return [candidate.surface for candidate in scan_text(text, default_gazetteer()).candidates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cargo through Phnom Penh Autonomous Port rose.", ["Phnom Penh Autonomous Port"]),
        ("Kumport Container Terminal handled more boxes.", ["Kumport Container Terminal"]),
        ("The Container Terminal was busy.", []),
        ("Ships call at Khalifa Port every day.", []),
        ("The mine is run by Minera Las Bambas S.A. today.", ["Minera Las Bambas S.A."]),
        ("Italy's Ansaldo Energia S.p.A. will supply turbines.", ["Ansaldo Energia S.p.A."]),
        ("The U.S. firm hired Mr. A. Smith.", []),
        ("Sinohydro Engineering and Zhejiang Energy Group won.", ["Sinohydro Engineering", "Zhejiang Energy Group"]),
        ("China Energy Engineering and Construction Group won.", ["China Energy Engineering and Construction Group"]),
        ("ZTE Serbia employs 300 people.", ["ZTE Serbia"]),
        ("JAC Kazakhstan joint venture plant grew.", ["JAC"]),
    ],
)
def test_name_shapes(text: str, expected: list[str]) -> None:
    assert _names(text) == expected
