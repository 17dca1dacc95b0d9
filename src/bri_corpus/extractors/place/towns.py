"""The second tier of towns: small places read only where their context says a place is meant.

``data/towns.tsv`` (written by :mod:`.generate`) holds about 180,000 geonames towns of 1,000 to 15,000 people and
the alternate spellings of cities of 15,000 to 100,000 (``Khulais`` for GeoNames' ``Khulayş``) that the
gazetteer lacks.  Many of them are also people's names, words or companies (``Wang``, ``Tesla``), so the matcher
never sees them; :func:`licensed_towns` takes one only in a context that licenses a place:

* ``in/near/at X, <known region or country>`` and ``X, <known region> province/region/state``, with a reading of
  X in that place's country (``near Rembia, Melaka``);
* a hyphenated pair with a known city or region of one of X's countries (``the Miskolc-Mályi Industrial Park``);
* ``in/near/at/outside X`` before punctuation or a lower-case word, when X is a town (of known population) of the
  country the document's places point at most (China counting half: ``in Jebba.`` in a Nigerian story), and no
  apposition calls it something else (``from X, a Turkish construction firm``).

:func:`with_town_country` gives a town found by its other contexts (``the village of X``, ``X town``) the
tier's country when the document names it.  The file is read on the first lookup, as bytes (3.6 MB): a lookup
is a ``bytes.find`` within the lines of the name's two-letter prefix, so the table costs no Python object per
town.
"""

from __future__ import annotations

import collections
import functools
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from .gazetteer import PlaceEntry, lookup
from .patterns import DIVISION_NOUNS, FUNCTION_WORDS
from .resolve import mention_weight

__all__ = ["licensed_towns", "town_readings", "with_town_country"]

TOWNS = Path(__file__).parent / "data" / "towns.tsv"

_MONTH_NOT_IN_NOT_TOWNS = "May"
"""The one month or weekday ``context_places.NOT_TOWNS`` leaves out; the tier refuses it too."""


@functools.cache
def _table() -> tuple[bytes, int, dict[str, tuple[int, int]]]:
    """The file's bytes, where its towns' lines start, and where each two-letter prefix's lines lie after that."""
    data = TOWNS.read_bytes()
    index_start = data.index(b"## index\n") + len(b"## index\n")
    marker = data.index(b"\n## towns", index_start)
    index = {}
    for item in data[index_start:marker].decode("utf-8").split("\t"):
        prefix, start, end = item.split("|")
        index[prefix] = (int(start), int(end))
    return data, marker + len(b"\n## towns"), index


@functools.lru_cache(maxsize=4096)
def town_readings(name: str) -> tuple[tuple[str, int], ...]:
    """The tier's readings of ``name``: ``(alpha-2, population)``, most populous first; ``()`` when it is no town
    of the tier."""
    data, base, index = _table()
    span = index.get(name[:2])
    if span is None:
        return ()
    needle = b"\n" + name.encode("utf-8") + b"\t"
    at = data.find(needle, base + span[0], base + span[1])
    if at < 0:
        return ()
    line_end = data.find(b"\n", at + 1)
    readings = data[at + len(needle) : line_end if line_end >= 0 else len(data)].decode("ascii")
    return tuple((reading[:2], int(reading[3:])) for reading in readings.split(";"))


@functools.lru_cache(maxsize=1024)
def _town(name: str, country: str, population: int) -> PlaceEntry:
    """The reading of a tier town: a city of the country its context chose."""
    return PlaceEntry(surface=name, name=name, type="city", country=country, population=population, source="city")


def _reading_in(name: str, countries: collections.Counter[str] | set[str]) -> tuple[str, int] | None:
    """The reading of ``name`` in one of ``countries`` (the one named most, then the most populous town)."""
    readings = [r for r in town_readings(name) if r[0] in countries]
    if not readings:
        return None
    if isinstance(countries, collections.Counter):
        return max(readings, key=lambda r: (countries[r[0]], r[1]))
    return readings[0]


def _can_be_town(text: str, name: str) -> bool:
    """Whether a capitalised name may be a tier town here: not a function word, month, day or word of link
    names, not a gazetteer surface (its own rules decided), not a word the text writes in lower case."""
    from .context_places import NOT_TOWNS  # noqa: PLC0415  (context_places imports this module's users)

    return (
        name not in FUNCTION_WORDS
        and name not in NOT_TOWNS
        and name != _MONTH_NOT_IN_NOT_TOWNS
        and lookup(name) is None
        and f" {name.lower()}" not in text
    )


