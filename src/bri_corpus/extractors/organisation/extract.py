"""The organisation extractor: scan, read definitions, find short forms, link, emit facts.

1. :func:`~.candidates.scan_text` finds mentions by name shape and gazetteer.
2. Definitions in the text add aliases: ``X (Y)``, ``X, also known as Y``,
   ``X ... changed its name to Y``.
3. Capitalised words that no mention covered become mentions when they repeat a
   name of the document in short (``Allur`` after ``Allur Group``, ``Sinotruk``
   after ``(Sinotruk)``).
4. :func:`~.resolve.link` groups the mentions; each mention becomes a fact
   whose value carries its organisation's canonical name and gazetteer id.

Mentions in page chrome are left out before linking, so that a copyright line's
``CETC International Co.,Ltd.`` does not rename ``CETC International``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator, Sequence

import regex

from bri_corpus import Document, Fact, NormalizedText
from bri_corpus.values import Organisation

from . import lexicon as lx
from .candidates import Candidate, scan_text
from .context_names import (
    acronym_phrases,
    appositive_names,
    bare_sector_names,
    caps_line_names,
    commodity_companies,
    government_units,
    legislatures,
    masthead_name,
    newspaper_names,
    party_congresses,
    remit_and_office_bodies,
    romance_head_names,
)
from .gazetteer import OrganisationGazetteer, default_gazetteer
from .name_extensions import embassy_aliases, extend_names
from .patterns import (
    AMOUNT_AFTER,
    AMOUNT_BEFORE,
    BRACKETED_SHORT_FORM,
    CAPS_DATELINE,
    CHUNK,
    DEFINITION_PHRASE,
    PARENTHESIS_ALIAS,
    TOKEN,
    YEAR_BEFORE,
)
from .places import is_known_place, is_place_word
from .resolve import core_of, link

__all__ = ["find_organisations", "organisations_in"]

_SENTENCE_END = regex.compile(r"[.!?]\s+[\"']?\p{Lu}|\n")
_ALIAS_TEXT = regex.compile(r"\p{Lu}[\p{L}\p{N}&'.-]*(?:\ [\p{Lu}&][\p{L}\p{N}&'.-]*){0,4}")


def _make(text: str, start: int, end: int, gazetteer: OrganisationGazetteer) -> Candidate:
    surface = text[start:end]
    words = tuple(m.group() for m in TOKEN.finditer(surface) if m.group() not in lx.CONNECTORS)
    return Candidate(start=start, end=end, surface=surface, form=surface, entry=gazetteer.lookup(surface), words=words)


_LONE_GENERIC = lx.WEAK_HEADS | lx.STRONG_HEADS | lx.GENERIC_WORDS
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
        and not (len(words) == 1 and surface in _LONE_GENERIC)
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


def _definitions(
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
            candidates[index] = _make(text, start, start + len(surface), gazetteer)
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
        candidates.append(_make(text, start, start + len(surface), gazetteer))
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
    r"(?P<name>\p{Lu}[\p{L}\p{N}&'.-]*(?: \p{Lu}[\p{L}\p{N}&'.-]*){0,4})"
    r"(?=[^\S\n]{2,}|[^\S\n]*(?:\n|$|[|;,])|[^\S\n]+(?:Stock|Securities|Announcement|Bond|Share)\b)",
    regex.IGNORECASE,
)
"""The issuer's registered short name in a Chinese exchange filing's header: ``Stock Abbreviation: Sinoma
International``, ``Stock Short Name: CRCC`` (Shanghai and Shenzhen filings in English)."""
_STOCK_SHORT_NAME_KEYS = ("bbreviation", "hort Name", "hort name", "HORT NAME", "BBREVIATION", "Abbr.")
_HEADER_REACH = 2000
"""Filing headers stand at the top: the short name is looked for in the first characters only."""


def _stock_short_names(
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
        candidates.append(_make(text, start, end, gazetteer))
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


def _short_forms(
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
                    if name not in leads or _stands_alone(text, position, end):
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
        candidates.append(_make(text, start, end, gazetteer))
        last_end = end
        if name in linked_to:
            words = linked_to[name]
            origin = next(i for i, c in enumerate(candidates) if c.words == words)
            aliases.append((origin, len(candidates) - 1, True))
    return aliases


def _brand_short_forms(candidates: Sequence[Candidate]) -> list[tuple[int, int, bool]]:
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


def _non_organisation_short_forms(text: str) -> frozenset[str]:
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


def _local_government_short_forms(candidates: Sequence[Candidate]) -> list[tuple[int, int, bool]]:
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


def _bodies_without_place(candidates: Sequence[Candidate]) -> list[tuple[int, int, bool]]:
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


@functools.lru_cache(maxsize=1 << 12)
def _organisation_value(name: str, id_: str | None) -> Organisation:
    """The fact value of an organisation; immutable, so one is shared by its recurring names."""
    return Organisation(name=name, id=id_)


def organisations_in(
    text: str,
    gazetteer: OrganisationGazetteer | None = None,
    excluded: Sequence[tuple[int, int]] = (),
) -> Iterator[tuple[int, int, Organisation]]:
    """Yield ``(start, end, Organisation)`` for every organisation mention in normalised ``text``.

    Args:
        text: normalised text.
        gazetteer: the gazetteer (the built-in one by default).
        excluded: normalised regions (page chrome) whose mentions are ignored.
    """
    gazetteer = gazetteer or default_gazetteer()
    scan = scan_text(text, gazetteer)

    regions = sorted(excluded)
    region_starts = [s for s, _ in regions]
    reach = list(itertools.accumulate((e for _, e in regions), max))

    def outside(start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps no excluded region."""
        i = bisect.bisect_left(region_starts, end) - 1
        return i < 0 or reach[i] <= start

    defined_not_names = _non_organisation_short_forms(text)
    not_names = defined_not_names | lx.PLATFORM_NAMES
    # A short form the document defines as a project's ("China-Myanmar Economic Corridor (CMEC)") names no
    # organisation there, even one the gazetteer knows by it; a platform name the gazetteer knows stays.
    candidates = [
        c
        for c in scan.candidates
        if (c.entry is not None or text[c.start : c.end] not in not_names)
        and (not defined_not_names or text[c.start : c.end] not in defined_not_names)
        and (not regions or outside(c.start, c.end))
    ]
    candidates = _with_context_names(text, candidates, gazetteer, not_names)
    if " (" in text:
        candidates.extend(_defined_common_acronyms(text, candidates, gazetteer))
        candidates.extend(_listed_companies(text, candidates, gazetteer))
    if " The " in text:
        candidates = [_with_capitalised_article(text, c, gazetteer) for c in candidates]
    aliases = _definitions(text, candidates, gazetteer)
    aliases.extend(_stock_short_names(text, candidates, gazetteer))
    aliases.extend(embassy_aliases(candidates))
    aliases.extend(_local_government_short_forms(candidates))
    if " of Ministers" in text:
        aliases.extend(_bodies_without_place(candidates))
    aliases.extend(_short_forms(text, candidates, gazetteer, defined_not_names))
    aliases.extend(_brand_short_forms(candidates))
    candidates_by_position = sorted(range(len(candidates)), key=lambda i: (candidates[i].start, -candidates[i].end))
    kept: list[int] = []
    last_end = -1
    for index in candidates_by_position:
        if candidates[index].start >= last_end:
            kept.append(index)
            last_end = candidates[index].end
    # A mention hidden inside a longer one ("CRCC" of "CRCC Investment") links nothing: read as an acronym
    # or a gazetteer name it would join the longer name's organisation to another.
    kept.sort()
    position_of = {index: position for position, index in enumerate(kept)}
    kept_candidates = [candidates[index] for index in kept]
    kept_aliases = [
        (position_of[a], position_of[b], former) for a, b, former in aliases if a in position_of and b in position_of
    ]
    for organisation in link(kept_candidates, kept_aliases):
        value = _organisation_value(organisation.name, organisation.id)
        for index in organisation.mentions:
            if True:
                candidate = kept_candidates[index]
                if regions and not outside(candidate.start, candidate.end):
                    continue  # a short form or context name found in chrome ("follow Arab News on X")
                yield candidate.start, candidate.end, value


