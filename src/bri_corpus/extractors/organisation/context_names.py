"""Organisation names found by their context rather than by their shape alone.

The chunk scan (:mod:`.candidates`) sees one run of capitalised words at a time.  Some names need
more than that:

* a phrase defined by a bracketed acronym, in any language: ``Autoridad Portuaria Nacional (APN)``,
  ``Metropolitan Waterworks and Sewerage System (MWSS)`` (the acronym's letters are the phrase's
  initials, function words skipped or not), or ``Kenya Power (KPLC)`` (a country and a sector word);
* a name after an appositive cue naming a company: ``Polish contractor Budimex``, ``logistics firm
  Rhenus Poland``, ``port operator Hutchison Ports``;
* a legislature: ``National Assembly``, ``State Duma``, ``Verkhovna Rada``;
* an organisation line in capitals (a press release's masthead): ``MINISTRY OF WATER RESOURCES`` →
  ``Ministry of Water Resources``;
* a web page's masthead: a publication's short name alone on the first line, over a date line
  (``Kathmandu Post`` / ``Monday, 4 March 2024``).

Each function returns new candidates and the spans they claim; the caller drops the scan's
mentions inside a claimed span (a phrase is one mention: annotation is flat).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

import regex

from . import lexicon as lx
from .candidates import Candidate, scan_text
from .gazetteer import OrganisationGazetteer
from .patterns import TOKEN
from .places import country_of_demonym, is_country_or_demonym, is_known_place, is_place_word

__all__ = [
    "acronym_phrases",
    "appositive_names",
    "bare_sector_names",
    "caps_line_names",
    "commodity_companies",
    "government_units",
    "legislatures",
    "byline_outlets",
    "masthead_name",
    "municipal_governments",
    "newspaper_names",
    "party_congresses",
    "political_parties",
    "remit_and_office_bodies",
    "romance_head_names",
]

FUNCTION_WORDS = frozenset(
    {
        "of", "and", "for", "the", "on", "in", "to", "at",
        "de", "del", "della", "di", "do", "da", "dos", "das", "la", "las", "los", "el", "le", "les",
        "y", "e", "et", "des", "du", "und", "für", "der", "die", "van", "voor", "i", "a",
    }
)  # fmt: skip
"""Lower-case words inside a name, in the languages of Belt and Road news: their initials may be skipped."""

_NOT_ORGANISATION_LAST = lx.PROJECT_HEADS | frozenset(
    {
        "Summit", "Forum", "Expo", "Exhibition", "Fair", "Conference", "Games", "Week", "Zone", "Zones",
        "Index", "Product", "Investment", "Goals", "Assessment", "Unit", "Units", "Station", "Plant",
        "Dam", "Airport", "Port", "Park", "Area", "Mechanism", "Dialogue", "Meeting", "Agenda", "Visa",
        "Tariff", "Rate", "Price", "Fee", "Standard", "Certificate", "Award", "Prize", "Technology",
        "Intelligence", "Vehicle", "Vehicles", "Gas", "Oil",
    }
)  # fmt: skip
"""Last words of phrases that an acronym may stand for but that name no organisation: projects,
gatherings, economic terms, facilities (``Special Economic Zone (SEZ)``, ``Liquefied Natural Gas (LNG)``)."""

_NOT_ORGANISATION_FIRST = frozenset({"Forum", "Summit", "Conference", "Expo", "Exhibition", "Fair", "Meeting"})
"""First words of gatherings' names (``Forum on China-Africa Cooperation (FOCAC)``): the ``summit`` plugin's."""

SECTOR_WORDS = frozenset(
    {
        "Electricity", "Power", "Energy", "Railway", "Railways", "Rail", "Airlines", "Airways", "Telecom",
        "Telecommunications", "Post", "Petroleum", "Grid", "Ports", "Shipping", "Steel", "Water", "Mining",
        "Broadcasting", "Television", "Energies", "Electric", "Gas", "Oil", "Petroleums",
    }
)  # fmt: skip
"""Sector words that, after a country or demonym, make a national company's name before its acronym
(``Kenya Power (KPLC)``, ``Vietnam Electricity (EVN)``)."""

BARE_SECTOR_WORDS = frozenset({"Electricity", "Railway", "Telecom", "Post", "Petroleum"})
"""Sector words that make a national company's name after a country or demonym even without an acronym,
when the pair ends a run and is the subject of a clause (``Belarusian Railway said``)."""

_BRACKETED_ACRONYM = regex.compile(r"(?<=[\p{L}.] )\((?P<short>[A-Z][A-Z&]{1,9}(?P<sector>-\p{Lu}\p{Ll}+)?)\)")
"""A bracketed acronym, or a national company's hyphenated short form: ``(KPLC)``, ``(CI-Energies)``."""
_ELIDED_ARTICLE = regex.compile(r"^(?:d|l|dell|dall|all|nell|sull)'(?=\p{Lu})")
"""A Romance article or preposition elided before a capitalised word: ``d'Abidjan``, ``l'Energie``."""

_PHRASE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'&.-]*")

_CUE_NOUNS = (
    "contractor", "firm", "company", "operator", "group", "carrier", "developer", "builder", "giant", "maker",
    "manufacturer", "producer", "supplier", "lender", "insurer", "miner", "utility", "conglomerate", "startup",
    "start-up", "retailer", "investor", "shipowner", "airline", "forwarder", "consultancy", "automaker", "carmaker",
    "steelmaker", "subsidiary", "affiliate", "association", "holding", "concern", "exporter",
    "shipbuilder", "cooperative",
    # banks and funds named in apposition: "state development bank Banobras", "sovereign fund Growthfund"
    "bank", "fund",
    # public bodies named in apposition: "Peruvian investment agency ProInversión", "transport regulator Ositran"
    "agency", "regulator", "watchdog", "broadcaster",
    # research bodies: "the Almaty-based think tank Eurasia Insight", "policy institute Bruegel"
    "think tank", "think-tank", "thinktank",
)  # fmt: skip
"""Nouns that name a company in apposition, after a modifier (``Polish contractor``, ``port operator``)."""


def _cue_pattern(words: Sequence[str]) -> re.Pattern[str]:
    """`` (?:c(?:ontractor|ompany)|f(?:irm)...) [A-Z]``: grouped by first letter, which ``re`` scans fast."""
    by_letter: dict[str, list[str]] = {}
    for word in words:
        by_letter.setdefault(word[0], []).append(re.escape(word[1:]))
    groups = "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in sorted(by_letter.items()))
    return re.compile(rf" (?:{groups}) (?=[A-Z])")


_APPOSITIVE_CUE = _cue_pattern(_CUE_NOUNS)
_APPOSITIVE_NAME = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}\p{N}&-]*(?:'(?!s\b)\p{L}+)?"
    r"(?: (?:(?:de|del|da|do|des|du|la) )?\p{Lu}[\p{L}\p{N}&-]*(?:'(?!s\b)\p{L}+)?){0,3})"
    r"(?!'?\p{L}| \p{Lu}| of \p{Lu})"
)
"""The capitalised run after a cue noun, which must end there."""

_NOT_NAME_WORDS = frozenset(
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "I", "Mr", "Mrs", "Ms",
    }
)  # fmt: skip

