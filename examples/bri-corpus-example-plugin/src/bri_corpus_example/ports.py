"""Find seaports and dry ports in a document's normalised text.

Candidates have three shapes: ``<Name> [modifiers] port`` (``Gwadar Port``,
``Khorgos Gateway dry port``, ``Hambantota International Port``), found from
the port word backwards; ``Port of <Name>`` (``Port of Piraeus``); and the few
full names with no port word (``Khorgos Gateway``, ``Port Qasim``).  The gazetteer
turns a known name into its canonical name and country; an unknown name is
kept only when it is written like a proper name (``Sokhna Port``, with a capital
P), and its country comes from a ``place`` fact in the same sentence.
"""

from __future__ import annotations

import bisect
import functools
import sys
import unicodedata
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
# A port's name followed by one of these is part of a longer name (an organisation, a zone, a forum): not a port.
_LONGER_NAME_WORDS = frozenset(
    """Authority Authorities Administration Alliance Association Board Business City Co Commission Committee Company
    Conference Cooperation Corporation Council Development Economic Forum Free Group Holding Holdings Industrial
    Investment Limited Ltd Management Operator Park Police Services Special Summit Trust Zone""".split()
)
_LONGER_NAME = (
    rf"(?![ ](?:{'|'.join(sorted(_LONGER_NAME_WORDS))})\b)"
    r"(?!-\p{L})"  # "port-city", "port-industry"
)

