"""Decide from the surrounding words whether a bare year, month or weekday is a date.

A four-digit number is a year only where a year can stand: ``in 2013``,
``(1960)``, ``2019 was``.  It is a count in ``over 2000 sets`` and part of a
name in ``Vision 2030`` or ``2023 Top 500 Chinese Enterprises``.  A month name
alone (``May``) is a date only after a word that introduces a time
(``in May``), and a weekday only after ``on``, ``since`` and the like.
"""

from __future__ import annotations

import regex

from .patterns import NEXT_WORD, PREVIOUS_WORD

__all__ = [
    "in_since_clause",
    "in_future_clause",
    "in_past_sentence",
    "clause_tense",
    "date_tense",
    "month_in_context",
    "weekday_after_verb",
    "weekday_in_context",
    "weekday_in_dateline",
    "weekday_is_possessive",
    "weekday_is_habitual",
    "year_in_context",
    "year_is_target",
]

_LOOK = 40
"""How many characters either side of a candidate are read."""

# Words after which a year is a time: prepositions and nouns that introduce one.
_TIME_PREPOSITIONS = frozenset(
    {"in", "since", "from", "until", "till", "by", "during", "before", "after", "through", "throughout", "between"}
    | {"to", "and", "or", "of"}
)
"""Prepositions and conjunctions after which a year or a month is a time."""

TIME_WORDS_BEFORE = _TIME_PREPOSITIONS | frozenset(
    {
        "year",
        "years",
        "around",
        "circa",
        "early",
        "late",
        "mid",
        "spring",
        "summer",
        "autumn",
        "winter",
        "for",
        "as",
        "on",
        "at",
        "fy",
        "than",
    }
)
# Words after which a year-like number counts something.
COUNT_WORDS_BEFORE = frozenset(
    {
        "over",
        "nearly",
        "almost",
        "some",
        "approximately",
        "exceeding",
        "exceeded",
        "exceeds",
        "exceed",
        "totaling",
        "totalling",
        "total",
        "reached",
        "reaching",
        "reach",
        "no",
        "no.",
        "nos",
        "number",
        "room",
        "building",
        "about",
        "roughly",
        "employing",
        "employs",
        "employed",
        "hired",
        "produced",
        "sold",
        "delivered",
        "ordered",
        "purchased",
        "bought",
    }
)
# "more than 2000", "up to 2000", "a total of 2000": two-word count signals (the first word is checked).
COUNT_PHRASES_BEFORE = frozenset({"more than", "less than", "fewer than", "up to", "total of", "as many as"})
_COUNT_PHRASE_ENDS = frozenset(phrase.rsplit(" ", 1)[-1] for phrase in COUNT_PHRASES_BEFORE)
# Lower-case words ending in -s that may follow a year without making it a count ("2019 was").
S_WORDS_AFTER_YEAR = frozenset(
    {
        "was",
        "has",
        "is",
        "as",
        "this",
        "its",
        "thus",
        "marks",
        "sees",
        "saw",
        "witnesses",
        "plus",
        "versus",
        "onwards",
        "afterwards",
        "towards",
        "levels",
        "figures",
        "results",
        "sales",
        "forecasts",
        # events a year dates, never counts (a count of 2,006 riots is no news): "after the 2006 riots"
        "riots",
        "elections",
        "floods",
        "protests",
        "polls",
        "talks",
        "sanctions",
        "reforms",
        "clashes",
        "negotiations",
        "celebrations",
        "hostilities",
        "bombings",
        "attacks",
    }
)
# Units and counted nouns that never follow a year.
COUNT_WORDS_AFTER = frozenset(
    {
        "t",
        "km",
        "kg",
        "m",
        "mw",
        "kw",
        "gw",
        "kwh",
        "mwh",
        "ha",
        "sq",
        "square",
        "cubic",
        "yuan",
        "tenge",
        "rmb",
        "usd",
        "dollars",
        "euros",
        "people",
        "staff",
        "personnel",
        "workforce",
        "equipment",
        "tonne",
        "ton",
        "metre",
        "meter",
        "kilometre",
        "kilometer",
        "mu",
        "hectare",
        "million",
        "billion",
        "thousand",
        "hundred",
        "percent",
        "per",
        "new",
        "more",
        "other",
        "local",
        "medical",
        "large",
        "small",
        "small-scale",
    }
)
MONTH_WORDS_BEFORE = _TIME_PREPOSITIONS | frozenset({"early", "late", "mid", "last", "next", "this", "each", "every"})
WEEKDAY_WORDS_BEFORE = frozenset(
    {"on", "since", "until", "till", "by", "from", "before", "after", "and", "or", "to", "through", "early", "late"}
)


