"""Turn the parts of a matched date expression into a TIMEX3-style value string.

Every function here is pure: it takes the pieces the matcher found (numbers,
month names, ordinals) and a reference date or year, and returns a value such
as ``2020-04-24``, ``2020-Q1``, ``XXXX-05-18`` or ``2023-05-18/2023-05-19``, or
``None`` when the pieces do not make a real calendar date (31 February).
Nothing here looks at the text, so each rule is tested on its own.
"""

from __future__ import annotations

import datetime as dt
import functools
from importlib import resources
from types import MappingProxyType

import attrs

from bri_corpus.months import MONTHS

__all__ = [
    "UNKNOWN_YEAR",
    "DateParts",
    "Reference",
    "relative_year",
    "relative_year_code",
    "render",
    "year_for",
    "add_months",
    "day_value",
    "fixed_holiday",
    "half_value",
    "interval",
    "iso_week_value",
    "lunar_holiday",
    "month_number",
    "month_value",
    "nearest_holiday",
    "nearest_year",
    "number_word",
    "numeric_day_month",
    "ordinal_number",
    "quarter_value",
    "season_value",
    "time_value",
    "two_digit_year",
    "weekday_date",
    "nearest_weekday",
    "future_year",
    "past_year",
    "weekday_number",
    "year_of",
    "year_value",
]

UNKNOWN_YEAR = "XXXX"
"""The TIMEX placeholder for a year the text does not give and nothing else settles."""

FUTURE_WEIGHT = 2
"""How many days back one day ahead of the publication date weighs, when choosing a year for ``April 24``."""

_ORDINAL_WORDS = MappingProxyType(
    {
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "last": 4,
        "final": 4,
        "latter": 2,
        "1st": 1,
        "2nd": 2,
        "3rd": 3,
        "4th": 4,
    }
)
_NUMBER_WORDS = MappingProxyType(
    {
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "twenty": 20,
        "thirty": 30,
        "fifty": 50,
    }
)
_WEEKDAYS = MappingProxyType(
    {
        "monday": 0,
        "tuesday": 1,
        "wednesday": 2,
        "thursday": 3,
        "friday": 4,
        "saturday": 5,
        "sunday": 6,
    }
)
_SEASONS = MappingProxyType({"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"})

# Holidays on a fixed Gregorian day (month, day); the lunar ones come from data/lunar_holidays.tsv.
_FIXED_HOLIDAYS = MappingProxyType(
    {
        "new year's day": (1, 1),
        "new year day": (1, 1),
        "christmas": (12, 25),
        "christmas day": (12, 25),
        "christmas eve": (12, 24),
        "nowruz": (3, 21),
        "navruz": (3, 21),
        "nauryz": (3, 21),
        "international women's day": (3, 8),
        "women's day": (3, 8),
        "labour day": (5, 1),
        "labor day": (5, 1),
        "international labour day": (5, 1),
        "international workers' day": (5, 1),
        "may day": (5, 1),
        "valentine's day": (2, 14),
    }
)
_LUNAR_COLUMNS = MappingProxyType(
    {
        "spring festival": 1,
        "chinese new year": 1,
        "lunar new year": 1,
        "the lunar new year": 1,
        "lantern festival": 2,
        "dragon boat festival": 3,
        "mid-autumn festival": 4,
        "mid autumn festival": 4,
    }
)


def year_value(year: int | None) -> str:
    """Format a year, or ``XXXX`` when it is unknown."""
    return UNKNOWN_YEAR if year is None else f"{year:04d}"


def month_value(year: int | None, month: int) -> str:
    """Format a month of a year: ``2013-09`` (``XXXX-09`` without a year)."""
    return f"{year_value(year)}-{month:02d}"


def day_value(year: int | None, month: int, day: int) -> str | None:
    """Format a calendar day, or return ``None`` when it does not exist.

    Without a year the day is checked against a leap year, so ``XXXX-02-29`` is allowed.

    >>> day_value(2020, 2, 12)
    '2020-02-12'
    >>> day_value(2021, 2, 29) is None
    True
    """
    try:
        dt.date(2000 if year is None else year, month, day)
    except ValueError:
        return None
    return f"{year_value(year)}-{month:02d}-{day:02d}"


def quarter_value(year: int | None, quarter: int) -> str:
    """Format a quarter: ``2020-Q1``."""
    return f"{year_value(year)}-Q{quarter}"


def half_value(year: int | None, half: int) -> str:
    """Format a half-year: ``2022-H1``."""
    return f"{year_value(year)}-H{half}"


def season_value(year: int | None, season: str) -> str:
    """Format a season of a year as TIMEX does: ``2020-SP`` (spring), ``SU``, ``FA``, ``WI``."""
    code = _SEASONS.get(season.lower(), season)
    return f"{year_value(year)}-{code}"