# "<Name> [modifiers] port" is found from its port word backwards: the port word is rare, so scanning for it
# first is several times faster than trying a name at every capital letter.
PORT_WORD = regex.compile(r"(?:[Ss]ea)?[Pp]ort\b|[Tt]erminal\b")  # also inside "export": checked after
NAME_BEFORE_PORT_WORD = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{M}}'-])
    (?P<name>{_NAME})                           # Gwadar / Hambantota International / Pakistan's Gwadar
    [ ](?:{_MODIFIER}[ ]){{0,3}}                # optional: deep-sea, dry, international ...
    \Z                                          # then the port word (search with endpos at it)
    """,
    regex.VERBOSE,
)
NOT_A_LONGER_NAME = regex.compile(_LONGER_NAME)
_NAME_WINDOW = 120  # how far back from a port word a name may start

PORT_OF = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{M}}'-])
    (?P<word>(?i:port))[ ](?i:of)[ ]            # Port of / port of / Port Of
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

_PORT_WORDS = frozenset("Port Seaport Terminal".split())
_HYPHENATED_ADJECTIVE = regex.compile(r"-\p{Ll}+$")  # "Chinese-built", "state-run"
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


def _in_word(character: str) -> bool:
    """Tell whether ``character`` would continue a word (a letter, a mark, an apostrophe or a hyphen)."""
    return character.isalpha() or character in "'-" or unicodedata.category(character).startswith("M")


def _leading_junk(word: str) -> bool:
    """Tell whether a leading word is not part of a port name: "The", "Kenya's", "Chinese-built"."""
    return word in _NOT_NAME or word.endswith("'s") or _HYPHENATED_ADJECTIVE.search(word) is not None


def _from_name_then_port(
    text: str, name_start: int, name_end: int, port_word: str, end: int, gazetteer: Gazetteer
) -> _Candidate | None:
    """Resolve a ``<Name> port`` match: the longest known tail of the name, else a proper-name port."""
    words = _words(text, name_start, name_end)
    while words and _leading_junk(text[words[0][0] : words[0][1]]):
        words.pop(0)
    core = list(words)
    while core and text[core[-1][0] : core[-1][1]].lower() in _DESCRIPTIVE:
        core.pop()
    if not core:
        return None
    for first in range(len(core)):  # longest known tail first: "COSCO Piraeus" -> "Piraeus"
        entry = gazetteer.lookup(text[core[first][0] : core[-1][1]])
        if entry is not None:
            if not entry.is_port:
                return None
            start = core[first][0]
            name = entry.canonical if port_word.lower() != "terminal" else text[start:end]
            return _Candidate(start, end, name, entry.country, known=True)
    # An unknown port keeps only the word before its descriptive words: in a title-case headline
    # ("Egypt Opens Sokhna Port") the words before it are seldom part of the name.
    last_start, last_end = core[-1]
    last_word = text[last_start:last_end]
    if not port_word[0].isupper() or last_word in _NOT_PORT_NAME or last_word.isupper():
        return None
    return _Candidate(last_start, end, text[last_start:end], None, known=False)


def _from_port_of(text: str, match: regex.Match[str], gazetteer: Gazetteer) -> _Candidate | None:
    """Resolve a ``Port of <Name>`` match: the longest known head of the name, else a proper-name port."""
    words = _words(text, match.start("name"), match.end("name"))
    if any(text[start:end] in _LONGER_NAME_WORDS for start, end in words):
        return None  # "Port of Piraeus Authority" is an organisation
    last_start, last_end = words[-1]
    if text[last_end - 2 : last_end] == "'s":  # "the port of Gwadar's new berth"
        words[-1] = (last_start, last_end - 2)
    for last in range(len(words), 0, -1):  # longest known head first: "Port of Piraeus Container ..." -> "Piraeus"
        entry = gazetteer.lookup(text[words[0][0] : words[last - 1][1]])
        if entry is not None:
            if not entry.is_port:
                return None
            return _Candidate(match.start(), words[last - 1][1], entry.canonical, entry.country, known=True)
    # An unknown name ends before a descriptive or port word: "Port of Sokhna Container Terminal" -> "Port of Sokhna".
    name_words = [text[s:e] for s, e in words]
    kept = next((i for i, w in enumerate(name_words) if w.lower() in _DESCRIPTIVE or w in _PORT_WORDS), len(words))
    if not kept or not match.group("word")[0].isupper() or any(w in _NOT_NAME for w in name_words[:kept]):
        return None
    end = words[kept - 1][1]
    return _Candidate(match.start(), end, text[match.start() : end], None, known=False)


def _candidates(text: str, gazetteer: Gazetteer) -> Iterator[_Candidate]:
    """Yield every port candidate, possibly overlapping."""
    for match in _standalone_pattern().finditer(text):
        entry = gazetteer.by_standalone[match.group()]
        yield _Candidate(match.start(), match.end(), entry.canonical, entry.country, known=True)
    for word in PORT_WORD.finditer(text):
        start, end = word.span()
        if start and _in_word(text[start - 1]) or not NOT_A_LONGER_NAME.match(text, end):
            continue  # "export", "Gwadar Port Authority"
        name = NAME_BEFORE_PORT_WORD.search(text, max(0, start - _NAME_WINDOW), start)
        if name is not None:
            candidate = _from_name_then_port(text, name.start("name"), name.end("name"), word[0], end, gazetteer)
            if candidate is not None:
                yield candidate
    for match in PORT_OF.finditer(text):
        candidate = _from_port_of(text, match, gazetteer)
        if candidate is not None:
            yield candidate


def _without_overlaps(candidates: Iterator[_Candidate]) -> list[_Candidate]:
    """Keep the known, then longest, candidate of each group of overlapping ones."""
    kept: list[_Candidate] = []
    group: list[_Candidate] = []
    group_end = -1
    for candidate in [*sorted(candidates, key=lambda c: c.start), None]:
        if candidate is not None and candidate.start < group_end:
            group.append(candidate)
            group_end = max(group_end, candidate.end)
            continue
        chosen: list[_Candidate] = []
        for member in sorted(group, key=lambda c: (not c.known, -(c.end - c.start), c.start)):
            if all(member.end <= other.start or other.end <= member.start for other in chosen):
                chosen.append(member)
        kept.extend(sorted(chosen, key=lambda c: c.start))
        if candidate is not None:
            group, group_end = [candidate], candidate.end
    return kept


def _sentence_bounds(text: str) -> list[int]:
    """Return the offsets where sentences end, for bisecting."""
    return [match.end() for match in _SENTENCE_END.finditer(text)]


def _country_of(place: Fact) -> str | None:
    """Return the country code of a place fact's value (a ``Place`` or its JSON form), if it has one."""
    value = place.to_json()["value"]
    country = value.get("country") if isinstance(value, dict) else None
    return country if isinstance(country, str) else None


def _country_nearby(candidate: _Candidate, places: Sequence[tuple[int, int, str]], bounds: list[int]) -> str | None:
    """Return the country of the place overlapping the port, else of the nearest place in its sentence.

    ``places`` are (start, end, country) in normalised offsets, sorted by start.
    """
    index = bisect.bisect_right(bounds, candidate.start)
    sentence_start = bounds[index - 1] if index else 0
    sentence_end = bounds[index] if index < len(bounds) else sys.maxsize
    first = bisect.bisect_left(places, (sentence_start,))
    best: tuple[int, int, str] | None = None
    for start, end, country in places[first:]:
        if start >= sentence_end:
            break
        if end > sentence_end:
            continue
        distance = max(0, start - candidate.end, candidate.start - end)
        key = (distance, -start, country)  # nearest; on a tie, the place after the port ("Sokhna Port in Egypt")
        if best is None or key < best:
            best = key
    return best[2] if best else None


def _place_name(place: Fact) -> str | None:
    """Return a place fact's value name; a demonym ("Chinese") has a name ("China") unlike its text."""
    value = place.to_json()["value"]
    name = value.get("name") if isinstance(value, dict) else None
    return name if isinstance(name, str) else None


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
        places.sort()
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