def _previous(text: str, start: int) -> tuple[str, str]:
    match = PREVIOUS_WORD.search(text, max(0, start - _LOOK), start)
    if match is None:
        return "", ""
    return match.group("word"), match.group("gap")


def _previous_two(text: str, start: int, word: str, gap: str) -> str:
    """Return the two words before ``start``, lower-cased; ``word`` and ``gap`` are what :func:`_previous` gave."""
    if not word:
        return ""
    before, _ = _previous(text, start - len(word) - len(gap))
    return f"{before} {word}".lower()


def _next(text: str, end: int) -> str:
    match = NEXT_WORD.match(text, end)
    return match.group("word") if match else ""


POSSESSIVES_BEFORE_YEAR = frozenset({"its", "their", "our", "his", "her", "whose"})
"""Possessive determiners: a year between one and a lower-case noun is a date (``Its 2023 throughput``)."""

REPORT_WORDS_AFTER_YEAR = frozenset({"annual", "interim", "full-year", "half-year", "results", "earnings"})
"""Words after a year that make it a reporting period, also in Title Case (``2023 Annual Results``)."""


_LAW_NAME_BEFORE = regex.compile(
    r"(?<![\w])(?:Act|Acts|Ordinance|Bill|Code|Rules|Regulations|Decree|Proclamation|Statute)[ ]?,?[ ]$"
)
"""The end of a law's name before its year (``the Inland Waterways (Amendment) Act, 2024``, ``Finance Bill 2025``):
the year is part of the name, as South Asian and African laws are cited."""


_LAW_NUMBER_BEFORE = regex.compile(
    r"(?<![\w])(?:(?:Act|Law|Ordinance|Decree|Proclamation|Regulations?|Code|Resolution)(?:,?[ ](?:No\.?[ ]?)?\d+)?"
    r"|(?:Instrument|Notice|Order|Circular|Directive|S\.?I\.?)(?:,?[ ]No\.?)?[ ]?\d+"
    r"|(?i:case|petition|appeal|suit|cause|application|claim|complaint)"
    r"(?:[ ][A-Z]{1,6})*(?:,?[ ]No\.?)?[ ]?[A-Z]{0,3}\d+)"
    r",?[ ]of[ ]$"
)
"""A law or an official instrument cited by its number and year (``Strategic Development Projects Act No. 14 of
2008``, ``Companies Act of 2017``, Latin American ``Law 1955 of 2019``, ``Decree 2555 of 2010``, ``Statutory
Instrument 45 of 2022``, ``SI 118 of 2021``, ``Legal Notice No. 60 of 2023``, ``Circular No. 7 of 2019``): the
year after ``of`` is part of the identifier; an instrument needs its number (``the Order of 2020`` stays a date).
Court files are cited the same way (Kenyan ``Petition E045 of 2024``, ``case JR E117 of 2025``, ``Civil Appeal
No. 23 of 2019``)."""


def year_is_law_name(text: str, start: int) -> bool:
    """Tell whether the year at ``start`` closes a law's name (``Land Acquisition Act, 1894``, ``Act No. 14 of
    2008``)."""
    if text.endswith("of ", 0, start):
        return _LAW_NUMBER_BEFORE.search(text, max(0, start - 40), start) is not None
    return _LAW_NAME_BEFORE.search(text, max(0, start - 16), start) is not None


def year_range_is_name(text: str, start: int) -> bool:
    """Tell whether the span of years at ``start`` closes a name (``the National Development Plan 2026-2030``,
    ``Vision 2021-2025``): right after a capitalised word that introduces no time, as a bare year (``Vision
    2030``); a comma or a bracket between (``Energy Sector, 2010-2023``, ``Plan (2021-2025)``) or a possessive
    (``Kazakhstan's 2023-2024 programme``) keeps it a date."""
    previous, gap = _previous(text, start)
    if gap != " " or not previous[:1].isupper() or previous == "FY" or previous.endswith("'s"):
        return start > 1 and text[start - 2] == "," and year_is_law_name(text, start)
    return previous.lower() not in TIME_WORDS_BEFORE and previous.lower() not in ARTICLES


