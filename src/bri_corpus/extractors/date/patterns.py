"""Compiled patterns of the date extractor: what a calendar reference looks like in English news text.

One master pattern (:data:`DATE_ATOM`) finds the atoms: each alternative is a
named group ``alt_<rule>`` whose inner named groups (``y``, ``mon``, ``d``,
``dl``, ...) feed :mod:`.resolve`.  The ``regex`` module lets several
alternatives reuse one group name and keeps every capture of a repeated
group (the ``2`` of ``On 2 and 4 April 2019``).  Alternatives that can start
at the same character are ordered longest first, because the leftmost
alternative that matches wins.  Month names and most words are matched
case-sensitively (``May``, not the modal ``may``), with their title and upper
case forms spelled out.

The small patterns after it are applied at the edges of an atom to join
neighbours (``4 a.m. on`` + ``February 12nd``; ``30 May to`` + ``2 June``) and
to read the words around a bare year or month.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

import regex

__all__ = [
    "ALTERNATIVES",
    "CAPS_PERIOD",
    "DATELINE_AFTER",
    "DATE_LINE_END",
    "BIKRAM_SAMBAT",
    "BS_GREGORIAN_BESIDE",
    "BS_MONTH",
    "HEADER_TIME",
    "HEADER_UPDATED_TIME",
    "DATELINE_CHARS",
    "DATELINE_LABEL",
    "DATELINE_PLACE",
    "ATOM_PATTERNS",
    "CAPITALISED_CORE",
    "CORE_WORDS",
    "DIGIT_CORE",
    "INSIDE_CAPITALISED_WORD",
    "KEYWORDS",
    "KEYWORD_REACH",
    "PREFIX_BEFORE",
    "PREFIX_REACH",
    "WORD_START",
    "ENTRIES",
    "ENTRY_PATTERNS",
    "atom_entries",
    "DAY_TO_TIME",
    "DOCUMENT_YEAR_HINT",
    "NEXT_WORD",
    "PREVIOUS_WORD",
    "RANGE_CONNECTOR",
    "LIST_CONNECTOR",
    "TIME_TO_DAY",
    "WEEKDAY_TO_DATE",
]

_MONTH_FULL = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_SHORT = ("Sept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _title_and_upper(words: tuple[str, ...]) -> str:
    forms = [form for word in words for form in (word, word.upper())]
    return "|".join(sorted(forms, key=len, reverse=True))


_MONTH_FULL_WORDS = _title_and_upper(_MONTH_FULL)
_MONTH_SHORT_WORDS = _title_and_upper(_MONTH_SHORT)
# A month name: full (title or upper case), or an abbreviation whose dot is kept only before a day ("Sept. 7").
MONTH = rf"(?P<mon>(?:{_MONTH_FULL_WORDS})\b|(?:{_MONTH_SHORT_WORDS})\b(?:\.(?=[ ]\d))?)"
# A full month name alone (abbreviations alone are too often names or words: "Jan", "Mar").
MONTH_FULL = rf"(?P<mon>(?:{_MONTH_FULL_WORDS})\b)"
# A day of the month, with an ordinal suffix, even a wrong one ("12nd"); never part of a time, decimal or percentage.
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![:%]|[.,]\d)"
# The digits of a four-digit year from 1800 to 2099.
YEAR_DIGITS = r"(?:1[89]|20)\d{2}"
# A year that is not part of a longer number, decimal or percentage.
YEAR = rf"{YEAR_DIGITS}(?![\d%]|[.,]\d)"
# A year named relative to the document or to the year last mentioned.
_RELATIVE_WORDS = r"[Tt]his|[Ll]ast|[Nn]ext|[Tt]he[ ](?:same|following|previous|preceding|current)|[Tt]hat"
YEAR_RELATIVE = rf"(?P<yrel>(?:{_RELATIVE_WORDS})[ ]year)\b"
# A year or a relative year after a month, a day or a quarter.
YEAR_OR_RELATIVE = rf"(?:(?P<y>{YEAR})|{YEAR_RELATIVE})"
# Words before a date that shift it within its unit; the value keeps the unit (the spec has no modifiers).
_MODIFIER_WORDS = (
    r"(?<![A-Za-z])(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|[ ])"  # not the end of "nearly", "chocolate", "humid"
    r"|(?<![A-Za-z])[Ee]nd-"  # end-2024, end-March (not "weekend-")
    r"|(?:[Tt]he[ ])?(?:very[ ])?(?:end|beginning|start|middle|close|turn)[ ]of[ ]"
)
MODIFIER = rf"(?P<mod>{_MODIFIER_WORDS})"
# A clock time with a.m./p.m. ("4 a.m.", "10:30 pm") or a 24-hour time ("08:34", French "16h25").
TIME = (
    r"(?:(?P<hh>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?[ ]?(?P<ap>[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b)"
    r"|(?P<hh>[01]?\d|2[0-3])(?::|h)(?P<mi>[0-5]\d)(?![\d:]|(?<=h\d\d)\w))"
)
# Words that may follow the last day of a list or range ("May 18 to 19 in Xi'an"); any other lower-case
# word there means the number counts something ("May 5 and 6 companies").
_AFTER_DAY_OK = r"(?:in|at|on|and|to|for|this|last|next|of|with|when|as|the|was|were|will|is|are|by|from|during)"
_DAY_END = rf"(?![ ](?!{_AFTER_DAY_OK}\b)[a-z])"
# Ways to join days: a range ("18-19", "18th to 19th") or a list ("2, 3 and 4").
_RANGE_JOIN = r"(?P<rng>[ ]?-[ ]?|[ ](?:to|through|till|until)[ ])"
_LIST_JOIN = r"(?:,?[ ](?:and|&)[ ])"
_QUARTER_ORDINAL_WORDS = r"[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal|1st|2nd|3rd|4th"
_QUARTER_ORDINAL = rf"(?P<ord>{_QUARTER_ORDINAL_WORDS})"
_HALF_ORDINAL_WORDS = r"[Ff]irst|[Ss]econd|[Ll]atter|1st|2nd"
_HALF_ORDINAL = rf"(?P<ord>{_HALF_ORDINAL_WORDS})"
_OF_YEAR = rf"(?:[ ]of[ ](?:(?P<y>{YEAR})|{YEAR_RELATIVE}|(?P<theyear>the[ ]year)\b))"
_SEASON_WORDS = r"[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter"
_SEASON = rf"(?P<season>{_SEASON_WORDS})"
_HOLIDAY_NAMES = (
    r"Spring[ ]Festival|Chinese[ ]New[ ]Year|Lunar[ ]New[ ]Year|Lantern[ ]Festival"
    r"|Dragon[ ]Boat[ ]Festival|Mid-Autumn[ ]Festival|New[ ]Year's[ ]Day|Christmas(?:[ ](?:Day|Eve))?"
    r"|Nowruz|Navruz|Nauryz|International[ ]Women's[ ]Day|Women's[ ]Day|International[ ]Labou?r[ ]Day"
    r"|Labou?r[ ]Day|International[ ]Workers'[ ]Day|May[ ]Day|Valentine's[ ]Day"
)
_HOLIDAY = rf"(?P<hol>{_HOLIDAY_NAMES})\b(?![ ](?:Gala|Eve\b))"
_FIRST_MONTHS = (
    r"(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])[ ]months"
    r"|(?P<q>two|three|[23])[ ]quarters)"
)
"""The count of a year's first months or quarters (``nine months``, ``three quarters``)."""
_NUMBER_WORDS = (
    r"\d{1,2}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve"
    r"|[Tt]wenty|[Tt]hirty|[Ff]ifty"
)
_NUMBER = rf"(?P<n>{_NUMBER_WORDS})"
_WEEKDAY_WORDS = _title_and_upper(_WEEKDAYS)

