"""English month names and abbreviations, shared by the header reader and the date extractor."""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["MONTHS", "MONTH_PATTERN"]

_FULL = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for number, name in enumerate(_FULL, start=1):
        table[name] = number
        table[name[:3]] = number
    table["sept"] = 9
    return table


MONTHS: MappingProxyType[str, int] = MappingProxyType(_month_table())
"""Month name or abbreviation (lower case, no dot) → month number."""

MONTH_PATTERN = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
"""A regex alternation matching any month name or abbreviation (use with IGNORECASE)."""