_BRACKETED_CAPITALS = regex.compile(r" \((?P<short>\p{Lu}{2,5})\)")
"""Capitals bracketed right after a name: the short form the text defines for it (``Elektroprivreda Srbije (EPS)``)."""


def _defined_common_acronyms(
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
            found.append(_make(text, match.start(), match.end(), gazetteer))
    return found


_LISTED_NAME = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}\p{N}&'-]*(?: \p{Lu}[\p{L}\p{N}&'-]*){0,3})"
    r" \((?:[A-Z]{2,6}|Nasdaq): ?[A-Z0-9][A-Z0-9.]{0,7}[);,]"
)
"""Capitalised words before a share's ticker on its exchange: ``Safaricom (NSE: SCOM)``, ``Jollibee (PSE: JFC)``."""
_TICKER = re.compile(r" \((?:[A-Z]{2,6}|Nasdaq): ?[A-Z0-9]")


def _listed_companies(text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer) -> list[Candidate]:
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
            found.append(_make(text, match.start(), match.end(), gazetteer))
    return found


_ARTICLE_INSIDE_SENTENCE = regex.compile(r"(?<=\p{Ll}[,;]? )The $")


def _with_capitalised_article(text: str, candidate: Candidate, gazetteer: OrganisationGazetteer) -> Candidate:
    """A capitalised ``The`` inside a sentence is part of the name after it: ``... Limited and The Stock
    Exchange of Hong Kong Limited``, ``he told The Citizen``.  Sentence-initial ``The`` is an ordinary article."""
    start = candidate.start
    if (
        start < 6
        or not text.startswith("The ", start - 4)
        or not _ARTICLE_INSIDE_SENTENCE.search(text, start - 6, start)
    ):
        return candidate
    return _make(text, start - 4, candidate.end, gazetteer)


