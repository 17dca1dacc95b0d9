"""Find event triggers: lexicon matches that pass their requirement and the general filters.

General filters, from the gold NOTES: no future intentions (``will sign``,
``ensure delivery``), no negated events, no figurative uses (``delivered a
speech``, ``met the requirements``), no infinitives of purpose (``to deliver
the goods``) and no gerunds after a preposition (``in producing``), no matches
inside an organisation, place or summit name (``China Construction Bank``).
"""

from __future__ import annotations

import bisect
from bisect import bisect_right
from collections.abc import Sequence
from operator import attrgetter

import attrs
import regex

from .clauses import SentenceClauses
from .entities import Entity, FactIndex, lowered_text, may_hold_any
from .leaders import leader_subject_before
from .lexicon import Lexicon, TriggerEntry, lexicon
from .requirements import (
    appositive_by,
    by_leader,
    first_words,
    guest_after,
    last_words,
    measure_after,
    ongoing_after,
    requirements_met,
)

__all__ = ["Trigger", "find_triggers"]

_START = attrgetter("start")

_INFINITIVE = regex.compile(r"\bto\s+(?:\w+ly\s+)?$", regex.IGNORECASE)
_INFINITIVE_OK = regex.compile(r"\b(?:project|projects|began|begun|started|continued|went\s+on)\s+to\s+$")
_GERUND_AFTER_PREPOSITION = regex.compile(
    r"(?r)\b(?:of|in|for|by|on|at|about|after|before|without|to|towards)\s+$", regex.IGNORECASE
)
_IN_ORDER_TO = regex.compile(r"\s+to\b")
# (not "the return on equity", "equity ratio": measures of a company, no share taken)
_STAKE = regex.compile(
    r"\b(?:stake|(?<!\b(?:on|to)\s)equity(?!\s+(?:ratio|return|returns))|shares\s+in)\b", regex.IGNORECASE
)
# Every match of _STAKE holds one of these (lower-cased).
_STAKE_WORDS = ("take", "equ", "hare")
# "more than 300 Chinese enterprises had invested", "20 Arab states that have signed": a counted subject with a
# perfect tense is a running tally of many occurrences, not one event.
_PERFECT_BEFORE = regex.compile(r"\b(?:has|have)\s+(?:(?:so\s+far|already|now|also)\s+)?$")
_ROUGH_COUNT_AFTER = regex.compile(r"\s+(?:more\s+than|over|nearly|almost|some|about|around)\s+\d")
_BY_AFTER = regex.compile(r"\s+by\s")
# A plural noun right before a participle (no auxiliary between): "46 new coaches manufactured by".
_GOODS_NOUN_BEFORE = regex.compile(r"\b[a-z]{3,}s\s+(?:(?:\w+ly)\s+)?$")
# Every match of the rarer filters' patterns holds one of these (lower-cased); tested with ``in``, which is ten
# times faster here than a case-insensitive alternation.
_RARE_WORDS = (
    *("no ", "confirm", "denie", "deny", "dismiss", "only", "just", "so far", "of them", "a few", "handful", "half"),
    *("held up", "holding up", "delay", "stall", "halt", "suspend", "disrupt", "slowed", "hamper", "now that"),
)
# "Now that it is signed, we expect ...": the state the event told before has left, not a new occurrence.
_NOW_THAT_STATE_BEFORE = regex.compile(
    r"\b[Nn]ow\s+that\s+(?:it|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:is|are|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$"
)
# "signed a Decree on ...", "Decree signed on ...": a law or a decree signed is a decision, not an agreement.
_LEGAL_ACT_AFTER = regex.compile(
    r"\s+(?:(?!(?:agreements?|contracts?|deals?|memorand\w*|MoUs?|accords?|protocols?|treat\w+)\b)[\w-]+\s+){0,3}?"
    r"(?:decrees?|resolutions?|laws?|"
    r"bills?|ordinances?|edicts?|executive\s+orders?)\b",
    regex.IGNORECASE,
)
_LEGAL_ACT_BEFORE = regex.compile(
    r"\b(?:[Dd]ecrees?|[Rr]esolutions?|[Ll]aws?|[Bb]ills?|[Oo]rdinances?|[Ee]dicts?)\s+(?:was\s+|were\s+|has\s+been\s+)?$"
)
# "opened a regional office in Almaty": a firm founding an office or a branch, no opening ceremony.
_OFFICE_AFTER = regex.compile(
    r"\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:office|offices|branch|branches|subsidiary|headquarters|"
    r"account|accounts|bureau)\b",
    regex.IGNORECASE,
)
_NO_SUBJECT_BEFORE = regex.compile(
    r"\b(?:No|no)\s+(?:[\w-]+\s+){1,4}(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$"
)
_UNCONFIRMED_BEFORE = regex.compile(
    r"\b(?:not\s+confirm(?:ed)?|denied|denies|deny|declined\s+to\s+confirm|dismissed)\s+(?:the\s+|media\s+)?"
    r"(?:reports?|rumou?rs?|claims?|speculation)\s+(?:that\s+)?(?:[\w'-]+\s+){0,6}$",
    regex.IGNORECASE,
)
_COUNT_SUBJECT_BEFORE = regex.compile(
    r"\b(?:only|just|so\s+far|of\s+them)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a\s+handful|a\s+few|half)\s+(?:of\s+them\s+)?(?:have|had|has)\s+(?:(?:already|so\s+far|now|yet)\s+)?$",
    regex.IGNORECASE,
)
_TALLY_SUBJECT_BEFORE = regex.compile(
    r"\b\d[\d,.]*\+?\s+(?:[A-Za-z][\w-]*\s+){0,4}?[a-z][\w-]*s\s+(?:(?:that|which|who)\s+)?(?:have|had)\s+"
    r"(?:(?:already|so\s+far|now|also|\w+ly)\s+)?$"
)
# "have built or plan to build", "signed or will sign": one verb coordinated with an intention is no occurrence.
_OR_INTENTION_AFTER = regex.compile(
    r"\s+(?:or|and/or)\s+(?:plan|plans|planned|intend|intends|will|are\s+planning|are\s+set|expect|expects)\b",
    regex.IGNORECASE,
)
# "an agreement on the construction of", "a contract for the delivery of": a nominal trigger that names what was
# agreed on is no event of its own.
_AGREEMENT_OBJECT_BEFORE = regex.compile(
    r"(?r)\b(?:agreements?|contracts?|deals?|memorand(?:um|a)|MoUs?|accords?|treat(?:y|ies)|protocols?|talks|"
    r"negotiations|plans?|proposals?|tenders?|bids?|study|studies|decrees?|resolutions?|laws?|bills?|ordinances?)\s+"
    r"(?:on|for|about|regarding|concerning)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:joint\s+)?$",
    regex.IGNORECASE,
)
# "The contract covers an investment of EUR 2 billion", "the deal involves a total investment of": the deal's content.
_DEAL_CONTENT_BEFORE = regex.compile(
    r"(?r)\b(?:agreements?|contracts?|deals?|memorand(?:um|a)|MoUs?|accords?|project)\s+(?:also\s+)?"
    r"(?:covers|covered|includes|included|involves|involved|envisages|envisaged|entails|entailed|provides\s+for|"
    r"provided\s+for|foresees|foresaw|calls\s+for|called\s+for)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:total\s+|overall\s+|planned\s+|initial\s+|combined\s+)?$",
    regex.IGNORECASE,
)
# "the Embassy handed over 50 ambulances": goods handed over by an embassy or a government are aid, not a sale;
# so are goods an envoy hands over ("Chinese Ambassador Li Wei handed over 40 tractors": the envoy's country gives).
_PUBLIC_GIVER_BEFORE = regex.compile(
    r"\b(?:[Ee]mbass(?:y|ies)|[Cc]onsulate(?:-General)?|Government\s+of|[A-Z][a-z]+\s+government)\b"
    r"[^,;]{0,60}?\s+(?:has\s+|have\s+|had\s+|also\s+|formally\s+)*$"
    r"|\b(?:[Aa]mbassador|Consul(?:-General|\s+General)?|Charg[eé]\s+d'Affaires)"
    r"(?:\s+to\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?(?:\s+[A-Z][\w'.-]*){1,4}"
    r"\s+(?:has\s+|have\s+|had\s+|also\s+|formally\s+|on\s+\w+\s+)*$"
)
# "had brought USD 25 billion of investment ... since 2015", "has made deliveries worth ... over the past five years":
# a nominal trigger after a perfect tense, with a time span up to now, is a running tally of many occurrences.
_CUMULATIVE_SPAN = regex.compile(
    r"\b(?:since\s+(?:(?:early|late|mid-?|the\s+start\s+of\s+|the\s+end\s+of\s+)?\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|"
    r"since\s+(?:its|their|the)\s+(?:launch|start|inception|founding|establishment|opening)|"
    r"(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:years?|decades?|months?)|"
    r"to\s+date|so\s+far|cumulative(?:ly)?|in\s+total)\b",
    regex.IGNORECASE,
)
_PERFECT_PARTICIPLE = regex.compile(
    r"\b(?:has|have|had)\s+(?:(?:also|now|already|\w+ly)\s+)?(?:\w+ed|brought|made|drawn|seen)\b"
)
# A statistic of deals signed: "New contracts signed by Chinese contractors ... reached US$66.2 billion".
_DEALS_BEFORE = regex.compile(r"\b(?:contracts|agreements|deals|projects)\s+(?:newly\s+)?$", regex.IGNORECASE)
_TALLY_VERB_AFTER = regex.compile(
    r"\b(?:reached|totall?ed|amounted|rose|fell|grew|increased|decreased|declined|stood|exceeded|hit|were\s+worth)\b"
)
_PERCENT_BEFORE = regex.compile(r"(?:%|per\s*cent|percent)\s+$", regex.IGNORECASE)
# A minister's or ministry's portfolios listed before a capitalised trigger word: "Minister of Urban Development, ".
_PORTFOLIO_BEFORE = regex.compile(
    r"(?r)\b(?:Minister|Ministry|Department|Secretary|Bureau|Commission|Committee)\s+(?:of|for)\s+"
    r"(?:(?:[A-Z][\w'-]*|and|&)\s*,?\s+)*$"
)
# What a nominal trigger is said about: a start, an end or a figure still to come ("construction of the second phase
# would begin", "completion of the bridge is expected to take two years", "output would reach 330 000 tonnes").
_NOMINAL_FUTURE_AFTER = regex.compile(
    r"\s+(?:of\s+[^,.;]{1,60}?\s+)?(?:would|will|shall|(?:is|are)\s+(?:expected|scheduled|set|due|planned)\s+to)\s+"
    r"(?:begin|start|commence|resume|be\s+completed|be\s+finished|finish|end|take|reach|rise|exceed|double|"
    r"triple|hit|climb|grow|increase|top|surpass)\b",
    regex.IGNORECASE,
)
# Past tenses of trigger verbs that do not end in "-ed".
_IRREGULAR_PASTS = frozenset(
    {"began", "begun", "built", "rebuilt", "broke ground", "laid", "held", "met", "won", "sold"}
)
_PROGRESS_AFTER = regex.compile(
    r"\b(?:is|was|are|were)\s+(?:now\s+|about\s+|nearly\s+|over\s+|more\s+than\s+|almost\s+)?\d[\d.,]*\s*"
    r"(?:%|per\s*cent|percent)\s+(?:complete|completed|done|finished)\b"
)
_TARGET_VERB_BEFORE = regex.compile(
    r"\b(?:rais(?:e|es|ing)|increas(?:e|es|ing)|boost(?:s|ing)?|doubl(?:e|es|ing)|lift(?:s|ing)?|expand(?:s|ing)?)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:annual\s+|total\s+)?$",
    regex.IGNORECASE,
)
_PROCEDURE_BEFORE = regex.compile(
    r"\b(?:tender|tenders|bidding|bids|campaign|investigation|probe|inquiry|consultation|review),?\s+(?:was\s+|were\s+)?$",
    regex.IGNORECASE,
)
_PROCEDURE_AFTER = regex.compile(
    r"\s+(?:an?\s+|the\s+)?(?:(?:in-depth|formal|full|new|public|international|anti-dumping|antitrust)\s+)*"
    r"(?:tender|tenders|bidding|investigation|probe|inquiry|consultation|review|case|proceedings)\b",
    regex.IGNORECASE,
)
_CHANGE_AFTER = regex.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:rose|rise|rises|risen|fell|falls|fallen|grew|grown|grows|increased|decreased|"
    r"dropped|jumped|declined|climbed|slumped|surged|doubled|was\s+up|was\s+down)\b"
    # a forecast of the figure: "expects gas output to reach 62 bcm", "production is expected to hit"
    r"|\s+(?:(?:is|are|was|were)\s+)?(?:(?:expected|forecast|projected|set|likely|due)\s+)?to\s+"
    r"(?:reach|hit|rise|grow|exceed|top|increase|climb|double|fall|drop|decline|surpass)\b"
)
_CUT_BEFORE = regex.compile(
    r"\b(?:cut|cuts|reduced|reduces|hit|hurt|curbed|lowered|disrupted)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$"
)
# A capitalised head noun right after a capitalised trigger: the trigger is a word of a law's, a fund's or a
# body's name ("the Investment Law", "Construction Code", "Investment Promotion Agency"), not an occurrence.
_STATUTE_AFTER = regex.compile(
    r"(?:\s+(?:Promotion|Protection|Development|Facilitation|Cooperation))?\s+(?:Law|Laws|Code|Act|Decree|"
    r"Regulations?|Rules|Fund|Policy|Programme|Program|Strategy|Zone|Bank|Forum|Committee|Commission|Council|"
    r"Agency|Authority|Department|Bureau|Office|Board|Centre|Center|Corporation|Company|Group|Summit|Expo)\b"
)
_HELD_UP_BEFORE = regex.compile(
    r"\b(?:held\s+up|holding\s+up|delayed|delaying|stalled|halted|suspended|disrupted|slowed|hampered)\s+"
    r"(?:the\s+|further\s+)?$",
    regex.IGNORECASE,
)
# "the only EU economy to have signed up to the Belt and Road Initiative", "signed on to the plan": joining a
# scheme, not signing a deal ("signed up to 20 agreements", "signed up to $5 billion": a figure follows, kept).
_JOINED_AFTER = regex.compile(
    r"\s+(?:up\s+(?:to|for|as|with)|on\s+(?:to|as)|onto)\s+(?!(?:about|around|some|nearly|almost|over|US|USD|\$|\p{Sc}|\d))",
    regex.IGNORECASE,
)
# "This loan delivers on the commitments of the summit": keeping a promise, not handing over goods.
_DELIVER_ON_PROMISE_AFTER = regex.compile(
    r"\s+on\s+(?:(?:the|its|their|his|her|our|this|that|these|those|a|an|[A-Z][\w-]*'s?)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:commitments?|promises?|pledges?|vision|agenda|mandate|goals?|targets?|expectations?|consensus|outcomes?|"
    r"hopes?|aspirations?|ambitions?|obligations?|undertakings?|spirit|potential|objectives?|priorities|agreements?)\b",
    regex.IGNORECASE,
)
# "called on Ithete to table it", "calls on both sides to settle": a demand, not a courtesy call.
_DEMAND_AFTER = regex.compile(r"\s+(?:[\w.'-]+\s+){1,6}?to\s+(?!discuss\b|exchange\b|brief\b)[a-z]+\b")
# "work on the 120km Phase 2A stopped in 2019": the works halted, not a start or an end of building.
_STOPPED_AFTER = regex.compile(
    r"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:stopped|halted|stalled|suspended|ceased|paused|"
    r"frozen|abandoned)\b|\b(?:came|ground)\s+to\s+a\s+(?:halt|standstill)\b",
    regex.IGNORECASE,
)
_STOPPED_WORDS = ("stop", "halt", "stall", "suspend", "ceas", "paus", "frozen", "abandon", "standstill")
_CAPACITY_OR_RATE_WORDS = frozenset(
    {"nameplate", "full", "design", "rated", "planned", "peak", "target"}
    | {"daily", "weekly", "monthly", "annual", "yearly", "average"}
)
_NEARING_BEFORE = regex.compile(
    r"\b(?:nears?|nearing|neared|approach(?:es|ing|ed)?|close\s+to|closer\s+to|towards?|for)\s+(?:its\s+|their\s+)?$",
    regex.IGNORECASE,
)
_SHIPS_NOUN_BEFORE = regex.compile(
    r"(?r)\b(?:receive|receives|handle|handles|accommodate|accommodates|berth|larger|bigger|the|of|for|by|and|more|"
    r"new|container|cargo|bulk|naval|cruise|\d[\d,]*)\s+$",
    regex.IGNORECASE,
)
_YEAR_RANGE = regex.compile(r"\d{4}/\d{4}")
_YEAR_OR_RANGE = regex.compile(r"\d{4}(?:-H[12])?(?:/\d{4}(?:-\d\d)?)?|\d{4}-\d\d/\d{4}-\d\d")
_PLURAL_LENDERS_BEFORE = regex.compile(
    r"\b(?:lenders|banks|companies|firms|enterprises|investors|institutions|creditors)\s+(?:(?:have|had)\s+)?$"
)
# A date naming a stretch of time (2023, 2023-H1, 2023-Q2, 2023-06, 2023-01/2023-08), not a day.
_PERIOD_TIMEX = regex.compile(r"\d{4}(?:-(?:H[12]|Q[1-4]|\d\d))?(?:/.*)?|.*/.*")
_TOPIC_NOUN_BEFORE = regex.compile(
    r"(?r)\b(?:cooperation|fields?|areas?|sectors?|prospects|issues|questions|matters|spheres?)\s+"
    r"(?:in|of|on|such\s+as|including)\s+(?:[\w,'-]+\s+){0,8}?(?:the\s+|further\s+|new\s+)?$",
    regex.IGNORECASE,
)
_TOPIC_NOUN_WORDS = ("cooperat", "field", "area", "sector", "prospect", "issue", "question", "matter", "sphere")
_DURING_THE_MEETING = regex.compile(
    r"\b(?:during|at|in\s+the\s+course\s+of)\s+the\s+(?:meeting|talks|conversation|negotiations|visit)\b",
    regex.IGNORECASE,
)
# "discussed the construction of", "considered further investment in": a nominal trigger as the topic of a talk.
# Every match of _TOPIC_VERB_BEFORE holds one of these (in any case).
_TOPIC_VERB_WORDS = ("discuss", "consider", "review", "stud", "explor", "talked", "exchanged")
_TOPIC_VERB_BEFORE = regex.compile(
    r"(?r)\b(?:discuss(?:ed|es|ing)?|consider(?:ed|s|ing)?|review(?:ed|s|ing)?|stud(?:ied|ies|y)|explor(?:ed|es|ing)|"
    r"talked\s+about|exchanged\s+views\s+on)\s+(?:the\s+|a\s+|further\s+|new\s+|possible\s+|joint\s+)*$",
    regex.IGNORECASE,
)
# "with an investment of", "adding an investment of": the sum of the event told before it in the sentence.
_INVESTMENT_ADJUNCT = regex.compile(
    r".*\b(?:with|adding|involving|entailing|bringing)\s+(?:an?\s+|a\s+total\s+|total\s+)?"
    r"(?:(?:additional|further|planned|total|overall|estimated|new)\s+)?investments?\s+(?:of|worth)\b",
    regex.IGNORECASE,
)
# "handed over 25 tractors donated by the embassy": goods handed over that a giver donated make the handover a
# donation.
_DONATED_AFTER = regex.compile(r"\s(?:donated|gifted)\s+by\s")
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


