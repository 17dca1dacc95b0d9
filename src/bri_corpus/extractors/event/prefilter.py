"""A cheap prefilter for the trigger alternation: the word starts where a trigger can begin.

Trying the lexicon's alternation (``regex``, some sixty lines) at every word of a
document is the single biggest cost of event extraction.  Few words can begin a
trigger, and which ones follows from the lexicon: this module grows the lower-case
letter strings a trigger can begin with, letter by letter, keeping those the
alternation can still complete (``regex`` partial matching), up to a fixed depth.
The strings form a trie, compiled into one ``re`` pattern of nested literal
alternatives, which the standard engine scans quickly.  A string shorter than the
depth is also accepted as a whole word when a trigger can end there or continue
with a space, hyphen, apostrophe or full stop (``met with``, ``long-term``).

The prefilter may let through words that do not begin a trigger (``cooperation``
shares its first letters with ``cooperative partnership``), never the reverse:
the alternation then decides.  Matching is on the lower-cased text, so trigger
case does not matter; a text whose lower-casing changes its length (rare
non-ASCII letters) is scanned with a case-insensitive variant instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

__all__ = ["TriggerPrefilter", "derive_prefilter"]

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Characters that may follow a word inside a trigger ("met with", "long-term", "Co." is not one).
_WORD_BREAKS = " -'."
# How many letters of a word the prefilter checks; deeper is more selective but slower to derive.
_DEPTH = 6


class TriggerPrefilter:
    """The compiled prefilter: :meth:`positions` gives the word starts where a trigger may begin."""

    def __init__(self, trie_pattern: str) -> None:
        self.pattern = trie_pattern
        """The trie as a pattern over lower-case letters (without the word-start guard)."""
        self._lower_case = re.compile(rf"(?<![\w-]){trie_pattern}")
        self._any_case = re.compile(rf"(?<![\w-])(?ai:{trie_pattern.replace('(?![a-z])', '(?![A-Za-z])')})")

    def positions(self, text: str) -> Iterator[int]:
        """Yield, in order, the offsets in ``text`` where a word starts with letters a trigger can begin with."""
        lowered = text.lower()
        if len(lowered) == len(text):
            return (match.start() for match in self._lower_case.finditer(lowered))
        return (match.start() for match in self._any_case.finditer(text))


def derive_prefilter(triggers: regex.Pattern[str], depth: int = _DEPTH) -> TriggerPrefilter:
    """Derive the prefilter of ``triggers`` (a case-insensitive pattern anchored at word edges)."""
    children: dict[str, list[str]] = {}
    word_ends: set[str] = set()
    level = [""]
    for length in range(1, depth + 1):
        grown = []
        for prefix in level:
            letters = [prefix + c for c in _LETTERS if triggers.fullmatch(prefix + c, partial=True)]
            children[prefix] = letters
            grown.extend(letters)
        level = grown
        if length < depth:
            word_ends.update(s for s in level if _can_end_word(triggers, s))
    return TriggerPrefilter(_trie_pattern("", children, word_ends, depth))


def _can_end_word(triggers: regex.Pattern[str], prefix: str) -> bool:
    """True when a trigger can end right after ``prefix`` or go on with a non-letter (``met``, ``long-term``)."""
    if triggers.fullmatch(prefix):
        return True
    return any(triggers.fullmatch(prefix + c, partial=True) for c in _WORD_BREAKS)


def _trie_pattern(prefix: str, children: dict[str, list[str]], word_ends: set[str], depth: int) -> str:
    """Return the pattern of the trie below ``prefix``: its children's letters, nested, longest path ``depth``.

    A string that neither goes on with a letter nor ends a word goes on with some other character: it is
    accepted as it stands, so that the prefilter never drops a trigger.
    """
    if len(prefix) == depth:
        return ""
    branches = [re.escape(child[-1]) + _trie_pattern(child, children, word_ends, depth) for child in children[prefix]]
    if prefix in word_ends:
        branches.append("(?![a-z])")
    if not branches:
        return ""
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