_MONTH_LIKE = r"[ADFJMNOS][A-Za-z]{2,8}"
"""In an entry: the start of any month name or abbreviation (a looser test than the names, and much cheaper to
compile; entries only need to hold wherever their alternative matches)."""

_IRREGULAR_PAST = "broke|began|held|met|took|gave|made|won|laid|struck|sent|sold|became|brought|paid|signed"
"""Past-tense verbs without ``-ed`` (and ``signed``, the commonest) that may follow ``today`` in a wire's lead
(``Kibing today broke ground on``)."""

_ADVERB_BEFORE_VERB = "officially|formally|jointly|also|successfully"
"""Adverbs that may stand between ``today`` and its verb (``PowerChina today officially launched``)."""


_ALTERNATIVE_SOURCES: tuple[tuple[str, str, str, str], ...] = (
    # 2020-05-29, 2019.06.05, 2020/5/29, with an optional time "2023-07-25 08:34"
    (
        "iso",
        r"\d",
        rf"{YEAR_DIGITS}[-/.](?:1[0-2]|0?[1-9])[-/.]",
        rf"""(?<![\w./:-])(?P<y>{YEAR_DIGITS})(?P<sep>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)
        (?P<d>[12]\d|3[01]|0?[1-9])(?![\d]|[.,/-]\d)
        (?:(?:[ ]|T)(?P<hh>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:]))?""",
    ),
    # 2020年5月29日, 2020年5月
    (
        "cjk",
        r"\d",
        rf"{YEAR_DIGITS}年",
        rf"""(?P<y>{YEAR_DIGITS})年(?P<m>1[0-2]|0?[1-9])月(?:(?P<d>[12]\d|3[01]|0?[1-9])[日号])?""",
    ),
    # 05/18/2023, 18/05/2023, 18.05.2023, 18-05-2023: day-month order settled by the resolver; a two-digit
    # year only before a clock time, as a wire header stamps a story ("13/06/24 15:40")
    (
        "numeric",
        r"\d",
        r"[0-3]?\d[/.-][0-3]?\d[/.-]",
        rf"""(?<![\w./:-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)
        (?:(?P<y>{YEAR})(?![/-]\d)|(?P<yy>\d\d)(?=[ ](?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])))""",
    ),
    # 4 a.m., 10:30 pm, 08:34: kept only when joined to a day
    (
        "time",
        r"\d",
        r"\d\d?(?::|h\d|[ ]?(?:[ap]\.m\.|[AP]\.M\.|[ap]m|[AP]M))",
        rf"""(?<![\w.:,-]){TIME}""",
    ),
    # 2 and 4 April 2019, 18-19 May 2023, 18th to 19th May: days before one month
    (
        "dm_days",
        r"\d",
        r"\d\d?(?:st|nd|rd|th)?(?:[,-]|[ ](?:-|(?:and|&|to|through|till|until)[ ]))",
        rf"""(?<![\w.,-])(?:(?P<dl>{DAY})(?:,[ ](?P<dl>{DAY}))*{_LIST_JOIN}|(?P<dl>{DAY}){_RANGE_JOIN})
        (?P<d>{DAY})(?:[ ]of)?[ ]{MONTH}(?:,?[ ]{YEAR_OR_RELATIVE})?""",
    ),
    # 29 May 2020, 29th of May, the 29th of May, 4 April, 7 May this year
    (
        "dm",
        r"[\dTt]",
        r"(?:[Tt]he[ ])?\d\d?(?:st|nd|rd|th)?[ ](?:of[ ])?[A-Z]",
        rf"""(?<![\w.,-])(?:(?P<the>[Tt]he)[ ])?(?P<d>{DAY})(?:[ ]of)?[ ]{MONTH}
        (?:,?[ ]{YEAR_OR_RELATIVE})?""",
    ),
    # May 18th to 19th, May 18-19, 2023, May 5 and 6: one month, then days
    (
        "md_days",
        r"[A-Z]",
        rf"{_MONTH_LIKE}\.?[ ]\d\d?(?:st|nd|rd|th)?(?:,|-|[ ](?:-|and|&|to|through|till|until))",
        rf"""{MONTH}[ ](?P<d>{DAY})
        (?:(?:,[ ](?P<dl>{DAY}))*{_LIST_JOIN}(?P<dl>{DAY})|{_RANGE_JOIN}(?P<dl>{DAY})){_DAY_END}
        (?:,?[ ]{YEAR_OR_RELATIVE})?""",
    ),
    # May 29, 2020, May 29th 2020, Sept. 7, April 24, May 5 this year
    (
        "md",
        r"[A-Z]",
        rf"{_MONTH_LIKE}\.?[ ]\d",
        rf"""{MONTH}[ ](?P<d>{DAY})(?!-\d)(?:,?[ ]{YEAR_OR_RELATIVE})?""",
    ),
    # January-August, Jan-Aug 2023, March-April 2022: two months joined by a hyphen, an interval
    (
        "month_pair",
        r"[A-Z]",
        rf"{_MONTH_LIKE}-[ADFJMNOS]",
        rf"""(?P<mon>{_MONTH_FULL_WORDS}|{_MONTH_SHORT_WORDS})-(?P<mon2>{_MONTH_FULL_WORDS}|{_MONTH_SHORT_WORDS})
        \b(?![-'])(?:,?[ ](?P<y>{YEAR}))?""",
    ),
    # September 2013, mid-October 2023, the end of January 2020, May of 2020, May this year
    (
        "month_year",
        r"[A-Za-z]",
        rf"(?:{_MODIFIER_WORDS})?{_MONTH_LIKE}\.?(?:[ ]of)?,?[ ](?:\d|[TtLlNn])",
        rf"""(?:{MODIFIER})?{MONTH}(?:[ ]of)?,?[ ]{YEAR_OR_RELATIVE}""",
    ),
    # early May, mid-October, the end of March: a month of the reference year
    (
        "month_mod",
        r"[EeLlMmTt]",
        _MODIFIER_WORDS,
        rf"""{MODIFIER}{MONTH_FULL}""",
    ),
    # the first quarter of 2020, first-quarter, the third quarter of last year, the final quarter;
    # the last quarter of 2023 (only with "the" and its year: a bare "last quarter" is the one before the report's)
    (
        "quarter",
        r"[TtFfSs1-4]",
        rf"(?:[Tt]he[ ])?(?:{_QUARTER_ORDINAL_WORDS}|[Ll]ast)[ -]quarter",
        rf"""(?P<the>[Tt]he)[ ](?P<ord>[Ll]ast)[ ]quarter{_OF_YEAR}
        |(?:(?P<the>[Tt]he)[ ])?{_QUARTER_ORDINAL}[ -]quarter\b{_OF_YEAR}?""",
    ),
    # Q1 2020, Q3-2019, Q2 of 2021, Q4: a quarter, of the reference year when none is given
    (
        "quarter_code",
        r"Q",
        r"Q[1-4]",
        rf"""\bQ(?P<q>[1-4])(?:(?:,?[ ]|-|/)(?:of[ ])?(?:FY)?(?P<y>{YEAR}))?\b""",
    ),
    # 1Q20, 1Q2020, 2020 Q1
    (
        "quarter_short",
        r"\d",
        rf"[1-4]Q|{YEAR_DIGITS}[ ]Q",
        rf"""\b(?P<q>[1-4])Q(?:(?P<yy>\d{{2}})|(?P<y>{YEAR}))\b|\b(?P<y>{YEAR})[ ]Q(?P<q>[1-4])\b""",
    ),
    # the first half of the year, the second half of 2022, first half of this year, the latter half of 2021
    (
        "half",
        r"[TtFfSsLl12]",
        rf"(?:[Tt]he[ ])?(?:{_HALF_ORDINAL_WORDS})[ -]half",
        rf"""(?:(?P<the>[Tt]he)[ ])?{_HALF_ORDINAL}[ -]half{_OF_YEAR}""",
    ),
    # the first nine months of 2024, the first 10 months of the year, the first three quarters of 2025: January to
    # the last month; with no year,
    # only as the period of a report's figures ("in the first five months", "During the first five months,"):
    # not a span of something's life ("the first three months were difficult", "the first six months of operation")
    (
        "first_months",
        r"[TtFf]",
        r"(?:[Tt]he[ ])?[Ff]irst[ ]",
        rf"""(?:(?P<the>[Tt]he)[ ])?[Ff]irst[ ]{_FIRST_MONTHS}{_OF_YEAR}
        |(?<=\b(?:[Ii]n|[Dd]uring|[Oo]ver)[ ])(?:(?P<the>[Tt]he)[ ])?[Ff]irst[ ]{_FIRST_MONTHS}
        (?![ ](?:of|after|since|following|from|to|in|at|on|under)\b|[-\w])""",
    ),
    # H1 2022, H2-2021, 1H22, 2022 H1; "in H1" alone (a report's half: of the reference year)
    (
        "half_code",
        r"[H\d]",
        rf"H[12]|[12]H|{YEAR_DIGITS}[ ]H",
        rf"""\bH(?P<h>[12])(?:,?[ ]|-|/)(?P<y>{YEAR})\b
        |(?<=\b(?:[Ii]n|[Dd]uring|[Ff]or|[Oo]ver|[Tt]hroughout)[ ])H(?P<h>[12])\b(?![-/.,']?\w)
        |\b(?P<h>[12])H(?:(?P<yy>\d{{2}})|(?P<y>{YEAR}))\b
        |\b(?P<y>{YEAR})[ ]H(?P<h>[12])\b""",
    ),
    # spring 2020, the summer of 2019, this winter
    (
        "season",
        r"[TtSsAaFfWwLlNn]",
        rf"(?:[Tt]he[ ])?(?:{_SEASON_WORDS})(?:[ ]of)?,?[ ]\d|(?:[Tt]his|[Ll]ast|[Nn]ext)[ ](?:{_SEASON_WORDS})",
        rf"""(?:(?P<the>[Tt]he)[ ])?{_SEASON}(?:[ ]of)?,?[ ](?P<y>{YEAR})
        |(?P<rel>[Tt]his|[Ll]ast|[Nn]ext)[ ]{_SEASON}\b""",
    ),
    # early 2024, mid-2023, the end of 2020, late last year, the beginning of the year
    (
        "year_mod",
        r"[EeLlMmTt]",
        _MODIFIER_WORDS,
        rf"""{MODIFIER}(?:(?P<y>{YEAR})|{YEAR_RELATIVE}|(?P<theyear>the[ ]year)\b)""",
    ),
    # this year, last month, next week, earlier this year, the same year, that year, the following year
    (
        "relative",
        r"[EeLlTtNn]",
        rf"(?:(?:[Ee]arlier|[Ll]ater)[ ])?(?:{_RELATIVE_WORDS})[ ](?:year|month|week)",
        r"""(?:(?P<mod>[Ee]arlier|[Ll]ater)[ ])?
        (?P<rel>[Tt]his|[Ll]ast|[Nn]ext|[Tt]he[ ](?:same|following|previous|preceding|current)|[Tt]hat)[ ]
        (?P<unit>year|month|week)\b(?!-(?:on|to|end|old|long|round)\b|'s[ ]end)""",
    ),
    # the same day, the following day, the next day, the previous day (resolved from the day last mentioned)
    (
        "same_day",
        r"[Tt]",
        r"[Tt]he[ ](?:same|following|next|previous)[ ]day",
        r"""(?P<rel>[Tt]he[ ](?:same|following|next|previous))[ ]day\b(?![-'])""",
    ),
    # the day before, the day after, standing alone ("The day before, the president received ..."): from the day
    # last mentioned, as "the previous day" (not "the day before the summit", whose anchor is the summit)
    (
        "day_before",
        r"[Tt]",
        r"[Tt]he[ ]day[ ](?:before|after)",
        r"""(?P<the>[Tt]he)[ ]day[ ](?P<dir>before|after)(?=[,.;:!?)]|\n|$)""",
    ),
    # two years ago, 10 days ago, a month ago; a year earlier, a year later (from the year last mentioned);
    # two days earlier, a day later (from the day last mentioned);
    # two years' time, a month's time (from the time of writing, ahead)
    (
        "ago",
        r"[\dA-Za-z]",
        rf"(?:{_NUMBER_WORDS})[ ](?:year|month|week|day)(?:s?[ ](?:ago|earlier|later)|(?:s'|'s)[ ]time)",
        rf"""\b{_NUMBER}[ ](?P<unit>year|month|week|day)
        (?:s?[ ](?P<dir>ago|earlier|later)|(?:s'|'s)[ ](?P<dir>time))\b""",
    ),
    # the Spring Festival, Chinese New Year, Nowruz 2024
    (
        "holiday",
        r"[TtSCLDMNIWV]",
        rf"(?:[Tt]he[ ])?(?:{_HOLIDAY_NAMES})",
        rf"""(?:(?P<the>[Tt]he)[ ])?{_HOLIDAY}(?:(?:[ ]of)?,?[ ](?P<y>{YEAR}))?""",
    ),
    # on Tuesday, last Friday, next Monday (a bare weekday is checked against its context)
    (
        "weekday",
        r"[LlNnTtMWFS]",
        r"(?:(?:[Ll]ast|[Nn]ext|[Tt]his)[ ])?[MTWFS][A-Za-z]{5}",
        rf"""(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)[ ])?(?P<wd>{_WEEKDAY_WORDS})\b""",
    ),
    # 2019-2021, 2019/20, 2020-21
    (
        "year_range",
        r"\d",
        rf"{YEAR_DIGITS}[ ]?[-/]",
        rf"""(?<![\w./'$#-])(?P<y>{YEAR})
        (?:[ ]?[-/][ ]?(?P<y2>{YEAR})|[-/](?P<yy2>\d{{2}})\b)(?![-/.]\d)""",
    ),
    # 2013, the year 2020 (a bare year is checked against its context)
    (
        "year",
        r"[\dTt]",
        rf"(?:[Tt]he[ ]year[ ])?{YEAR_DIGITS}",
        rf"""(?<![\w./'$#£€¥-]|\d[ ]|[\d.,]-)(?:(?P<the>[Tt]he)[ ]year[ ])?(?P<y>{YEAR})(?![\w]|-[\da-z]|/\d)""",
    ),
    # last December, next March: the month's last occurrence before the reference month, or its next one after
    (
        "month_rel",
        r"[LlNn]",
        r"(?:[Ll]ast|[Nn]ext)[ ][ADFJMNOS]",
        rf"""(?P<mrel>[Ll]ast|[Nn]ext)[ ]{MONTH_FULL}(?![ ]\d|-\d|[-'])""",
    ),
    # in May, since March, between March and May (a bare month is checked against its context)
    (
        "month",
        r"[A-Z]",
        _MONTH_LIKE,
        rf"""{MONTH_FULL}(?![ ]\d|-\d)""",
    ),
    # yesterday, tomorrow; "said today", "today announced", "today broke ground", "here today" (a datelined wire's
    # day: "RAUB: ... broke through the tunnel near Dong here today"); "in Kuantan today." (group place_today,
    # checked against the verb before it: "was launched in Kuantan today" is a day, "the biggest in Asia today"
    # the present); a sentence's opening "Today, ..." (checked against its sentence: "Today, a ceremony was
    # held" is a day, "Today, China is ..." the present)
    (
        "near",
        r"[YyTt]",
        r"[Yy]esterday|[Tt]omorrow|[Tt]oday",
        rf"""\b(?P<near>[Yy]esterday|[Tt]omorrow
        |(?<=\b(?:said|says|[a-z]{{2,}}ed|here)[ ])today(?![-'\w])
        |today(?=[ ](?:(?:{_ADVERB_BEFORE_VERB})[ ])?(?:said|says|[a-z]{{2,}}ed|{_IRREGULAR_PAST})\b)
        |(?P<place_today>(?<=\b(?:in|at)[ ](?:[A-Z][\w'-]+[ ]){{1,3}})today(?=[.,;]))
        |(?<![\w,][ ])Today(?=,[ ]))\b""",
    ),
)
"""Each alternative of a date atom: its name, a character class of the characters it can start with, its entry
(a plain prefix of what it matches, without groups or look-arounds: wherever the alternative matches, its entry
matches too) and its pattern."""