def _inside(entities: Sequence[Entity], starts: Sequence[int], start: int, end: int) -> bool:
    index = bisect.bisect_right(starts, start) - 1
    return index >= 0 and entities[index].start <= start and end <= entities[index].end


def _holds_any(window: str, words: Sequence[str]) -> bool:
    """True when ``window`` holds one of ``words`` (a cheap test before a pattern that needs one of them)."""
    for word in words:
        if word in window:
            return True
    return False


def _inside_closed_relative(before: str, position: int) -> bool:
    """True when ``position`` lies in a ``, which ... ,`` aside closed before the trigger and no later future follows:
    ``The plant, which will generate 210 GWh a year, is financed by a loan that X signed in 2021``."""
    opening = before.rfind("which ", 0, position)  # the clause may begin at "which" (clauses break before it)
    if opening < 0 or (opening > 0 and before[opening - 2 : opening] != ", "):
        return False
    if before.find(",", opening, position) >= 0:
        return False
    closing = before.find(",", position)
    if closing < 0:
        return False
    return lexicon().future_before.search(before, closing + 1) is None


def _filtered_out(lex: Lexicon, text: str, entry: TriggerEntry, start: int, end: int, clause: tuple[int, int]) -> bool:
    c_start, c_end = clause
    before = text[c_start:start]
    surface = text[start:end].lower()
    quote_end = before.rfind('"')  # a future inside a quotation closed before the trigger is not its own
    future = lex.future_before.search(before, quote_end + 1 if quote_end >= 0 and before.count('"') % 2 == 0 else 0)
    if future is not None and not _inside_closed_relative(before, future.start()):
        return True
    if lex.negation_before.search(text, max(c_start, start - 30), start):
        return True
    tally_start = max(c_start, start - 80)
    if (text.find("had", tally_start, start) >= 0 or text.find("have", tally_start, start) >= 0) and (
        _TALLY_SUBJECT_BEFORE.search(text, tally_start, start)
    ):  # (every match holds "have" or "had": a window without either is settled by str.find)
        return True
    # the rarer cases below are looked for only where a word one of them needs is in the 100 characters before
    rare = _holds_any(text[max(c_start, start - 100) : start].lower(), _RARE_WORDS)
    if rare and _NO_SUBJECT_BEFORE.search(text, max(c_start, start - 60), start):
        return True  # "No new Chinese loan was signed for the project last year"
    if rare and _UNCONFIRMED_BEFORE.search(text, max(c_start, start - 100), start):
        return True  # "did not confirm reports that they had ordered 600 wagons"
    if rare and _COUNT_SUBJECT_BEFORE.search(text, max(c_start, start - 40), start):
        return True  # "of 38 projects listed in 2019, only nine had begun construction": a count of them
    if rare and _NOW_THAT_STATE_BEFORE.search(text, max(c_start, start - 50), start):
        return True  # "Now that it is signed, we expect ...": the deal told before, as a state
    if _OR_INTENTION_AFTER.match(text, end, c_end):
        return True
    infinitive_start = max(c_start, start - 30)
    if (
        "to" in text[infinitive_start:start].lower()  # every match holds "to" in some case: a cheap test first
        and _INFINITIVE.search(text, infinitive_start, start)
        and not _INFINITIVE_OK.search(text, max(c_start, start - 40), start)
    ):
        return True
    if (
        surface.endswith("ing")
        and entry.type != "visit"  # "said after touring the depot": a visit told in passing
        and _GERUND_AFTER_PREPOSITION.search(text, max(c_start, start - 15), start)
    ):
        return True
    if surface == "order" or surface == "orders":
        if text[max(0, start - 3) : start].lower() == "in " and _IN_ORDER_TO.match(text, end):
            return True
    if (" " not in surface or surface.startswith("hand")) and lex.figurative.match(text, end, c_end):
        return True
    if surface.startswith("sign") and _JOINED_AFTER.match(text, end, c_end):
        return True  # "signed up to the Belt and Road Initiative": joining a scheme
    if (
        surface.startswith("deliver")
        and text.startswith(" on ", end)
        and _DELIVER_ON_PROMISE_AFTER.match(text, end, c_end)
    ):
        return True  # "This loan delivers on the commitments of the summit": a figurative delivery
    if surface.startswith("call") and _DEMAND_AFTER.match(text, end, c_end):
        return True  # "called on Ithete to table it": a demand, not a meeting
    if (
        entry.type == "construction"
        and not surface.endswith("ed")
        and surface not in _IRREGULAR_PASTS
        and _holds_any(text[end:c_end].lower(), _STOPPED_WORDS)
        and _STOPPED_AFTER.search(text, end, c_end)
    ):
        return True  # "where work on Phase 2A stopped in 2019": halted works
    if surface == "ships" and (
        _SHIPS_NOUN_BEFORE.search(text, max(c_start, start - 25), start) or text.startswith(" of ", end)
    ):
        return True  # "enabling the port to receive ships of up to 150,000 dwt": the noun
    if (
        not surface.endswith("ed")
        and surface not in _IRREGULAR_PASTS  # "Construction began in July 2023 and is now 86% complete": a start
        and (text.find("%", end, c_end) >= 0 or text.find("cent", end, c_end) >= 0)
        and _PROGRESS_AFTER.search(text, end, c_end)
    ):
        return True  # "Construction of the pipeline is 65% complete": progress, not a start or an end
    if entry.type == "production" and _TARGET_VERB_BEFORE.search(text, max(c_start, start - 30), start):
        return True  # "discussed raising the output of its mines to 300,000 tonnes": a target
    if surface in ("launched", "opened", "opens", "launches") and (
        _PROCEDURE_BEFORE.search(text, max(c_start, start - 20), start) or _PROCEDURE_AFTER.match(text, end, c_end)
    ):
        return True  # "after a tender launched in June 2023", "opened an in-depth investigation": a procedure
    if surface.startswith("sign") and (
        _LEGAL_ACT_AFTER.match(text, end, c_end) or _LEGAL_ACT_BEFORE.search(text, max(c_start, start - 30), start)
    ):
        return True  # "the President signed a Decree on the construction of ...": a decision, not an agreement
    if surface in ("opened", "opens", "open") and _OFFICE_AFTER.match(text, end, c_end):
        return True  # "opened a regional office in Almaty": a founding, not an opening
    if (
        entry.type == "production"
        and not surface.endswith("ed")
        and (_CHANGE_AFTER.match(text, end, c_end) or _CUT_BEFORE.search(text, max(c_start, start - 30), start))
    ):
        return True  # "its copper output rose 15%", "the drought cut hydropower output": a change in a figure
    if rare and _HELD_UP_BEFORE.search(text, max(c_start, start - 25), start):
        return True  # "heavy rains had held up work on two viaducts": a delay, not a start or an end
    if not surface.endswith("ed"):
        previous_word = text[text.rfind(" ", max(c_start, start - 20), start - 1) + 1 : start].strip().lower()
        if previous_word in _CAPACITY_OR_RATE_WORDS:
            return True  # "to reach nameplate output by 2025", "daily deliveries hit a record": a capacity, a rate
    if surface == "completion" and (
        _NEARING_BEFORE.search(text, max(c_start, start - 25), start)
        or _PERCENT_BEFORE.search(text, max(c_start, start - 12), start)
    ):
        return True  # "as the spur nears completion", "has passed 70% completion": progress, not the completion
    if text[start].isupper() and _PORTFOLIO_BEFORE.search(text, max(c_start, start - 80), start):
        return True  # "Minister of Urban Development, Construction and Housing": a portfolio in a title
    if text[start].isupper() and _STATUTE_AFTER.match(text, end, c_end):
        return True  # "Article 20 of the Investment Law", "the Investment Fund": a name's head word follows
    if not surface.endswith("ed") and surface not in _IRREGULAR_PASTS and _NOMINAL_FUTURE_AFTER.match(text, end, c_end):
        return True  # "construction of the second phase would begin in the first quarter": a plan
    if surface == "producing" and lex.physical.search(last_words(text, max(c_start, start - 30), start, 2)):
        return True  # "a RM1.6 billion plant producing 1.2 million tonnes a year": the plant's capacity
    if (
        surface == "signed"
        and _DEALS_BEFORE.search(text, max(c_start, start - 30), start)
        and _TALLY_VERB_AFTER.search(text, end, c_end)
    ):
        return True  # "New contracts signed by Chinese contractors ... reached US$66.2 billion": a statistic
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
    names = sorted((*index.parties, *index.summits), key=_START)
    name_starts = [e.start for e in names]
    sentence_starts = [start for start, _ in sentences]
    found: list[Trigger] = []
    by_letter = lex.triggers_by_letter
    entries = lex.entries
    matched_until = 0
    for position in lex.prefilter.positions(text):
        if position < matched_until:
            continue  # inside the previous trigger ("signing ceremony")
        number = bisect_right(sentence_starts, position) - 1
        if number < 0:
            continue
        pattern = by_letter.get(text[position])  # only the lines that can begin with this letter
        if pattern is None:
            continue
        s_start, s_end = sentences[number]
        match = pattern.match(text, position, s_end)
        if match is None:
            continue
        start, end = match.span()
        matched_until = end
        if _inside(names, name_starts, start, end):
            continue  # tested before the clause is looked up: that may split the sentence
        entry = entries[int(match.lastgroup[1:])]  # type: ignore[index]  # group t{i}: lexicon line i
        clause = clauses.holding(number, start)
        if not requirements_met(lex, text, index, entry, start, end, clause):
            continue
        if _filtered_out(lex, text, entry, start, end, clause) and not _dated_reduced_relative(
            lex, text, index, entry, start, end, clause
        ):
            continue
        if _describes_another_event(text, start, end, clause, found, number):
            continue
        event_type = _retype(lex, text, index, entry, start, end, clause, (s_start, s_end))
        if _running_figure(text, index, event_type, start, end, clause, (s_start, s_end)):
            continue
        found.append(Trigger(event_type, start, end, number, clause, entry))
    return found


