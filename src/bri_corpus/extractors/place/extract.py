"""Find place mentions: gazetteer matches, filtered by their context, each with a reading chosen."""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import re
from collections.abc import Callable, Container, Iterator, Sequence

import regex

from bri_corpus.document import Document
from bri_corpus.facts import Fact
from bri_corpus.normalize import NormalizedText

from .gazetteer import Candidate, PlaceEntry, demonyms, find_candidates, lookup, lookup_all
from .patterns import (
    BRACKETED_IN_COMPANY_AFTER,
    BRACKETED_IN_COMPANY_BEFORE,
    COMPANY_HEADS,
    CURRENCY_OR_SEA_AFTER,
    FACILITY_HEADS,
    FACILITY_MODIFIERS,
    FUNCTION_WORDS,
    INSTITUTION_HEADS,
    LANGUAGE_CONTEXT,
    NAME_PREFIXES,
    NEXT_WORD,
    OFFICIAL_TITLES,
    PERSON_TITLE_BEFORE,
    PLACE_DESIGNATORS,
    PLACE_TITLES,
    PREVIOUS_WORD,
    RANKING_BEFORE,
    ROMANCE_OF,
    ROMANCE_OF_BEFORE,
    ROMANCE_OF_ENDINGS,
    ROMANCE_PLACE_WORDS,
    SENTENCE_START,
    WATER_BODY_BEFORE,
)
from .resolve import choose_reading, mention_weight, place_value

__all__ = ["find_places"]

# Countries whose names are also common given or family names: treated like city names
# (they must not stand inside a longer capitalised name: "Michael Jordan", "Chad Smith").
PERSON_LIKE_COUNTRIES = frozenset({"Chad", "Jordan", "Georgia", "Israel", "Niger", "Mali", "Togo", "Guinea", "America"})

# One word of a name after a match: a capitalised word, "&" or "of".
CHAIN_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}.'-]*|&")

_ALL_HEADS = INSTITUTION_HEADS | COMPANY_HEADS

# The last word of an "X of" / "X and" name before a match.
_JOINING_WORDS = ("of", "and", "for", "&")
_LAST_OF_JOINING_WORDS = frozenset(word[-1] for word in _JOINING_WORDS)

# Values repeat (a document names the same few places again and again); Place is immutable.
_value = functools.lru_cache(maxsize=4096)(place_value)

# How far a capitalised name around a match is followed to see whether it is an organisation's.
_NAME_CHAIN = 6
_CONTEXT = 60
_BIG_CITY = 100_000
_NEARBY = 30
"""How close (in characters) a place must follow another for that one's country to pick its reading
(``Naivasha-Malaba``, ``from Mombasa to Malaba``)."""


def _is_title_case_line(text: str, position: int) -> bool:
    """Whether the line holding ``position`` is a headline in Title Case (most long words capitalised)."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    if line_end < 0:
        line_end = len(text)
    if line_end - line_start > 200:
        return False  # decided before the line is copied
    line = text[line_start:line_end]
    if ". " in line or line.rstrip().endswith("."):
        return False  # headlines are short and carry no sentence punctuation
    if line.lstrip().startswith("By "):
        return False  # a byline ("By Brian Okello Masindi"): a person's names, however capitalised
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _capitalised(word: str | None) -> bool:
    return bool(word) and word[0].isupper()  # type: ignore[index]


_CHAIN = regex.compile(
    r"(?:[ -](?P<word>(?=\p{Lu})[\p{L}\p{M}][\p{L}\p{M}.'-]*|&|of(?![\p{L}\p{M}.'-])))"
    rf"{{1,{_NAME_CHAIN}}}"
)
"""Up to :data:`_NAME_CHAIN` words after a match, each after a space or hyphen: a :data:`CHAIN_WORD` that is
capitalised, ``&`` or ``of``.  One match reads the whole chain (its words are the captures of ``word``)."""


def _chain_after(text: str, end: int) -> list[str]:
    """Return the capitalised words joined to a match by spaces or hyphens, up to a few."""
    position = end + 2 if text.startswith("'s ", end) else end
    match = _CHAIN.match(text, position)
    if match is None:
        return []  # the usual case: punctuation, a line break or a lower-case word follows
    words: list[str] = []
    for word in match.captures("word"):
        if not (word[0].isupper() or word in ("&", "of")):
            break  # a capital by the regex's Unicode tables but not by Python's: stop as the word test does
        words.append(word)
    return words


def _chain_before(text: str, start: int) -> list[str]:
    """Return the words of an ``X of`` / ``X and`` name before a match: ``Ministry of Health of``."""
    window = text[max(0, start - _CONTEXT) : start]
    if not window.rstrip().endswith(_JOINING_WORDS):
        return []  # the usual case, decided without splitting the window into words
    words = window.split()
    if not words or words[-1] not in _JOINING_WORDS:
        return []
    chain: list[str] = []
    for word in reversed(words):
        if word[:1].isupper() or word in ("of", "and", "for", "&", "the"):
            chain.append(word.strip(",.;:"))
            if len(chain) > 2 * _NAME_CHAIN:
                break
        else:
            break
    return chain


def _before_title(chain: list[str]) -> set[str]:
    """The words of a name chain before an official's title: ``Peruvian Minister of Energy and Mines``, ``Kenyan
    Transport Cabinet Secretary`` name a minister's portfolio, no body (``Cabinet Secretary`` is a title)."""
    words = [word.rstrip(".,") for word in chain]
    for index, word in enumerate(words):
        if word in OFFICIAL_TITLES:
            if index and words[index - 1] == "Cabinet":
                index -= 1
            return set(words[:index])
    return set(words)


_PART_WORDS = frozenset({"Phase", "Stage", "Section", "Part", "Lot", "Half"})
"""Words for a part of a project before ``of`` (``Second Phase of``): a name chain before them is no body's."""


