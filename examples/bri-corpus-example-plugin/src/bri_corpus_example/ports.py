"""Find seaports and dry ports in a document's normalised text.

Two patterns find candidates: ``<Name> [modifiers] port`` (``Gwadar Port``,
``Khorgos Gateway dry port``, ``Hambantota International Port``) and
``Port of <Name>`` (``Port of Piraeus``).  A third finds the few ports whose
full name has no port word (``Khorgos Gateway``, ``Port Qasim``).  The gazetteer
turns a known name into its canonical name and country; an unknown name is
kept only when it is written like a proper name (``Sokhna Port``, with a capital
P), and its country comes from a ``place`` fact in the same sentence.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator, Sequence

import attrs
import regex

from bri_corpus import Document, Fact, NormalizedText

from .gazetteer import Gazetteer, load_gazetteer

__all__ = ["Port", "find_ports"]


@attrs.frozen(kw_only=True)
class Port:
    """A port fact's value: its canonical name and the country it lies in, when known."""

    name: str = attrs.field(validator=attrs.validators.min_len(1))
    country: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.matches_re(r"[A-Z]{2}"))
    )

    def to_json(self) -> dict[str, str]:
        """Return ``{"name"[, "country"]}`` (``country`` left out when unknown, as the fact format does)."""
        out = {"name": self.name}
        if self.country:
            out["country"] = self.country
        return out


# ------------------------------------------------------------------ patterns

# A capitalised word: Gwadar, Xi'an, Ningbo-Zhoushan, Gdańsk, and possessives (Kenya's), trimmed later.
_WORD = r"\p{Lu}[\p{L}\p{M}]*(?:['-]\p{L}[\p{L}\p{M}]*)*"
# A name: capitalised words, with the lower-case particles of names like Dar es Salaam between them.
_NAME = rf"{_WORD}(?:[ ](?:(?:es|de|del|da|dos|al|el|bin)[ ])?{_WORD}){{0,4}}"
# Lower-case words that may stand between a name and "port": "Gwadar deep-sea port", "Khorgos dry port".
_MODIFIER = r"(?i:international|deep[- ]sea|deep[- ]?water|dry|inland|land|container|multi-?purpose|river|sea|trade)"
# A port word followed by one of these is part of a longer name (an organisation, a zone, a forum): not a port.
_LONGER_NAME = (
    r"(?![ ](?:Authority|Authorities|Administration|Alliance|Association|Board|Business|City|Co|Commission|Committee"
    r"|Company|Conference|Cooperation|Corporation|Council|Development|Economic|Forum|Free|Group|Holding|Holdings"
    r"|Industrial|Investment|Limited|Ltd|Management|Operator|Park|Police|Services|Special|Summit|Trust|Zone)\b)"
    r"(?!-\p{L})"  # "port-city", "port-industry"
)

NAME_THEN_PORT = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{M}}'-])
    (?P<name>{_NAME})                           # Gwadar / Hambantota International / Pakistan's Gwadar
    [ ](?:{_MODIFIER}[ ]){{0,3}}                # optional: deep-sea, dry, international ...
    (?P<word>(?i:seaport|port|terminal))\b      # the port word, any case (checked later)
    {_LONGER_NAME}
    """,
    regex.VERBOSE,
)

PORT_OF = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{M}}'-])
    (?P<word>(?i:port))[ ]of[ ]                 # Port of / port of
    (?P<name>{_NAME})                           # Piraeus / Dar es Salaam
    (?![\p{{L}}\p{{M}}])
    {_LONGER_NAME}
    """,
    regex.VERBOSE,
)

