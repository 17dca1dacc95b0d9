"""Ministers named with their title once and by surname later: ``Uzbek Energy Minister Jurabek Mirzamahmudov``
... ``Mirzamahmudov signed``.

The annotation reads a minister as the ministry when the document names that ministry (``Finance Minister X``
with ``the Ministry of Finance`` in the text; y05, w09), otherwise as the country the title names
(``Turkish Transport Minister``, ``Georgia's Economy Minister``). A title that names neither (``Minister of
Transport Tilek Tekebaev`` in a Kyrgyz news story, ``Power Minister Sardar Awais Leghari`` in a Pakistani one)
stands for the document's partner country, the country other than China that its place facts name clearly
most often, as a reader takes it; a minister with a Chinese name stands for China instead (``Commerce Minister
Wang Wentao`` in a story about Kenya). A document with no clear partner country gives nothing: it would be a
guess.

The map built here feeds the person map of :mod:`.arguments`; a bare surname right before a trigger
(``Mirzamahmudov later signed``) then stands for that party.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence

import regex

from .entities import Entity

__all__ = [
    "coordinated_surname_subject",
    "country_names",
    "head_of_state_subject",
    "looks_chinese",
    "minister_affiliations",
    "partner_country",
    "surname_subject",
]

# A minister's title and the person's name after it (two to four capitalised words, particles allowed:
# "Vera Daves de Sousa"). The domain is the word(s) before "Minister" or after "Minister of".
_MINISTER = regex.compile(
    r"\b(?P<before>(?:[A-Z][a-z]+\s+(?:and\s+[A-Z][a-z]+\s+)?)?)(?:(?:Deputy|Vice|State|First\s+Deputy)\s+)?"
    r"Minister(?:\s+of\s+(?P<of>(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)*?))?,?\s+"
    r"(?P<name>\p{Lu}[\w'-]+(?:\s+(?:(?:de|da|dos|do|van|von|bin|al)\s+)?\p{Lu}[\w'-]+){1,3})\b"
)
# Where a match of _MINISTER can begin, seen from its "Minister": after the last character before it that is
# neither an ASCII letter nor a space (the words before the title are letters and spaces only).
_BEFORE_TITLE_RUN = regex.compile(r"(?r)[^A-Za-z\s]")
# What no part of a match of _MINISTER after its "Minister" holds (but one comma, ``Minister,``).
_OUTSIDE_MINISTER = regex.compile(r"[^\w\s'-]")


def minister_matches(text: str) -> Iterator[regex.Match[str]]:
    """The matches of :data:`_MINISTER` in ``text``, the same as ``_MINISTER.finditer(text)``, found from each
    ``Minister`` (``str.find``) in a short window instead of by trying the pattern at every word of the text.

    A match holds a ``Minister`` of its own; only ASCII letters and spaces come before it in the match, so the
    match begins after the last other character before it (or where the previous match ended); after it, the
    match holds no character outside ``[\\w\\s'-]`` but one comma, so it ends before the second such character.
    No match can begin before that window, none that begins in it can end after it, and the pattern reads no
    character beyond a match (no lookahead): searching the window gives the match a whole-text scan gives,
    and a window without one means this ``Minister`` is in no match (a match holding a later ``Minister``
    begins in the later one's window, which reaches back over this one).
    """
    position = 0  # where the previous match ended: finditer goes on from there
    title = text.find("Minister")
    while title >= 0:
        other = _BEFORE_TITLE_RUN.search(text, position, title)
        low = other.start() if other is not None else position
        first = _OUTSIDE_MINISTER.search(text, title + len("Minister"))
        second = _OUTSIDE_MINISTER.search(text, first.end()) if first is not None else None
        high = second.start() if second is not None else len(text)
        match = _MINISTER.search(text, low, high)
        if match is None:
            title = text.find("Minister", title + 1)
            continue
        yield match
        position = match.end()
        title = text.find("Minister", position)


# Before "Prime Minister": a deputy, who stands for the country like any minister.
_DEPUTY = ("Deputy ", "Vice ", "First Deputy ")
# Words before "Minister" that are no domain ("Prime Minister" is a head of government: leaders.py reads it).
_NOT_DOMAIN = frozenset({"Prime", "Deputy", "Vice", "State", "First", "The", "Foreign"})
# "Foreign Minister" names the ministry of foreign affairs.
_DOMAIN_ALIASES = {"Foreign": "Foreign Affairs"}
# Between a country written before the title and the title: only capitalised words or a possessive.
_TITLE_GAP = regex.compile(r"(?:'s)?(?:\s+[A-Z][a-z]+|\s+and)*\s+$")
# How often the partner country must be named, at least (see partner_country).
_PARTNER_MENTIONS = 3
# The commonest Chinese surnames in pinyin (source: the Ministry of Public Security's 2020 list of the
# hundred most common surnames), for ministers named without a country: "Commerce Minister Wang Wentao".
_CHINESE_SURNAMES = frozenset(
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song "
    "Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Lv "
    "Yao Shen Zhong Cui Tan Liao Fan Jin Shi Jia Xia Fu Fang Zou Xiong Bai Meng Qin Qiu Hou Yin Xue Yan Duan "
    "Lei Long Tao Mao Hao Gu Gong Shao Wan Qian Dai Kong Mo Chang Wen Kang Lai Qiao".split()
)
# One pinyin word (a given name of one or two syllables, written as one word): "Wentao", "Qiang", "Yi".
_PINYIN_WORD = regex.compile(
    r"(?:(?:[BPMFDTNLGKHJQXRZCSYW]|[ZCS]h)?[aeiouv][a-z]{0,4}){1,2}",
)
# A bare surname as the subject right before a trigger: "Mirzamahmudov (also|later) signed".
# Or the antecedent of a relative clause: "Lahadalia, who visited", "Ha, who earlier this month visited".
_SURNAME_BEFORE = regex.compile(
    r"(?r)\b(?P<full>(?:\p{Lu}[\w'-]+\s)?(?P<surname>\p{Lu}[\w'-]+))(?:,\s+who(?:\s+(?:has|had|have))?)?\s+"
    r"(?:(?:also|later|then|earlier|recently|\w+ly)\s+|(?:earlier\s+)?(?:this|last)\s+(?:week|month|year)\s+)?$"
)


# "Ministry of Finance", "Federal Ministry of Power", "Union Ministry of Railways".
_MINISTRY_NAME = regex.compile(r"(?:(?:Federal|Union|National)\s+)?Ministry\s+of\s+")


def _ministry(parties: Sequence[Entity], domain: str) -> str | None:
    """The one ministry organisation whose name holds ``domain`` (``Ministry of Finance`` for ``Finance``)."""
    names = {
        e.name
        for e in parties
        if e.kind == "organisation" and _MINISTRY_NAME.match(e.name) and regex.search(rf"\b{domain}\b", e.name)
    }
    return names.pop() if len(names) == 1 else None


def _country_before(text: str, parties: Sequence[Entity], starts: Sequence[int], title_start: int) -> str | None:
    """The country a place fact writes right before a title (``Turkish Transport Minister``), or None."""
    i = bisect.bisect_left(starts, title_start) - 1
    while i >= 0 and parties[i].kind != "place":
        i -= 1
    if i < 0 or title_start - parties[i].end > 40:
        return None
    place = parties[i]
    if getattr(place.value, "type", None) != "country":
        return None
    gap = text[place.end : title_start] + " "
    if not _TITLE_GAP.fullmatch(gap):
        return None
    if place.demonym:  # "Turkish": the name the document writes for the country ("Türkiye"), when it does
        code = getattr(place.value, "country", None)
        written = [
            e.name
            for e in parties
            if e.kind == "place"
            and not e.demonym
            and code
            and getattr(e.value, "country", None) == code
            and getattr(e.value, "type", None) == "country"
        ]
        if written:
            return written[0]
    return place.name


def country_names(parties: Sequence[Entity]) -> dict[str, str]:
    """ISO code → the name the document gives that country most often (``Nigeria`` rather than a header's
    ``Federal Republic of Nigeria``); countries it never names are absent."""
    counts: dict[str, Counter[str]] = {}
    for entity in parties:
        code = getattr(entity.value, "country", None)
        if entity.kind == "place" and code and getattr(entity.value, "type", None) == "country":
            counts.setdefault(code, Counter())[entity.name] += 1
    return {code: names.most_common(1)[0][0] for code, names in counts.items()}


def partner_country(parties: Sequence[Entity]) -> str | None:
    """The ISO code of the country other than China that the place facts name (or write as an adjective) clearly
    most often: at least three mentions and half as many again as the runner-up; None when none stands out.
    Belt and Road news is about China and a partner; the partner is where an untitled minister comes from."""
    counts = Counter(
        entity.value.country
        for entity in parties
        if entity.kind == "place"
        and getattr(entity.value, "type", None) == "country"
        and getattr(entity.value, "country", None) not in (None, "CN")
    ).most_common(2)
    if not counts or counts[0][1] < _PARTNER_MENTIONS:
        return None
    if len(counts) > 1 and counts[0][1] * 2 < counts[1][1] * 3:
        return None
    return str(counts[0][0])


def looks_chinese(name: str) -> bool:
    """Whether a person's name reads as a Chinese name in pinyin: a common Chinese surname first, then one or two
    syllable-shaped words (``Wang Wentao``, ``Li Qiang``, ``Zheng Shanjie``)."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and words[0] in _CHINESE_SURNAMES
        and all(_PINYIN_WORD.fullmatch(word) for word in words[1:])
    )


def minister_affiliations(text: str, parties: Sequence[Entity]) -> dict[str, str]:
    """Map each minister's full name and surname → the party the minister stands for (ministry or country)."""
    found: dict[str, str] = {}
    if "Minister" not in text:
        return found
    starts = [e.start for e in parties]
    names: dict[str, str] | None = None
    partner: str | None = None
    for match in minister_matches(text):
        before = match.group("before").split()
        domain_words = [w for w in before if w not in _NOT_DOMAIN and w != "and"]
        if "Prime" in before and not text.endswith(_DEPUTY, 0, match.start()):
            continue  # a head of government: leaders.py reads it; a deputy prime minister is a minister
        domain = match.group("of") or (" ".join(domain_words) if domain_words else None)
        if domain and domain.startswith("the "):
            domain = domain[4:]
        ministry = _ministry(parties, _DOMAIN_ALIASES.get(domain, domain)) if domain else None
        party = ministry or _country_before(text, parties, starts, match.end("before"))
        name = match.group("name")
        titled = party is not None
        if party is None:
            if names is None:
                names, partner = country_names(parties), partner_country(parties)
            code = "CN" if looks_chinese(name) else partner
            party = names.get(code) if code else None
        if party is None:
            continue
        found.setdefault(name, party)
        found.setdefault(name.split()[-1], party)
        if titled and looks_chinese(name):
            # a Chinese family name comes first ("Lu visited"); only for a party the title gives, a common family
            # name being too weak to carry a party guessed from the name itself
            found.setdefault(name.split()[0], party)
    return found


def head_of_state_subject(
    text: str, parties: Sequence[Entity], clause_start: int, trigger_start: int
) -> tuple[int, str] | None:
    """(position, country) of ``the head of state`` / ``the Leader of the Nation`` / ``the President`` named by
    title alone right before the trigger (the style of UzA, Khovar, TDH): the document's partner country."""
    window_start = max(clause_start, trigger_start - 50)
    if text.find("ead of", window_start, trigger_start) < 0 and text.find("Leader", window_start, trigger_start) < 0:
        if text.find("President", window_start, trigger_start) < 0:
            return None  # cheap test first
    match = _HEAD_OF_STATE_BEFORE.search(text, window_start, trigger_start)
    if match is None:
        return None
    code = partner_country(parties)
    name = country_names(parties).get(code) if code else None
    return (match.start(), name) if name else None


_HEAD_OF_STATE_BEFORE = regex.compile(
    r"\b[Tt]he\s+(?:[Hh]ead\s+of\s+(?:[Ss]tate|the\s+[Ss]tate)|Leader\s+of\s+the\s+Nation|President)\s+"
    r"(?:(?:also|then|later|\w+ly)\s+)?$"
)


def surname_subject(
    text: str, people: Mapping[str, str], clause_start: int, trigger_start: int
) -> tuple[int, str] | None:
    """(position, party) of a known person's bare surname right before the trigger, as its subject."""
    if not people:
        return None
    match = _SURNAME_BEFORE.search(text, max(clause_start, trigger_start - 60), trigger_start)
    if match is None:
        return None
    party = people.get(match.group("full")) or people.get(match.group("surname"))
    return (match.start("surname"), party) if party else None


# "Al Qassim and Lu met": a second known surname co-ordinated before the subject's.
_COORDINATED_SURNAME_BEFORE = regex.compile(
    r"(?r)\b(?P<full>(?:\p{Lu}[\w'-]+\s)?(?P<surname>\p{Lu}[\w'-]+))\s+and\s+(?:\p{Lu}[\w'-]+\s)?$"
)


def coordinated_surname_subject(
    text: str, people: Mapping[str, str], clause_start: int, subject_start: int
) -> tuple[int, str] | None:
    """(position, party) of a known person's surname joined by ``and`` to the subject surname at
    ``subject_start`` (``Al Qassim and Lu met``), or None."""
    match = _COORDINATED_SURNAME_BEFORE.search(text, max(clause_start, subject_start - 40), subject_start)
    if match is None:
        return None
    party = people.get(match.group("full")) or people.get(match.group("surname"))
    return (match.start("surname"), party) if party else None