_SECURITY_CODE_BEFORE = regex.compile(
    r"""(?:\([ ]?(?:[A-Z]{2,6}(?:[ ]?[A-Z]{1,5})?|[A-Z][a-z]+[ ]Exchange)
         |\b(?:[Ss]tock|[Ss]hare|[Ss]ecurities|[Tt]icker)[ ](?:[Cc]ode|[Ss]ymbol)s?
         |\b[Tt]icker)
        [ ]?:[ ]?(?:[A-Z]{1,4}[ ]?)?\Z""",
    regex.VERBOSE,
)
"""Before a stock code: an exchange label in brackets (``(HKEX: 1800)``, ``(SZSE: 2039)``, ``(HK: 1186)``) or
``stock code:``; the number is a listed company's code, not a year."""


def year_in_context(text: str, start: int, end: int) -> bool:
    """Tell whether the bare year-like number at ``text[start:end]`` is a year, from the words around it."""
    if _SECURITY_CODE_BEFORE.search(text, max(0, start - 30), start) is not None:
        return False
    if start > 1 and (text[start - 2] == "," or text.endswith("of ", 0, start)) and year_is_law_name(text, start):
        return False  # "Act, 2025", "Act No. 14 of 2008" (without either, the capitalised word before makes it a name)
    previous, gap = _previous(text, start)
    previous_lower = previous.lower().rstrip(".") if previous != "No." else "no."
    following = _next(text, end)
    following_lower = following.lower()
    if following_lower in COUNT_WORDS_AFTER or (
        following.islower()
        and following_lower.endswith("s")
        and len(following) > 3
        and following_lower not in S_WORDS_AFTER_YEAR
    ):
        return False
    if gap == "-":
        return False
    if previous_lower in COUNT_WORDS_BEFORE and previous_lower not in TIME_WORDS_BEFORE:
        if not (previous_lower == "over" and _comparison_before_over(text, start - len(previous) - len(gap))):
            return False
    if previous.lower() in _COUNT_PHRASE_ENDS and _previous_two(text, start, previous, gap) in COUNT_PHRASES_BEFORE:
        return False
    if following.islower() and (previous_lower in POSSESSIVES_BEFORE_YEAR or previous_lower.endswith("'s")):
        return True  # a year modifying a noun after a possessive: "Its 2023 throughput", "COSCO's 2023 profit"
    if following_lower in REPORT_WORDS_AFTER_YEAR:
        return True  # a reporting period: "Announces 2023 Annual Results", "its 2022 Interim Report"
    introduced = previous_lower in TIME_WORDS_BEFORE
    if previous[:1].isupper() and not introduced and previous_lower != "the" and gap.strip() != "(":
        return False  # a name: "Vision 2030", "Expo 2020", "Agenda 2063"
    if following[:1].isupper() and not introduced:
        # a name ("2023 Top 500 Chinese Enterprises"), unless capitalised words only qualify a common noun:
        # "the 2019 China-Iraq framework agreement", "a 2015 Sino-Kenyan loan deal"
        return previous_lower in ARTICLES and _CAPITALS_THEN_NOUN.match(text, end) is not None
    return True


ARTICLES = frozenset({"the", "a", "an"})

_CAPITALS_THEN_NOUN = regex.compile(
    r"""(?:[ ](?:[A-Z][a-z]+-)+[A-Z][a-z]+){1,2}   # place compounds: China-Iraq, Sino-Kenyan
        [ ](?!(?:of|for|and|on|in|at|to|the|de|del|la|was|is|will|has|had|were|are)\b)[a-z]{3,}\b""",
    regex.VERBOSE,
)
"""After a year: hyphenated capitalised compounds (two places joined) and then a lower-case common noun."""

_COMPARISON_BEFORE_OVER = regex.compile(
    r"(?:%|\b(?:percent|per[ ]cent|increase|rise|growth|jump|gain|decline|drop|up|down|higher|lower))[ ]\Z"
)


def _comparison_before_over(text: str, over_start: int) -> bool:
    """Tell whether ``over`` before a year compares with it (``an increase of 7% over 2022``, ``up 12% over``)."""
    return _COMPARISON_BEFORE_OVER.search(text, max(0, over_start - 20), over_start) is not None


PLAN_WORDS_BEFORE_FOR = frozenset(
    "scheduled rescheduled slated planned set targeted earmarked timetabled penciled pencilled in due expected".split()
)
"""Words of a schedule before ``for`` that make a bare month after it a date (``scheduled for October``,
``pencilled in for March``); a bare ``for May`` stays out (``support for May``)."""