def _inside_longer_name(text: str, candidate: Candidate, organisation_starts: Container[int]) -> bool:
    """Whether the match starts or continues an organisation, event or programme name.

    ``organisation_starts``: where organisation facts start; one starting right after the match
    ("Turkey Kalyon Group") means the organisation plugin has already judged the place to stand
    outside the name.
    """
    if (
        text[candidate.start - 1 : candidate.start] == "("
        and BRACKETED_IN_COMPANY_AFTER.match(text, candidate.end)
        and BRACKETED_IN_COMPANY_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)
    ):
        return True  # "Kibing Solar (Melaka) Sdn Bhd": the company's local unit, a name
    # "Kazakhstan's Embassy" is an organisation; "Kazakhstan's Allur Group" is a place and a company,
    # and so is "Turkey Kalyon Group" when the organisation plugin found the company after the place.
    end = candidate.end
    possessive = text.startswith("'s ", end)
    following = text[end + 2 : end + 4] if possessive else text[end : end + 2]
    # The usual cases, decided before _chain_after is called: no space or hyphen after the match, or a
    # lower-case word after it (the same tests as its own first ones).
    if following[:1] in (" ", "-") and (
        following[1:].isupper() or text.startswith(("&", "of"), end + (3 if possessive else 1))
    ):
        words = _before_title(_chain_after(text, end))
        if not INSTITUTION_HEADS.isdisjoint(words) and not (possessive and end + 3 in organisation_starts):
            # an institution's name, whoever follows; but "Egypt's Ministry of Transport", where the
            # organisation plugin found the body after the possessive, keeps its country
            return True
        if (
            not possessive
            and not _ALL_HEADS.isdisjoint(words)
            and end + 1 not in organisation_starts  # asked last: the slowest question
        ):
            return True
    start = candidate.start
    if candidate.entries[0].source == "demonym" and RANKING_BEFORE.search(text[max(0, start - 30) : start]):
        return True
    # The usual case, decided by two characters: a space after a character that ends no "of", "and", "for" or
    # "&" and is no space (the window test below would find the same).
    if start >= 2 and text[start - 1] == " ":
        last = text[start - 2]
        if last not in _LAST_OF_JOINING_WORDS and not last.isspace():
            return False
    # Else decided without copying the window: no "of", "and", "for", "&" before the match (and the spaces or
    # line breaks before it), as _chain_before's first test asks of the window.
    window_start = start - _CONTEXT if start > _CONTEXT else 0
    window_end = start
    while window_end > window_start and text[window_end - 1].isspace():
        window_end -= 1
    if not text.endswith(_JOINING_WORDS, window_start, window_end):
        return False
    chain = _chain_before(text, start)  # nearest word first
    for index, word in enumerate(chain):
        if word in OFFICIAL_TITLES:  # "Transport Cabinet Secretary Davis Chirchir and Peruvian": a person's title
            chain = chain[:index]
            break
        if word in _PART_WORDS:  # "Government Receives Second Phase of Bahir Dar ...": a project's part, no body
            chain = chain[:index]
            break
    return not INSTITUTION_HEADS.isdisjoint(chain)


_FACILITY_OWN_NAMES = 2
"""How many words of a facility's own name may stand between its place and its head (``Kunming Changshui
International Airport``)."""


def _leads_facility_name(text: str, end: int) -> bool:
    """Whether the words after a match name a facility in that place: ``Pokhara International Airport``,
    ``Duqm Special Economic Zone``, ``Kunming Changshui International Airport`` (modifiers and at most
    :data:`_FACILITY_OWN_NAMES` other words, then a head such as ``Airport`` or ``Zone``)."""
    own_names = 0
    chain = _chain_after(text, end)[:5]
    for word in chain:
        word = word.rstrip(".,")
        if word in FACILITY_HEADS:
            return True
        if word not in FACILITY_MODIFIERS:
            own_names += 1
            if own_names > _FACILITY_OWN_NAMES or word in _ALL_HEADS or word in ("&", "of"):
                return False
    return own_names == 0 and bool(chain) and _joined_modifiers_end_facility(text, end)


_MODIFIERS_AND_HEAD = regex.compile(
    r"(?:[ ]\p{Lu}[\p{L}\p{M}-]*){1,3}[ ](?:and|&)(?P<rest>(?:[ ]\p{Lu}[\p{L}\p{M}-]*){1,3})"
)
"""Modifiers joined by ``and`` before a facility's head: ``Chancay Logistics and Industrial Park``."""


def _joined_modifiers_end_facility(text: str, end: int) -> bool:
    """Whether modifiers, ``and`` and more modifiers then a facility head follow a match (``Mersin Logistics and
    Industrial Park``): a facility named after the place, which keeps it."""
    match = _MODIFIERS_AND_HEAD.match(text, end)
    if match is None:
        return False
    words = match.group("rest").split()
    return words[-1] in FACILITY_HEADS and all(word in FACILITY_MODIFIERS for word in words[:-1])


def _is_country_pair(word: str) -> bool:
    """``Malaysia-China``, ``Sino-Lao``: countries or demonyms joined by hyphens, the partners of a joint facility
    (``Malaysia-China Kuantan Industrial Park``), not a word of the place's own name."""
    parts = word.split("-")
    if len(parts) < 2:
        return False
    for part in parts:
        entry = lookup(part)
        if part != "Sino" and (entry is None or entry.source not in ("country", "demonym")):
            return False
    return True


def _is_modifier_word(text: str, start: int, word: str) -> bool:
    """Whether a capitalised word before a match modifies it rather than starting a longer name: a compound
    ending in a lower-case part (``Chinese-built Cam Pha``, ``Turkish-led``) or a unit after a number
    (``the 1,200 MW Cam Pha 3 plant``, ``a 600 MW Karot``)."""
    hyphen = word.rfind("-")
    if hyphen > 0 and word[hyphen + 1 : hyphen + 2].islower():
        return True
    return start >= 2 and text[start - 1] == " " and text[start - 2].isdigit() and len(word) <= 4


def _stands_alone(text: str, candidate: Candidate, title_case: bool) -> bool:
    """Whether a name that could also be part of a person's or company's name stands on its own.

    A capitalised word right before it (not one starting the sentence, not a function word) or right
    after it (not a place designator such as ``Province``) makes it part of a longer name, unless the
    name is a facility's named after the place (``New Gwadar International Airport``); so does a
    Romance ``de`` + a capitalised word after it (``Palacio de Gobierno``).
    """
    if title_case:
        return True
    start = candidate.start
    if text.endswith(ROMANCE_OF_ENDINGS, 0, start):  # the endings are short: no window needed
        romance = ROMANCE_OF_BEFORE.search(text, max(0, start - _CONTEXT), start)
        if romance is not None and romance.group("word") not in ROMANCE_PLACE_WORDS:
            return False  # "Andes del Sur": the end of a Romance name, not Oman's Sur
    # PREVIOUS_WORD ends with a space (before the window's end, or before a line break ending it).
    if start and text[start - 1] in " \n":
        window_start = start - _CONTEXT if start > _CONTEXT else 0
        previous = PREVIOUS_WORD.search(text, window_start, start)  # as in text[window_start:start]
        if previous and previous[1][0].isupper():
            word = previous[1]
            if (
                word not in FUNCTION_WORDS
                and not word.endswith("'s")  # "Ethiopia's Addis Ababa"
                and not _is_modifier_word(text, previous.start(1), word)
            ):
                # A sentence-initial verb ("Visiting Wuhan, ...") does not join a name; a given name does.
                before = text[window_start : previous.start(1)]
                if not (SENTENCE_START.search(before) and _common_word(text, word)) and not (
                    (word in NAME_PREFIXES or _is_country_pair(word)) and _leads_facility_name(text, candidate.end)
                ):
                    return False
    if not text.startswith(" ", candidate.end):
        return True  # NEXT_WORD starts with a space
    if candidate.surface[candidate.surface.rfind(" ") + 1 :] in PLACE_DESIGNATORS:
        return True  # "the Far Eastern Federal District Alexei Vorontsov": a designator ends the name
    following = NEXT_WORD.match(text, candidate.end)
    if following and _capitalised(following.group(1)):
        word = following.group(1)
        if word not in PLACE_DESIGNATORS and word not in FUNCTION_WORDS:
            return word in PLACE_TITLES or _leads_facility_name(text, candidate.end)
    elif following and len(following.group(1)) <= 4 and ROMANCE_OF.match(text, candidate.end):
        return False
    return True


_DIVISION_NOUNS_AFTER = (" district", " province", " county", " counties", " upazila", " tehsil", " taluka")
"""Lower-case division nouns after a name that make it a region (``Kasi district``, ``Nowshera district``)."""


