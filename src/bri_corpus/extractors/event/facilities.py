"""Find who owns or runs a facility the text names by a bare noun (``the plant``, ``the mine``, ``the factory``),
and where the text sited it.

News introduces a works once with its owner or operator and then tells of it as ``the plant``:

* ``The plant belongs to Zaamin Cement Invest``, ``the smelter is owned by X``, ``the mine, operated by X``;
* ``X, the operator of the Husab mine``, ``X, the owner of the ... plant``;
* ``X, which operates the Husab mine``, ``X, which owns the plant``.

When a later event is the facility's own (``the mine produced 3,400 tonnes``, ``the ambassador visited the
plant``), the owner or operator is the party, not the contractor that built it nor the latest company named.

Likewise the story sites a works once (``A cement plant in Jizzakh region's Zaamin district``, ``the Husab mine near
Arandis``) and later events at ``the plant`` with no place of their own happened there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import regex

from .entities import FactIndex, lowered_text

T = TypeVar("T")

__all__ = ["facility_owner", "facility_site"]

_NOUNS = r"(?:plants?|factory|factories|mines?|smelter|refinery|mill|works)"
_NOUN = regex.compile(_NOUNS)
# "X, the operator of the Husab mine", "X, which operates the mine", "X, owner of the cement plant": after the owner.
_OWNER_AFTER = regex.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,\s+(?:"
    r"(?:the\s+|its\s+)?(?:operator|owner|owner\s+and\s+operator|developer\s+and\s+operator)\s+of"
    r"|(?:which|that|who)\s+(?:now\s+|also\s+)?(?:operates|owns|runs|operated|owned|ran|built\s+and\s+operates)"
    rf")\s+(?:the\s+)?(?:[^\s,;.]+\s+){{0,4}}?(?P<noun>{_NOUNS})\b",
    regex.IGNORECASE,
)
# "The plant belongs to X", "the smelter is owned by X", "the mine, operated by X": before the owner.
_OWNER_BEFORE = regex.compile(
    rf"(?r)\b(?P<noun>{_NOUNS})(?:\s+(?:in|near|at|outside)\s+[^,;.]{{1,40}}?)?(?:\s+(?:is|was|has\s+been))?,?\s+(?:(?:wholly|fully|jointly|now)\s+)?"
    r"(?:belongs\s+to|belonged\s+to|owned\s+by|operated\s+by|run\s+by|owned\s+and\s+operated\s+by)\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
# The owner words every match holds (lower-cased): a cheap test before the patterns.
_OWNER_WORDS = ("operat", "own", "belong", " run")


def _same_noun(found: str, head: str) -> bool:
    found = found.lower()
    head = head.lower()
    return found == head or found.rstrip("s") == head.rstrip("s") or {found, head} <= {"factory", "factories"}


def facility_owner(text: str, index: FactIndex, head: str, before: int) -> str | None:
    """Return the organisation the text named as owner or operator of ``the <head>`` before ``before``, or None.

    The latest such organisation wins (a text that tells of two plants names the nearer one's owner later).
    The scan runs once per document and noun (memoised): a handful of window tests per organisation.
    """
    head = head.lower()
    if not _NOUN.fullmatch(head):
        return None
    owners: list[tuple[int, str]] = _memoised(index, ("facility owners", head), lambda: _owners(text, index, head))
    found: str | None = None
    for position, name in owners:
        if position >= before:
            break
        found = name
    return found


def _memoised(index: FactIndex, key: tuple[str, str], compute: Callable[[], T]) -> T:
    """Return ``index.memo[key]``, computing it on first use: each scan runs once per document and noun."""
    value: T | None = index.memo.get(key)
    if value is None:
        value = index.memo[key] = compute()
    return value


def _owners(text: str, index: FactIndex, head: str) -> list[tuple[int, str]]:
    lowered = lowered_text(index, text) or text.lower()
    if not any(word in lowered for word in _OWNER_WORDS):
        return []
    owners: list[tuple[int, str]] = []
    for entity in index.parties:
        if entity.kind != "organisation":
            continue
        after = _OWNER_AFTER.match(text, entity.end, min(len(text), entity.end + 120))
        if after is not None and _same_noun(after.group("noun"), head):
            owners.append((entity.start, entity.name))
            continue
        before = _OWNER_BEFORE.search(text, max(0, entity.start - 100), entity.start)
        if before is not None and _same_noun(before.group("noun"), head):
            owners.append((entity.start, entity.name))
    return owners


# "A cement plant in Jizzakh", "the Husab mine near Arandis", "a smelter located at": right before the site.
_SITE_BEFORE = regex.compile(
    rf"(?r)\b(?P<noun>{_NOUNS})\s+(?:(?:located|situated|based|built|being\s+built)\s+)?"
    r"(?:in|near|at|outside|close\s+to)\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
# "Jizzakh region's Zaamin district": the place after the possessive is the narrower one, the site.
_NARROWER_AFTER = regex.compile(
    r"(?:\s+(?:region|province|state|oblast|county|governorate|prefecture))?'s\s+(?:the\s+)?$", regex.IGNORECASE
)


def facility_site(text: str, index: FactIndex, head: str, before: int) -> str | None:
    """Return the place where the text first sited ``the <head>`` before ``before`` (the narrowest of a chain
    ``X region's Y district``), or None. Memoised per document and noun."""
    head = head.lower()
    if not _NOUN.fullmatch(head):
        return None
    position, name = _memoised(index, ("facility site", head), lambda: _site(text, index, head))
    return name if name and position < before else None


def _site(text: str, index: FactIndex, head: str) -> tuple[int, str]:
    places = [e for e in index.parties if e.kind == "place" and not e.demonym]
    for number, place in enumerate(places):
        found = _SITE_BEFORE.search(text, max(0, place.start - 40), place.start)
        if found is None or not _same_noun(found.group("noun"), head):
            continue
        site = place
        for narrower in places[number + 1 :]:
            if not _NARROWER_AFTER.fullmatch(text, site.end, narrower.start):
                break
            site = narrower
        return place.start, site.name
    return 0, ""
