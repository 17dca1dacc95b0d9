"""Find quantities: a number with its unit (``6,000 kilometers``, ``25JPH``, ``80%``) or its counted noun
(``more than 300 large orders``), leaving out ranks, years, identifiers, names and money.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from decimal import Decimal

import attrs
import regex

from bri_corpus import Document, Fact, NormalizedText, Quantity

from .amounts import Found, extend_backwards, is_change, number_starts, word_before
from .lexicon import Unit, lexicon
from .money import scan_money
from .numbers import parse_digits, parse_spelled, scale_factor
from .patterns import QUALIFIER_WORDS, VERB_QUALIFIERS, patterns
from .resolve import is_plural_noun, singular

__all__ = ["find_quantities", "scan_quantities"]

MAX_MODIFIERS = 3
"""At most this many adjectives or noun modifiers between the number and its counted noun."""

_STOP_WORDS = frozenset(
    """
    a an the of and or nor but in on at to for with by from as into onto upon than then per via
    is are was were be been being am has have had do does did will would can could may might shall should must
    that which who whom whose this these those it its their his her our your my we they he she you i me us them
    not no each every more most less least other others such same so also about over under between through
    up down out off all both only just very said says according among within including like plus
    after before during since until while when where what how why there here now
    year-on-year year-over-year respectively approximately around nearly almost some
    one two three four five six seven eight nine ten eleven twelve hundred thousand million billion trillion
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)
"""Words that end the search for a counted noun: function words, numbers, months and weekdays."""

_SUPERLATIVE = regex.compile(r"(?i:best|top|leading|worst|most|[a-z]{2,}est)")
_NOT_SUPERLATIVE = frozenset(
    """
    forest interest harvest request protest conquest honest modest west northwest southwest midwest pest guest chest
    nest test contest digest manifest
    """.split()
)

_IDENTIFIER_BEFORE = frozenset(
    """
    no no. nos nos. number # top fortune global forbes phase line unit block article section chapter room
    route flight terminal berth gate lot grade level stage version model type class batch team zone district
    building highway road street avenue platform pier plot hall booth vol vol. issue page figure table act law
    decree resolution item paragraph clause annex appendix episode season round day covid-19 g
    """.split()
)
"""Words after which a number is an identifier or a rank (``No. 1 project``, ``Top 500``, ``Phase 2 works``)."""

_YEAR_BEFORE = frozenset(
    """
    in since from by until till of before after during through to and between the year years end early late mid
    fiscal fy spring summer autumn fall winter circa ©
    january february march april may june july august september october november december
    """.split()
)
"""Words after which a bare four-digit number is read as a year (``in 2013``, ``since 2004``)."""

_MONTHS = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

_QUALIFYING = frozenset(w.split()[-1] for w in (*QUALIFIER_WORDS, *VERB_QUALIFIERS))


def _is_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1800 <= int(number) <= 2100


def _is_standard_number(before: str, digits: str) -> bool:
    """Tell whether a bare number of four or more digits follows an acronym (``ISO 14001``, ``GB 50011``)."""
    return len(digits) >= 4 and digits.isdigit() and len(before) > 1 and before.isalpha() and before.isupper()


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()


def _counted_noun(text: str, position: int) -> tuple[str, int, int] | None:
    """Find the counted noun after a number: its word, its end, and how many modifiers precede it.

    ``300 large orders`` → ``("orders", end, 1)``; ``two sides and`` → the plural ``sides``.
    Returns ``None`` when no plural noun follows within :data:`MAX_MODIFIERS` modifiers.
    """
    word_after = patterns().word_after
    modifiers = 0
    joined = False
    while modifiers <= MAX_MODIFIERS:
        match = word_after.match(text, position)
        if match is None:
            return None
        word = match.group("word")
        lower = word.lower()
        if lower in ("and", "or") and modifiers and not joined:
            joined = True  # "600 Chinese and local staff": two modifiers joined
            position = match.end()
            continue
        if lower in _STOP_WORDS:
            return None
        if is_plural_noun(word):
            return word, match.end(), modifiers
        if _SUPERLATIVE.fullmatch(lower) and lower not in _NOT_SUPERLATIVE:
            return None  # "the 500 best Chinese enterprises" is a ranking
        modifiers += 1
        position = match.end()
    return None


def _unit_at(text: str, position: int) -> tuple[Unit, int, str] | None:
    """Return the unit written at ``position`` (right after a number), its end, and its surface text."""
    match = patterns().unit_after.match(text, position)
    if match is None:
        return None
    lex = lexicon()
    if match.group("symbol"):
        # A symbol that begins a longer unit name ("350 km per hour") gives way to the name.
        longer = patterns().unit_name_after.match(text, position)
        if longer is None or longer.end() <= match.end():
            return lex.unit_symbols[match.group("symbol")], match.end(), match.group("symbol")
        match = longer
    name = match.group("name")
    return lex.unit_names[" ".join(name.lower().split())], match.end(), name


@attrs.frozen
class _Number:
    """A number as written: its span, value, range end and scale, and whether it was spelled out."""

    start: int
    end: int
    amount: Decimal
    amount_max: Decimal | None
    scale: Decimal
    spelled: bool
    big: bool  # a spelled-out number of a hundred or more ("three million"), which may count nouns