def _district_reading(entry: PlaceEntry, document_countries: collections.Counter[str], own_mentions: int) -> PlaceEntry:
    """The region reading of a city name before ``district``/``province``: the district of that name in the city's
    country when the document names that country otherwise (``own_mentions``: the mentions of the name itself,
    which the counts hold), else in the country the document names most (``Kasi district`` in a story from Laos is
    Lao, not India's Kasi)."""
    named = entry.country is not None and document_countries[entry.country] > own_mentions
    country = entry.country if named else host_country(document_countries)
    return _context_division(entry.name, country or entry.country or "", "region")


def _is_surname(text: str, start: int) -> bool:
    """Whether a match follows a person's title and one given name (``Deputy Prime Minister Igor Borisov``,
    ``minister Roberto Jaén``, ``project manager Zhang Yunnan``): a surname, and so are its later bare mentions."""
    if start < 3 or text[start - 1] != " " or not text[start - 2].islower():
        return False  # the usual case: punctuation or a line break before the match
    given = text.rfind(" ", max(0, start - 30), start - 1)
    return (
        given >= 0
        and text[given + 1 : given + 2].isupper()  # a capitalised word (a given name) before the match
        and PERSON_TITLE_BEFORE.search(text, max(0, start - _CONTEXT), start) is not None
    )


def _common_word(text: str, word: str) -> bool:
    """Whether a capitalised word starting a sentence or line is a common word, no given name or part of a name: a
    verb form (``Visiting Wuhan, ...``) or a word the text also writes in lower case (``Full Dhaka-Jashore service``;
    not a word of place names such as ``Lake`` or ``Port``)."""
    return word.endswith(("ing", "ed")) or (word not in _NOT_TOWNS and f" {word.lower()} " in text)


def _is_language(text: str, candidate: Candidate) -> bool:
    """Whether a demonym names a language: ``translated into Russian``, ``in Chinese and English``."""
    if not LANGUAGE_CONTEXT.search(text[max(0, candidate.start - _CONTEXT) : candidate.start]):
        return False
    following = NEXT_WORD.match(text, candidate.end)
    return following is None or following.group(1) in ("and", "or") or _capitalised(following.group(1))


_CURRENCY_OR_SEA_STARTS = frozenset(
    """Oc Se Ri Gu St Re ba bi ce di do dr eu fo fr hr ki kw ky la li ma na pe po ra re ri ro ru sh so ta te ye yu
    zl""".split()
)
"""The first two letters of the words of :data:`CURRENCY_OR_SEA_AFTER`: a set lookup decides most matches."""


_PREPOSITIONS_IN_HEADLINE = (" in ", " In ", " at ", " At ", " near ", " Near ")
"""Prepositions before a small town in a Title Case headline that show it to be a place (``Plant in Ács``)."""

_DIVISION_AFTER = regex.compile(r" (?:State|Governorate|Province|Region)\b")


def _keep(
    text: str, candidate: Candidate, title_case: Callable[[int], bool], organisation_starts: Container[int]
) -> bool:
    """Decide whether a gazetteer match is a place mention.

    ``title_case``: whether the line holding a position is a Title Case headline (asked only when it matters).
    """
    best: PlaceEntry = candidate.entries[0]
    if _inside_longer_name(text, candidate, organisation_starts):
        return False
    if text.endswith("of ", 0, candidate.start) and WATER_BODY_BEFORE.search(
        text, max(0, candidate.start - 20), candidate.start
    ):
        return False  # "the Strait of Malacca", "the Gulf of Guinea": a sea's name
    end = candidate.end
    if text[end + 1 : end + 3] in _CURRENCY_OR_SEA_STARTS and CURRENCY_OR_SEA_AFTER.match(text, end):
        return False  # "the US dollar", "the Indian Ocean": a currency or a sea
    if candidate.surface.endswith((" Sea", " Ocean")) and not _DIVISION_AFTER.match(text, end):
        return False  # "Red Sea disruptions": a sea, although Sudan has a state named after it ("Red Sea State")
    if (
        best.source in ("country", "demonym")
        and text.startswith(" Railway", end)
        and text[candidate.start - 1 : candidate.start] not in ("-", "/")
    ):
        return False  # "Bangladesh Railway", "Indian Railways": the national operator ("China-Laos Railway" keeps both)
    if best.source == "demonym":
        return not _is_language(text, candidate)
    strong = best.source in ("country", "region") and candidate.surface not in PERSON_LIKE_COUNTRIES
    if strong:
        return True
    headline = title_case(candidate.start)
    if headline and best.source in ("city", "alternate", "subdivision"):
        if best.population >= _BIG_CITY or any(entry.source == "subdivision" for entry in candidate.entries):
            return True
        # "Minister Visits Cathode Plant in Ács as ...": a small town after a preposition, standing alone
        return text.endswith(_PREPOSITIONS_IN_HEADLINE, 0, candidate.start) and _stands_alone(text, candidate, False)
    return _stands_alone(text, candidate, headline)


def _joined_country(text: str, candidate: Candidate, following: Candidate) -> str | None:
    """The country of an unambiguous place joined to the match by a hyphen or ``and``/``to`` (``Malaba-Kampala``,
    ``Malaba and Kampala``): it decides the reading of the match when no place just before does."""
    if len(following.entries) != 1 or text[candidate.end : following.start] not in ("-", " and ", " to ", "/"):
        return None
    return following.entries[0].country


class _OrganisationStarts:
    """Where organisation facts start, in normalised offsets.

    Only a match followed by a capitalised name asks, so the organisation facts are mapped back to
    normalised offsets on the first question of a document, all at once, and then answered by a
    set lookup.
    """

    def __init__(self, text: NormalizedText, facts: Sequence[Fact]) -> None:
        self._text = text
        self._raw_starts = {fact.start for fact in facts if fact.kind == "organisation"}
        self._normalised: frozenset[int] | None = None

    def __contains__(self, position: object) -> bool:
        normalised = self._normalised
        if normalised is None:
            if self._text.identical:
                normalised = frozenset(self._raw_starts)  # every raw offset is its own normalised one
            else:
                from_raw = self._text.from_raw
                normalised = frozenset(from_raw(start, start)[0] for start in self._raw_starts)
            self._normalised = normalised
        return position in normalised