def iso_week_value(day: dt.date) -> str:
    """Format the ISO week that contains ``day``: ``2020-W22``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def interval(first: str, last: str) -> str:
    """Join two values into an ISO 8601 interval: ``2023-05-18/2023-05-19``."""
    return f"{first}/{last}"


def time_value(date_value: str, hour: int, minute: int) -> str | None:
    """Attach a clock time to a day value: ``2020-02-12T04:00``; ``None`` for an impossible time."""
    if not (0 <= hour <= 24 and 0 <= minute < 60) or (hour == 24 and minute):
        return None
    return f"{date_value}T{hour:02d}:{minute:02d}"


def to_24_hour(hour: int, meridiem: str | None) -> int | None:
    """Convert a 12-hour clock reading to 24 hours (``4 p.m.`` → 16); ``None`` when impossible."""
    if meridiem is None:
        return hour if 0 <= hour <= 24 else None
    if not 1 <= hour <= 12:
        return None
    afternoon = meridiem.lower().startswith("p")
    if hour == 12:
        return 12 if afternoon else 0
    return hour + 12 if afternoon else hour


def month_number(name: str) -> int:
    """Return the number of an English month name or abbreviation (``Sept.`` → 9)."""
    return MONTHS[name.lower().rstrip(".")]


def weekday_number(name: str) -> int:
    """Return the ISO weekday index of an English weekday name, Monday = 0."""
    return _WEEKDAYS[name.lower()]


def ordinal_number(word: str) -> int:
    """Return the number of an ordinal that names a quarter or half (``first``, ``2nd``, ``last`` → 4)."""
    return _ORDINAL_WORDS[word.lower()]


def number_word(word: str) -> int | None:
    """Return the value of a small cardinal written in digits or words (``two`` → 2), or ``None``."""
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word.lower())


def two_digit_year(digits: str) -> int:
    """Expand a two-digit year the way news headers use it: ``23`` → 2023, ``98`` → 1998."""
    value = int(digits)
    return 2000 + value if value < 70 else 1900 + value


def year_of(value: str) -> int | None:
    """Return the year a value lies in (the start year of an interval), or ``None`` for ``XXXX``."""
    head = value[:4]
    return int(head) if head.isdigit() else None


def nearest_year(month: int, day: int, reference: dt.date) -> int:
    """Choose the year for a day given without one: the one closest to the reference date, past first.

    A news report tells mostly of the recent past and sometimes of the near
    future, so a day ahead of the reference counts as twice as far as a day
    behind it: ``April 24`` in a report of 29 May 2020 is 2020-04-24,
    ``January 21st`` in one of 25 July 2023 is 2023-01-21 (185 days back rather
    than 180 ahead), and ``December 20`` in one of 1 December 2019 is
    2019-12-20 (19 days ahead rather than 346 back).
    """
    candidates: list[tuple[int, int]] = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        distance = (candidate - reference).days
        candidates.append((-distance if distance <= 0 else FUTURE_WEIGHT * distance, year))
    return min(candidates)[1] if candidates else reference.year


def nearest_month_year(month: int, reference: dt.date) -> int:
    """Choose the year for a month given without one (``in May``), weighing the future as :func:`nearest_year` does."""
    candidates: list[tuple[int, int]] = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        distance = (year - reference.year) * 12 + month - reference.month
        candidates.append((-distance if distance <= 0 else FUTURE_WEIGHT * distance, year))
    return min(candidates)[1]


def add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    """Shift a (year, month) by ``offset`` months."""
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def weekday_date(weekday: int, reference: dt.date, week_offset: int = 0) -> dt.date:
    """Return the given weekday of the reference date's ISO week (Monday to Sunday), shifted by weeks.

    ``on Tuesday`` in a report of Friday 29 May 2020 is Tuesday 26 May 2020;
    ``next Tuesday`` is a week later.
    """
    monday = reference - dt.timedelta(days=reference.weekday())
    return monday + dt.timedelta(days=weekday + 7 * week_offset)


def nearest_weekday(weekday: int, reference: dt.date, *, tense: str | None = None) -> dt.date:
    """Return the given weekday closest to the reference date, the past first, or as the clause's tense says.

    ``tense`` is ``"past"``, ``"future"`` or ``None`` (unknown).  Unknown
    weighs a day ahead twice as far as a day behind, as :func:`nearest_year`
    does: ``on Sunday`` in a report of Tuesday 11 October 2022 is 9 October,
    ``Talks continue on Friday`` in one of Wednesday 27 May 2020 is 29 May.
    ``signed ... on Friday`` (past) is the Friday before, ``will meet on
    Monday`` (future) the Monday to come.
    """
    back = reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)
    ahead = reference + dt.timedelta(days=(weekday - reference.weekday()) % 7)
    if tense == "past":
        return back
    if tense == "future":
        return ahead
    return back if (reference - back).days <= FUTURE_WEIGHT * (ahead - reference).days else ahead


def future_year(month: int, day: int | None, reference: dt.date) -> int:
    """Return the year in which a year-less month (or day) next falls on or after the reference date.

    ``is due to start in October`` in a report of June 2024 is October 2024;
    ``will open in March`` in one of June 2024 is March 2025.
    """
    if day is None:
        return reference.year if month >= reference.month else reference.year + 1
    return reference.year if (month, day) >= (reference.month, reference.day) else reference.year + 1


def past_year(month: int, day: int | None, reference: dt.date) -> int:
    """Return the year in which a year-less month (or day) last fell on or before the reference date.

    ``broke ground in March`` in a report of January 2024 is March 2023; ``was completed in May`` in one of
    October 2023 is May 2023.
    """
    if day is None:
        return reference.year if month <= reference.month else reference.year - 1
    ahead_year = future_year(month, day, reference)
    ahead = day_value(ahead_year, month, day)
    if ahead is not None and dt.date.fromisoformat(ahead) <= reference + PAST_GRACE:
        return ahead_year  # a day or so after the header date is a late header, not last year
    return reference.year if (month, day) <= (reference.month, reference.day) else reference.year - 1


PAST_GRACE = dt.timedelta(days=7)
"""How far after the reference date a day told of in the past may lie: a header date can lag the story
(an edition date, an "Updated" stamp of the first version), and a year back would be a worse error."""


def numeric_day_month(first: int, second: int, order: str | None) -> tuple[int, int] | None:
    """Read ``first/second`` of a numeric date as (month, day).

    ``order`` is ``"dmy"`` or ``"mdy"`` when the document's own unambiguous
    dates settle it, else ``None``.  Returns ``None`` when the order cannot be
    told (both numbers 12 or less and no evidence) or neither order is a date.
    """
    as_dmy = (second, first) if 1 <= second <= 12 and 1 <= first <= 31 else None
    as_mdy = (first, second) if 1 <= first <= 12 and 1 <= second <= 31 else None
    if as_dmy and as_mdy and as_dmy != as_mdy:
        if order == "dmy":
            return as_dmy
        if order == "mdy":
            return as_mdy
        return None
    return as_dmy or as_mdy


@functools.cache
def _lunar_table() -> MappingProxyType[int, tuple[str, ...]]:
    table: dict[int, tuple[str, ...]] = {}
    data = resources.files(__package__).joinpath("data/lunar_holidays.tsv").read_text(encoding="utf-8")
    for line in data.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        table[int(fields[0])] = tuple(fields[1:])
    return MappingProxyType(table)


def lunar_holiday(name: str, year: int | None) -> str | None:
    """Return the Gregorian date of a Chinese lunar holiday in ``year`` (``Spring Festival`` 2020 → 2020-01-25).

    Returns ``None`` when the name is not a lunar holiday; ``XXXX`` when the year is unknown
    or outside the table.
    """
    column = _LUNAR_COLUMNS.get(name.lower())
    if column is None:
        return None
    if year is None:
        return UNKNOWN_YEAR
    row = _lunar_table().get(year)
    return row[column - 1] if row else year_value(year)


def fixed_holiday(name: str, year: int | None) -> str | None:
    """Return the date of a holiday on a fixed Gregorian day (``Nowruz`` → ``YYYY-03-21``), or ``None``."""
    month_day = _FIXED_HOLIDAYS.get(name.lower())
    if month_day is None:
        return None
    return day_value(year, *month_day)


def nearest_holiday(name: str, reference: dt.date) -> str | None:
    """Date a holiday named without a year: its occurrence nearest the reference (weighed as :func:`nearest_year`)."""
    candidates: list[tuple[int, str]] = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        value = lunar_holiday(name, year) or fixed_holiday(name, year)
        if value is None or len(value) != 10:
            continue
        distance = (dt.date.fromisoformat(value) - reference).days
        candidates.append((-distance if distance <= 0 else FUTURE_WEIGHT * distance, value))
    return min(candidates)[1] if candidates else None


def is_holiday(name: str) -> bool:
    """Tell whether ``name`` (lower or title case) is a holiday this module can date."""
    key = name.lower()
    return key in _FIXED_HOLIDAYS or key in _LUNAR_COLUMNS


@attrs.frozen(kw_only=True)
class Reference:
    """What a partial or relative date is resolved against.

    Attributes:
        date: the document's publication date, if known.
        year: the year of writing: the publication year, or one estimated from the text.
        antecedent_year: the year most recently mentioned before the expression (for ``the same year``).
    """

    date: dt.date | None = None
    year: int | None = None
    antecedent_year: int | None = None


@attrs.frozen(kw_only=True)
class DateParts:
    """The calendar pieces of one date expression, as read from the text.

    ``grain`` says what the expression names: ``day``, ``month``, ``year``,
    ``quarter``, ``half``, ``season`` or ``holiday``; ``part`` holds the
    quarter or half code (``Q1``, ``H2``), the season word or the holiday name.  ``year`` is a year written in the text;
    ``relative_year`` is a word that fixes it from the reference instead
    (``this``, ``last``, ``next``, ``same``, ``following``, ``previous``); with
    neither, the year comes from the reference date.
    """

    grain: str
    year: int | None = None
    relative_year: str | None = None
    month: int | None = None
    day: int | None = None
    part: str | None = None
    hour: int | None = None
    minute: int | None = None

    @property
    def has_year(self) -> bool:
        """Tell whether the text itself fixes the year (digits or a relative year word)."""
        return self.year is not None or self.relative_year is not None


_RELATIVE_YEAR_SHIFT = MappingProxyType(
    {"this": 0, "current": 0, "last": -1, "next": 1, "same": 0, "that": 0, "following": 1, "previous": -1}
)
_ANAPHORIC = frozenset({"same", "that", "following", "previous"})


def relative_year_code(words: str) -> str:
    """Reduce a relative-year phrase (``the same year``, ``Last year``) to its code word (``same``, ``last``)."""
    code = words.lower().removeprefix("the ").removesuffix(" year").strip()
    return "previous" if code == "preceding" else code


def relative_year(code: str, reference: Reference) -> int | None:
    """Resolve a relative-year code: deictic ones from the year of writing, anaphoric ones from the antecedent
    (from the year of writing when the text has named no year before: ``up 4% from a year earlier``)."""
    base = reference.year
    if code in _ANAPHORIC and reference.antecedent_year is not None:
        base = reference.antecedent_year
    if base is None:
        return None
    return base + _RELATIVE_YEAR_SHIFT[code]


_SEASON_MONTHS = MappingProxyType({"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)})
"""The first and last month of each (northern) season; winter runs from December into the next year's February."""


