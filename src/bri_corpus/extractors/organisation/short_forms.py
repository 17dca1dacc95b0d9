"""Short forms of names: the words that repeat a name of the document, and the short forms that name no organisation.

:func:`short_forms` finds a name's core, alias or lead word (:func:`lead_word`) written alone elsewhere and links
it; the other linkers join brand words, local-government bodies and ministerial bodies to their fuller names;
:func:`non_organisation_short_forms` tells which bracketed short forms belong to projects or common nouns.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Sequence

import regex

from . import lexicon as lx
from .candidates import Candidate
from .definitions import make_candidate
from .gazetteer import OrganisationGazetteer
from .patterns import (
    BRACKETED_SHORT_FORM,
)
from .places import is_known_place, is_place_word
from .resolve import core_of
from .shapes import opens_personal_name

__all__ = [
    "lead_word",
    "short_forms",
    "brand_short_forms",
    "non_organisation_short_forms",
    "local_government_short_forms",
    "bodies_without_place",
    "defined_common_acronyms",
]

_NEVER_SHORT_FORMS = lx.SENTENCE_STARTERS | lx.TITLES
"""Words that are no short form of a name even when a name is made of them alone."""


@functools.lru_cache(maxsize=1 << 14)
def _short_form_names(words: tuple[str, ...], known_word: bool) -> tuple[str, ...]:
    """The names a mention of ``words`` may be repeated by: its words, and its core (``Allur`` for ``Allur Group``).

    ``known_word``: the mention is one word known to the gazetteer, which is found wherever it stands
    already, so only its core counts.  Lone places and generic words are no short form.
    """
    core = core_of(words)
    names = []
    forms = (core,) if known_word else (words, core, _bare_core(words))
    for form in forms:
        if form and (len(form) > 1 or form[0] not in lx.GENERIC_WORDS):
            name = " ".join(form)
            if not _lone_place(name) and name not in _NEVER_SHORT_FORMS and name not in names:
                names.append(name)
    return tuple(names)


_LEGAL_WORDS = lx.LEGAL_SUFFIXES | lx.LEGAL_PREFIXES | lx.LEGAL_ABBREVIATIONS
_COMPANY_MARKS = _LEGAL_WORDS | lx.INTERNATIONAL_SUFFIXES | frozenset({"Group", "Holding", "Holdings"})
_NUMBER_WORDS = frozenset(
    {
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Hundred", "Thousand",
        "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
        "Double", "Triple", "Twin", "Single",
    }
)  # fmt: skip
_NOT_LEAD_WORDS = (
    lx.GENERIC_WORDS
    | lx.STRONG_HEADS
    | lx.WEAK_HEADS
    | lx.BRAND_TAIL_WORDS
    | lx.SENTENCE_STARTERS
    | lx.TITLES
    | _NUMBER_WORDS
)


def _bare_core(words: tuple[str, ...]) -> tuple[str, ...]:
    """The name without legal forms on either side: ``PT Vale Indonesia Tbk`` → ``Vale Indonesia``."""
    start, end = 0, len(words)
    while start < end - 1 and words[start].rstrip(".") in lx.LEGAL_PREFIXES:
        start += 1
    while end > start + 1 and words[end - 1].rstrip(".,") in _LEGAL_WORDS:
        end -= 1
    return words[start:end]


@functools.lru_cache(maxsize=1 << 14)
def lead_word(words: tuple[str, ...]) -> str | None:
    """The distinctive first word a company is shortened to in news, or ``None``.

    ``Zhejiang Huayou Cobalt Co.`` → ``Huayou``, ``Rongsheng Petrochemical Co.`` → ``Rongsheng``,
    ``Linglong International Europe`` → ``Linglong``: the name is a company's (a legal form, ``Group`` or
    ``International``), and after a leading place (its home province or city) its first word is a proper
    name, not a head, sector, generic or place word (``China Energy Engineering Group`` has none).
    """
    if len(words) < 2 or not any(w.rstrip(".,") in _COMPANY_MARKS for w in words):
        return None
    bare = _bare_core(words)
    start = 0
    while start < len(bare) - 1 and _lone_place(bare[start]):
        start += 1
    rest = bare[start:]
    if len(rest) < 2 and start == 0:
        return None  # one word left: the core is that word, and links it already
    word = rest[0]
    if (
        len(word) < 4
        or not word.isalpha()
        or not word[0].isupper()
        or not word[1:].islower()
        or word in _NOT_LEAD_WORDS
        or _lone_place(word)
    ):
        return None
    return word


def _after_personal_name(text: str, position: int) -> bool:
    """Whether the word before ``position`` makes the family name there a person's (``Gautam Adani``)."""
    if position < 2 or text[position - 1] != " ":
        return False
    word = text[text.rfind(" ", 0, position - 1) + 1 : position - 1]
    return opens_personal_name(word)


