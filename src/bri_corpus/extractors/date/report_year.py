"""The year of a report: ``the beginning of the year`` in an annual report is its reporting year.

A company's annual report (or a ministry's yearly review) states the period it covers: ``During the Reporting
Period (1 January to 31 December 2024)``, ``for the year ended 31 December 2024``.  It is published months
later, so ``the beginning of the year`` / ``the end of the year`` / ``the first half of the year`` in it mean that
period's year, not the year of publication the resolver gives them.  News text hardly ever states such a period,
and the rule fires only after one is stated, on ``... the year`` phrases without ``this`` or ``that``.
"""

from __future__ import annotations

import regex

from .fiscal import Span

__all__ = ["with_report_year"]

CUES = ("eporting period", "eporting Period", "year ended", "year ending")
"""A cheap test (``str`` search): a text with none of these states no reporting period."""

_PERIOD_BEFORE = regex.compile(
    r"(?i:reporting[ ]period(?:[ ]end(?:ed|ing))?|(?:financial[ ])?year[ ]end(?:ed|ing))"
    r"[ ]?(?:\(|:|,)?[ ]?(?:from[ ]|of[ ])?$"
)
"""The words right before the stated period: ``Reporting Period (``, ``the year ended``, ``reporting period from``."""

_WHOLE_YEAR = regex.compile(r"(?P<y>\d{4})-01-01/(?P=y)-12-31|(?P<y>\d{4})-12-31|(?P<y>\d{4})")
"""A value that states a calendar year as the period: the whole year, its last day (``year ended 31 December``),
or the year itself."""

_THE_YEAR = regex.compile(r"(?<![\w])the[ ]year$")
_YEAR = regex.compile(r"(?<![\d])\d{4}(?![\d])")


def _reporting_year(source: str, spans: list[Span]) -> tuple[int, int] | None:
    """Return the position after which the reporting period is known, and its year, or ``None``."""
    for span in spans:
        if _PERIOD_BEFORE.search(source, max(0, span.start - 40), span.start) is None:
            continue
        match = _WHOLE_YEAR.fullmatch(span.value)
        if match is not None:
            return span.end, int(match.group("y"))
    return None


def with_report_year(source: str, spans: list[Span], publication_year: int | None) -> list[Span]:
    """Give ``... the year`` phrases after a stated reporting period of a calendar year that year.

    Only phrases resolved to the publication year change (``the end of the year`` → ``2024`` in a report
    published in 2025); ``this year`` and ``that year`` keep their readings.
    """
    if publication_year is None or not any(cue in source for cue in CUES):
        return spans
    found = _reporting_year(source, spans)
    if found is None or found[1] == publication_year:
        return spans
    after, year = found
    written = str(publication_year)
    result = []
    for span in spans:
        if span.start >= after and _THE_YEAR.search(source, span.start, span.end) and written in span.value:
            span = Span(
                span.start,
                span.end,
                _YEAR.sub(lambda m: str(year) if m.group() == written else m.group(), span.value),
                span.confidence,
            )
        result.append(span)
    return result