# Leading words that are not part of a port's name: determiners, adjectives, demonyms, initiative words.
_NOT_NAME = frozenset(
    """A About After An And Another Any As At Before Belt Both But By Chinese During Each Every First For From In Into
    Its Key Largest Main Major Maritime Near New Of Old On One Our Road Second Silk Since That The Their These This
    Those Through To Two Via While With""".split()
)
# Trailing name words that describe the port rather than name it ("Lekki Deep Sea Port").
_DESCRIPTIVE = frozenset(
    "international deep sea deep-sea deepwater deep-water water dry inland land container multipurpose multi-purpose"
    " river trade".split()
)
# Words before a port word that make it another facility ("Airport Terminal") or a company ("China Merchants Port").
_NOT_PORT_NAME = frozenset(
    "Airport Bus Cruise Ferry Harbour Logistics Marine Merchants Passenger Railway Shipping Station".split()
)

_SENTENCE_END = regex.compile(r"[.!?](?=\s)|\n\n")


@attrs.frozen
class _Candidate:
    """A port span in the normalised text, with its value, before overlaps are settled."""

    start: int
    end: int
    name: str
    country: str | None
    known: bool


@functools.cache
def _standalone_pattern() -> regex.Pattern[str]:
    """Compile the gazetteer's standalone names ("Khorgos Gateway") into one pattern, longest first."""
    names = sorted(load_gazetteer().by_standalone, key=len, reverse=True)
    alternatives = "|".join(regex.escape(name) for name in names) or r"(?!)"
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alternatives})(?![\p{{L}}\p{{M}}]){_LONGER_NAME}")


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of the space-separated words of ``text[start:end]``."""
    spans = []
    position = start
    for word in text[start:end].split(" "):
        spans.append((position, position + len(word)))
        position += len(word) + 1
    return spans


def _leading_junk(word: str) -> bool:
    """Tell whether a leading word is not part of a port name: "The", "Kenya's", "Chinese-built"."""
    return word in _NOT_NAME or word.endswith("'s") or regex.search(r"-\p{Ll}+$", word) is not None


def _from_name_then_port(text: str, match: regex.Match[str], gazetteer: Gazetteer) -> _Candidate | None:
    """Resolve a ``<Name> port`` match: the longest known tail of the name, else a proper-name port."""
    words = _words(text, match.start("name"), match.end("name"))
    while words and _leading_junk(text[words[0][0] : words[0][1]]):
        words.pop(0)
    core = list(words)
    while core and text[core[-1][0] : core[-1][1]].lower() in _DESCRIPTIVE:
        core.pop()
    if not core:
        return None
    port_word = match.group("word")
    for first in range(len(core)):  # longest known tail first: "COSCO Piraeus" -> "Piraeus"
        entry = gazetteer.lookup(text[core[first][0] : core[-1][1]])
        if entry is not None:
            if not entry.is_port:
                return None
            start = core[first][0]
            name = entry.canonical if port_word.lower() != "terminal" else text[start : match.end()]
            return _Candidate(start, match.end(), name, entry.country, known=True)
    # An unknown port keeps only the word before its descriptive words: in a title-case headline
    # ("Egypt Opens Sokhna Port") the words before it are seldom part of the name.
    name_start, name_end = core[-1]
    name = text[name_start:name_end]
    if not port_word[0].isupper() or name in _NOT_PORT_NAME or name.isupper():
        return None
    return _Candidate(name_start, match.end(), text[name_start : match.end()], None, known=False)


def _from_port_of(text: str, match: regex.Match[str], gazetteer: Gazetteer) -> _Candidate | None:
    """Resolve a ``Port of <Name>`` match: the longest known head of the name, else a proper-name port."""
    words = _words(text, match.start("name"), match.end("name"))
    for last in range(len(words), 0, -1):  # longest known head first: "Port of Piraeus Container ..." -> "Piraeus"
        entry = gazetteer.lookup(text[words[0][0] : words[last - 1][1]])
        if entry is not None:
            if not entry.is_port:
                return None
            return _Candidate(match.start(), words[last - 1][1], entry.canonical, entry.country, known=True)
    end = match.end("name")
    if text[end - 2 : end] == "'s":  # "Port of Lekki's new berth"
        end -= 2
    name = text[match.start("name") : end]
    if not match.group("word")[0].isupper() or any(word in _NOT_NAME for word in name.split(" ")):
        return None
    return _Candidate(match.start(), end, text[match.start() : end], None, known=False)


def _candidates(text: str, gazetteer: Gazetteer) -> Iterator[_Candidate]:
    """Yield every port candidate, possibly overlapping."""
    for match in _standalone_pattern().finditer(text):
        entry = gazetteer.by_standalone[match.group()]
        yield _Candidate(match.start(), match.end(), entry.canonical, entry.country, known=True)
    for match in NAME_THEN_PORT.finditer(text):
        candidate = _from_name_then_port(text, match, gazetteer)
        if candidate is not None:
            yield candidate
    for match in PORT_OF.finditer(text):
        candidate = _from_port_of(text, match, gazetteer)
        if candidate is not None:
            yield candidate


def _without_overlaps(candidates: Iterator[_Candidate]) -> list[_Candidate]:
    """Keep the known, then longest, candidate of each group of overlapping ones."""
    kept: list[_Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (not c.known, -(c.end - c.start), c.start)):
        if all(candidate.end <= other.start or other.end <= candidate.start for other in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)


def _sentence_bounds(text: str) -> list[int]:
    """Return the offsets where sentences end, for bisecting."""
    return [match.end() for match in _SENTENCE_END.finditer(text)]


def _country_of(place: Fact) -> str | None:
    """Return the country code of a place fact's value (a ``Place`` or its JSON form), if it has one."""
    value = place.to_json()["value"]
    country = value.get("country") if isinstance(value, dict) else None
    return country if isinstance(country, str) else None