ATOM_PATTERNS: tuple[tuple[str, regex.Pattern[str], regex.Pattern[str]], ...] = tuple(
    (name, regex.compile(first), regex.compile(source, regex.VERBOSE))
    for name, first, _, source in _ALTERNATIVE_SOURCES
)
"""Each alternative compiled alone, with the class of its first character, in the order they are tried."""

_ANY_DIGIT = r"[^\x00-/:-\x7f]"
"""For stdlib ``re``: every character that ``regex`` may read as ``\\d`` (its Unicode tables can be newer), that is
an ASCII digit or any non-ASCII character (written as a negated class, which ``re`` compiles 20 times faster)."""


@functools.cache
def atom_entries(indices: tuple[int, ...]) -> re.Pattern[str]:
    """Return the entries of the alternatives at ``indices`` (0-based, in pattern order), joined, each in its group.

    Where it matches, ``match.lastindex`` is ``1`` plus the position in ``indices`` of the first of these
    alternatives whose entry matches; the ones before it cannot match there.  Stdlib ``re`` runs it three times
    faster than ``regex``: the entries hold only literals and ASCII classes besides the digits, which
    :data:`_ANY_DIGIT` widens so that the test never fails where an alternative matches.
    """
    entries = (_ALTERNATIVE_SOURCES[index][2] for index in indices)
    return re.compile("|".join(f"({entry})" for entry in entries).replace(r"\d", _ANY_DIGIT))