def month_in_context(text: str, start: int) -> bool:
    """Tell whether a month name standing alone is a date: it must follow a word that introduces a time, or
    ``for`` after a word of a schedule."""
    previous, gap = _previous(text, start)
    lowered = previous.lower()
    if lowered == "for" and gap == " ":
        before, _ = _previous(text, start - len(previous) - 1)
        return before.lower() in PLAN_WORDS_BEFORE_FOR
    return lowered in MONTH_WORDS_BEFORE


def weekday_in_context(text: str, start: int) -> bool:
    """Tell whether a weekday standing alone is a date: it must follow ``on``, ``since`` or the like."""
    previous, _ = _previous(text, start)
    return previous.lower() in WEEKDAY_WORDS_BEFORE


REPORT_VERBS_BEFORE_WEEKDAY = frozenset(
    """
    said says announced announces reported reports confirmed confirms stated added noted revealed disclosed
    declared unveiled signed opened launched inaugurated met agreed approved completed began started held
    released published warned urged wrote tweeted told reporters journalists
    """.split()
)
"""Verbs (and the listeners of ``told reporters``) after which wire copy puts a bare weekday without ``on``:
``Hanoi Metro Company said Monday.``, ``The two leaders met Tuesday in Astana``."""

NAMING_VERBS = frozenset("called named dubbed titled entitled nicknamed renamed branded".split())
"""Past forms after which a capitalised weekday is a name (``a ship named Friday``), not a day."""

_AFTER_WEEKDAY = regex.compile(r"(?:[.,;:!?)]|[ ](?=[a-z])|\n|\Z)")


def weekday_after_verb(text: str, start: int, end: int) -> bool:
    """Tell whether a bare weekday follows a verb as wire copy writes it: ``said Monday.``, ``met Tuesday in``.

    The verb is a reporting or event verb (:data:`REPORT_VERBS_BEFORE_WEEKDAY`) or another past form in
    ``-ed`` (not a naming verb: ``a vessel named Friday``); the weekday must end the clause or be followed by a
    lower-case word (not ``Monday's``, ``Monday-Friday`` or ``Friday Prayers``).
    """
    previous, gap = _previous(text, start)
    if gap != " " or _AFTER_WEEKDAY.match(text, end) is None:
        return False
    lower = previous.lower()
    if lower in REPORT_VERBS_BEFORE_WEEKDAY:
        return previous.islower()
    return previous.islower() and lower.endswith("ed") and len(lower) > 4 and lower not in NAMING_VERBS


_POSSESSIVE_WEEKDAY = regex.compile(r"'s[ ](?=[A-Za-z])")
"""``'s`` and a word after a weekday: ``at Monday's Cabinet meeting``, ``after Tuesday's vote``."""


_OPENERS_BEFORE_POSSESSIVE = frozenset(
    "after at before by during following from in on since until ahead despite".split()
)
"""Capitalised words that may open a sentence before a possessive weekday (``After Sunday's election``)."""


def weekday_is_possessive(text: str, start: int, end: int) -> bool:
    """Tell whether a bare weekday is a possessive before a noun: ``at Monday's Cabinet meeting``.

    News writes the day of a meeting, vote or signing so (``Friday's signing ceremony``); the possessive
    names one day as ``on Monday`` does.  The word before must be lower-case, end a sentence or be a
    sentence-opening preposition: after another capitalised word the weekday is part of a name
    (``TGI Friday's outlets``).  Habitual uses are left to :func:`weekday_is_habitual`.
    """
    if _POSSESSIVE_WEEKDAY.match(text, end) is None:
        return False
    previous, _ = _previous(text, start)
    if not previous or previous[0].islower() or previous.endswith("."):
        return True
    return previous.lower() in _OPENERS_BEFORE_POSSESSIVE


_DATELINE_PLACE = regex.compile(r"(?:\p{Lu}[\p{L}.'-]*(?:[ ]\p{Lu}[\p{L}.'-]*){0,3},[ ]){1,2}")
"""The place of a dateline before its weekday, ending in ``, ``: ``ASTANA, ``, ``Port Louis, Mauritius, ``."""

_DATELINE_AFTER = regex.compile(r"(?:[ ]\([^()\n]{1,40}\))?[ ]?-")
"""What follows a dateline's weekday: an optional agency in brackets, then the dash (``Tuesday (AP) -``)."""

_DATELINE_LOOK = 60