LEGISLATURES = regex.compile(
    r"(?<![\p{L}'-])(?:(?P<owner>\p{Lu}\p{Ll}+) )?"
    r"(?P<name>National Assembly|National People's Congress|State Duma|Federation Council|Verkhovna Rada|Lok Sabha"
    r"|Rajya Sabha|Oliy Majlis|Jogorku Kenesh|State Great Khural|Great Khural|Federal Assembly|Legislative Assembly"
    r"|Legislative Council|National Parliament|House of Representatives|House of Commons|House of Lords"
    r"|Sejm|Bundestag|Storting|Knesset|Riksdag|Cabinet of Ministers|Council of Ministers|(?P<needs_place>Legislature))"
    r"(?P<of> of (?:the )?\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,2})?(?![\p{L}-])"
)
"""Legislatures by their names (``Assembly``, ``Duma`` are no head words elsewhere: ``assembly line``).
A country or demonym right before belongs to the name (``Pakistani National Assembly``), as does an
``of``-complement naming a place (``National Assembly of Zambia``). Governments named as a body of ministers
(``Cabinet of Ministers``, ``Council of Ministers of the Kyrgyz Republic``) are found the same way; a
``Legislature`` only with its place (``Legislature of Jujuy``: ``the legislature`` alone is a description)."""

_CAPS_LINE = regex.compile(r"(?m)^[ \t]*(?P<line>[A-Z][A-Z0-9'&.,()\- ]{6,118}[A-Z.)])[ \t]*$")
"""A line in capitals only (no lower-case letter at all)."""

_LOWER_IN_TITLE = frozenset({"of", "and", "for", "the", "in", "on", "at", "to", "de", "du", "des"})


ROMANCE_HEAD_NAMES = regex.compile(
    r"(?<![\p{L}\p{N}'-])(?P<name>"
    r"(?:Consorcio|Constructora|Compañía|Compania|Companhia|Compagnie|Empresa|Corporación|Sociedad|Société"
    r"|Societe|Grupo|Groupe|Banco|Banque|Ministerio|Ministère|Ministere|Autoridad|Instituto|Servicio"
    r"|Superintendencia|Petróleos|Petroleos|Minera|Naviera|Agence|Office|Caja|Caixa)"
    r"(?: (?:(?:de|del|de la|de los|de las|da|do|dos|das|des|du|de l'|d'|y|e|et) ?)?\p{Lu}[\p{L}\p{N}'-]*){1,6})"
    r"(?![\p{L}\p{N}])"
)
"""A name in Spanish, Portuguese or French whose head word comes first, followed by capitalised words and the
articles between them: ``Consorcio Parque Logístico del Pacífico``, ``Banco de la Nación``, ``Société d'Energie et
d'Eau``.  Belt and Road news from Latin America and francophone Africa prints such names untranslated."""

_ROMANCE_HEAD = re.compile(
    r"(?:Consorcio|Constructora|Compañía|Compania|Companhia|Compagnie|Empresa|Corporación|Sociedad|Société"
    r"|Societe|Grupo|Groupe|Banco|Banque|Ministerio|Ministère|Ministere|Autoridad|Instituto|Servicio"
    r"|Superintendencia|Petróleos|Petroleos|Minera|Naviera|Agence|Office|Caja|Caixa) "
)
"""The head words of :data:`ROMANCE_HEAD_NAMES` and the space after them: where that pattern may match.  A stdlib
``re`` scan for them (it skips to their first letters) and the full pattern tried only there cost half of
the full pattern's scan (``Office`` and ``Compa...`` are in most texts, so a substring pre-check saved little)."""


_CAPITALISED_WORD_BEFORE = regex.compile(r"\p{Lu}[\p{L}\p{N}'-]* (?:(?:de|del|y|e|et) )?$")


def romance_head_names(text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer) -> list[Candidate]:
    """Names in a Romance language with the head word first (:data:`ROMANCE_HEAD_NAMES`); the name ends before a
    trailing English word that a place, title or date word (``Grupo Argos Monday``) and needs a non-place word."""
    found = []
    for match in _romance_head_matches(text):
        start, end = match.span("name")
        before = text[max(0, start - 40) : start]
        previous = _CAPITALISED_WORD_BEFORE.search(before)
        if previous is not None and previous.group().split(" ", 1)[0] not in lx.SENTENCE_STARTERS:
            continue  # "Volcan Compania Minera", "Catamarca Minera y ...": the head word is inside a longer name
        words = match.group("name").split(" ")
        while len(words) > 1 and (words[-1] in _NOT_NAME_WORDS or words[-1] in lx.TITLES):
            words.pop()
        while len(words) > 1 and words[-1] in FUNCTION_WORDS:
            words.pop()
        end = start + len(" ".join(words))
        content = [w for w in words[1:] if w not in FUNCTION_WORDS]
        if not content or (words[0] == "Office" and "de" not in words and "du" not in words):
            continue  # "Office Building": the English word; "Office National des Forêts" stays
        if any(c.start <= start and end <= c.end for c in candidates) or _spans_inside(start, end, candidates):
            continue
        found.append(_make(text, start, end, gazetteer))
    return found


def _romance_head_matches(text: str) -> Iterator[regex.Match[str]]:
    """The matches of :data:`ROMANCE_HEAD_NAMES` in ``text``, as its ``finditer`` gives them: the pattern is tried
    only where :data:`_ROMANCE_HEAD` finds a head word, skipping heads inside the last match (as a scan would)."""
    last_end = 0
    for head in _ROMANCE_HEAD.finditer(text):
        if head.start() < last_end:
            continue
        match = ROMANCE_HEAD_NAMES.match(text, head.start())
        if match is not None:
            last_end = match.end()
            yield match


def _spans_inside(start: int, end: int, candidates: Sequence[Candidate]) -> bool:
    """True when a candidate overlaps ``[start, end)`` without lying inside it."""
    return any(c.start < end and start < c.end and (c.start < start or c.end > end) for c in candidates)


def _make(text: str, start: int, end: int, gazetteer: OrganisationGazetteer, form: str | None = None) -> Candidate:
    surface = text[start:end]
    name = form or surface
    words = tuple(m.group() for m in TOKEN.finditer(name) if m.group() not in lx.CONNECTORS)
    entry = gazetteer.lookup(name) or gazetteer.lookup(surface)
    return Candidate(start=start, end=end, surface=surface, form=name, entry=entry, words=words)


@functools.lru_cache(maxsize=1 << 12)
def _initials_match(words: tuple[str, ...], letters: str) -> bool:
    """Whether ``letters`` are the initials of ``words``: each capitalised word gives its initial (or the
    initials of its hyphenated parts), each function word gives its initial or nothing."""

    @functools.cache
    def match(i: int, j: int) -> bool:
        if i == len(words):
            return j == len(letters)
        word = words[i]
        if word in FUNCTION_WORDS:
            return match(i + 1, j) or (j < len(letters) and letters[j] == word[0].upper() and match(i + 1, j + 1))
        word = _ELIDED_ARTICLE.sub("", word)  # "d'Abidjan" gives A
        options = {word[0].upper()}
        parts = [p for p in word.split("-") if p]
        if len(parts) > 1 and all(p[:1].isupper() for p in parts):
            options.add("".join(p[0] for p in parts).upper())
        capitals = "".join(ch for ch in word if ch.isupper())
        if 1 < len(capitals) < len(word) and word[1:2].islower():
            options.add(capitals)  # a CamelCase word gives its capitals: "TransGuineen" gives TG
        return any(letters.startswith(option, j) and match(i + 1, j + len(option)) for option in options)

    return match(0, 0)