def _with_context_names(
    text: str, candidates: list[Candidate], gazetteer: OrganisationGazetteer, not_names: frozenset[str]
) -> list[Candidate]:
    """The scan's mentions, extended (:mod:`.name_extensions`) and joined by the names found by their
    context (:mod:`.context_names`); a mention inside a name found by its context gives way to it."""
    candidates = extend_names(text, candidates)
    added = caps_line_names(text, gazetteer) if text[:1].isupper() or "\n" in text[:3000] else []
    added.extend(acronym_phrases(text, candidates, gazetteer, not_names))
    added.extend(masthead_name(text, candidates, gazetteer))
    added.extend(appositive_names(text, candidates, gazetteer))
    added.extend(newspaper_names(text, candidates, gazetteer))
    if any(key in text for key in _LEGISLATURE_KEYS):
        added.extend(legislatures(text, candidates, gazetteer))
    added.extend(bare_sector_names(text, candidates, gazetteer))
    added.extend(government_units(text, candidates, gazetteer))
    added.extend(remit_and_office_bodies(text, candidates, gazetteer))
    added.extend(commodity_companies(text, candidates, gazetteer))
    added.extend(romance_head_names(text, candidates, gazetteer))
    if "Congress" in text:
        added.extend(party_congresses(text, candidates, gazetteer))
    if not added:
        return candidates
    added.sort(key=lambda c: (c.start, -c.end))
    claimed: list[Candidate] = []
    for candidate in added:
        if not claimed or candidate.start >= claimed[-1].end:
            claimed.append(candidate)
    starts = [c.start for c in claimed]

    def inside_claim(c: Candidate) -> bool:
        i = bisect.bisect_right(starts, c.start) - 1
        return i >= 0 and c.end <= claimed[i].end

    return [c for c in candidates if not inside_claim(c)] + claimed


