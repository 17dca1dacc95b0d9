"""Airlines named ``Air`` and their country or home city: ``Air Kyrgyzstan``, ``Air Tanzania``, ``Air Astana``.

National airlines are named so the world over, and no head word, legal form or acronym shape marks them.  ``Air``
and one country's name or a major city's, opening its run of capitalised words (not ``Royal Air Maroc``, ``Clean
Air Asia``) and ending it (not ``Air India Express``: a longer name the finder leaves alone), is an airline.  ``Air
Force``, ``Air Quality`` hold no place and stay out.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .candidates import Candidate
from .definitions import make_candidate
from .gazetteer import OrganisationGazetteer
from .places import is_country, is_major_place

__all__ = ["airline_names"]

_AIRLINE = regex.compile(
    r"(?<!\p{Lu}[\p{L}\p{N}&'-]*,? )(?<![\p{L}\p{N}'-])Air (?P<place>\p{Lu}[\p{L}'-]+)(?![\p{L}\p{N}'-]| \p{Lu})"
)
"""``Air`` and one capitalised word, neither after nor before another capitalised word."""


def airline_names(text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer) -> list[Candidate]:
    """The airlines named ``Air <country or city>`` that no other mention covers (see the module docstring)."""
    if "Air " not in text:
        return []
    found = []
    for match in _AIRLINE.finditer(text):
        place = match.group("place")
        if not (is_country(place) or is_major_place(place)):
            continue
        start, end = match.span()
        if any(c.start < end and start < c.end for c in candidates):
            continue
        found.append(make_candidate(text, start, end, gazetteer))
    return found