def _defined_phrase(text: str, bracket: int, letters: str) -> tuple[int, int] | None:
    """The span of the phrase before ``(`` at ``bracket`` whose initials are ``letters``, if any."""
    line_start = max(text.rfind("\n", 0, bracket) + 1, bracket - 160)
    before = text[line_start : bracket - 1]
    words = [(m.start() + line_start, m.end() + line_start, m.group()) for m in _PHRASE_WORD.finditer(before)]
    # The phrase ends right before the bracket, and stops at punctuation other than hyphens.
    end = bracket - 1
    if not words or words[-1][1] != end:
        return None
    chosen: list[tuple[int, int, str]] = []
    for start, stop, word in reversed(words):
        if chosen and text[stop : chosen[-1][0]] != " ":
            break
        if not (word[0].isupper() or word in FUNCTION_WORDS or _ELIDED_ARTICLE.match(word)):
            break
        chosen.append((start, stop, word))
        if len(chosen) > len(letters) * 2 + 1:
            break
        if word[0].isupper() and len(chosen) >= 2:
            phrase = tuple(w for _, _, w in reversed(chosen))
            if _initials_match(phrase, letters):
                return start, end
    return None


_COMPLEMENT_OPENERS = frozenset({"of", "for", "on"})
_HEADS_BEFORE_COMPLEMENT = (
    lx.STRONG_HEADS
    | lx.WEAK_HEADS
    | lx.UNIT_HEADS
    | frozenset({"Center", "Centre", "Group", "Committee", "Service", "Services", "Operator", "Office", "Network"})
)
"""Head words that an acronym may stop at before an ``of``/``for``/``on`` complement it does not abbreviate:
``Financial Settlement Center for Renewable Energy (FSC)``, ``Joint Working Group on Industrial Cooperation
(JWG)``."""


def _head_with_complement(text: str, bracket: int, letters: str) -> tuple[int, int, int] | None:
    """``(start, end, head_end)`` of a head phrase whose initials are ``letters`` followed by a complement of
    capitalised words that runs up to the ``(`` at ``bracket``, if any.

    Only a head word (:data:`_HEADS_BEFORE_COMPLEMENT`) may end the abbreviated part, and the complement opens
    with ``of``/``for``/``on``: the acronym names the body, the complement its field.
    """
    line_start = max(text.rfind("\n", 0, bracket) + 1, bracket - 160)
    end = bracket - 1
    words = [(m.start(), m.end(), m.group()) for m in _PHRASE_WORD.finditer(text, line_start, end)]
    if not words or words[-1][1] != end:
        return None
    run: list[tuple[int, int, str]] = []
    for start, stop, word in reversed(words):
        if run and text[stop : run[-1][0]] != " ":
            break
        if not (word[0].isupper() or word in FUNCTION_WORDS):
            break
        run.append((start, stop, word))
        if len(run) > len(letters) + 8:
            break
    run.reverse()
    for k in range(len(run) - 2, 0, -1):
        if run[k][2] not in _COMPLEMENT_OPENERS or not run[k + 1][2][0].isupper():
            continue
        head_last = run[k - 1][2]
        if head_last not in _HEADS_BEFORE_COMPLEMENT:
            continue
        for first in range(k - 1, -1, -1):
            phrase = tuple(w for _, _, w in run[first:k])
            if not phrase[0][0].isupper() or len(phrase) < 2:
                continue
            if _initials_match(phrase, letters):
                return run[first][0], end, run[k - 1][1]
    return None


def _shaped_phrase(text: str, bracket: int) -> tuple[int, int] | None:
    """The span of a country or demonym and sector words right before ``(``: ``Kenya Power (KPLC)``."""
    end = bracket - 1
    line_start = max(text.rfind("\n", 0, bracket) + 1, bracket - 80)
    words = text[line_start:end].split(" ")
    run: list[str] = []
    for word in reversed(words):
        elided = _ELIDED_ARTICLE.match(word) is not None  # "Côte d'Ivoire Energies"
        if not (word[:1].isupper() or elided) or not word.replace("'", "").isalpha() and "-" not in word:
            break
        run.append(word)
        if len(run) == 4:
            break
    run.reverse()
    for size in range(len(run), 1, -1):
        phrase = run[-size:]
        for country_size in (1, 2):  # a country of two words: "Côte d'Ivoire", "Sri Lanka"
            if country_size >= len(phrase) or not is_country_or_demonym(" ".join(phrase[:country_size])):
                continue
            if phrase[-1] in SECTOR_WORDS and all(
                w in SECTOR_WORDS or w in lx.GENERIC_WORDS or w in ("Southern", "Northern")
                for w in phrase[country_size:]
            ):
                return end - len(" ".join(phrase)), end
    return None


def _hyphenated_short_form(
    text: str, match: regex.Match[str], candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer
) -> list[Candidate]:
    """``Côte d'Ivoire Energies (CI-Energies)``: a country and a sector word, defined by the country's
    initials joined to the same sector word; both are mentions of the national company."""
    span = _shaped_phrase(text, match.start())
    if span is None:
        return []
    start, end = span
    phrase = text[start:end]
    initials, sector = match.group("short").split("-", 1)
    if not phrase.endswith(" " + sector) or not phrase.startswith(initials[0]):
        return []
    short_start, short_end = match.span("short")
    if any(c.start < short_end and short_start < c.end for c in candidates):
        return []
    if _spans_inside(start, end, candidates) or any(c.start <= start and end <= c.end for c in candidates):
        return [_make(text, short_start, short_end, gazetteer)]
    return [_make(text, start, end, gazetteer), _make(text, short_start, short_end, gazetteer)]


