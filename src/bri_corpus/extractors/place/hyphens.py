"""Hyphenated names: the matches that are only one part of a name the gazetteer lacks, and the two-word names
written with a hyphen that the gazetteer spells with a space.

:func:`without_hyphen_parts` rewrites the matcher's candidates before anything else reads them (the document's
countries are counted on its result).
"""

from __future__ import annotations

import bisect

import regex

from .context_places import LINK_NOUNS, NOT_TOWNS, RATING
from .gazetteer import Candidate, lookup_all
from .keep_rules import BIG_CITY

__all__ = ["without_hyphen_parts"]


_GLUE = regex.compile(r"(?<=\p{L})-(?=\p{Lu})")
"""A hyphen between a letter and a capital: where a name may be glued to another word (``Terek-Sai``)."""


def _candidate_start(candidate: Candidate) -> int:
    return candidate.start


def without_hyphen_parts(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Drop the small towns that are only one part of a hyphenated name the gazetteer lacks.

    ``Terek-Sai`` (a Kyrgyz village) is no mention of Russia's Terek: a town of fewer than :data:`BIG_CITY` people
    glued by a hyphen to a capitalised word that is no place is part of a longer name (``Malaba-Kampala``, two
    places, ``Kabwe-Pensulo``, a city's, and ``the Bar-Boljare motorway``, two towns a link joins, are kept).
    Done before the document's countries are counted; only the matches next to a glueing hyphen are looked at.
    """
    dropped: set[int] = set()
    joined: list[Candidate] = []
    for glue in _GLUE.finditer(text):
        hyphen = glue.start()
        spelled = _spelled_with_space(text, hyphen)
        if spelled is not None:
            joined.append(spelled)
            continue
        after = bisect.bisect_left(candidates, hyphen + 1, key=_candidate_start)
        before = after - 1
        found_after = after < len(candidates) and candidates[after].start == hyphen + 1
        found_before = before >= 0 and candidates[before].end == hyphen
        if found_before and not found_after:
            word = _GLUED_WORD.match(text, hyphen + 1)
            if word is not None and word.group() not in NOT_TOWNS:  # "Khorgos-Eastern Gate" is a place's facility
                dropped.add(before)
        if found_after and not found_before and _is_small_town(candidates[after]):
            dropped.add(after)
    for index in list(dropped):
        candidate = candidates[index]
        if not _is_small_town(candidate) or _LINK_AFTER.match(text, candidate.end):
            dropped.discard(index)
    if joined:
        # "Kara-Suu" for the gazetteer's "Kara Suu": the whole name replaces the matches inside it ("Kara", Togo);
        # a match that already spans the hyphen ("North-Western Province") stays
        joined = [j for j in joined if not any(c.start <= j.start and j.end <= c.end for c in candidates)]
    if joined:
        inside = {i for i, c in enumerate(candidates) if any(j.start <= c.start and c.end <= j.end for j in joined)}
        kept = [c for index, c in enumerate(candidates) if index not in dropped and index not in inside]
        return sorted([*kept, *joined], key=_candidate_start)
    if not dropped:
        return candidates
    return [c for index, c in enumerate(candidates) if index not in dropped]


_WORD_BEFORE_HYPHEN = regex.compile(r"(?<![\p{L}\p{M}'])\p{Lu}\p{Ll}+$", regex.REVERSE)
"""Searched backwards from the hyphen (``REVERSE``): the one possible match, without trying every start."""
_WORD_AFTER_HYPHEN = regex.compile(r"\p{Lu}\p{Ll}+(?![\p{L}\p{M}'-])")


def _spelled_with_space(text: str, hyphen: int) -> Candidate | None:
    """A two-word place the gazetteer spells with a space, written with a hyphen (``Kara-Suu`` for GeoNames'
    ``Kara Suu``, ``Kyzyl-Kiya``): transliterations of Central Asian and Caucasian names vary between the two.

    Only cities and regions of the gazetteer's own two-word names; two places joined by a hyphen (``Almaty-Bishkek``)
    spell no surface with a space, so they stay two."""
    before = _WORD_BEFORE_HYPHEN.search(text, max(0, hyphen - 30), hyphen)
    after = _WORD_AFTER_HYPHEN.match(text, hyphen + 1)
    if before is None or after is None:
        return None
    readings = lookup_all(f"{before.group()} {after.group()}")
    if not readings:
        return None  # the usual case: two words the gazetteer does not hold as one name
    entries = tuple(e for e in readings if e.type in ("city", "region") and e.country)
    if not entries:
        return None
    return Candidate(before.start(), after.end(), text[before.start() : after.end()], entries)


_LINK_AFTER = regex.compile(rf"(?:-\p{{Lu}}\p{{Ll}}+){{0,2}}(?:[ ]\([^()\n]{{1,30}}\))?{RATING}[ ]{LINK_NOUNS}")
"""A link noun after a match or after the hyphenated words that follow it: ``Kribi-Lolabe highway``,
``the Balykchy-Kochkor-Aral road``."""

_GLUED_WORD = regex.compile(r"\p{L}+")


def _is_small_town(candidate: Candidate) -> bool:
    """Whether every reading of a match is a city (or an alternate name) of fewer than :data:`BIG_CITY` people."""
    return all(entry.source in ("city", "alternate") and entry.population < BIG_CITY for entry in candidate.entries)