class _TitleCaseLines:
    """Whether the line holding a position is a headline in Title Case (:func:`_is_title_case_line`), asked of
    positions in increasing order: decided once per line, on the first question about it (most matches are
    decided without asking)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._line_end = -1  # the end of the line asked about last
        self._title_case = False

    def __call__(self, position: int) -> bool:
        if position > self._line_end:
            text = self._text
            line_end = text.find("\n", position)
            self._line_end = line_end if line_end >= 0 else len(text)
            self._title_case = _is_title_case_line(text, position)
        return self._title_case


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
    candidates = _without_hyphen_parts(normal, list(find_candidates(normal)))
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
    organisation_starts = _OrganisationStarts(text, facts)
    title_case = _TitleCaseLines(normal)
    to_raw = None if text.identical else text.to_raw
    previous_end, previous_country = -_NEARBY, None  # the place kept last: where it ends, its country
    surnames: set[str] = set()  # places named as a person's surname earlier in the document
    kept: list[tuple[int, int, PlaceEntry]] = []  # the matches kept: start, end, reading
    for index, candidate in enumerate(candidates):
        start, end, surface, entries = candidate
        if entries[0].source not in ("country", "demonym") and (surface in surnames or _is_surname(normal, start)):
            surnames.add(surface)  # "Igor Borisov ... Borisov visited": the person, not Belarus's town
            continue
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
        if not _keep(normal, candidate, title_case, organisation_starts):
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
        if entry.type == "city" and normal.startswith(_DIVISION_NOUNS_AFTER, end):
            own_mentions = sum(c.surface == surface for c in candidates)  # rare: no need to index
            entry = _district_reading(entry, document_countries, own_mentions)
        fact = Fact.from_normalized(document, text, kind="place", start=start, end=end, value=_value(entry, surface))
        previous_end, previous_country = end, entry.country
        kept.append((start, end, entry))
        yield fact
    datelines = list(_datelines(normal))
    taken = {start for start, _, _, _ in datelines}
    ordinal_named = list(_ordinal_named(normal)) if "th of " in normal else []
    towns = list(_towns_from_context(normal, document_countries))
    towns.extend(_divisions_from_context(normal, document_countries))
    towns.extend(_named_divisions(normal, document_countries))
    towns.extend(_towns_in_lists(normal, kept))
    if towns:
        towns.extend(_more_mentions(normal, towns))
        towns = _agree_with_stated(towns)
    if "he Gulf" in normal:
        towns.extend(_the_gulf(normal))
    for start, end, entry, surface in [*datelines, *_caps_lines(normal, taken), *ordinal_named, *towns]:
        fact = Fact.from_normalized(document, text, kind="place", start=start, end=end, value=_value(entry, surface))
        if starts and _overlaps(starts, ends, fact.start, fact.end):
            continue
        yield fact


_CAPS_CITY = r"[A-Z][A-Z'.-]*[A-Z](?:[ ][A-Z][A-Z'.-]*[A-Z]){0,2}"

_DATELINE = regex.compile(
    rf"""(?m)^[^\S\n]*(?P<cities>{_CAPS_CITY}(?:/{_CAPS_CITY}){{0,3}})
    (?=,[ ](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ ]\d      # ASTANA, June 3
      |[ ]?\([A-Z][\w .&-]{{1,30}}\)                                             # BEIJING (Reuters)
      |[ ]?-{{1,2}}[ ]                                                             # CAIRO --
      |:[ ]                                                                        # KUALA LUMPUR:
      |,[ ]\d{{1,2}}(?:st|nd|rd|th)?[ ](?:of[ ])?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)   # DUSHANBE, 3 May
      |,[ ]\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b                                   # DUSHANBE, 17.09.2024
      |,[ ]\p{{Lu}}\p{{Ll}}+(?:[ ]\p{{Lu}}\p{{Ll}}+)?,[ ](?:\p{{Lu}}\p{{Ll}}+[ ])?\d   # BAKU, Azerbaijan, February 21
      |,[ ]\p{{Lu}}\p{{Ll}}+\.?(?:[ ]\p{{Lu}}\p{{Ll}}+)?[ ]-{{1,2}}[ ](?=\p{{Lu}})   # MONTEGO BAY, St James - The
      |\.[ ](?=\p{{Lu}}\p{{Ll}})                                                 # KAMPALA. Parliament's
      |\.[ ][A-Z][A-Za-z]{{2,}}[ ]-{{1,2}}[ ]\d)                                     # ASTANA. KAZINFORM - 2 July
    """,
    regex.VERBOSE,
)
"""The cities of a wire story's dateline, in capitals: ``ASTANA, June 3 (Xinhua) --``, ``BEIJING (Reuters) -``,
``CAIRO --``, ``KUALA LUMPUR:``, ``BELGRADE/PODGORICA, May 8``, ``ABU DHABI, 12th February, 2024 (WAM) --``,
``DUSHANBE, 17.09.2024 /Khovar/.``, ``BAKU, Azerbaijan, February 21``, ``ASTANA. KAZINFORM - 2 July 2024``."""

_SECTION_HEAD = regex.compile(rf"\n[^\S\n]*\d{{1,2}}[.)][ ](?P<cities>{_CAPS_CITY})(?=[ ]-{{1,2}}[ ]|:[ ])")
"""A digest's numbered section head in capitals before a dash or colon: ``3. SERBIA - Tyre plant grows`` (after a
line break: anchoring on ``\n`` rather than a multi-line ``^`` makes the scan ten times faster)."""

_CAPS_LINE = regex.compile(r"(?m)^[^a-z\n]*[A-Z]{2}[^a-z\n]*$")
"""A line without a lower-case letter: an ALL CAPS headline (``CHINA-LAOS RAILWAY MOVES 4 MILLION TONNES``)."""

_CAPS_WORD = regex.compile(r"[A-Z][A-Z']{3,}")
"""An upper-case word of four letters or more (shorter ones are kept: ``US``, ``UAE`` are written so)."""


_ORDINAL_NAMED = regex.compile(r"(?<![\p{L}\p{N}])\d{1,2}th of \p{Lu}\p{Ll}+(?: City)?(?![\p{L}\p{N}])")
"""Cities named after a date, which the gazetteer's matcher (words starting with a capital) cannot reach:
Egypt's ``10th of Ramadan`` (a date of the month has no letters after ``of``'s capitalised word in the table)."""


def _ordinal_named(text: str) -> Iterator[tuple[int, int, PlaceEntry, str]]:
    """Yield the gazetteer's cities named by an ordinal: ``10th of Ramadan`` (``10th of Ramadan City``)."""
    for match in _ORDINAL_NAMED.finditer(text):
        entry = lookup(match.group())
        if entry is not None and entry.type == "city":
            yield match.start(), match.end(), entry, match.group()