def acronym_phrases(
    text: str,
    candidates: Sequence[Candidate],
    gazetteer: OrganisationGazetteer,
    not_names: frozenset[str],
) -> list[Candidate]:
    """Phrases defined by a bracketed acronym that the scan found as an organisation's.

    ``Autoridad Portuaria Nacional (APN)``: the letters are the initials of the phrase before the
    bracket; ``Vietnam Electricity (EVN)``: a country or demonym and a sector word.  The phrase is
    new only where no mention already ends there covering it; its definition is then read by
    :func:`~.extract._definitions` like any other.
    """
    if "(" not in text:
        return []
    by_span = {(c.start, c.end) for c in candidates}
    ends: dict[int, int] = {}
    for c in candidates:
        ends[c.end] = min(ends.get(c.end, c.start), c.start)
    found: list[Candidate] = []
    for match in _BRACKETED_ACRONYM.finditer(text):
        short = match.group("short")
        if match.group("sector") is not None:
            found.extend(_hyphenated_short_form(text, match, candidates, gazetteer))
            continue
        if short in not_names or (match.start("short"), match.end("short")) not in by_span:
            continue
        letters = short.replace("&", "")
        span = _defined_phrase(text, match.start(), letters) or _shaped_phrase(text, match.start())
        head_last = None
        if span is None:
            with_complement = _head_with_complement(text, match.start(), letters)
            if with_complement is None:
                continue
            start, end, head_end = with_complement
            head_last = text[start:head_end].rsplit(" ", 1)[-1]
            if head_end in ends and ends[head_end] < start:
                start = ends[head_end]  # "CPEC Joint Working Group on Industrial Cooperation (JWG)"
            span = start, end
        start, end = span
        phrase = text[start:end]
        last = phrase.rsplit(" ", 1)[-1]
        if head_last is not None and head_last in _NOT_ORGANISATION_LAST:
            continue
        first = phrase.split(" ", 1)[0]
        if last in _NOT_ORGANISATION_LAST or first in _NOT_ORGANISATION_FIRST or first in lx.TITLES:
            continue
        if is_known_place(phrase):
            continue
        if end in ends and ends[end] <= start:
            continue  # a mention already names the phrase (or more)
        if _spans_inside(start, end, candidates):
            continue
        found.append(_make(text, start, end, gazetteer))
    return found


def bare_sector_names(text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer) -> list[Candidate]:
    """``Belarusian Railway said``: a country or demonym and a national company's sector word, as a clause subject."""
    found = []
    for sector in _BARE_SECTOR.finditer(text):
        if sector.start() < 3 or text[sector.start() - 1] != " ":
            continue
        start = _owner_before(text, sector.start() - 1)
        if start is None or not is_country_or_demonym(text[start : sector.start() - 1]):
            continue
        end = sector.end()
        if _spans_inside(start, end, candidates) or any(c.start <= start and c.end >= end for c in candidates):
            continue
        found.append(_make(text, start, end, gazetteer))
    return found


_COMMODITY_WORDS = ("Cobalt", "Lithium", "Uranium", "Nickel", "Copper", "Minerals", "Zinc", "Manganese", "Bauxite")
_COMMODITY_COMPANY = re.compile(r"(?<= )(?:" + "|".join(_COMMODITY_WORDS) + r")\b")
"""A commodity word that ends a mining company's name after its brand: ``Zhejiang Huayou Cobalt``, ``Ganfeng
Lithium``, ``Rossing Uranium``, ``Iluka Minerals``."""


_CREDIT_BEFORE = regex.compile(r"(?:Reporting|Editing|Writing|[Rr]eporting) by [^()\n]*$")
"""A wire story's credits before a name: the names after it are journalists'."""


def commodity_companies(
    text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer
) -> list[Candidate]:
    """``Ganfeng Lithium signed ...``, ``owned by Rossing Uranium and ...``: one brand word and a commodity word
    (:data:`_COMMODITY_WORDS`) opening and ending a capitalised run, before punctuation, a verb or a function word.

    The brand is no country, demonym, multi-country region, title, sentence starter or generic word (``Kazakh
    Uranium``, ``Global Copper`` and ``Critical Minerals`` name no company); a town may be the brand (``Jinchuan
    Nickel``, named after its mine's town).  Every later mention of the name, and of the brand alone where it
    stands alone, is found by the short-form rules.
    """
    found: list[Candidate] = []
    if not any(word in text for word in _COMMODITY_WORDS):
        return found  # most texts: nine substring searches instead of a regex scan
    for match in _COMMODITY_COMPANY.finditer(text):
        start = _owner_before(text, match.start() - 1)
        end = match.end()
        possessive = text.startswith("'s ", end)  # "Ganfeng Lithium's plant": the name ends before the 's
        if (
            start is None
            or not (possessive or _ends_phrase(text, end))
            or (text[end : end + 1] in ("-", "'") and not possessive)
        ):
            continue
        if text[end + 1 : end + 2].isupper() or _CREDIT_BEFORE.search(text, max(0, start - 120), start):
            continue  # "Luanshya Copper Mines": the run goes on; "(Editing by Rod Nickel)": a person
        brand = text[start : match.start() - 1]
        if (
            brand in lx.SENTENCE_STARTERS
            or brand in lx.TITLES
            or brand in lx.GENERIC_WORDS
            or brand in lx.PORTFOLIO_WORDS
            or brand in _NOT_NAME_WORDS
            or is_place_word(brand)
        ):
            continue
        if any(c.start <= start and end <= c.end for c in candidates) or _spans_inside(start, end, candidates):
            continue
        found.append(_make(text, start, end, gazetteer))
    return found


_BARE_SECTOR = re.compile(
    r"(?:" + "|".join(sorted(BARE_SECTOR_WORDS)) + r")"
    r"(?=[,;:.]| (?:said|says|has|had|is|was|will|would|announced|signed|reported|plans|expects|also|and)\b)"
)
_OWNER = regex.compile(r"\p{Lu}\p{Ll}+")


def _owner_before(text: str, end: int) -> int | None:
    """The start of the one capitalised word ending at ``end`` that opens its run, if any."""
    start = max(text.rfind(" ", max(0, end - 30), end), text.rfind("\n", max(0, end - 30), end)) + 1
    if start == 0 and end >= 30 or _OWNER.fullmatch(text, start, end) is None:
        return None
    if start >= 2 and text[start - 1] != "\n":  # a line's first word opens its run ("Cape.\n\nRossing Uranium")
        before = text[max(0, start - 30) : start - 1].rsplit(" ", 1)[-1]
        opens_run = before[:1].isupper() and before not in lx.SENTENCE_STARTERS and before[-1:] not in ",;:.!?"
        if before[-1:] in "'-" or opens_run:
            return None
    return start


def appositive_names(text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer) -> list[Candidate]:
    """Names after a cue noun naming a company: ``Polish contractor Budimex``, ``logistics firm Rhenus Poland``.

    The capitalised run after the cue is one name unless it is a place, a date word or a title; a mention
    that already covers the run wins, one inside the run gives way to it.
    """
    found = []
    for cue in _APPOSITIVE_CUE.finditer(text):
        if cue.start() == 0 or not (text[cue.start() - 1].islower() or text[cue.start() - 1] == "-"):
            continue  # the cue follows a modifier: "Polish contractor", "state-owned lender"
        match = _APPOSITIVE_NAME.match(text, cue.end())
        if match is None:
            continue
        start, end = match.span("name")
        words = match.group("name").split(" ")
        while words and (words[-1] in lx.TITLES or words[-1] in _NOT_NAME_WORDS):
            words.pop()
        if not words or words[0] in _NOT_NAME_WORDS or words[0] in lx.TITLES or words[0] in lx.SENTENCE_STARTERS:
            continue
        end = start + len(" ".join(words))
        name = text[start:end]
        if not _ends_phrase(text, end):
            continue  # "its giant Tavan Tolgoi coal deposit": the run describes the noun after it
        if all(is_place_word(w) or is_known_place(w) for w in words) or is_known_place(name):
            continue
        if any(c.start <= start and end <= c.end for c in candidates) or _spans_inside(start, end, candidates):
            continue
        found.append(_make(text, start, end, gazetteer))
    return found


