"""Rules added after the extra34/extra35 evaluation: Nigerian states, portfolio titles, digest datelines."""

from __future__ import annotations

from bri_corpus.extractors.place.context_places import datelines
from bri_corpus.extractors.place.gazetteer import lookup

_FILLER = " ".join(["The ministry said the works would take two years and employ local staff."] * 20)
"""About 1,500 characters: a digest item's length (two datelines fall inside the first 2,000 characters)."""


def test_nigerian_states_are_regions_of_nigeria_under_their_full_names() -> None:
    for name in ("Niger State", "Kano State", "Cross River State", "Plateau State"):
        entry = lookup(name)
        assert entry is not None and entry.country == "NG" and entry.type == "region", name


def test_bare_niger_stays_the_country() -> None:
    entry = lookup("Niger")
    assert entry is not None and entry.country == "NE" and entry.type == "country"


def test_digest_datelines_past_the_first_lines_are_read() -> None:
    text = f"HANOI, Monday - A deal. {_FILLER}\n\nDHAKA, Tuesday - A loan. {_FILLER}\n\nLIMA, Friday - A port. End."
    assert len(text) > 2500
    assert [surface for _, _, _, surface in datelines(text)] == ["Hanoi", "Dhaka", "Lima"]


def test_a_single_story_reads_only_its_own_dateline() -> None:
    text = f"HANOI, Monday - A deal. {_FILLER} {_FILLER}\n\nLIMA, Friday - A quoted item. End."
    assert [surface for _, _, _, surface in datelines(text)] == ["Hanoi"]