ENTRIES = atom_entries(tuple(range(len(ATOM_PATTERNS))))
"""The entries of all the alternatives joined (see :func:`atom_entries`): ``lastindex - 1`` is the index of the
first alternative whose entry matches."""

ENTRY_PATTERNS: tuple[re.Pattern[str], ...] = tuple(atom_entries((index,)) for index in range(len(ATOM_PATTERNS)))
"""Each alternative's entry alone (stdlib ``re``, digits widened as in :func:`atom_entries`), in pattern order.

With :data:`ENTRIES`, a fixed set of small patterns compiled at import (a few milliseconds): the scanner needs
no pattern built for the alternatives that can start at a character, or that remain after one failed."""


@functools.cache
def _date_atom() -> regex.Pattern[str]:
    return regex.compile(
        "|".join(f"(?={first})(?P<alt_{name}>{source})" for name, first, _, source in _ALTERNATIVE_SOURCES),
        regex.VERBOSE,
    )


@functools.cache
def _atom_entries() -> dict[str, regex.Pattern[str]]:
    return {name: regex.compile(entry) for name, _, entry, _ in _ALTERNATIVE_SOURCES}


_LAZY: dict[str, Callable[[], Any]] = {"DATE_ATOM": _date_atom, "ATOM_ENTRIES": _atom_entries}
"""Module attributes compiled on first access (not in ``__all__``): the scanner never uses them, the tests do.

``DATE_ATOM`` (``regex.Pattern``): all alternatives as one pattern; ``finditer`` gives every atom, slowly, and
:mod:`.scan` gives the same, fast.  ``ATOM_ENTRIES`` (``dict[str, regex.Pattern]``): each alternative's entry
compiled alone with ``regex`` (a property test checks that it matches wherever its pattern does).  Compiling
them at import cost some 65 ms per process, half the module's import time."""


