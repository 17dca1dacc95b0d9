"""Names the text defines for an organisation: read before linking, they become aliases.

``X (Y)``, ``X, also known as Y``, ``X ... changed its name to Y`` (:func:`definitions`), an exchange filing's
``Stock Abbreviation: Y`` (:func:`stock_short_names`) and the words before a share's ticker
(:func:`listed_companies`); :func:`make_candidate` builds the mention of a defined name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import regex

from . import lexicon as lx
from .candidates import Candidate
from .gazetteer import OrganisationGazetteer
from .patterns import (
    CHUNK,
    DEFINITION_PHRASE,
    EXCHANGE_CODE,
    PARENTHESIS_ALIAS,
    TOKEN,
)
from .places import is_known_place, is_place_word

__all__ = ["make_candidate", "LONE_GENERIC", "definitions", "stock_short_names", "listed_companies"]

_SENTENCE_END = regex.compile(r"[.!?]\s+[\"']?\p{Lu}|\n")
_ALIAS_TEXT = regex.compile(r"\p{Lu}[\p{L}\p{N}&'.-]*(?:\ [\p{Lu}&][\p{L}\p{N}&'.-]*){0,4}")


def make_candidate(text: str, start: int, end: int, gazetteer: OrganisationGazetteer) -> Candidate:
    surface = text[start:end]
    words = tuple(m.group() for m in TOKEN.finditer(surface) if m.group() not in lx.CONNECTORS)
    return Candidate(start=start, end=end, surface=surface, form=surface, entry=gazetteer.lookup(surface), words=words)


LONE_GENERIC = lx.WEAK_HEADS | lx.STRONG_HEADS | lx.GENERIC_WORDS
"""Words that are no name by themselves, also when bracketed: ``China Energy Engineering (Group)``."""


def _alias_ok(surface: str, gazetteer: OrganisationGazetteer) -> bool:
    """Whether a defined name can be an organisation's: not a place (unless the gazetteer knows it) nor a number."""
    words = surface.split()
    return (
        0 < len(words) <= 5
        and not any(w in lx.SENTENCE_STARTERS or w in lx.TITLES for w in words[:1])
        and (gazetteer.lookup(surface) is not None or not (is_place_word(surface) or is_known_place(surface)))
        and surface not in lx.ACRONYM_STOP
        and not surface.isdigit()
        # "China Railway Engineering (Group) Co., Ltd.": a lone head or generic word is no name
        and not (len(words) == 1 and surface in LONE_GENERIC)
    )


def _redefines(name: Candidate, short: Candidate) -> bool:
    """Whether ``name (SHORT)`` gives a gazetteer acronym to another organisation than the gazetteer's:
    ``Compagnie du TransGuineen (CTG)`` is not China Three Gorges (``CTG``). The long name is unknown to the
    gazetteer and shares its first word with none of the entry's names (``China Three Gorges Corp (CTG)`` does).
    """
    entry = short.entry
    if entry is None or name.entry is not None or not short.surface.isupper():
        return False
    first = name.surface.split(" ", 1)[0]
    return all(other.split(" ", 1)[0] != first for other in (entry.name, *entry.aliases))


_DEFINITION_KEYWORDS = (
    "known as",
    "called",
    "named",
    "formerly",
    "previously",
    "renamed",
    "referred to",
    "abbreviated",
    "short for",
    "changed its",
    "changed their",
    "rebranded",
    "hereinafter",
)


def _definition_phrases(text: str) -> list[re.Match[str]]:
    """The definition phrases of the text; found from their keywords first, which is far faster than a scan."""
    windows = set()
    for keyword in _DEFINITION_KEYWORDS:
        position = text.find(keyword)
        while position >= 0:
            windows.add(max(0, position - 20))
            position = text.find(keyword, position + 1)
    found: dict[int, re.Match[str]] = {}
    for window in sorted(windows):
        for match in DEFINITION_PHRASE.finditer(text, window, window + 80):
            found.setdefault(match.start(), match)
    return [found[start] for start in sorted(found)]


