"""Find place mentions: the plugin's entry point, :func:`find_places`, and the glue it needs.

It runs the gazetteer's matcher, drops the parts of hyphenated names (:mod:`.hyphens`) and matches inside
blocked facts, asks :mod:`.keep_rules` whether each match is a place mention, chooses each kept match's reading,
then adds the places that only their context shows (:mod:`.context_places`).
"""

from __future__ import annotations

import bisect
import collections
import functools
from collections.abc import Iterator, Sequence

import regex

from bri_corpus.document import Document
from bri_corpus.facts import Fact
from bri_corpus.normalize import NormalizedText

from .context_places import (
    agree_with_stated,
    caps_leads,
    caps_lines,
    context_division,
    datelines,
    divisions_from_context,
    host_country,
    more_mentions,
    named_divisions,
    ordinal_named,
    the_gulf,
    towns_from_context,
    towns_in_lists,
)
from .gazetteer import Candidate, PlaceEntry, find_candidates
from .hyphens import without_hyphen_parts
from .keep_rules import OrganisationStarts, TitleCaseLines, is_surname, keep, names_person
from .patterns import NEXT_WORD
from .resolve import choose_reading, place_value
from .stated_towns import stated_towns
from .towns import licensed_towns, with_town_country

__all__ = ["BLOCKING_KINDS", "find_places"]


# Values repeat (a document names the same few places again and again); Place is immutable.
_value = functools.lru_cache(maxsize=4096)(place_value)

_NEARBY = 30
"""How close (in characters) a place must follow another for that one's country to pick its reading
(``Naivasha-Malaba``, ``from Mombasa to Malaba``)."""


_DIVISION_NOUNS_AFTER = (
    " district",
    " province",
    " county",
    " counties",
    " upazila",
    " tehsil",
    " taluka",
    " regions",
)
"""Lower-case division nouns after a name that make it a region (``Kasi district``, ``Nowshera district``)."""


_LIST_OF_DIVISIONS_AFTER = regex.compile(
    r"(?:,[ ]\p{Lu}[\p{L}\p{M}'-]+){0,4}(?:,?[ ]and[ ]\p{Lu}[\p{L}\p{M}'-]+)"
    r"[ ]regions\b"
)
"""The rest of a list of divisions after its first name (``Nawa``, then ``, Guémon and Tonkpi regions``): the first
name is a division too, not a same-name town elsewhere."""


def _district_reading(entry: PlaceEntry, document_countries: collections.Counter[str], own_mentions: int) -> PlaceEntry:
    """The region reading of a city name before ``district``/``province``: the district of that name in the city's
    country when the document names that country otherwise (``own_mentions``: the mentions of the name itself,
    which the counts hold), else in the country the document names most (``Kasi district`` in a story from Laos is
    Lao, not India's Kasi)."""
    named = entry.country is not None and document_countries[entry.country] > own_mentions
    country = entry.country if named else host_country(document_countries)
    return context_division(entry.name, country or entry.country or "", "region")


def _joined_country(text: str, candidate: Candidate, following: Candidate) -> str | None:
    """The country of an unambiguous place joined to the match by a hyphen or ``and``/``to`` (``Malaba-Kampala``,
    ``Malaba and Kampala``): it decides the reading of the match when no place just before does."""
    if len(following.entries) != 1 or text[candidate.end : following.start] not in ("-", " and ", " to ", "/"):
        return None
    return following.entries[0].country


_CREDIT_OR_CENTS = regex.compile(r"\((?:[Aa]dditional )?[Rr]eporting by [^()\n]{1,200}\)|\b(?:US|U\.S\.)(?= cents\b)")
"""A wire story's bracketed closing credits (``(Reporting by X in Montevideo; Editing by Y)``: where the reporters
sat, not what the story is about) and the country of a currency's cents (``1.29 US cents``). A credit on a line of
its own, and links to other stories (``Read more:``), are page chrome (:mod:`bri_corpus.chrome`)."""