def _country_nearby(candidate: _Candidate, places: Sequence[tuple[int, int, str]], bounds: list[int]) -> str | None:
    """Return the country of the place overlapping the port, else of the nearest place in its sentence."""
    index = bisect.bisect_right(bounds, candidate.start)
    sentence_start = bounds[index - 1] if index else 0
    sentence_end = bounds[index] if index < len(bounds) else 1 << 62
    best: tuple[int, int, str] | None = None
    for start, end, country in places:
        if start < sentence_start or end > sentence_end:
            continue
        distance = max(0, start - candidate.end, candidate.start - end)
        key = (distance, -start, country)  # nearest; on a tie, the place after the port ("Sokhna Port in Egypt")
        if best is None or key < best:
            best = key
    return best[2] if best else None


def find_ports(document: Document, text: NormalizedText, facts: Sequence[Fact] = ()) -> Iterator[Fact]:
    """Yield a ``port`` fact for every seaport, river port or dry port named in the text.

    Args:
        document: the document (facts point into its raw text).
        text: its normalised text, which the patterns run on.
        facts: ``place`` facts found earlier in the document; they give the
            country of a port the gazetteer does not know.
    """
    gazetteer = load_gazetteer()
    found = _without_overlaps(_candidates(text.text, gazetteer))
    if not found:
        return
    places: list[tuple[int, int, str]] = []
    bounds: list[int] = []
    if any(c.country is None for c in found):
        for fact in facts:
            country = _country_of(fact)
            if fact.kind == "place" and country is not None and fact.text == _place_name(fact):
                start, end = text.from_raw(fact.start, fact.end)
                places.append((start, end, country))
        bounds = _sentence_bounds(text.text)
    for candidate in found:
        country = candidate.country or _country_nearby(candidate, places, bounds)
        yield Fact.from_normalized(
            document,
            text,
            kind="port",
            start=candidate.start,
            end=candidate.end,
            value=Port(name=candidate.name, country=country),
        )


def _place_name(place: Fact) -> str | None:
    """Return a place fact's value name; a demonym ("Chinese") has a name ("China") unlike its text."""
    value = place.to_json()["value"]
    name = value.get("name") if isinstance(value, dict) else None
    return name if isinstance(name, str) else None