def definitions(
    text: str, candidates: list[Candidate], gazetteer: OrganisationGazetteer
) -> list[tuple[int, int, bool]]:
    """Read the definitions in the text; new alias mentions are appended to ``candidates``."""
    phrases = _definition_phrases(text)
    if not phrases and "(" not in text:
        return []  # most documents: no bracketed short form, no "also known as"
    by_start = {c.start: i for i, c in enumerate(candidates)}
    ends = sorted((c.end, i) for i, c in enumerate(candidates))
    end_offsets = [end for end, _ in ends]
    aliases: list[tuple[int, int, bool]] = []
    redefined: set[str] = set()  # gazetteer acronyms the document defines as another organisation's

    def mention_at(start: int, end: int | None = None) -> int | None:
        if start in by_start:
            index = by_start[start]
            if end is None or candidates[index].end >= end:
                return index
            # The scan found a shorter mention where the definition names a longer one ("CRCC" of
            # ("CRCC Investment")): the defined words are the mention, or the short one would be read
            # as an acronym of another organisation.
            surface = text[start:end].rstrip(".,")
            if not _alias_ok(surface, gazetteer):
                return index
            candidates[index] = make_candidate(text, start, start + len(surface), gazetteer)
            return index
        if end is None:
            chunk = CHUNK.match(text, start)
            if chunk is None:
                return None
            match = _ALIAS_TEXT.match(text, start, chunk.end())
            if match is None:
                return None
            end = match.end()
        surface = text[start:end].rstrip(".,")
        if not _alias_ok(surface, gazetteer):
            return None
        candidates.append(make_candidate(text, start, start + len(surface), gazetteer))
        by_start[start] = len(candidates) - 1
        return len(candidates) - 1

    for index in range(len(candidates)):
        candidate = candidates[index]
        if not (text.startswith(" (", candidate.end) or text.startswith("(", candidate.end)):
            continue
        match = PARENTHESIS_ALIAS.match(text, candidate.end)
        if match is None:
            continue
        inner = match.group(1).strip()
        if not inner or "," in inner or not inner[0].isupper() or _ALIAS_TEXT.fullmatch(inner) is None:
            continue
        if inner.rsplit(" ", 1)[-1] in lx.UNIT_HEADS and " " in inner:
            continue  # "Ministry of Energy (Power Division)": the body's internal unit, no other name of it
        alias = mention_at(match.start(1), match.start(1) + len(inner))
        if alias is not None and alias != index:
            aliases.append((index, alias, True))
            if _redefines(candidate, candidates[alias]):
                redefined.add(candidates[alias].surface)

    if redefined:
        for i, c in enumerate(candidates):
            if c.entry is not None and c.surface in redefined:
                candidates[i] = c._replace(entry=None)
    for phrase in phrases:
        # The name defined must follow a mention of the same sentence ("X was renamed Y"); a
        # definition of something that is no mention ("Nur-Sultan was renamed Astana") adds nothing.
        before = None
        position = bisect.bisect_right(end_offsets, phrase.start()) - 1
        if position >= 0:
            end, i = ends[position]
            if _SENTENCE_END.search(text, end, phrase.start()) is None:
                before = i
        if before is None:
            continue
        after = mention_at(phrase.end())
        if after is None or after == before:
            continue
        aliases.append((before, after, phrase.group("old") is not None))
    return aliases


