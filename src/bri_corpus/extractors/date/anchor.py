"""Estimate the year of writing of a document whose header gives no date.

Two pieces of evidence from the text are used, and the later year wins:

* the latest year the text mentions as past or present (``since 2004``,
  ``the end of January 2020``; not a target such as ``by 2030``): a report is
  not written before the events it tells, and news mostly tells of its own year;
* a phrase measuring the time up to now (:data:`.patterns.DOCUMENT_YEAR_HINT`)
  after a year: "In 2013, ... proposed the initiative. In the past decade, ..."
  puts the time of writing ten years after 2013.

This is a heuristic: dates resolved with an estimated year carry a lower
confidence.  A document that mentions no year keeps unknown years (``XXXX``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .patterns import DOCUMENT_YEAR_HINT
from .resolve import number_word

__all__ = ["estimate_document_year"]


def estimate_document_year(text: str, years: Sequence[tuple[int, int]]) -> int | None:
    """Estimate the year of writing from ``the past decade``-style phrases and the years before them.

    Args:
        text: the normalised document text.
        years: ``(position, year)`` of every past or present year written in the text, in text order.

    Returns:
        The latest of the estimates, or ``None`` when the text mentions no year.
    """
    estimates: list[int] = [year for _, year in years]
    if " the past " not in text and " the last " not in text:
        return max(estimates) if estimates else None  # every hint holds one of these: no need to scan for it
    for match in DOCUMENT_YEAR_HINT.finditer(text):
        span = 10 if match.group("decade") else number_word(match.group("n"))
        before = [year for position, year in years if position < match.start()]
        if span is None or not before:
            continue
        estimate = before[-1] + span
        if estimate >= max(before):
            estimates.append(estimate)
    return max(estimates) if estimates else None