_TOWN = r"\p{Lu}\p{Ll}{3,}"
_CAPITALISED_BEFORE = (
    r"\b(?!(?:The|A|An|In|At|On|To|Of|By|From|For|And|With|Near|Via|Along|Both|This|That|Its|Their)[ ])"
    r"\p{Lu}\p{L}*[ ]"
)
"""A capitalised word and a space before a name, which makes the name part of a longer one (for a lookbehind);
not a function word starting a sentence or headline (``The Kafue-Muzuma line``, ``In Longzhou County``)."""
_NAME_PARTICLE = r"\b(?:es|el|al|de|del|da|di|du|la|le|dos|das|van|von|bin|ibn)[ ]"
"""A lower-case particle inside a place's name: ``Dar es Salaam``, ``Ras al Khaimah`` (its last word is no town)."""
_HYPHENATED_TOWN = r"\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}{2,})?"
_LINK_NOUNS = (
    r"(?:railway|rail|road|highway|motorway|expressway|bridge|line|pipeline|section|corridor|link|"
    r"transmission|power|Railway|Expressway|Highway|Motorway|Bridge|Road)\b"
)
_RATING = r"(?:[ ]\d[\d,.]{0,5}(?:[ ]?kV|[ -]?km|-kilometre|-kilometer))?"
"""A line's voltage or a link's length between its towns and its noun: ``the Karuma-Kawanda 400kV line``."""
_TOWN_PAIR = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}-]|{_CAPITALISED_BEFORE}|{_NAME_PARTICLE})(?P<a>{_TOWN})[ ]?-[ ]?(?P<b>{_TOWN})"
    rf"(?![\p{{L}}\p{{N}}-])"
    rf"(?:[ ]\([^()\n]{{1,30}}\))?{_RATING}[ ]{_LINK_NOUNS}"
    rf"|(?<![\p{{L}}\p{{N}}-])(?P<a>{_HYPHENATED_TOWN})[ ]-[ ](?P<b>{_HYPHENATED_TOWN})(?![\p{{L}}\p{{N}}-])"
    rf"(?:[ ]\([^()\n]{{1,30}}\))?{_RATING}[ ]{_LINK_NOUNS}"
    rf"|\bbetween[ ](?P<a>{_TOWN})[ ]and[ ](?P<b>{_TOWN})(?![\p{{L}}\p{{N}}'-]|[ ]\p{{Lu}})"
)
"""Two towns joined by a link: ``the Darbaza - Maktaaral railway line``, ``Kabwe-Pensulo line``, ``the Kigongo-Busisi
(JP Magufuli) Bridge``, ``between Pensulo and Kasama``."""
_TOWN_PAIR_HINT = re.compile(
    r"(?:- ?[A-Z][a-z]{3,}(?:-[A-Z][a-z]{2,})?(?: \([^()\n]{1,30}\))?"
    + _RATING
    + " "
    + _LINK_NOUNS
    + r"|between [A-Z][a-z]{3,} and [A-Z])"
)
"""Where a pair of towns may stand: a scan of the text before the full pattern is tried (made by the faster
:func:`_town_pair_hints`; kept as the reference its tests compare with)."""
_TOWN_PAIR_HINT_PARTS = (
    re.compile(r"- ?[A-Z][a-z]{3,}(?:-[A-Z][a-z]{2,})?(?: \([^()\n]{1,30}\))?" + _RATING + " " + _LINK_NOUNS),
    re.compile(r"between [A-Z][a-z]{3,} and [A-Z]"),
)
"""The two alternatives of :data:`_TOWN_PAIR_HINT`, each starting with a literal: scanned alone, each is found by
a fast literal search, where the joined pattern is tried at every ``-`` and ``b``."""


def _town_pair_hints(text: str) -> list[tuple[int, int]]:
    """The spans of :data:`_TOWN_PAIR_HINT`'s matches, as its ``finditer`` gives them.

    The matches of its two alternatives, in order, each kept unless it starts inside the one kept before (a
    ``between X and Y`` in the brackets of a hyphenated pair): a ``between`` match holds no ``-`` for the other
    alternative to start at, so the scan of the joined pattern finds the same.
    """
    found = sorted(match.span() for part in _TOWN_PAIR_HINT_PARTS for match in part.finditer(text))
    spans: list[tuple[int, int]] = []
    scanned_to = 0
    for start, end in found:
        if start >= scanned_to:
            spans.append((start, end))
            scanned_to = end
    return spans


