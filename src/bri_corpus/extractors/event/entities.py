"""The facts an event reads, as spans of the normalised text.

The event extractor works on the normalised text, so the organisation, place,
summit, date, money and quantity facts it is given (raw offsets) are mapped
back to normalised offsets once, here.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Hashable, Iterable
from operator import attrgetter
from typing import Any, NamedTuple, cast

import attrs

from bri_corpus import Fact, NormalizedText

__all__ = ["Entity", "FactIndex", "index_facts", "lowered_text", "may_hold_any"]


class Entity(NamedTuple):
    """One fact in normalised offsets, with the parts of its value the event extractor uses.

    A named tuple rather than an attrs class: some forty are made per document and read in the hottest loops,
    and a tuple is built in a third of the time of a frozen attrs instance.

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


def _starts(entities: tuple[Entity, ...]) -> tuple[int, ...]:
    return tuple(e.start for e in entities)


@attrs.frozen
class FactIndex:
    """The needed facts of one document, by kind, in text order, with lookups by position.

    Each tuple is sorted by start; the ``*_between`` methods cut a range out of one with ``bisect``, so that
    the per-trigger argument search never walks a whole document's facts.
    """

    dates: tuple[Entity, ...]
    parties: tuple[Entity, ...]
    """Organisations and places."""
    summits: tuple[Entity, ...]
    amounts: tuple[Entity, ...]
    """Money and quantities."""
    masked: str
    """The text with every organisation and place name blanked to ``\x00`` characters."""
    party_starts: tuple[int, ...] = attrs.field(init=False)
    date_starts: tuple[int, ...] = attrs.field(init=False)
    amount_starts: tuple[int, ...] = attrs.field(init=False)
    organisation_starts: frozenset[int] = attrs.field(init=False)
    """Where the organisations start."""
    next_organisation: tuple[int, ...] = attrs.field(init=False)
    """For each party, the index in ``parties`` of the first organisation after it (``len(parties)``: none)."""
    memo: dict[Hashable, Any] = attrs.field(factory=dict, eq=False, repr=False)
    """Per-document results of pure checks on entities, filled by the argument search (see ``arguments``)."""

    def __attrs_post_init__(self) -> None:
        # frozen: derived lookups are set once here
        object.__setattr__(self, "party_starts", _starts(self.parties))
        object.__setattr__(self, "date_starts", _starts(self.dates))
        object.__setattr__(self, "amount_starts", _starts(self.amounts))
        object.__setattr__(
            self, "organisation_starts", frozenset(e.start for e in self.parties if e.kind == "organisation")
        )
        following = [len(self.parties)] * len(self.parties)
        for i in range(len(self.parties) - 2, -1, -1):
            following[i] = i + 1 if self.parties[i + 1].kind == "organisation" else following[i + 1]
        object.__setattr__(self, "next_organisation", tuple(following))

    def parties_between(self, start: int, end: int) -> tuple[Entity, ...]:
        """Return the organisations and places starting within ``[start, end)``."""
        return self.parties[bisect.bisect_left(self.party_starts, start) : bisect.bisect_left(self.party_starts, end)]

    def dates_between(self, start: int, end: int) -> tuple[Entity, ...]:
        """Return the dates starting within ``[start, end)``."""
        return self.dates[bisect.bisect_left(self.date_starts, start) : bisect.bisect_left(self.date_starts, end)]

    def amounts_between(self, start: int, end: int) -> tuple[Entity, ...]:
        """Return the money and quantity facts starting within ``[start, end)``."""
        return self.amounts[bisect.bisect_left(self.amount_starts, start) : bisect.bisect_left(self.amount_starts, end)]

    def party_index(self, position: int) -> int:
        """Return the index in ``parties`` of the first party starting at or after ``position``."""
        return bisect.bisect_left(self.party_starts, position)


def lowered_text(index: FactIndex, text: str) -> str | None:
    """Return ``text`` (the document's, which ``index`` indexes) lower-cased, or None when lower-casing changes
    its length (rare non-ASCII letters) so that its offsets are no longer the text's; memoised per document.

    Used for cheap literal tests (``str.find``) before case-insensitive searches, with words whose letters
    lower-case from every character a case-insensitive pattern takes for them (no ``i`` nor ``s``: ``\u0131``
    and ``\u017f`` stay as they are).
    """
    lowered = index.memo.get(_LOWERED, _LOWERED)
    if lowered is _LOWERED:
        folded = text.lower()
        lowered = index.memo[_LOWERED] = folded if len(folded) == len(text) else None
    return cast(str | None, lowered)


