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
from collections.abc import Iterator, Sequence

import regex

from bri_corpus import Document, Fact, NormalizedText
from bri_corpus.values import Organisation

from . import lexicon as lx
from .airlines import airline_names
from .candidates import Candidate, scan_text
from .context_names import (
    acronym_phrases,
    appositive_names,
    bare_sector_names,
    byline_outlets,
    caps_line_names,
    commodity_companies,
    government_units,
    legislatures,
    masthead_name,
    municipal_governments,
    newspaper_names,
    party_congresses,
    political_parties,
    remit_and_office_bodies,
    romance_head_names,
)
from .coordinated_names import coordinated_names
from .credited_outlets import credited_outlets
from .dateline_codes import dateline_code_aliases
from .definitions import (
    definitions,
    listed_companies,
    make_candidate,
    stock_short_names,
)
from .described_names import described_names
from .exclusions import (
    LAW_TITLE_AFTER,
    LAW_TITLE_INITIALS,
    PORTFOLIO_BEFORE,
    TICKER_BEFORE,
    TICKER_WORDS_BEFORE,
    bracket_in_law_title,
    byline_names,
    code_part,
    common_word_in_capitals,
    currency_or_era,
    dateline_places,
    facility_named_by_operator,
    generic_abbreviation_name,
    inside_gathering,
    lead_in_capitals,
    local_party_title,
    person_initials,
    product_model,
    rights_or_promotion,
    short_forms_of_gatherings,
    time_zone,
    topic_lists,
    wire_end_mark,
)
from .gazetteer import OrganisationGazetteer, default_gazetteer
from .name_extensions import embassy_aliases, extend_names
from .parties import PARTY_HEADS, named_parties
from .possessive_names import possessive_gazetteer_names
from .resolve import link
from .short_forms import (
    bodies_without_place,
    brand_short_forms,
    defined_common_acronyms,
    local_government_short_forms,
    non_organisation_short_forms,
    short_forms,
)

__all__ = ["find_organisations", "organisations_in"]


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

    defined_not_names = non_organisation_short_forms(text)
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
        candidates.extend(defined_common_acronyms(text, candidates, gazetteer))
        candidates.extend(listed_companies(text, candidates, gazetteer))
    if " The " in text:
        candidates = [_with_capitalised_article(text, c, gazetteer) for c in candidates]
    aliases = definitions(text, candidates, gazetteer)
    aliases.extend(stock_short_names(text, candidates, gazetteer))
    aliases.extend(embassy_aliases(candidates))
    aliases.extend(local_government_short_forms(candidates))
    if " of Ministers" in text:
        aliases.extend(bodies_without_place(candidates))
    aliases.extend(short_forms(text, candidates, gazetteer, defined_not_names))
    aliases.extend(brand_short_forms(candidates))
    aliases.extend(dateline_code_aliases(text, candidates))
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


_FACILITY_NOUN_INITIALS = frozenset("dipcthl")
"""First letters of the facility nouns of :func:`.exclusions.facility_named_by_operator`: a quick test first."""

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
    return make_candidate(text, start - 4, candidate.end, gazetteer)