def _read_number(match: regex.Match[str], text: str) -> _Number | None:
    """Read one number match, or ``None`` when it is an identifier, a year range, a phone number, ..."""
    if match.group("spelled"):
        amount = parse_spelled(match.group("spelled"))
        if amount is None:
            return None
        big = any(w in match.group("spelled").lower() for w in ("hundred", "thousand", "million", "billion"))
        return _Number(match.start(), match.end(), amount, None, Decimal(1), True, big)
    first, second = match.group("n1"), match.group("n2")
    if (len(first) >= 7 and first.isdigit()) or (first.startswith("0") and len(first) > 1 and "." not in first):
        return None  # a phone, fax or licence number
    if second and _is_year(first) and _is_year(second):
        return None  # 2000-2021
    scale = scale_factor((match.group("scale") or "").strip(" -"))
    low = parse_digits(first) * scale
    high = parse_digits(second) * scale if second else None
    if high is not None and high <= low:
        return None
    start = match.start()
    if high is not None and is_change(text, start):
        # "rose from 40 to 50 vehicles" is a change, not a range: keep the new figure only.
        low, high, start = high, None, match.start("n2")
    return _Number(start, match.end(), low, high, scale, False, False)


def _is_name_like(text: str, number: _Number, word: str) -> bool:
    """Tell whether a capitalised word pair around the number makes it part of a name (``Golden 30 Years``).

    In a title-case headline every word is capitalised (``JAC Delivers 300 Ambulances``), so there the
    pair only counts as a name inside quotes.
    """
    before = word_before(text, number.start)
    quoted = before[:1] in "\"'" and len(before) > 1
    before = before.strip("\"'(")
    if not (_is_capitalised(word) and _is_capitalised(before)) or before.lower() in _QUALIFYING:
        return False
    return quoted or _odd_quotes_before(text, number.start) or not _in_title_case_line(text, number.start)


def _line_at(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : end if end >= 0 else len(text)]


def _odd_quotes_before(text: str, position: int) -> bool:
    """Tell whether ``position`` lies inside a double-quoted stretch of its line."""
    line_start = text.rfind("\n", 0, position) + 1
    return text.count('"', line_start, position) % 2 == 1


def _in_title_case_line(text: str, position: int) -> bool:
    """Tell whether the line around ``position`` is a short title-case headline."""
    line = _line_at(text, position)
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    if len(line) > 200 or len(words) < 2:
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _quantity_for(text: str, match: regex.Match[str]) -> Found | None:
    """Turn one number match into a quantity, or ``None`` when it is not one."""
    number = _read_number(match, text)
    if number is None:
        return None
    written_before = word_before(text, number.start)
    before = written_before.lower()
    if before in _IDENTIFIER_BEFORE or before.rstrip(".,") in _MONTHS:
        return None  # "No. 1 project", "Top 500", "June 12 talks"
    if _is_standard_number(written_before, match.group("n1") or ""):
        return None  # "ISO 14001 standards", "GB 50011 codes": a number after an acronym is an identifier
    year_like = (
        not number.spelled and number.amount_max is None and number.scale == 1 and _is_year(match.group("n1") or "")
    )
    if year_like and (before in _YEAR_BEFORE or _is_capitalised(written_before)):
        return None  # "in 2013", "Vision 2030 goals"
    unit = _unit_at(text, number.end)
    if unit is not None:
        found_unit, end, surface = unit
        if number.spelled and found_unit.category == "time":
            return None  # "ten years", "Five-Year Plan": durations spelled out are not quantities
        if _is_name_like(text, number, surface):
            return None
        return Found(
            start=number.start,
            end=end,
            amount=number.amount * found_unit.factor,
            amount_max=None if number.amount_max is None else number.amount_max * found_unit.factor,
            unit=found_unit.symbol,
            scale=number.scale,
        )
    if number.spelled and not number.big:
        return None  # "two sides", "five countries", "one share"
    counted = _counted_noun(text, number.end)
    if counted is None:
        return None
    noun, end, modifiers = counted
    if year_like and (modifiers or before not in _QUALIFYING):
        return None  # "its 2023 sales" is a year; "more than 2000 sets" is a count
    if _is_name_like(text, number, noun) or noun.lower() in lexicon().currency_names:
        return None
    return Found(
        start=number.start,
        end=end,
        amount=number.amount,
        amount_max=number.amount_max,
        unit=singular(noun),
        scale=number.scale,
    )


def scan_quantities(text: str) -> list[Found]:
    """Return every quantity in a normalised text, in order, leaving out amounts of money."""
    money = scan_money(text)
    money_starts = [m.start for m in money]
    found: list[Found] = []
    number = patterns().number
    done = 0
    for start in number_starts(text):
        if start < done:
            continue
        match = number.match(text, start)
        if match is None:
            continue
        index = bisect.bisect_right(money_starts, match.start()) - 1
        if index >= 0 and money[index].end > match.start():
            continue
        if index + 1 < len(money) and money[index + 1].start < match.end():
            continue
        quantity = _quantity_for(text, match)
        if quantity is None:
            continue
        done = quantity.end
        found.append(extend_backwards(text, quantity))
    return found


def find_quantities(document: Document, text: NormalizedText) -> Iterator[Fact]:
    """Yield a ``quantity`` fact for every quantity in the document."""
    for item in scan_quantities(text.text):
        value = Quantity(amount=item.amount, unit=item.unit, qualifier=item.qualifier, amount_max=item.amount_max)
        yield Fact.from_normalized(document, text, kind="quantity", start=item.start, end=item.end, value=value)
