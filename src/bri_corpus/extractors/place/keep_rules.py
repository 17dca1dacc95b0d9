"""The per-match rules: whether a gazetteer match is a place mention, judged by the words around it.

A match is dropped inside a longer organisation, event or facility name, as a person's surname, as a sea or a
currency, as a language; :func:`keep` applies them all, and :class:`TitleCaseLines` and :class:`OrganisationStarts`
answer its questions about the document (whether a line is a Title Case headline, where organisation facts start).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence

import regex

from bri_corpus.facts import Fact
from bri_corpus.normalize import NormalizedText

from .context_places import NOT_TOWNS
from .gazetteer import Candidate, PlaceEntry, lookup
from .patterns import (
    APPOSITION_AFTER,
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
    NOT_GIVEN_NAMES,
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
    SPEAKER_OR_AUTHOR_BEFORE,
    WATER_BODY_BEFORE,
)

__all__ = [
    "BIG_CITY",
    "CHAIN_WORD",
    "PERSON_LIKE_COUNTRIES",
    "OrganisationStarts",
    "TitleCaseLines",
    "is_surname",
    "keep",
    "names_person",
]


# Countries whose names are also common given or family names: treated like city names
# (they must not stand inside a longer capitalised name: "Michael Jordan", "Chad Smith").
PERSON_LIKE_COUNTRIES = frozenset({"Chad", "Jordan", "Georgia", "Israel", "Niger", "Mali", "Togo", "Guinea", "America"})

# One word of a name after a match: a capitalised word, "&" or "of".
CHAIN_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}.'-]*|&")

_ALL_HEADS = INSTITUTION_HEADS | COMPANY_HEADS

# The last word of an "X of" / "X and" name before a match.
_JOINING_WORDS = ("of", "and", "for", "&")
_LAST_OF_JOINING_WORDS = frozenset(word[-1] for word in _JOINING_WORDS)

# How far a capitalised name around a match is followed to see whether it is an organisation's.
_NAME_CHAIN = 6
_CONTEXT = 60
BIG_CITY = 100_000
"""A city of this many people or more is kept in a Title Case headline and is never taken for one part of a
hyphenated name (:mod:`.hyphens`)."""


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
        if word[-1:] in (",", ";") and "of" not in chain:
            # "the Ministry of Construction, Việt Nam and China": the name ended at the comma (but "Ministry of
            # Foreign Affairs, Trade and Development of Canada" goes on: an "of" after the comma)
            break
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


_GOVERNMENT_TITLES = frozenset({"Minister", "Ministers", "Secretary", "Commissioner", "Envoy", "Ambassador", "Consul"})
"""Titles of a government's officials: the company head words before them name a portfolio (``Uzbek Energy
Minister``, ``Pakistani Power Minister``), no company the place would belong to (``China Energy Chairman`` stays
the company's; an institution's head word still makes a body: ``Chinese Foreign Ministry Spokesman``)."""


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
        chain_after = _chain_after(text, end)
        words = _before_title(chain_after)
        if (
            not INSTITUTION_HEADS.isdisjoint(words)
            and not (possessive and end + 3 in organisation_starts)
            and (possessive or _VENUE_AFTER.match(text, end) is None)  # "Astana Expo Centre": a venue, no body
        ):
            # an institution's name, whoever follows; but "Egypt's Ministry of Transport", where the
            # organisation plugin found the body after the possessive, keeps its country
            return True
        if (
            not possessive
            and not _ALL_HEADS.isdisjoint(words)
            and _GOVERNMENT_TITLES.isdisjoint(chain_after)  # "Uzbek Energy Minister": a portfolio, no company
            and end + 1 not in organisation_starts  # asked last: the slowest question
        ):
            return True
    start = candidate.start
    if candidate.entries[0].source == "demonym" and RANKING_BEFORE.search(text[max(0, start - 30) : start]):
        return True
    if (
        candidate.entries[0].source == "demonym"
        and following[:1] == " "
        and following[1:].islower()
        and text.endswith((" and ", " & "), max(0, start - 5), start)
    ):
        return False  # "China Development Bank and Ivorian finance ministry": a description after "and", no name
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
    if own_names == 0 and bool(chain) and _joined_modifiers_end_facility(text, end):
        return True
    return _VENUE_AFTER.match(text, end) is not None


_VENUE_AFTER = regex.compile(
    r"(?:[ ]\p{Lu}[\p{L}\p{M}-]*){0,2}[ ](?:Convention|Exhibition|Conference|Expo|Exposition|Trade)"
    r"(?:[ ](?:and|&)[ ](?:Convention|Exhibition|Conference|Expo|Exposition|Trade))?[ ](?:Center|Centre|Hall)\b"
)
"""A venue named after the place before it (``Xi'an International Convention and Exhibition Center``, ``Astana
Expo Centre``, ``Nairobi Conference Hall``): the place stands, as before an airport."""


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


def is_surname(text: str, start: int) -> bool:
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


def names_person(text: str, candidate: Candidate) -> bool:
    """Whether a match is the surname of a person named just before it by a given name: after a speech verb or a
    byline's ``by`` (``said Wen Shanxi``, ``Written by Sothea Kampot``) or before a role in apposition (``Wen
    Shanxi, a senior researcher``).  It holds for the one mention only: a byline's ``Kampot`` says nothing of the
    province the story may name later.  The given name must be no country or region and no part of a region's
    name (``Northern Shanxi``); before a role in apposition, no place at all."""
    start = candidate.start
    if start < 4 or text[start - 1] != " " or not text[start - 2].islower():
        return False  # the usual case: punctuation or a line break before the match
    given_start = text.rfind(" ", max(0, start - 30), start - 1) + 1
    if not text[given_start : given_start + 1].isupper():
        return False  # "in Kampot": a lower-case word before the match, no given name
    window = max(0, start - _CONTEXT)
    speaker = SPEAKER_OR_AUTHOR_BEFORE.search(text, window, start)
    if speaker is not None:
        given = speaker.group("given")
    elif text.startswith(", ", candidate.end) and APPOSITION_AFTER.match(text, candidate.end):
        previous = PREVIOUS_WORD.search(text, window, start)
        if previous is None or not previous[1][0].isupper():
            return False
        given = previous[1]
    else:
        return False
    if given in NOT_GIVEN_NAMES or given in FUNCTION_WORDS:
        return False
    entry = lookup(given)
    # a small town's name is a common given name (``Dara``); a country or region before a region is no person's
    return entry is None or (speaker is not None and entry.source not in ("country", "region", "demonym"))


def _common_word(text: str, word: str) -> bool:
    """Whether a capitalised word starting a sentence or line is a common word, no given name or part of a name: a
    verb form (``Visiting Wuhan, ...``) or a word the text also writes in lower case (``Full Dhaka-Jashore service``;
    not a word of place names such as ``Lake`` or ``Port``)."""
    return word.endswith(("ing", "ed")) or (word not in NOT_TOWNS and f" {word.lower()} " in text)


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


def keep(
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
        if best.population >= BIG_CITY or any(entry.source == "subdivision" for entry in candidate.entries):
            return True
        # "Minister Visits Cathode Plant in Ács as ...": a small town after a preposition, standing alone
        return text.endswith(_PREPOSITIONS_IN_HEADLINE, 0, candidate.start) and _stands_alone(text, candidate, False)
    return _stands_alone(text, candidate, headline)


class OrganisationStarts:
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


class TitleCaseLines:
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
