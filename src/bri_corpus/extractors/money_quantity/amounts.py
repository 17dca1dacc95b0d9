"""Shared pieces of the money and quantity scanners: spans, qualifiers and ranges found before an amount."""

from __future__ import annotations

import functools
from decimal import Decimal

import attrs
import regex

from .numbers import SPELLED_WORDS, parse_digits, scale_factor
from .patterns import QUALIFIER_WORDS, VERB_QUALIFIERS, patterns
from .resolve import qualifier_code

__all__ = ["Found", "LOOKBACK", "extend_backwards", "is_change", "lookback", "number_starts", "word_before"]

_SPELLED_WORD = regex.compile(r"(?<![\w-])(?i:" + "|".join(sorted(SPELLED_WORDS, key=len, reverse=True)) + r")(?![\w])")

LOOKBACK = 40
"""How many characters before an amount are searched for its qualifier or range start."""


@attrs.frozen(kw_only=True)
class Found:
    """An amount found in the normalised text: its span and its value parts.

    Attributes:
        start: normalised start offset (qualifier words included).
        end: normalised end offset.
        amount: the (low) amount.
        amount_max: the high end of a range, if any.
        qualifier: the spec's qualifier code, if any.
        unit: the currency code (money) or unit symbol / counted noun (quantity).
        scale: the factor the written number was multiplied by (10^9 for ``billion``), which the low end
            of a ``between 2 and 3 billion`` range takes over.
    """

    start: int
    end: int
    amount: Decimal
    unit: str
    amount_max: Decimal | None = None
    qualifier: str | None = None
    scale: Decimal = Decimal(1)


@functools.lru_cache(maxsize=8)
def number_starts(text: str) -> tuple[int, ...]:
    """Return where numbers may start in a normalised text: digit runs and spelled-out number words.

    Cached per text, so that the money and the quantity scans share one pass over a document.
    """
    digits = [match.start() for match in patterns().trigger.finditer(text)]
    return tuple(sorted(digits + _spelled_starts(text)))


def _spelled_starts(text: str) -> list[int]:
    """Return where spelled-out number words (``eight``, ``Twenty``) start, as whole words.

    ``str.find`` over the lower-cased text is many times faster than a regex alternation tried at every
    position; each hit is then checked for word boundaries (``often`` holds ``ten`` but is no number).
    """
    lower = text.lower()
    if len(lower) != len(text):  # a rare character whose lower case is longer: fall back to the regex
        return [m.start() for m in _SPELLED_WORD.finditer(text)]
    starts: list[int] = []
    for word in SPELLED_WORDS:
        size = len(word)
        index = lower.find(word)
        while index >= 0:
            before = lower[index - 1] if index else " "
            after = lower[index + size] if index + size < len(lower) else " "
            if not (before.isalnum() or before in "-_") and not (after.isalnum() or after == "_"):
                starts.append(index)
            index = lower.find(word, index + size)
    return starts


def lookback(pattern: regex.Pattern[str], text: str, start: int) -> regex.Match[str] | None:
    """Return the match of ``pattern`` that ends exactly at ``start`` (the pattern is anchored with ``$``)."""
    return pattern.search(text, max(0, start - LOOKBACK), start)


def word_before(text: str, start: int) -> str:
    """Return the token (up to the previous space or line break) that ends one space before ``start``.

    ``""`` when ``start`` does not follow a space. Plain string scanning: this runs for every number.
    """
    if start < 2 or text[start - 1] not in " \n":
        return ""
    end = start - 1
    begin = max(text.rfind(" ", max(0, end - LOOKBACK), end), text.rfind("\n", max(0, end - LOOKBACK), end)) + 1
    return text[begin:end]


_CHANGE_WORDS = frozenset(
    """
    rose risen rise rises rising grew grown grow grows growing increased increase increases increasing jumped
    jumps climbed climbs surged surges soared fell fallen fall falls falling dropped drops declined declines
    decreased decreases reduced cut expanded raised lifted up down went gone changed moved doubled tripled
    raise raises raising reduce reduces reducing cuts cutting expand expands expanding lift lifts lifting
    boost boosts boosted boosting lower lowers lowered lowering shorten shortens shortened shortening
    """.split()
)

_CHANGE_REACH = 40
"""How far before ``from`` a change verb with its object may stand (``raise daily services from 40 to 48``)."""


def is_change(text: str, start: int) -> bool:
    """Tell whether ``from`` before ``start`` opens a change of value (``rose from 40 to 50``), not a range."""
    if word_before(text, start).lower() != "from":
        return False
    if word_before(text, start - len("from ")).lower() in _CHANGE_WORDS:
        return True
    # A verb with its object before "from": "cut the journey from 35 to 23 days" (the clause, not past a comma).
    window = text[max(0, start - len("from ") - _CHANGE_REACH) : start - len("from ")]
    clause = window.rsplit(",", 1)[-1].rsplit(".", 1)[-1].rsplit(";", 1)[-1]
    return any(word in _CHANGE_WORDS for word in clause.lower().split()[:-1])


_PARTICLE_VERBS = frozenset(
    """
    hand hands handed handing handover take takes took taken taking turn turns turned turning pass passes passed
    passing carry carries carried carrying win wins won winning
    """.split()
)
"""Verbs that make ``over`` a particle (``handed over``), not the qualifier ``gt``."""

_QUALIFIER_ENDS = frozenset(words.split()[-1].lower() for words in QUALIFIER_WORDS)
_VERBS = frozenset(VERB_QUALIFIERS)


def extend_backwards(text: str, found: Found, *, allow_between: bool = True) -> Found:
    """Take in what stands before an amount: ``between 2 and`` (a range), a qualifier, a qualifying verb.

    ``between 40 and 50 locomotives`` becomes one range from 40 to 50 whose span starts at ``between``;
    ``more than 300 large orders`` gets ``gt`` and a span starting at ``more``; ``exceeded 70,000
    vehicles`` gets ``gt`` but its span still starts at the number.
    """
    pats = patterns()
    start, amount, amount_max = found.start, found.amount, found.amount_max
    if allow_between and amount_max is None and word_before(text, start).lower() in ("and", "to"):
        between = lookback(pats.between_before, text, start)
        if between is not None:
            low = parse_digits(between.group("low"))
            scale = (between.group("scale") or "").strip()
            # "between 2 and 3 billion": the low end takes the high end's scale when it has none.
            low = low * scale_factor(scale) if scale else low * found.scale
            if low < amount:
                amount, amount_max, start = low, amount, between.start()
    qualifier = found.qualifier
    previous = word_before(text, start).lower().lstrip("(\"'[")
    if qualifier is None and previous in _QUALIFIER_ENDS:
        words = lookback(pats.qualifier_before, text, start)
        if words is not None and words.group("qualifier").lower() == "over":
            if word_before(text, words.start()).lower() in _PARTICLE_VERBS:
                words = None  # "hands over 27 km of road": a phrasal verb, not a qualifier
        if words is not None:
            qualifier = qualifier_code(words.group("qualifier"))
            start = words.start()
    if qualifier is None and previous in _VERBS:
        qualifier = VERB_QUALIFIERS[previous]
    if (start, amount, amount_max, qualifier) == (found.start, found.amount, found.amount_max, found.qualifier):
        return found  # the common case: nothing before the amount changes it
    return attrs.evolve(found, start=start, amount=amount, amount_max=amount_max, qualifier=qualifier)
