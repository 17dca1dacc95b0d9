"""Towns the data lack, read where the text itself places them: ``in X, in the wilaya of Jijel``, ``at X, in the
Midlands province``, ``in X, south of Oran``, ``near X, 40 km west of Bishkek``.

A small town (a mine, a steel plant's site, a housing estate) is often missing from every gazetteer, but news
locates it for the reader right after it: a comma, then the division it lies in or its bearing from a known place.
That statement is as strong a licence as a dateline: the capitalised name after ``in``/``at``/``near``/``outside``
is a town of the known place's country.  Not a name the gazetteer knows (its own rules decided), a word the text
writes in lower case, or a word of link names (``context_places.NOT_TOWNS``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import regex

from .gazetteer import PlaceEntry, lookup
from .patterns import DIVISION_NOUNS, FUNCTION_WORDS

__all__ = ["stated_towns"]

_DIVISIONS = "|".join(DIVISION_NOUNS)
_HINT = re.compile(
    r", (?:in the |(?:about |some |around )?(?:\d[\d,.]* ?(?:km|kilometres|kilometers|miles) )?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of )"
)
"""Where a statement of place may follow a name: a literal-led search (commas then ``in the`` or a bearing)."""
_NAME = r"\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?"
_NAME_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{N}}-])(?:in|at|near|outside) (?P<name>{_NAME})$")
_IN_DIVISION = regex.compile(
    rf"(?:(?i:{_DIVISIONS}) of (?P<region>{_NAME})|(?P<region>{_NAME}) (?i:{_DIVISIONS}))(?![\p{{L}}\p{{N}}-])"
)
_KNOWN_PLACE = regex.compile(rf"(?P<region>{_NAME})(?![\p{{L}}\p{{N}}-])")


@functools.lru_cache(maxsize=256)
def _stated_town(name: str, country: str) -> PlaceEntry:
    return PlaceEntry(surface=name, name=name, type="city", country=country, population=0, source="city")


def _country_of(region: str) -> str | None:
    """The country of a known place or division (``Midlands`` is stored as ``Midlands Province``)."""
    entry = lookup(region) or lookup(f"{region} Province") or lookup(f"{region} Region")
    return entry.country if entry is not None and entry.type in ("city", "region") else None


def stated_towns(text: str) -> Iterator[tuple[int, int, PlaceEntry, str]]:
    """Yield ``(start, end, reading, surface)`` for each unknown town whose place the text states after it."""
    from .context_places import NOT_TOWNS  # noqa: PLC0415  (context_places imports this module's users)

    for hint in _HINT.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, hint.start() - 40), hint.start())
        if before is None:
            continue
        pattern = _IN_DIVISION if hint.group().endswith("in the ") else _KNOWN_PLACE
        stated = pattern.match(text, hint.end())
        if stated is None:
            continue
        country = _country_of(stated.group("region"))
        name = before.group("name")
        if (
            country is None
            or lookup(name) is not None
            or any(word in NOT_TOWNS or word in FUNCTION_WORDS for word in regex.split(r"[ -]", name))
            or f" {name.lower()}" in text
        ):
            continue
        yield before.start("name"), before.end("name"), _stated_town(name, country), name