def __getattr__(name: str) -> Any:
    """Build the attributes of :data:`_LAZY` on first access (PEP 562)."""
    if name in _LAZY:
        return _LAZY[name]()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


ALTERNATIVES: tuple[str, ...] = tuple(f"alt_{name}" for name, _, _, _ in _ALTERNATIVE_SOURCES)
"""The names of the master pattern's alternatives, in pattern order."""

# After a time, the word that ties it to a day: "4 a.m. on February 12nd", "10:00, May 5".
TIME_TO_DAY = regex.compile(r"(?:[ ]on(?:[ ]the)?|,)?[ ]")
# After a day, what ties a time to it: "February 12 at 4 a.m.", "May 5, 10:00", "2023-07-25 08:34"; after a
# numeric date also a dot or a dash, as Balkan and French headers stamp a story ("12.03.2025. 14:27",
# "03/10/2024 - 16h25"); in a header also a bar ("18/3/2025 | 04:12 pm").
DAY_TO_TIME = regex.compile(r"(?:,|[ ]at|(?<=\d)\.|[ ]-|[ ]\|)?[ ]")
# Between a weekday and a date: "Tuesday, May 26", "Tuesday 26 May".
WEEKDAY_TO_DATE = regex.compile(r",?[ ](?:the[ ])?")
# Between the two ends of a range: "2019-2021", "30 May to 2 June", "March through May".
RANGE_CONNECTOR = regex.compile(r"[ ]?-[ ]?|[ ](?:to|through|till|until)[ ]|[ ]and[ ]")
# Between the items of a list whose last item carries the year: "March and April 2020", "May 30, June 2 and".
LIST_CONNECTOR = regex.compile(r",?[ ](?:and|&|or)[ ]|,[ ]")
# The word just before a position, with what separates it from the position.
PREVIOUS_WORD = regex.compile(r"(?P<word>[\w'.&]+)(?P<gap>[ ]?\(?|-)\Z", regex.REVERSE)
# The word just after a position.
NEXT_WORD = regex.compile(r"[ ](?P<word>[\w'-]+)")

