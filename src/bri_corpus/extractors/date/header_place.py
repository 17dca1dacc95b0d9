"""Read the day-month order of an open numeric date at the top of a story from the place written above it.

``Rafael Vargas - São Paulo`` over ``09/10/2025 7:15 AM`` is day-first: month-first numeric dates are a North
American habit (the United States, its territories, the Philippines), and a byline or dateline city elsewhere
tells the outlet writes the day first.  The place is looked up in the place plugin's GeoNames-derived gazetteer,
loaded only when a document has such a date (rare), so the cost stays off ordinary text.
"""

from __future__ import annotations

MONTH_FIRST_COUNTRIES = frozenset({"US", "PR", "GU", "VI", "AS", "MP", "UM", "FM", "MH", "PW", "PH"})
"""Countries whose press writes numeric dates month first (United States and territories, Micronesia, Marshall
Islands, Palau, the Philippines); Canada and Belize mix both orders and are left open."""
MIXED_ORDER_COUNTRIES = frozenset({"CA", "BZ"})

HEADER_LINES_BEFORE = 2
"""How many lines above the date's own line may hold the byline or dateline place."""


def _header_window(text: str, date_start: int) -> tuple[int, int]:
    """The span of the date's own line and the lines just above it (the byline block)."""
    start = date_start
    for _ in range(HEADER_LINES_BEFORE + 1):
        previous = text.rfind("\n", 0, max(0, start - 1))
        if previous < 0:
            return 0, date_start
        start = previous
    return start, date_start


def order_from_header_place(text: str, date_start: int) -> str | None:
    """``dmy`` or ``mdy`` from the place named nearest above a numeric date at the top; ``None`` when no place is
    named there or its country mixes both orders.  Only a city or country reading counts, best reading first."""
    from bri_corpus.extractors.place.gazetteer import find_candidates  # heavy data: loaded only when needed

    start, end = _header_window(text, date_start)
    window = text[start:end]
    if not window.strip():
        return None
    country: str | None = None
    for candidate in find_candidates(window):
        best = candidate.entries[0] if candidate.entries else None
        if best is not None and best.type in ("city", "country") and not best.is_adjective and best.country:
            country = best.country  # the nearest place above the date wins
    if country is None or country in MIXED_ORDER_COUNTRIES:
        return None
    return "mdy" if country in MONTH_FIRST_COUNTRIES else "dmy"
