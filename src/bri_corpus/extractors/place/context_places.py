"""Places found from their context: towns and divisions the gazetteer lacks or its matcher cannot reach.

Towns joined by a link (``the Kabwe-Pensulo line``) or listed between known towns, districts told by a division
noun (``Lasbela district``) or their own designator (``Wuqia County``), dateline and ALL CAPS headline cities,
``the Gulf``, and the later bare mentions of such towns.  Each finder yields ``(start, end, reading, surface)`` in
normalised offsets; :func:`bri_corpus.extractors.place.extract.find_places` turns them into facts.
"""

from __future__ import annotations

import collections
import functools
import itertools
import re
from collections.abc import Container, Iterator, Sequence

import regex

from .gazetteer import ACCENT_FOLD, PlaceEntry, demonyms, find_candidates, lookup
from .patterns import FUNCTION_WORDS, PINYIN_SYLLABLE
from .resolve import mention_weight

__all__ = [
    "LINK_NOUNS",
    "NOT_TOWNS",
    "RATING",
    "agree_with_stated",
    "caps_leads",
    "caps_lines",
    "context_division",
    "datelines",
    "divisions_from_context",
    "host_country",
    "more_mentions",
    "named_divisions",
    "ordinal_named",
    "the_gulf",
    "towns_from_context",
    "towns_in_lists",
]


_CAPS_CITY = r"[A-Z][A-Z'.-]*[A-Z](?:[ ][A-Z][A-Z'.-]*[A-Z]){0,2}"
_CAPS_CITY_ACCENTED = r"\p{Lu}[\p{Lu}'.-]*\p{Lu}(?:[ ]\p{Lu}[\p{Lu}'.-]*\p{Lu}){0,2}"
"""A dateline's city in capitals, accents too (`LÀO CAI`, `ĐÀ NẴNG`, `ŁÓDŹ`); only at a line's start."""