DOCUMENT_YEAR_HINT = regex.compile(
    r"""
    # "in the past decade", "over the last ten years", "during the past 20 years": time since an anchor year
    \b(?:[Ii]n|[Oo]ver|[Dd]uring|[Ff]or)[ ]the[ ](?:past|last)[ ]
    (?:(?P<decade>decade)|(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)[ ]years)\b
    """,
    regex.VERBOSE,
)
"""A phrase measuring the time from an earlier year to the time of writing, used when the header has no date."""

# ---------------------------------------------------------------------------------------------------------------
# Fast scanning.  Trying DATE_ATOM at every character is slow (its alternatives share no first character), so
# atoms are only tried where one can start: at a "core" (the first digit of a number, found by DIGIT_CORE, or a
# capitalised word that is a date word, found by CAPITALISED_CORE), just before a core when a prefix word stands
# there (PREFIX_BEFORE: "the end of", "mid-", "last"), and at the words just before a lower-case date keyword
# (KEYWORDS: "year", "quarter", "ago", found with str.find).  At each such place the joined entries of the
# alternatives that can start there (atom_entries) are matched first, and only alternatives whose entry matches
# are tried.

_CORE_WORDS = (
    *_MONTH_FULL,
    *_MONTH_SHORT,
    *_WEEKDAYS,
    "Spring",
    "Summer",
    "Autumn",
    "Fall",
    "Winter",
    "Chinese",
    "Lunar",
    "Lantern",
    "Dragon",
    "Mid-Autumn",
    "New",
    "Christmas",
    "Nowruz",
    "Navruz",
    "Nauryz",
    "International",
    "Women's",
    "Labour",
    "Labor",
    "Valentine's",
)

CORE_WORDS = frozenset(form for word in _CORE_WORDS for form in (word, word.upper()))
"""Capitalised words that can start a date atom: months, weekdays, seasons, first words of holidays."""


def _trie_pattern(words: dict[str, str]) -> str:
    """Return an alternation matching exactly the keys of ``words``, each followed by its value (a look-ahead).

    The alternation is factored by common prefixes (``J(?:an(?:uary(?!x)|(?!x))|u...``): the stdlib engine then
    skips to the characters that start a word and fails on the first character that no word continues with, so
    testing it at every capital costs little (a flat alternation of 90 words would be tried word by word).
    """
    trie: dict[str, Any] = {}
    for word, tail in words.items():
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[""] = tail

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(key) + emit(child) for key, child in sorted(node.items()) if key]
        if "" in node:
            branches.append(node[""])
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(trie)


_WORD_END = r"(?![A-Za-z'-])"
_MONTH_WORD_END = r"(?:(?![A-Za-z'-])|(?=-[ADFJMNOS]))"
"""After a month name: the end of a word, or a hyphen before another month (``January-August``)."""
_MONTH_FORMS = frozenset(form for word in (*_MONTH_FULL, *_MONTH_SHORT) for form in (word, word.upper()))
_WEEKDAY_WORD_END = r"(?:(?![A-Za-z'-])|(?='s[ ]))"
"""After a weekday: the end of a word, or a possessive before the next word (``at Monday's Cabinet meeting``)."""
_WEEKDAY_FORMS = frozenset(form for word in _WEEKDAYS for form in (word, word.upper()))


def _core_word_end(word: str) -> str:
    """Return what must follow a core word for it to be one: a word end, or what a month or weekday allows."""
    if word in _MONTH_FORMS:
        return _MONTH_WORD_END
    return _WEEKDAY_WORD_END if word in _WEEKDAY_FORMS else _WORD_END


CAPITALISED_CORE = re.compile(
    _trie_pattern(
        {
            **{word: _core_word_end(word) for word in CORE_WORDS},
            "Q": "(?=[1-4])",
            "H": "(?=[1-4])",
        }
    )
)
"""A date word ending a capitalised word, or a quarter or half code (``Q1``, ``H2``).

It is a core only where the capitalised word also starts there (:data:`INSIDE_CAPITALISED_WORD` does not hold):
a capitalised word runs over letters, apostrophes and hyphens from its capital, so ``May-June`` is one word, and
not a date word.  This is stdlib ``re``, not ``regex``: ``re`` skips to the next capital much faster, and the
pattern holds only ASCII characters, which both engines read alike.
"""

INSIDE_CAPITALISED_WORD = regex.compile(r"(?<=[A-Z][A-Za-z'-]*)")
"""Matches (empty) inside a capitalised word: after a capital and letters, apostrophes or hyphens only."""

DIGIT_CORE = regex.compile(r"\d(?<![\d.,]\d)(?!\d{4})")
"""The first digit of a number of at most four digits."""