def _dated_reduced_relative(
    lex: Lexicon, text: str, index: FactIndex, entry: TriggerEntry, start: int, end: int, clause: tuple[int, int]
) -> bool:
    """True for a past participle right after a deal noun, with a date after it, that passes the filters on its
    own (``X will build the farm under an investment agreement signed with the Government in 2024``): a reduced
    relative clause tells a past signing, which the future of the main clause does not govern."""
    if not text.endswith("ed", start, end):
        return False
    noun = _DEAL_NOUN_BEFORE.search(text, max(clause[0], start - 30), start)
    if noun is None or not index.dates_between(end, clause[1]):
        return False
    return not _filtered_out(lex, text, entry, start, end, (noun.start(), clause[1]))


_DEAL_NOUN_BEFORE = regex.compile(r"(?r)\b(?:agreements?|contracts?|deals?|memorand(?:um|a)|MoUs?|accords?|loans?)\s+$")


# "at a ceremony", "in a ceremony at the ministry", "at the signing ceremony": a ceremony named as where the event
# before it happened.
_AT_A_BEFORE = regex.compile(r"\b(?:at|in|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", regex.IGNORECASE)
# "..., Vucic said at a ceremony in Subotica": the ceremony where the speaker spoke is an event of its own.
_SPEECH_AT_BEFORE = regex.compile(
    r"\b(?:said|says|told\s+\w+|announced|speaking|spoke|noted|stressed|added)\s+(?:\w+\s+){0,2}?at\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    regex.IGNORECASE,
)