def weekday_in_dateline(text: str, start: int, end: int) -> bool:
    """Tell whether a bare weekday is the day of a dateline: ``ASTANA, Tuesday - Kazakhstan Temir Zholy ...``.

    Wire copy and digests of wire items open a story with its place and the day it was filed; the weekday
    must open its line after one or two capitalised place names and commas, and be followed by a dash
    (an agency in brackets may stand between).  A weekday in running text after a comma
    (``The Board met, Tuesday - ...``) does not open its line and is not taken.
    """
    line_start = text.rfind("\n", max(0, start - _DATELINE_LOOK), start) + 1
    if line_start == 0 and start > _DATELINE_LOOK:
        return False
    if _DATELINE_PLACE.fullmatch(text, line_start, start) is None:
        return False
    return _DATELINE_AFTER.match(text, end) is not None


_HABITUAL_CUE = regex.compile(
    r"\b(?:every|each|usually|often|always|normally|typically|regularly|generally|sometimes|weekly|weekends?)\b",
    regex.IGNORECASE,
)
_SENTENCE_END = regex.compile(r"[.!?\n]")
_HABITUAL_LOOK = 160


def weekday_is_habitual(text: str, start: int, end: int) -> bool:
    """Tell whether a bare weekday tells what happens every week rather than one day.

    ``"My mother cooks on Saturday"``, ``Markets open early on Friday, as they do every week``: the
    clause before it has a present-tense verb and no past or future cue, and either the sentence
    says how often (``every``, ``usually``, ``on weekends``) or the weekday stands in a quotation.
    """
    if clause_tense(text, start) is not None:
        return False
    sentence_start = max(0, start - _HABITUAL_LOOK)
    before = text[sentence_start:start]
    last_end = max((match.end() for match in _SENTENCE_END.finditer(before)), default=0)
    before = before[last_end:]
    after_end = _SENTENCE_END.search(text, end, end + _HABITUAL_LOOK)
    after = text[end : after_end.start() if after_end else end + _HABITUAL_LOOK]
    if _HABITUAL_CUE.search(before) or _HABITUAL_CUE.search(after):
        return True
    in_quote = before.count('"') % 2 == 1
    return in_quote and _PRESENT_VERB_BEFORE_ON.search(before) is not None


_PRESENT_VERB_BEFORE_ON = regex.compile(
    r"(?:\b(?:I|[Ww]e|[Yy]ou|[Tt]hey)[ ][a-z]+"
    r"|\b(?!(?:was|has|is|does|this|its|us|plus|as|his|gas)\b)[a-z]{2,}[^s\W]s)[ ]on[ ]$"
)
"""``cooks on``, ``we meet on``: a present-tense verb right before ``on`` (not ``was on``, ``has on``)."""


# Words before a year that make it a target in the future ("by 2030"), no evidence of the time of writing.
TARGET_WORDS_BEFORE = frozenset({"by", "until", "till", "to", "through", "before", "vision", "agenda", "strategy"})


def year_is_target(text: str, start: int) -> bool:
    """Tell whether the year at ``start`` reads as a target (``by 2030``) rather than a past or present time."""
    previous, _ = _previous(text, start)
    return previous.lower() in TARGET_WORDS_BEFORE


_CLAUSE_LOOK = 120
"""How far back the clause of a date is read for its tense."""

_CLAUSE_START = regex.compile(r"(?:[;!?\n]|\.(?<!\d\.(?=\d)))(?:[^.;!?\n]|(?<=\d)\.(?=\d))*$")
"""Where the clause before a date starts: after the last stop that is no decimal point (``a 1.4-trillion deal``)."""

# Words that put a clause in the future: "will", "is due to", "to be held", "plans to", a participle of plan just
# before the date ("a general meeting expected in May", not "was expected in"), and a headline's bare
# infinitive ("construction to start in October"; not "decided to start", "began to open").
_FUTURE_CUE = regex.compile(
    r"""\b(?:will|shall|would|upcoming|forthcoming
        |(?:is|are|was|were)[ ](?:due|scheduled|set|expected|planned|slated)[ ]to
        |(?:is|are|has[ ]been|have[ ]been)[ ](?:scheduled|set|planned|slated|pencil+ed[ ]in|earmarked)[ ](?:for|on)
        |due[ ](?:in|on|by|for)
        |(?P<plan>expected|scheduled|slated|planned)(?<!\b(?:was|were|been)[ ](?P=plan))
         [ ](?:in|on|for|by)(?=[ ](?:the[ ])?$)
        |to[ ]be[ ](?:held|opened|completed|launched|signed|hosted|commissioned)
        |plans?[ ]to|planning[ ]to|intends?[ ]to
        |(?<!\b(?:\w+ed|began|was|were|is|are|had|has|have|been|be)[ ])
         to[ ](?:start|begin|open|resume|launch|commence|run|operate|roll[ ]out|host|deliver|enter|produce))\b""",
    regex.VERBOSE | regex.IGNORECASE,
)


