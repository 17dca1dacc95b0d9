"""Find amounts of money: ``US$16.54 billion``, ``RMB 5 billion yuan``, ``Rs 50 billion``, ``$2-3 billion``."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from decimal import Decimal

import attrs
import regex

from bri_corpus import Document, Fact, Money, NormalizedText

from .amounts import Found, extend_backwards, is_change, lookback, number_spans, word_before
from .lexicon import CurrencyForm, lexicon
from .numbers import parse_digits, parse_spelled, scale_factor
from .patterns import CHINESE_SCALE_WORDS, SCALE_WORDS, patterns
from .resolve import CueCounts, choose_currency

__all__ = ["find_money", "may_have_name_after", "scan_money"]

_WEAK_NAMES = frozenset("won real sol sum sums rand dong kip kina lek som pound pounds dram sterling lei".split())
"""Currency names that are also ordinary English words ("in 2013 won the bid"): they need a scale word,
thousands separators or decimals before them to count as money."""

_CRORE_LAKH_CURRENCIES = frozenset({"INR", "PKR", "NPR", "BDT"})
"""Currencies of the countries whose papers count in crores and lakhs (India, Pakistan, Nepal, Bangladesh).
Sri Lankan, Mauritian and Seychellois papers write rupees in millions, so an Indian paper's ``Rs 7,800 crore``
in a story about Colombo is still Indian rupees."""


def _symbols_by_last_character() -> dict[str, tuple[str, ...]]:
    """Group the currency symbols and codes written before a number by their last character."""
    grouped: dict[str, list[str]] = {}
    for form in lexicon().currency_symbols:
        grouped.setdefault(form[-1], []).append(form)
    return {last: tuple(forms) for last, forms in grouped.items()}


_SYMBOLS_BY_END = _symbols_by_last_character()
"""Last character → the currency symbols and codes ending with it: only a number right after one of them (or
after one and a space) can carry a symbol."""


def _may_have_symbol_before(text: str, start: int) -> bool:
    """Tell cheaply whether a currency symbol or code may end right before ``start``, or one character before.

    ``False`` means no amount with its currency symbol before it has its number at ``start`` (see
    :attr:`.patterns.Patterns.symbol_before` and :attr:`.patterns.Patterns.money_prefix`).
    """
    if start > 0:
        for form in _SYMBOLS_BY_END.get(text[start - 1], ()):
            if text.endswith(form, 0, start):
                return True
    if start > 1:
        for form in _SYMBOLS_BY_END.get(text[start - 2], ()):
            if text.endswith(form, 0, start - 1):
                return True
    return False


_RANGE_GAP = regex.compile(r"\s?(?:-|to)\s?|\sand\s")


Groups = dict[str, str | None]
"""The named groups of a money match (``match.groupdict()``, read once): ``None`` when a group did not take part."""


def _currency_form(groups: Groups) -> tuple[CurrencyForm | None, CurrencyForm | None]:
    """Return the currency forms written before and after the number (either may be missing).

    A mark after the number (``1.2trn/-``) stands for the form after it when no name follows.
    """
    lex = lexicon()
    symbol = groups.get("symbol")
    name = groups.get("name")
    mark = groups.get("mark")
    before = lex.currency_symbols.get(symbol) if symbol else None
    after = None
    if name:
        key = " ".join(name.lower().replace("-", " ").split())  # "U.S.-dollar" of a 1.1 billion-U.S.-dollar plant
        after = lex.currency_exact_after.get(name) or lex.currency_names.get(key)
    elif mark:
        after = lex.currency_marks.get(mark)
    return before, after


def _crore_lakh_form(form: CurrencyForm, groups: Groups) -> CurrencyForm:
    """Return a shared form narrowed to the crore-and-lakh currencies when the amount counts in crores or lakhs."""
    scale = (groups.get("scale") or "").strip(" \n-").lower()
    if not scale.startswith(("crore", "lakh")) and scale != "cr":
        return form
    codes = tuple(code for code in form.codes if code in _CRORE_LAKH_CURRENCIES)
    return attrs.evolve(form, codes=codes) if codes else form


def _is_weak(groups: Groups) -> bool:
    """Tell whether the amount is too bare for its currency word: a plain integer before ``won`` or ``sum``."""
    name = (groups.get("name") or "").lower()
    if groups.get("symbol") or name not in _WEAK_NAMES:
        return False
    number = groups.get("n1") or ""
    return not groups.get("scale") and "," not in number and "." not in number


def _is_prefix_form(symbol: str) -> bool:
    form = lexicon().currency_symbols.get(symbol)
    return form is not None and form.role == "prefix"


def _is_prefix_amount(match: regex.Match[str]) -> bool:
    """Tell whether a glued prefix (``HK``, ``US``) has the subunit name after its number: ``HK12.1 cents``."""
    name = match.group("name")
    form = lexicon().currency_names.get(name.lower()) if name else None
    return form is not None and form.role == "subunit" and match.group("scale") is None


_PRICE = re.compile(r"\d{1,6}\.\d\d")
"""A price with cents: ``398.40``."""


_PER_UNIT_AFTER = re.compile(r"(?:[ ](?:to|-)[ ][^\s\d]{1,4}[ ]?\d[\d,.]*)?[ ]per[ ][a-z]")
"""What follows a price: ``per square metre``, also after the upper end of ``from KM 12 to KM 20 per ...``."""


def _is_local_amount(text: str, groups: Groups, start: int, end: int) -> bool:
    """Tell whether an amount with a local symbol or mark (``N4.8 billion``, ``K 1.2 trillion``, ``S/ 4.5 billion``,
    ``SR398.40``, ``1.2trn/-``) looks like money.

    Its number has a scale or thousands separators, or, after a symbol of two letters or more, cents
    (``SR398.40``) or a unit it is the price of (``KM 12 per square metre``); a one-letter symbol touches the
    digits or has a scale word (``N4.8 billion``, ``K 1.2 trillion``; not ``Route N 5``, ``K2``, ``N1 highway``
    or ``K 5 m``).
    """
    symbol = groups.get("symbol") or ""
    number = groups.get("n1") or ""
    scale = (groups.get("scale") or "").strip(" \n-")
    if len(symbol) > 1 and (_PRICE.fullmatch(number) or _PER_UNIT_AFTER.match(text, end)):
        return True
    if not scale and "," not in number:
        return False
    return len(symbol) != 1 or text[start + 1 : start + 2].isdigit() or len(scale) > 1


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


_WAN = Decimal(10_000)
"""The Chinese unit of 10,000 (wan), written in digits by translated government releases."""


def _amounts(groups: Groups) -> tuple[Decimal, Decimal | None, Decimal] | None:
    """Return the low amount, the high amount of a range (or ``None``) and the scale factor."""
    scale_text = (groups.get("scale") or "").strip(" \n-")
    scale = scale_factor(scale_text)
    if groups.get("wan"):  # "1.96 million 10,000 yuan": millions of the Chinese 10,000-yuan unit (wan yuan)
        scale *= _WAN
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
                    last = last._replace(start=last.start - len("between "))
            if joined:
                merged[-1] = last._replace(end=item.end, amount_max=item.amount)
                continue
        merged.append(item)
    return merged


def _suffix_words() -> frozenset[str]:
    """Return the words (lower case) that may follow a number and a space in an amount with its currency after.

    ``to`` and ``of``, the scale words, and the leading ASCII letters of every currency name and code
    written after a number (``us`` for ``US dollars``).
    """
    lex = lexicon()
    words = {"to", "of", *CHINESE_SCALE_WORDS.split("|")}
    for scale in SCALE_WORDS.split("|"):
        words |= {scale[:-2], scale[:-1]} if scale.endswith("s?") else {scale}
        words.add(_ASCII_WORD.match(scale).group())  # type: ignore[union-attr]  # "ten" of "ten[ -]thousand"
    for form in (*lex.currency_names, *lex.currency_exact_after):
        words.add(_ASCII_WORD.match(form).group().lower())  # type: ignore[union-attr]  # [A-Za-z]* always matches
    return frozenset(words)


_ASCII_WORD = re.compile(r"[A-Za-z]*")
_SUFFIX_WORDS = _suffix_words()
_NEVER_AFTER_AMOUNT = frozenset(chr(code) for code in range(0x21, 0x7F) if not chr(code).isalpha() and chr(code) != "-")
"""Printable ASCII characters that no range, scale word or separator after a number's digits can start with."""
_NEVER_AFTER_SPACE = _NEVER_AFTER_AMOUNT - {
    form[0] for form in (*lexicon().currency_names, *lexicon().currency_exact_after)
}
"""Printable ASCII characters that nothing after a number and a space can start with (no currency name either)."""