_LEGISLATURE_KEYS = ("Assembly", "Duma", "Rada", "House of", "Sabha", "of Ministers", "Legislature")
"""Words one of which a legislature's or government's name holds (``context_names.LEGISLATURES``): found by
``in`` before the scan."""


def find_organisations(
    document: Document,
    text: NormalizedText,
    facts: Sequence[Fact] = (),
    gazetteer: OrganisationGazetteer | None = None,
) -> Iterator[Fact]:
    """Extractor entry point: every organisation mention of ``document`` as an ``organisation`` fact.

    ``gazetteer`` is the built-in one unless plugins contributed files (see the plugin's ``__init__``).

    Annotation is flat: an organisation named inside a gathering's name (``SCO`` in ``SCO summit``, the
    ``Shanghai Cooperation Organisation`` in the name of its heads-of-state meeting) is not a mention of its own
    (see :func:`_inside_gathering`).
    """
    excluded = [text.from_raw(start, end) for start, end in document.chrome]
    excluded.extend(_dateline_places(text.text))
    excluded.extend(_byline_names(text.text, gazetteer or default_gazetteer()))
    excluded.extend(_rights_or_promotion(text.text))
    excluded.extend(_topic_lists(text.text))
    gatherings = [text.from_raw(fact.start, fact.end) for fact in facts if fact.kind == "summit"]
    gathering_short_forms = _gathering_short_forms(text.text, gatherings) if gatherings else frozenset()
    for start, end, value in organisations_in(text.text, gazetteer, excluded=excluded):
        if gatherings and any(_inside_gathering(start, end, value, gathering) for gathering in gatherings):
            continue
        if gathering_short_forms and value.id is None and text.text[start:end] in gathering_short_forms:
            continue  # "the 10th Eastern Economic Forum (EEF)", "at the EEF": the gathering's short name
        if (
            text.text.startswith(":", start - 2, start - 1)
            and end - start <= 8
            and text.text[start:end].isupper()
            and text.text[end : end + 1] in (")", ";", ",")
            and _TICKER_BEFORE.search(text.text, max(0, start - 16), start)
        ):
            continue  # "Gazprom (MOEX: GAZP)": a share's ticker, not an organisation
        if value.id is None and _generic_abbreviation_name(value.name):
            continue  # (the "JV Company"), "the SPV": a filing's defined term for a company, not its name
        if text.text[end + 1 : end + 2] in _LAW_TITLE_INITIALS and _LAW_TITLE_AFTER.match(text.text, end):
            continue  # "the Port City Economic Commission Act": a law's title, an identifier
        if end - start <= 6 and _TICKER_WORDS_BEFORE.search(text.text, max(0, start - 24), start):
            continue  # "under the ticker PPA", "stock code: CRRC": a share's code, no mention
        if value.id is None and _common_word_in_capitals(text.text, start, end):
            continue  # "ANNOUNCEMENT", "INTRODUCTION": a filing's heading, not an acronym
        if value.id is None and end - start <= 5 and _time_zone(text.text, start, end):
            continue  # "5:47 PM MYT", "10:30 WIB": a time zone after a clock time, no acronym
        if value.id is None and _code_part(text.text, start, end):
            continue  # "SMEN.KZ", "KZTO.KZ": a share's ticker or a web address; "(ML 171)": a licence's number
        if value.id is None and _lead_in_capitals(text.text, start, end):
            continue  # "MINEWORKERS at the mine ...": a newspaper's lead-in words in capitals
        if end - start <= 3 and _currency_or_era(text.text, start, end):
            continue  # "SBD 386 million", "SI$45.5 million", "Guinean francs (GNF)", "2081 BS"
        window = max(0, start - 20)
        if text.text.find("Minister", window, start) >= 0 and _PORTFOLIO_BEFORE.search(text.text, window, start):
            continue  # "State Minister of Ports and Shipping": a minister's portfolio, not an organisation
        if end - start <= 3 and value.id is None and _person_initials(text.text, start, end):
            continue  # "Prime Minister KP Sharma Oli": a person's initials before the name, no acronym
        if value.id is None and text.text.startswith(" Minister", end) and " and " in text.text[start:end]:
            continue  # "Mines and Energy Minister Alexandre Silveira": a minister's portfolio
        yield Fact.from_normalized(document, text, kind="organisation", start=start, end=end, value=value)


