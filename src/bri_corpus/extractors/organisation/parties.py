"""Political parties named by their head word: ``Party``, and ``League``/``Front``/``Movement`` after a political word.

Belt and Road news names parties often (``the Communist Party of China``, ``the Bharatiya Janata Party``,
``the Pakistan Muslim League``, ``the Patriotic Front``), and none of these head words names an organisation by
itself, so the chunk scan leaves them.  A party's name is the run of capitalised words right before its head
word, after any title or sentence opener (``Chinese President and Communist Party General Secretary`` →
``Communist Party``), plus an ``of <country>`` or ``for <cause>`` complement and a title-case bracket that is
part of the official name (``Communist Party of Nepal (Maoist Centre)``).

Not parties: ``the Party`` or ``Party Secretary`` alone (no name word), a party of a contract or treaty
(``the Chinese Party``, ``each Contracting Party``, ``Working Party``), a lower-case ``party``, a head word
that runs on into a longer capitalised name (``United Front Work Department``, ``League Championship``), and
``League``/``Front``/``Movement`` without a political word (``Premier League``, ``Western Front``).
``Central Committee`` right after a party (``the CPC Central Committee``) is the party's organ and one name.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from . import lexicon as lx
from .candidates import Candidate
from .gazetteer import OrganisationGazetteer
from .patterns import TOKEN
from .places import is_country_or_demonym, is_known_place

__all__ = ["named_parties", "party_name_words"]

PARTY_HEADS = ("Party", "League", "Front", "Movement")
"""Head words of a party's name; only ``Party`` names one without a political word before it."""

POLITICAL_WORDS = frozenset(
    {
        "National",
        "Nationalist",
        "Democratic",
        "Democracy",
        "People's",
        "Peoples",
        "Popular",
        "Patriotic",
        "Liberation",
        "Socialist",
        "Social",
        "Communist",
        "Marxist",
        "Muslim",
        "Islamic",
        "Awami",
        "Progressive",
        "Republican",
        "Revolutionary",
        "Freedom",
        "Unity",
        "Justice",
        "Labour",
        "Labor",
        "Workers'",
        "Green",
        "Left",
        "Conservative",
        "Liberal",
        "Civic",
        "Citizens'",
        "Reform",
        "Solidarity",
        "Independence",
        "Sandinista",
        "Bolivarian",
        "Janata",
        "Peramuna",
        "Non-Aligned",
    }
)
"""Words that make ``League``, ``Front`` or ``Movement`` a political party's or movement's head."""

NON_PARTY_MODIFIERS = frozenset(
    {
        "Contracting",
        "Working",
        "Third",
        "Host",
        "State",
        "States",
        "Requesting",
        "Requested",
        "Receiving",
        "Sending",
        "Disclosing",
        "Interested",
        "Injured",
        "Concerned",
        "Related",
        "Responsible",
        "Signatory",
        "Other",
        "Each",
        "Either",
        "Both",
        "Any",
        "Ruling",
        "Opposition",
        "Governing",
        "Coalition",
        "Main",
        "Major",
        "Political",
        "Dinner",
        "Tea",
        "Garden",
        "Birthday",
        "Launch",
        "Welcome",
        "Farewell",
        "Search",
        "Rescue",
        "Advance",
        "Boarding",
        "Landing",
        "Hunting",
        "Raiding",
        "Joint",
        "First",
        "Second",
        "Party",
    }
)
"""Words before ``Party`` that make it a party to a contract or an event, or describe a party without naming it."""

_NAME_BEFORE_HEAD = regex.compile(r"(?<![\p{L}'.-])\p{Lu}[\p{L}'-]*(?: (?:of |and |for |the )?\p{Lu}[\p{L}'-]*){0,5} $")
"""The run of capitalised words that ends right before a head word (searched with ``endpos`` at the head)."""

_OF_PLACE = regex.compile(r" of (?:the )?\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,2}")
"""A party's country after its head word: ``Communist Party of China``, ``... of Nepal``."""

_FOR_CAUSE = regex.compile(r" for (?:the )?\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?")
"""A party's cause: ``National League for Democracy``, ``Movement for Democratic Change``."""

_OFFICIAL_BRACKET = regex.compile(r" \((?:\p{Lu}|\p{Lu}\p{Ll}[\p{L}'-]*(?: \p{Lu}\p{Ll}[\p{L}'-]*){0,2})\)")
"""A title-case bracket of an official name: ``(Maoist Centre)``, ``(Nawaz)``, ``(N)``; not an acronym."""

_CENTRAL_COMMITTEE = regex.compile(r"(?: \(\p{Lu}{2,6}\))? Central Committee(?![\p{L}-])")
"""The party's organ after its name (and its acronym): ``Communist Party of China (CPC) Central Committee``."""

_NEXT_WORD = regex.compile(r" (\p{Lu}[\p{L}'-]*)")
"""The next capitalised word, which tells whether the name runs on (``United Front Work Department``)."""

_CPC_CENTRAL_COMMITTEE = regex.compile(r"(?<![\p{L}-])(?:CPC|CCP) Central Committee(?![\p{L}-])")
"""The Chinese party's organ by its acronym: ``the CPC Central Committee`` (``CPC`` alone is too ambiguous)."""