_NEWSPAPER_HEADS = (
    "Times", "Post", "Herald", "Tribune", "Gazette", "Journal", "Chronicle", "Observer", "Telegraph", "Monitor",
    "Inquirer", "Daily", "Courier", "Mail", "Globe",
)  # fmt: skip
_NEWSPAPER_NAME = (
    r"(?P<name>(?:The |the )?\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2} (?:" + "|".join(_NEWSPAPER_HEADS) + r"))"
)
_NEWSPAPER_CREDIT = regex.compile(
    r"(?<=according to |reported by |told |quoted by |cited by |[Ss]ource: |[Rr]eporting by )"
    + _NEWSPAPER_NAME
    + r"(?=[.,;:|]|\s|$)"
    r"|(?<=\()" + _NEWSPAPER_NAME + r"(?=\) ?-)"
    r"|(?:(?<=, )|(?<=[.!?\n] |^))"
    + _NEWSPAPER_NAME
    + r"(?=,? (?:reported|reports|said|says|wrote|quoted|cited|learned|learnt)\b)",
    regex.MULTILINE,
)
_NEWSPAPER_HEADS_SET = frozenset(_NEWSPAPER_HEADS)
_NEWSPAPER_HEAD = re.compile(r" (?:" + "|".join(_NEWSPAPER_HEADS) + r")\b")
"""Where a newspaper's name may end: one fast scan of the text before the full pattern is tried."""
"""A newspaper's name as the source of a report: ``..., Khmer Times reported.``, ``according to the Daily Monitor``,
``Source: Hainan Daily |``, a dateline's credit ``URUMQI, May 2 (Tianshan Daily) --``."""


def newspaper_names(text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer) -> list[Candidate]:
    """A newspaper credited with a report: ``..., Khmer Times reported``, ``according to the Gulf Times,``.

    A run of one to three capitalised words ending with a newspaper's head word (``Times``, ``Post``,
    ``Herald``, ...) after ``according to``/``told``, or opening a clause before ``reported``/``said``: the
    demonym or place in it (``Khmer``, ``Bangkok``) is part of the name.  Not a place alone, not a date.
    """
    found = []
    matches = {}
    for head in _NEWSPAPER_HEAD.finditer(text):
        # the full pattern, with its lookbehinds, is tried only around a newspaper's head word
        for match in _NEWSPAPER_CREDIT.finditer(text, max(0, head.start() - 80), head.end() + 1):
            matches[match.span("name")] = match
    for match in sorted(matches.values(), key=lambda m: m.start("name")):
        start, end = match.span("name")
        if text.startswith("the ", start):
            start += 4
        words = text[start:end].split(" ")
        first = words[1] if words[0] == "The" else words[0]
        if first in _NOT_NAME_WORDS or first in lx.TITLES or first in lx.SENTENCE_STARTERS:
            continue
        if any(c.start <= start and end <= c.end for c in candidates) or _spans_inside(start, end, candidates):
            continue
        found.append(_make(text, start, end, gazetteer))
    return found


_NEXT_WORD = regex.compile(r" (\p{Ll}+)\b")
_CLAUSE_WORDS = frozenset(
    {
        "said", "says", "has", "have", "had", "is", "was", "were", "are", "will", "would", "can", "could", "may",
        "and", "or", "but", "for", "to", "in", "on", "at", "with", "from", "by", "as", "which", "that", "who",
        "also", "won", "signed", "built", "began", "plans", "announced", "reported", "told", "took", "became",
        "bought", "sold", "paid", "made", "got", "gave", "kept", "held", "led", "ran", "set", "put", "saw",
        "did", "does", "hopes", "aims", "now", "already", "recently", "last", "this", "after", "before",
        "each", "both", "jointly",
    }
)  # fmt: skip


def _ends_phrase(text: str, end: int) -> bool:
    """Whether a name may end at ``end``: punctuation, or a verb or function word after it (not a noun)."""
    if not text.startswith(" ", end):
        return True
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return True
    word = match.group(1)
    return word in _CLAUSE_WORDS or word.endswith("ed") or (word.endswith("s") and not word.endswith("ss"))


def legislatures(text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer) -> list[Candidate]:
    """Legislatures by name, with a country word before or an ``of``-complement after (see :data:`LEGISLATURES`)."""
    found = []
    for match in LEGISLATURES.finditer(text):
        start, end = match.span("name")
        owner = match.group("owner")
        if owner is not None and country_of_demonym(owner) is not None:
            start = match.start("owner")
        complement = match.group("of")
        if complement is not None:
            place_end = _place_complement_end(complement)
            if place_end is not None:
                end = match.start("of") + place_end
        if match.group("needs_place") is not None and end == match.end("name"):
            continue  # "the Legislature said": no place, no name
        if _spans_inside(start, end, candidates) or any(c.start <= start and end <= c.end for c in candidates):
            continue
        found.append(_make(text, start, end, gazetteer))
    return found


def _place_complement_end(complement: str) -> int | None:
    """Where the place of an ``of``-complement (`` of the Kyrgyz Republic``, `` of Kyrgyzstan Akylbek``) ends
    inside it: its longest run of words that is a known place, or whose last word is one; ``None`` if none is."""
    words = complement.split(" ")
    first = 3 if words[2:3] == ["the"] else 2  # words[0] is "" (the leading space), words[1] "of"
    for last in range(len(words), first, -1):
        phrase = " ".join(words[first:last])
        if is_known_place(phrase) or (last == len(words) and is_known_place(words[-1])):
            return len(" ".join(words[:last]))
    return None


_PARTY_CONGRESS = regex.compile(
    r"(?<![\p{L}'-])(?P<name>(?:\p{Lu}\p{Ll}+ )?National Congress|(?P<owner>\p{Lu}\p{Ll}+) Congress)"
    r"(?![\p{L}'-]| of\b| on\b)"
)
"""A political party named ``Congress``: a demonym's (``Nepali Congress``) or a ``National Congress``
(``Indian National Congress``); not a numbered congress ``of`` a party, which is a gathering."""


def party_congresses(text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer) -> list[Candidate]:
    """Parties named ``Congress`` (see :data:`_PARTY_CONGRESS`): ``Nepali Congress``, ``African National Congress``."""
    found = []
    for match in _PARTY_CONGRESS.finditer(text):
        owner = match.group("owner")
        if owner is not None and country_of_demonym(owner) in (None, owner):
            continue  # "World Congress", "Kenya Congress": a demonym is needed, not a country's name
        start, end = match.span("name")
        if _spans_inside(start, end, candidates) or any(c.start <= start and end <= c.end for c in candidates):
            continue
        found.append(_make(text, start, end, gazetteer))
    return found


_UNIT_FIELD_WORDS = lx.PORTFOLIO_WORDS | frozenset(
    {"Revenue", "Cabinet", "Establishment", "Information", "Press", "Customs", "Taxation", "Treasury", "Energy"}
)
"""Words that name a government unit's field (``Roads``, ``Finance``, ``Economic Relations``)."""