_PERSON_TITLE_BEFORE = regex.compile(
    r"(?:Minister|President|Ambassador|Governor|Mayor|Chairman|Chairwoman|Senator|Lawmaker|Speaker|Mr|Mrs|Ms|Dr"
    r"|General|Secretary|Director|Premier|Judge|Justice) $",
    regex.REVERSE,
)
"""A person's title right before a word: what makes capital letters after it a person's initials."""
_SURNAME_AFTER = regex.compile(r" \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?![\p{L}-])")


def _person_initials(text: str, start: int, end: int) -> bool:
    """Tell whether two or three capitals are a person's initials: after a title and before a name of one or
    two capitalised words that is no organisation word (``Prime Minister KP Sharma Oli``, ``Governor AB Yusuf``)."""
    surface = text[start:end]
    if not surface.isupper() or not text.startswith(" ", end) or not text[end + 1 : end + 2].isupper():
        return False
    after = _SURNAME_AFTER.match(text, end)
    if after is None or _PERSON_TITLE_BEFORE.search(text, max(0, start - 14), start) is None:
        return False
    words = after.group().split()
    return not any(w in lx.STRONG_HEADS or w in lx.WEAK_HEADS or w in lx.GENERIC_WORDS or w in lx.TITLES for w in words)


_GATHERING_SHORT_FORM = regex.compile(r" ?\((?P<short>\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)")
"""A short form bracketed right after a gathering's name: ``the 10th Eastern Economic Forum (EEF)``."""

_CODE_NUMBER_AFTER = regex.compile(r" (?!(?:19|20)\d\d\b)\d{1,5}(?![\d.,:/-]*\d)(?! ?(?:%|percent|per cent)\b)")
"""A number of up to five digits after an acronym, not an amount or a year: ``ML 171``, ``EPL 7219``."""


def _code_part(text: str, start: int, end: int) -> bool:
    """Whether the word at ``[start, end)`` is part of a code rather than an organisation's acronym.

    A part of a dotted code written without spaces (``SMEN.KZ``, ``KZTO.KZ``: a share's ticker and its market),
    or an acronym of up to four capitals numbered inside brackets (``(ML 171)``, a mining licence; ``(EPL 7)``),
    or capitals after a number and a slash (``Resolution 41/NQ-CP``: the issuer's code in a legal act's number).
    """
    before = text[start - 1 : start]
    after = text[end : end + 2]
    if before == "(" and "." in text[start:end] and _RIC.fullmatch(text, start, end) and text[end : end + 1] in ")/;,":
        return True  # "PT Adaro Minerals Indonesia Tbk (ADMR.JK)": a share's code on its market
    if (before == "." and text[start - 2 : start - 1].isalnum()) or (after[:1] == "." and after[1:2].isupper()):
        return text[start:end].isupper()
    if before == "/" and text[start - 2 : start - 1].isdigit():
        return text[start:end].isupper()  # "Resolution 41/NQ-CP", "Decree 15/2018/ND-CP": a document's number
    return (
        end - start <= 4
        and before == "("
        and after[:1] == " "
        and text[start:end].isupper()
        and _CODE_NUMBER_AFTER.match(text, end) is not None
        and text.startswith(")", _CODE_NUMBER_AFTER.match(text, end).end())  # type: ignore[union-attr]
    )


_CLOCK_BEFORE = regex.compile(r"(?<![\d:.])\d{1,2}[:.]\d{2}(?: ?(?:[AaPp]\.?[Mm]\.?|hrs?|h))? $")
"""A clock time right before a word: ``5:47 PM``, ``10.30``, ``14:00 hrs``."""


