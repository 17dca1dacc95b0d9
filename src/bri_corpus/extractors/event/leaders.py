"""Heads of state and government named without their country: ``commissioned by President Muhammadu Buhari``.

The gold NOTES make a country a participant when it acts through its head of state. When the text writes the
country with the title (``Kenyan President Ruto``) the place extractor's fact does it; when it writes only the
title and the name, the name is looked up in ``data/leaders.tsv`` (public lists of heads of state and
government, 2013-2025) and the country is the participant, under the name the document gives it, only when the
document names that country somewhere (no name from outside the text). A full name from the table with no
title (``Shavkat Mirziyoyev also met with ...``, after ``President of Uzbekistan Shavkat Mirziyoyev`` earlier)
counts the same way when it is the subject right before the trigger.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from importlib import resources
from typing import cast

import regex

from .entities import FactIndex
from .officials import country_names

__all__ = ["country_of_leader", "leader_affiliations", "leader_countries", "leader_subject_before"]

# The titles of heads of state and government.
_HEAD_TITLES = r"(?:President|Prime\s+Minister|Premier|King|Emir|Sultan|Chancellor|Crown\s+Prince)"
# A title and a capitalised name after it; the name stops at the first word that is not capitalised, but for the
# patronymic particle of an Arab or Malay name ("Sultan Haitham bin Tariq").
_TITLED_LEADER = regex.compile(
    rf"\b{_HEAD_TITLES}\s+"
    r"(?P<name>[A-Z][\w'.-]*(?:\s+(?:(?:bin|bint|ibn|ibni)\s+)?[A-Z][\w'.-]*){0,4})"
)
# How far before a trigger an untitled leader is looked for (its subject: "Shavkat Mirziyoyev also met").
_SUBJECT_REACH = 60
# A title right before a name: the titled pattern reads that one.
_TITLE_WORDS = ("President", "Minister", "Premier", "King", "Emir", "Sultan", "Chancellor", "Prince")
_TITLE_BEFORE = regex.compile(rf"(?:{'|'.join(_TITLE_WORDS)})\s+$")
# Regnal numbers end a monarch's name ("Mohammed VI"); they are no surname.
_REGNAL_NUMBERS = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})
# Titles one person holds in a country at a time: "the Sultan" alone, in a document that named
# "Sultan Haji Hassanal Bolkiah", is that sultan ("President" and "Prime Minister" are not: a story names several).
_SOLE_TITLES = ("Sultan", "Emir", "King", "Crown Prince")
# The key of the per-document map ISO code → country name in ``FactIndex.memo``.
_COUNTRY_NAMES = "country names"


@functools.cache
def _leaders() -> dict[str, str]:
    """Map a leader's name, as written and without diacritics, and a surname that no leader of another country
    shares, to the country's ISO code."""
    path = resources.files("bri_corpus.extractors.event").joinpath("data/leaders.tsv")
    full: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        name, country = line.split("\t")[:2]
        full[name] = country
        full.setdefault(_without_diacritics(name), country)
    countries_by_surname: dict[str, set[str]] = {}
    for name, country in full.items():
        if " " in name and name.split()[-1] not in _REGNAL_NUMBERS:  # "Abdullah II": no surname "II"
            countries_by_surname.setdefault(name.split()[-1], set()).add(country)
    by_surname = {surname: codes.pop() for surname, codes in countries_by_surname.items() if len(codes) == 1}
    table = by_surname | full
    # folded keys too: "Abdel-Fattah El-Sisi" finds "Abdel Fattah el-Sisi"
    return {_folded(name): country for name, country in table.items()} | table


def _folded(name: str) -> str:
    """A name's lookup key: no diacritics, case folded, hyphens as spaces."""
    return _without_diacritics(name).casefold().replace("-", " ")