def party_name_words(words: Sequence[str], head: str) -> tuple[str, ...] | None:
    """The words of a party's name before its head word, or None when they name no party.

    ``words`` is the run of capitalised words (and connectors) before ``head``; the name starts after its
    last title, sentence opener or non-party word (``Chinese President and Communist`` → ``Communist``).
    """
    start = 0
    for i, word in enumerate(words):
        if word in lx.TITLES or word in lx.SENTENCE_STARTERS or word in NON_PARTY_MODIFIERS:
            start = i + 1
        elif word == "the" and (i == 0 or words[i - 1] not in lx.CONNECTORS):
            start = i + 1  # "in Zambia the Patriotic Front": an article after a place opens the name
        elif word.endswith("'s") and (is_country_or_demonym(word[:-2]) or is_known_place(word[:-2])):
            start = i + 1  # "Malaysia's Democratic Action Party": the country owns the party
    kept = list(words[start:])
    while kept and kept[0] in lx.CONNECTORS:
        kept.pop(0)
    while kept and kept[-1] in lx.CONNECTORS:
        return None  # "Ministry of Party": a connector before the head
    name_words = [w for w in kept if w not in lx.CONNECTORS]
    if not name_words:
        return None
    if head == "Party":
        if all(is_country_or_demonym(w) or is_known_place(w) for w in name_words):
            return None  # "the Chinese Party", "the Kazakh Party": a side of an agreement
        return tuple(kept)
    if not any(w in POLITICAL_WORDS for w in name_words):
        return None
    return tuple(kept)


def _possessive(text: str, position: int) -> bool:
    """Whether ``'s`` ends a word at ``position`` (``the Green Party's leader``)."""
    return text.startswith("'s", position) and not text[position + 2 : position + 3].isalpha()


def _heads(text: str) -> Iterator[tuple[int, str]]:
    """The positions of the head words, found by ``str.find`` (far faster than a scan of the whole text)."""
    for head in PARTY_HEADS:
        position = text.find(" " + head)
        while position >= 0:
            after = position + 1 + len(head)
            if after >= len(text) or not (text[after].isalpha() or text[after] in "'-") or _possessive(text, after):
                yield position + 1, head
            position = text.find(" " + head, after)


_TITLE_WORDS = lx.TITLES | frozenset(
    {"General", "Chief", "Leader", "Leaders", "Member", "Members", "Official", "Officials", "Spokesperson"}
)
"""Words after a party's name that open a title of its people (``Communist Party General Secretary Xi``)."""


def _country_end(text: str, position: int) -> int | None:
    """The end of ``of <country or place>`` at ``position``; ``position`` when there is no ``of``, None when the
    ``of`` complement names no place (``Party of the Year``)."""
    match = _OF_PLACE.match(text, position)
    if match is None:
        return position
    words = match.group().split(" ")
    first = 3 if words[2] == "the" else 2  # words[0] is "" (the leading space), words[1] "of"
    for last in range(len(words), first, -1):
        if is_known_place(" ".join(words[first:last])):
            return position + len(" ".join(words[:last]))
    return None


def _name_end(text: str, head_end: int) -> int | None:
    """The end of a party's name whose head word ends at ``head_end``, or None when the words after the head
    show that it is no party's name or that the name runs on."""
    end = _country_end(text, head_end)
    if end is None:
        return None
    for pattern in (_FOR_CAUSE, _OFFICIAL_BRACKET):
        match = pattern.match(text, end)
        if match is not None:
            end = match.end()
    organ = _CENTRAL_COMMITTEE.match(text, end)
    if organ is not None:
        return organ.end()
    following = _NEXT_WORD.match(text, end)
    if following is not None and following.group(1) not in _TITLE_WORDS:
        return None  # "United Front Work Department", "Party Building": the name runs on
    return end


def named_parties(text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer) -> list[Candidate]:
    """Political parties named by their head word (see the module docstring) and ``CPC Central Committee``."""
    found: list[Candidate] = []
    for head_start, head in _heads(text):
        before = _NAME_BEFORE_HEAD.search(text, max(0, head_start - 80), head_start)
        if before is None:
            continue
        kept = party_name_words(before.group()[:-1].split(" "), head)
        if kept is None:
            continue
        start = head_start - 1 - len(" ".join(kept))
        end = _name_end(text, head_start + len(head))
        if end is None:
            continue
        if any(c.start < end and start < c.end and (c.start < start or c.end > end) for c in candidates):
            continue  # a longer name the scan found holds it
        found.append(_make(text, start, end, gazetteer))
    if "Central Committee" in text:
        for match in _CPC_CENTRAL_COMMITTEE.finditer(text):
            start, end = match.span()
            if not any(c.start <= start and end <= c.end for c in found):
                found.append(_make(text, start, end, gazetteer))
    return found


def _make(text: str, start: int, end: int, gazetteer: OrganisationGazetteer) -> Candidate:
    surface = text[start:end]
    words = tuple(m.group() for m in TOKEN.finditer(surface) if m.group() not in lx.CONNECTORS)
    return Candidate(start=start, end=end, surface=surface, form=surface, entry=gazetteer.lookup(surface), words=words)