_NAME = r"[^\W\d_][^\W\d_'-]+(?:-[^\W\d_]+)?"

_AFTER_PREPOSITION = re.compile(
    r" (?P<preposition>in|near|at|outside|around|from|via|(?:[Rr]esidents|[Ii]nhabitants|[Vv]illagers|people) of)"
    r" (?P<name>[A-Z\u00c0-\u00d6\u00d8-\u00de][^\W\d_'-]+(?:-[^\W\d_]+)?)(?=, |[.;:)]| [a-z]|$)"
)
"""A name standing alone after a preposition: ``near Rembia, Melaka``, ``in Jebba.``, ``near Jebba and``."""
_BARE_PREPOSITIONS = frozenset(
    {"in", "near", "at", "outside", "residents of", "inhabitants of", "villagers of", "people of"}
)
"""The prepositions after which a tier town may stand without a known place after it."""

_CAPITAL_WORD = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][^\W\d_'-]+"
_TWO_WORDS_AFTER_PREPOSITION = re.compile(
    rf" (?:in|near|at|outside) (?P<name>{_CAPITAL_WORD} {_CAPITAL_WORD})(?=, |[.;:)]| [a-z]|$)"
)
"""A two-word town name standing alone after a preposition (``in Salinas Victoria,``): taken only when the tier
holds the whole name."""
_IN_UNKNOWN_DIVISION = re.compile(
    rf", in (?:the )?{_CAPITAL_WORD}(?: {_CAPITAL_WORD})? "
    rf"(?:{'|'.join(DIVISION_NOUNS)})(?![\w-])"
)
"""A statement that the name before lies in a division the gazetteer may not know (``at Ghidici, in Dolj
county``): the document's country decides the reading."""
_PAIR = re.compile(
    rf"(?<![\w-])(?:between (?P<between>{_CAPITAL_WORD}(?:-{_CAPITAL_WORD})?) and"
    rf"|from (?P<from>{_CAPITAL_WORD}(?:-{_CAPITAL_WORD})?) to) (?P<right>{_CAPITAL_WORD}(?:-{_CAPITAL_WORD})?)"
    r"(?![\w-]| [A-Z\u00c0-\u00de])"
)
"""Two ends of a route or link, ``between X and Y`` / ``from X to Y``: a known city or region on one side makes the
other a tier town of its country (``the route between Kazarman and Jalal-Abad``)."""

_DESIGNATORS_AFTER = (" Province", " province", " Region", " region", " State", " Governorate", " governorate")
"""Designators after a known region that make ``X, <region> province`` a town in it."""
_DESIGNATORS_IN_SPAN = (" Province", " Region", " State", " Governorate")
"""Designators that end a known region's name (``Kyzylorda Region``) to the same effect."""
_HYPHEN_BEFORE_CAPITAL = re.compile(r"-(?=[A-Z\u00c0-\u00d6\u00d8-\u00de])")

_NAME_BEFORE_COMMA = re.compile(rf"(?<![^\W\d_'-])(?P<name>{_NAME}), $")
_NAME_AFTER_HYPHEN = re.compile(rf"(?P<name>{_NAME})(?![^\W\d_'-])")
_NAME_BEFORE_HYPHEN = re.compile(r"(?<![^\W\d_'-])(?P<name>[^\W\d_][^\W\d_']+)-$")
"""The name before a hyphen (searched in a window ending after the hyphen)."""

_Found = tuple[int, int, PlaceEntry, str]


def _capitalised(name: str) -> bool:
    return all(word[:1].isupper() and word[1:2].islower() for word in name.replace("-", " ").split(" "))


def licensed_towns(
    text: str,
    kept: Sequence[tuple[int, int, PlaceEntry]],
    taken: set[int],
) -> Iterator[_Found]:
    """Yield the tier towns that their context licenses (see the module's docstring).

    ``kept``: the gazetteer places kept, in text order; ``taken``: starts of places already found otherwise.
    """
    found: set[int] = set(taken)
    places = _KeptPlaces(kept)
    # after a preposition: "near X, <known place>" (a reading in that place's country) or "in X." (a town of the
    # country the kept places point at most; not the document's counts of every match, which include refused
    # ones: "Minister Ica")
    for match in _AFTER_PREPOSITION.finditer(text):
        name = match.group("name")
        if not town_readings(name) or match.start("name") in found:
            continue  # the usual case: a known place (the tier holds no gazetteer surface), or no town at all
        start = match.start("name")
        if text.startswith(", ", match.end()):
            known = places.starting_at(match.end() + 2)
            if known is not None and known.country is not None and known.type != "city":
                yield from _licensed(text, name, start, {known.country}, found)
                continue
            if _IN_UNKNOWN_DIVISION.match(text, match.end()):
                yield from _licensed(text, name, start, places.host(), found)
                continue
        if match.group("preposition").lower() in _BARE_PREPOSITIONS and not _described_as_other(text, match.end()):
            yield from _licensed(text, name, start, places.host(), found, known_population=True)
    # two-word names after a preposition: "in Salinas Victoria," (the tier holds the whole name)
    for match in _TWO_WORDS_AFTER_PREPOSITION.finditer(text):
        name = match.group("name")
        if town_readings(name) and not _described_as_other(text, match.end()):
            yield from _licensed(text, name, match.start("name"), places.host(), found, known_population=True)
    # the ends of a route: "between Kazarman and Jalal-Abad", "from Kibeho to Huye"
    if " between " in text or " to " in text:
        yield from _route_ends(text, places, found)
    # an island named with its own word for island: "on Pulau Muara Besar" in a story about Brunei
    if _ISLAND_WORDS.search(text):
        yield from _islands(text, places, found)
    # "X, <known region> province": before a division's designator, no preposition needed
    for known_start, known_end, entry in kept:
        if text[known_start - 2] != "," or entry.type != "region" or entry.country is None or known_start < 2:
            continue  # the usual case: one character tells
        if entry.surface.endswith(_DESIGNATORS_IN_SPAN) or text.startswith(_DESIGNATORS_AFTER, known_end):
            before = _NAME_BEFORE_COMMA.search(text, max(0, known_start - 40), known_start)
            if before is not None and town_readings(before.group("name")):
                yield from _licensed(text, before.group("name"), before.start("name"), {entry.country}, found)
    # hyphenated pairs with a known city or region: Miskolc-Mályi, Mályi-Miskolc
    for hyphen in _HYPHEN_BEFORE_CAPITAL.finditer(text):
        at = hyphen.start()
        after = _NAME_AFTER_HYPHEN.match(text, at + 1)
        if after is not None and town_readings(after.group("name")):
            _, left = places.ending_at(at)
            if left is not None and left.country is not None and left.type != "country":
                yield from _licensed(text, after.group("name"), after.start(), {left.country}, found)
        before = _NAME_BEFORE_HYPHEN.search(text, max(0, at - 40), at + 1)
        if before is not None and town_readings(before.group("name")):
            right = places.starting_at(at + 1)
            if right is not None and right.country is not None and right.type != "country":
                yield from _licensed(text, before.group("name"), before.start("name"), {right.country}, found)


def _route_ends(text: str, places: _KeptPlaces, found: set[int]) -> Iterator[_Found]:
    """The tier town at one end of ``between X and Y`` / ``from X to Y`` whose other end is a known city or
    region: a reading in that place's country."""
    for match in _pairs(text):
        left = "between" if match.group("between") is not None else "from"
        ends = ((left, "right"), ("right", left))
        for town_group, known_group in ends:
            name = match.group(town_group)
            if not town_readings(name):
                continue
            known = places.starting_at(match.start(known_group))
            if known is None or known.country is None or known.type == "country":
                continue
            if places.ending_at(match.end(known_group))[1] is not known:
                continue  # the known place must be the whole other end, not "Jalal" of a longer name
            yield from _licensed(text, name, match.start(town_group), {known.country}, found)


def _pairs(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_PAIR`, as ``_PAIR.finditer`` gives them, tried only where ``between `` or ``from ``
    starts: five times faster than letting the pattern scan every position of the text."""
    starts: list[int] = []
    for word in ("between ", "from "):
        at = text.find(word)
        while at != -1:
            starts.append(at)
            at = text.find(word, at + 1)
    starts.sort()
    end = -1
    for at in starts:
        if at < end:
            continue
        match = _PAIR.match(text, at)
        if match is not None:
            end = match.end()
            yield match


_ISLAND_WORDS = re.compile(r"\b(?:Pulau|Isla|Ilha|\u00cele|Nusa) [A-Z\u00c0-\u00d6\u00d8-\u00de]")
_ISLAND = re.compile(
    r" (?:on|in|at|off|near) (?P<name>(?:Pulau|Isla|Ilha|\u00cele|Nusa)(?: (?:de |do |da |des |du |de la )?"
    rf"{_CAPITAL_WORD}){{1,3}})(?=[,.;:)\n]| [a-z]|$)"
)
"""An island named with a local word for island (Malay ``Pulau``, Spanish ``Isla``, Portuguese ``Ilha``, French
``\u00cele``, Indonesian ``Nusa``) after a preposition, before punctuation or a lower-case word.  ``Koh``/``Ko``
(Thai, Khmer) are left out: they are common surnames (``Koh Poh Koon``)."""


def _islands(text: str, places: _KeptPlaces, found: set[int]) -> Iterator[_Found]:
    """Islands the gazetteer lacks, read as regions of the country the document's places point at most."""
    host = places.host()
    if len(host) != 1:
        return
    country = next(iter(host))
    for match in _ISLAND.finditer(text):
        name, start = match.group("name"), match.start("name")
        if start in found or places.starting_at(start) is not None or lookup(name) is not None:
            continue
        found.add(start)
        yield start, match.end("name"), _island(name, country), name


@functools.lru_cache(maxsize=256)
def _island(name: str, country: str) -> PlaceEntry:
    return PlaceEntry(surface=name, name=name, type="region", country=country, population=0, source="region")


class _KeptPlaces:
    """The gazetteer places kept, indexed by start and end on first use (most documents need neither)."""

    def __init__(self, kept: Sequence[tuple[int, int, PlaceEntry]]) -> None:
        self._kept = kept
        self._starts: dict[int, PlaceEntry] | None = None
        self._ends: dict[int, tuple[int, PlaceEntry]] | None = None
        self._host: set[str] | None = None

    def starting_at(self, start: int) -> PlaceEntry | None:
        if self._starts is None:
            self._starts = {start: entry for start, _, entry in self._kept}
        return self._starts.get(start)

    def ending_at(self, end: int) -> tuple[int | None, PlaceEntry | None]:
        if self._ends is None:
            self._ends = {end: (start, entry) for start, end, entry in self._kept}
        return self._ends.get(end, (None, None))

    def host(self) -> set[str]:
        """The country the kept places point at most (China counting half), as a set; empty without any."""
        if self._host is None:
            counts = collections.Counter(entry.country for _, _, entry in self._kept if entry.country)
            self._host = {max(counts, key=lambda code: mention_weight(counts, code))} if counts else set()
        return self._host


_APPOSITION = re.compile(r", an? (?P<words>(?:[^\W\d_][\w-]* ){0,2}[^\W\d_][\w-]*)")
_SETTLEMENT_WORDS = frozenset(
    "town village city port district county settlement municipality community region area township".split()
)


def _described_as_other(text: str, end: int) -> bool:
    """Whether an apposition after the name says it is something other than a settlement (``from Nurdagi, a
    Turkish construction firm``; not ``in Nurdagi, a town of 40,000``)."""
    apposition = _APPOSITION.match(text, end)
    if apposition is None:
        return False
    return not any(word.lower() in _SETTLEMENT_WORDS for word in apposition.group("words").split(" "))


def _licensed(
    text: str, name: str, start: int, countries: set[str], found: set[int], *, known_population: bool = False
) -> Iterator[_Found]:
    """The tier town ``name`` at ``start`` in one of ``countries``, if it may be a town here (``known_population``:
    only a town whose population GeoNames knows, for the weakest context)."""
    if start in found:
        return
    reading = _reading_in(name, countries)  # a cached lookup: most names are no tier town of these countries
    if reading is None or (known_population and reading[1] == 0):
        return
    if not _capitalised(name) or not _can_be_town(text, name):
        return
    found.add(start)
    yield start, start + len(name), _town(name, reading[0], reading[1]), name


def with_town_country(towns: list[_Found], document_countries: collections.Counter[str]) -> list[_Found]:
    """Give a town found by its context (``the village of X``, ``X town``: the country the document names most)
    the country of its tier reading when the document names that country too."""
    changed = []
    for start, end, entry, surface in towns:
        if entry.population == 0 and entry.country is not None and entry.type in ("city", "region"):
            countries = {code for code, _ in town_readings(surface)}
            if countries and entry.country not in countries:
                reading = _reading_in(surface, document_countries)
                if reading is not None and entry.type == "city":
                    entry = _town(surface, reading[0], reading[1])
                elif reading is not None:
                    entry = entry._replace(country=reading[0])  # a district named after its town
        changed.append((start, end, entry, surface))
    return changed