def _describes_another_event(
    text: str, start: int, end: int, clause: tuple[int, int], found: Sequence[Trigger], sentence: int
) -> bool:
    """True when the trigger is not an occurrence but part of another one's object.

    ``signed an agreement on the construction of the railway``: the nominal names what was agreed on;
    ``ordered 5,000 cars assembled in Uzbekistan``: the bare participle after a noun describes the goods of the
    event told before it in the clause.
    """
    c_start = clause[0]
    surface = text[start:end].lower()
    if (
        surface.startswith("investment")
        and found
        and found[-1].sentence == sentence
        and _INVESTMENT_ADJUNCT.match(text, max(0, start - 40), end + 20)
    ):
        return True  # "signed a contract to expand the plant, adding an investment of RSD 5 billion": its sum
    topic_start = max(c_start, start - 40)
    if (
        not surface.endswith("ed")
        and may_hold_any(text[topic_start:start], _TOPIC_VERB_WORDS)
        and _TOPIC_VERB_BEFORE.search(text, topic_start, start)
    ):
        return True  # "discussed the construction of the railway": the topic of a talk, not a building work
    if (
        not surface.endswith("ed")
        and _holds_any(text[max(c_start, start - 90) : start].lower(), _TOPIC_NOUN_WORDS)
        and _TOPIC_NOUN_BEFORE.search(text, max(c_start, start - 90), start)
    ):
        return True  # "cooperation in the fields of energy, mining and the construction of social facilities"
    if (
        "ceremon" in surface
        and found
        and found[-1].sentence == sentence
        and found[-1].type != "ceremony"
        and _AT_A_BEFORE.search(text, max(c_start, start - 30), start)
        and not _SPEECH_AT_BEFORE.search(text, max(c_start, start - 50), start)
    ):
        return True  # "signed the contract on July 2 at a ceremony in Nairobi": the signing's setting, not an event
    if surface.startswith(("discuss", "exchang")) and _DURING_THE_MEETING.search(text, max(c_start, start - 60), start):
        return True  # "During the meeting, the sides discussed ...": what the meeting told before was about
    if not surface.endswith("ed") and _AGREEMENT_OBJECT_BEFORE.search(text, max(c_start, start - 60), start):
        return True
    if surface.startswith("investment") and _DEAL_CONTENT_BEFORE.search(text, max(c_start, start - 60), start):
        return True  # "The contract covers an investment of EUR 2 billion": what the deal is worth, told before
    if (
        surface == "donated"
        and found
        and found[-1].clause == clause
        and found[-1].type in ("delivery", "donation")
        and _NOUN_BEFORE.search(text, max(c_start, start - 30), start)
        and not _AUXILIARY_BEFORE.search(text, max(c_start, start - 30), start)
    ):
        return True  # "handed over 25 tractors donated by the embassy": the goods of the handover (one donation)
    if surface in _PARTICIPLE_OF_OTHER_EVENT and found and found[-1].clause == clause and found[-1].end <= start:
        return bool(
            _NOUN_BEFORE.search(text, max(c_start, start - 30), start)
            and not _AUXILIARY_BEFORE.search(text, max(c_start, start - 30), start)
        )
    return False