_DATELINE = regex.compile(
    rf"""(?m)^[^\S\n]*(?P<cities>{_CAPS_CITY_ACCENTED}(?:/{_CAPS_CITY_ACCENTED}){{0,3}})
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

_ASCII_DATELINE = regex.compile(_DATELINE.pattern.replace(_CAPS_CITY_ACCENTED, _CAPS_CITY), _DATELINE.flags)
"""The same in ASCII capitals: the scan of a story's first lines (the accent-aware one is only tried at lines that
open on a letter beyond ASCII, see :func:`_leading_datelines`)."""

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


def ordinal_named(text: str) -> Iterator[tuple[int, int, PlaceEntry, str]]:
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
LINK_NOUNS = (
    r"(?:railway|rail|road|highway|motorway|expressway|bridge|line|pipeline|section|corridor|link|"
    r"transmission|power|Railway|Expressway|Highway|Motorway|Bridge|Road)\b"
)
RATING = r"(?:[ ]\d[\d,.]{0,5}(?:[ ]?kV|[ -]?km|-kilometre|-kilometer))?"
"""A line's voltage or a link's length between its towns and its noun: ``the Karuma-Kawanda 400kV line``."""
_TOWN_PAIR = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}-]|{_CAPITALISED_BEFORE}|{_NAME_PARTICLE})(?P<a>{_TOWN})[ ]?-[ ]?(?P<b>{_TOWN})"
    rf"(?![\p{{L}}\p{{N}}-])"
    rf"(?:[ ]\([^()\n]{{1,30}}\))?{RATING}[ ]{LINK_NOUNS}"
    rf"|(?<![\p{{L}}\p{{N}}-])(?P<a>{_HYPHENATED_TOWN})[ ]-[ ](?P<b>{_HYPHENATED_TOWN})(?![\p{{L}}\p{{N}}-])"
    rf"(?:[ ]\([^()\n]{{1,30}}\))?{RATING}[ ]{LINK_NOUNS}"
    rf"|\bbetween[ ](?P<a>{_HYPHENATED_TOWN})[ ]and[ ](?P<b>{_HYPHENATED_TOWN})(?![\p{{L}}\p{{N}}'-]|[ ]\p{{Lu}})"
)
"""Two towns joined by a link: ``the Darbaza - Maktaaral railway line``, ``Kabwe-Pensulo line``, ``the Kigongo-Busisi
(JP Magufuli) Bridge``, ``between Pensulo and Kasama``."""
_TOWN_PAIR_HINT = re.compile(
    r"(?:- ?[A-Z][a-z]{3,}(?:-[A-Z][a-z]{2,})?(?: \([^()\n]{1,30}\))?"
    + RATING
    + " "
    + LINK_NOUNS
    + r"|between [A-Z][a-z]{3,} and [A-Z])"
)
"""Where a pair of towns may stand: a scan of the text before the full pattern is tried (made by the faster
:func:`_town_pair_hints`; kept as the reference its tests compare with)."""
_TOWN_PAIR_HINT_PARTS = (
    re.compile(r"- ?[A-Z][a-z]{3,}(?:-[A-Z][a-z]{2,})?(?: \([^()\n]{1,30}\))?" + RATING + " " + LINK_NOUNS),
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


NOT_TOWNS = frozenset(
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


def towns_from_context(
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
        if any(e is not None and e.type == "country" for e in entries) or any(n in NOT_TOWNS for _, n in names):
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


def towns_in_lists(
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
            if name in NOT_TOWNS or name in FUNCTION_WORDS or name.lower() in text or lookup(name) is not None:
                continue
            yield name_start, name_start + len(name), _context_town(name, entry.country), name


_PREPOSITIONS_BEFORE_TOWN = tuple(
    f" {word} "
    for word in "in at near from to of and via around outside into through towards toward reached reach".split()
)


def more_mentions(
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


def the_gulf(text: str) -> Iterator[tuple[int, int, PlaceEntry, str]]:
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


_DATELINE_WINDOW = 2000
"""Where a story's own dateline stands: its first lines.  Further down, only a digest (two datelines or more in
this window) has more, one per item."""


_ACCENTED_LINE_START = re.compile(r"\n[ \t]*[A-Z'. -]{0,30}[\u00c0-\u024f\u1e00-\u1eff]")
"""A line that opens on capitals with a letter beyond ASCII (``LÀO CAI``, ``ĐÀ NẴNG``, ``SAN JOSÉ``): where the
accent-aware dateline pattern is tried (a literal-led search: scanning the window with that pattern costs more)."""


def _leading_datelines(text: str) -> list[regex.Match[str]]:
    """The datelines at line starts in the first :data:`_DATELINE_WINDOW` characters."""
    found = list(_ASCII_DATELINE.finditer(text, 0, _DATELINE_WINDOW))
    if text.isascii():
        return found
    starts = {match.start() for match in found}
    first = _ACCENTED_LINE_START.match("\n" + text[:32])  # the text's first line
    for start in itertools.chain(
        (0,) if first is not None else (),
        (line.start() + 1 for line in _ACCENTED_LINE_START.finditer(text, 0, _DATELINE_WINDOW)),
    ):
        match = _DATELINE.match(text, start)
        if match is not None and match.start() not in starts:
            found.append(match)
            starts.add(match.start())
    return sorted(found, key=lambda match: match.start()) if len(found) > 1 else found


def datelines(text: str) -> Iterator[tuple[int, int, PlaceEntry, str]]:
    """Yield the dateline cities at line starts: a dateline is the story's text, and its city a place mention."""
    heads = _SECTION_HEAD.finditer(text) if "\n" in text else ()
    leading = _leading_datelines(text)
    if len(leading) > 1 and len(text) > _DATELINE_WINDOW:
        # a digest of datelined items ("ASTANA, Tuesday - ...", "HANOI, Monday - ..."): every item's dateline
        # counts, wherever it stands
        seen = {match.start() for match in leading}
        leading.extend(m for m in _DATELINE.finditer(text, leading[-1].start()) if m.start() not in seen)
    for match in itertools.chain(leading, heads):
        offset = match.start("cities")
        for city in match.group("cities").split("/"):
            surface = _title(city)
            entry = lookup(surface)
            if (entry is None or entry.type != "city") and not surface.isascii():
                # `HÀ NỘI`: stored with its accents as the province only, as `Ha Noi` the city too
                folded = lookup(surface.translate(ACCENT_FOLD))
                if folded is not None and (entry is None or folded.type == "city"):
                    entry = folded
            if entry is None and surface.endswith(" City"):
                entry = _capital_city(surface)
            if entry is not None and entry.type in ("city", "region", "country"):
                yield offset, offset + len(city), entry, surface
            offset += len(city) + 1