def _with_context_names(
    text: str, candidates: list[Candidate], gazetteer: OrganisationGazetteer, not_names: frozenset[str]
) -> list[Candidate]:
    """The scan's mentions, extended (:mod:`.name_extensions`) and joined by the names found by their
    context (:mod:`.context_names`); a mention inside a name found by its context gives way to it."""
    candidates = extend_names(text, candidates)
    added = caps_line_names(text, gazetteer) if text[:1].isupper() or "\n" in text[:3000] else []
    added.extend(acronym_phrases(text, candidates, gazetteer, not_names))
    added.extend(masthead_name(text, candidates, gazetteer))
    added.extend(byline_outlets(text, candidates, gazetteer))
    added.extend(appositive_names(text, candidates, gazetteer))
    added.extend(newspaper_names(text, candidates, gazetteer))
    added.extend(credited_outlets(text, candidates, gazetteer))
    added.extend(described_names(text, candidates, gazetteer))
    if " and " in text:
        added.extend(coordinated_names(text, candidates, gazetteer))
    if any(key in text for key in _LEGISLATURE_KEYS):
        added.extend(legislatures(text, candidates, gazetteer))
    added.extend(bare_sector_names(text, candidates, gazetteer))
    added.extend(government_units(text, candidates, gazetteer))
    added.extend(municipal_governments(text, candidates, gazetteer))
    if " party" in text or " parties" in text:
        added.extend(political_parties(text, candidates, gazetteer))
    added.extend(remit_and_office_bodies(text, candidates, gazetteer))
    added.extend(commodity_companies(text, candidates, gazetteer))
    added.extend(romance_head_names(text, candidates, gazetteer))
    added.extend(airline_names(text, candidates, gazetteer))
    if "Congress" in text:
        added.extend(party_congresses(text, candidates, gazetteer))
    if "'s" in text:
        added.extend(possessive_gazetteer_names(text, candidates, gazetteer))
    if "Central Committee" in text or any(head in text for head in PARTY_HEADS):
        added.extend(named_parties(text, candidates, gazetteer))
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
    (see :func:`.exclusions.inside_gathering`).
    """
    excluded = [text.from_raw(start, end) for start, end in document.chrome]
    excluded.extend(dateline_places(text.text))
    excluded.extend(byline_names(text.text, gazetteer or default_gazetteer()))
    excluded.extend(rights_or_promotion(text.text))
    excluded.extend(topic_lists(text.text))
    gatherings = [text.from_raw(fact.start, fact.end) for fact in facts if fact.kind == "summit"]
    gathering_short_forms = short_forms_of_gatherings(text.text, gatherings) if gatherings else frozenset()
    for start, end, value in organisations_in(text.text, gazetteer, excluded=excluded):
        if gatherings and any(inside_gathering(start, end, value, gathering) for gathering in gatherings):
            continue
        if gathering_short_forms and value.id is None and text.text[start:end] in gathering_short_forms:
            continue  # "the 10th Eastern Economic Forum (EEF)", "at the EEF": the gathering's short name
        if (
            text.text.startswith(":", start - 2, start - 1)
            and end - start <= 8
            and text.text[start:end].isupper()
            and text.text[end : end + 1] in (")", ";", ",")
            and TICKER_BEFORE.search(text.text, max(0, start - 16), start)
        ):
            continue  # "Gazprom (MOEX: GAZP)": a share's ticker, not an organisation
        if value.id is None and generic_abbreviation_name(value.name):
            continue  # (the "JV Company"), "the SPV": a filing's defined term for a company, not its name
        if text.text[end + 1 : end + 2] in LAW_TITLE_INITIALS and LAW_TITLE_AFTER.match(text.text, end):
            continue  # "the Port City Economic Commission Act": a law's title, an identifier
        if text.text[end : end + 1] == ")" and bracket_in_law_title(text.text, start, end):
            continue  # "the Minerals (Prospecting and Mining) Act": a bracketed part of a law's title
        if value.id is None and text.text[end : end + 1] == " " and local_party_title(text.text, end, value.name):
            continue  # "Provincial Party Secretary Nguyen Van A": an office holder's title
        if end - start <= 6 and TICKER_WORDS_BEFORE.search(text.text, max(0, start - 24), start):
            continue  # "under the ticker PPA", "stock code: CRRC": a share's code, no mention
        if text.text[end + 1 : end + 2] in _FACILITY_NOUN_INITIALS and facility_named_by_operator(
            text.text, start, end
        ):
            continue  # "the Khorgos Gateway dry port": the facility its operator's name stands for, no mention
        if value.id is not None and text.text[end + 1 : end + 2].isupper() and product_model(text.text, end):
            continue  # "150 Shacman X3000 heavy trucks": a product named by its maker's brand and model code
        if value.id is None and common_word_in_capitals(text.text, start, end):
            continue  # "ANNOUNCEMENT", "INTRODUCTION": a filing's heading, not an acronym
        if value.id is None and end - start <= 5 and time_zone(text.text, start, end):
            continue  # "5:47 PM MYT", "10:30 WIB": a time zone after a clock time, no acronym
        if value.id is None and code_part(text.text, start, end):
            continue  # "SMEN.KZ", "KZTO.KZ": a share's ticker or a web address; "(ML 171)": a licence's number
        if value.id is None and lead_in_capitals(text.text, start, end):
            continue  # "MINEWORKERS at the mine ...": a newspaper's lead-in words in capitals
        if value.id is None and end - start <= 5 and wire_end_mark(text.text, start, end):
            continue  # "(END)", "-ENDS-": a wire story's end mark
        if end - start <= 3 and currency_or_era(text.text, start, end):
            continue  # "SBD 386 million", "SI$45.5 million", "Guinean francs (GNF)", "2081 BS"
        window = max(0, start - 20)
        if text.text.find("Minister", window, start) >= 0 and PORTFOLIO_BEFORE.search(text.text, window, start):
            continue  # "State Minister of Ports and Shipping": a minister's portfolio, not an organisation
        if end - start <= 3 and value.id is None and person_initials(text.text, start, end):
            continue  # "Prime Minister KP Sharma Oli": a person's initials before the name, no acronym
        if value.id is None and text.text.startswith(" Minister", end) and " and " in text.text[start:end]:
            continue  # "Mines and Energy Minister Alexandre Silveira": a minister's portfolio
        yield Fact.from_normalized(document, text, kind="organisation", start=start, end=end, value=value)
