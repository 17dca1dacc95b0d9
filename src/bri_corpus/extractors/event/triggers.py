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
    for amount in index.amounts_between(start, end):
        if amount.kind == "quantity":
            unit = getattr(amount.value, "unit", None)
            if figure and unit in _NOT_A_FIGURE_UNIT:
                continue
            return True
    return False


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
    if requires == "physical":
        after = _BELT_AND_ROAD.sub(" ", _words_after(text, end, c_end, 6))
        before = " ".join(_WORDS.findall(text[max(c_start, start - 40) : start])[-3:])
        return bool(lex.physical.search(after) or lex.physical.search(before))
    if requires == "figure":
        if _has_amount(index, end, c_end, figure=True) or _THE_FIRST.match(text, end, c_end):
            return True
        return bool(index.dates_between(c_start, c_end))
    if requires == "party":
        return _PARTY_AFTER.match(text, end, c_end) is not None
    if requires == "agent":
        return bool(
            _POSSESSIVE_AGENT.search(text, max(c_start, start - 50), start) or _BY_AGENT.match(text, end, c_end)
        )
    return False


def _filtered_out(lex: Lexicon, text: str, entry: TriggerEntry, start: int, end: int, clause: tuple[int, int]) -> bool:
    c_start, c_end = clause
    before = text[c_start:start]
    surface = text[start:end].lower()
    if lex.future_before.search(before):
        return True
    if lex.negation_before.search(text, max(c_start, start - 30), start):
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
        entry = lex.entry_of(match)
        clause = clauses.holding(number, start)
        if _inside(names, name_starts, start, end):
            continue
        requirements = entry.requirements  # any one is enough
        if not _requirement_met(lex, text, index, requirements[0], start, end, clause) and not any(
            _requirement_met(lex, text, index, other, start, end, clause) for other in requirements[1:]
        ):
            continue
        if _filtered_out(lex, text, entry, start, end, clause):
            continue
        event_type = _retype(lex, text, entry, start, end, clause, (s_start, s_end))
        found.append(Trigger(event_type, start, end, number, clause, entry))
    return found


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