def _running_figure(
    text: str,
    index: FactIndex,
    event_type: str,
    start: int,
    end: int,
    clause: tuple[int, int],
    sentence: tuple[int, int],
) -> bool:
    """True when the trigger tells a total over a stretch of time, not one occurrence.

    ``CPEC had brought USD 25.4 billion of investment ... since 2015``: a perfect tense with a span up to now (a
    running tally); ``Russia supplied 15.5 billion cubic metres of gas to China in January-August``: a mass,
    volume or energy supplied over a period (a trade figure; aid sent is kept).
    """
    c_start, c_end = clause
    if (
        event_type == "construction"
        and appositive_by(text, start, end, c_start, c_end)
        and ongoing_after(text, end, c_end)
    ):
        return True  # "The 665-km line, built by X, will link ...": the building still goes on
    if (
        not text[start:end].endswith("ed")  # "CEEC had invested PKR 45 billion over the past decade": one investor's
        and _PERFECT_PARTICIPLE.search(text, max(c_start, start - 60), start)  # sum is an event (second set)
        and _CUMULATIVE_SPAN.search(text, *sentence)
    ):
        return True
    if event_type in _STATISTIC_TYPES and _period_statistic(text, index, start, end, clause):
        return True
    if (
        event_type == "signing"
        and _PERFECT_BEFORE.search(text, max(c_start, start - 25), start)
        and _ROUGH_COUNT_AFTER.match(text, end, c_end)
    ):
        return True  # "China has signed more than 200 cooperation documents with 150 countries": a running count
    if (
        event_type == "production"
        and _BY_AFTER.match(text, end, c_end)
        and _GOODS_NOUN_BEFORE.search(text, max(c_start, start - 30), start)
    ):
        return True  # "the first batch of 46 new coaches manufactured by CRRC Tangshan": what the goods are
    if (
        event_type == "investment"
        and _PLURAL_LENDERS_BEFORE.search(text, max(c_start, start - 40), start)
        and any(_YEAR_RANGE.fullmatch(d.name) for d in index.dates_between(c_start, c_end))
    ):
        return True  # "between 2010 and 2023 Chinese lenders committed at least $7.9 billion": a total over years
    if text[start:end].lower().startswith("export") and any(
        _YEAR_OR_RANGE.fullmatch(date.name) for date in index.dates_between(*sentence)
    ):
        return True  # "Last year, Uzavtosanoat ... exported 61,500 vehicles to Kazakhstan": a year's export figure
    if event_type == "production" and _country_output(text, index, start, clause):
        return True  # "Indonesia produced 1.6 million tons of nickel in 2022": a country's output figure
    if event_type != "delivery" or not measure_after(index, end, min(c_end, end + 40)):
        return False
    return any(_PERIOD_TIMEX.fullmatch(date.name) for date in index.dates_between(c_start, c_end))