def _without_diacritics(name: str) -> str:
    """``João Lourenço`` → ``Joao Lourenco``: how wire copy often writes a name."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@functools.cache
def _full_names() -> regex.Pattern[str]:
    """One pattern for every full name in the table (``Shavkat Mirziyoyev``): a leader named without a title.

    The names form a two-level tree of alternatives by their first and second letters, longest name first
    within each, so that most positions fail at once.  The pattern begins with a literal letter, not with
    ``\\b``: the engine then skips along the text to the next possible first letter, and the word start is
    checked behind that letter (``(?<!\\w.)``, which is what ``\\b`` means before a letter).  A whole-document
    search runs 1.4x faster than with ``\\b`` in front.
    """
    by_first: dict[str, dict[str, list[str]]] = {}
    for name in sorted((name for name in _leaders() if " " in name and name[:1].isupper()), key=len, reverse=True):
        by_first.setdefault(name[0], {}).setdefault(name[1], []).append(regex.escape(name[2:]))
    alternatives = []
    for first, by_second in by_first.items():
        rests = "|".join(f"{regex.escape(second)}(?:{'|'.join(tails)})" for second, tails in by_second.items())
        alternatives.append(rf"{regex.escape(first)}(?<!\w.)(?:{rests})")
    return regex.compile(r"(?:" + "|".join(alternatives) + r")\b")


def _untitled_leaders(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(start, ISO code) of each full leader name in ``text[start:end]``."""
    leaders = _leaders()
    return [(m.start(), leaders[m.group()]) for m in _full_names().finditer(text, start, end)]


def country_of_leader(name: str) -> str | None:
    """Return the ISO code of the country whose leader ``name`` is (full name, its leading words, or a surname
    no other leader shares), or None."""
    leaders = _leaders()
    words = name.split()
    for count in range(len(words), 0, -1):
        country = leaders.get(" ".join(words[:count])) or leaders.get(_folded(" ".join(words[:count])))
        if country is not None:
            return country
    country = (leaders.get(words[-1]) or leaders.get(_folded(words[-1]))) if words else None
    if country is None and len(words) > 2:
        # "Haji Hassanal Bolkiah Mu'izzaddin Waddaulah": an honorific before, a style after the name
        inner = _full_names().search(name)
        country = leaders[inner.group()] if inner is not None else None
    return country


def _country_name(index: FactIndex, code: str) -> str | None:
    """The name the document gives the country ``code`` most often, or None when it never names it (the map is
    built once per document)."""
    names = index.memo.get(_COUNTRY_NAMES)
    if names is None:
        names = index.memo[_COUNTRY_NAMES] = country_names(index.parties)
    return cast(str | None, names.get(code))


def leader_affiliations(text: str, index: FactIndex) -> dict[str, str]:
    """Map each leader the document names in full (``Joko Widodo``), and the leader's surname, to the name the
    document writes for the leader's country: ``Widodo visited China`` later then has Indonesia as its subject.
    Only leaders whose country the document names."""
    found: dict[str, str] = {}
    leaders = _leaders()
    for name in _document_names(text):
        country = _country_name(index, leaders[name])
        if country is not None:
            found.setdefault(name, country)
            found.setdefault(name.split()[-1], country)
    return found | _sole_title_affiliations(text, index)


def _sole_title_affiliations(text: str, index: FactIndex) -> dict[str, str]:
    """Map a sole title (``Sultan``) to the name the document writes for the country of the one leader it names
    with that title (``Sultan Haji Hassanal Bolkiah``): ``the Sultan met a delegation`` then has Brunei as its
    subject. A title the document gives leaders of two countries maps to nothing."""
    if not any(title in text for title in _SOLE_TITLES):
        return {}  # cheap test first: most stories name no monarch
    countries: dict[str, set[str]] = {}
    for match in _TITLED_LEADER.finditer(text):
        title = " ".join(text[match.start() : match.start("name")].split())
        if title not in _SOLE_TITLES:
            continue
        code = country_of_leader(match.group("name").removesuffix("'s"))
        country = _country_name(index, code) if code else None
        if country is not None:
            countries.setdefault(title, set()).add(country)
    return {title: names.pop() for title, names in countries.items() if len(names) == 1}


@functools.lru_cache(maxsize=4)
def _document_names(text: str) -> tuple[str, ...]:
    """The full leader names of ``text``, in order (one whole-document scan, shared by :func:`leader_affiliations`
    and :func:`_document_mentions`)."""
    return tuple(match.group() for match in _full_names().finditer(text))


