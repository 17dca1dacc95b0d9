"""Unit tests of the rules added after the extra9/18/19 evaluation: short forms of sites, codes, lead-ins."""

from __future__ import annotations

from bri_corpus.extractors.organisation.exclusions import code_part, lead_in_capitals
from bri_corpus.extractors.organisation.short_forms import _skips_initials


def test_skipped_initials_keep_first_and_last_letters_in_order() -> None:
    assert _skips_initials("IKNIP", "IKIP")
    assert not _skips_initials("IKNIP", "KNIP")  # the first letter must stay
    assert not _skips_initials("IKNIP", "IKNI")  # so must the last
    assert not _skips_initials("IKNIP", "INKP")  # in order
    assert not _skips_initials("ABC", "AC")  # too short to tell


def test_dotted_codes_and_numbered_licences_are_codes() -> None:
    text = "under the code KZAP.KZ and the licence (ML 204), not (SCO 2025) nor (ADB)."
    start = text.index("KZAP")
    assert code_part(text, start, start + 4)
    assert code_part(text, start + 5, start + 7)
    start = text.index("ML")
    assert code_part(text, start, start + 2)
    start = text.index("SCO")
    assert not code_part(text, start, start + 3)  # a year after it
    start = text.index("ADB")
    assert not code_part(text, start, start + 3)


def test_lead_in_capitals_only_for_plural_nouns_written_once() -> None:
    text = "Published: today\nMINEWORKERS at the mine struck.\nNEPRA signed the tariff."
    start = text.index("MINEWORKERS")
    assert lead_in_capitals(text, start, start + len("MINEWORKERS"))
    start = text.index("NEPRA")
    assert not lead_in_capitals(text, start, start + 5)
    twice = "TRUCKERS at the border.\nThe TRUCKERS union said."
    assert not lead_in_capitals(twice, 0, 8)