_NOT_TOWNS = frozenset(
    """Trans Sino Pan Inter Intra Afro Euro Indo Anglo Franco Russo North South East West Northern Southern Eastern
    Western Central Upper Lower Standard Gauge High Speed Light Heavy Double Single Cross Border Ring Outer Inner
    Coastal Friendship Belt Silk Express Metro Phase Stage Section Line Main Link Road Railway Bridge Highway River
    Lake Mount Port City Town Village District Province Region State January February March April June July
    August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)
"""Capitalised words of link names that name no town (``the Trans-Caspian route``, ``the Standard-Gauge line``)."""


def host_country(document_countries: collections.Counter[str]) -> str | None:
    """The country an unknown town or district of the document most likely lies in: the one it points at most
    (``resolve.mention_weight``: China counts half), a partner winning a tie."""
    if not document_countries:
        return None
    return max(document_countries, key=lambda code: (mention_weight(document_countries, code), code != "CN"))


_GLUE = regex.compile(r"(?<=\p{L})-(?=\p{Lu})")
"""A hyphen between a letter and a capital: where a name may be glued to another word (``Terek-Sai``)."""


def _candidate_start(candidate: Candidate) -> int:
    return candidate.start


def _without_hyphen_parts(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Drop the small towns that are only one part of a hyphenated name the gazetteer lacks.

    ``Terek-Sai`` (a Kyrgyz village) is no mention of Russia's Terek: a town of fewer than :data:`_BIG_CITY` people
    glued by a hyphen to a capitalised word that is no place is part of a longer name (``Malaba-Kampala``, two
    places, ``Kabwe-Pensulo``, a city's, and ``the Bar-Boljare motorway``, two towns a link joins, are kept).
    Done before the document's countries are counted; only the matches next to a glueing hyphen are looked at.
    """
    dropped: set[int] = set()
    joined: list[Candidate] = []
    for glue in _GLUE.finditer(text):
        hyphen = glue.start()
        spelled = _spelled_with_space(text, hyphen)
        if spelled is not None:
            joined.append(spelled)
            continue
        after = bisect.bisect_left(candidates, hyphen + 1, key=_candidate_start)
        before = after - 1
        found_after = after < len(candidates) and candidates[after].start == hyphen + 1
        found_before = before >= 0 and candidates[before].end == hyphen
        if found_before and not found_after:
            word = _GLUED_WORD.match(text, hyphen + 1)
            if word is not None and word.group() not in _NOT_TOWNS:  # "Khorgos-Eastern Gate" is a place's facility
                dropped.add(before)
        if found_after and not found_before and _is_small_town(candidates[after]):
            dropped.add(after)
    for index in list(dropped):
        candidate = candidates[index]
        if not _is_small_town(candidate) or _LINK_AFTER.match(text, candidate.end):
            dropped.discard(index)
    if joined:
        # "Kara-Suu" for the gazetteer's "Kara Suu": the whole name replaces the matches inside it ("Kara", Togo);
        # a match that already spans the hyphen ("North-Western Province") stays
        joined = [j for j in joined if not any(c.start <= j.start and j.end <= c.end for c in candidates)]
    if joined:
        inside = {i for i, c in enumerate(candidates) if any(j.start <= c.start and c.end <= j.end for j in joined)}
        kept = [c for index, c in enumerate(candidates) if index not in dropped and index not in inside]
        return sorted([*kept, *joined], key=_candidate_start)
    if not dropped:
        return candidates
    return [c for index, c in enumerate(candidates) if index not in dropped]


_WORD_BEFORE_HYPHEN = regex.compile(r"(?<![\p{L}\p{M}'])\p{Lu}\p{Ll}+$", regex.REVERSE)
"""Searched backwards from the hyphen (``REVERSE``): the one possible match, without trying every start."""
_WORD_AFTER_HYPHEN = regex.compile(r"\p{Lu}\p{Ll}+(?![\p{L}\p{M}'-])")


def _spelled_with_space(text: str, hyphen: int) -> Candidate | None:
    """A two-word place the gazetteer spells with a space, written with a hyphen (``Kara-Suu`` for GeoNames'
    ``Kara Suu``, ``Kyzyl-Kiya``): transliterations of Central Asian and Caucasian names vary between the two.

    Only cities and regions of the gazetteer's own two-word names; two places joined by a hyphen (``Almaty-Bishkek``)
    spell no surface with a space, so they stay two."""
    before = _WORD_BEFORE_HYPHEN.search(text, max(0, hyphen - 30), hyphen)
    after = _WORD_AFTER_HYPHEN.match(text, hyphen + 1)
    if before is None or after is None:
        return None
    readings = lookup_all(f"{before.group()} {after.group()}")
    if not readings:
        return None  # the usual case: two words the gazetteer does not hold as one name
    entries = tuple(e for e in readings if e.type in ("city", "region") and e.country)
    if not entries:
        return None
    return Candidate(before.start(), after.end(), text[before.start() : after.end()], entries)


_LINK_AFTER = regex.compile(rf"(?:-\p{{Lu}}\p{{Ll}}+){{0,2}}(?:[ ]\([^()\n]{{1,30}}\))?{_RATING}[ ]{_LINK_NOUNS}")
"""A link noun after a match or after the hyphenated words that follow it: ``Kribi-Lolabe highway``,
``the Balykchy-Kochkor-Aral road``."""

_GLUED_WORD = regex.compile(r"\p{L}+")


def _is_small_town(candidate: Candidate) -> bool:
    """Whether every reading of a match is a city (or an alternate name) of fewer than :data:`_BIG_CITY` people."""
    return all(entry.source in ("city", "alternate") and entry.population < _BIG_CITY for entry in candidate.entries)


def _towns_from_context(
    text: str, document_countries: collections.Counter[str]
) -> Iterator[tuple[int, int, PlaceEntry, str]]:
    """Yield towns the gazetteer lacks that their context shows to be places.

    Two names joined by a hyphen before a link (``railway``, ``line``, ``Bridge``) or ``between X and Y``: a name
    the gazetteer lacks is a town when the other is a known city or region (it takes that one's country) or, for
    a hyphenated pair before a link, when the document names a country most often (it takes that one).  Not a
    word the text also writes in lower case, nor a word of link names (``Trans``, ``Standard``).
    """
    matches = {}
    for hint_start, hint_end in _town_pair_hints(text):
        # the full pattern, with its lookbehinds, is tried only around a hyphen between names or a "between"
        for match in _TOWN_PAIR.finditer(text, max(0, hint_start - 40), hint_end + 40):
            matches[match.span()] = match
    if not matches:
        return  # the usual case: no pair of names around a link
    main_country = host_country(document_countries)
    for match in sorted(matches.values(), key=lambda m: m.start()):
        names = [(match.start("a"), match.group("a")), (match.start("b"), match.group("b"))]
        entries = [lookup(name) for _, name in names]
        known = [e for e in entries if e is not None and e.type in ("city", "region") and e.country]
        between = match.group().startswith("between")
        if any(e is not None and e.type == "country" for e in entries) or any(n in _NOT_TOWNS for _, n in names):
            continue  # "China-Kyrgyzstan", "Trans-Caspian": no pair of towns
        country = known[0].country if known else (None if between else main_country)
        if country is None:
            continue
        for (start, name), entry in zip(names, entries, strict=True):
            if entry is not None or name.lower() in text:
                continue
            yield start, start + len(name), _context_town(name, country), name


_LIST_GAP = regex.compile(r"(?:, (?P<name>\p{Lu}\p{Ll}{3,}))+(?:,? and |, )")
"""The names between two places of one list: ``Bhanga[, Kashiani and ]Narail``."""


def _towns_in_lists(
    text: str, kept: Sequence[tuple[int, int, PlaceEntry]]
) -> Iterator[tuple[int, int, PlaceEntry, str]]:
    """Yield the unknown names listed between two known towns or regions of one country: ``stopping at Bhanga,
    Kashiani and Narail`` (a city of that country).  Not a word the text writes in lower case, nor a word of link
    names; a name followed by a capitalised word is no list item."""
    for (_, end, entry), (start, _, following) in itertools.pairwise(kept):
        if start - end > 40 or not text.startswith(", ", end) or entry.type == "country" or not entry.country:
            continue
        if following.country != entry.country or following.type == "country":
            continue
        gap = _LIST_GAP.fullmatch(text, end, start)
        if gap is None:
            continue
        for name, name_start in zip(gap.captures("name"), gap.starts("name"), strict=True):
            if name in _NOT_TOWNS or name in FUNCTION_WORDS or name.lower() in text or lookup(name) is not None:
                continue
            yield name_start, name_start + len(name), _context_town(name, entry.country), name


_PREPOSITIONS_BEFORE_TOWN = tuple(
    f" {word} "
    for word in "in at near from to of and via around outside into through towards toward reached reach".split()
)


def _more_mentions(
    text: str, towns: Sequence[tuple[int, int, PlaceEntry, str]]
) -> Iterator[tuple[int, int, PlaceEntry, str]]:
    """Yield the other bare mentions of the one-word towns that a context showed to be places (``the villages of
    Gribo and Popoli`` ... ``a health center in Gribo.``): after a preposition, before punctuation or a
    lower-case word (not ``Gribo-Popoli Hydropower Station``, not a longer name)."""
    found = {start for start, _, _, _ in towns}
    names = {surface: entry for _, _, entry, surface in towns if entry.type == "city" and " " not in surface}
    for name, entry in names.items():
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (
                at not in found
                and text.endswith(_PREPOSITIONS_BEFORE_TOWN, 0, at)
                and (
                    end == len(text) or text[end] in ".,;:)" or (text[end] == " " and text[end + 1 : end + 2].islower())
                )
            ):
                yield at, end, entry, name
            at = text.find(name, end)


_THE_GULF = regex.compile(r"\b[Tt]he (?P<gulf>Gulf)(?![\p{L}\p{N}-]| of\b| region\b| \p{Lu}| \d)")
"""``the Gulf`` alone: the Arabian Gulf states, a region of several countries (not ``the Gulf of Aden``, ``the Gulf
Cooperation Council``, ``the Gulf region``, which the gazetteer holds whole)."""
_NAMED_GULF = regex.compile(
    r"(?<![\p{L}\p{M}])(?!(?:The|Persian|Arabian|In|To|And|Of|From|For|With|Across|Entire|Whole)[ ])"
    r"\p{Lu}\p{Ll}+[ ]Gulf\b|\bGulf of\b"
)
"""A gulf named otherwise in the text (``Davao Gulf``, ``Beibu Gulf``, ``the Gulf of Guinea``): ``the Gulf`` may be
that one, a sea."""
_GULF = PlaceEntry(surface="Gulf", name="Gulf", type="region", country=None, population=0, source="region")


def _the_gulf(text: str) -> Iterator[tuple[int, int, PlaceEntry, str]]:
    """Yield ``the Gulf`` (the Arabian Gulf states), unless the text names another gulf it may stand for."""
    found = [match.start("gulf") for match in _THE_GULF.finditer(text)]
    if found and _NAMED_GULF.search(text) is None:
        for start in found:
            yield start, start + 4, _GULF, "Gulf"


@functools.lru_cache(maxsize=1024)
def _context_town(name: str, country: str) -> PlaceEntry:
    """The reading of a town found by its context: a city of the country its context gives."""
    return PlaceEntry(surface=name, name=name, type="city", country=country, population=0, source="city")


def _title(word: str) -> str:
    """``XI'AN`` → ``Xi'an``, ``NUR-SULTAN`` → ``Nur-Sultan``, ``NEW DELHI`` → ``New Delhi``."""
    return " ".join("-".join(part.capitalize() for part in token.split("-")) for token in word.split(" "))


def _datelines(text: str) -> Iterator[tuple[int, int, PlaceEntry, str]]:
    """Yield the dateline cities at line starts: a dateline is the story's text, and its city a place mention."""
    heads = _SECTION_HEAD.finditer(text) if "\n" in text else ()
    for match in itertools.chain(_DATELINE.finditer(text, 0, 2000), heads):
        offset = match.start("cities")
        for city in match.group("cities").split("/"):
            surface = _title(city)
            entry = lookup(surface)
            if entry is not None and entry.type in ("city", "region", "country"):
                yield offset, offset + len(city), entry, surface
            offset += len(city) + 1


def _caps_lines(text: str, taken: Container[int]) -> Iterator[tuple[int, int, PlaceEntry, str]]:
    """Yield the places of ALL CAPS lines (headlines, section heads), read in title case.

    Title-casing keeps every offset (``LAOS`` → ``Laos``), so the gazetteer's matcher runs on the
    folded line and its candidates point back into the text.  ``taken``: starts already yielded.
    """
    for line in _CAPS_LINE.finditer(text):
        folded = _CAPS_WORD.sub(lambda word: word.group().capitalize(), line.group())
        for candidate in find_candidates(folded):
            entry = candidate.entries[0]
            start = line.start() + candidate.start
            if start in taken or entry.type not in ("city", "region", "country") or entry.source == "demonym":
                continue
            if entry.type != "country" and _glued_to_name(folded, candidate.start):
                continue  # "BY ALECIA SMITH-MANCHESTER": a byline's double-barrelled surname
            yield start, start + (candidate.end - candidate.start), entry, candidate.surface


_GLUED_BEFORE = regex.compile(r"(?<![\p{L}\p{M}'-])(?P<word>\p{Lu}\p{Ll}+)-$", regex.REVERSE)


def _glued_to_name(line: str, start: int) -> bool:
    """Whether a match starts right after a capitalised word and a hyphen that is no place and no link prefix
    (``Smith-Manchester``, a surname; not ``China-Laos``, ``Trans-Caspian``)."""
    if not line.endswith("-", 0, start):
        return False
    before = _GLUED_BEFORE.search(line, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group("word")
    return word not in _NOT_TOWNS and lookup(word) is None


_DIVISION_HINT = re.compile(
    r"[a-z] (?:district|province|count(?:y|ie)|village|neighbou?rhood|suburb|regenc(?:y|ie)|governorate|upazila"
    r"|tehsil|taluka)s?\b"
    r"|[a-z] town\b"
)
"""Where a lower-case division noun follows a capitalised name: one fast scan before the full pattern."""

_DIVISION_NOUN_KEYS = (
    " district",
    " province",
    " count",
    " town",
    " village",
    " neighbo",
    " suburb",
    " regenc",
    " governorate",
    " upazila",
    " tehsil",
    " taluka",
)
"""Where :data:`_DIVISION_HINT` may match: a space and the start of each of its nouns (none a prefix of another)."""


def _division_noun_hints(text: str) -> list[tuple[int, int]]:
    """The spans of :data:`_DIVISION_HINT`'s matches, as its ``finditer`` gives them, found faster.

    A match starts at a lower-case letter before one of :data:`_DIVISION_NOUN_KEYS`: those places, found by
    ``str.find`` (the nouns are rare), are the only ones the pattern is tried at, in order, each after the end
    of the match before, as a scan would.
    """
    positions = []
    for key in _DIVISION_NOUN_KEYS:
        at = text.find(key)
        while at >= 0:
            if at and "a" <= text[at - 1] <= "z":
                positions.append(at - 1)
            at = text.find(key, at + 1)
    spans: list[tuple[int, int]] = []
    scanned_to = 0
    for position in sorted(positions):
        if position < scanned_to:
            continue  # inside the match before
        match = _DIVISION_HINT.match(text, position)
        if match is not None:
            spans.append(match.span())
            scanned_to = match.end()
    return spans


_DIVISION_NAMES = regex.compile(
    r"(?:(?<![\p{L}\p{M}'-])(?:\p{Ll}+|\p{Lu}\p{Ll}+'s)|,) (?P<names>(?&name)(?:(?:, | and )(?&name)){0,3})"
    r" (?P<noun>district|province|county|town|village|districts|provinces|counties|villages"
    r"|neighbou?rhoods?|suburbs?|regency|regencies|governorates?|upazilas?|tehsils?|talukas?)\b"
    r"(?(DEFINE)(?P<name>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?))"
)
"""Names before a lower-case division noun, after a lower-case word or a comma (not at a sentence start):
``in Lasbela district``, ``Hoima and Kikuube districts``, ``near Kafue town``, ``Terek-Sai village``, after a
possessive too (``Chittagong's Anwara upazila``, ``Punjab's Sahiwal tehsil``)."""

_DIVISION_PARENT = regex.compile(r" of (?:the )?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)")
_DIVISION_NAME = regex.compile(r"\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?")

_NOT_VILLAGE_NAMES = frozenset({"Olympic", "Model", "Smart", "Digital", "Global", "Green", "Eco", "Youth", "Athletes"})
"""Capitalised words before ``village`` that name a kind of village, no place (``the Olympic village``)."""


def _divisions_from_context(
    text: str, document_countries: collections.Counter[str]
) -> Iterator[tuple[int, int, PlaceEntry, str]]:
    """Yield districts, provinces and towns the gazetteer lacks that a lower-case division noun names.

    ``Lasbela district`` and ``Hoima and Kikuube districts`` are regions, ``Khoua town`` a city, of the country
    of a known place in the list or of the parent after it (``district of the Bukhara region``), else the one
    the document names most often (none: nothing).  Not a word the text also writes in lower case, a
    function word or a word of link names (``Northern``, ``Central``: a direction reads as a part, not a name).
    """
    hints = _division_noun_hints(text)
    if not hints:
        return  # the usual case: no lower-case division noun after a lower-case word
    country = host_country(document_countries)
    matches = {}
    for hint_start, hint_end in hints:
        # the full pattern is tried only in a short window before a division noun
        for found in _DIVISION_NAMES.finditer(text, max(0, hint_start - 80), hint_end + 12):
            matches[found.span()] = found
    for match in sorted(matches.values(), key=lambda m: m.start()):
        kind = "city" if match.group("noun").startswith(("town", "village")) else "region"
        offset = match.start("names")
        names = [(m.start(), m.group(), lookup(m.group())) for m in _DIVISION_NAME.finditer(match.group("names"))]
        # "Mansa and Chembe districts": a known place of the list gives the others its country
        known = next((e.country for _, _, e in names if e is not None and e.type != "country" and e.country), None)
        parent = _DIVISION_PARENT.match(text, match.end())
        if known is None and parent is not None:
            # "the Peshku district of the Bukhara region": the division's parent gives its country
            parent_entry = lookup(parent.group(1))
            known = parent_entry.country if parent_entry is not None else None
        for name_start, name, entry in names:
            if name in FUNCTION_WORDS or name in _NOT_TOWNS or entry is not None or name.lower() in text:
                continue
            if kind == "city" and name in _NOT_VILLAGE_NAMES:
                continue
            start = offset + name_start
            if known or country:
                yield start, start + len(name), _context_division(name, known or country or "", kind), name


_NAMED_DIVISION_NEEDLES = (
    " County",
    " Prefecture",
    " Regency",
    " Governorate",
    " Oblast",
    " Township",
    " District",
    "village of ",
    "town of ",
    "hamlet of ",
    "villages of ",
    "towns of ",
    "near ",
)
"""Where a division's own designator or a settlement's noun may name an unknown place: found by ``str.find``, much
faster than a regex scan, before the full pattern is tried around each."""


def _division_hints(text: str) -> list[int]:
    """Offsets of :data:`_NAMED_DIVISION_NEEDLES` in ``text`` (``near`` only before a capital)."""
    hints = []
    for needle in _NAMED_DIVISION_NEEDLES:
        at = text.find(needle)
        while at >= 0:
            after = at + len(needle)
            if needle[-1] != " " or text[after : after + 1].isupper():
                hints.append(at)
            at = text.find(needle, after)
    return hints


_NAMED_DIVISION = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}'.-]|{_CAPITALISED_BEFORE})"
    r"(?P<name>\p{Lu}\p{Ll}{2,}(?:[ -]\p{Lu}\p{Ll}{2,}){0,2}[ ](?:Autonomous[ ])?"
    r"(?:County|Prefecture|Regency|Governorate|Oblast|Township|District))(?![\p{L}'-]|[ ]\p{Lu})"
    r"|\b(?:(?P<demonym>\p{Lu}\p{Ll}+)[ ])?(?P<noun>village|town|township|hamlet)s?[ ]of[ ]"
    r"(?P<town>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?)"
    r"(?:[ ]and[ ](?P<other>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?))?(?![\p{L}'-]|[ ]\p{Lu})"
    r"|\bnear[ ](?P<near>\p{Lu}\p{Ll}{3,})(?=[.,;]|[ ](?:in|on|and|to|stopped|has|is|was|will|where|which)\b)"
)
"""Places named by their own designator (``Wuqia County``, ``Kizilsu Kirgiz Autonomous Prefecture``, ``East
Luwu Regency``: a region, the designator in the span) or by a settlement's noun (``the village of Kokzhar``) or
``near`` before punctuation or a clause word (``a farm near Ereymentau.``): a city.  A demonym before the noun
(``the Chinese town of Mohe``) says the town's country."""