def short_forms(
    text: str,
    candidates: list[Candidate],
    gazetteer: OrganisationGazetteer,
    not_names: frozenset[str] = frozenset(),
) -> list[tuple[int, int, bool]]:
    """Make mentions of the words that repeat a name of the document (its core, or an alias) elsewhere.

    Returns the aliases that link a short form which shares no core with its name (``Huayou`` and
    ``Zhejiang Huayou Cobalt Co.``, ``Vale Indonesia`` and ``PT Vale Indonesia Tbk``) to the name.
    """
    known: set[str] = set()
    leads: set[str] = set()
    linked_to: dict[str, tuple[str, ...]] = {}  # short forms sharing no core with their name: the name's words
    # in text order (not a set's: the first name a short form is linked to must not depend on hashing)
    keys = dict.fromkeys((c.words, len(c.words) == 1 and c.entry is not None) for c in candidates)
    for key in keys:
        names = _short_form_names(*key)
        known.update(names)
        if len(key[0]) > 1:
            for name in names[1:]:
                linked_to.setdefault(name, key[0])
            lead = lead_word(key[0])
            # A lead word that the text also writes in lower case is an ordinary word ("Golden", "golden").
            if lead is not None and lead.lower() not in text:
                leads.add(lead)
                linked_to.setdefault(lead, key[0])
    if leads:
        # A lead word that is the whole core of another name of the document (``Shougang`` of ``Shougang Group``
        # beside ``Shougang Hierro Peru S.A.A.``, its subsidiary) is that name's short form, not the longer one's.
        cores = {" ".join(core_of(words)) for words, _ in keys if len(words) > 1}  # each name's words once
        for lead in leads & cores:
            if lead in linked_to and " ".join(core_of(linked_to[lead])) != lead:
                del linked_to[lead]
    known |= leads
    # A short form the document defines as a site's or project's (``Industrial Park (MCKIP)``) is no short form
    # of the company named after it (``MCKIP Sdn Bhd``).
    known -= not_names
    if not known:
        return []
    # A hit where a mention starts lies inside that mention (unless longer), and is left out below.
    mention_ends: dict[int, int] = {}
    for c in candidates:
        if mention_ends.get(c.start, -1) < c.end:
            mention_ends[c.start] = c.end
    hits: list[tuple[int, int, str]] = []
    size = len(text)
    for name in known:
        position = text.find(name)
        while position >= 0:
            end = position + len(name)
            # A whole word only: not part of a longer word, nor of a hyphenated or ``&`` compound.
            if mention_ends.get(position, -1) < end:
                before = text[position - 1] if position > 0 else " "
                after = text[end] if end < size else " "
                if (
                    not (before.isalnum() or before in "'&-")
                    and not (after.isalnum() or after in "&-")
                    and not (after == " " and _NUMBERED_LINE_AFTER.match(text, end))
                ):
                    if (name not in leads or _stands_alone(text, position, end)) and not (
                        name in lx.FAMILY_NAME_BRANDS and _after_personal_name(text, position)
                    ):
                        hits.append((position, end, name))
            position = text.find(name, position + 1)
    spans = sorted((c.start, c.end) for c in candidates)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))
    last_end = -1
    aliases: list[tuple[int, int, bool]] = []
    for start, end, name in sorted(hits, key=lambda hit: (hit[0], -hit[1])):
        if start < last_end:
            continue  # inside a longer short form
        i = bisect.bisect_left(starts, start) - 1
        if i >= 0 and reach[i] > start:
            continue  # inside, or across the end of, a mention that starts before
        j = bisect.bisect_left(starts, end) - 1
        if j >= 0 and reach[j] > end:
            continue  # across the end of the hit: a mention starting inside it runs past it
        # Mentions inside the hit ("FT" in "Daily FT") give way to it when mentions are kept below.
        candidates.append(make_candidate(text, start, end, gazetteer))
        last_end = end
        if name in linked_to:
            words = linked_to[name]
            origin = next(i for i, c in enumerate(candidates) if c.words == words)
            aliases.append((origin, len(candidates) - 1, True))
    return aliases


