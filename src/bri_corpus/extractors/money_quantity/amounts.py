"""Shared pieces of the money and quantity scanners: spans, qualifiers and ranges found before an amount."""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import NamedTuple

import regex

from .numbers import SPELLED_WORDS, parse_digits, scale_factor
from .patterns import QUALIFIER_WORDS, VERB_QUALIFIERS, patterns
from .resolve import qualifier_code

__all__ = [
    "Found",
    "LOOKBACK",
    "SPELLED_ROOTS",
    "extend_backwards",
    "is_change",
    "lookback",
    "number_spans",
    "number_starts",
    "word_before",
]

_SPELLED_WORD = regex.compile(r"(?<![\w-])(?i:" + "|".join(sorted(SPELLED_WORDS, key=len, reverse=True)) + r")(?![\w])")

LOOKBACK = 40
"""How many characters before an amount are searched for its qualifier or range start."""


class Found(NamedTuple):
    """An amount found in the normalised text: its span and its value parts.

    A named tuple rather than a frozen attrs class: thousands are made per document, and a tuple is several
    times cheaper to build.  Build it with keywords; ``found._replace(...)`` gives a changed copy.

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
def number_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Return where numbers may start in a normalised text, in order, each with the end of its digit run.

    A digit run (``11,000``, ``1.5``) gives ``(start, end)``; a spelled-out number word (``eight``) gives
    ``(start, -1)``.  A number pattern that starts at a run's start and reads digits ends within the run,
    so the character at the run's end tells cheaply what can follow the number (``2023,`` is no amount).
    Cached per text, so that the money and the quantity scans share one pass over a document.
    """
    digits = [match.span() for match in patterns().trigger.finditer(text)]
    return tuple(sorted(digits + [(start, -1) for start in _spelled_starts(text)]))


def number_starts(text: str) -> tuple[int, ...]:
    """Return where numbers may start in a normalised text: digit runs and spelled-out number words."""
    return tuple(start for start, _ in number_spans(text))


def _spelled_roots() -> dict[str, tuple[str, ...]]:
    """Group the spelled-out number words by a short root each starts with (``six`` → six, sixteen, sixty).

    Every word starts with exactly one root, so one ``str.find`` pass per root (16) finds every word,
    instead of one pass per word (29).  The words under a root are listed longest first.
    """
    roots: tuple[str, ...] = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    roots += ("ten", "eleven", "twe", "thir", "fif", "fort")  # twe: twelve twenty, thir: thirteen thirty, ...
    grouped: dict[str, tuple[str, ...]] = {}
    for root in roots:
        words = [word for word in SPELLED_WORDS if word.startswith(root)]
        grouped[root] = tuple(sorted(words, key=len, reverse=True))
    return grouped


SPELLED_ROOTS = _spelled_roots()
"""Root → the spelled-out number words starting with it (see :func:`_spelled_roots`)."""


def _spelled_starts(text: str) -> list[int]:
    """Return where spelled-out number words (``eight``, ``Twenty``) start, as whole words.

    ``str.find`` over the lower-cased text is many times faster than a regex alternation tried at every
    position; each hit of a root is then checked for a word start and for one of the root's words ending
    at a word end (``often`` holds ``ten`` but is no number).
    """
    lower = text.lower()
    if len(lower) != len(text):  # a rare character whose lower case is longer: fall back to the regex
        return [m.start() for m in _SPELLED_WORD.finditer(text)]
    starts: list[int] = []
    size = len(lower)
    for root, words in SPELLED_ROOTS.items():
        index = lower.find(root)
        while index >= 0:
            before = lower[index - 1] if index else " "
            if not (before.isalnum() or before in "-_"):
                for word in words:
                    end = index + len(word)
                    if lower.startswith(word, index):
                        after = lower[end] if end < size else " "
                        if not (after.isalnum() or after == "_"):
                            starts.append(index)
                            break
            index = lower.find(root, index + 1)
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
    low = end - LOOKBACK if end > LOOKBACK else 0
    space = text.rfind(" ", low, end)
    line_break = text.rfind("\n", low, end)
    return text[(space if space > line_break else line_break) + 1 : end]


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


def extend_backwards(text: str, found: Found, *, allow_between: bool = True, before: str | None = None) -> Found:
    """Take in what stands before an amount: ``between 2 and`` (a range), a qualifier, a qualifying verb.

    ``between 40 and 50 locomotives`` becomes one range from 40 to 50 whose span starts at ``between``;
    ``more than 300 large orders`` gets ``gt`` and a span starting at ``more``; ``exceeded 70,000
    vehicles`` gets ``gt`` but its span still starts at the number.  ``before``, when the caller has it, is
    the word before the amount in lower case (``word_before(text, found.start).lower()``).
    """
    pats = patterns()
    start, amount, amount_max = found.start, found.amount, found.amount_max
    if before is None:
        before = word_before(text, start).lower()
    if allow_between and amount_max is None and before in ("and", "to"):
        between = lookback(pats.between_before, text, start)
        if between is not None:
            low = parse_digits(between.group("low"))
            scale = (between.group("scale") or "").strip()
            # "between 2 and 3 billion": the low end takes the high end's scale when it has none.
            low = low * scale_factor(scale) if scale else low * found.scale
            if low < amount:
                amount, amount_max, start = low, amount, between.start()
                before = word_before(text, start).lower()
    qualifier = found.qualifier
    previous = before.lstrip("(\"'[")
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
    return Found(
        start=start,
        end=found.end,
        amount=amount,
        unit=found.unit,
        amount_max=amount_max,
        qualifier=qualifier,
        scale=found.scale,
    )