_DIRECTIONS = frozenset({"North", "South", "East", "West", "Central", "Upper", "Lower"})
"""Direction words that may open a division's name (``East Luwu Regency``), not make it alone."""

_DESIGNATOR_COUNTRIES = (("Autonomous Prefecture", "CN"), ("Autonomous County", "CN"), ("Regency", "ID"))
"""Designators only one country's divisions use: China's ethnic autonomous prefectures and counties, Indonesia's
regencies (kabupaten)."""

_DESIGNATED_WORDS_NOT_NAMES = frozenset({"The", "This", "That", "Each", "Every", "Our", "Its", "Their", "Autonomous"})
_SENTENCE_WORDS_BEFORE_DIVISION = frozenset({"The", "This", "That", "Its", "Their", "Our"})
"""Words that may open a sentence before a division's name, no part of it (``The Longzhou County government``)."""


_KINDS_OF_DISTRICT = frozenset(
    {
        "Business",
        "Financial",
        "Commercial",
        "Industrial",
        "Residential",
        "Diplomatic",
        "Historic",
        "Administrative",
        "Special",
        "Economic",
        "Free",
        "Trade",
        "Development",
        "School",
        "Military",
        "Entertainment",
        "Cultural",
    }
)
"""Words naming a kind of district, no place: ``the Central Business District``, ``a Free Trade District``."""


