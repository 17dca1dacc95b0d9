"""Fiscal years: ``the 2023/24 financial year``, ``fiscal year 2024-25``, ``FY2023-24``, ``FY25``, ``the last fiscal
year``, ``the first nine months of the 2024-2025 fiscal year``, ``Q1 FY26``, ``H2 FY2024-25``.

A fiscal year spanning two calendar years is twelve months from the month its country's year starts (July in
Tanzania, Kenya, Pakistan, Bangladesh; April in India and Myanmar): the country is the one among
``data/fiscal_years.tsv`` that the text names most (a tie or no cue leaves the span of years as it was).
This module works on the resolved spans of :mod:`.extract` (normalised offsets), widening a year span to its
fiscal wording and adding the ``FY`` and relative forms the atom scan does not read.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from pathlib import Path

import attrs
import regex

from .resolve import number_word

__all__ = ["Span", "fiscal_spans", "fiscal_start_month"]

_DATA = Path(__file__).resolve().parent / "data" / "fiscal_years.tsv"

_CUES = ("FY", "iscal", "inancial")
"""A cheap test (``str`` search): a text without any of these has no fiscal year."""

_YEAR_SPAN = regex.compile(r"(\d{4})/(\d{4})")
_AFTER = regex.compile(r"\s(?i:fiscal|financial)\syear(?![\w])")
_BEFORE = regex.compile(
    r"""
    (?:(?<![\w])(?P<part>
        (?i:the)\sfirst\s(?P<months>[a-z]+|\d{1,2})\smonths\sof
      | (?i:the)\s(?P<half>first|second)\shalf\sof
      | (?i:the)\s(?P<quarter>first|second|third|fourth)\squarter\sof
      | Q(?P<qnum>[1-4])(?:\sof)?
      | H(?P<hnum>[12])(?:\sof)?
    )\s)?
    (?P<the>(?<![\w])(?i:the)\s)?
    (?P<fy>(?<![\w])(?i:fiscal|financial)\syear\s|(?<![\w])FY\s?)?
    $
    """,
    regex.VERBOSE,
)
_FY = regex.compile(r"(?<![\w-])FY\s?(?P<y1>\d{4}|\d{2})(?:[-/](?P<y2>\d{4}|\d{2}))?(?![\w-])")
_RELATIVE = regex.compile(
    r"(?<![\w])(?:(?i:the)\s)?(?P<rel>last|previous|past|current|this|next|coming)\s(?i:fiscal|financial)\syear(?![\w])",
)
_SHIFT = {"last": -1, "previous": -1, "past": -1, "current": 0, "this": 0, "next": 1, "coming": 1}
_ORDINAL = {"first": 0, "second": 1, "third": 2, "fourth": 3}


@attrs.frozen
class Span:
    """A resolved date span of the text (normalised offsets) and its confidence."""

    start: int
    end: int
    value: str
    confidence: float | None = None


@functools.cache
def _countries() -> tuple[tuple[int, tuple[str, ...]], ...]:
    """Return (first month, cue words) per country of ``data/fiscal_years.tsv``, read once."""
    rows = []
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            _code, month, cues = line.split("\t")
            rows.append((int(month), tuple(cues.split("|"))))
    return tuple(rows)


def _whole_word_count(text: str, word: str) -> int:
    count = 0
    index = text.find(word)
    while index >= 0:
        end = index + len(word)
        if (index == 0 or not text[index - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            count += 1
        index = text.find(word, end)
    return count


def fiscal_start_month(text: str) -> int | None:
    """Return the first month of the fiscal year of the country ``text`` names most, or ``None`` (no cue, a tie
    between countries whose years start in different months)."""
    best_country = 0
    best_month: int | None = None
    tie = False
    for month, cues in _countries():
        count = sum(_whole_word_count(text, cue) for cue in cues)
        if count == 0:
            continue
        if count > best_country:
            best_country, best_month, tie = count, month, False
        elif count == best_country and month != best_month:
            tie = True
    return None if tie else best_month


def _months(first: dt.date, count: int) -> str:
    """Render ``count`` months from ``first``: ``2023-07/2024-06`` (one month: ``2023-07``)."""
    index = first.year * 12 + first.month - 1 + count - 1
    last = f"{index // 12}-{index % 12 + 1:02d}"
    start = f"{first.year}-{first.month:02d}"
    return start if count == 1 else f"{start}/{last}"


def _fiscal_value(first_year: int, month: int, before: regex.Match[str] | None) -> str | None:
    """The value of the fiscal year starting in ``month`` of ``first_year``, or of the part ``before`` names."""
    offset, count = 0, 12
    if before is not None and before.group("part"):
        if before.group("months"):
            written = before.group("months")
            count = int(written) if written.isdigit() else (number_word(written) or 0)
            if not 1 <= count <= 12:
                return None
        elif before.group("half"):
            offset, count = (0 if before.group("half") == "first" else 6), 6
        elif before.group("hnum"):  # "H2 FY25"
            offset, count = 6 * (int(before.group("hnum")) - 1), 6
        elif before.group("qnum"):  # "Q1 FY26"
            offset, count = 3 * (int(before.group("qnum")) - 1), 3
        else:
            offset, count = 3 * _ORDINAL[before.group("quarter")], 3
    index = first_year * 12 + month - 1 + offset
    return _months(dt.date(index // 12, index % 12 + 1, 1), count)


def _second_year(first: int, written: str) -> int | None:
    """The full second year of a split year (``24`` after 2023 → 2024), or ``None`` when it is not the next."""
    second = int(written) if len(written) == 4 else first // 100 * 100 + int(written)
    return second if second == first + 1 else None


def fiscal_spans(text: str, spans: Sequence[Span], published: dt.date | None) -> list[Span]:
    """Return ``spans`` with fiscal years widened and resolved, plus the ``FY`` and relative forms."""
    if not any(cue in text for cue in _CUES):
        return list(spans)
    month = fiscal_start_month(text)
    result: list[Span] = []
    for span in spans:
        years = _YEAR_SPAN.fullmatch(span.value)
        if years is None or int(years[2]) != int(years[1]) + 1:
            result.append(span)
            continue
        before = _BEFORE.search(text, max(0, span.start - 60), span.start)
        after = _AFTER.match(text, span.end)
        fiscal_before = before is not None and before.group("fy") is not None
        if not fiscal_before and after is None:
            result.append(span)
            continue
        start, end, value = span.start, span.end, span.value
        if after is not None:
            end = after.end()
        if month is not None:
            resolved = _fiscal_value(int(years[1]), month, before)
            if resolved is not None:
                value = resolved
                if before is not None and before.group("part"):
                    start = before.start("part")
        if start == span.start and before is not None:
            if before.group("the") and (after is not None or fiscal_before):
                start = before.start("the")
            elif fiscal_before:
                start = before.start("fy")
        widened = Span(start, end, value, span.confidence)
        while result and result[-1].start >= start:  # the quarter of "the second quarter of the 2024-2025 fiscal year"
            result.pop()
        result.append(widened)
    if month is not None:
        added = _added(text, month, published, result)
        # the quarter of "the third quarter of FY2023-24" gives way to the part of the fiscal year
        result = [t for t in result if not any(_covers(s, t) for s in added)] + added
    return sorted(result, key=lambda s: (s.start, s.end))


def _year_or_part(text: str, match: regex.Match[str], first: int, month: int) -> Span:
    """The span and value of a fiscal year starting in ``month`` of ``first``, or of the part of it written just
    before it (``the first half of``, ``the first nine months of``)."""
    start, value = match.start(), _months(dt.date(first, month, 1), 12)
    before = _BEFORE.search(text, max(0, start - 60), start)
    if before is not None and before.group("part"):
        part = _fiscal_value(first, month, before)
        if part is not None:
            start, value = before.start("part"), part
    return Span(start, match.end(), value)


def _added(text: str, month: int, published: dt.date | None, taken: list[Span]) -> list[Span]:
    """The ``FY2023-24``, ``FY25`` and ``the last fiscal year`` spans that overlap none of ``taken``."""
    added: list[Span] = []
    for match in _FY.finditer(text):
        first = int(match["y1"]) if len(match["y1"]) == 4 else 2000 + int(match["y1"])
        if match["y2"]:
            second = _second_year(first, match["y2"])
            if second is None:
                continue
        else:
            first -= 1  # FY25 is the fiscal year that ends in 2025
        if not 1950 <= first <= 2100:
            continue
        added.append(_year_or_part(text, match, first, month))  # "FY2024-25", "the first half of FY2024-25"
    if published is not None:
        current = published.year if published.month >= month else published.year - 1
        for match in _RELATIVE.finditer(text):
            first = current + _SHIFT[match["rel"].lower()]
            added.append(_year_or_part(text, match, first, month))  # "the first half of the current fiscal year"
    return [s for s in added if not any(s.start < t.end and t.start < s.end and not _covers(s, t) for t in taken)]


def _covers(wide: Span, narrow: Span) -> bool:
    """Tell whether ``wide`` holds ``narrow`` and more."""
    return wide.start <= narrow.start and narrow.end <= wide.end and wide.end - wide.start > narrow.end - narrow.start