def _last_full_stop(body: str) -> int:
    """Return the index of the last ``.`` in ``body`` that is no decimal point (``a 1.4-trillion-riel deal``)."""
    index = body.rfind(".")
    while 0 < index < len(body) - 1 and body[index + 1].isdigit() and body[index - 1].isdigit():
        index = body.rfind(".", 0, index)
    return index


def _clause_before(text: str, start: int) -> str:
    """Return the text from the start of the sentence (or line) holding ``start`` up to it, at most a window.

    The same as cutting the window after the match of :data:`_CLAUSE_START` (whose ``$`` also matches before
    a final line break), found with ``str.rfind`` instead of a regex search.
    """
    window = text[max(0, start - _CLAUSE_LOOK) : start]
    body = window[:-1] if window.endswith("\n") else window
    boundary = max(_last_full_stop(body), body.rfind(";"), body.rfind("!"), body.rfind("?"), body.rfind("\n"))
    if boundary < 0 and len(body) < len(window):
        boundary = len(body)  # only the final line break: the clause is empty
    return window[boundary + 1 :] if boundary >= 0 else window


def in_future_clause(text: str, start: int) -> bool:
    """Tell whether the date at ``start`` stands in a clause about the future (``is due to start in October``)."""
    return _FUTURE_CUE.search(_clause_before(text, start)) is not None


_SINCE_CLAUSE = regex.compile(r"(?:^|[ \"'(])[Ss]ince[ ][^,]*$")
"""``since`` opening the stretch of clause up to a date, with no comma between: ``Since 2013, ...``,
``the 20,000th train since the service opened on March 19, 2011``."""


def in_since_clause(text: str, start: int) -> bool:
    """Tell whether the date at ``start`` stands in a clause opened by ``since`` (background, not the story's day).

    The clause may open the sentence (``Since May 2019, ...``) or follow its main clause (``the 20,000th train
    since the service opened on March 19, 2011``): either way the date is the starting point of a tally, not
    the day the story tells of, so ``On the same day`` after it refers back past it.
    """
    if "ince " not in text[max(0, start - _CLAUSE_LOOK) : start]:
        return False  # no "since"/"Since" in reach: skip cutting the clause (most dates)
    return _SINCE_CLAUSE.search(_clause_before(text, start)) is not None


# A past-tense auxiliary or a regular past form just before the date: "signed ... on Sunday", "was held on".
_PAST_CUE = regex.compile(
    r"\b(?<!\b(?:is|are|be|being)[ ])"  # not a present passive: "the fair is held on"
    r"(?:was|were|had|did|said|met|held|took|made|saw|began|came|went|gave|won|told"
    r"|became|rose|fell|grew|broke|bought|sold|paid|laid|struck|sent|brought|spent|chose|wrote|spoke|sought"
    r"|(?<!\b(?:the|a|an|its|their|his|her|our|these|those|all)[ ])\w{3,}ed)\b"  # not "the affected villages"
    r"[^,;]*(?:(?<=\d),(?=\d{3})[^,;]*)*$",  # a thousands comma ("cleared Tk 1,250 crore in") ends no clause
    regex.IGNORECASE,
)


def clause_tense(text: str, start: int) -> str | None:
    """Return ``"future"``, ``"past"`` or ``None`` for the clause before the date at ``start``.

    When the clause holds both a future and a past cue, the one nearer the date governs it:
    ``the railway, which will connect A with B, was completed in May`` is past, ``BYD will begin ... in
    2024, the company said on Monday`` is past, ``the ministry said it will open in March`` is future.
    """
    clause = _clause_before(text, start)
    future = future_end = -1
    for match in _FUTURE_CUE.finditer(clause):
        future, future_end = match.span()
    past_match = _PAST_CUE.search(clause, max(future_end, 0))  # not the "expected" of "is expected to"
    past = past_match.start() if past_match is not None else -1
    if future < 0 and past < 0:
        return None
    if future > past and clause[future : future + 4].lower() in ("was ", "were"):
        return None  # "was expected to finish by June 30": a past plan, for a date either side of the report
    if past > future:
        # "said the line opens in March": a present verb after the past one tells of a schedule, not the past;
        # "agreed to keep the port open from May 1": a commitment, for a date either side of the report
        if _PRESENT_CUE.search(clause, past) is not None or _COMMITMENT_TO.search(clause, past) is not None:
            return None
        if clause.endswith(_DEADLINE_ENDS) and _REQUEST_DEADLINE.search(clause, past) is not None:
            return None  # "asked COA for an audit before June 30": a deadline set in the past, either side
        return "past"
    return "future"