def season_year(season: str, code: str, today: dt.date) -> int | None:
    """The year of ``last spring`` / ``next winter`` told on ``today``: the latest season of its name that has
    ended (``last``) or the first that has not begun (``next``), not simply the year before or after.

    ``last spring`` written in November 2024 is spring 2024; written in February 2025 it is spring 2024 too.
    """
    months = _SEASON_MONTHS.get(_SEASONS.get(season.lower(), season))
    if months is None or code not in ("last", "next"):
        return None
    first, last = months
    if code == "last":
        return today.year if today.month > last else today.year - 1
    return today.year if today.month < first else today.year + 1


def year_for(parts: DateParts, reference: Reference) -> int | None:
    """Return the year a date expression lies in, from the text or, failing that, the reference."""
    if parts.year is not None:
        return parts.year
    if parts.relative_year is not None:
        if parts.grain == "season" and parts.part is not None and reference.date is not None:
            year = season_year(parts.part, parts.relative_year, reference.date)
            if year is not None:
                return year
        return relative_year(parts.relative_year, reference)
    if reference.date is not None:
        if parts.grain == "day" and parts.month is not None and parts.day is not None:
            return nearest_year(parts.month, parts.day, reference.date)
        if parts.grain == "month" and parts.month is not None:
            return nearest_month_year(parts.month, reference.date)
    return reference.year


def render(parts: DateParts, reference: Reference) -> str | None:
    """Return the TIMEX value of ``parts`` resolved against ``reference``; ``None`` if it is no real date."""
    year = year_for(parts, reference)
    if parts.grain == "year":
        return year_value(year)
    if parts.grain in ("quarter", "half"):
        return f"{year_value(year)}-{parts.part}"
    if parts.grain == "season" and parts.part is not None:
        return season_value(year, parts.part)
    if parts.grain == "holiday" and parts.part is not None:
        if not parts.has_year and reference.date is not None:
            return nearest_holiday(parts.part, reference.date)
        return lunar_holiday(parts.part, year) or fixed_holiday(parts.part, year)
    if parts.month is None:
        return None
    if parts.grain == "month":
        return month_value(year, parts.month)
    if parts.day is None:
        return None
    value = day_value(year, parts.month, parts.day)
    if value is not None and parts.hour is not None:
        return time_value(value, parts.hour, parts.minute or 0)
    return value
