"""Ministers named with their title once and by surname later: ``Uzbek Energy Minister Jurabek Mirzamahmudov``
... ``Mirzamahmudov signed``.

The annotation reads a minister as the ministry when the document names that ministry (``Finance Minister X``
with ``the Ministry of Finance`` in the text; y05, w09), otherwise as the country the title names
(``Turkish Transport Minister``, ``Georgia's Economy Minister``). A title that names neither (``Minister of
Transport Tilek Tekebaev`` in a text without the ministry) gives nothing: the country would be a guess.

The map built here feeds the person map of :mod:`.arguments`; a bare surname right before a trigger
(``Mirzamahmudov later signed``) then stands for that party.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

import regex

from .entities import Entity

__all__ = ["minister_affiliations", "surname_subject"]

# A minister's title and the person's name after it (two to four capitalised words, particles allowed:
# "Vera Daves de Sousa"). The domain is the word(s) before "Minister" or after "Minister of".
_MINISTER = regex.compile(
    r"\b(?P<before>(?:[A-Z][a-z]+\s+(?:and\s+[A-Z][a-z]+\s+)?)?)(?:(?:Deputy|Vice|State|First\s+Deputy)\s+)?"
    r"Minister(?:\s+of\s+(?P<of>(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)*?))?,?\s+"
    r"(?P<name>[A-Z][\w'-]+(?:\s+(?:(?:de|da|dos|do|van|von|bin|al)\s+)?[A-Z][\w'-]+){1,3})\b"
)
# Words before "Minister" that are no domain ("Prime Minister" is a head of government: leaders.py reads it).
_NOT_DOMAIN = frozenset({"Prime", "Deputy", "Vice", "State", "First", "The", "Foreign"})
# "Foreign Minister" names the ministry of foreign affairs.
_DOMAIN_ALIASES = {"Foreign": "Foreign Affairs"}
# Between a country written before the title and the title: only capitalised words or a possessive.
_TITLE_GAP = regex.compile(r"(?:'s)?(?:\s+[A-Z][a-z]+|\s+and)*\s+$")
# A bare surname as the subject right before a trigger: "Mirzamahmudov (also|later) signed".
_SURNAME_BEFORE = regex.compile(r"(?r)\b(?P<surname>[A-Z][\w'-]+)\s+(?:(?:also|later|then|\w+ly)\s+)?$")


def _ministry(parties: Sequence[Entity], domain: str) -> str | None:
    """The one ministry organisation whose name holds ``domain`` (``Ministry of Finance`` for ``Finance``)."""
    names = {
        e.name
        for e in parties
        if e.kind == "organisation" and e.name.startswith("Ministry of ") and regex.search(rf"\b{domain}\b", e.name)
    }
    return names.pop() if len(names) == 1 else None


def _country_before(text: str, parties: Sequence[Entity], starts: Sequence[int], title_start: int) -> str | None:
    """The country a place fact writes right before a title (``Turkish Transport Minister``), or None."""
    i = bisect.bisect_left(starts, title_start) - 1
    while i >= 0 and parties[i].kind != "place":
        i -= 1
    if i < 0 or title_start - parties[i].end > 40:
        return None
    place = parties[i]
    if getattr(place.value, "type", None) != "country":
        return None
    gap = text[place.end : title_start] + " "
    if not _TITLE_GAP.fullmatch(gap):
        return None
    if place.demonym:  # "Turkish": the name the document writes for the country ("Türkiye"), when it does
        code = getattr(place.value, "country", None)
        written = [
            e.name
            for e in parties
            if e.kind == "place"
            and not e.demonym
            and code
            and getattr(e.value, "country", None) == code
            and getattr(e.value, "type", None) == "country"
        ]
        if written:
            return written[0]
    return place.name


def minister_affiliations(text: str, parties: Sequence[Entity]) -> dict[str, str]:
    """Map each minister's full name and surname → the party the minister stands for (ministry or country)."""
    found: dict[str, str] = {}
    if "Minister" not in text:
        return found
    starts = [e.start for e in parties]
    for match in _MINISTER.finditer(text):
        before = match.group("before").split()
        domain_words = [w for w in before if w not in _NOT_DOMAIN and w != "and"]
        if "Prime" in before:
            continue
        domain = match.group("of") or (" ".join(domain_words) if domain_words else None)
        if domain and domain.startswith("the "):
            domain = domain[4:]
        ministry = _ministry(parties, _DOMAIN_ALIASES.get(domain, domain)) if domain else None
        party = ministry or _country_before(text, parties, starts, match.end("before"))
        if party is None:
            continue
        name = match.group("name")
        found.setdefault(name, party)
        found.setdefault(name.split()[-1], party)
    return found


def surname_subject(
    text: str, people: Mapping[str, str], clause_start: int, trigger_start: int
) -> tuple[int, str] | None:
    """(position, party) of a known person's bare surname right before the trigger, as its subject."""
    if not people:
        return None
    match = _SURNAME_BEFORE.search(text, max(clause_start, trigger_start - 40), trigger_start)
    if match is None:
        return None
    party = people.get(match.group("surname"))
    return (match.start(), party) if party else None
