"""Turn written numbers into exact ``Decimal`` values: digits, scale words and spelled-out numbers.

Pure functions, no patterns: :mod:`.patterns` finds the text, these read it.
Amounts stay exact (``Decimal``), never ``float``: ``1.1 billion`` is 1100000000, not 1100000000.0000002.
"""

from __future__ import annotations

from decimal import Decimal
from types import MappingProxyType

__all__ = [
    "SCALES",
    "parse_digits",
    "parse_scale",
    "parse_spelled",
    "scale_factor",
]

SCALES = MappingProxyType(
    {
        "thousand": Decimal(10) ** 3,
        "ten-thousand": Decimal(10) ** 4,  # the Chinese unit of 10,000 (wan) in translated reports
        "ten thousand": Decimal(10) ** 4,
        "k": Decimal(10) ** 3,
        "lakh": Decimal(10) ** 5,
        "lakhs": Decimal(10) ** 5,
        "crore": Decimal(10) ** 7,
        "crores": Decimal(10) ** 7,
        "cr": Decimal(10) ** 7,  # South Asian headlines' Tk 4,870cr, Rs 320 cr (after a currency symbol only)
        "wan": Decimal(10) ** 4,  # Chinese reports' magnitude words kept in English (RMB 386,250 wan), after a currency
        "yi": Decimal(10) ** 8,  # and 10^8 (RMB 96.4 yi); see patterns.CHINESE_SCALE_WORDS
        "arba": Decimal(10) ** 9,  # Nepali papers' and press notes' 100 crore (Rs. 7.21 arba)
        "kharba": Decimal(10) ** 11,  # Nepali 100 arba
        "million": Decimal(10) ** 6,
        "millions": Decimal(10) ** 6,
        "mn": Decimal(10) ** 6,
        "mln": Decimal(10) ** 6,
        "m": Decimal(10) ** 6,
        "mil": Decimal(10) ** 6,  # Malaysian papers' RM120 mil (after a currency symbol only)
        "billion": Decimal(10) ** 9,
        "bn": Decimal(10) ** 9,
        "bln": Decimal(10) ** 9,
        "b": Decimal(10) ** 9,
        "bil": Decimal(10) ** 9,  # Malaysian papers' RM3.6 bil (after a currency symbol only, see patterns)
        "trillion": Decimal(10) ** 12,
        "tn": Decimal(10) ** 12,
        "trn": Decimal(10) ** 12,
        "tr": Decimal(10) ** 12,
    }
)
"""Scale words and abbreviations (lower case) and what they multiply by."""

_SMALL = MappingProxyType(
    {
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    }
)  # fmt: skip
"""Spelled-out numbers below one hundred, as single words."""

_ABBREVIATED_SCALES = frozenset({"k", "m", "b", "mn", "bn", "tn", "tr", "trn", "mln", "bln", "bil", "mil", "wan", "yi"})
"""Scale abbreviations, which never end a spelled-out number ("three million", not "three mn")."""

SPELLED_WORDS = tuple(_SMALL)
"""The spelled-out number words (for building patterns)."""


def parse_digits(digits: str) -> Decimal:
    """Read a digit string with optional thousands commas or spaces and decimal point: ``"11,000"`` → 11000.

    One or two digits after the only comma make it a decimal comma (``"6,2"`` → 6.2: a thousands group has three).

    >>> parse_digits("1,234.50")
    Decimal('1234.50')
    >>> parse_digits("15 000")
    Decimal('15000')
    >>> parse_digits("6,2")
    Decimal('6.2')
    """
    if digits.count(",") == 1 and len(digits) - digits.index(",") <= 3 and "." not in digits:
        return Decimal(digits.replace(",", "."))
    return Decimal(digits.replace(",", "").replace(" ", ""))


def scale_factor(word: str) -> Decimal:
    """Return what a scale word multiplies by (``"bn"`` → 10^9); 1 for an empty word.

    Raises:
        KeyError: for a word that is not a scale word.
    """
    return SCALES[word.lower()] if word else Decimal(1)


def parse_scale(amount: Decimal, word: str | None) -> Decimal:
    """Multiply ``amount`` by the scale word (``None`` or ``""`` leaves it as it is)."""
    return amount * scale_factor(word) if word else amount


def parse_spelled(words: str) -> Decimal | None:
    """Read a spelled-out number: ``"eight"``, ``"twenty-five"``, ``"two hundred and fifty"``, ``"three million"``.

    Returns ``None`` when the words are not a well-formed number.

    >>> parse_spelled("two hundred and fifty thousand")
    Decimal('250000')
    """
    total = Decimal(0)
    group = Decimal(0)
    seen = False
    for token in words.lower().replace("-", " ").split():
        if token == "and":
            continue
        if token in _SMALL:
            group += _SMALL[token]
        elif token == "hundred":
            group = (group or Decimal(1)) * 100
        elif token in SCALES and token not in _ABBREVIATED_SCALES:
            total += (group or Decimal(1)) * SCALES[token]
            group = Decimal(0)
        else:
            return None
        seen = True
    return total + group if seen else None