def _period_statistic(text: str, index: FactIndex, start: int, end: int, clause: tuple[int, int]) -> bool:
    """True for a statistic over a span of months: ``newly signed contracts`` (a ledger heading), or a month
    range in the clause (``from January to November``) with a passive (``contracts ... were signed``), a bare
    plural of firms as the subject (``Chinese enterprises made ... investment``) or new deals in the plural as the
    object (``signed new contracts worth $4.7 billion``)."""
    if _NEWLY_BEFORE.search(text, max(clause[0], start - 12), start):
        return True
    if not any(_MONTH_RANGE.fullmatch(date.name) for date in index.dates_between(*clause)):
        return False
    before = text[max(clause[0], start - 80) : start]
    if _PASSIVE_HANDOVER.search(before) or _FIRMS_SUBJECT.search(before):
        return True
    return text.startswith(" new ", end) and bool(_NEW_DEALS_AFTER.match(text, end, clause[1]))


# Goods handed to beneficiaries are given, not sold: "handed over 2,000 desks worth K3.2 million to schools".
_BENEFICIARY_AFTER = regex.compile(
    r"\bto\s+(?:\w+\s+){0,3}?(?:schools|hospitals|clinics|orphanages|communities|villagers|families|students|"
    r"pupils|residents|victims|the\s+needy|flood\s+victims)\b"
)
_GROUNDBREAKING_PURPOSE_AFTER = regex.compile(
    r"\s+(?:was\s+|were\s+)?(?:held\s+)?(?:to\s+(?:lay|mark)\s+the\s+(?:foundation|start\s+of\s+construction)|"
    r"to\s+break\s+ground)\b"
)
# "a ceremony was held in Lobito, Angola, to celebrate the completion of the berth": the completion itself, told
# as its ceremony (a bare "ceremony"; "a handover ceremony ... marking the completion" stays a handover).
_COMPLETION_PURPOSE_AFTER = regex.compile(
    r"\s+(?:was\s+|were\s+)?(?:held\s+)?(?:(?:in|at|on)\s+[^.;]{1,80}?)?,?\s*"
    r"(?:to\s+(?:mark|celebrate|commemorate)|marking|celebrating)\s+the\s+(?:successful\s+|official\s+|full\s+)?"
    r"(?:completion|finishing)\s+of\b"
)


