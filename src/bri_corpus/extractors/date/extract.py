"""Find the dates of a document: match atoms, read their parts, join neighbours, resolve, emit facts.

The steps, each a small function:

1. :data:`.patterns.DATE_ATOM` finds atoms in the normalised text (tried
   only where one can start, see :mod:`.scan`);
2. a reader per rule (:data:`_READERS`) reads each atom's calendar parts (a list such as
   ``2 and 4 April 2019`` gives one piece per day, each with its own span);
3. :func:`_join` ties a time or a weekday to the day next to it and two
   dates around ``to``/``-`` into one interval, and lets the first items of
   a list borrow the year of the last (``March and April 2020``);
4. :func:`find_dates` resolves every piece against the publication date (or,
   failing that, a year estimated from the text, see :mod:`.anchor`) and the
   year mentioned last, and emits the facts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import attrs
import regex

from bri_corpus import DateValue, Document, Fact, NormalizedText

from . import resolve
from .anchor import estimate_document_year
from .context import (
    date_tense,
    in_future_clause,
    in_past_sentence,
    in_since_clause,
    month_in_context,
    told_in_past_after,
    told_in_past_before,
    weekday_after_verb,
    weekday_in_context,
    weekday_in_dateline,
    weekday_is_habitual,
    weekday_is_possessive,
    year_in_context,
    year_is_target,
    year_range_is_name,
)
from .fiscal import Span, fiscal_spans
from .header_place import order_from_header_place
from .patterns import (
    ALTERNATIVES,
    BIKRAM_SAMBAT,
    BS_GREGORIAN_BESIDE,
    BS_MONTH,
    CAPS_PERIOD,
    DATE_LINE_END,
    DATELINE_AFTER,
    DATELINE_CHARS,
    DATELINE_LABEL,
    DATELINE_PLACE,
    DAY_TO_TIME,
    HEADER_TIME,
    HEADER_UPDATED_TIME,
    LIST_CONNECTOR,
    RANGE_CONNECTOR,
    TIME_TO_DAY,
    WEEKDAY_TO_DATE,
)
from .report_year import with_report_year
from .resolve import DateParts, Reference, number_word
from .scan import find_atoms

__all__ = ["find_dates"]

ESTIMATED_CONFIDENCE = 0.5
"""Confidence of a date whose year comes from a year estimated from the text, or whose day-month order is open."""


@attrs.define(kw_only=True)
class Piece:
    """One date expression being built: its span in the normalised text and what it means so far.

    Exactly one of ``parts`` (calendar parts still to resolve), ``value`` (a value
    already fixed) and ``relative`` (a value that needs the reference) is used;
    ``last`` holds the end of an interval.  ``role`` marks pieces that only
    count when joined to a day (``time``, ``weekday``).
    """

    start: int
    end: int
    parts: DateParts | None = None
    last: DateParts | None = None
    value: str | None = None
    role: str = "date"
    match: regex.Match[str] | None = None
    confidence: float | None = None


def _day(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _group(match: regex.Match[str], name: str) -> str | None:
    """Return a named group's text, or ``None`` when it did not take part or the alternative has no such group."""
    return match.group(name) if name in match.re.groupindex else None


def _year_parts(match: regex.Match[str]) -> tuple[int | None, str | None]:
    """Return the written year, or the relative-year code, of an atom."""
    year = _group(match, "y")
    if year:
        return int(year), None
    relative = _group(match, "yrel")
    if relative:
        return None, resolve.relative_year_code(relative)
    if _group(match, "theyear"):
        return None, "this"
    return None, None


def _two_digit(match: regex.Match[str]) -> int | None:
    year, short = _group(match, "y"), _group(match, "yy")
    if year:
        return int(year)
    return resolve.two_digit_year(short) if short else None


def _document_order(atoms: list[tuple[str, regex.Match[str]]], text: str) -> str | None:
    """Read the day-month order of the document's numeric dates from those that only fit one order, else from
    the dateline's day with a month name, else from the byline place above an open date at the top."""
    evidence = set()
    for rule, match in atoms:
        if rule != "alt_numeric":
            continue
        first, second = int(match.group("a")), int(match.group("b"))
        if first > 12 >= second:
            evidence.add("dmy")
        elif second > 12 >= first:
            evidence.add("mdy")
    if evidence:
        return evidence.pop() if len(evidence) == 1 else None
    return _dateline_order(atoms) or _header_place_order(atoms, text)


def _header_place_order(atoms: list[tuple[str, regex.Match[str]]], text: str) -> str | None:
    """Read the order of the first open numeric date at the top from the place named above it (header_place)."""
    for rule, match in atoms:
        if match.start() > DATELINE_CHARS:
            return None
        if rule == "alt_numeric" and _two_digit(match) is not None:
            return order_from_header_place(text, match.start())
    return None


def _dateline_order(atoms: list[tuple[str, regex.Match[str]]]) -> str | None:
    """Read the day-month order of an open numeric date at the top from the dateline's day with a month name.

    ``06/03/2025 04:21 PM`` over ``KUANTAN, March 6 (Bernama) --`` is day-first: the two give the report's day.
    """
    numeric: tuple[int, int] | None = None
    named: tuple[int, int] | None = None
    for rule, match in atoms:
        if match.start() > DATELINE_CHARS:
            break
        if rule == "alt_numeric" and numeric is None:
            numeric = (int(match.group("a")), int(match.group("b")))
        elif rule in ("alt_md", "alt_dm") and named is None:
            month, day = resolve.month_number(match.group("mon")), _day(match.group("d"))
            if month is not None and day is not None:
                named = (month, day)
    if numeric is None or named is None or numeric[0] == numeric[1]:
        return None
    if numeric == (named[1], named[0]):
        return "dmy"
    return "mdy" if numeric == named else None


def _between_before(text: str, start: int) -> bool:
    return text[max(0, start - 8) : start].lower().endswith("between ")


def _list_pieces(match: regex.Match[str], month: int, year: int | None, relative: str | None) -> list[Piece]:
    """Make one piece per bare day of a list (``2`` and ``3`` in ``2, 3 and 4 April``)."""
    return [
        Piece(
            start=start,
            end=end,
            parts=DateParts(grain="day", year=year, relative_year=relative, month=month, day=_day(day)),
        )
        for day, start, end in zip(match.captures("dl"), match.starts("dl"), match.ends("dl"), strict=True)
    ]


