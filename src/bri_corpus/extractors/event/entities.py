"""The facts an event reads, as spans of the normalised text.

The event extractor works on the normalised text, so the organisation, place,
summit, date, money and quantity facts it is given (raw offsets) are mapped
back to normalised offsets once, here.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Any

import attrs

from bri_corpus import Fact, NormalizedText

__all__ = ["Entity", "FactIndex", "index_facts"]


@attrs.frozen
class Entity:
    """One fact in normalised offsets, with the parts of its value the event extractor uses.

    Attributes:
        kind: the fact kind.
        start: normalised start.
        end: normalised end.
        name: canonical name (organisation, place, summit), TIMEX (date), or ``""``.
        demonym: a place written as a demonym or adjective (``Chinese``, ``Kazakh``), not as its name.
        value: the typed value as the producing extractor gave it.
    """

    kind: str
    start: int
    end: int
    name: str
    demonym: bool
    value: Any


@attrs.frozen
class FactIndex:
    """The needed facts of one document, by kind, in text order."""

    dates: tuple[Entity, ...]
    parties: tuple[Entity, ...]
    """Organisations and places."""
    summits: tuple[Entity, ...]
    amounts: tuple[Entity, ...]
    """Money and quantities."""
    masked: str
    """The text with every organisation and place name blanked to ``\x00`` characters."""
    party_starts: tuple[int, ...] = ()

    def parties_between(self, start: int, end: int) -> tuple[Entity, ...]:
        """Return the organisations and places starting within ``[start, end)``."""
        low = bisect.bisect_left(self.party_starts, start)
        high = bisect.bisect_left(self.party_starts, end)
        return self.parties[low:high]


def _name_of(fact: Fact) -> str:
    value = fact.value
    if fact.kind == "date":
        timex = getattr(value, "timex", value)
        return timex if isinstance(timex, str) else ""
    name = getattr(value, "name", None)
    if isinstance(name, str):
        return name
    if isinstance(value, dict):
        return str(value.get("name", ""))
    return ""


def index_facts(facts: Iterable[Fact], text: NormalizedText, header_span: tuple[int, int] | None = None) -> FactIndex:
    """Map the needed facts to normalised spans and sort them by kind.

    The publication date of the page header (``header_span``, raw offsets) is left out of the dates: it dates
    the report, not the events in it.
    """
    by_kind: dict[str, list[Entity]] = {"date": [], "party": [], "summit": [], "amount": []}
    for fact in facts:
        if header_span is not None and fact.kind == "date" and header_span[0] <= fact.start < header_span[1]:
            continue
        start, end = text.from_raw(fact.start, fact.end)
        name = _name_of(fact)
        surface = text.text[start:end]
        demonym = fact.kind == "place" and bool(name) and not _same_name(surface, name)
        entity = Entity(fact.kind, start, end, name, demonym, fact.value)
        if fact.kind == "date" and name:
            by_kind["date"].append(entity)
        elif fact.kind in ("organisation", "place") and name:
            by_kind["party"].append(entity)
        elif fact.kind == "summit":
            by_kind["summit"].append(entity)
        elif fact.kind in ("money", "quantity"):
            by_kind["amount"].append(entity)
    chars = list(text.text)
    for entity in by_kind["party"]:
        chars[entity.start : entity.end] = "\x00" * (entity.end - entity.start)
    parties = tuple(sorted(by_kind["party"], key=lambda e: e.start))
    return FactIndex(
        masked="".join(chars),
        party_starts=tuple(e.start for e in parties),
        dates=tuple(sorted(by_kind["date"], key=lambda e: e.start)),
        parties=parties,
        summits=tuple(sorted(by_kind["summit"], key=lambda e: e.start)),
        amounts=tuple(sorted(by_kind["amount"], key=lambda e: e.start)),
    )


def _same_name(surface: str, name: str) -> bool:
    """True when a place is written by its name (``Kazakhstan``, ``Xi 'an``), not as a demonym (``Kazakh``)."""
    fold = "".join(ch for ch in surface.lower() if ch.isalnum())
    target = "".join(ch for ch in name.lower() if ch.isalnum())
    return fold == target or fold.startswith(target) or target.startswith(fold) and len(fold) > len(target) - 2