_COMMITMENT_TO = regex.compile(
    r"\b(?:agreed|decided|pledged|promised|vowed|undertook|resolved|committed|approved[ ]plans"
    r"|(?:signed|inked|reached|struck)[ ](?:an?|the)[ ](?:[\w-]+[ ]){0,3}?"
    r"(?:agreements?|deals?|memorandum|memorandums|MoUs?|contracts?|accords?|pacts?)\b[^,;]{0,40}?)[ ]to[ ]"
    r"(?!be[ ]\w+ed\b|(?:the|a|an|its|their|this|that|these|those|it|them)\b)[^,;]*$",
    regex.IGNORECASE,
)
"""A past commitment to act (``agreed to keep the port open from``, ``signed an agreement on September 18 to
add trains from``): the act may lie either side of the report, so the clause gives no tense and the
nearest-date rule decides (not ``agreed to be completed by``, nor ``agreed to the plan in``, where ``to``
governs a noun)."""

_DEADLINE_ENDS = ("before ", "by ", "until ", "till ", "no later than ", "not later than ")
"""The words a deadline's date follows (a cheap test before :data:`_REQUEST_DEADLINE`)."""

_REQUEST_DEADLINE = regex.compile(
    r"\b(?:asked|urged|called[ ](?:on|upon|for)|ordered|directed|instructed|demanded|requested|gave"
    r"|requires?d?|pressed|set[ ]a[ ]deadline)\b[^,;]*?[ ](?:before|by|until|till|(?:no|not)[ ]later[ ]than)[ ]$",
    regex.IGNORECASE,
)
"""A request or an order with its deadline (``asked the auditors for a special audit before``, ``ordered the
contractor to finish the works by``, ``gave the firm until``): the deadline may lie either side of the report,
so the past verb gives the date no tense and the nearest-date rule decides."""

_PRESENT_CUE = regex.compile(
    r"\b(?:is|are|has|have|remains?|starts|begins|opens|runs|resumes|takes|expires|ends|closes|lapses"
    r"|could|can|may|might|should|must)\b"
)
"""Present-tense verbs and modals that, after a past one, put the date in a schedule or a prospect (``said the
line opens in March``, ``said it could extend the ban when it expires on June 22``)."""

_DEFERRED_TO = regex.compile(
    r"\b(?:adjourned|postponed|deferred|rescheduled|pushed[ ]back|put[ ]off|moved|extended)"
    r"(?:[ ][\w-]+){0,3}?[ ](?:to|until|till)[ ]$",
    regex.IGNORECASE,
)
"""A deferral's verb before the date (``adjourned to``, ``postponed the hearing until``): the new date is told in
the past but may lie either side of the report, so the clause gives no tense."""


_CLAUSE_AFTER_LOOK = 80
"""How far after a date its clause is read for the verb that follows it (``on Sunday handed over``)."""

_CLAUSE_AFTER_END = regex.compile(r"[,.;:!?\n(\"]")


def date_tense(text: str, start: int, end: int) -> str | None:
    """Return the tense of the clause a date stands in: the words before it, else the words after it.

    Before: :func:`clause_tense`.  When the words before give no cue, the rest of the clause after the
    date is read (up to a comma or a full stop): news puts the date before its verb (``PowerChina on Sunday
    handed over``, ``Aramco in March broke ground on``, ``In May the plant will start``).
    """
    if text.endswith(("to ", "until ", "till "), max(0, start - 6), start) and _DEFERRED_TO.search(
        _clause_before(text, start)
    ):
        return None  # "adjourned to December 4": the new date of a deferral, before or after the report
    tense = clause_tense(text, start)
    if tense is not None:
        return tense
    after = text[end : end + _CLAUSE_AFTER_LOOK]
    stop = _CLAUSE_AFTER_END.search(after)
    if stop is not None and stop.start() == 0 and after.startswith(", ") and _opens_sentence(text, start):
        # a fronted date ("In May, Ganfeng signed ..."): its clause is the main clause after the comma
        after = after[2:]
        stop = _CLAUSE_AFTER_END.search(after)
    if stop is not None:
        after = after[: stop.start()]
    future = _FUTURE_CUE.search(after)
    past = _PAST_VERB.search(after)
    if future is not None and (past is None or future.start() < past.start()):
        return "future"  # the first verb is the clause's own: "signed a memorandum under which China will ..."
    return "past" if past is not None else None