@functools.lru_cache(maxsize=4)
def _document_mentions(text: str) -> tuple[bool, bool]:
    """Whether ``text`` holds a title word anywhere, and a full leader name anywhere: asked once per document,
    so that the per-trigger searches are skipped in the many documents that hold neither."""
    return any(word in text for word in _TITLE_WORDS), bool(_document_names(text))


@functools.lru_cache(maxsize=4)
def _title_words_at(text: str) -> tuple[list[int], list[int]]:
    """The (starts, ends) of every occurrence of a title word in ``text``, sorted by start: found once per
    document, so that :func:`_holds_title_word` is two ``bisect`` steps instead of a ``str.find`` per word."""
    spans = sorted((found, found + len(word)) for word in _TITLE_WORDS for found in _occurrences(text, word))
    return [start for start, _ in spans], [end for _, end in spans]


def _occurrences(text: str, word: str) -> list[int]:
    positions = []
    found = text.find(word)
    while found >= 0:
        positions.append(found)
        found = text.find(word, found + 1)
    return positions


def _holds_title_word(text: str, start: int, end: int) -> bool:
    """True when a title word lies wholly within ``text[start:end]``: the same answer as
    ``any(text.find(word, start, end) >= 0 for word in _TITLE_WORDS)``."""
    starts, ends = _title_words_at(text)
    for i in range(bisect.bisect_left(starts, start), len(starts)):
        if starts[i] >= end:
            return False
        if ends[i] <= end:
            return True
    return False


def leader_countries(
    text: str, index: FactIndex, start: int, end: int, trigger: int | None = None
) -> list[tuple[int, str]]:
    """Return (position, country name) for each head of state or government in ``text[start:end]`` written with
    a title but no country (``President Muhammadu Buhari``; not ``Kenyan President Ruto``, whose place fact acts
    already). With ``trigger`` (its start), a full leader name without a title right before it, as its subject,
    counts too (``Shavkat Mirziyoyev also met with ...``)."""
    found: list[tuple[int, str]] = []
    has_titles, has_names = _document_mentions(text)
    if trigger is None or not has_names:
        untitled = []
    else:
        untitled = _untitled_leaders(text, max(start, trigger - _SUBJECT_REACH), trigger)
    for name_start, leader_code in untitled:
        if not _TITLE_BEFORE.search(text, max(0, name_start - 30), name_start):
            before = index.parties_between(max(0, name_start - 40), name_start)
            if before and text[before[-1].end : name_start].strip() in ("", "'s"):
                continue  # "Uzbekistan's Shavkat Mirziyoyev": the place fact acts already
            country = _country_name(index, leader_code)
            if country is not None:
                found.append((name_start, country))
    if not has_titles or not _holds_title_word(text, start, end):
        return found
    for match in _TITLED_LEADER.finditer(text, start, end):
        before = index.parties_between(max(0, match.start() - 40), match.start())
        if before and match.start() - before[-1].end <= 3:
            continue  # "Kenyan President", "Nepal's Prime Minister": the country is written
        code = country_of_leader(match.group("name").removesuffix("'s"))  # "President Xi Jinping's visit"
        name = _country_name(index, code) if code else None
        if name is not None:
            found.append((match.start(), name))
    return found


# The capitalised run right before a verb as its subject, with a time or manner adverb between allowed
# ("President Bola Tinubu on Monday commissioned", "Tinubu commissions").
_SUBJECT_RUN_BEFORE = regex.compile(
    r"(?r)\b(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4})\s+"
    r"(?:(?:on|this|last)\s+[A-Z]?[a-z]+\s+|also\s+|formally\s+|officially\s+|(?:has|have|had)\s+)*$"
)


def leader_subject_before(text: str, clause_start: int, start: int) -> bool:
    """True when a head of state or government from the table, or a head's title alone, is the subject right before
    ``start`` (``President Bola Tinubu on Monday commissioned``, a headline's ``Tinubu commissions``, ``President
    commissions``)."""
    match = _SUBJECT_RUN_BEFORE.search(text, max(clause_start, start - 80), start)
    if match is None:
        return False
    name = match.group("name")
    return _TITLE_AT_END.search(name) is not None or country_of_leader(name) is not None


# A run ending in a head's title alone: a headline's "President commissions ...".
_TITLE_AT_END = regex.compile(rf"\b{_HEAD_TITLES}$")