def may_have_name_after(text: str, end: int) -> bool:
    """Tell whether a currency name may follow the number whose digit run ends at ``end``: a cheap test.

    A digits amount with its currency after (``300 million yuan``, ``2-3 bn dollars``) reads its number
    to the end of the digit run, then a space, ``-`` or a letter (a scale word), and after a space ``-``
    or a word that is ``to``, ``of``, a scale word or the start of a currency name.  ``False`` means
    :attr:`.patterns.Patterns.money_suffix_digits` cannot match there; ``True`` only that it may.
    """
    after = text[end : end + 1]
    if after == "/":
        return text[end + 1 : end + 2] == "-"  # a mark: 48,000/-
    if not after or after in _NEVER_AFTER_AMOUNT:
        return False
    if after not in " \n":
        return True  # "-", a letter, a rare character: let the pattern decide
    following = text[end + 1 : end + 2]
    if following == "-" or following > "\x7f":
        return True
    word = _ASCII_WORD.match(text, end + 1).group()  # type: ignore[union-attr]  # [A-Za-z]* always matches
    if not word:
        return not following or following not in _NEVER_AFTER_SPACE
    if text[end + 1 + len(word) : end + 2 + len(word)] > "\x7f":
        return True  # a word going on with a non-ASCII letter: let the pattern decide
    return word.lower() in _SUFFIX_WORDS