_FRONTING_WORDS = 2
"""At most this many words (``In``, ``In early``, ``Late last``) before a date that opens its sentence."""


def _opens_sentence(text: str, start: int) -> bool:
    """Tell whether the date at ``start`` opens its sentence, after at most a preposition and a modifier."""
    return len(_clause_before(text, start).split()) <= _FRONTING_WORDS


_PRESENT_MAIN_VERB = regex.compile(r"\b(?:is|are|has|have|remains?|stands?|employs|accounts)\b")


def told_in_past_after(text: str, end: int) -> bool:
    """Tell whether the sentence after ``end`` tells of a past deed: its first verb cue is a past one.

    ``Today, with the participation of the President, a ceremony was held ...`` (a wire's opening: the day of
    the report) against ``Today, China is the largest investor ...`` (the present)."""
    after = text[end : end + _SENTENCE_LOOK]
    cut = min((index for index in (after.find(". "), after.find("\n")) if index >= 0), default=len(after))
    sentence = after[:cut]
    past = _PAST_VERB.search(sentence)
    if past is None or _FUTURE_CUE.search(sentence, 0, past.start()) is not None:
        return False
    return _PRESENT_MAIN_VERB.search(sentence, 0, past.start()) is None


def told_in_past_before(text: str, start: int) -> bool:
    """Tell whether the last verb cue of the clause before ``start`` is a past one (quotes before it cut off).

    ``... he told reporters after officiating the launch in Kuantan today`` (the day of the report) against
    ``the bridge, which was completed in 1990, remains the longest in Asia today`` (the present) and ``the
    plant will open in Kuantan today`` (no past at all)."""
    clause = _clause_before(text, start)
    clause = clause[clause.rfind('"') + 1 :]
    past_end = -1
    for past in _PAST_VERB.finditer(clause):
        past_end = past.end()
    if past_end < 0:
        return False
    return _FUTURE_CUE.search(clause, past_end) is None and _PRESENT_MAIN_VERB.search(clause, past_end) is None


_SENTENCE_LOOK = 250
"""How far either side of a date its sentence is read for :func:`in_past_sentence`."""

_PAST_VERB = regex.compile(
    r"""\b(?<!\b(?:is|are|be|being)[ ])
        (?:was|were|had|did|said|met|held|took|made|saw|began|came|went|gave|won|told|rose|fell|grew|built|
        broke|bought|sold|paid|laid|led|struck|sent|brought|spent|became|chose|drew|wrote|spoke|sought|
        (?!(?:planned|expected|scheduled|proposed|estimated|projected|anticipated|targeted|intended|slated|based
        |related|listed|limited|united|advanced|integrated|needed|required|dedicated|designed|aimed|committed
        |interested|concerned|unprecedented|detailed|renewed|combined|red|bed|need|seed|speed|feed|breed|shed)\b)
        [a-z]{3,}ed)\b""",
    regex.VERBOSE,
)
"""A past-tense verb: an auxiliary, a common irregular past, or a word in ``-ed`` that is not mostly an adjective
of plans (``planned``, ``expected``, ``scheduled``)."""


def _sentence_around(text: str, start: int, end: int) -> str:
    """Return the sentence (or line) holding ``text[start:end]``, at most :data:`_SENTENCE_LOOK` either side."""
    window_start = max(0, start - _SENTENCE_LOOK)
    before = text[window_start:start]
    boundary = max(before.rfind(". "), before.rfind("; "), before.rfind("!"), before.rfind("?"), before.rfind("\n"))
    after = text[end : end + _SENTENCE_LOOK]
    stops = [after.find(stop) for stop in (". ", ";", "!", "?", "\n")]
    cut = min((index for index in stops if index >= 0), default=len(after))
    return before[boundary + 1 :] + text[start:end] + after[:cut]


def in_past_sentence(text: str, start: int, end: int) -> bool:
    """Tell whether the date at ``text[start:end]`` stands in a sentence told in the past and not the future.

    ``In the second quarter, a hydropower station ... was put into operation``: the verb may follow the date,
    so the whole sentence is read, unlike :func:`clause_tense`.  A future cue anywhere in it (``will``,
    ``is due to``) wins over a past one.
    """
    sentence = _sentence_around(text, start, end)
    if _FUTURE_CUE.search(sentence) is not None:
        return False
    return _PAST_VERB.search(sentence) is not None