def _days_pieces(match: regex.Match[str], text: str, *, month_first: bool) -> list[Piece]:
    """Read ``18-19 May 2023``, ``2 and 4 April 2019``, ``May 18th to 19th`` or ``May 5 and 6``."""
    month = resolve.month_number(match.group("mon"))
    year, relative = _year_parts(match)
    main = DateParts(grain="day", year=year, relative_year=relative, month=month, day=_day(match.group("d")))
    extra = [_day(day) for day in match.captures("dl")]
    is_range = bool(match.group("rng")) or (len(extra) == 1 and _between_before(text, match.start()))
    if is_range and len(extra) == 1:
        other = attrs.evolve(main, day=extra[0])
        first, last = (main, other) if month_first else (other, main)
        return [Piece(start=match.start(), end=match.end(), parts=first, last=last)]
    if month_first:
        head = Piece(start=match.start(), end=match.end("d"), parts=main)
        tail = _list_pieces(match, month, year, relative)
        tail[-1].end = match.end()
        return [head, *tail]
    return [*_list_pieces(match, month, year, relative), Piece(start=match.start("d"), end=match.end(), parts=main)]


def _relative_piece(match: regex.Match[str], reference: Reference) -> Piece | None:
    """Read ``this year``, ``last month``, ``next week``, ``the same year``.

    ``earlier``/``later`` before it (``earlier this month``) does not change the value and stays outside the span,
    as the annotated sets have it (NOTES: a span keeps only the modifiers that change the value).
    """
    code = resolve.relative_year_code(match.group("rel"))
    start = match.start("rel")
    unit = match.group("unit")
    if unit == "year":
        return Piece(start=start, end=match.end(), parts=DateParts(grain="year", relative_year=code))
    if unit == "month" and code in _SAME_MONTH_SHIFT:
        # "the following month", "that month": from the month the text last told of (see _resolved)
        return Piece(start=start, end=match.end(), role="same_month", match=match)
    shift = {"this": 0, "current": 0, "last": -1, "next": 1}.get(code)
    if shift is None or reference.date is None:
        return None  # "the same week": no antecedent week is tracked
    if unit == "month":
        year, month = resolve.add_months(reference.date.year, reference.date.month, shift)
        return Piece(start=start, end=match.end(), value=resolve.month_value(year, month))
    week = reference.date + dt.timedelta(weeks=shift)
    return Piece(start=start, end=match.end(), value=resolve.iso_week_value(week))


def _ago_piece(match: regex.Match[str], reference: Reference) -> Piece | None:
    """Read ``two years ago``, ``10 days ago``, ``in two years' time``; ``a year earlier`` / ``a year later`` as
    ``the previous year`` / ``the following year`` (the year last mentioned, shifted; other counts and units are
    left out)."""
    count = resolve.number_word(match.group("n"))
    unit = match.group("unit")
    if count is None:
        return None
    direction = match.group("dir")
    if direction == "time":  # "in two years' time": as far ahead of the time of writing as "ago" is behind it
        count = -count
    elif direction != "ago":
        if unit == "day":  # "Two days earlier", "a day later" (digits with a unit are the quantity plugin's)
            if match.group("n").isdigit():
                return None
            return Piece(start=match.start(), end=match.end(), role="same_day", match=match)
        if unit != "year" or count != 1:
            return None
        code = "previous" if direction == "earlier" else "following"
        return Piece(start=match.start(), end=match.end(), parts=DateParts(grain="year", relative_year=code))
    if unit == "year":
        return Piece(
            start=match.start(),
            end=match.end(),
            value=resolve.year_value(None if reference.year is None else reference.year - count),
        )
    if reference.date is None:
        return None
    if unit == "month":
        year, month = resolve.add_months(reference.date.year, reference.date.month, -count)
        return Piece(start=match.start(), end=match.end(), value=resolve.month_value(year, month))
    day = reference.date - dt.timedelta(days=count * (7 if unit == "week" else 1))
    if unit == "week":
        return Piece(start=match.start(), end=match.end(), value=resolve.iso_week_value(day))
    return Piece(start=match.start(), end=match.end(), value=day.isoformat())


def _holiday_piece(match: regex.Match[str]) -> Piece | None:
    """Read ``the Spring Festival``, ``Nowruz 2024``: the day is looked up when the year is known."""
    name = match.group("hol")
    if not resolve.is_holiday(name):
        return None
    year = int(match.group("y")) if match.group("y") else None
    return Piece(start=match.start(), end=match.end(), parts=DateParts(grain="holiday", year=year, part=name))


@attrs.frozen(kw_only=True)
class _Scan:
    """What every atom reader may consult: the text, the reference and the document's numeric date order."""

    text: str
    reference: Reference
    order: str | None


def _one(match: regex.Match[str], parts: DateParts) -> list[Piece]:
    return [Piece(start=match.start(), end=match.end(), parts=parts)]


def _int_group(match: regex.Match[str], name: str) -> int | None:
    found = _group(match, name)
    return int(found) if found else None