_DEPARTMENT_OF_GOVERNMENT = regex.compile(
    r"(?<=(?:^|[\n.;:] |\b[Tt]he |\bby |\bwith |\band )(?:[Tt]he )?)"
    r"(?P<name>(?!The )\p{Lu}\p{Ll}+(?: (?:and )?\p{Lu}\p{Ll}+){0,2} (?:Department|Directorate|Division))"
    r"(?= of the (?:Ministry|Government|State|Federal)\b)",
    regex.MULTILINE,
)
"""A unit of a ministry or government named before it: ``The Roads Department of the Ministry of ...``."""

_DIVISION = regex.compile(r"(?<=\b[Tt]he )(?P<name>\p{Lu}\p{Ll}+(?: (?:and )?\p{Lu}\p{Ll}+){0,2} Division)(?! of\b)")
"""A federal ministry's division, the unit that runs a portfolio in Pakistan and Bangladesh: ``the Finance
Division``, ``the Economic Relations Division``."""

_DIVISION_GOVERNMENTS = ("Pakistan", "Bangladesh")


_MUNICIPALITY_OF = regex.compile(
    r"(?<![\p{L}-])(?:Metropolitan )?Municipality of (?P<place>\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*)?)(?![\p{L}-])"
)
"""A town's government named ``Municipality of`` its town: ``the Municipality of Tirana``."""


def municipal_governments(
    text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer
) -> list[Candidate]:
    """A town's government named ``Municipality of X`` (``the Municipality of Tirana approved``), an organisation
    as the city's council is; only when ``X`` is a place the place gazetteer knows (the longer of its one- or
    two-word readings), so that ``Municipality of Tirana Mayor Erion Veliaj`` stops at the town."""
    if "Municipality of " not in text:
        return []
    found = []
    for match in _MUNICIPALITY_OF.finditer(text):
        place = match.group("place")
        if not is_known_place(place):
            place = place.split(" ")[0]
            if not is_known_place(place):
                continue
        start, end = match.start(), match.start("place") + len(place)
        if _spans_inside(start, end, candidates):
            continue
        found.append(_make(text, start, end, gazetteer))
    return found


_PARTY_BEFORE_NOUN = regex.compile(
    r"(?<![\p{L}-])(?:ruling|opposition|governing|coalition|nationalist|conservative|liberal|populist|socialist"
    r"|communist|centre-right|centre-left|center-right|center-left|far-right|far-left|right-wing|left-wing) "
    r"(?P<name>\p{Lu}[\p{L}'-]*(?: (?:of |and |for |the )?\p{Lu}[\p{L}'-]*){0,4}) part(?:y|ies)(?![\p{L}-])"
)
"""A party named before a lower-case ``party`` after a political adjective: ``the opposition Tisza party``,
``the ruling Awami League party``."""


def _parties_before_noun(text: str) -> Iterator[regex.Match[str]]:
    """The matches of :data:`_PARTY_BEFORE_NOUN`, looked for only in the 80 characters before each lower-case
    ``party``/``parties`` (found by ``str.find``): far faster than a scan of the whole text."""
    position = text.find(" part")
    while position >= 0:
        if text.startswith(("y", "ies"), position + 5):
            match = _PARTY_BEFORE_NOUN.search(text, max(0, position - 80), position + 9)
            if match is not None:
                yield match
        position = text.find(" part", position + 5)


def political_parties(text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer) -> list[Candidate]:
    """A political party named before a lower-case ``party`` (see :data:`_PARTY_BEFORE_NOUN`): the name alone is
    the mention.  A country or demonym is no party's name (``the opposition Kenyan party``)."""
    found = []
    for match in _parties_before_noun(text):
        name = match.group("name")
        if is_country_or_demonym(name) or is_known_place(name) or name in lx.SENTENCE_STARTERS:
            continue
        start, end = match.span("name")
        if _spans_inside(start, end, candidates):
            continue
        found.append(_make(text, start, end, gazetteer))
    return found


def government_units(text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer) -> list[Candidate]:
    """Units of a government named by their field: ``the Roads Department of the Ministry of Regional
    Development`` (before ``of the Ministry``/``of the Government``), and in documents on Pakistan or Bangladesh,
    whose federal ministries are organised in divisions, ``the Finance Division`` (every mention).

    Only field words (portfolios, ``Revenue``, ``Cabinet``) before the unit word: a company's ``Logistics
    Department`` has no ``of the Ministry`` after it, and a place or brand before the unit word is left to the scan.
    A name found once is found again wherever the text repeats it (``signed with the Roads Department``).
    """
    names: set[str] = set()
    if "Department of the " in text or "Directorate of the " in text or "Division of the " in text:
        names.update(m.group("name") for m in _DEPARTMENT_OF_GOVERNMENT.finditer(text))
    if "Division" in text and any(country in text for country in _DIVISION_GOVERNMENTS):
        names.update(m.group("name") for m in _DIVISION.finditer(text))
    names = {n for n in names if all(w in _UNIT_FIELD_WORDS or w == "and" for w in n.split(" ")[:-1])}
    found = []
    for name in sorted(names):
        for match in regex.finditer(r"(?<![\p{L}-])" + regex.escape(name) + r"(?![\p{L}-])", text):
            start, end = match.span()
            if any(c.start <= start and end <= c.end and c.end - c.start > end - start for c in candidates):
                continue  # inside a longer name the scan found
            if _spans_inside(start, end, candidates):
                continue
            found.append(_make(text, start, end, gazetteer))
    return found


def _title_case(line: str) -> str:
    """``MINISTRY OF WATER RESOURCES`` → ``Ministry of Water Resources`` (same length)."""
    out = []
    for i, word in enumerate(line.split(" ")):
        lower = word.lower()
        if i > 0 and lower in _LOWER_IN_TITLE:
            out.append(lower)
        else:
            out.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(out)


def caps_line_names(text: str, gazetteer: OrganisationGazetteer, limit: int = 3000) -> list[Candidate]:
    """Organisation names that make a whole line in capitals, among the first ``limit`` characters.

    The line is put in title case and scanned; when one name covers all of it (``FEDERAL MINISTRY OF
    WORKS``), that name is the line's, canonical in title case.  Headlines in capitals (``CHINA, NEPAL
    SIGN DEALS``) hold no such name.
    """
    found = []
    for match in _CAPS_LINE.finditer(text, 0, limit):
        line = match.group("line")
        if " " not in line or not any(c.isalpha() for c in line):
            continue
        titled = _title_case(line)
        if len(titled) != len(line):
            continue
        names = scan_text(titled, gazetteer).candidates
        if len(names) != 1:
            continue
        name = names[0]
        if name.start != 0 or name.end < len(line.rstrip(".")):
            continue
        start = match.start("line")
        found.append(_make(text, start, start + name.end, gazetteer, form=name.form))
    return found


_MASTHEAD = regex.compile(
    r"(?P<name>(?:The |THE )?[\p{Lu}\p{N}][\p{L}\p{N}'&.-]*(?: (?:of |and |& )?[\p{Lu}\p{N}][\p{L}\p{N}'&.-]*){0,4})"
    r"(?:[ ][|-][ ][^\n]{1,60})?[ \t]*\n"
    r"(?:[^\n]{0,200}\n){0,10}?"
    r"(?P<next>[^\n]{0,100}?\b(?:19|20)\d\d\b[^\n]{0,40})(?:\n|$)"
)
"""A short capitalised first line with a line holding a year among the ten lines under it: a publication's
masthead over the page's section, headline, byline and date lines.  The masthead may carry section words or a
description after a bar or a dash (``Hajdu Online | Local news``, ``Il Sole 24 Ore - English Edition``).
Which lines stand between it and the date line varies from site to site (``The Herald`` / ``Business`` /
headline / ``14 May, 2025``; ``ARAB NEWS`` / headline / ``Updated 08 July 2025``), so only their number is
bounded."""