def _country_output(text: str, index: FactIndex, start: int, clause: tuple[int, int]) -> bool:
    """True when a country is the subject of a production trigger (``Indonesia produced``, ``Kazakhstan's
    output``): a national figure; a company's or a plant's output stays an event."""
    before = index.parties_between(clause[0], start)
    if not before:
        return False
    subject = before[-1]
    if subject.kind != "place" or getattr(subject.value, "type", None) != "country" or subject.demonym:
        return False
    return _COUNTRY_SUBJECT_GAP.fullmatch(text, subject.end, start) is not None


def _may_name_a_stake(text: str, index: FactIndex, sentence: tuple[int, int]) -> bool:
    """Cheap test before ``_STAKE``: every match holds ``take``, ``equ`` or ``hare`` (in any case; see
    ``lowered_text``)."""
    lowered = lowered_text(index, text)
    if lowered is None:
        return True
    start, end = sentence
    return any(lowered.find(word, start, end) >= 0 for word in _STAKE_WORDS)


_PASSIVE_HANDOVER = regex.compile(r"(?r)\b(?:is|are|was|were|been|being)\s+(?:(?:formally|officially|\w+ly)\s+)?$")


# Statistics over a span of months (a MOFCOM release): see ``_period_statistic``.
_STATISTIC_TYPES = frozenset({"signing", "investment", "order"})
_NEWLY_BEFORE = regex.compile(r"\bnewly\s+$", regex.IGNORECASE)
_MONTH_RANGE = regex.compile(r"\d{4}-\d\d/\d{4}-\d\d")
# "In the first three quarters, the group signed new contracts worth $4.7 billion": a tally of the period's deals.
_NEW_DEALS_AFTER = regex.compile(r" new\s+(?:[\w-]+\s+){0,2}?(?:contracts|orders|agreements|deals|projects)\b")
# A bare plural of firms as the subject: "Chinese enterprises made", not "the two companies signed".
_FIRMS_SUBJECT = regex.compile(
    r"(?<!\b(?:the|The|two|Two|three|both|Both|these|These|those|their|Their|its|\d+)\s+)"
    r"\b(?:[A-Z][a-z]+\s+)?(?:enterprises|companies|firms|investors|businesses)\s+"
    r"(?:(?:have|had|also)\s+)?[a-z]+\s+(?:[\w-]+\s+){0,3}$"
)
_COUNTRY_SUBJECT_GAP = regex.compile(r"(?:'s)?(?:\s+(?:also|has|have|had|alone|\w+ly))*\s+")


def _first_lowercase(pattern: regex.Pattern[str], text: str, start: int, end: int) -> regex.Match[str] | None:
    """The first match of ``pattern`` in ``text[start:end]`` written in lower case (``schools``, not the
    ``Railway`` of ``Nigerian Railway Corporation``) or ending a name (``the Magufuli Bridge``), or None."""
    for match in pattern.finditer(text, start, end):
        if _INSTITUTION_AFTER.match(text, match.end()):
            continue  # "the Dushanbe city administration", "the port authority": a body, not a work
        if text[match.start()].islower() or _NAME_HEAD_END.match(text, match.end()):
            return match  # or the last word of a name: "the Kigongo-Busisi (JP Magufuli) Bridge"
    return None


_INSTITUTION_AFTER = regex.compile(
    r"\s+(?:administration|authority|authorities|council|government|office|department|officials|residents|"
    r"management|operator|company|hall)\b",
    regex.IGNORECASE,
)


# After a name's head word: not another capitalised word ("Nigerian Railway Corporation" goes on).
_NAME_HEAD_END = regex.compile(r"(?!\s+(?:[A-Z]|of\s+[A-Z]|&))")