def brand_short_forms(candidates: Sequence[Candidate]) -> list[tuple[int, int, bool]]:
    """Link a brand-shaped word to the one company of the document that opens with it and ends in a legal form:
    ``SEPCOIII`` ~ ``SEPCOIII Electric Power Construction Co``, ``VinES`` ~ ``VinES Energy Solutions JSC``.

    An acronym or CamelCase word is not linked by its core (it has none to share), so a company whose name runs
    on from it after its short form is written alone is found twice.  Only a word the gazetteer does not know
    (``CRRC``, ``PowerChina`` name the parent of ``CRRC Tangshan Co., Ltd.``, ``PowerChina Resources Ltd``), only
    when the words after it hold no place and no number (a subsidiary's site or unit) and only when a single
    such name opens with it.
    """
    shorts: dict[str, list[int]] = {}
    fuller: dict[str, dict[tuple[str, ...], int]] = {}
    for index, c in enumerate(candidates):
        words = c.words
        if len(words) > 1:
            fuller.setdefault(words[0], {}).setdefault(words, index)
        elif c.entry is None and c.surface == words[0] and not c.surface[1:].islower():
            shorts.setdefault(c.surface, []).append(index)
    aliases: list[tuple[int, int, bool]] = []
    for word in shorts.keys() & fuller.keys():
        names = fuller[word]
        if len(names) != 1:
            continue
        ((words, origin),) = names.items()
        rest = words[1:]
        if (
            len(rest) < 2
            or rest[-1].rstrip(".,") not in _LEGAL_WORDS
            or candidates[origin].entry is not None
            or any(not w.isalpha() or _lone_place(w) for w in rest[:-1])
        ):
            continue
        aliases.extend((origin, index, True) for index in shorts[word])
    aliases.sort()  # in text order, whatever the order of the set above
    return aliases


_NUMBERED_LINE_AFTER = regex.compile(r" Line (?:\d|[IVX]+\b)")
"""A numbered line after a short form: ``Bogota Metro Line 1`` is the line (a project) the company builds."""

