"""``X summit`` takes the name of the one leaders' gathering of X that the document names in full."""

from __future__ import annotations

from bri_corpus.extractors.summit.resolve import canonical_names


def test_acronym_summit_takes_the_leaders_gathering_name() -> None:
    names = canonical_names(["APEC Economic Leaders' Week", "APEC summit"], {})
    assert names == {
        "APEC Economic Leaders' Week": "APEC Economic Leaders' Week",
        "APEC summit": "APEC Economic Leaders' Week",
    }


def test_acronym_summit_before_its_full_name() -> None:
    names = canonical_names(["G20 summit", "G20 Leaders' Summit"], {})
    assert names["G20 summit"] == "G20 Leaders' Summit"


def test_no_link_to_a_gathering_that_is_not_the_leaders() -> None:
    names = canonical_names(["APEC CEO Summit", "APEC summit"], {})
    assert names["APEC summit"] == "APEC summit"
    assert names["APEC CEO Summit"] == "APEC CEO Summit"


def test_no_link_when_two_leaders_gatherings_are_named() -> None:
    names = canonical_names(
        ["ASEAN Leaders' Meeting", "ASEAN-China Leaders' Meeting", "ASEAN Heads of State Retreat", "ASEAN summit"], {}
    )
    assert names["ASEAN summit"] == "ASEAN summit"


def test_other_acronym_is_not_linked() -> None:
    names = canonical_names(["APEC Economic Leaders' Meeting", "SCO summit"], {})
    assert names["SCO summit"] == "SCO summit"