_HEADLINE_VERBS = frozenset(
    {
        "Opens", "Signs", "Wins", "Hands", "Hits", "Launches", "Begins", "Starts", "Completes", "Inks", "Seeks",
        "Plans", "Takes", "Gets", "Makes", "Sets", "Eyes", "Says", "Unveils", "Visits", "Meets", "Calls", "Urges",
        "Backs", "Approves", "Boosts", "Joins", "Expands", "Breaks", "Builds", "Delivers", "Buys", "Sells",
        "Agrees", "Marks", "Tops", "Nears", "Vows", "Warns", "Rises", "Falls", "Grows", "Is", "Are", "Will",
    }
)  # fmt: skip
"""Verbs of a short Title Case headline (``Sinohydro Wins Dam Deal``): a first line holding one is no masthead."""

_HEADLINE_PREPOSITIONS = frozenset({"In", "On", "At", "To", "With", "As", "From", "Over", "After", "Amid", "By"})
"""Capitalised prepositions of a Title Case headline (``Chinese Investment In Africa``); a publication's name
joins its words with ``of``/``and``/``&`` (``Voice of America``), never with these."""

_NOUNS_IN_ING = frozenset(
    {"Briefing", "Building", "Shipping", "Mining", "Banking", "Trading", "Publishing", "Broadcasting", "Morning",
     "Evening", "Reporting", "Engineering", "Holding", "Holdings", "Consulting", "Ming", "Beijing", "Nanjing"}
)  # fmt: skip
"""Nouns and names ending in ``-ing`` that a publication's name holds (``BELT & ROAD BRIEFING``, ``Morning
Star``): not the participle of a short headline (``Rail Freight Booming``)."""

_EDITION = regex.compile(
    r"(?: (?:English|ENGLISH|International|INTERNATIONAL|Online|ONLINE|Digital|DIGITAL))? (?:Edition|EDITION)$"
)
"""An edition label after a paper's name (``HANDELSBLATT ENGLISH EDITION``): the paper is ``Handelsblatt``."""


_PAGE_WORDS = frozenset(
    {
        "Home", "Menu", "News", "Latest", "Search", "Skip", "Business", "World", "Opinion", "Sections", "Login",
        "Sign", "Subscribe", "Edition", "English", "Top", "Stories", "Breaking", "Live", "Updates", "Press",
        "Release", "Releases", "Media", "Content", "Main", "Joint", "Statement", "Statements", "Communique",
        "Communiqué", "Announcement", "Notice", "Readout", "Transcript", "Official",
    }
)  # fmt: skip
"""Words of a page's navigation and section lines (``Home``, ``Latest News``) and of document-type headings
(``JOINT PRESS RELEASE``, ``Joint Statement``): no masthead by themselves."""


def masthead_name(text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer) -> list[Candidate]:
    """The publication named by a web page's masthead: ``Jakarta Globe``, ``THE EASTAFRICAN``, ``BNamericas``.

    The first line of the document, one to five capitalised words, is a publication's name when one of the
    ten lines under it dates the page (it holds a year).  Not a place, not generic or navigation words alone
    (``Home``, ``Business News``), not a short headline (a word after the first ending in ``-ed``/``-ing``, a
    headline verb or a capitalised preposition); in capitals it is canonical in title case.  A mention the
    scan found there gives way to it.  The page's later mentions of the paper by its head word (``told the
    Observer``) are found too (:func:`_masthead_short_mentions`).
    """
    match = _MASTHEAD.match(text)
    if match is None:
        match = _MASTHEAD_UNDER_HEADLINE.match(text)
        if match is None or not _OUTLET_LIKE.search(match.group("name")):
            return []
    name = match.group("name").rstrip(".")
    edition = _EDITION.search(name)
    if edition is not None and edition.start() > 0:
        name = name[: edition.start()]
    start = match.start("name")
    end = start + len(name)
    words = [w for w in name.split(" ") if w not in lx.CONNECTORS and w not in ("THE", "OF", "AND")]
    if all(w.capitalize() in _PAGE_WORDS for w in words) or (
        len(words) == 1 and words[0].capitalize() in lx.GENERIC_WORDS
    ):
        return []  # navigation ("Business News", "Home"); "DAILY NEWS" and "Global Times" are mastheads
    if any(w.lower().endswith(("ed", "ing")) and w.capitalize() not in _NOUNS_IN_ING for w in words[1:]):
        return []  # a short headline: "Lagos Port Deal Signed", "Rail Freight Booming"
    if any(w.capitalize() in _HEADLINE_VERBS or w.capitalize() in _HEADLINE_PREPOSITIONS for w in words[1:]):
        return []  # a short headline: "Sinohydro Wins Dam Deal", "Chinese Investment In Africa"
    if name in lx.ACRONYM_STOP:
        return []  # a section word over the headline: "ANALYSIS", "EXPLAINER"
    if any(w in lx.SENTENCE_STARTERS or w in lx.TITLES for w in words[:1]) or is_known_place(name):
        return []
    if all(is_place_word(w) or is_known_place(w) for w in words):
        return []
    form = _title_case(name) if name.isupper() and (" " in name or len(name) > 5) else None  # not "BNA"
    found = (
        []
        if any(c.start == start and c.end == end for c in candidates)
        else [_make(text, start, end, gazetteer, form=form)]
    )
    found.extend(_masthead_short_mentions(text, words, form or name, gazetteer))
    found.extend(_masthead_full_mentions(text, end, form or name, gazetteer))
    return found


_MASTHEAD_UNDER_HEADLINE = regex.compile(
    r"[^\n]{20,200}\n\n?"
    r"(?P<name>(?:The |THE )?\p{Lu}[\p{L}\p{N}'&.-]*(?: (?:of |and |& )?[\p{Lu}\p{N}][\p{L}\p{N}'&.-]*){0,4})[ \t]*\n"
    r"(?:[^\n\d]{3,60}\n)?"
    r"[^\n]{0,30}?\b(?:19|20)\d\d\b[^\n]{0,40}(?:\n|$)"
)
"""A publication's masthead on the line under the headline, over the date line (or over a byline line and the
date line): ``SRT signs ...`` / ``The Nation`` / ``PUBLISHED : 12 Nov 2025``.  A bare name there may be an
author's, so :data:`_OUTLET_LIKE` must hold too."""

_OUTLET_HEADS = "|".join(_NEWSPAPER_HEADS + tuple(h.upper() for h in _NEWSPAPER_HEADS))
_OUTLET_LIKE = regex.compile(
    rf"^(?:The|THE) |[ ](?:{_OUTLET_HEADS}|International|INTERNATIONAL|Online|ONLINE|Today|TODAY|News|NEWS"
    r"|Express|EXPRESS)$"
)
"""A name that reads as a publication's, not a person's: led by ``The`` or ending in a newspaper's head word or an
outlet word (``The Nation``, ``Valor International``, ``THE HIMALAYAN TIMES``)."""