_STOCK_SHORT_NAME = regex.compile(
    r"\b(?:Stock|Securities|Share)[^\S\n]+(?:Abbreviation|Short[^\S\n]+Name|Name|Abbr\.)[^\S\n]*[:：][^\S\n]*"
    r"(?P<name>\p{Lu}[\p{L}\p{N}&'.-]*(?: (?:& )?\p{Lu}[\p{L}\p{N}&'.-]*){0,4})"
    r"(?=[^\S\n]{2,}|[^\S\n]*(?:\n|$|[|;,])|[^\S\n]+(?:Stock|Securities|Announcement|Bond|Share)\b)",
    regex.IGNORECASE,
)
"""The issuer's registered short name in a Chinese exchange filing's header: ``Stock Abbreviation: Sinoma
International``, ``Stock Short Name: CRCC`` (Shanghai and Shenzhen filings in English); an ampersand may join its
words (``Stock Abbreviation: Sichuan Road & Bridge``)."""
_STOCK_SHORT_NAME_KEYS = ("bbreviation", "hort Name", "hort name", "HORT NAME", "BBREVIATION", "Abbr.")
_HEADER_REACH = 2000
"""Filing headers stand at the top: the short name is looked for in the first characters only."""


def stock_short_names(
    text: str, candidates: list[Candidate], gazetteer: OrganisationGazetteer
) -> list[tuple[int, int, bool]]:
    """Mentions of the issuer by its stock short name (see :data:`_STOCK_SHORT_NAME`), appended to
    ``candidates``, and the aliases that link each to the first fuller name of the document it begins
    (``Sinoma International`` ~ ``Sinoma International Engineering Co., Ltd.``)."""
    head = text[:_HEADER_REACH]
    if not any(key in head for key in _STOCK_SHORT_NAME_KEYS):
        return []
    aliases: list[tuple[int, int, bool]] = []
    for match in _STOCK_SHORT_NAME.finditer(head):
        start, end = match.span("name")
        name = match.group("name").rstrip(".")
        end = start + len(name)
        if name.isdigit() or any(c.start < end and start < c.end for c in candidates):
            continue
        candidates.append(make_candidate(text, start, end, gazetteer))
        short = len(candidates) - 1
        words = candidates[short].words
        fuller = [
            i
            for i, c in enumerate(candidates[:short])
            if len(c.words) > len(words)
            and tuple(w.lower() for w in c.words[: len(words)]) == tuple(w.lower() for w in words)
        ]
        if fuller:
            aliases.append((min(fuller, key=lambda i: candidates[i].start), short, True))
    return aliases


_LISTED_NAME = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}\p{N}&'-]*(?: \p{Lu}[\p{L}\p{N}&'-]*){0,3})"
    rf" \({EXCHANGE_CODE}: ?[A-Z0-9][A-Z0-9.]{{0,7}}[);,]"
)
"""Capitalised words before a share's ticker on its exchange: ``Safaricom (NSE: SCOM)``, ``Jollibee (PSE: JFC)``."""
_TICKER = re.compile(rf" \({EXCHANGE_CODE}: ?[A-Z0-9]")


def listed_companies(text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer) -> list[Candidate]:
    """Mentions of companies that the text names by their share's ticker, where no name's shape found them.

    ``Safaricom (NSE: SCOM) shares rose``: only a listed company has a ticker, so the words before it name
    one; the same words elsewhere in the text (``Separately, Safaricom signed ...``) name it too. A name that
    some mention already ends there is left to it; leading sentence words and titles are no part of the name.
    """
    if ":" not in text or _TICKER.search(text) is None:
        return []  # (every match of _LISTED_NAME holds a ticker: most texts hold none)
    ends = {c.end for c in candidates}
    names: set[str] = set()
    for match in _LISTED_NAME.finditer(text):
        if match.end("name") in ends:
            continue
        words = match.group("name").split(" ")
        while words and (words[0] in lx.SENTENCE_STARTERS or words[0] in lx.TITLES):
            words = words[1:]
        name = " ".join(words)
        if words and len(name) >= 3 and not name.isupper() and _alias_ok(name, gazetteer):
            names.add(name)
    found: list[Candidate] = []
    for name in names:
        for match in regex.finditer(rf"(?<![\p{{L}}\p{{N}}&-]){regex.escape(name)}(?![\p{{L}}\p{{N}}&-])", text):
            found.append(make_candidate(text, match.start(), match.end(), gazetteer))
    return found