def _money_match_at(text: str, start: int, run_end: int, symbol_possible: bool) -> regex.Match[str] | None:
    """Return the amount of money whose number starts at ``start``, with its currency symbol if any.

    ``run_end`` is where the digit run starting there ends (-1 for a spelled-out number, see
    :func:`.amounts.number_spans`); ``symbol_possible`` whether :func:`_may_have_symbol_before` allows a
    currency symbol before it.
    """
    pats = patterns()
    if run_end < 0:  # a spelled-out number: "eight billion yuan"
        return pats.money_suffix_spelled.match(text, start)
    if symbol_possible:
        symbol = lookback(pats.symbol_before, text, start)
        if symbol is not None:
            match = pats.money_prefix.match(text, symbol.start())
            if match is not None and (_is_prefix_amount(match) or not _is_prefix_form(match.group("symbol"))):
                return match
    if not may_have_name_after(text, run_end):
        return None
    return pats.money_suffix_digits.match(text, start)


def _paragraph(text: str, position: int) -> tuple[int, int]:
    """Return the span of the paragraph (text between blank lines) holding ``position``.

    A shared currency name is read first from the countries of its own paragraph
    ("2.1 billion som" next to "Kyrgyz ... Bishkek" is KGS even in a story that is
    mostly about Uzbekistan), then from the whole document.
    """
    start = text.rfind("\n\n", 0, position)
    end = text.find("\n\n", position)
    return start + 2 if start >= 0 else 0, end if end >= 0 else len(text)


@functools.lru_cache(maxsize=8)
def scan_money(text: str) -> tuple[Found, ...]:
    """Return every amount of money in a normalised text, in order (cached: quantity reuses it)."""
    cues: CueCounts | None = None  # built for the first amount in a currency several countries share
    found: list[Found] = []
    done = 0
    symbol_ends = _SYMBOLS_BY_END  # only a number right after one of these (or one and a space) has a symbol
    for start, run_end in number_spans(text):
        if start < done:
            continue
        symbol_possible = (
            run_end >= 0
            and (text[start - 1 : start] in symbol_ends or text[start - 2 : start - 1] in symbol_ends)
            and _may_have_symbol_before(text, start)
        )
        if (
            run_end >= 0
            and not symbol_possible
            and text[run_end : run_end + 1] in _NEVER_AFTER_AMOUNT
            and text[run_end : run_end + 2] != "/-"
        ):
            continue  # digits with no currency symbol before and ",", ".", ")" ... after: no amount of money
        match = _money_match_at(text, start, run_end, symbol_possible)
        if match is None:
            continue
        groups = match.groupdict()
        before, after = _currency_form(groups)
        form = before or after
        if form is None or _is_weak(groups) or _looks_like_year(text, match.start(), groups):
            continue
        if (after is not None and after.role == "subunit") != (before is not None and before.role == "prefix"):
            continue  # "12 cents" alone, or "HK" before a number with no subunit after: no amount of money
        if before is not None and after is not None and len(before.codes) > 1:
            form = after
        amounts = _amounts(groups)
        if amounts is None:
            continue
        low, high, scale = amounts
        if after is not None and after.factor != 1:  # a subunit: 1.29 US cents
            low, high = low * after.factor, None if high is None else high * after.factor
        currency = form.codes[0]
        if form.role in ("local", "mark"):
            # "K1.2 billion" is money only in a document about Zambia, Papua New Guinea, Myanmar or Malawi
            if not _is_local_amount(text, groups, match.start(), match.end()):
                continue
            cues = cues or CueCounts(text)
            local = cues.counts(form.codes, *_paragraph(text, match.start()))
            counts = local if any(local.values()) else cues.counts(form.codes, 0, len(text))
            if not any(counts.values()):
                continue
            currency = max(form.codes, key=lambda code: counts.get(code, 0))
        elif len(form.codes) > 1:
            form = _crore_lakh_form(form, groups)
            cues = cues or CueCounts(text)
            local = cues.counts(form.codes, *_paragraph(text, match.start()))
            whole = functools.partial(cues.counts, form.codes, 0, len(text))
            currency = choose_currency(form, local if any(local.values()) else whole(), whole)
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