_CAPITALISED_NEIGHBOUR = regex.compile(r"\p{Lu}")


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Tell whether a word at ``[start, end)`` stands alone: no capitalised word right before or after it
    (``Huayou is ...``, ``to Huayou's unit``; not ``Great Hall``)."""
    if text.startswith(" ", end) and _CAPITALISED_NEIGHBOUR.match(text, end + 1):
        return False
    if start >= 2 and text[start - 1] == " ":
        word_start = text.rfind(" ", 0, start - 1) + 1
        previous = text[word_start : start - 1]
        if previous[:1].isupper() and previous not in lx.SENTENCE_STARTERS and previous[-1:] not in ".,;:!?":
            return False
    return True


def _lone_place(word: str) -> bool:
    """True for a word that names a place by itself (``Kazakhstan``, ``Astana``): never a short form of a name."""
    return is_place_word(word) or is_known_place(word)


def _initials(words: Sequence[str]) -> str:
    return "".join(part[:1] for word in words for part in word.split("-") if part).upper()


def _abbreviates(words: Sequence[str], letters: str) -> bool:
    """True when ``letters`` take each word's first letter in order, with more letters from inside a word.

    ``KKH`` ~ ``Karakoram Highway``, ``TITR`` ~ ``Trans-Caspian International Transport Route``: short forms of
    projects often take a second letter of a word or skip the second part of a hyphenated word.
    """
    if not words:
        return not letters
    first, rest = words[0].upper(), words[1:]
    if not letters or letters[0] != first[:1]:
        return False
    # the word gives its first letter and then any letters found, in order, further inside it
    cursor = 0
    for taken in range(1, len(letters) + 1):
        if taken > 1:
            cursor = first.find(letters[taken - 1], cursor + 1)
            if cursor < 0:
                break
        if _abbreviates(rest, letters[taken:]):
            return True
    return False


def _skips_initials(initials: str, letters: str) -> bool:
    """True when ``letters`` keep the first and last of ``initials`` and skip some between, in order:
    ``Indonesia Weda Bay Industrial Park (IWIP)`` (a place of two words gives one letter)."""
    if len(letters) < 3 or len(letters) >= len(initials) or letters[0] != initials[0] or letters[-1] != initials[-1]:
        return False
    remaining = iter(initials[1:-1])
    return all(letter in remaining for letter in letters[1:-1])


def _reordered_initials(tail: Sequence[str], letters: str) -> bool:
    """True when a project's, plan's or site's name gives the short form's letters in another order.

    A translated name keeps the short form of its own language, whose word order differs: ``National Recovery
    and Resilience Plan (PNRR)``, ``Sines Industrial and Logistics Zone (ZILS)``: the head's initial comes first.
    """
    return (
        len(letters) >= 3
        and len(tail) == len(letters)
        and (tail[-1] in lx.PROJECT_HEADS or tail[-1] in lx.FACILITY_NAME_HEADS)
        and tail[0][:1].isupper()
        and sorted(_initials(tail)) == sorted(letters)
    )


def _lower_case_term(words: Sequence[str], letters: str) -> bool:
    """True when the last ``len(letters)`` words are lower-case and give the short form's first and last letters.

    A technical term's short form often takes a letter from a formula or another language
    (``lithium iron phosphate (LFP)``, ``nickel cobalt aluminium (NCA)``), so the middle letters need not match;
    a lower-case run of as many words as letters, opened and closed by the right initials, is still a common
    noun's short form, never an organisation's name (``the national railway company (KTZ)`` has no such fit).
    """
    size = len(letters)
    if size < 3 or len(words) < size:
        return False
    tail = words[-size:]
    return (
        all(word[:1].islower() and word.isalpha() for word in tail)
        and tail[0][0] == letters[0].lower()
        and tail[-1][0] == letters[-1].lower()
    )


def non_organisation_short_forms(text: str) -> frozenset[str]:
    """Short forms bracketed after a name that is no organisation's.

    ``build-operate-transfer (BOT)``: the initials of lower-case words (a common noun);
    ``East Coast Rail Link (ECRL)``: a project's name (its last word is in :data:`.lexicon.PROJECT_HEADS`).
    """
    if "(" not in text:
        return frozenset()
    found = set()
    for match in BRACKETED_SHORT_FORM.finditer(text):
        if match.start() < 2 or text[match.start() - 1] != " " or text[match.start() - 2] in " \n(":
            continue  # a short form follows a word and one space
        short = match.group("short")
        letters = short.rstrip("s").upper()
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[max(line_start, match.start() - 100) : match.start() - 1]
        words = [w.strip(",;:") for w in before.split(" ") if w and w not in lx.CONNECTORS]
        if words and words[-1].lower() in lx.INSTRUMENT_WORDS:
            # a permit, a regime, a law: its short form is often a foreign language's initials
            # (``environmental impact declaration (DIA)``), so the letters need not match
            found.add(short)
            continue
        if _lower_case_term(words, letters):
            found.add(short)
            continue
        for size in range(1, min(len(words), len(letters) + 2) + 1):
            tail = words[-size:]
            if tail[-1] == "Port" and size > 1 and tail[-2] in lx.FACILITY_OPERATOR_HEADS["Port"]:
                break  # "Sihanoukville Autonomous Port (SAP)": the port's operating company
            if (
                _initials(tail) != letters
                and (
                    size > len(letters)
                    or not tail[0][:1].isupper()
                    or (tail[-1] not in lx.PROJECT_HEADS and tail[-1] not in lx.FACILITY_NAME_HEADS)
                    or not _abbreviates(tail, letters)
                )
                and not (tail[-1] in lx.FACILITY_NAME_HEADS and _skips_initials(_initials(tail), letters))
                and not _reordered_initials(tail, letters)
            ):
                continue
            if (
                all(word[:1].islower() for word in tail)
                or tail[-1] in lx.PROJECT_HEADS
                or tail[-1] in lx.TERM_HEADS
                or tail[-1] in lx.FACILITY_NAME_HEADS
            ):
                found.add(short)
            break
    return frozenset(found)


_LOCAL_BODY_LONG = regex.compile(
    r"(?P<unit>.+?) of the People's Government of (?P<place>\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*)??)"
    r"(?: Province| Municipality| City| Autonomous Region)?"
)
_LOCAL_BODY_SHORT = regex.compile(
    r"(?P<place>\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*)?) (?:Provincial|Municipal)(?: People's Government)? (?P<unit>.+)"
)


def local_government_short_forms(candidates: Sequence[Candidate]) -> list[tuple[int, int, bool]]:
    """Definitions that link the names of one local government's body.

    Named without its place after the full name (``the Municipal Port and Logistics Office`` after ``the Chongqing
    Municipal Port and Logistics Office``), or by its place's adjective (``Yunnan Provincial Foreign Affairs
    Office``) beside the name with the government (``Foreign Affairs Office of the People's Government of Yunnan
    Province``): the shorter is the secondary name.
    """
    short = {
        c.words: index
        for index, c in enumerate(candidates)
        if len(c.words) >= 2 and c.words[0] in lx.LOCAL_GOVERNMENT_ADJECTIVES
    }
    aliases = [
        (index, short[c.words[1:]], True)
        for index, c in enumerate(candidates)
        if short and len(c.words) >= 3 and c.words[1:] in short and c.words[1] in lx.LOCAL_GOVERNMENT_ADJECTIVES
    ]
    long_forms: dict[tuple[str, str], int] = {}
    for index, c in enumerate(candidates):
        if "People's Government of " in c.form:
            match = _LOCAL_BODY_LONG.fullmatch(c.form)
            if match is not None:
                long_forms[match.group("place"), match.group("unit")] = index
    if long_forms:
        for index, c in enumerate(candidates):
            if "Provincial " in c.form or "Municipal " in c.form:
                match = _LOCAL_BODY_SHORT.fullmatch(c.form)
                if match is not None and (match.group("place"), match.group("unit")) in long_forms:
                    aliases.append((long_forms[match.group("place"), match.group("unit")], index, True))
    return aliases


_BODY_OF_PLACE = regex.compile(r"(?P<body>Cabinet of Ministers|Council of Ministers) of (?:the )?(?P<place>.+)")
"""A government named as a body of ministers with its country: ``Cabinet of Ministers of Kyrgyzstan``."""


def bodies_without_place(candidates: Sequence[Candidate]) -> list[tuple[int, int, bool]]:
    """Definitions that link ``the Cabinet of Ministers`` to the document's one ``Cabinet of Ministers of X``
    (the fuller name is canonical); with two such bodies of different countries the bare name links to neither."""
    long_forms: dict[str, set[str]] = {}
    long_index: dict[str, int] = {}
    for index, c in enumerate(candidates):
        if " of Ministers of " in c.form:
            match = _BODY_OF_PLACE.fullmatch(c.form)
            if match is not None and is_known_place(match.group("place")):
                long_forms.setdefault(match.group("body"), set()).add(c.form)
                long_index.setdefault(match.group("body"), index)
    return [
        (long_index[c.form], index, True)
        for index, c in enumerate(candidates)
        if c.form in long_forms and len(long_forms[c.form]) == 1
    ]


_BRACKETED_CAPITALS = regex.compile(r" \((?P<short>\p{Lu}{2,5})\)")
"""Capitals bracketed right after a name: the short form the text defines for it (``Elektroprivreda Srbije (EPS)``)."""


def defined_common_acronyms(
    text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer
) -> list[Candidate]:
    """Mentions of a short form that is also a common abbreviation, where the text defines it for a name.

    The scan reads no word of :data:`.lexicon.ACRONYM_STOP` (``EPS`` is earnings per share, ``LED`` a lamp)
    as an acronym; bracketed after an organisation's name whose words it abbreviates (``state power utility
    Elektroprivreda Srbije (EPS)``, ``Lanka Electricity Development (LED)``), the document uses it as the
    organisation's short form, there and at every later standing of the word.
    """
    defined: dict[str, int] = {}
    for candidate in candidates:
        match = _BRACKETED_CAPITALS.match(text, candidate.end)
        if match is None or match.group("short") not in lx.ACRONYM_STOP:
            continue
        short = match.group("short")
        words = [w for w in candidate.surface.split(" ") if w[:1].isupper()]
        core = [w for w in words if w not in _LEGAL_WORDS]
        if len(words) >= 2 and short not in defined and (_abbreviates(words, short) or _abbreviates(core, short)):
            defined[short] = match.start("short")
    found: list[Candidate] = []
    for short, first in defined.items():
        for match in regex.finditer(rf"(?<![\p{{L}}\p{{N}}&-]){short}(?![\p{{L}}\p{{N}}&-])", text, pos=first):
            found.append(make_candidate(text, match.start(), match.end(), gazetteer))
    return found