_ADDRESS_AFTER = regex.compile(r",? (?:#\d|\d{1,5}[A-Za-z]? \p{Lu}|P\.?O\.? Box\b)")
"""A postal address right after a name (``, 18 Robinson Road``, ``, PO Box 42``)."""


def _masthead_full_mentions(text: str, after: int, name: str, gazetteer: OrganisationGazetteer) -> list[Candidate]:
    """The page's later mentions of its publication by the masthead's whole name (``of The Himalayan Times``
    in a print note), when the name has several words; canonical as the masthead."""
    if " " not in name:
        return []
    found = []
    position = text.find(name, after)
    while position >= 0:
        end = position + len(name)
        if (
            not text[end : end + 1].isalnum()
            and not text[position - 1].isalnum()
            and not _ADDRESS_AFTER.match(text, end)  # the publisher's postal address: contact chrome
        ):
            found.append(_make(text, position, end, gazetteer, form=name))
        position = text.find(name, end)
    return found


_BYLINE_OUTLET = regex.compile(
    r"(?m)^By \p{Lu}[^\n/|]{2,60}? [/|] "
    r"(?P<name>(?:The )?\p{Lu}[\p{L}'&.-]*(?: (?:of |and |& )?\p{Lu}[\p{L}'&.-]*){0,4})[ \t]*$"
)
"""A byline that names the author's outlet after a slash or a bar: ``By Farah Kuantan / The Edge Malaysia``."""

_BYLINE_ROLE_WORDS = frozenset(
    {"Staff", "Reporter", "Correspondent", "Writer", "Editor", "Desk", "Bureau", "Agencies", "Contributor"}
)


def byline_outlets(text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer) -> list[Candidate]:
    """The outlet a byline names after the author (see :data:`_BYLINE_OUTLET`); not a place (``By Ann Lee /
    Nairobi``) nor a role (``By Ann Lee / Staff Reporter``)."""
    if "By " not in text[:3000]:
        return []
    found = []
    for match in _BYLINE_OUTLET.finditer(text, 0, 3000):
        start, end = match.span("name")
        name = match.group("name")
        words = [w for w in name.split(" ") if w not in lx.CONNECTORS]
        if any(w in _BYLINE_ROLE_WORDS or w in lx.TITLES for w in words) or is_known_place(name):
            continue
        if all(is_place_word(w) or is_known_place(w) for w in words if w != "The"):
            continue
        if any(c.start == start and c.end == end for c in candidates):
            continue
        found.append(_make(text, start, end, gazetteer))
    return found


def _masthead_short_mentions(
    text: str, words: Sequence[str], name: str, gazetteer: OrganisationGazetteer
) -> list[Candidate]:
    """The page's own later mentions of its publication by the head word of its masthead: ``told the Observer``,
    ``Observer staff reporter`` on the ``Jamaica Observer``'s page.  Only a newspaper's head word (``Herald``,
    ``Times``) of a masthead of several words, after ``the`` and not before another capitalised word (``the Post
    Office``), or opening a byline label (``Observer staff reporter``); canonical as the masthead."""
    head = words[-1].capitalize() if len(words) > 1 or name.startswith(("The ", "THE ")) else ""
    if head not in _NEWSPAPER_HEADS_SET or text.count(head) < 2:
        return []
    found = []
    for match in regex.finditer(_SHORT_MASTHEAD.format(head=head), text):
        start, end = match.span("name")
        if start > 0:
            found.append(_make(text, start, end, gazetteer, form=name))
    return found


_SHORT_MASTHEAD = (
    r"(?:(?<=\b[Tt]he )(?P<name>{head})(?![\p{{L}}\p{{N}}&-]| [\p{{Lu}}\p{{N}}&])"
    r"|(?<=^|\n)(?P<name>{head})(?= (?:staff|senior|special)? ?(?:reporter|correspondent|writer)\b))"
)
"""A publication's head word after ``the`` ending its name, or opening a byline label (template: ``{head}``)."""


_REMIT_WORD = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Behalf)\b)\p{Lu}[\p{L}'-]*"
_REMIT_BODY = regex.compile(
    r"(?:(?<=\b[Tt]he |'s |^)|(?<=\n))"
    r"(?P<name>(?:Committee|Subcommittee|Sub-Committee|Commission) on (?:the )?"
    rf"{_REMIT_WORD}(?:,? (?:and |& )?{_REMIT_WORD}){{0,5}})(?![\p{{L}}\p{{N}}'-])",
    regex.MULTILINE,
)
"""A committee or commission named by its remit alone, after an article or an owner's possessive:
``Parliament's Committee on Physical Infrastructure``, ``the Commission on Human Rights``.  A committee named
with words before it (``Senate Standing Committee on Power``) is the scan's, extended by :mod:`.name_extensions`."""

_OFFICE_HOLDERS = (
    r"(?:(?:Auditor|Attorney|Accountant|Solicitor|Registrar|Surveyor|Inspector|Controller and Auditor|Comptroller"
    r"|Comptroller and Auditor|Secretary|Director|Procurator|Prosecutor)[- ]General"
    r"|(?:Vice[- ])?President|(?:Deputy )?Prime Minister|Ombudsman|Government Statistician|Head of Service"
    r"|Director of Public Prosecutions|Chief Justice|Chief Secretary|High Commissioner(?: for \p{Lu}\p{Ll}+)?)"
)
_OFFICE_OF_HOLDER = regex.compile(
    rf"(?<=(?:\b[Tt]he |^|[\n(,;:] ))(?P<name>Office of the {_OFFICE_HOLDERS})"
    r"(?![\p{L}\p{N}-])",
    regex.MULTILINE,
)
"""A public office named after its holder: ``the Office of the Auditor General``, ``Office of the President``:
an organisation (the office), though the bare title (``the Auditor General``) is a person's."""


def remit_and_office_bodies(
    text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer
) -> list[Candidate]:
    """Public bodies the scan's head words miss (see :data:`_REMIT_BODY`, :data:`_OFFICE_OF_HOLDER`)."""
    found = []
    matches: list[regex.Match[str]] = []
    if "ittee on " in text or "ssion on " in text:  # every match holds one: most texts skip the scan
        matches.extend(_REMIT_BODY.finditer(text))
    if "Office of the " in text:
        matches.extend(_OFFICE_OF_HOLDER.finditer(text))
    for match in matches:
        start, end = match.span("name")
        words = text[start:end].split(" ")
        cut = next((i for i, w in enumerate(words) if i > 2 and (w in lx.TITLES or is_country_or_demonym(w))), None)
        if cut is not None and match.re is _REMIT_BODY:
            # "Committee on Finance Chairman ...": a title ends the remit; a place after the remit is no part of it
            while cut > 2 and words[cut - 1] in ("and", "&", "the"):
                cut -= 1
            end = start + len(" ".join(words[:cut]).rstrip(","))
            if cut <= 2:
                continue
        if any(c.start <= start and end <= c.end for c in candidates) or _spans_inside(start, end, candidates):
            continue
        found.append(_make(text, start, end, gazetteer))
    return found
