"""The requirements a lexicon line puts on its trigger (``triggers.tsv``, column ``requires``).

Each requirement is one small check of the trigger's surroundings within its clause
(``support``: a support verb before it; ``goods``: a goods noun or a quantity after it
...; see the package README).  :func:`requirements_met` tells whether any one of a
line's requirements holds; the checks of each line are looked up once per line, not
dispatched by name per trigger.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from .entities import FactIndex
from .lexicon import Lexicon, TriggerEntry

__all__ = [
    "REQUIREMENT_NAMES",
    "appositive_by",
    "by_leader",
    "first_words",
    "guest_after",
    "last_words",
    "measure_after",
    "ongoing_after",
    "requirements_met",
]

Check = Callable[[Lexicon, str, FactIndex, int, int, int, int], bool]
"""A requirement check: ``(lexicon, text, index, start, end, clause_start, clause_end) -> holds``."""

_WORD = r"[\w'&.-]+"
_GAP = r"[^\w'&.-]+"
_GAPS = regex.compile(_GAP)
# The first (last) n words of a window, with the gaps between them: one match instead of a scan word by word.
_FIRST_WORDS = {n: regex.compile(rf"{_WORD}(?:{_GAP}{_WORD}){{0,{n - 1}}}") for n in (5, 6, 8)}
_LAST_WORDS = {n: regex.compile(rf"(?r){_WORD}(?:{_GAP}{_WORD}){{0,{n - 1}}}") for n in (2, 3, 5)}

_BELT_AND_ROAD = regex.compile(r"Belt\s+and\s+Road|B&R", regex.IGNORECASE)
_THE_FIRST = regex.compile(r"\s+(?:\w+\s+)?(?:the\s+)?first\b", regex.IGNORECASE)
_NOT_A_FIGURE_UNIT = frozenset({"year", "day", "month", "hour", "week", "%", "km", "m2"})
_PARTY_AFTER = regex.compile(r"\s+(?:with\b|[A-Z])")
# "Kakar's (official) visit", "Xi's three-day state visit": a named agent in the possessive.
_POSSESSIVE_AGENT = regex.compile(
    r"[A-Z][\w.-]*(?:'s|s')\s+(?:(?:first|second|third|official|state|working|historic|landmark|recent|\w+-day)\s+){0,3}$"
)
# "the visit by President Tokayev", "the visit of Premier Li to Astana": a named agent after it.
_BY_AGENT = regex.compile(
    r"\s+(?:to\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\s+)?(?:by|of)\s+(?:the\s+)?[A-Z]"
)
_NOT_GOODS_UNIT = frozenset({"year", "day", "month", "hour", "week", "%"})
# Units of mass, volume or energy: "exported 385,000 tonnes of copper" is a trade figure, not a shipment of
# counted goods ("exported 3,000 vehicles").
_MEASURE_UNITS = frozenset(
    {
        *("g", "kg", "t", "lb", "l", "m3", "bbl", "barrel"),
        *("W", "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh", "MVA", "kV"),
        *("mm", "cm", "m", "km", "ft", "mi", "nmi", "m2", "km2", "ha", "acre", "mu", "km/h", "mph", "t/year"),
    }
)
# "the steel mill, which the steelmaker bought": the noun before "which"/"that" is the object of the verb.
_RELATIVE_BEFORE = regex.compile(r"(?r),?\s+(?:which|that)\s+(?:[\w-]+\s+){1,4}$")
# "was built", "is being built", and a second participle: "was invested in and built by", "was designed and built".
_BE_BEFORE = regex.compile(
    r"(?r)\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|now|already|fully|jointly|\w+ly)\s+)?"
    r"(?:\w+ed(?:\s+in)?\s+and\s+)?$"
)
# "the meeting held in Xi'an", "a ministerial meeting attended by X": a gathering that took place.
_HELD_AFTER = regex.compile(
    r"\s+(?:(?:that|which)\s+)?(?:(?:was\s+|were\s+)?(?:held|(?P<attended>attended\s+by))|took\s+place)\b"
)
# "a trilateral ministerial meeting attended by": only an indefinite gathering is told by who attended it (not
# "The ceremony was attended by", which retells one told before).
_INDEFINITE_GATHERING_BEFORE = regex.compile(r"(?r)\b(?:a|an)\s+(?:[\w-]+\s+){0,3}$", regex.IGNORECASE)
_SITED = regex.compile(r"(?r)\b(?:a|an)\s+(?:[\w-]+\s+)?$", regex.IGNORECASE)
_SITE_AFTER = regex.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")
_PLURAL_PAIR = regex.compile(r"\b[A-Z][\w-]*\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[\w-]+){0,2}\s+$")
_MONEY_QUALIFIERS = regex.compile(
    r"\s+(?:(?:of|over|more|than|about|around|nearly|almost|some|roughly|approximately|up|to|at|least|a|an|total|"
    r"additional|another|further|another)\s+){0,4}",
    regex.IGNORECASE,
)
_INDEFINITE_BEFORE = regex.compile(r"(?r)\b(?:an?|another|additional|\w+\s+an?)\s+$", regex.IGNORECASE)
# "a site visit", "an inspection visit": the kind of visit names it as one.
_VISIT_KIND_BEFORE = regex.compile(
    r"(?r)\b(?:site|inspection|field|fact-finding|working|official|state|study)\s+$", regex.IGNORECASE
)
# "began a 12-day visit to", "wrapped up his three-day visit": a verb of a trip's start or end makes it one.
_TRIP_VERB_BEFORE = regex.compile(
    r"(?r)\b(?:began|begins|started|starts|concluded|concludes|wrapped\s+up|wraps\s+up|ended|ends|embarked\s+on|"
    r"embarks\s+on|kicked\s+off|kicks\s+off|completed|completes|is\s+on|was\s+on)\s+(?:a|an|his|her|their|its)\s+"
    r"(?:[\w-]+\s+){0,3}$",
)
# "during talks in Ashgabat", "after talks with": a preposition of time places the noun as an occurrence.
_DURING_BEFORE = regex.compile(
    r"(?r)\b(?:during|after|following|at)\s+(?:the\s+|their\s+|bilateral\s+)?$", regex.IGNORECASE
)
# "led a delegation to Bangkok", "headed a high-level delegation to Astana".
_DELEGATION_AFTER = regex.compile(
    r"\s+(?:a|an|the|his|her|its)\s+(?:[\w-]+\s+){0,3}?delegations?\s+to\b", regex.IGNORECASE
)
# "co-chaired the 7th meeting of the Joint Committee", "chaired the session": a gathering noun follows.
_GATHERING_AFTER = regex.compile(
    r"\s+(?:[\w'-]+\s+){0,3}?(?:meeting|session|talks|dialogue|forum|conference|consultations?|round)\b",
    regex.IGNORECASE,
)
_GATHERING_PASSIVE_BEFORE = regex.compile(
    r"(?r)\b(?:meeting|session|talks|dialogue|forum|conference|consultations?|round)\s+"
    r"(?:\([^()]{1,20}\)\s+)?(?:was|were|is|are|will\s+be)\s+(?:(?:jointly|also)\s+)?$",
    regex.IGNORECASE,
)
_ON_THE = regex.compile(r"\s+on\s+(?:the\s+)?")
# ", built by Torpol": a participle set off by a comma, its agent after it (see ``_by_agent``).
_APPOSITIVE_COMMA_BEFORE = regex.compile(
    r"(?r),\s+(?:(?:also|jointly|largely|mainly|partly|originally|all)\s+)?$", regex.IGNORECASE
)
_BY = regex.compile(r"\s+by\s")
# What says the thing is still being built, after an appositive ", built by X": "..., will link", "..., was 45
# percent complete", "..., is under construction".
_ONGOING_AFTER = regex.compile(
    r"\b(?:will|would|shall|is\s+being|are\s+being|under\s+construction|(?:per\s*cent|percent|%)\s+"
    r"(?:complete|completed|done|finished)|is\s+(?:expected|set|due|scheduled)|are\s+(?:expected|set|due|scheduled))\b",
    regex.IGNORECASE,
)
# "was commissioned by President Ruto", "inaugurated by Kenyan President Ruto": a head of state or government as
# the agent.
_BY_LEADER = regex.compile(
    r"\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}?(?:President|Prime\s+Minister|Premier|King|Emir|Sultan|"
    r"Chancellor|Vice\s+President|Vice\s+Premier|Crown\s+Prince)\b"
)
# "agreed to study", "agreed to deepen cooperation": an agreed intention of a vague kind is no signing.
_VAGUE_AGREED_AFTER = regex.compile(
    r"\s+(?:(?:in|on|at|during)\s+[^,;]{1,40}?\s+)?to\s+(?:further\s+|jointly\s+|actively\s+)?"
    r"(?:study|explore|consider|look|deepen|strengthen|enhance|promote|continue|maintain|support|work|keep|boost|"
    r"push|advance|cooperate|seek|discuss|examine|intensify|broaden)\b",
    regex.IGNORECASE,
)
# "a sale of that stake to X was agreed", "the terms were agreed": a deal noun as the subject of a passive.
_DEAL_PASSIVE_BEFORE = regex.compile(
    r"(?r)\b(?P<det>no\s+(?:[\w-]+\s+)?)?(?:sales?|deals?|agreements?|contracts?|purchases?|acquisitions?|takeovers?|"
    r"mergers?|transfers?|terms|prices?|loans?|financing|tariffs?)\b(?:\s+[^\s;.]+){0,12}?\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|formally|finally|officially)\s+)?$",
    regex.IGNORECASE,
)
_WITH = regex.compile(r"\s+with\s+(?:the\s+)?")
_COORDINATION_GAP = regex.compile(r"\s*(?:,\s*|\s+and\s+|\s*,\s+and\s+)(?:the\s+)?$")
_SUBJECT_GAP = regex.compile(
    r"(?:\s+\([^()]{1,30}\))?\s+(?:(?:have|has|had|also|both|finally|formally|then|later|jointly)\s+)*$",
    regex.IGNORECASE,
)
# "pledged K1.2 billion (about US$45 million) to expand its smelter": money for building work.
_BUILD_PURPOSE = regex.compile(
    r"\bto\s+(?:\w+ly\s+)?(?:expand|build|construct|upgrade|develop|set\s+up|establish|modernise|modernize|"
    r"extend|rehabilitate|renovate|install|erect)\b",
    regex.IGNORECASE,
)
_FINANCIAL_CLOSE = regex.compile(r"\b(?:reached|reaches|achieved|achieves)\s+financial\s+close\b", regex.IGNORECASE)
_OF = regex.compile(r"\s+of\s+")


def first_words(text: str, position: int, limit: int, count: int) -> str:
    """Return the first ``count`` (5, 6 or 8) words of ``text[position:limit]``, joined by spaces.

    A word is a run of word characters, apostrophes, ampersands, dots and hyphens.
    """
    match = _FIRST_WORDS[count].search(text, position, limit)
    return "" if match is None else _GAPS.sub(" ", match.group())


def last_words(text: str, position: int, limit: int, count: int) -> str:
    """Return the last ``count`` (2, 3 or 5) words of ``text[position:limit]``, joined by spaces."""
    match = _LAST_WORDS[count].search(text, position, limit)
    return "" if match is None else _GAPS.sub(" ", match.group())


def _has_amount(index: FactIndex, start: int, end: int, *, figure: bool) -> bool:
    """True when a quantity starts in ``[start, end)``: any but a span of time or a share (``figure``: nor a
    length or an area)."""
    skipped = _NOT_A_FIGURE_UNIT if figure else _NOT_GOODS_UNIT
    for amount in index.amounts_between(start, end):
        if amount.kind == "quantity" and getattr(amount.value, "unit", None) not in skipped:
            return True
    return False


def _has_count(index: FactIndex, start: int, end: int) -> bool:
    """True when a quantity of counted things starts in ``[start, end)``: not a span of time, a share, nor a
    mass, volume or energy figure."""
    for amount in index.amounts_between(start, end):
        unit = getattr(amount.value, "unit", None)
        if amount.kind == "quantity" and unit not in _NOT_GOODS_UNIT and unit not in _MEASURE_UNITS:
            return True
    return False


def measure_after(index: FactIndex, start: int, end: int) -> bool:
    """True when the first quantity starting in ``[start, end)`` is a mass, volume or energy (``15 billion cubic
    metres of gas``, ``2 million tonnes of ore``): a trade figure, not a count of goods (``40 turbine blades for a
    100 MW farm``: the blades are what was delivered, the farm's size only describes where they go)."""
    for amount in index.amounts_between(start, end):
        if amount.kind == "quantity":
            return getattr(amount.value, "unit", None) in _MEASURE_UNITS
    return False


def _has_money(index: FactIndex, start: int, end: int) -> bool:
    return any(amount.kind == "money" for amount in index.amounts_between(start, end))


# ------------------------------------------------------------------ the checks, one per requirement


def _support(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return lex.support_before.search(text, max(c_start, start - 70), start) is not None


def _goods(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return bool(lex.goods.search(first_words(text, end, c_end, 6))) or _has_amount(
        index, end, min(c_end, end + 40), figure=False
    )


def _agreement(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return bool(lex.agreement.search(first_words(text, end, c_end, 8)))


def _agreement_before(
    lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int
) -> bool:
    return bool(lex.agreement.search(text, max(c_start, start - 80), start))


def _goods_before(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    window = max(c_start, start - 50)
    return bool(lex.goods.search(last_words(text, window, start, 5))) or _has_amount(index, window, start, figure=False)


def _output(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    # "generated 7,800 GWh": a quantity (of any unit but time or a share) right after
    return _has_amount(index, end, min(c_end, end + 30), figure=False)


def _count(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return _has_count(index, end, min(c_end, end + 30))


def _money(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    window = _MONEY_QUALIFIERS.match(text, end, c_end)
    return window is not None and _has_money(index, end, window.end() + 1)


def _asset(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    if lex.physical.search(_BELT_AND_ROAD.sub(" ", first_words(text, end, c_end, 6))):
        return True
    if _STAKE_OBJECT.match(text, end, c_end):
        return True  # "bought a 9% stake in ...": a share of a company
    if _SHARE_OF_OBJECT.match(text, end, c_end):
        return True  # "acquired a further 15 percent of NSHE"
    if _STAKE_RELATIVE_BEFORE.search(text, max(0, start - 40), start):
        return True  # "a stake it bought for EUR 2.1bn"
    relative = _RELATIVE_BEFORE.search(text, max(0, start - 80), start)
    if relative is None:
        return False
    head = last_words(text, max(0, relative.start() - 40), relative.start(), 2)
    return bool(lex.physical.search(head) or _STAKE_WORD.search(head))  # "a stake it bought for EUR 2.1bn"


def _share_object(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    """A share of a company as the object (``took a further 16% of the port company``), without a stake noun."""
    share = _SHARE_OF_OBJECT.match(text, end, c_end)
    return share is not None and _MARKET_AFTER.match(text, share.end() - 1, min(c_end, share.end() + 40)) is None


# "took 35% of the Russian market": a share of a market or of trade, not of a company.
_MARKET_AFTER = regex.compile(
    r"[\w\s-]*?\b(?:market|markets|exports|imports|sales|demand|trade|output|production|supply|consumption)\b"
)


def _company_sold(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    """A named company bought from its seller, in a relative clause on the company (``Rossing Uranium, which CNNC
    bought from Rio Tinto in 2019``): the purchase of a company is an investment (not ``the buses, which ...``)."""
    if not text.startswith(" from ", end):
        return False
    relative = _COMMA_RELATIVE_BEFORE.search(text, max(0, start - 80), start)
    if relative is None:
        return False
    head_end = relative.start()
    return any(
        entity.kind == "organisation" and entity.end == head_end
        for entity in index.parties_between(max(0, head_end - 80), head_end)
    )


_COMMA_RELATIVE_BEFORE = regex.compile(r"(?r),\s+(?:which|that)\s+(?:[\w&.'-]+\s+){1,6}?(?:had\s+|has\s+)?$")
_STAKE_OBJECT = regex.compile(
    r"\s+(?:a|an|the|its|their)\s+(?:[\w.%-]+\s+){0,3}?(?:stake|share|shareholding|interest)\b"
)
# "acquired a further 15 percent of NSHE", "bought 30% of the operator": a share of a company as the object.
_SHARE_OF_OBJECT = regex.compile(
    r"\s+(?i:(?:a|an)\s+(?:further|additional|extra|controlling|majority|minority)\s+|another\s+|the\s+remaining\s+)?"
    r"\d[\d.,]*\s*(?i:percent|per\s+cent|%)\s+(?i:(?:stake|share|interest|equity)\s+)?(?:of|in)\s+"
    r"(?![^\s,;]+'s\b)(?:the\s+)?(?:[A-Z]|(?:company|firm|operator|venture|joint\s+venture|project\s+company)\b)"
)
# (not "bought 71% of Peru's copper exports": a share of a country's trade)
_STAKE_RELATIVE_BEFORE = regex.compile(
    r"\b(?:stake|stakes|shareholding)\s+(?:(?:which|that)\s+)?(?:it|they|the\s+\w+|[A-Z][\w-]*)\s+(?:had\s+|has\s+)?$"
)
_STAKE_WORD = regex.compile(r"\b(?:stake|stakes|shareholding)\b")


def _money_after(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return _has_money(index, end, min(c_end, end + 60))


def _amount_of(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    # "an investment of USD 1 billion"; not "total investment of": a running figure
    of = _OF.match(text, end, c_end)
    return (
        of is not None
        and _has_money(index, of.end(), of.end() + 1)
        and _INDEFINITE_BEFORE.search(text, max(c_start, start - 20), start) is not None
    )


def _on_physical(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    on = _ON_THE.match(text, end, c_end)
    if on is None:
        return False
    topic = first_words(text, on.end(), c_end, 5)
    return (
        bool(lex.physical.search(topic))
        and not _PAPER_SUBJECT.search(topic)  # "work on the feasibility study for the bridge"
        and not lex.future_before.search(text, end, c_end)
        and not _GOES_ON.search(text, end, c_end)
    )


# "work on the Budapest-Kelebia section continues": a state of things, not a step in them
_GOES_ON = regex.compile(r"\b(?:continues|continue|is\s+continuing|is\s+ongoing|goes\s+on|is\s+still)\b")


def _acquire(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return lex.acquire_before.search(text, max(c_start, start - 60), start) is not None


def _kind_before(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return (
        _VISIT_KIND_BEFORE.search(text, max(c_start, start - 20), start) is not None
        or _TRIP_VERB_BEFORE.search(text, max(c_start, start - 50), start) is not None
    )


def _during(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return _DURING_BEFORE.search(text, max(c_start, start - 30), start) is not None


def _delegation(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return _DELEGATION_AFTER.match(text, end, c_end) is not None


def _gathering(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    if _GATHERING_AFTER.match(text, end, c_end) is not None:
        return True
    # "The meeting was co-chaired by ...": the gathering as the subject of the passive
    return _GATHERING_PASSIVE_BEFORE.search(text, max(c_start, start - 60), start) is not None


def _held(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    held = _HELD_AFTER.match(text, end, c_end)
    if held is None:
        return False
    return held.group("attended") is None or (
        not text.startswith(("ceremon", "Ceremon"), start)  # "after a ceremony attended by": the opening's setting
        and _INDEFINITE_GATHERING_BEFORE.search(text, max(c_start, start - 40), start) is not None
    )


def _sited(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return _SITED.search(text, max(c_start, start - 30), start) is not None and bool(
        _SITE_AFTER.match(text, end, c_end)
    )


def _passive(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return _BE_BEFORE.search(text, max(c_start, start - 30), start) is not None


def _started(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return lex.start_before.search(text, max(c_start, start - 40), start) is not None


def _plural(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return bool(
        lex.plural_subject.search(text, max(c_start, start - 40), start)
        or _PLURAL_PAIR.search(text, max(c_start, start - 60), start)
        or lex.plural_of_name.search(text, max(c_start, start - 70), start)
    )


def _physical(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    if _PAPER_OBJECT.match(text, end, c_end):
        return False  # "the railway, for which X completed a feasibility study": paper, not the work
    physical = lex.physical
    part = _PART_OF_AFTER.match(text, end, c_end)
    if part is not None:
        end = part.end() - 1  # "completed the foundations of its 30 GWh cell factory": the work is what follows
    if physical.search(_BELT_AND_ROAD.sub(" ", first_words(text, end, c_end, 6))):
        return True
    if physical.search(last_words(text, max(c_start, start - 40), start, 3)):
        return True
    measured = index.amounts_between(end, min(c_end, end + 12))
    if measured and _DETERMINER_GAP.fullmatch(text, end, measured[0].start):
        # "completed the 1,500 MW Shuaibah 2 solar plant": the size takes the words the work is looked for in
        return physical.search(first_words(text, measured[0].end, c_end, 6)) is not None
    return _relative_object(lex, text, index, start)


_PAPER_OBJECT = regex.compile(
    r"\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:study|studies|design|designs|survey|surveys|assessment|assessments|report|plan|review|audit)\b"
)
_DETERMINER_GAP = regex.compile(r"\s+(?:the|a|an|its|their|a\s+new|the\s+new)\s+")
# A part of a built work before the work itself: "the foundations of", "the main structure of", "the roof of".
_PART_OF_AFTER = regex.compile(
    r"\s+(?:the|its|their)\s+(?:first\s+|main\s+|last\s+|final\s+)?"
    r"(?:foundations?|structure|roof|roofing|shell|deck|piling|piles|frame|basement|groundworks?)\s+of\s"
)


def _relative_object(lex: Lexicon, text: str, index: FactIndex, start: int) -> bool:
    """True for a built thing named before a relative clause whose subject is a party right before the trigger:
    ``the Payra channel, which China Harbour completed in 2023``, ``the park that CCECC built``."""
    pronoun = _RELATIVE_PRONOUN_SUBJECT.search(text, max(0, start - 30), start)
    if pronoun is not None:  # "the 2,060 MW plant near Al Kharj, which it completed in December 2024"
        head = last_words(text, max(0, pronoun.start() - 60), pronoun.start(), 3)
        return bool(lex.physical.search(head))
    before = index.parties_between(max(0, start - 100), start)
    if not before or not _SUBJECT_TO_VERB.fullmatch(text, before[-1].end, start):
        return False
    subject = before[-1]
    if len(before) > 1 and text[before[-2].end : subject.start] == " (":
        subject = before[-2]  # "China Civil Engineering Construction Corporation (CCECC) completed"
    relative = _RELATIVE_OPENING.search(text, max(0, subject.start - 12), subject.start)
    if relative is None:
        return False
    return bool(lex.physical.search(last_words(text, max(0, relative.start() - 60), relative.start(), 3)))


_RELATIVE_PRONOUN_SUBJECT = regex.compile(r",?\s+(?:which|that)\s+(?:it|they)\s+(?:(?:has|had|have)\s+)?$")
# "which" / "that" opening a relative clause, right before its subject.
_RELATIVE_OPENING = regex.compile(r"(?r),?\s+(?:which|that)\s+$")
# Between a relative clause's subject (a party) and its verb: "... CCECC (has) completed", "China (had) built".
_SUBJECT_TO_VERB = regex.compile(r"\)?\s+(?:(?:has|had|have)\s+)?")


def _figure(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    if _has_amount(index, end, c_end, figure=True) or _THE_FIRST.match(text, end, c_end):
        return True
    for amount in index.amounts_between(end, c_end):
        if amount.kind == "quantity":
            # "the plant's trial output covered 15% of cement demand": a share of a market, not an output figure
            if getattr(amount.value, "unit", None) == "%":
                return False
            break
    return bool(index.dates_between(c_start, c_end))


def _party(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return _PARTY_AFTER.match(text, end, c_end) is not None or lex.counterpart.match(text, end, c_end) is not None


def _agent(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return bool(_POSSESSIVE_AGENT.search(text, max(c_start, start - 50), start) or _BY_AGENT.match(text, end, c_end))


def appositive_by(text: str, start: int, end: int, c_start: int, c_end: int) -> bool:
    """True when the trigger is a participle set off by a comma with its agent after it (``, built by X``)."""
    return bool(_BY.match(text, end, c_end) and _APPOSITIVE_COMMA_BEFORE.search(text, max(c_start, start - 20), start))


def ongoing_after(text: str, end: int, c_end: int) -> bool:
    """True when the clause after ``end`` says the work goes on (``..., will link``, ``..., was 45 percent
    complete``)."""
    return _ONGOING_AFTER.search(text, end, min(c_end, end + 200)) is not None


def _by_agent(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    """``a new yard at Terespol, built by Budimex for 90 million zloty``: the participle describes a thing built,
    unless the main clause after it says the work goes on (``..., built by X, will link``)."""
    if ongoing_after(text, end, c_end):
        return False
    return appositive_by(text, start, end, c_start, c_end) or _measured_by(text, index, start, end, c_start, c_end)


def _physical_before(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    """A built thing named earlier in the clause, near the trigger: ``the 66km road from Huye to Kibeho, upgraded
    by CRBC`` (not ``its software, upgraded by Huawei``)."""
    return lex.physical.search(text, max(c_start, start - 80), start) is not None


def _measured_by(text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    """``a 1,974-metre span built by Astaldi``, ``a 30 MW plant built by X``: a reduced relative whose head noun
    is sized by a length, an area or a power (a built work's measures), its builder after ``by``."""
    if _BY.match(text, end, c_end) is None:
        return False
    sizes = index.amounts_between(max(c_start, start - 40), start)
    if not sizes or getattr(sizes[-1].value, "unit", None) not in _WORK_SIZE_UNITS:
        return False
    return _SIZED_HEAD_GAP.fullmatch(text, sizes[-1].end, start) is not None


# The measures of a built work (not of goods: "a 40-tonne truck built by"): length, area, power and capacity.
_WORK_SIZE_UNITS = frozenset({"m", "km", "mi", "ft", "m2", "km2", "ha", "acre", "MW", "GW", "kV", "MVA", "GWh"})
# One or two lowercase words between a size and a participle: "1,974-metre span built", "30 MW solar plant built".
_SIZED_HEAD_GAP = regex.compile(r"(?:-|\s+)?(?:[a-z][\w-]*\s+){1,2}")


def _passive_by(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return _BY.match(text, end, c_end) is not None and _passive(lex, text, index, start, end, c_start, c_end)


def _by_leader(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return _BY_LEADER.match(text, end, c_end) is not None


def by_leader(text: str, end: int, limit: int) -> bool:
    """True when a head of state or government is the agent right after ``end`` (``commissioned by President
    Ruto``)."""
    return _BY_LEADER.match(text, end, limit) is not None


def _named_party(entity: object) -> bool:
    """An organisation or a country: a party that can agree (not a region, ``Africa``; not a city)."""
    kind = getattr(entity, "kind", "")
    return kind == "organisation" or (
        kind == "place" and getattr(getattr(entity, "value", None), "type", "") == "country"
    )


def _agreed(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    """``X and Y (have) agreed``, ``X agreed with Y``: named parties agreeing, not on a vague intention
    (``agreed to study``); or a deal noun agreed in the passive with a date (``a sale ... was agreed in June
    2022``; not ``no final contract had been agreed``)."""
    if _VAGUE_AGREED_AFTER.match(text, end, c_end):
        return False
    deal = _DEAL_PASSIVE_BEFORE.search(text, max(c_start, start - 90), start)
    if deal is not None:
        return deal.group("det") is None and bool(index.dates_between(end, c_end))
    before = [e for e in index.parties_between(max(c_start, start - 120), start) if e.end <= start]
    if not before or not _named_party(before[-1]) or not _SUBJECT_GAP.match(text, before[-1].end, start):
        return False
    if (
        len(before) >= 2
        and _named_party(before[-2])
        and _COORDINATION_GAP.match(text, before[-2].end, before[-1].start)
    ):
        return True
    with_ = _WITH.match(text, end, c_end)
    if with_ is None:
        return False
    after = index.parties_between(with_.end(), with_.end() + 1)
    return bool(after) and _named_party(after[0])


def _purpose(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return _BUILD_PURPOSE.search(text, end, min(c_end, end + 100)) is not None


def _closed(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return _FINANCIAL_CLOSE.search(text, end, min(c_end, end + 150)) is not None


# "completed the acquisition of a 10 percent stake", "closed the purchase of": a deal noun completed.
_COMPLETED_BEFORE = regex.compile(
    r"(?r)\b(?:completed|completes|finali[sz]ed|finali[sz]es|closed|closes|concluded|concludes)\s+"
    r"(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}?$",
    regex.IGNORECASE,
)
_OF_AFTER = regex.compile(r"\s+of\s")
# "witnessed the signing of 34 agreements", "attended the signing of the contract".
_WITNESSED_BEFORE = regex.compile(
    r"(?r)\b(?:witnessed|witness|witnesses|attended|oversaw|presided\s+over)\s+(?:the|a)\s+$", regex.IGNORECASE
)
# "Work began in June 2019", "Construction started in 2021", "construction work commenced".
_WORK_SUBJECT_BEFORE = regex.compile(
    # not after another word ("the road construction began" names its work), unless a conjunction or a
    # reporting verb: "said construction began in January 2021", "since construction began"
    r"(?r)(?:(?<![\w-]\s)|(?<=\b(?:since|said|says|that|and|after|when|as|but|before|until|once)\s))"
    r"\b(?:[Ww]orks?|[Cc]onstruction|[Cc]onstruction\s+works?|[Bb]uilding\s+works?)\s+"
    r"(?:(?:also|first|finally|officially|formally)\s+)?$"
)


def _completed_of(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return bool(_COMPLETED_BEFORE.search(text, max(c_start, start - 60), start) and _OF_AFTER.match(text, end, c_end))


def _witnessed_of(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return bool(_WITNESSED_BEFORE.search(text, max(c_start, start - 30), start) and _OF_AFTER.match(text, end, c_end))


def _work_subject(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    if _WORK_SUBJECT_BEFORE.search(text, max(c_start, start - 30), start) is not None:
        return True
    head = _WORK_SUBJECT_HEAD.match(text, c_start, start)
    if (
        head is not None
        and not _FINITE_WORD.search(text, head.end(), start)
        and not _PAPER_SUBJECT.search(text, head.end(), start)
    ):
        return True  # "Site preparation on the 60-hectare plot next to the car factory started last month"
    # "Since the project started in February 2020": a project that starts, with no object, starts its building
    return bool(
        _PROJECT_SUBJECT_BEFORE.search(text, max(c_start, start - 30), start) and _NO_OBJECT_AFTER.match(text, end)
    )


def _guest(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return guest_after(text, end, c_end)


def _supplied(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    """Goods counted right after the verb and their supplier after them: ``received 10 new locomotives from CRRC
    Dalian``, ``received 17 coaches built by CRRC`` (not a port's ``received 33 vessels``, not ``received an
    order for 1,000 buses``)."""
    counted = _COUNTED_GOODS_AFTER.match(text, end, c_end)
    if counted is None:
        return False
    return _SUPPLIER_AFTER.search(text, counted.end(), min(c_end, counted.end() + 60)) is not None


_COUNTED_GOODS_AFTER = regex.compile(
    r"\s+(?:the\s+first\s+|another\s+|a\s+further\s+)?\d[\d,.]*\s+(?:million\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?!(?:vessels?|ships?|calls?|containers?|TEU|passengers?|visitors?|tourists?|applications?)\b)[a-z]+s\b"
)
_SUPPLIER_AFTER = regex.compile(r"\b(?:from|built\s+by|made\s+by|manufactured\s+by|supplied\s+by)\s")


def guest_after(text: str, end: int, limit: int) -> bool:
    """True when a guest follows a host's verb (``received the Chairman of TBEA``, ``received a delegation``)."""
    return _GUEST_AFTER.match(text, end, limit) is not None


# "Leader of the Nation receives the Chairman of the Board of TBEA", "received a delegation led by", "received in
# Tashkent a delegation": a host receiving a guest (not: received 50 buses, received an award)
_GUEST_AFTER = regex.compile(
    r"(?:\s+(?:in|at)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?,?)?"  # "received in Tashkent a delegation"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:visiting\s+|high-level\s+|\w+\s+)?"
    r"(?:delegation|delegations|Chairman|Chairwoman|President|Prime\s+Minister|Minister|Ambassador|Vice|Deputy|CEO|"
    r"Secretary|Governor|Special\s+Envoy|chairman|president|minister|ambassador|envoy|leaders?\s+of|"
    r"executives\s+of|representatives\s+of)\b"
)


def _possessed(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    # with its own date: "His visit to the plant lasted two hours" tells of a visit told before
    return _POSSESSIVE_BEFORE.search(text, max(c_start, start - 25), start) is not None and bool(
        index.dates_between(c_start, c_end)
    )


# "During his visit to Tanzania", "her two-day visit": a visit someone made
_POSSESSIVE_BEFORE = regex.compile(r"(?r)\b(?:his|her|their)\s+(?:[\w-]+\s+)?$", regex.IGNORECASE)
_PROJECT_SUBJECT_BEFORE = regex.compile(r"(?r)\b(?:the|[Tt]he)\s+(?:[\w-]+\s+)?project\s+(?:(?:first|officially)\s+)?$")
# A building task opening the clause, with what it is done on: "Construction of the plant next to ...", "Site
# preparation on the plot ..."; the trigger must be the clause's first verb.
_WORK_SUBJECT_HEAD = regex.compile(
    r"\s*(?:The\s+)?(?:[Ss]ite\s+preparation|(?:[A-Z][a-z]+\s+)?(?:[Pp]aving|[Pp]iling|[Dd]redging|[Ee]xcavation)|[Cc]onstruction|[Ww]orks?|[Ee]arthworks|[Bb]uilding\s+work)\s+(?:on|of|at)\s"
)
_FINITE_WORD = regex.compile(r"\b(?:is|was|are|were|has|have|had|will|would|which|that|who)\b|,")
_NO_OBJECT_AFTER = regex.compile(r"\s*(?:[.,;]|$)|\s+(?:in|on|at|last|this|early|late|back)\b")


def _work_object(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return _WORK_OBJECT_AFTER.match(text, end, c_end) is not None


def _work_before(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    """A passive whose subject, earlier in the sentence, is a built work or a building task (``The first section
    of the motorway, 41 kilometers long, was completed``, ``Track laying was completed``, ``Work started in 2021 and
    was completed``, ``The SCHIP, also built by CHEC, was completed``), or a note with no
    subject and a date right after (a tracker's ``* Ring road (Croatia): EUR 72m; CRBC; completed Jun 2024``)."""
    if _BE_BEFORE.search(text, max(c_start, start - 30), start) is not None:
        window_start = max(0, start - 120)
    elif _NOTE_BEFORE.search(text, max(0, start - 3), start) and index.dates_between(end, end + 3):
        window_start = max(0, start - 160)
    else:
        return False
    stop = max(text.rfind(". ", window_start, start), text.rfind("\n", window_start, start))
    subject = text[max(window_start, stop + 1) : start]
    if _PAPER_SUBJECT.search(subject):
        return False  # "the contract for the railway was completed": a deal, not a work
    return lex.physical.search(subject) is not None or _TASK_SUBJECT.search(subject) is not None


_NOTE_BEFORE = regex.compile(r"(?:^|[;:]\s*|\.\s)$")
_PAPER_SUBJECT = regex.compile(
    r"\b(?:contract|agreement|deal|acquisition|sale|purchase|transaction|study|design|survey|negotiations?|"
    r"financing|loan|review|audit|tender|bidding|application|procedure)s?\b",
    regex.IGNORECASE,
)
_TASK_SUBJECT = regex.compile(
    r"\b(?:track[\s-]+laying|tracklaying|installation|earthworks|civil\s+works|construction(?:\s+works?)?|"
    r"the\s+works|[Ww]ork\s+(?:started|began|begun|commenced)|excavation|boring|tunnelling|tunneling|paving|"
    r"electrification|(?:built|constructed)\s+by)\b",
    regex.IGNORECASE,
)


# "CHEC started works on February 3", "began site preparation at Mongla": the start of building work told with
# the builder as the subject (not "began work on the feasibility study": a paper, not a work)
_WORK_OBJECT_AFTER = regex.compile(
    r"\s+(?:the\s+|its\s+|their\s+)?(?:main\s+|civil\s+|construction\s+|building\s+|preparatory\s+|physical\s+)?"
    r"(?:works?|construction|site\s+preparation|earthworks|piling|welding|track[\s-]?laying|excavation|drilling)\b"
    r"(?!\s+(?:on|of|for)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:feasibility|study|studies|design|designs|survey|surveys|plan|plans|report|proposal)\b)"
)


def _never(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    return False


# What a reception, gala or banquet is held for, right after it in its clause: "a reception in Harare on 28
# September marking the 76th anniversary of ...", "a gala to celebrate National Day".
_OCCASION_AFTER = regex.compile(
    r"\b(?:marking|to\s+mark|celebrating|to\s+celebrate|commemorating|to\s+commemorate|in\s+celebration\s+of|"
    r"on\s+the\s+occasion\s+of|in\s+honou?r\s+of)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:anniversary|national\s+day|independence\s+day|founding|spring\s+festival|lunar\s+new\s+year)\b",
    regex.IGNORECASE,
)


def _marking(lex: Lexicon, text: str, index: FactIndex, start: int, end: int, c_start: int, c_end: int) -> bool:
    """An occasion after a reception or gala in its clause (within 120 characters): ``a reception in Harare on
    28 September marking the 76th anniversary of ...``; not ``the reception area``, ``a warm reception``."""
    return _OCCASION_AFTER.search(text, end, min(c_end, end + 120)) is not None


_CHECKS: dict[str, Check] = {
    "support": _support,
    "goods": _goods,
    "agreement": _agreement,
    "agreement_before": _agreement_before,
    "goods_before": _goods_before,
    "output": _output,
    "count": _count,
    "money": _money,
    "asset": _asset,
    "money_after": _money_after,
    "amount_of": _amount_of,
    "on_physical": _on_physical,
    "acquire": _acquire,
    "kind_before": _kind_before,
    "during": _during,
    "delegation": _delegation,
    "gathering": _gathering,
    "held": _held,
    "sited": _sited,
    "passive": _passive,
    "started": _started,
    "plural": _plural,
    "physical": _physical,
    "physical_before": _physical_before,
    "figure": _figure,
    "share_object": _share_object,
    "company_sold": _company_sold,
    "party": _party,
    "agent": _agent,
    "by_agent": _by_agent,
    "passive_by": _passive_by,
    "by_leader": _by_leader,
    "agreed": _agreed,
    "purpose": _purpose,
    "closed": _closed,
    "completed_of": _completed_of,
    "witnessed_of": _witnessed_of,
    "work_subject": _work_subject,
    "work_object": _work_object,
    "work_before": _work_before,
    "possessed": _possessed,
    "guest": _guest,
    "supplied": _supplied,
    "marking": _marking,
}

REQUIREMENT_NAMES = frozenset(_CHECKS) | {"-"}
"""The requirement names a lexicon line may use (``-``: none)."""

# The checks of each ``requires`` value: any one tuple of checks, all of whose checks hold, is enough; ``-``
# (nothing required) is one empty tuple.
_CHECKS_OF: dict[str, tuple[tuple[Check, ...], ...]] = {}


def _checks_of(requires: str) -> tuple[tuple[Check, ...], ...]:
    checks = _CHECKS_OF.get(requires)
    if checks is None:
        checks = _CHECKS_OF[requires] = tuple(
            tuple(_CHECKS.get(part, _never) for part in alternative.split("&") if part != "-")
            for alternative in requires.split("|")
        )
    return checks


def requirements_met(
    lex: Lexicon, text: str, index: FactIndex, entry: TriggerEntry, start: int, end: int, clause: tuple[int, int]
) -> bool:
    """True when one of the requirements of the lexicon line ``entry`` holds around the trigger at
    ``[start, end)`` in its ``clause`` (``support&money``: both conditions must hold)."""
    c_start, c_end = clause
    for checks in _checks_of(entry.requires):
        for check in checks:
            if not check(lex, text, index, start, end, c_start, c_end):
                break
        else:
            return True
    return False