def _named_divisions(
    text: str, document_countries: collections.Counter[str]
) -> Iterator[tuple[int, int, PlaceEntry, str]]:
    """Yield regions named with their designator and towns named after ``village of``/``near`` that the gazetteer
    lacks, in the country the document names most often (none: nothing).

    A division keeps its designator in the span and its name words are unknown to the gazetteer or demonyms
    (``Kirgiz`` in an autonomous prefecture's name); a town is one name the text never writes in lower case,
    not a word of link names (``Lake``, ``Mount``).  A known place is left to the matcher.
    """
    hints = _division_hints(text)
    country = host_country(document_countries) if hints else None
    if country is None:
        return
    matches = {}
    for hint in hints:
        # the full pattern, with its lookbehinds, is tried only in a short window around a designator or a noun
        for found in _NAMED_DIVISION.finditer(text, max(0, hint - 80), hint + 60):
            matches[found.span()] = found
    for match in sorted(matches.values(), key=lambda m: m.start()):
        name = match.group("name")
        if name is not None:
            start = match.start("name")
            words = name.replace("-", " ").split(" ")[:-1]
            if len(words) > 1 and words[0] in _SENTENCE_WORDS_BEFORE_DIVISION:
                # "The Longzhou County government", "This Wuqia County": the name starts after the word
                start += len(words[0]) + 1
                name = name[len(words[0]) + 1 :]
                words = words[1:]
            if (
                words[0] in _DESIGNATED_WORDS_NOT_NAMES
                or any(w in _KINDS_OF_DISTRICT for w in words)
                or any(
                    (w in _NOT_TOWNS and (i > 0 or w not in _DIRECTIONS or len(words) == 1)) or w.lower() in text
                    for i, w in enumerate(words)
                )
            ):
                continue
            bare = lookup(" ".join(words))
            township = name.endswith(" Township") and bare is not None and bare.type != "country"
            if lookup(name) is not None or (bare is not None and not township):
                continue  # the matcher's: "Hambantota District", "Bukhara Oblast"
            own = next((c for designator, c in _DESIGNATOR_COUNTRIES if name.endswith(designator)), country)
            if township and bare is not None and bare.country:
                own = bare.country  # "Kyaukme Township": the township of a known town, which the matcher leaves
            yield start, start + len(name), _context_division(name, own, "region"), name
            continue
        stated = demonyms().get(match.group("demonym") or "")
        for group in ("town", "other", "near"):
            town = match.group(group)
            if town is None or town in _NOT_TOWNS or town in FUNCTION_WORDS or town.lower() in text:
                continue
            if lookup(town) is not None:
                continue
            start = match.start(group)
            if stated is not None and group != "near":
                yield start, start + len(town), _stated_town(town, stated), town
            else:
                yield start, start + len(town), _context_division(town, country, "city"), town


@functools.lru_cache(maxsize=1024)
def _stated_town(name: str, country: str) -> PlaceEntry:
    """The reading of a town whose country the text states with a demonym (``the Chinese town of Mohe``)."""
    return PlaceEntry(surface=name, name=name, type="city", country=country, population=0, source=_STATED)


_STATED = "stated"
"""The source of a town whose country a demonym states: it decides every other context-found mention of the name."""


def _agree_with_stated(towns: list[tuple[int, int, PlaceEntry, str]]) -> list[tuple[int, int, PlaceEntry, str]]:
    """Give every mention of a town the country a demonym stated for it elsewhere in the document (``the
    Dzhalinda-Mohe bridge`` in a Russian story, then ``the Chinese town of Mohe``: both are China's)."""
    stated = {surface: entry for _, _, entry, surface in towns if entry.source == _STATED}
    if not stated:
        return towns
    return [(start, end, stated.get(surface, entry), surface) for start, end, entry, surface in towns]


@functools.lru_cache(maxsize=1024)
def _context_division(name: str, country: str, kind: str) -> PlaceEntry:
    """The reading of a district or town found by its division noun."""
    return PlaceEntry(surface=name, name=name, type=kind, country=country, population=0, source=kind)


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
