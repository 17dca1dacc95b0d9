"""Pure functions that turn matched words into value parts: qualifier codes, currencies, counted nouns.

Nothing here searches text except :func:`currency_cue_counts`, which counts the document's own
evidence for shared currency forms (``Rs``, ``rupees``, ``dinars``) once per document.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable

import inflection
import regex

from .lexicon import CurrencyForm, lexicon
from .patterns import QUALIFIER_WORDS, VERB_QUALIFIERS

__all__ = [
    "CueCounts",
    "choose_currency",
    "currency_cue_counts",
    "is_plural_noun",
    "qualifier_code",
    "singular",
]

_SPACES = regex.compile(r"\s+")

_IRREGULAR_PLURALS = {
    "people": "person",
    "persons": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "staff": "staff",
    "personnel": "personnel",
    "aircraft": "aircraft",
    "sheep": "sheep",
    "cattle": "cattle",
    "livestock": "livestock",
    "fish": "fish",
    "teeth": "tooth",
    "geese": "goose",
    "mice": "mouse",
    "data": "data",
    "media": "media",
}
"""Plural nouns that do not end in -s, and -s plurals inflection gets wrong for news use."""

_NOT_MEN_PLURALS = frozenset(
    "amen omen semen stamen specimen regimen abdomen acumen albumen bitumen lumen rumen hymen yemen germen".split()
)
"""Words ending in ``-men`` that are not plurals of ``-man`` compounds (``fishermen``, ``workmen`` are)."""


def _is_men_plural(lower: str) -> bool:
    """Tell whether a lower-case word is the plural of a ``-man`` compound: ``fishermen``, ``craftsmen``."""
    return len(lower) > 4 and lower.endswith("men") and lower.isalpha() and lower not in _NOT_MEN_PLURALS


_NOT_PLURAL = frozenset(
    """
    as is was has does its this his hers yours ours theirs us thus plus minus versus yes less unless
    across perhaps always besides whereas towards afterwards sometimes nevertheless nowadays
    news series species means gas bus lens bias chaos status campus census virus bonus focus
    corpus thesis basis crisis analysis emphasis axis diagnosis tennis atlas canvas alias
    mathematics economics physics politics logistics statistics electronics ethics aerospace
    overseas various numerous previous famous serious enormous tremendous generous continuous
    times
    """.split()
)
"""Words ending in -s that are not plural nouns (or, like ``times``, are multipliers, not counted things)."""


@functools.lru_cache(maxsize=256)
def qualifier_code(words: str) -> str | None:
    """Return the spec's qualifier code for qualifier words or a qualifying verb (``"more than"`` → ``gt``)."""
    key = _SPACES.sub(" ", words.strip().lower())
    return QUALIFIER_WORDS.get(key) or VERB_QUALIFIERS.get(key)


def is_plural_noun(word: str) -> bool:
    """Tell whether a word looks like a plural noun: ``vehicles``, ``companies``, ``people``; not ``this``, ``gas``."""
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS or _is_men_plural(lower):
        return True
    if len(lower) < 3 or not word.endswith("s") or lower in _NOT_PLURAL:
        return False
    if not word[:-1].isalpha() and "-" not in word:
        return False
    if word.isupper():  # an acronym such as "SMEs" keeps a lower-case s; "BUS" or "US" is not a plural
        return False
    return not lower.endswith(("ss", "us", "is", "ous", "'s"))


@functools.lru_cache(maxsize=4096)
def singular(word: str) -> str:
    """Return a counted noun in the singular, lower case: ``companies`` → ``company``, ``people`` → ``person``.

    Acronym plurals keep their capitals (``SMEs`` → ``SME``).
    """
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[lower]
    if _is_men_plural(lower):
        return lower[:-3] + "man"
    if word[:-1].isupper():
        return word[:-1]
    if "-" in lower:
        head, _, last = lower.rpartition("-")
        return f"{head}-{singular(last)}"
    return str(inflection.singularize(lower))


def currency_cue_counts(text: str, codes: tuple[str, ...]) -> Counter[str]:
    """Count, for each of ``codes``, the words in ``text`` that point to its country (India, Karachi, ...).

    Each cue is looked up with ``str.find`` and kept when it stands as a whole word: a few dozen
    C-speed scans, much cheaper than one big alternation tried at every character.
    """
    counts: Counter[str] = Counter()
    cues = lexicon().cues
    for code in codes:
        for word in cues.get(code, ()):
            counts[code] += _whole_word_count(text, word)
    return counts


_NOT_A_COUNTRY_AFTER = (" Ocean",)
"""Words after a cue that make it a geographical name, no evidence of a country: the ``Indian Ocean`` is
named as often in Sri Lankan, Mauritian or Pakistani news as in Indian."""


def _whole_word_count(text: str, word: str) -> int:
    """Count the occurrences of ``word`` in ``text`` not touching a letter or digit on either side."""
    count = 0
    size = len(word)
    index = text.find(word)
    while index >= 0:
        before = text[index - 1] if index else " "
        after = text[index + size] if index + size < len(text) else " "
        if not before.isalnum() and not after.isalnum() and not text.startswith(_NOT_A_COUNTRY_AFTER, index + size):
            count += 1
        index = text.find(word, index + size)
    return count


class CueCounts:
    """The currency cue counts of stretches of one text (its paragraphs, the whole of it), each counted once.

    ``CueCounts(text).counts(codes, start, end)`` is ``currency_cue_counts(text[start:end], codes)``, kept
    for the next amount of money in the same paragraph; the whole text is counted only when an amount's
    paragraph holds no cue.  The returned counters are shared: do not change them.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._counts: dict[tuple[int, int, tuple[str, ...]], Counter[str]] = {}

    def counts(self, codes: tuple[str, ...], start: int, end: int) -> Counter[str]:
        """Return, for each of ``codes``, how many of its cues ``text[start:end]`` holds."""
        key = (start, end, codes)
        counts = self._counts.get(key)
        if counts is None:
            counts = currency_cue_counts(self.text[start:end], codes)
            self._counts[key] = counts
        return counts


def choose_currency(
    form: CurrencyForm, cue_counts: Counter[str] | None, tie_break: Callable[[], Counter[str]] | None = None
) -> str:
    """Return the ISO code a currency form stands for in this document.

    A form with one code is that code. A shared form (``Rs``: PKR, INR, LKR, ...) takes the candidate
    whose country the text around it mentions most (``cue_counts``, a paragraph's); when several candidates
    tie there, the one ``tie_break()`` (the whole document's counts) favours among them; with no evidence,
    or a tie still, the first candidate listed.
    """
    if len(form.codes) == 1 or not cue_counts:
        return form.codes[0]
    top = max(cue_counts.get(code, 0) for code in form.codes)
    leaders = [code for code in form.codes if cue_counts.get(code, 0) == top]
    if len(leaders) > 1 and top > 0 and tie_break is not None:
        wider = tie_break()
        best = max(leaders, key=lambda code: wider.get(code, 0))
        return best if wider.get(best, 0) > wider.get(leaders[0], 0) else leaders[0]
    best = leaders[0]
    return best if cue_counts.get(best, 0) > cue_counts.get(form.codes[0], 0) else form.codes[0]
