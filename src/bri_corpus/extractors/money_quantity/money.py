"""Find amounts of money: ``US$16.54 billion``, ``RMB 5 billion yuan``, ``Rs 50 billion``, ``$2-3 billion``."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal

import attrs
import regex

from bri_corpus import Document, Fact, Money, NormalizedText

from .amounts import Found, extend_backwards, is_change, lookback, number_starts, word_before
from .lexicon import CurrencyForm, lexicon
from .numbers import parse_digits, parse_spelled, scale_factor
from .patterns import patterns
from .resolve import choose_currency, currency_cue_counts

__all__ = ["find_money", "scan_money"]

_WEAK_NAMES = frozenset("won real sol sum sums rand dong kip kina lek som pound pounds dram sterling lei".split())
"""Currency names that are also ordinary English words ("in 2013 won the bid"): they need a scale word,
thousands separators or decimals before them to count as money."""

_SYMBOL_ENDS = frozenset(form[-1] for form in lexicon().currency_symbols)
"""The last characters of currency symbols and codes: only a number after one of them can carry a symbol."""

_RANGE_GAP = regex.compile(r"\s?(?:-|to)\s?|\sand\s")


Groups = dict[str, str | None]
"""The named groups of a money match (``match.groupdict()``, read once): ``None`` when a group did not take part."""


def _currency_form(groups: Groups) -> tuple[CurrencyForm | None, CurrencyForm | None]:
    """Return the currency forms written before and after the number (either may be missing)."""
    lex = lexicon()
    symbol = groups.get("symbol")
    name = groups.get("name")
    before = lex.currency_symbols.get(symbol) if symbol else None
    after = None
    if name:
        after = lex.currency_exact_after.get(name) or lex.currency_names.get(" ".join(name.lower().split()))
    return before, after


def _is_weak(groups: Groups) -> bool:
    """Tell whether the amount is too bare for its currency word: a plain integer before ``won`` or ``sum``."""
    name = (groups.get("name") or "").lower()
    if groups.get("symbol") or name not in _WEAK_NAMES:
        return False
    number = groups.get("n1") or ""
    return not groups.get("scale") and "," not in number and "." not in number


_YEAR_BEFORE = frozenset("in since by from until of the its their during before after".split())


def _looks_like_year(text: str, start: int, groups: Groups) -> bool:
    """Tell whether a bare four-digit number is more likely a year: ``CNY 2020``, ``in 2019 dollars``."""
    symbol = groups.get("symbol") or ""
    number = groups.get("n1") or ""
    if not symbol and word_before(text, start).lower() not in _YEAR_BEFORE:
        return False
    return (
        (symbol.isalpha() or not symbol)
        and not groups.get("scale")
        and not groups.get("n2")
        and len(number) == 4
        and number.isdigit()
        and 1900 <= int(number) <= 2100
    )


def _amounts(groups: Groups) -> tuple[Decimal, Decimal | None, Decimal] | None:
    """Return the low amount, the high amount of a range (or ``None``) and the scale factor."""
    scale_text = (groups.get("scale") or "").strip(" -")
    scale = scale_factor(scale_text)
    spelled_text, first, second = groups.get("spelled"), groups.get("n1"), groups.get("n2")
    if spelled_text:
        spelled = parse_spelled(spelled_text)
        return None if spelled is None else (spelled * scale, None, scale)
    if first is None:
        return None
    low = parse_digits(first) * scale
    high = parse_digits(second) * scale if second else None
    if high is not None and high <= low:
        return None
    return low, high, scale


def _merge_ranges(text: str, found: list[Found]) -> list[Found]:
    """Join ``$2 billion to $3 billion`` and ``between $2 billion and $3 billion`` into one range."""
    merged: list[Found] = []
    for item in found:
        if merged:
            last = merged[-1]
            gap = text[last.end : item.start]
            joined = (
                last.unit == item.unit
                and last.amount_max is None
                and item.amount_max is None
                and last.amount < item.amount
                and _RANGE_GAP.fullmatch(gap) is not None
            )
            if joined and "to" in gap and is_change(text, last.start):
                joined = False  # "rose from $46 billion to $62 billion" is a change, not a range
            if joined and "and" in gap:
                joined = text[max(0, last.start - 8) : last.start].lower().endswith("between ")
                if joined:
                    last = attrs.evolve(last, start=last.start - len("between "))
            if joined:
                merged[-1] = attrs.evolve(last, end=item.end, amount_max=item.amount)
                continue
        merged.append(item)
    return merged


def _money_match_at(text: str, start: int) -> regex.Match[str] | None:
    """Return the amount of money whose number starts at ``start``, with its currency symbol if any."""
    pats = patterns()
    if text[start].isdigit() and (
        text[start - 1 : start] in _SYMBOL_ENDS or text[start - 2 : start - 1] in _SYMBOL_ENDS
    ):
        symbol = lookback(pats.symbol_before, text, start)
        if symbol is not None:
            match = pats.money_prefix.match(text, symbol.start())
            if match is not None:
                return match
    # a spelled-out number starts with a letter, digits with no letter
    suffix = pats.money_suffix_spelled if text[start].isalpha() else pats.money_suffix_digits
    return suffix.match(text, start)


def _paragraph(text: str, position: int) -> str:
    """Return the paragraph (text between blank lines) holding ``position``.

    A shared currency name is read first from the countries of its own paragraph
    ("2.1 billion som" next to "Kyrgyz ... Bishkek" is KGS even in a story that is
    mostly about Uzbekistan), then from the whole document.
    """
    start = text.rfind("\n\n", 0, position)
    end = text.find("\n\n", position)
    return text[start + 2 if start >= 0 else 0 : end if end >= 0 else len(text)]


@functools.lru_cache(maxsize=8)
def scan_money(text: str) -> tuple[Found, ...]:
    """Return every amount of money in a normalised text, in order (cached: quantity reuses it)."""
    cue_counts: dict[tuple[str, ...], Counter[str]] = {}
    found: list[Found] = []
    done = 0
    for start in number_starts(text):
        if start < done:
            continue
        match = _money_match_at(text, start)
        if match is None:
            continue
        groups = match.groupdict()
        before, after = _currency_form(groups)
        form = before or after
        if form is None or _is_weak(groups) or _looks_like_year(text, match.start(), groups):
            continue
        if before is not None and after is not None and len(before.codes) > 1:
            form = after
        amounts = _amounts(groups)
        if amounts is None:
            continue
        currency = form.codes[0]
        if len(form.codes) > 1:
            if form.codes not in cue_counts:
                cue_counts[form.codes] = currency_cue_counts(text, form.codes)
            local = currency_cue_counts(_paragraph(text, match.start()), form.codes)
            currency = choose_currency(form, local if any(local.values()) else cue_counts[form.codes])
        low, high, scale = amounts
        done = match.end()
        found.append(
            Found(
                start=match.start(),
                end=match.end(),
                amount=low,
                amount_max=high,
                unit=currency,
                scale=scale,
            )
        )
    return tuple(extend_backwards(text, item) for item in _merge_ranges(text, found))


def find_money(document: Document, text: NormalizedText) -> Iterator[Fact]:
    """Yield a ``money`` fact for every amount of money in the document."""
    for item in scan_money(text.text):
        value = Money(amount=item.amount, currency=item.unit, qualifier=item.qualifier, amount_max=item.amount_max)
        yield Fact.from_normalized(document, text, kind="money", start=item.start, end=item.end, value=value)
