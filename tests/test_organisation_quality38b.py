"""Foreign sector words and city-named subsidiaries after a company's name (organisation, quality round 38b)."""

from __future__ import annotations

import pytest

from bri_corpus.extractors.organisation import lexicon as lx
from bri_corpus.extractors.organisation.gazetteer import GazetteerEntry
from bri_corpus.extractors.organisation.shapes import Token, name_continuation_end


def _tokens(group: GazetteerEntry, *words: str) -> list[Token]:
    return [Token(0, 4, "CRRC", group)] + [Token(5 + i, 6 + i, word) for i, word in enumerate(words)]


_CRRC = GazetteerEntry(id="crrc", name="CRRC Corporation Limited", acronyms=("CRRC",), type="company")
_OTHER = GazetteerEntry(id="other-co", name="Other Company Limited", type="company")


@pytest.mark.parametrize("word", ["Energia", "Energía", "Engenharia", "Ingeniería", "Costruzioni", "Konstruksi"])
def test_foreign_sector_words_end_a_brand_division(word: str) -> None:
    assert word in lx.BRAND_TAIL_WORDS
    assert word in lx.NAME_CONTINUATION_WORDS


def test_city_of_a_subsidiary_goes_on_only_with_its_group() -> None:
    assert name_continuation_end(_tokens(_CRRC, "Zhuzhou", "Locomotive"), 0, caps_line=False) == 3
    assert name_continuation_end(_tokens(_OTHER, "Zhuzhou"), 0, caps_line=False) == 1


def test_other_words_leave_the_group_alone() -> None:
    assert name_continuation_end(_tokens(_CRRC, "Monday"), 0, caps_line=False) == 1
    assert name_continuation_end(_tokens(_CRRC, "Zhuzhou"), 0, caps_line=True) == 1