PREFIX_BEFORE = regex.compile(
    r"""
    (?:
        (?:[Tt]he[ ])?(?:very[ ])?(?:end|beginning|start|middle|close|turn)[ ]of[ ]   # the end of January 2020
      | (?<![A-Za-z])(?:[Ee]arly|[Ll]ate|[Mm]id)[ -]                                 # early 2024, mid-October
      | (?<![A-Za-z])[Ee]nd-                                                         # end-2024
      | [Tt]he[ ](?:fiscal[ ])?year[ ]                                               # the year 2020
      | (?:[Tt]he[ ])?(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:[ ]of)?,?[ ]  # the summer of 2019
      | [Tt]he[ ]                                                      # the 29th of May, the Spring Festival
      | (?:[Ll]ast|[Nn]ext|[Tt]his)[ ]                                               # last Friday
    )\Z
    """,
    regex.VERBOSE | regex.REVERSE,
)
"""A word that may open an atom just before its core (searched backwards from the core, so it costs little)."""

PREFIX_REACH = 32
"""How many characters before a core PREFIX_BEFORE reads."""

KEYWORDS = (
    "year",
    "same day",
    "following day",
    "next day",
    "previous day",
    "day before",
    "day after",
    "days earlier",
    "day earlier",
    "days later",
    "day later",
    "month",
    "week",
    "quarter",
    "half",
    " ago",
    "esterday",
    "omorrow",
    "oday",
    "spring",
    "summer",
    "autumn",
    "winter",
    "fall",
)
"""Lower-case words at the heart of atoms that start with a lower-case word ("the first quarter", "two years ago")."""

KEYWORD_REACH = 30
"""How far before a keyword an atom holding it may start ("the first half of the year")."""

WORD_START = regex.compile(r"(?<![\w'-])[\w]")
"""The first character of a word."""


DATELINE_CHARS = 400
"""How far into a document without a header date a dateline date is looked for."""

DATELINE_LABEL = regex.compile(
    r"(?:^|(?<=\n))[ ]*(?i:date|published|posted|(?:last[ ])?updated?|released|release[ ]date)(?:[ ]on)?[ ]*:?[ ]*\Z"
)
"""A date line's label just before the date: ``Date: 18.05.2023``, ``Published 05/18/2023``, ``Update: October 08,
2025 - 09:15`` (Vietnam News), ``Last updated: 3 May 2025``."""

DATELINE_PLACE = regex.compile(r"(?:^|(?<=\n))[A-Za-z][A-Za-z .'/]{1,40},[ ]*\Z")
"""A dateline's place just before the date: ``LIMA, Oct. 24, 2024``, ``Hong Kong, 03/27/2024``."""

DATE_LINE_END = regex.compile(
    r"[ ,]*(?:(?:at[ ]|\|[ ]*)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?:[ ]?[AaPp]\.?[Mm]\b\.?)?"
    r"(?:[ ][A-Z]{2,4}\b)?)?"
    r"(?:[ ]*(?P<zp>\()?(?:GMT|UTC)(?:[+-](?:[01]?\d)(?::?[0-5]\d)?)?(?(zp)\)))?"
    r"[ ]*(?:\n|\Z)"
)
"""What may follow a date that ends a date line: a time, a time zone, then the line's end (``06/03/2025 04:21 PM``,
``Sunday, 10/8/2025, 09:30 (GMT+7)``, ``Tuesday, 18/3/2025 | 04:12 pm GMT+7``)."""

_BS_MONTHS = (
    r"Baisakh|Baishakh|Baishak|Jestha|Jeth|Asar|Ashadh|Asadh|Shrawan|Saun|Bhadra|Bhadau|Asoj|Ashwin|Kartik"
    r"|Mangsir|Marga|Poush|Push|Paush|Magh|Falgun|Fagun|Phalgun|Chaitra|Chait"
)
BS_MONTH = re.compile(rf"\b(?:{_BS_MONTHS})[ ]\d")
"""A Nepali month name before a number: the cheap test for :data:`BIKRAM_SAMBAT` in a text without ``BS``."""

BIKRAM_SAMBAT = regex.compile(
    r"(?<![\w/.-])(?:"
    r"\d{4}[/.-]\d\d?[/.-]\d\d?(?=[ ]?(?:BS|B\.S\.)(?!\w))"  # 2081/03/12 BS
    rf"|(?:\d{{1,2}}[ ](?:{_BS_MONTHS})[ ]\d{{4}}"  # 21 Asoj 2080 BS
    rf"|(?:{_BS_MONTHS})[ ]\d{{1,2}},?[ ]\d{{4}}"  # Jestha 15, 2081 beside a Gregorian date in brackets
    rf"|(?:{_BS_MONTHS})[ ]\d{{4}})"  # Asoj 2080 BS
    r"(?=[ ]?(?:BS|B\.S\.)(?!\w)|[ ]?\([^()\n]{0,20}(?:19|20)\d\d)"
    r")(?:[ ]?(?:BS|B\.S\.)(?!\w))?"
)
"""A Nepali Bikram Sambat date, marked ``BS`` or with a Gregorian date beside it in brackets: its year runs
56 to 57 years ahead of the Gregorian one, so it is never read as a Gregorian date."""

BS_GREGORIAN_BESIDE = regex.compile(r"[ ]?\((?:A\.?D\.?[ ]|i\.e\.[ ])?")
"""What stands between a Bikram Sambat date and the Gregorian date given beside it: ``2081/03/12 BS (26 June``."""

HEADER_TIME = regex.compile(
    r"(?:,|[ ]at|[ ]-|[ ]\||(?<=\d)\.)?[ ](?P<hh>[01]?\d|2[0-3])[:.h](?P<mi>[0-5]\d)(?::(?P<ss>[0-5]\d))?"
    r"(?:[ ]?(?P<ap>[AaPp])\.?[Mm]\b\.?)?(?![\d:])"
)
"""A time right after the header's date that the header parser left out: ``14 May 2025 at 04:00``,
``12.03.2025. 14:27``, ``03/10/2024 - 16h25``, ``14 May, 2025 | 06:05 AM``."""