def _read_iso(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    """``2020-05-29``, ``2019.06.05``, ``2023-07-25 08:34``, ``2020年5月29日``."""
    year, month = int(match.group("y")), int(match.group("m"))
    if _group(match, "d") is None:
        return _one(match, DateParts(grain="month", year=year, month=month))
    hour, minute = _int_group(match, "hh"), _int_group(match, "mi")
    return _one(
        match, DateParts(grain="day", year=year, month=month, day=int(match.group("d")), hour=hour, minute=minute)
    )


_CONTINENTAL_TIME_AFTER = regex.compile(r"[ ](?:-[ ])?(?:[01]?\d|2[0-3])h[0-5]\d\b")
"""A clock time written the continental way after a numeric date (``03/10/2024 - 16h25``): the writer puts the day
first, as French, Belgian and West African papers do."""


def _read_numeric(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    """``05/18/2023``, ``18.05.2023``: an open day-month order gives ``YYYY-XX-XX`` at lower confidence."""
    year, first, second = _two_digit(match), int(match.group("a")), int(match.group("b"))
    if year is None:
        return []
    order = scan.order
    if match.group("sep") == "." or _CONTINENTAL_TIME_AFTER.match(scan.text, match.end()):
        order = "dmy"  # dotted dates, and dates stamped with a French-style time (16h25), are day-first
    month_day = resolve.numeric_day_month(first, second, order) or _weekday_order(
        scan.text, match.start(), year, first, second
    )
    if month_day is not None:
        return _one(match, DateParts(grain="day", year=year, month=month_day[0], day=month_day[1]))
    if resolve.numeric_day_month(first, second, "dmy") is None:
        return []
    return [Piece(start=match.start(), end=match.end(), value=f"{year:04d}-XX-XX", confidence=ESTIMATED_CONFIDENCE)]


_WEEKDAY_BEFORE = regex.compile(
    r"\b(?P<wd>Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?[ ]$", regex.IGNORECASE
)
"""A weekday written just before a numeric date (``Sunday, 10/8/2025``, ``Wed 05/03/2025``)."""
_WEEKDAY_ABBREVIATIONS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekday_order(text: str, start: int, year: int, first: int, second: int) -> tuple[int, int] | None:
    """Settle an open day-month order by the weekday written before the date: ``Sunday, 10/8/2025`` is
    10 August (a Sunday), not 8 October (a Wednesday).  ``None`` when no weekday is written or it fits
    both or neither order."""
    before = _WEEKDAY_BEFORE.search(text, max(0, start - 12), start)
    if before is None:
        return None
    weekday = _WEEKDAY_ABBREVIATIONS.index(before.group("wd")[:3].lower())
    fitting = []
    for month, day in ((second, first), (first, second)):
        try:
            if dt.date(year, month, day).weekday() == weekday:
                fitting.append((month, day))
        except ValueError:
            continue
    return fitting[0] if len(fitting) == 1 else None


def _read_time(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    """``4 a.m.``, ``08:34``: kept only if :func:`_join` ties it to a day."""
    hour = resolve.to_24_hour(int(match.group("hh")), match.group("ap"))
    if hour is None:
        return []
    parts = DateParts(grain="time", hour=hour, minute=_int_group(match, "mi") or 0)
    return [Piece(start=match.start(), end=match.end(), role="time", parts=parts)]


def _read_dm_days(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    return _days_pieces(match, scan.text, month_first=False)


def _read_md_days(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    return _days_pieces(match, scan.text, month_first=True)


def _read_day(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    """``29 May 2020``, ``May 29th 2020``, ``the 29th of May``, ``Sept. 7``."""
    year, relative = _year_parts(match)
    month = resolve.month_number(match.group("mon"))
    return _one(
        match, DateParts(grain="day", year=year, relative_year=relative, month=month, day=_day(match.group("d")))
    )


def _read_month_year(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    """``September 2013``, ``mid-October 2023``, ``May this year``."""
    year, relative = _year_parts(match)
    month = resolve.month_number(match.group("mon"))
    return _one(match, DateParts(grain="month", year=year, relative_year=relative, month=month))


def _read_month_pair(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    """``January-August``, ``Jan-Aug 2023``: the interval from one month to the other (of the year given, if any)."""
    year = _int_group(match, "y")
    first = DateParts(grain="month", year=year, month=resolve.month_number(match.group("mon")))
    last = DateParts(grain="month", year=year, month=resolve.month_number(match.group("mon2")))
    if year is not None and last.month is not None and first.month is not None and last.month <= first.month:
        return []  # "December-January 2024" would need two years; left out rather than guessed
    return [Piece(start=match.start(), end=match.end(), parts=first, last=last)]


def _read_month(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    """``early May``; a bare ``May`` only after a word such as ``in`` or ``since``."""
    if "mod" not in match.re.groupindex and not month_in_context(scan.text, match.start()):
        return []
    return _one(match, DateParts(grain="month", month=resolve.month_number(match.group("mon"))))


def _read_month_rel(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    """``last December``, ``next March``: the month's last occurrence before the reference month, or its next."""
    month = resolve.month_number(match.group("mon"))
    reference = scan.reference.date
    year = None
    if reference is not None:
        if match.group("mrel").lower() == "last":
            year = reference.year if month < reference.month else reference.year - 1
        else:
            year = reference.year if month > reference.month else reference.year + 1
    return _one(match, DateParts(grain="month", year=year, month=month))


def _read_ordinal_part(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    """``the first quarter of 2020``, ``the first half of the year``."""
    year, relative = _year_parts(match)
    number = resolve.ordinal_number(match.group("ord"))
    grain, code = ("quarter", "Q") if "quarter" in match.group() else ("half", "H")
    return _one(match, DateParts(grain=grain, year=year, relative_year=relative, part=f"{code}{number}"))


def _read_first_months(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    """``the first nine months of 2024``, ``the first three quarters of 2025``: the interval from January to the
    ninth month."""
    year, relative = _year_parts(match)
    quarters = match.group("q")
    months = number_word(match.group("n")) if quarters is None else 3 * (number_word(quarters) or 0)
    if months is None:
        return []
    first = DateParts(grain="month", year=year, relative_year=relative, month=1)
    last = DateParts(grain="month", year=year, relative_year=relative, month=months)
    return [Piece(start=match.start(), end=match.end(), parts=first, last=last)]


def _read_quarter_code(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    """``Q1 2020``, ``1Q20``, ``2020 Q1``."""
    return _one(match, DateParts(grain="quarter", year=_two_digit(match), part=f"Q{match.group('q')}"))


def _read_half_code(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    """``H1 2022``, ``1H22``."""
    return _one(match, DateParts(grain="half", year=_two_digit(match), part=f"H{match.group('h')}"))


def _read_season(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    """``spring 2020``, ``the summer of 2019``, ``this winter``."""
    relative = match.group("rel").lower() if match.group("rel") else None
    return _one(
        match,
        DateParts(grain="season", year=_int_group(match, "y"), relative_year=relative, part=match.group("season")),
    )


def _read_year_mod(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    """``early 2024``, ``the end of 2020``, ``late last year``."""
    year, relative = _year_parts(match)
    return _one(match, DateParts(grain="year", year=year, relative_year=relative))


def _read_relative(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    piece = _relative_piece(match, scan.reference)
    return [piece] if piece else []


def _read_day_before(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    """``The day before,``: the day before the one last told of."""
    return [Piece(start=match.start(), end=match.end(), role="same_day", match=match)]


def _read_same_day(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    return [Piece(start=match.start(), end=match.end(), role="same_day", match=match)]


def _read_ago(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    piece = _ago_piece(match, scan.reference)
    return [piece] if piece else []


def _read_holiday(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    piece = _holiday_piece(match)
    return [piece] if piece else []


def _read_weekday(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    """``on Tuesday``, ``last Friday``: resolved at the end, unless a date follows (``Tuesday, May 26``)."""
    return [Piece(start=match.start(), end=match.end(), role="weekday", match=match)]


def _read_year_range(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    """``2019-2021``, ``2020-21``."""
    first = int(match.group("y"))
    last = int(match.group("y2")) if match.group("y2") else first // 100 * 100 + int(match.group("yy2"))
    if not first < last <= first + 100 or year_range_is_name(scan.text, match.start()):
        return []
    return [
        Piece(
            start=match.start(),
            end=match.end(),
            parts=DateParts(grain="year", year=first),
            last=DateParts(grain="year", year=last),
        )
    ]


def _read_year(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    """``2013``, ``the year 2020``; a bare number only where the words around it make it a year."""
    if not match.group("the") and not year_in_context(scan.text, match.start(), match.end()):
        return []
    return _one(match, DateParts(grain="year", year=int(match.group("y"))))


def _read_near(match: regex.Match[str], scan: _Scan) -> list[Piece]:
    """``yesterday``, ``tomorrow``, ``said today``: only with a publication date."""
    if scan.reference.date is None:
        return []
    word = match.group("near")
    if word == "Today" and not told_in_past_after(scan.text, match.end()):
        return []  # "Today, China is the largest ...": the present, not the day of the report
    if match.group("place_today") and not told_in_past_before(scan.text, match.start()):
        return []  # "the largest plant in Asia today": the present, not the day of the report
    shift = {"yesterday": -1, "today": 0}.get(word.lower(), 1)
    day = scan.reference.date + dt.timedelta(days=shift)
    return [Piece(start=match.start(), end=match.end(), value=day.isoformat())]


_READERS: dict[str, Callable[[regex.Match[str], _Scan], list[Piece]]] = {
    "alt_iso": _read_iso,
    "alt_cjk": _read_iso,
    "alt_numeric": _read_numeric,
    "alt_time": _read_time,
    "alt_dm_days": _read_dm_days,
    "alt_dm": _read_day,
    "alt_md_days": _read_md_days,
    "alt_md": _read_day,
    "alt_month_pair": _read_month_pair,
    "alt_month_year": _read_month_year,
    "alt_month_mod": _read_month,
    "alt_quarter": _read_ordinal_part,
    "alt_quarter_code": _read_quarter_code,
    "alt_quarter_short": _read_quarter_code,
    "alt_half": _read_ordinal_part,
    "alt_first_months": _read_first_months,
    "alt_half_code": _read_half_code,
    "alt_season": _read_season,
    "alt_year_mod": _read_year_mod,
    "alt_relative": _read_relative,
    "alt_same_day": _read_same_day,
    "alt_day_before": _read_day_before,
    "alt_ago": _read_ago,
    "alt_holiday": _read_holiday,
    "alt_weekday": _read_weekday,
    "alt_year_range": _read_year_range,
    "alt_year": _read_year,
    "alt_month": _read_month,
    "alt_month_rel": _read_month_rel,
    "alt_near": _read_near,
}
"""One reader per alternative of the master pattern: atom → pieces (none when the context rules it out)."""

assert set(_READERS) == set(ALTERNATIVES), "every alternative of DATE_ATOM needs a reader"


def _connects(pattern: regex.Pattern[str], text: str, start: int, end: int) -> bool:
    return start <= end and pattern.fullmatch(text, start, end) is not None


def _is_day(piece: Piece) -> bool:
    return piece.parts is not None and piece.parts.grain == "day" and piece.last is None


def _join(pieces: list[Piece], text: str) -> list[Piece]:
    """Tie times and weekdays to their days, make intervals of ``A to B``, share a list's year."""
    out: list[Piece] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        after = pieces[index + 1] if index + 1 < len(pieces) else None
        if after is not None and after.parts is not None:
            between = (piece.end, after.start)
            if piece.role == "time" and piece.parts and _is_day(after) and _connects(TIME_TO_DAY, text, *between):
                after.parts = attrs.evolve(after.parts, hour=piece.parts.hour, minute=piece.parts.minute)
                after.start = piece.start
                index += 1
                continue
            if piece.role == "weekday" and _is_day(after) and _connects(WEEKDAY_TO_DATE, text, *between):
                after.start = piece.start
                index += 1
                continue
            if (
                piece.role == "date"
                and after.role == "time"
                and _is_day(piece)
                and piece.parts is not None
                and piece.parts.hour is None
                and _connects(DAY_TO_TIME, text, *between)
            ):
                piece.parts = attrs.evolve(piece.parts, hour=after.parts.hour, minute=after.parts.minute)
                piece.end = after.end
                pieces.pop(index + 1)
                continue
            if piece.role == "date" and after.role == "date" and piece.parts is not None and piece.last is None:
                joined = _range_or_list(piece, after, text)
                if joined is not None:
                    pieces[index + 1] = joined
                    index += 1
                    continue
        out.append(piece)
        index += 1
    return out


_LONGEST_CONNECTOR = len(" through ")
"""No text longer than this matches :data:`.patterns.RANGE_CONNECTOR` or :data:`.patterns.LIST_CONNECTOR`."""


# "moved from the fourth quarter of 2026 to the second half of 2028": the old date and the new one, no interval.
_CHANGED_FROM_BEFORE = regex.compile(
    r"\b(?:moved|pushed(?:[ ]back)?|put[ ]back|postponed|delayed|shifted|changed|revised|rescheduled|"
    r"brought[ ]forward|slipped|slips|slid|deferred)[ ](?:\w+[ ]){0,3}?from[ ]$"
)


def _range_or_list(first: Piece, second: Piece, text: str) -> Piece | None:
    """Join ``first`` and ``second`` into an interval when a range word links them; share the year of a list."""
    assert first.parts is not None and second.parts is not None
    if second.last is not None or not 0 <= second.start - first.end <= _LONGEST_CONNECTOR:
        return None
    gap = text[first.end : second.start]
    changed = gap == " to " and _CHANGED_FROM_BEFORE.search(text, max(0, first.start - 60), first.start)
    if RANGE_CONNECTOR.fullmatch(gap) and (gap.strip() != "and" or _between_before(text, first.start)) and not changed:
        if first.parts.grain == "day" and second.parts.grain == "day" and first.parts.hour is not None:
            return None
        first_parts = first.parts
        if not first_parts.has_year and second.parts.has_year:
            first_parts = attrs.evolve(first_parts, year=second.parts.year, relative_year=second.parts.relative_year)
        return Piece(start=first.start, end=second.end, parts=first_parts, last=second.parts)
    if (changed or LIST_CONNECTOR.fullmatch(gap)) and not first.parts.has_year and second.parts.has_year:
        if first.parts.grain == second.parts.grain:
            first.parts = attrs.evolve(first.parts, year=second.parts.year, relative_year=second.parts.relative_year)
    return None


def _weekday_value(piece: Piece, text: str, reference: Reference) -> str | None:
    match = piece.match
    if match is None or reference.date is None:
        return None
    relative = (match.group("rel") or "").lower()
    weekday = resolve.weekday_number(match.group("wd"))
    if not relative and weekday_in_dateline(text, piece.start, piece.end):
        # A dateline's day is the day the item was filed: on or before the publication date.
        return resolve.nearest_weekday(weekday, reference.date, tense="past").isoformat()
    if not relative and (
        not (
            weekday_in_context(text, piece.start)
            or weekday_after_verb(text, piece.start, piece.end)
            or weekday_is_possessive(text, piece.start, piece.end)
        )
        or weekday_is_habitual(text, piece.start, piece.end)
    ):
        return None
    if relative in ("last", "next"):
        day = resolve.weekday_date(weekday, reference.date, -1 if relative == "last" else 1)
    else:
        day = resolve.nearest_weekday(weekday, reference.date, tense=date_tense(text, piece.start, piece.end))
    return day.isoformat()


_SAME_DAY_SHIFT = {"same": 0, "following": 1, "next": 1, "previous": -1}

_SAME_MONTH_SHIFT = {"same": 0, "that": 0, "following": 1, "previous": -1}
"""How many months after the month last told of ``the same month`` / ``that month`` / ``the following month`` /
``the previous`` (``preceding``) ``month`` lies."""

_MONTH_OF = regex.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])(?:-\d\d(?:T[\d:]+)?)?")
"""The month of a single month or day value (``2023-08``, ``2023-08-14``, ``2023-08-14T10:00``); not of an
interval (``2023-08/2023-10``), whose month is no single antecedent."""


def _antecedent_month(value: str, current: tuple[int, int] | None) -> tuple[int, int] | None:
    """Return the (year, month) ``the following month`` refers to after a date with ``value`` was told of:
    the value's month when it is a month or a day, else the month told of before (years and quarters are
    coarser; an interval has no single month)."""
    if "/" in value:
        return current
    match = _MONTH_OF.fullmatch(value)
    if match is None:
        return current
    return int(match.group("y")), int(match.group("m"))


def _same_month_value(piece: Piece, antecedent: tuple[int, int] | None) -> str | None:
    """Resolve ``the following month`` from the month last told of (``in August 2023 ... the following month``
    is 2023-09); with no month told of before, no value."""
    if piece.match is None or antecedent is None:
        return None
    code = resolve.relative_year_code(piece.match.group("rel"))
    year, month = resolve.add_months(antecedent[0], antecedent[1], _SAME_MONTH_SHIFT[code])
    return resolve.month_value(year, month)


def _same_day_value(piece: Piece, antecedent_day: dt.date | str | None) -> str | None:
    """Resolve ``the same day`` / ``the following day`` from the day the text last told of.

    The antecedent is a day, or a coarser value that a day cannot be drawn from (a week, ``2024-W24``):
    ``the same day`` then takes it as it is (``Last week, ... the same day`` is that week), and ``the following
    day`` has no value.  A day is never invented from a coarser antecedent.
    """
    if piece.match is None or antecedent_day is None:
        return None
    shift = _day_shift(piece.match)
    if isinstance(antecedent_day, str):
        return antecedent_day if shift == 0 else None
    return (antecedent_day + dt.timedelta(days=shift)).isoformat()


def _day_shift(match: regex.Match[str]) -> int:
    """Return how many days after the day last told of a day anaphor lies: ``the same day`` 0, ``the previous
    day`` and ``the day before`` -1, ``two days earlier`` -2, ``three days later`` 3."""
    relative = _group(match, "rel")
    if relative is not None:
        return _SAME_DAY_SHIFT[relative.lower().removeprefix("the ")]
    count = number_word(_group(match, "n") or "one") or 1
    return -count if match.group("dir") in ("before", "earlier") else count


_WEEK_VALUE = regex.compile(r"\d{4}-W\d{2}")


def _antecedent_for_same_day(value: str, current: dt.date | str | None) -> dt.date | str | None:
    """Return what ``the same day`` refers to after a date with ``value`` was told of.

    A day is the antecedent; so is a week, as it is (``Last week``).  An interval, a month, a year or a quarter
    does not replace the day told of before it: those are mostly background (``On 5 May, the firm, founded in
    1998, ...; the same day``; ``agreed at the summit held on May 18-19. ... On the same day``).
    """
    day = _day_of(value)
    if day is not None:
        return day
    if _WEEK_VALUE.fullmatch(value):
        return value
    return current


def _is_scheduled(text: str, start: int) -> bool:
    """Tell whether the date at ``start`` is a schedule or a target, told in a future clause (``the countries
    will apply a single tariff from January 1, 2026``): not the day the story tells of, so ``A day later`` in
    the narrative after it refers back past it (unless the anaphor's own clause is in the future too)."""
    return in_future_clause(text, start)


def _day_of(value: str) -> dt.date | None:
    """Return the calendar day a single-day value (``2022-09-09``, ``2022-09-09T10:00``) names, else ``None``."""
    if "/" in value or len(value) < 10 or "X" in value[:10]:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _tensed(parts: DateParts, reference: Reference, text: str, start: int, end: int, *, past: bool = True) -> DateParts:
    """Fix the year of a year-less month or day from the tense of its clause.

    Future (``is due to start in October``): the next such month on or after the reference date; past
    (``was completed in May``, ``in March broke ground``): the last one on or before it; no tense: left to
    the nearest-date rule of :func:`resolve.year_for`.  ``past=False`` applies only the future rule (for the
    end of a year-less interval: a gathering "held from August 17 to 21" is often announced ahead).
    """
    if parts.has_year or reference.date is None or parts.month is None or parts.grain not in ("day", "month"):
        return parts
    if text.endswith(("since ", "Since "), max(0, start - 6), start):
        tense: str | None = "past"  # "has owed it since January": a starting point already reached
    else:
        tense = date_tense(text, start, end)  # read last: the clause is read only for year-less days and months
    if tense is None or (tense == "past" and not past):
        return parts
    day = parts.day if parts.grain == "day" else None
    year_of_tense = resolve.future_year if tense == "future" else resolve.past_year
    return attrs.evolve(parts, year=year_of_tense(parts.month, day, reference.date))


_DEADLINE_BEFORE = regex.compile(
    r"(?<![\w])(?:due|scheduled|slated|targeted|targets?|expects?|expected|expecting|plans?|planned|planning"
    r"|aims?|aiming|hopes?|intends?|forecasts?|anticipates?|projects|on[ ]track|set[ ]to)\b[^.;!?]{0,40}$",
    regex.IGNORECASE,
)
"""A deadline or expectation word shortly before a quarter or half (``units due in Baku by the end of the second
quarter``, ``..., which expects first output in the third quarter``): the quarter is a target, even in a sentence
told in the past."""

_PERIOD_MODIFIER_BEFORE = regex.compile(
    r"(?<![\w])(?:[Tt]he[ ])?(?:very[ ])?(?:end|beginning|start|middle|close)[ ]of[ ]$"
)
"""A modifier before a quarter or half, kept in its span as the annotation notes ask (``the end of the second
quarter``); the spec has no modifier, so the value is the quarter's."""

_QUARTER_FIRST_MONTH = {"Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1, "H2": 7}


def _past_part(parts: DateParts, reference: Reference, text: str, start: int, end: int) -> DateParts:
    """Give a year-less quarter or half that has not begun by the reference date the year before, when its
    sentence is told in the past: ``In the second quarter, a station ... was put into operation`` in a report
    of March 2024 is 2023-Q2 (2024's second quarter had not begun).  A quarter in a future or tenseless
    sentence, or one already begun, stays in the reference year.
    """
    if parts.has_year or parts.grain not in ("quarter", "half") or reference.date is None or parts.part is None:
        return parts
    first_month = _QUARTER_FIRST_MONTH.get(parts.part)
    if first_month is None or first_month <= reference.date.month:
        return parts
    if _DEADLINE_BEFORE.search(text, max(0, start - 50), start) is not None:
        return parts  # "due in Baku by the end of the second quarter": a target, not a past quarter
    if not in_past_sentence(text, start, end):  # read last: only for quarters still to come
        return parts
    return attrs.evolve(parts, year=reference.date.year - 1)


def _render_interval(first: DateParts, last: DateParts, reference: Reference) -> str | None:
    """Render ``first``-``last``; a year-less start takes the end's year (the year before if its month is later)."""
    last_value = resolve.render(last, reference)
    if last_value is None:
        return None
    last_year = resolve.year_of(last_value)
    if not first.has_year and last_year is not None and first.month is not None and last.month is not None:
        first = attrs.evolve(first, year=last_year - 1 if first.month > last.month else last_year)
    first_value = resolve.render(first, reference)
    return resolve.interval(first_value, last_value) if first_value else None


def _header_piece(document: Document, text: NormalizedText) -> Piece | None:
    """The publication date in the header is a date fact too, with its time when the header gives one."""
    span = document.metadata.get("published_span")
    if document.published is None or not span:
        return None
    start, end = text.from_raw(int(span[0]), int(span[1]))
    value = document.published.isoformat()
    time = document.metadata.get("published_time")
    if isinstance(time, str) and time:
        value = f"{value}T{time.removesuffix(':00') if time.count(':') == 2 else time}"
    else:
        clock = HEADER_TIME.match(text.text, end)
        hour = resolve.to_24_hour(int(clock.group("hh")), clock.group("ap")) if clock is not None else None
        if clock is not None and hour is not None and hour < 24:
            seconds = clock.group("ss")  # ":00" seconds add nothing (06:45:00 AM is 06:45); others are kept
            value = f"{value}T{hour:02d}:{clock.group('mi')}" + (f":{seconds}" if seconds and seconds != "00" else "")
            end = clock.end()
    return Piece(start=start, end=end, value=value)


def _chrome_spans(document: Document, text: NormalizedText) -> list[tuple[int, int]]:
    return [text.from_raw(start, end) for start, end in document.chrome]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    for c_start, c_end in spans:
        if start < c_end and c_start < end:
            return True
    return False


def _past_years(pieces: list[Piece], text: str) -> list[tuple[int, int]]:
    """Return ``(position, year)`` of the years written in the text that are not targets (``by 2030``)."""
    return [
        (p.start, p.parts.year)
        for p in pieces
        if p.parts is not None and p.parts.year is not None and not year_is_target(text, p.start)
    ]


def _bikram_sambat(text: str, pieces: list[Piece]) -> list[Piece]:
    """Replace what was read inside each Bikram Sambat date (``2081/03/12 BS``, ``15 Jestha 2081 BS``) with the
    Gregorian date the text gives beside it (``(26 June 2024)``), over the Nepali date's span; a Nepali date with
    no Gregorian one beside it is left out (its year is 56-57 years ahead: never a Gregorian year)."""
    if "BS" not in text and "B.S." not in text and ("Nepal" not in text or BS_MONTH.search(text) is None):
        return pieces  # a cheap test: no Nepali date marked, nor a Nepali month in a text about Nepal
    for match in BIKRAM_SAMBAT.finditer(text):
        start, end = match.span()
        beside = BS_GREGORIAN_BESIDE.match(text, end)
        gregorian = None
        if beside is not None:
            gregorian = next((p for p in pieces if p.start == beside.end() and p.role == "date"), None)
        pieces = [p for p in pieces if not (p.start < end and start < p.end)]
        if gregorian is not None:
            pieces.append(
                Piece(start=start, end=end, parts=gregorian.parts, last=gregorian.last, value=gregorian.value)
            )
    return sorted(pieces, key=lambda p: (p.start, p.end))


def _updated_piece(text: str, header: Piece | None) -> Piece | None:
    """The bare clock time of an update note right after the header's date: ``14:20 (updated: 14:52)``.

    Wire services (TASS, Interfax) stamp a story with the time it was last changed; the time is of the
    header's day, a second date fact.
    """
    if header is None or header.value is None or "T" not in header.value:
        return None
    clock = HEADER_UPDATED_TIME.match(text, header.end)
    if clock is None:
        return None
    start, end = clock.span("clock")
    return Piece(start=start, end=end, value=f"{header.value[:10]}T{int(clock.group('hh')):02d}:{clock.group('mi')}")


def _read_pieces(
    atoms: list[tuple[str, regex.Match[str]]], chrome: list[tuple[int, int]], header: Piece | None, scan: _Scan
) -> list[Piece]:
    """Read every atom outside the chrome and the header into pieces, in text order."""
    pieces: list[Piece] = []
    updated = _updated_piece(scan.text, header)
    taken = [piece for piece in (header, updated) if piece is not None]
    for rule, match in atoms:
        if _inside(chrome, match.start(), match.end()):
            continue
        if any(match.start() < piece.end and piece.start < match.end() for piece in taken):
            continue
        pieces.extend(_READERS[rule](match, scan))
    pieces.extend(taken)
    pieces.sort(key=lambda p: (p.start, p.end))
    return _bikram_sambat(scan.text, pieces)


def _is_caps_line(text: str, start: int) -> bool:
    """Tell whether the line holding ``start`` is a headline in capitals (no lower-case letter, short)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return len(line) < 250 and not any(c.islower() for c in line)


def _caps_period_pieces(text: str, pieces: list[Piece]) -> tuple[list[Piece], list[Piece]]:
    """``IN FIRST HALF`` in an ALL CAPS headline: the half (or quarter) of the year of writing.

    Returns the new pieces and the pieces they replace (the year of ``IN FIRST HALF OF 2023``).
    """
    found: list[Piece] = []
    replaced: list[Piece] = []
    if "HALF" not in text and "QUARTER" not in text:
        return found, replaced
    for match in CAPS_PERIOD.finditer(text):
        start, end = match.span("span")
        year = int(match.group("y")) if match.group("y") else None
        # "IN FIRST HALF OF 2023": the year alone was found, and the half takes its place.
        overlapping = [p for p in pieces if p.start < end and start < p.end]
        if not _is_caps_line(text, start) or any(not (start <= p.start and p.end <= end) for p in overlapping):
            continue
        if overlapping and year is None:
            continue
        number = resolve.ordinal_number(match.group("ord").lower())
        grain, code = ("half", "H") if match.group("unit") == "HALF" else ("quarter", "Q")
        if grain == "half" and number > 2:
            continue
        relative = None if year is not None else "this"
        found.append(
            Piece(
                start=start,
                end=end,
                parts=DateParts(grain=grain, year=year, relative_year=relative, part=f"{code}{number}"),
            )
        )
        replaced.extend(overlapping)
    return found, replaced


def dateline_date(text: str, pieces: list[Piece]) -> dt.date | None:
    """The day a document without a header date gives in its dateline or date line, or ``None``.

    ``LIMA, Oct. 24, 2024 (Andina) --``, ``Hong Kong, 03/27/2024 --``, ``Date: 18.05.2023``,
    ``Published 05/18/2023 11:30 AM``: a full date with its year near the top,
    labelled or standing between a place and the dateline dash, dates the report
    as a header date would (relative dates such as ``today`` or ``Monday`` need it).
    """
    for piece in pieces:
        if piece.start > DATELINE_CHARS:
            break
        parts = piece.parts
        if parts is None or piece.last is not None or parts.year is None or parts.month is None or parts.day is None:
            continue
        labelled = DATELINE_LABEL.search(text, 0, piece.start) is not None
        placed = DATELINE_PLACE.search(text, 0, piece.start) is not None and DATELINE_AFTER.match(text, piece.end)
        if not (labelled or placed or _ends_date_line(text, piece)):
            continue
        try:
            return dt.date(parts.year, parts.month, parts.day)
        except ValueError:
            continue
    return None


def _ends_date_line(text: str, piece: Piece) -> bool:
    """Tell whether ``piece`` ends a short line near the top, save a time (``06/03/2025 04:21 PM``,
    ``Doaa El-Sherbiny , Tuesday 25 Feb 2025``): a byline's or a date line's date is the report's."""
    end = DATE_LINE_END.match(text, piece.end)
    if end is None:
        return False
    line_start = text.rfind("\n", 0, piece.start) + 1
    return end.end() - line_start <= MASTHEAD_LINE_CHARS


# A masthead or date line: short, before the body ("Conakry, 03/10/2024 - 16h25", "Issue 187 | 3-9 March 2024").
MASTHEAD_LINE_CHARS = 90


def masthead_year(text: str, pieces: list[Piece]) -> int | None:
    """The year of the first date with a year on a short line near the top (a masthead, an issue line, a date
    line with an open day-month order), or ``None``: it dates an undated document better than the latest year
    the body mentions, which may be a plan's (``build 150,000 cars a year from 2025``)."""
    for piece in pieces:
        if piece.start > DATELINE_CHARS:
            return None
        line_start = text.rfind("\n", 0, piece.start) + 1
        line_end = text.find("\n", piece.end)
        if (line_end if line_end >= 0 else len(text)) - line_start > MASTHEAD_LINE_CHARS:
            continue
        if piece.parts is not None and piece.parts.year is not None:
            return piece.parts.year
        if piece.value is not None and piece.value[:4].isdigit():
            return int(piece.value[:4])
    return None


def find_dates(document: Document, text: NormalizedText) -> Iterator[Fact]:
    """Find every calendar reference in ``document`` and resolve it to a TIMEX3-style value."""
    source = text.text
    chrome = _chrome_spans(document, text)
    atoms = list(find_atoms(source))
    order = _document_order(atoms, source)
    header = _header_piece(document, text)
    year = document.published.year if document.published else None
    reference = Reference(date=document.published, year=year)
    pieces = _read_pieces(atoms, chrome, header, _Scan(text=source, reference=reference, order=order))
    if header is not None and not any(piece is header for piece in pieces):
        # the header's date was a Bikram Sambat date (2081/03/12 BS): the Gregorian one beside it dates the report
        header, year, reference = None, None, Reference()
        pieces = _read_pieces(atoms, chrome, None, _Scan(text=source, reference=reference, order=order))
    if reference.date is None:
        dateline = dateline_date(source, pieces)
        if dateline is not None:
            year = dateline.year
            reference = Reference(date=dateline, year=year)
            pieces = _read_pieces(atoms, chrome, header, _Scan(text=source, reference=reference, order=order))
    headline_parts, replaced = _caps_period_pieces(source, pieces)
    if headline_parts:
        kept = [p for p in pieces if not any(p is r for r in replaced)]
        pieces = sorted(kept + headline_parts, key=lambda p: (p.start, p.end))
    estimated = False
    if year is None:
        estimate = masthead_year(source, pieces) or estimate_document_year(source, _past_years(pieces, source))
        if estimate is not None:
            reference = Reference(year=estimate)
            estimated = True
    resolved = list(_resolved(source, _join(pieces, source), reference, estimated=estimated))
    spans = fiscal_spans(source, resolved, reference.date)
    if "the quarter" in source or "the half" in source:
        spans = _with_period_anaphors(source, spans)
    if "year earlier" in source:
        spans = _with_compared_periods(source, spans)
    spans = with_report_year(source, spans, reference.year)
    for span in spans:
        yield Fact.from_normalized(
            document,
            text,
            kind="date",
            start=span.start,
            end=span.end,
            value=DateValue(timex=span.value),
            confidence=span.confidence,
        )


_PERIOD_ANAPHOR = regex.compile(
    r"(?<=\b(?:[Ii]n|[Dd]uring|[Ff]or|[Oo]ver|[Tt]hroughout)[ ])the[ ](?P<unit>quarter|half-year)(?![\w-])"
    r"(?![ ](?:of|to|ending|ended|through|before|after|under|since|that|when)\b)"
)
"""``in the quarter``, ``for the half-year`` with no period of their own: an anaphor of the quarter (half) the
text told of last (a wire's ``produced 30,842 tons in the first quarter ... fell 23% to 7,800 tons in the
quarter``; ``handles 512,400 TEU in H1 ... its revenue for the half-year rose``)."""

_PERIOD_VALUE = {"quarter": regex.compile(r"\d{4}-Q[1-4]"), "half-year": regex.compile(r"\d{4}-H[12]")}

_COMPARED_BEFORE = regex.compile(
    r"\b(?:against|from|versus|vs\.?|than|compared[ ](?:with|to))[ ](?:[\w,.%$-]+[ ]){0,3}(?:in|during)?[ ]?$"
)
"""A word before a quarter that makes it the base of a comparison (``against 146,300 tons in the first quarter of
2024``), not the period the story tells of, so no antecedent of ``in the quarter``."""


def _with_period_anaphors(source: str, spans: list[Span]) -> list[Span]:
    """Add ``in the quarter`` (``for the half-year``) spans, valued as the quarter (half) last told of before them
    (none before: left out)."""
    added: list[Span] = []
    for match in _PERIOD_ANAPHOR.finditer(source):
        start, end = match.span()
        if any(s.start < end and start < s.end for s in spans):
            continue
        period_value = _PERIOD_VALUE[match.group("unit")]
        antecedent = [
            s
            for s in spans
            if s.end <= start
            and period_value.fullmatch(s.value)
            and _COMPARED_BEFORE.search(source, max(0, s.start - 50), s.start) is None
        ]
        if antecedent:
            added.append(Span(start, end, antecedent[-1].value, antecedent[-1].confidence))
    return sorted(spans + added, key=lambda s: (s.start, s.end)) if added else spans


_COMPARED_YEAR_EARLIER = regex.compile(
    r"(?<=\b(?:from|than|over|on|against|versus|vs\.?|compared[ ](?:with|to))[ ](?:[\w,.%$-]+[ ]){0,3})"
    r"[Aa][ ]year[ ]earlier(?![\w-])"
)
"""``a year earlier`` as the base of a comparison (``up 18% from a year earlier``, ``up from Rs401bn a year
earlier``, ``up from 15,400 tonnes a year earlier``: the compared amount may stand between): the same period one
year before the period the sentence tells of, not only its year."""

_PERIOD_WITHIN_YEAR = regex.compile(r"\d{4}-(?:Q[1-4]|H[12]|0[1-9]|1[0-2])(?:/\d{4}-(?:0[1-9]|1[0-2]))?")
"""A quarter, a half, a month or a run of months (a fiscal half ``2025-07/2025-12``): a period that ``a year
earlier`` shifts as a whole."""

_YEAR_IN_VALUE = regex.compile(r"(?<![\d])\d{4}(?![\d])")


def _with_compared_periods(source: str, spans: list[Span]) -> list[Span]:
    """Give a compared ``a year earlier`` the period the paragraph told of last, one year back, when that period
    is a quarter, a half or months (``In the first half of FY26, ... up 18% from a year earlier`` is the first half
    of FY25); after a year or a day it keeps the year it was resolved to (the year last mentioned, shifted)."""
    result = list(spans)
    for index, span in enumerate(result):
        if index == 0 or _COMPARED_YEAR_EARLIER.fullmatch(source, span.start, span.end) is None:
            continue
        previous = result[index - 1]
        if "\n" in source[previous.end : span.start] or not _PERIOD_WITHIN_YEAR.fullmatch(previous.value):
            continue
        value = _YEAR_IN_VALUE.sub(lambda m: str(int(m.group()) - 1), previous.value)
        result[index] = Span(span.start, span.end, value, previous.confidence)
    return result


def _resolved(source: str, pieces: list[Piece], reference: Reference, *, estimated: bool) -> Iterator[Span]:
    """Resolve the pieces in text order, following the year last mentioned, and give their spans and values."""
    antecedent: int | None = None
    antecedent_day: dt.date | str | None = None
    scheduled_day: dt.date | str | None = None  # the last day told of, a scheduled one included
    antecedent_month: tuple[int, int] | None = None
    tracks_month = any(piece.role == "same_month" for piece in pieces)  # most texts have no month anaphor
    current = reference
    for piece in pieces:
        confidence = piece.confidence
        if current.antecedent_year != antecedent:
            current = Reference(date=reference.date, year=reference.year, antecedent_year=antecedent)
        if piece.role == "weekday":
            value = _weekday_value(piece, source, current)
        elif piece.role == "same_day":
            told_of = scheduled_day if date_tense(source, piece.start, piece.end) == "future" else antecedent_day
            value = _same_day_value(piece, told_of)
        elif piece.role == "same_month":
            value = _same_month_value(piece, antecedent_month)
        elif piece.role == "time":
            value = None
        elif piece.parts is None:
            value = piece.value
        elif piece.last is not None:
            value = _render_interval(
                piece.parts, _tensed(piece.last, current, source, piece.start, piece.end, past=False), current
            )
        else:
            parts = _past_part(
                _tensed(piece.parts, current, source, piece.start, piece.end), current, source, piece.start, piece.end
            )
            value = resolve.render(parts, current)
            if estimated and not (piece.parts.has_year and (piece.last is None or piece.last.has_year)):
                confidence = ESTIMATED_CONFIDENCE
        if value is None:
            continue
        start = piece.start
        if piece.parts is not None and piece.parts.grain in ("quarter", "half") and piece.last is None:
            modifier = _PERIOD_MODIFIER_BEFORE.search(source, max(0, start - 30), start)
            if modifier is not None:
                start = modifier.start()
        if not in_since_clause(source, piece.start):
            told_day = _antecedent_for_same_day(value, None)
            if told_day is not None:
                scheduled_day = told_day
                if not _is_scheduled(source, piece.start):
                    antecedent_day = told_day
            if tracks_month:
                antecedent_month = _antecedent_month(value, antecedent_month)
        mentioned = resolve.year_of(value)
        if mentioned is not None and (piece.parts is None or piece.parts.has_year):
            antecedent = mentioned
        yield Span(start, piece.end, value, confidence)