def _time_zone(text: str, start: int, end: int) -> bool:
    """Whether two to five capitals after a clock time are its time zone (``5:47 PM MYT``, ``09:00 WIB``, ``8 AM
    PKT`` is not read: a bare hour is too often an amount), not an organisation's acronym."""
    return (
        end - start >= 2
        and text[start:end].isupper()
        and text[start:end].isalpha()
        and _CLOCK_BEFORE.search(text, max(0, start - 14), start) is not None
    )


_RIC = regex.compile(r"\p{Lu}[\p{Lu}\p{N}]{1,5}\.\p{Lu}{1,2}")
"""A Reuters instrument code: a share's ticker and its market's letters, bracketed after the company (``(ADMR.JK)``,
``(BBRI.JK)``, ``(GAZP.MM)``); unbracketed, such a word may be a web address naming a publication (``BM.GE``)."""


_LEAD_NEXT_WORD = regex.compile(r" \p{Ll}")


def _lead_in_capitals(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a plural noun in capitals opening a paragraph before lower-case words, written
    nowhere else in the document: a newspaper's lead-in (``MINEWORKERS at the mine ...``), no acronym."""
    if end - start < 6 or (start > 0 and text[start - 1] != "\n") or _LEAD_NEXT_WORD.match(text, end) is None:
        return False
    word = text[start:end]
    return word.endswith(_PLURAL_ENDINGS) and word.isalpha() and word.isupper() and text.find(word, end) < 0


_PLURAL_ENDINGS = ("ERS", "ORS", "ANS", "ENTS", "ISTS", "IES", "ERES", "ANTS")
"""Endings of plural nouns: an acronym opening a paragraph (``NEPRA signed``, ``KPLC said``) rarely ends so."""


_TICKER_BEFORE = regex.compile(r"(?:\(|[;,] ?)(?:[A-Z]{2,6}|Nasdaq): ?$", regex.REVERSE)
"""What stands before a share's ticker: an exchange's code and a colon after a bracket or between tickers
(``(MOEX: GAZP)``, ``(NYSE: BABA)``, ``(HKEX: 1800; SSE: CCCC)``)."""


def _gathering_short_forms(text: str, gatherings: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The short forms the document defines for its gatherings (``Eastern Economic Forum (EEF)``): the gathering's
    names wherever they stand (``at the EEF``), no organisation's (unless the gazetteer knows the organisation)."""
    found = set()
    for _, end in gatherings:
        match = _GATHERING_SHORT_FORM.match(text, end)
        if match is not None:
            found.add(match.group("short"))
    return frozenset(found)


def _dateline_places(text: str) -> Iterator[tuple[int, int]]:
    """The spans of a dateline's places in capitals (``KUALA LUMPUR:``): places, never acronyms of organisations."""
    for match in CAPS_DATELINE.finditer(text, 0, 2000):
        offset = match.start("places")
        for place in match.group("places").split("/"):
            if is_known_place(" ".join(word.capitalize() for word in place.split(" "))):
                yield offset, offset + len(place)
            offset += len(place) + 1


_BYLINE = regex.compile(
    r"(?m)^[ \t]*(?:By|BY) (?P<name>\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){1,3})[ \t]*(?=$|[|,;]| - | and | in )"
)
"""A byline: ``By`` and a person's name of two to four words, alone, before a separator or before the place
the author writes from (``By ZHAO LIJUAN in Garissa``)."""

_BYLINE_CO_AUTHOR = regex.compile(
    r" and (?P<name>\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){1,3})[ \t]*(?=$|[|,;]| - | and | in )", regex.MULTILINE
)
"""A further author on a byline's line: ``By ZHAO LIJUAN in Garissa, Kenya and HE YUNXI in Phnom Penh``."""


_RIGHTS_OR_PROMOTION = regex.compile(
    r"(?i)(?:copyright\b|all rights reserved|follow (?:us|[\w&' ]{2,30}?) on (?:twitter|x|facebook|instagram"
    r"|telegram|linkedin|youtube|whatsapp|viber|tiktok|threads|wechat|weibo|google news|bluesky)\b)[^\n]*"
)
"""A copyright notice or a follow-us line, to the end of its line: page chrome that the page's own chrome
regions may miss (``Copyright: Any unauthorized use of The Daily Star content``, ``follow Arab News on X``)."""

_RIGHTS_OR_PROMOTION_KEYS = ("opyright", "OPYRIGHT", "ights reserved", "IGHTS RESERVED", "ollow ", "OLLOW ")
"""Where :data:`_RIGHTS_OR_PROMOTION` may match, one character on: found by ``str.find``, far faster than a scan."""


def _rights_or_promotion(text: str) -> Iterator[tuple[int, int]]:
    """The spans of copyright notices and follow-us lines (see :data:`_RIGHTS_OR_PROMOTION`)."""
    for key in _RIGHTS_OR_PROMOTION_KEYS:
        position = text.find(key, 1)
        while position > 0:
            start = position - 1 if key[0] != "i" and key[0] != "I" else position - 5
            match = _RIGHTS_OR_PROMOTION.match(text, max(0, start))
            if match is not None and not text[max(0, start - 1) : max(0, start)].isalnum():
                yield match.span()
            position = text.find(key, position + 1)


_LIST_LABEL_LINE = regex.compile(
    r"(?im)^[^\S\n]*(?:(?:search|related|article|news)[^\S\n]+)?(?:keywords?|tags?|topics?)[^\S\n]*:[^\S\n]*\n"
    r"(?P<list>[^\n]{1,300})$"
)
"""A label alone on its line (``Search Keywords:``, ``Tags:``) and the list of topics on the next line: page
chrome, whose names are links to topic pages, not mentions in the story."""
_LIST_LABEL_KEYS = ("eywords:", "EYWORDS:", "ags:", "AGS:", "opics:", "OPICS:", "eyword:", "ag:", "opic:")


def _topic_lists(text: str) -> Iterator[tuple[int, int]]:
    """The spans of topic lists under a label line (see :data:`_LIST_LABEL_LINE`); found from the label's key.

    Every key ends a line with a colon: the rare line ends ``:`` are found by one ``str.find`` pass, and the
    keys are looked for only there (the spans come in text order, not in the keys' order: the caller sorts)."""
    colon = text.find(":\n")
    while colon >= 0:
        if text.endswith(_LIST_LABEL_KEYS, 0, colon + 1):
            line_start = text.rfind("\n", 0, colon) + 1
            match = _LIST_LABEL_LINE.match(text, line_start)
            if match is not None:
                yield match.span("list")
        colon = text.find(":\n", colon + 1)


def _byline_names(text: str, gazetteer: OrganisationGazetteer) -> Iterator[tuple[int, int]]:
    """The spans of the authors' names in bylines (``By JAMES ANYANZWA``): persons, never acronyms.

    Not when the byline names an organisation (a gazetteer name, or a name with a head word: ``By Xinhua``,
    ``By Staff of the Trade Commission``)."""
    if "By " not in text and "BY " not in text:
        return
    for match in _BYLINE.finditer(text, 0, 3000):
        line_end = text.find("\n", match.end())
        bar = text.find("|", match.end(), len(text) if line_end < 0 else line_end)
        byline_end = bar if bar >= 0 else len(text) if line_end < 0 else line_end
        names = [match]
        if text.find(" and ", match.end(), byline_end) >= 0:
            names.extend(_BYLINE_CO_AUTHOR.finditer(text, match.end(), byline_end))
        for name_match in names:
            name = name_match.group("name")
            words = name.title().split(" ")
            if gazetteer.lookup(name) is None and not any(w in lx.STRONG_HEADS or w in lx.WEAK_HEADS for w in words):
                yield name_match.span("name")


_LAW_TITLE_AFTER = regex.compile(r" (?:Act|Acts|Bill|Ordinance|Decree|Proclamation)\b(?!-)")
"""A law named after the body it sets up (``Port City Economic Commission Act``) names no organisation."""

_LAW_TITLE_INITIALS = frozenset("ABODP")
"""First letters of the words of :data:`_LAW_TITLE_AFTER`: a set lookup decides most mentions."""

_TICKER_WORDS_BEFORE = regex.compile(
    r"\b(?:ticker(?: symbol)?|stock code|share code|trading code|under the (?:code|symbol))[:\s]*$", regex.IGNORECASE
)
"""A share's code: ``listed under the ticker PPA``, ``(stock code: 1186)``."""

_ENGLISH_WORD_IN_CAPITALS = regex.compile(
    r"\p{Lu}{3,}(?:TION|SION|MENT|NESS|ANCE|ENCE|ITY|INGS|ICAL|ABLE|IBLE|URES|ATIVE|ORY)S?"
)


def _generic_abbreviation_name(name: str) -> bool:
    """A name made of a generic abbreviation and generic words only: ``JV Company``, ``SPV``."""
    words = name.split(" ")
    return words[0] in _GENERIC_ABBREVIATIONS and all(w in _LONE_GENERIC for w in words[1:])


_GENERIC_ABBREVIATIONS = frozenset({"JV", "SPV"})


def _common_word_in_capitals(text: str, start: int, end: int) -> bool:
    """A one-word mention in capitals with an English noun's or adjective's ending (``ANNOUNCEMENT``,
    ``INTRODUCTION``, ``COMMUNITY``): a heading word, which no acronym or brand of seven letters and more ends so."""
    return end - start >= 7 and _ENGLISH_WORD_IN_CAPITALS.fullmatch(text, start, end) is not None


def _currency_or_era(text: str, start: int, end: int) -> bool:
    """Tell whether a short capital word stands as a currency or calendar era, not as an organisation's acronym.

    A currency sign before ``$`` (``SI$45.5 million``, ``FJ$90 million``); an ISO 4217 code next to an amount
    (``SBD 386 million``, ``450,000 GNF``) or bracketed after a currency's name (``Guinean francs (GNF)``);
    an era mark after a year (``2081/03/12 BS``, ``21 Asoj 2080 BS``).
    """
    surface = text[start:end]
    if _MAGNITUDE_AFTER.match(text, end) is not None:
        return True  # "ZiG 412 million", "Tk 38 crore": a currency's code before an amount in words
    if not surface.isupper():
        return False
    if text[end : end + 1] in _CURRENCY_SIGNS:
        return True  # "SI$45.5 million", "GH¢1.86 billion", "HK$", "NZ$": a currency's sign, no organisation
    window = max(0, start - 20)
    if surface in lx.ISO_4217_CODES and (AMOUNT_AFTER.match(text, end) or AMOUNT_BEFORE.search(text, window, start)):
        return True
    return surface in lx.ERA_MARKS and YEAR_BEFORE.search(text, window, start) is not None


_MAGNITUDE_AFTER = regex.compile(r" ?\d[\d.,]* ?(?:million|billion|trillion|bn|mn|crore|lakh)\b")
"""An amount with its magnitude word right after a short word: what makes the word a currency's code."""

_CURRENCY_SIGNS = frozenset("$¢₵€£₦₹¥₸₽")
"""Currency signs that letters before them make a currency's symbol (``GH¢``, ``GH₵``, ``HK$``, ``KZ₸``)."""

_PORTFOLIO_BEFORE = regex.compile(r"\bMinisters?\s+(?:of|for)\s+(?:the\s+)?$")
"""What stands before a ministerial portfolio (``Minister of Ports and Shipping``, ``Minister for Power``)."""


def _inside_gathering(start: int, end: int, value: Organisation, gathering: tuple[int, int]) -> bool:
    """Tell whether a mention lies in a gathering's name and so is no organisation mention of its own.

    A mention strictly inside the name (``SCO`` in ``SCO summit``) always is; one that is the whole name
    (``CIIE``) is, unless the gazetteer knows it as an organisation (``CICA`` is a body as well as a conference).
    """
    if not (gathering[0] <= start and end <= gathering[1]):
        return False
    return (end - start) < (gathering[1] - gathering[0]) or value.id is None