_CREDIT_OR_TEASER_KEYS = ("eporting by", " cents")
"""Where :data:`_CREDIT_OR_CENTS` may match: found by ``in``, far faster than a scan."""


BLOCKING_KINDS = ("organisation", "summit", "money")
"""Kinds whose spans hold no place fact (the extractor's ``needs``)."""


def _blocked_spans(facts: Sequence[Fact]) -> tuple[list[int], list[int]]:
    """Return the raw spans of the organisation, summit and money facts, sorted by start.

    A place inside a money amount names its currency (``400,000 U.S. dollars``), not the country.
    """
    spans = sorted((f.start, f.end) for f in facts if f.kind in BLOCKING_KINDS)
    return [s for s, _ in spans], [e for _, e in spans]


def _overlaps(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the (few, nearby) blocked spans that start before ``end``."""
    index = bisect.bisect_left(starts, end)
    for i in range(index - 8 if index > 8 else 0, index):
        if ends[i] > start:
            return True
    return False


_SAINT_PREFIXES = ("St ", "St. ", "Saint ", "Christ ")
"""How the names of parishes named after a saint or a church start (``St James``, ``Christ Church``)."""


def find_places(document: Document, text: NormalizedText, facts: Sequence[Fact] = ()) -> Iterator[Fact]:
    """Yield a ``place`` fact for every country, region and city mention in the document.

    Matches inside organisation or summit facts (found earlier by the plugins this one needs) are
    dropped, because annotation is flat: ``Ministry of Health of Kazakhstan`` holds no place; so are
    matches inside money amounts, where they name a currency (``U.S. dollars``).
    """
    normal = text.text
    candidates = without_hyphen_parts(normal, list(find_candidates(normal)))
    # How often the document names each country: by name or demonym, or by a place whose readings all lie in
    # one country (Jalal-Abad the city and Jalal-Abad the region).
    named: list[str] = []
    for _, _, surface, entries in candidates:
        country = entries[0].country
        if (
            country
            and (
                len(entries) == 1
                or entries[0].source in ("country", "demonym")
                or all(e.country == country for e in entries)
            )
            and not (entries[0].source == "subdivision" and surface.startswith(_SAINT_PREFIXES))
        ):
            named.append(country)
    document_countries = collections.Counter(named)  # counted in C, in the same order
    starts, ends = _blocked_spans(facts)
    if any(key in normal for key in _CREDIT_OR_TEASER_KEYS):
        credits = [m.span() for m in _CREDIT_OR_CENTS.finditer(normal)]
        if credits:
            candidates = [c for c in candidates if not any(s <= c.start < e for s, e in credits)]
    organisation_starts = OrganisationStarts(text, facts)
    title_case = TitleCaseLines(normal)
    to_raw = None if text.identical else text.to_raw
    previous_end, previous_country = -_NEARBY, None  # the place kept last: where it ends, its country
    surnames: set[str] = set()  # places named as a person's surname earlier in the document
    kept: list[tuple[int, int, PlaceEntry]] = []  # the matches kept: start, end, reading
    for index, candidate in enumerate(candidates):
        start, end, surface, entries = candidate
        if entries[0].source not in ("country", "demonym") and (surface in surnames or is_surname(normal, start)):
            surnames.add(surface)  # "Igor Borisov ... Borisov visited": the person, not Belarus's town
            continue
        if entries[0].source not in ("country", "demonym") and names_person(normal, candidate):
            continue  # "said Wen Shanxi", "Written by Sothea Kampot": a person's surname, this mention only
        if surface.startswith(_SAINT_PREFIXES) and all(e.source == "subdivision" for e in entries):
            # "St James", "Saint Andrew": a Caribbean parish only in a story naming its country, else a saint's
            # church, school or person
            entries = tuple(e for e in entries if e.country in document_countries)
            if not entries:
                continue
            candidate = candidate._replace(entries=entries)
        if starts:
            # A match inside a blocked span yields nothing whatever its context: dropped before any rule runs
            # (the rules and the reading have no effect on later matches; only kept places do).
            raw_start, raw_end = (start, end) if to_raw is None else to_raw(start, end)
            if _overlaps(starts, ends, raw_start, raw_end):
                continue
        if not keep(normal, candidate, title_case, organisation_starts):
            continue
        if len(entries) == 1:
            entry = entries[0]  # what choose_reading returns, without looking at the next word
            if entry.country == "CG" and surface == "Congo":
                entry = _congo_reading(entry, normal, document_countries)
        else:
            following = NEXT_WORD.match(normal, end)
            nearby_country = previous_country if start - previous_end <= _NEARBY else None
            if nearby_country is None and index + 1 < len(candidates):
                nearby_country = _joined_country(normal, candidate, candidates[index + 1])
            entry = choose_reading(
                entries,
                next_word=following.group(1) if following else None,
                document_countries=document_countries,
                nearby_country=nearby_country,
            )
        if entry.type == "city" and (
            normal.startswith(_DIVISION_NOUNS_AFTER, end)
            or (normal.startswith((", ", " and "), end) and _LIST_OF_DIVISIONS_AFTER.match(normal, end))
        ):
            own_mentions = sum(c.surface == surface for c in candidates)  # rare: no need to index
            entry = _district_reading(entry, document_countries, own_mentions)
        fact = Fact.from_normalized(document, text, kind="place", start=start, end=end, value=_value(entry, surface))
        previous_end, previous_country = end, entry.country
        kept.append((start, end, entry))
        yield fact
    dateline_places = list(datelines(normal))
    taken = {start for start, _, _, _ in dateline_places}
    ordinal_places = list(ordinal_named(normal)) if "th of " in normal else []
    towns = list(towns_from_context(normal, document_countries))
    towns.extend(divisions_from_context(normal, document_countries))
    towns.extend(named_divisions(normal, document_countries))
    towns.extend(towns_in_lists(normal, kept))
    if ", " in normal:
        found_towns = {start for start, _, _, _ in towns}
        towns.extend(town for town in stated_towns(normal) if town[0] not in found_towns)
    if towns:
        towns = with_town_country(towns, document_countries)
    # the second tier of towns, where the context licenses a place (towns.py)
    towns.extend(licensed_towns(normal, kept, {start for start, _, _, _ in towns} | taken))
    if towns:
        towns.extend(more_mentions(normal, towns))
        towns = agree_with_stated(towns)
    if "he Gulf" in normal:
        towns.extend(the_gulf(normal))
    for start, end, entry, surface in [
        *dateline_places,
        *caps_lines(normal, taken),
        *caps_leads(normal, taken),
        *ordinal_places,
        *towns,
    ]:
        fact = Fact.from_normalized(document, text, kind="place", start=start, end=end, value=_value(entry, surface))
        if starts and _overlaps(starts, ends, fact.start, fact.end):
            continue
        yield fact


_DR_CONGO_PLACES = regex.compile(r"\b(?:Kinshasa|Lubumbashi|Kolwezi|Katanga|Lualaba|Kivu|Goma|Bukavu|Kisangani|DRC)\b")
_CONGO_REPUBLIC_PLACES = regex.compile(r"\b(?:Brazzaville|Pointe-Noire|(?<!Democratic )Republic of (?:the )?Congo)\b")


def _congo_reading(entry: PlaceEntry, text: str, document_countries: collections.Counter[str]) -> PlaceEntry:
    """A bare ``Congo`` is the DR Congo in a story that names its places (Kinshasa, Lualaba, Kolwezi) or the
    DR Congo more often than the Republic's; otherwise the gazetteer's reading (the Republic of the Congo)."""
    if _CONGO_REPUBLIC_PLACES.search(text):
        return entry
    if document_countries["CD"] or _DR_CONGO_PLACES.search(text):
        return _dr_congo(entry)
    return entry


@functools.lru_cache(maxsize=1)
def _dr_congo(entry: PlaceEntry) -> PlaceEntry:
    """The DR Congo reading of a bare ``Congo``."""
    return PlaceEntry(
        surface=entry.surface, name=entry.name, type="country", country="CD", population=0, source=entry.source
    )