def _hands_over_a_facility(lex: Lexicon, text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """True when what is handed over is a built work (a port, schools, a road section), not goods
    (``handed over 20 locomotives``): its object within 100 characters after the verb, or for a passive the sentence
    before it (``The terminal ... was handed over to``)."""
    if text[start].isupper() and start > sentence[0]:
        # a title-case headline's passive without its auxiliary: "Magufuli Bridge in Tanzania Handed Over"
        work = lex.physical.search(text, sentence[0], start)
        return work is not None and not lex.goods.search(text, sentence[0], start)
    if _PASSIVE_HANDOVER.search(text, max(sentence[0], start - 30), start):
        window = (sentence[0], start)
    else:
        window = (end, min(sentence[1], end + 100))
    work = _first_lowercase(lex.physical, text, *window)
    if work is None:
        return False
    goods = _first_lowercase(lex.goods, text, *window)
    # "the container terminal": a goods word right before the work only modifies it
    return goods is None or work.start() < goods.start() or not text[goods.end() : work.start()].strip()


# What says the work handed over was just built or rebuilt ("the upgraded road", "the completed plant"), or that
# it goes to its owner ("handed over ... to the owner").
_FINISHED_WORK_AFTER = regex.compile(
    r"\s+(?:the|a|its|their)\s+(?:newly\s+)?(?:upgraded|completed|finished|rehabilitated|renovated|rebuilt|"
    r"reconstructed|expanded|widened|modernised|modernized)\b"
    r"|[^.;]{0,100}?\bto\s+(?:the|its|their)\s+owners?\b"
)
# A public giver as the subject: a handover of aid, not of a contractor's work.
_PUBLIC_BODY = regex.compile(r"\b(?:Embassy|Consulate|Government|Ministry|Ambassador|Council|Aid|Agency)\b")


def _builder_hands_over_finished_work(
    text: str, index: FactIndex, start: int, end: int, clause: tuple[int, int]
) -> bool:
    """True when a company, the subject right before the verb, hands over a work it has just built or rebuilt
    (``China Road and Bridge Corporation handed over the upgraded port road to KeNHA``): the completion of the
    building (construction, extra24/extra28/extra37), not an aid handover (ceremony)."""
    before = index.parties_between(clause[0], start)
    if not before or before[-1].kind != "organisation":
        return False
    if not _SUBJECT_TO_HANDOVER.fullmatch(text, before[-1].end, start):
        return False
    if _PUBLIC_BODY.search(text, before[-1].start, before[-1].end):
        return False
    if text.find("ceremon", clause[0], clause[1]) >= 0:
        return False  # "held a handover ceremony for the depot": the ceremony, its completion told apart (x02)
    return _FINISHED_WORK_AFTER.match(text, end, clause[1]) is not None


_SUBJECT_TO_HANDOVER = regex.compile(r"(?:\s+\([^()]{1,20}\))?\s+(?:(?:has|have|had|also|formally|officially)\s+)*")


# A work finished and handed over in one breath: "was completed and handed over to the Ministry of Transport",
# "were built and handed over" (a passive: its subject is the work, not goods): the handover is the completion
# of the building, told by the verb before.
_FINISHED_AND_BEFORE = regex.compile(
    r"(?r)\b(?:was|were|been|is|are)\s+(?:(?:fully|successfully|finally)\s+)?"
    r"(?:completed|finished|built|constructed|rebuilt|rehabilitated|upgraded)\s+and\s+"
    r"(?:(?:officially|formally|successfully|then)\s+)?$"
)


# The keys of homes or offices as the thing handed over: "hands over keys of China-funded flats".
_KEYS_AFTER = regex.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+)?keys\b", regex.IGNORECASE)


def _retype(
    lex: Lexicon,
    text: str,
    index: FactIndex,
    entry: TriggerEntry,
    start: int,
    end: int,
    clause: tuple[int, int],
    sentence: tuple[int, int],
) -> str:
    """Apply the type calls of the NOTES: aid sent without payment is a donation; a partnership with a stake is
    an investment."""
    if entry.type == "delivery" and text[start:end].lower().startswith("hand"):
        if _KEYS_AFTER.match(text, end):
            return "ceremony"  # "handed over keys to the first 500 families": the handover of homes built
        if _FINISHED_AND_BEFORE.search(text, max(sentence[0], start - 40), start):
            return "construction"  # "The project was completed and handed over to the Ministry": one completion
    if entry.type == "delivery" and text[start:end].lower().startswith("hand") and _KEYS_AFTER.match(text, end):
        return "ceremony"  # "handed over keys to the first 500 families": the handover of homes built
    if entry.type == "delivery" and (
        lex.aid.search(first_words(text, end, clause[1], 8))
        or _PUBLIC_GIVER_BEFORE.search(text, clause[0], start)
        or _BENEFICIARY_AFTER.search(text, end, min(clause[1], end + 80))
        or _DONATED_AFTER.search(text, end, min(clause[1], end + 60))
    ):
        return "donation"
    if entry.type == "ceremony" and _GROUNDBREAKING_PURPOSE_AFTER.match(text, end, clause[1]):
        return "construction"  # "a ceremony was held to lay the foundation of an automobile plant"
    if text[start:end].lower() == "ceremony" and _COMPLETION_PURPOSE_AFTER.match(text, end, clause[1]):
        return "construction"  # "a ceremony was held in Lobito to celebrate the completion of the berth"
    if (
        entry.type == "delivery"
        and text[start:end].lower().startswith("hand")
        and _hands_over_a_facility(lex, text, start, end, sentence)
    ):
        if _builder_hands_over_finished_work(text, index, start, end, clause):
            return "construction"  # "CRBC handed over the upgraded port road to KeNHA": the building work done
        return "ceremony"  # "handed over the port terminal to PAK": the handover of a work, as x02's "hands over"
    if (
        entry.type == "signing"
        and text[start:end].lower() != "agreed"  # "a sale of the stake was agreed": a deal, not a partnership
        and _may_name_a_stake(text, index, sentence)
        and _STAKE.search(text, *sentence)
    ):
        return "investment"
    if (
        entry.type == "meeting"
        and text[start:end].lower().startswith("receiv")
        and not guest_after(text, end, clause[1])
    ):
        return "delivery"  # "EDR received 10 new locomotives from CRRC Dalian": goods, not a guest
    if (
        entry.type == "construction"
        and text[start:end].lower() in ("commissioned", "commissions")
        and (by_leader(text, end, clause[1]) or leader_subject_before(text, clause[0], start))
    ):
        return "ceremony"  # "was commissioned by President Ruto", "Tinubu commissions": the opening, not the building
    return entry.type
