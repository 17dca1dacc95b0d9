"""Compiled patterns for amounts of money and quantities, built once from the data tables.

The patterns only find text; :mod:`.money` and :mod:`.quantity` read the named groups and
:mod:`.numbers` and :mod:`.resolve` turn them into values.
Every pattern runs on normalised text (dashes are ``-``, spaces are single spaces).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import attrs
import regex

from bri_corpus.literals import literal_alternation

from .lexicon import lexicon
from .numbers import SPELLED_WORDS

__all__ = [
    "NUMBER",
    "Patterns",
    "patterns",
]

SCALE_WORDS = r"ten[ -]thousand|thousand|millions?|billion|trillion|mln|mn|bln|bn|trn|tn|crores?|lakhs?|kharba|arba"
"""Scale words, matched in any letter case, spaced or hyphenated (``$2.4-billion``)."""

CHINESE_SCALE_WORDS = r"wan|yi"
"""Chinese magnitude words that English-language Chinese reports keep untranslated after an amount of money
(``RMB 386,250 wan`` = 10^4, ``RMB 96.4 yi`` = 10^8, ``120 yi yuan``): read only in lower case, after a space,
and only next to a currency (a symbol before the number or a yuan/RMB name after the word), never after a bare
number, where ``Yi`` is a people and a surname."""

SPACE_GROUPED = (
    r"(?<!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ ])"
    r"\d{1,3}(?:[ ]\d{3})+(?![\d]|[.,]\d)"
)
"""Digits grouped in threes by spaces, as Southern African, Russian and French-style papers write thousands
(``N$15 000``, ``2 100 employees``): the groups after the first have exactly three digits, and a day after a
month name (``May 5 100 workers``) is no first group."""

DECIMAL_COMMA = r"\d+,\d{1,2}(?=[ -]?(?i:million|billion|trillion|mln|mn|bln|bn|trn|tn)(?![\w]))"
"""A decimal comma before a scale word (``N$6,2 billion``, ``R1,1 billion``): one or two digits after a comma
can be no thousands group, so the reading is safe there (and only there: ``1,5`` alone stays refused)."""

NUMBER = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{SPACE_GROUPED}|{DECIMAL_COMMA}|\d+(?:\.\d+)?"
"""Digits with optional thousands commas (or space groups) and an optional decimal part (or a decimal comma
before a scale word)."""

SPELLED = (
    r"(?:" + "|".join(sorted(SPELLED_WORDS, key=len, reverse=True)) + r")"
    r"(?:(?:[\s-]|\sand\s)(?:" + "|".join(sorted(SPELLED_WORDS, key=len, reverse=True)) + r"|hundred))*"
    r"(?:\shundred(?:\s(?:and\s)?(?:" + "|".join(sorted(SPELLED_WORDS, key=len, reverse=True)) + r")"
    r"(?:[\s-](?:" + "|".join(SPELLED_WORDS) + r"))?)?)?"
)
"""A spelled-out number below a thousand: ``eight``, ``twenty-five``, ``two hundred and fifty``."""

QUALIFIER_WORDS: dict[str, str] = {
    "more than": "gt",
    "over": "gt",
    "above": "gt",
    "in excess of": "gt",
    "upwards of": "gt",
    "just over": "gt",
    "well over": "gt",
    "at least": "ge",
    "no less than": "ge",
    "not less than": "ge",
    "no fewer than": "ge",
    "a minimum of": "ge",
    "less than": "lt",
    "fewer than": "lt",
    "under": "lt",
    "below": "lt",
    "nearly": "lt",
    "almost": "lt",
    "close to": "lt",
    "just under": "lt",
    "up to": "le",
    "at most": "le",
    "no more than": "le",
    "not more than": "le",
    "a maximum of": "le",
    "as much as": "le",
    "as many as": "le",
    "about": "approx",
    "around": "approx",
    "some": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "approx.": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "circa": "approx",
    "nearly about": "approx",
}
"""Qualifier words that stand before an amount and belong to its span, and their codes."""

VERB_QUALIFIERS: dict[str, str] = {
    "exceed": "gt",
    "exceeded": "gt",
    "exceeds": "gt",
    "exceeding": "gt",
    "surpass": "gt",
    "surpassed": "gt",
    "surpasses": "gt",
    "surpassing": "gt",
    "topped": "gt",
    "tops": "gt",
    "topping": "gt",
}
"""Verbs that qualify the amount after them but stay outside its span (``exceeded 70,000 vehicles``)."""


def _spaced(forms: Iterable[str]) -> str:
    """Like :func:`literal_alternation`, but a space in a form matches any single space (``per cent``)."""
    return literal_alternation(forms, space=r"\s")


@attrs.frozen
class Patterns:
    """The compiled patterns of the plugin (see :func:`patterns`).

    Scanning is driven by :attr:`trigger`, a cheap pattern that finds digit runs (spelled-out number
    words are found with ``str.find``, see :func:`.amounts.number_starts`); the other patterns are then
    tried only there, anchored with ``match`` or, for what stands before a number, with ``search`` over
    a short window ending at it.  Patterns that read either digits or a spelled-out number come in two
    halves (``_digits``, ``_spelled``), so that the scan tries only the half that can start at a character.
    """

    trigger: regex.Pattern[str]
    symbol_before: regex.Pattern[str]
    money_prefix: regex.Pattern[str]
    money_suffix_digits: regex.Pattern[str]
    money_suffix_spelled: regex.Pattern[str]
    qualifier_before: regex.Pattern[str]
    verb_before: regex.Pattern[str]
    between_before: regex.Pattern[str]
    number: regex.Pattern[str]
    unit_name_after: regex.Pattern[str]
    unit_after: regex.Pattern[str]
    word_after: regex.Pattern[str]
    number_groups: tuple[int, int, int, int]
    """The indices of the groups ``spelled``, ``n1``, ``n2`` and ``scale`` of :attr:`number`.

    ``match.group(*number_groups)`` reads them five times faster than ``match.group(*names)``: ``regex`` looks
    a group's name up on every call (a microsecond for four names, for every number a quantity is read from).
    """


@functools.cache
def patterns() -> Patterns:
    """Build and compile every pattern, once per process."""
    lex = lexicon()
    symbols = literal_alternation(lex.currency_symbols)
    # A space inside a currency name may also be a hyphen, as in an adjective: a 1.1 billion-U.S.-dollar plant.
    names = literal_alternation(lex.currency_names, space=r"[\s-]")
    exact_after = literal_alternation(lex.currency_exact_after)
    marks = literal_alternation(lex.currency_marks)
    # The unit symbols are exact-case; unit names any case.
    unit_symbols = literal_alternation(lex.unit_symbols)
    # A space inside a unit name may also be a hyphen, as in an adjective: a 15,000-square-metre hub.
    unit_names = literal_alternation(lex.unit_names, space=r"[\s-]")
    scale = rf"(?:[\s-]?(?i:{SCALE_WORDS})(?![\w])|(?-i:[mbkMBK]|bn|mn|tr)(?![\w]))"
    # After a currency symbol a spaced lower-case "b" or "m" is a scale too, as South Asian business papers write
    # it (Rs. 120 b, Rs. 450 m); after a bare number it would be a unit ("120 m" of track).
    # Malaysian papers (Bernama, The Star) shorten the scales to "bil" and "mil" after a currency (RM3.6 bil,
    # US$855 mil); only there, since a bare "500 mil" is a unit of thickness or Spanish for "thousand".
    # South Asian headlines shorten crore to "cr" after a currency (Tk 4,870cr, Rs 320 cr): only there, since a bare
    # "cr" may be a chemical symbol or a credit.
    prefix_scale = (
        rf"(?:{scale}|[ ](?-i:[bm])(?![\w'-]|\.\w)|[ ]?(?i:bil|mil|cr)(?![\w'-]|\.\w)"
        rf"|[ ](?-i:{CHINESE_SCALE_WORDS})(?![\w'-]|\.\w))"
    )
    # (?![.,]\d) refuses a European decimal comma ("€1,5 million") rather than reading it as 1.
    whole = rf"(?:{NUMBER})(?![.,]\d)"
    number_range = rf"(?P<n1>{whole})(?:\s?-\s?(?P<n2>{whole})|\sto\s(?P<n2>{whole}))?"
    # one run per written number: 11,000 / 1.5 / 15 000 (a run that a later group continues is one run)
    trigger = regex.compile(rf"{SPACE_GROUPED}|\d(?:[\d,.]*\d)?")
    symbol_before = regex.compile(rf"(?<![\w$€£¥])(?P<symbol>{symbols})\s?$")
    money_prefix = regex.compile(
        rf"""
        # a currency symbol or code before the number: $22 billion, USD 23.6 bn, Rs 50 billion, RMB 5 billion yuan
        (?P<symbol>{symbols})\s?
        {number_range}
        (?P<scale>{prefix_scale})?
        (?P<mark>{marks})?                          # TSh 387 billion/-
        (?![\d])(?![\w])
        (?:\s(?P<name>(?i:{names})|{exact_after})(?![\w]))?
        """,
        regex.VERBOSE,
    )
    money_suffix_digits, money_suffix_spelled = (
        regex.compile(
            rf"""
            # the number then a currency name or code: 300 million yuan, 2.5 billion rubles, 400,000 US dollars
            (?<![\w.,$€£¥-])
            {written}
            (?:
                (?P<scale>{scale})(?P<wan>[ ]10,000(?=[ ](?i:yuan|RMB)(?![\w])))?   # 1.96 million 10,000 yuan
              | (?P<scale>[ ](?-i:{CHINESE_SCALE_WORDS}))(?=[ ](?i:yuan|RMB)(?![\w]))   # 120 yi yuan
            )?
            (?:
                (?:\s(?:of\s)?|-)(?P<name>(?i:{names})|{exact_after})(?![\w])   # a 1 billion-yuan project
              | (?P<mark>{marks})(?![\w])                                        # 1.2trn/-, 48,000/-
            )
            """,
            regex.VERBOSE,
        )
        for written in (number_range, rf"(?P<spelled>(?i:{SPELLED}))")
    )
    qualifier_before = regex.compile(rf"(?<![\w])(?P<qualifier>{_spaced(QUALIFIER_WORDS)})\s$", regex.IGNORECASE)
    verb_before = regex.compile(rf"(?<![\w])(?P<verb>{literal_alternation(VERB_QUALIFIERS)})\s$", regex.IGNORECASE)
    between_before = regex.compile(
        rf"(?<![\w])(?P<between>between)\s(?P<low>{NUMBER})(?P<scale>\s(?i:{SCALE_WORDS}))?\s(?:and|to)\s$",
        regex.IGNORECASE,
    )
    number = regex.compile(
        rf"""
        (?:
            # digits, with an optional range and scale: 11,000 / 1.5 million / 10-15 / 40 to 50
            (?<![\w@#/.,:$€£¥₹₸₽+-])
            (?P<n1>{NUMBER})
            (?:(?:\s?-\s?|\sto\s)(?P<n2>{NUMBER}))?
            (?![\d])(?![.,:/-]\d)
            (?P<scale>[\s-](?i:{SCALE_WORDS})(?![\w])
              | (?i:bn|mn|mln|bln)(?![\w])                   # 1.2bn tonnes
              | m(?=[ ](?:{unit_symbols})(?![\w²³/])|[ ](?i:{unit_names})(?![\w]))  # 1.2m TEU, not 100m of track
            )?
          |
            # a spelled-out number, with an optional scale: eight(-tonne), three million
            (?<![\w-])(?P<spelled>(?i:{SPELLED})(?:\s(?i:thousand|million|billion|trillion))*)(?![\w])
        )
        """,
        regex.VERBOSE,
    )
    unit_after = regex.compile(
        rf"""
        (?:
            [\s-]?(?P<symbol>{unit_symbols})(?![\w²³/])     # 6,000 km, 25JPH, 80%, 2,000-MW
          | [\s-](?P<name>(?i:{unit_names}))(?![\w])        # 6,000 kilometers, 25 percent, eight-tonne
        )
        """,
        regex.VERBOSE,
    )
    unit_name_after = regex.compile(rf"[\s-](?P<name>(?i:{unit_names}))(?![\w])")
    # A word after a number: letters, a model code mixing letters and digits ("Shacman X3000 trucks"), or a
    # technology generation or dimension used as a modifier ("1,100 5G sites", "40 4K cameras", "12 3D printers").
    word_after = regex.compile(
        r"\s(?P<word>[A-Za-z](?:[A-Za-z'-]*[A-Za-z]|[A-Za-z]*\d[\dA-Za-z-]*)?|[2-6]G|[234]D|[48]K)(?![\w])"
    )
    return Patterns(
        trigger=trigger,
        symbol_before=symbol_before,
        money_prefix=money_prefix,
        money_suffix_digits=money_suffix_digits,
        money_suffix_spelled=money_suffix_spelled,
        qualifier_before=qualifier_before,
        verb_before=verb_before,
        between_before=between_before,
        number=number,
        unit_name_after=unit_name_after,
        unit_after=unit_after,
        word_after=word_after,
        number_groups=(
            number.groupindex["spelled"],
            number.groupindex["n1"],
            number.groupindex["n2"],
            number.groupindex["scale"],
        ),
    )