_LOWERED = "lower-cased text"


def may_hold_any(window: str, words: tuple[str, ...]) -> bool:
    """Cheap test before a case-insensitive pattern every match of which holds one of ``words`` (lower-case
    ASCII): False only when no match can lie in ``window``.

    ``str.casefold`` maps every character that ``regex.IGNORECASE`` takes for an ASCII letter to that letter
    (``\\u017f`` to ``s``, the Kelvin sign to ``k``), but for the dotted capital ``\\u0130``, which it writes as two
    characters: a window holding one is never ruled out.
    """
    if "\u0130" in window:
        return True
    folded = window.casefold()
    for word in words:
        if word in folded:
            return True
    return False


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


_GROUP_OF_KIND = {"date": "date", "organisation": "party", "place": "party", "summit": "summit", "money": "amount"}
_GROUP_OF_KIND["quantity"] = "amount"
_START = attrgetter("start")


def index_facts(facts: Iterable[Fact], text: NormalizedText, header_span: tuple[int, int] | None = None) -> FactIndex:
    """Map the needed facts to normalised spans and sort them by kind.

    The publication date of the page header (``header_span``, raw offsets) is left out of the dates: it dates
    the report, not the events in it.  Dates, organisations and places without a name are left out too.

    A text that normalisation left as it was (the raw text equals the normalised one) maps every raw offset to
    itself: its facts are taken as they are, without a ``from_raw`` lookup each.
    """
    by_group: dict[str, list[Entity]] = {"date": [], "party": [], "summit": [], "amount": []}
    body = text.text
    unchanged = text.identical
    from_raw = text.from_raw
    group_of_kind = _GROUP_OF_KIND
    make = tuple.__new__  # Entity(...) without the Python-level __new__ of a named tuple: this runs per fact
    for fact in facts:
        kind = fact.kind
        group = group_of_kind.get(kind)
        if group is None:
            continue
        fact_start = fact.start
        if header_span is not None and kind == "date" and header_span[0] <= fact_start < header_span[1]:
            continue
        value = fact.value
        name = getattr(value, "timex" if kind == "date" else "name", value if kind == "date" else None)
        if not isinstance(name, str):
            name = str(value.get("name", "")) if kind != "date" and isinstance(value, dict) else ""
        if not name and group in ("date", "party"):
            continue
        start, end = (fact_start, fact.end) if unchanged else from_raw(fact_start, fact.end)
        demonym = kind == "place" and bool(name) and not _same_name(body[start:end], name)
        by_group[group].append(make(Entity, (kind, start, end, name, demonym, value)))
    parties = tuple(sorted(by_group["party"], key=_START))
    return FactIndex(
        masked=_masked(body, parties),
        dates=tuple(sorted(by_group["date"], key=_START)),
        parties=parties,
        summits=tuple(sorted(by_group["summit"], key=_START)),
        amounts=tuple(sorted(by_group["amount"], key=_START)),
    )


def _masked(text: str, entities: Iterable[Entity]) -> str:
    """Return ``text`` with the spans of ``entities`` (which may overlap) blanked to ``\x00`` characters."""
    pieces: list[str] = []
    cursor = 0
    for start, end in sorted((e.start, e.end) for e in entities):
        if end <= cursor:
            continue
        start = max(start, cursor)
        pieces.append(text[cursor:start])
        pieces.append("\x00" * (end - start))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


@functools.lru_cache(maxsize=4096)
def _same_name(surface: str, name: str) -> bool:
    """True when a place is written by its name (``Kazakhstan``, ``Xi 'an``), not as a demonym (``Kazakh``,
    ``Kenyan``, ``Pakistani``: a surface that only extends the name is a demonym).

    Cached: the same few place names come back in every document.
    """
    fold = "".join(filter(str.isalnum, surface.lower()))
    target = "".join(filter(str.isalnum, name.lower()))
    return fold == target or target.startswith(fold) and len(fold) > len(target) - 2
