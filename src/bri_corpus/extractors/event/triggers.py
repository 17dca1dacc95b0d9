"""Find event triggers: lexicon matches that pass their requirement and the general filters.

General filters, from the gold NOTES: no future intentions (``will sign``,
``ensure delivery``), no negated events, no figurative uses (``delivered a
speech``, ``met the requirements``), no infinitives of purpose (``to deliver
the goods``) and no gerunds after a preposition (``in producing``), no matches
inside an organisation, place or summit name (``China Construction Bank``).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

import attrs
import regex

from .clauses import SentenceClauses
from .entities import Entity, FactIndex
from .lexicon import Lexicon, TriggerEntry, lexicon

__all__ = ["Trigger", "find_triggers"]

_INFINITIVE = regex.compile(r"\bto\s+(?:\w+ly\s+)?$", regex.IGNORECASE)
_INFINITIVE_OK = regex.compile(r"\b(?:project|projects|began|begun|started|continued|went\s+on)\s+to\s+$")
_GERUND_AFTER_PREPOSITION = regex.compile(
    r"(?r)\b(?:of|in|for|by|on|at|about|after|before|without|to|towards)\s+$", regex.IGNORECASE
)
_IN_ORDER_TO = regex.compile(r"\s+to\b")
_WORDS = regex.compile(r"[\w'&.-]+")
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
_STAKE = regex.compile(r"\b(?:stake|equity|shares\s+in)\b", regex.IGNORECASE)
_NOT_GOODS_UNIT = frozenset({"year", "day", "month", "hour", "week", "%"})
# Units of mass, volume or energy: "exported 385,000 tonnes of copper" is a trade figure, not a shipment of
# counted goods ("exported 3,000 vehicles").
_MEASURE_UNITS = frozenset(
    {
        *("g", "kg", "t", "lb", "l", "m3", "bbl", "W", "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh", "MVA", "kV"),
        *("mm", "cm", "m", "km", "ft", "mi", "nmi", "m2", "km2", "ha", "acre", "mu", "km/h", "mph", "t/year"),
    }
)
# "more than 300 Chinese enterprises had invested", "20 Arab states that have signed": a counted subject with a
# perfect tense is a running tally of many occurrences, not one event.
_TALLY_SUBJECT_BEFORE = regex.compile(
    r"\b\d[\d,.]*\+?\s+(?:[A-Za-z][\w-]*\s+){0,4}?[a-z][\w-]*s\s+(?:(?:that|which|who)\s+)?(?:have|had)\s+"
    r"(?:(?:already|so\s+far|now|also|\w+ly)\s+)?$"
)
# "have built or plan to build", "signed or will sign": one verb coordinated with an intention is no occurrence.
# "the steel mill, which the steelmaker bought": the noun before "which"/"that" is the object of the verb.
_RELATIVE_BEFORE = regex.compile(r"(?r),?\s+(?:which|that)\s+(?:[\w-]+\s+){1,4}$")
_OR_INTENTION_AFTER = regex.compile(
    r"\s+(?:or|and/or)\s+(?:plan|plans|planned|intend|intends|will|are\s+planning|are\s+set|expect|expects)\b",
    regex.IGNORECASE,
)
# "was built", "is being built", and a second participle: "was invested in and built by", "was designed and built".
_BE_BEFORE = regex.compile(
    r"(?r)\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|now|already|fully|jointly|\w+ly)\s+)?"
    r"(?:\w+ed(?:\s+in)?\s+and\s+)?$"
)
_HELD_AFTER = regex.compile(r"\s+(?:(?:that|which)\s+)?(?:was\s+|were\s+)?held\b")
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
_ON_THE = regex.compile(r"\s+on\s+(?:the\s+)?")
_OF = regex.compile(r"\s+of\s+")
# "an agreement on the construction of", "a contract for the delivery of": a nominal trigger that names what was
# agreed on is no event of its own.
_AGREEMENT_OBJECT_BEFORE = regex.compile(
    r"(?r)\b(?:agreements?|contracts?|deals?|memorand(?:um|a)|MoUs?|accords?|treat(?:y|ies)|protocols?|talks|"
    r"negotiations|plans?|proposals?|tenders?|bids?|study|studies)\s+(?:on|for|about|regarding|concerning)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:joint\s+)?$",
    regex.IGNORECASE,
)
_PARTICIPLE_OF_OTHER_EVENT = frozenset({"assembled", "manufactured", "produced", "made"})
_NOUN_BEFORE = regex.compile(r"(?r)\b[\w-]*[a-z]\s+$")
_AUXILIARY_BEFORE = regex.compile(
    r"(?r)\b(?:is|are|was|were|be|been|being|has|have|had|and|which|that|who|it|they|also|first)\s+$",
    regex.IGNORECASE,
)


@attrs.frozen
class Trigger:
    """A trigger that passed the filters.

    Attributes:
        type: the event type.
        start, end: its normalised span.
        sentence: index of its sentence.
        clause: (start, end) of its clause.
        entry: the lexicon line it came from.
    """

    type: str
    start: int
    end: int
    sentence: int
    clause: tuple[int, int]
    entry: TriggerEntry


def _words_after(text: str, position: int, limit: int, count: int) -> str:
    """Return the first ``count`` words of ``text[position:limit]``, joined by spaces."""
    window = text[position:limit]
    return " ".join(word.group() for word in itertools.islice(_WORDS.finditer(window), count))


def _inside(entities: Sequence[Entity], starts: Sequence[int], start: int, end: int) -> bool:
    index = bisect.bisect_right(starts, start) - 1
    return index >= 0 and entities[index].start <= start and end <= entities[index].end


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


def _has_money(index: FactIndex, start: int, end: int) -> bool:
    return any(amount.kind == "money" for amount in index.amounts_between(start, end))


def _all_met(
    lex: Lexicon, text: str, index: FactIndex, parts: tuple[str, ...], start: int, end: int, clause: tuple[int, int]
) -> bool:
    """True when every condition of one requirement (``support&money``: both) holds around the trigger."""
    return all(_requirement_met(lex, text, index, part, start, end, clause) for part in parts)


def _requirement_met(
    lex: Lexicon, text: str, index: FactIndex, requires: str, start: int, end: int, clause: tuple[int, int]
) -> bool:
    """True when the requirement ``requires`` (one of a lexicon line's) holds around the trigger."""
    c_start, c_end = clause
    if requires == "-":
        return True
    if requires == "support":
        return lex.support_before.search(text, max(c_start, start - 70), start) is not None
    if requires == "goods":
        after = _words_after(text, end, c_end, 6)
        return bool(lex.goods.search(after)) or _has_amount(index, end, min(c_end, end + 40), figure=False)
    if requires == "agreement":
        return bool(lex.agreement.search(_words_after(text, end, c_end, 8)))
    if requires == "agreement_before":
        return bool(lex.agreement.search(text, max(c_start, start - 80), start))
    if requires == "goods_before":
        before = " ".join(_WORDS.findall(text[max(c_start, start - 50) : start])[-5:])
        return bool(lex.goods.search(before)) or _has_amount(index, max(c_start, start - 50), start, figure=False)
    if requires == "output":  # "generated 7,800 GWh": a quantity (of any unit but time or a share) right after
        return _has_amount(index, end, min(c_end, end + 30), figure=False)
    if requires == "count":
        return _has_count(index, end, min(c_end, end + 30))
    if requires == "money":
        window = _MONEY_QUALIFIERS.match(text, end, c_end)
        return window is not None and _has_money(index, end, window.end() + 1)
    if requires == "asset":
        if lex.physical.search(_BELT_AND_ROAD.sub(" ", _words_after(text, end, c_end, 6))):
            return True
        relative = _RELATIVE_BEFORE.search(text, max(0, start - 80), start)
        return relative is not None and bool(
            lex.physical.search(" ".join(_WORDS.findall(text[max(0, relative.start() - 40) : relative.start()])[-2:]))
        )
    if requires == "money_after":
        return _has_money(index, end, min(c_end, end + 60))
    if requires == "amount_of":  # "an investment of USD 1 billion"; not "total investment of": a running figure
        of = _OF.match(text, end, c_end)
        return (
            of is not None
            and _has_money(index, of.end(), of.end() + 1)
            and _INDEFINITE_BEFORE.search(text, max(c_start, start - 20), start) is not None
        )
    if requires == "on_physical":
        on = _ON_THE.match(text, end, c_end)
        return (
            on is not None
            and bool(lex.physical.search(_words_after(text, on.end(), c_end, 5)))
            and not lex.future_before.search(text, end, c_end)
        )
    if requires == "acquire":
        return lex.acquire_before.search(text, max(c_start, start - 60), start) is not None
    if requires == "kind_before":
        return _VISIT_KIND_BEFORE.search(text, max(c_start, start - 20), start) is not None
    if requires == "during":
        return _DURING_BEFORE.search(text, max(c_start, start - 30), start) is not None
    if requires == "delegation":
        return _DELEGATION_AFTER.match(text, end, c_end) is not None
    if requires == "gathering":
        return _GATHERING_AFTER.match(text, end, c_end) is not None
    if requires == "held":
        return _HELD_AFTER.match(text, end, c_end) is not None
    if requires == "sited":
        return _SITED.search(text, max(c_start, start - 30), start) is not None and bool(
            _SITE_AFTER.match(text, end, c_end)
        )
    if requires == "passive":
        return _BE_BEFORE.search(text, max(c_start, start - 30), start) is not None
    if requires == "started":
        return lex.start_before.search(text, max(c_start, start - 40), start) is not None
    if requires == "plural":
        return bool(
            lex.plural_subject.search(text, max(c_start, start - 40), start)
            or _PLURAL_PAIR.search(text, max(c_start, start - 60), start)
            or lex.plural_of_name.search(text, max(c_start, start - 70), start)
        )
    if requires == "physical":
        after = _BELT_AND_ROAD.sub(" ", _words_after(text, end, c_end, 6))
        before = " ".join(_WORDS.findall(text[max(c_start, start - 40) : start])[-3:])
        return bool(lex.physical.search(after) or lex.physical.search(before))
    if requires == "figure":
        if _has_amount(index, end, c_end, figure=True) or _THE_FIRST.match(text, end, c_end):
            return True
        return bool(index.dates_between(c_start, c_end))
    if requires == "party":
        return _PARTY_AFTER.match(text, end, c_end) is not None or lex.counterpart.match(text, end, c_end) is not None
    if requires == "agent":
        return bool(
            _POSSESSIVE_AGENT.search(text, max(c_start, start - 50), start) or _BY_AGENT.match(text, end, c_end)
        )
    return False


def _filtered_out(lex: Lexicon, text: str, entry: TriggerEntry, start: int, end: int, clause: tuple[int, int]) -> bool:
    c_start, c_end = clause
    before = text[c_start:start]
    surface = text[start:end].lower()
    quote_end = before.rfind('"')  # a future inside a quotation closed before the trigger is not its own
    if lex.future_before.search(before, quote_end + 1 if quote_end >= 0 and before.count('"') % 2 == 0 else 0):
        return True
    if lex.negation_before.search(text, max(c_start, start - 30), start):
        return True
    if _TALLY_SUBJECT_BEFORE.search(text, max(c_start, start - 80), start):
        return True
    if _OR_INTENTION_AFTER.match(text, end, c_end):
        return True
    if _INFINITIVE.search(text, max(c_start, start - 30), start) and not _INFINITIVE_OK.search(
        text, max(c_start, start - 40), start
    ):
        return True
    if surface.endswith("ing") and _GERUND_AFTER_PREPOSITION.search(text, max(c_start, start - 15), start):
        return True
    if surface == "order" or surface == "orders":
        if text[max(0, start - 3) : start].lower() == "in " and _IN_ORDER_TO.match(text, end):
            return True
    if " " not in surface and lex.figurative.match(text, end, c_end):
        return True
    if not surface.endswith("ed") and lex.not_event_modifier.match(text, end, c_end):
        return True  # "delivery times", "order book", "output capacity"
    return False


def find_triggers(
    text: str, sentences: Sequence[tuple[int, int]], index: FactIndex, clauses: SentenceClauses | None = None
) -> list[Trigger]:
    """Return the triggers in ``text`` (normalised), in text order.

    One pass of the lexicon's prefilter over the whole text finds the word starts a trigger can begin with;
    only there is the (much slower) trigger alternation tried, within the sentence.  Sentences hold all
    non-blank text, so each candidate lies in the sentence found by position.  ``clauses`` (split on
    demand) may be shared with the caller, which needs the same clauses for the arguments.
    """
    lex = lexicon()
    clauses = clauses or SentenceClauses(text, sentences)
    names = sorted((*index.parties, *index.summits), key=lambda e: e.start)
    name_starts = [e.start for e in names]
    sentence_starts = [start for start, _ in sentences]
    found: list[Trigger] = []
    by_letter = lex.triggers_by_letter
    matched_until = 0
    for position in lex.prefilter.positions(text):
        if position < matched_until:
            continue  # inside the previous trigger ("signing ceremony")
        number = bisect.bisect_right(sentence_starts, position) - 1
        if number < 0:
            continue
        s_start, s_end = sentences[number]
        pattern = by_letter.get(text[position])  # only the lines that can begin with this letter
        match = pattern.match(text, position, s_end) if pattern is not None else None
        if match is None:
            continue
        start, end = match.span()
        matched_until = end
        if _inside(names, name_starts, start, end):
            continue  # tested before the clause is looked up: that may split the sentence
        entry = lex.entry_of(match)
        clause = clauses.holding(number, start)
        requirements = entry.requirements  # any one is enough
        if not _all_met(lex, text, index, requirements[0], start, end, clause) and not any(
            _all_met(lex, text, index, other, start, end, clause) for other in requirements[1:]
        ):
            continue
        if _filtered_out(lex, text, entry, start, end, clause):
            continue
        if _describes_another_event(text, start, end, clause, found):
            continue
        event_type = _retype(lex, text, entry, start, end, clause, (s_start, s_end))
        found.append(Trigger(event_type, start, end, number, clause, entry))
    return found


def _describes_another_event(
    text: str, start: int, end: int, clause: tuple[int, int], found: Sequence[Trigger]
) -> bool:
    """True when the trigger is not an occurrence but part of another one's object.

    ``signed an agreement on the construction of the railway``: the nominal names what was agreed on;
    ``ordered 5,000 cars assembled in Uzbekistan``: the bare participle after a noun describes the goods of the
    event told before it in the clause.
    """
    c_start = clause[0]
    surface = text[start:end].lower()
    if not surface.endswith("ed") and _AGREEMENT_OBJECT_BEFORE.search(text, max(c_start, start - 60), start):
        return True
    if surface in _PARTICIPLE_OF_OTHER_EVENT and found and found[-1].clause == clause and found[-1].end <= start:
        return bool(
            _NOUN_BEFORE.search(text, max(c_start, start - 30), start)
            and not _AUXILIARY_BEFORE.search(text, max(c_start, start - 30), start)
        )
    return False


def _retype(
    lex: Lexicon,
    text: str,
    entry: TriggerEntry,
    start: int,
    end: int,
    clause: tuple[int, int],
    sentence: tuple[int, int],
) -> str:
    """Apply the type calls of the NOTES: aid sent without payment is a donation; a partnership with a stake is
    an investment."""
    if entry.type == "delivery" and lex.aid.search(_words_after(text, end, clause[1], 8)):
        return "donation"
    if entry.type == "signing" and _STAKE.search(text, sentence[0], sentence[1]):
        return "investment"
    return entry.type