HEADER_UPDATED_TIME = regex.compile(
    r"[ ]?\((?i:last[ ])?(?i:updated|upd\.)(?::|[ ]at)?[ ](?P<clock>(?P<hh>[01]?\d|2[0-3]):(?P<mi>[0-5]\d))\)"
)
"""A wire service's update stamp right after the header's date and time: ``14:20 (updated: 14:52)``."""

DATELINE_AFTER = regex.compile(r"[ ]*(?:\([^()\n]{1,40}\)[ ]*)?(?:--|-|:)[ ]")
"""What follows a dateline's date: `` (Andina) --``, `` --``."""


CAPS_PERIOD = regex.compile(
    r"""\b(?:IN|FOR|DURING|OVER|THROUGH|AFTER)[ ]
    (?P<span>(?:THE[ ])?(?P<ord>FIRST|SECOND|THIRD|FOURTH|1ST|2ND|3RD|4TH)[ -](?P<unit>HALF|QUARTER)
    (?:[ ]OF[ ](?P<y>(?:19|20)\d\d)(?!\d))?)
    (?![ -]?(?:OF|[A-Z]))""",
    regex.VERBOSE,
)
"""A half or quarter without its year in an ALL CAPS headline: ``... CARGO IN FIRST HALF``.

Headlines drop ``of the year``; in running text ``the first half`` alone is left out (it may be a
match's or a book's), but after ``IN``/``FOR`` in capitals it is the current year's half."""


# ---------------------------------------------------------------------------------------------------------------
# Hit patterns: the candidate starts of :mod:`.scan` found in one stdlib ``re`` pass each, keeping only those where
# an atom may really start.  Each is a superset of the candidate starts where an alternative matches (its negative
# look-arounds are narrowed to ASCII, its positive ones widened to any non-ASCII character), so :mod:`.scan` checks
# the exact definition only where the text is not ASCII.  A property test checks that the scan finds the same atoms
# as trying every candidate start.

_D = _ANY_DIGIT

_DIGIT_TAILS = (
    rf"(?:(?<=1)[89]|(?<=2)0){_D}{_D}"  # a year from 1800 to 2099: iso, cjk, year_range, year, quarter_short, half_code
    rf"|{_D}?[/.-]{_D}"  # numeric (18/05/2023)
    rf"|{_D}?(?::{_D}|h{_D}|[ ]?(?:[ap]\.m\.|[AP]\.M\.|[ap]m|[AP]M))"  # time (4 a.m., 10:30, 16h25)
    rf"|{_D}?(?:st|nd|rd|th)?(?:,[ ]{_D}|,?[ ](?:and|&)[ ]{_D}|[ ]?-[ ]?{_D}|[ ](?:to|through|till|until)[ ]{_D})"
    rf"|{_D}?(?:st|nd|rd|th)?[ ](?:of[ ])?[ADFJMNOS]"  # dm (29 May, 29th of May)
    rf"|{_D}?[ ](?:year|month|week|day)s?[ ]ago"  # ago
    r"|(?:st|nd|rd|th)[ -](?:quarter|half)"  # quarter, half (1st quarter)
    r"|[QH]"  # quarter_short, half_code (1Q20, 2H21)
)
"""What may follow the first digit of a digit-led alternative's entry (see :data:`ATOM_ENTRIES`), widened."""

_PREFIX_ENDS = (
    "of ",
    *(f"[{word[0].upper()}{word[0]}]{word[1:]}{gap}" for word in ("early", "late", "mid") for gap in (" ", "-")),
    "[Ee]nd-",
    "year ",
    *(
        f"[{word[0].upper()}{word[0]}]{word[1:]}{gap}"
        for word in ("spring", "summer", "autumn", "fall", "winter")
        for gap in (" ", ", ")
    ),
    "[Tt]he ",
    "[Ll]ast ",
    "[Nn]ext ",
    "[Tt]his ",
)
"""The last word, with what follows it, of every alternative of :data:`PREFIX_BEFORE` (fixed widths, for
look-behinds): where none ends just before a core, no prefix word stands there."""


def _prefix_lookbehind(after: str) -> str:
    return "(?:" + "|".join(f"(?<={end}{after})" for end in _PREFIX_ENDS) + ")"


DIGIT_HIT = re.compile(rf"{_D}(?<![0-9.,][0-9])(?![0-9]{{4}})(?={_DIGIT_TAILS})")
"""A digit core (:data:`DIGIT_CORE`, on ASCII digits) where a digit-led alternative may start.

Only there can an atom start at the prefix word before a digit core, too: every alternative that starts with a
prefix word (``the end of 2020``, ``the 29th of May``) goes on with what a digit-led alternative starts with."""

PREFIX_ENDS_AT = re.compile(_prefix_lookbehind(""))
"""Matches (empty) where some prefix word ends (:data:`_PREFIX_ENDS`): only there can :data:`PREFIX_BEFORE` match."""

_HOLIDAY_ONLY = {
    "Chinese": "(?=[ ]New[ ]Year)",
    "International": "(?=[ ](?:Women's|Labou?r|Workers'))",
    "New": "(?=[ ]Year's[ ]Day)",
}
"""Frequent core words that can only start a holiday name, with what must follow them then."""

CAPITALISED_HIT = re.compile(
    _trie_pattern(
        {
            **{word: _HOLIDAY_ONLY.get(word, _core_word_end(word)) for word in CORE_WORDS},
            "Q": "(?=[1-4])",
            "H": "(?=[1-4])",
        }
    )
)
""":data:`CAPITALISED_CORE`, but a word of :data:`_HOLIDAY_ONLY` only where its holiday may follow."""