def _capital_city(surface: str) -> PlaceEntry | None:
    """``DJIBOUTI CITY``: a dateline's ``<country> City`` the gazetteer lacks is the country's capital city of that
    name (``Djibouti City``, ``Guatemala City``); ``Kuwait City`` and ``Panama City`` are stored as they are."""
    stem = lookup(surface[: -len(" City")])
    if stem is None or stem.type not in ("country", "city") or stem.country is None:
        return None
    return PlaceEntry(surface=surface, name=surface, type="city", country=stem.country, population=0, source="city")


def caps_lines(text: str, taken: Container[int]) -> Iterator[tuple[int, int, PlaceEntry, str]]:
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


_CAPS_LEAD = regex.compile(
    rf"\n[^\S\n]*(?P<lead>{_CAPS_CITY})"
    r"(?=,[ ]\p{Lu}\p{Ll}+(?:,[ ]\p{Lu}\p{Ll}+)*[ ]and[ ]|[ ](?:and[ ]|\p{Ll})|'[Ss][ ])"
)
"""A paragraph opening on a word in capitals, the house style of many papers' first paragraph (``ZAMBIA,
Tanzania and China yesterday signed``, ``KENYA has signed``, ``ZIMBABWE's exports``), then a list of names
ending in ``and``, ``and``, a possessive or a lower-case word: neither a byline in capitals (``CHILUFYA MONGU
Thursday``) nor a dateline (``LONDON, Friday -``, ``LONDON, in brief:``) is followed by one."""


def caps_leads(text: str, taken: Container[int]) -> Iterator[tuple[int, int, PlaceEntry, str]]:
    """Yield the place that a paragraph's first word, written in capitals, names (:data:`_CAPS_LEAD`); the words in
    capitals must name a place as a whole.  ``taken``: starts already yielded (datelines)."""
    # anchored on "\n" (a literal the scan jumps to) rather than a multi-line "^": ten times faster; the text's
    # first line is tried on its own, one position to the left
    first = _CAPS_LEAD.match("\n" + text[:60])
    leads = [(first.start("lead") - 1, first.end("lead") - 1, first.group("lead"))] if first is not None else []
    leads.extend((m.start("lead"), m.end("lead"), m.group("lead")) for m in _CAPS_LEAD.finditer(text))
    for start, end, lead in leads:
        surface = _title(lead)
        entry = lookup(surface)
        if (
            entry is not None
            and start not in taken
            and entry.type in ("city", "region", "country")
            and entry.source != "demonym"
        ):
            yield start, end, entry, surface


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
    return word not in NOT_TOWNS and lookup(word) is None


_DIVISION_HINT = re.compile(
    r"[a-z\u00df-\u024f\u1e00-\u1eff] (?:district|sub-?district|province|count(?:y|ie)|village|neighbou?rhood|suburb"
    r"|regenc(?:y|ie)|governorate|upazila|tehsil|taluka)s?\b"
    r"|[a-z\u00df-\u024f\u1e00-\u1eff] (?:town|regions)\b"
)
"""Where a lower-case division noun follows a capitalised name: one fast scan before the full pattern."""

_DIVISION_NOUN_KEYS = (
    " district",
    " sub-district",
    " subdistrict",
    " province",
    " count",
    " town",
    " village",
    " neighbo",
    " suburb",
    " regenc",
    " regions",
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
            if at and ("a" <= text[at - 1] <= "z" or (text[at - 1] > "\x7f" and text[at - 1].islower())):
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
    r"(?:(?<![\p{L}\p{M}'-])(?:\p{Ll}+(?:'s)?|\p{Lu}\p{Ll}+'s)|,)"
    r" (?P<names>(?&name)(?:(?:, | and |, and )(?&name)){0,3})"
    r" (?P<noun>district|sub-?districts?|province|county|town|village|districts|provinces|counties|villages|regions"
    r"|neighbou?rhoods?|suburbs?|regency|regencies|governorates?|upazilas?|tehsils?|talukas?)\b"
    r"(?(DEFINE)(?P<name>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?))"
)
"""Names before a lower-case division noun, after a lower-case word or a comma (not at a sentence start):
``in Lasbela district``, ``Hoima and Kikuube districts``, ``near Kafue town``, ``Terek-Sai village``, after a
possessive too (``Chittagong's Anwara upazila``, ``Punjab's Sahiwal tehsil``, ``the Samarkand region's Urgut
district``), and Indonesia's kecamatan (``in Marancar sub-district``); a list before plural ``regions`` (``the Nawa,
Guémon and Tonkpi regions``: a single name before ``region`` is too often an adjective, ``the Caspian region``)."""

_DIVISION_PARENT = regex.compile(r" of (?:the )?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+| d'\p{Lu}\p{Ll}+)?)")
_DIVISION_NAME = regex.compile(r"\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?")

_NOT_VILLAGE_NAMES = frozenset({"Olympic", "Model", "Smart", "Digital", "Global", "Green", "Eco", "Youth", "Athletes"})
"""Capitalised words before ``village`` that name a kind of village, no place (``the Olympic village``)."""


def divisions_from_context(
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
        if match.group("noun") == "regions" and len(names) < 2:
            continue  # "the Arctic regions": one word before plural regions is an adjective
        if len(names) > 1 and not match.group("noun").endswith("s") and " and " not in match.group("names"):
            # "Mankera, Punjab province": a town and the province it lies in, no list of provinces
            names = names[-1:]
        # "Mansa and Chembe districts": a known place of the list gives the others its country
        # before "regions", not a reading in a country the story names only by this list ("the Nawa, Guémon and
        # Tonkpi regions": Nawa is a town in Syria, a region here)
        listed = collections.Counter(e.country for _, _, e in names if e is not None)
        known = next(
            (
                e.country
                for _, _, e in names
                if e is not None
                and e.type != "country"
                and e.country
                and (document_countries[e.country] > listed[e.country] or match.group("noun") != "regions")
            ),
            None,
        )
        parent = _DIVISION_PARENT.match(text, match.end())
        if parent is not None:
            # "the Peshku district of the Bukhara region", "regions of Côte d'Ivoire": the parent gives the country
            parent_entry = lookup(parent.group(1))
            known = parent_entry.country if parent_entry is not None and parent_entry.country else known
        for name_start, name, entry in names:
            if name in FUNCTION_WORDS or name in NOT_TOWNS or entry is not None or name.lower() in text:
                continue
            if kind == "city" and name in _NOT_VILLAGE_NAMES:
                continue
            start = offset + name_start
            if known or country:
                yield start, start + len(name), context_division(name, known or country or "", kind), name


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


def named_divisions(
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
                    (w in NOT_TOWNS and (i > 0 or w not in _DIRECTIONS or len(words) == 1)) or w.lower() in text
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
            yield start, start + len(name), context_division(name, own, "region"), name
            continue
        stated = demonyms().get(match.group("demonym") or "")
        for group in ("town", "other", "near"):
            town = match.group(group)
            if town is None or town in NOT_TOWNS or town in FUNCTION_WORDS or town.lower() in text:
                continue
            if lookup(town) is not None or (group == "near" and PINYIN_SYLLABLE.fullmatch(town)):
                continue  # "near Chen": a person's surname
            start = match.start(group)
            if stated is not None and group != "near":
                yield start, start + len(town), _stated_town(town, stated), town
            else:
                yield start, start + len(town), context_division(town, country, "city"), town


@functools.lru_cache(maxsize=1024)
def _stated_town(name: str, country: str) -> PlaceEntry:
    """The reading of a town whose country the text states with a demonym (``the Chinese town of Mohe``)."""
    return PlaceEntry(surface=name, name=name, type="city", country=country, population=0, source=_STATED)


_STATED = "stated"
"""The source of a town whose country a demonym states: it decides every other context-found mention of the name."""


def agree_with_stated(towns: list[tuple[int, int, PlaceEntry, str]]) -> list[tuple[int, int, PlaceEntry, str]]:
    """Give every mention of a town the country a demonym stated for it elsewhere in the document (``the
    Dzhalinda-Mohe bridge`` in a Russian story, then ``the Chinese town of Mohe``: both are China's)."""
    stated = {surface: entry for _, _, entry, surface in towns if entry.source == _STATED}
    if not stated:
        return towns
    return [(start, end, stated.get(surface, entry), surface) for start, end, entry, surface in towns]


@functools.lru_cache(maxsize=1024)
def context_division(name: str, country: str, kind: str) -> PlaceEntry:
    """The reading of a district or town found by its division noun."""
    return PlaceEntry(surface=name, name=name, type=kind, country=country, population=0, source=kind)
