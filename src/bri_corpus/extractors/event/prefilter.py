"""A cheap prefilter for the trigger alternation: the word starts where a trigger can begin.

Trying the lexicon's alternation (``regex``, some sixty lines) at every word of a
document is the single biggest cost of event extraction.  Few words can begin a
trigger, and which ones follows from the lexicon: this module grows the lower-case
letter strings a trigger can begin with, letter by letter, keeping those the
alternation can still complete (``regex`` partial matching), up to a fixed depth.
The strings form a trie, compiled into one ``re`` pattern of nested literal
alternatives, which the standard engine scans quickly.  From three letters on, a
word may also end (or go on with a non-letter) inside the trie: ``met``, ``put into``,
``long-term``; a shorter word only if a trigger can end there or go on with a
space or hyphen.

The prefilter may let through words that do not begin a trigger (``cooperation``
shares its first letters with ``cooperative partnership``), never the reverse:
the alternation then decides.  Matching is on the lower-cased text, so trigger
case does not matter; a text whose lower-casing changes its length (rare
non-ASCII letters) is scanned with a case-insensitive variant instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

__all__ = ["TriggerPrefilter", "derive_prefilter"]

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Pattern constructs that can match letters they do not spell out: classes, ``.``, character escapes
# (``\\x41``, ``\\N{...}``), fuzzy matching (``{e<=1}``).
_ANY_LETTER = re.compile(r"\\[wSDpPXNLhxuU0-9]|\.|\[|\{[^}]*[A-Za-z]")
# Escapes (``\\s``, ``\\b``, ``\\-``): their letter is no letter of the match.
_ESCAPE = re.compile(r"\\.")
# Words shorter than this that end inside the trie are checked one by one (few are; longer ones are let
# through: ``met``, ``put``, ``MoU``).
_MIN_LETTERS = 3
# How many letters of a word the prefilter checks; deeper is more selective but slower to derive
# (3 lets through twice as many words as 5).  8: 23,500 word starts per 2 MB instead of 28,700 at 5, each
# one trigger-pattern match fewer (about 4 us), and the trie scan itself no slower; derived in 11 ms
# instead of 7 ms, once per process.
_DEPTH = 8
_MATCH_END = re.Match.end


class TriggerPrefilter:
    """The compiled prefilter: :meth:`positions` gives the word starts where a trigger may begin."""

    def __init__(self, trie_pattern: str) -> None:
        self.pattern = trie_pattern
        """The trie as a pattern over lower-case letters (without the word-start guard)."""
        any_case = f"(?ai:{trie_pattern.replace('(?![a-z])', '(?![A-Za-z])')})"
        # A word start is found as the character before it (not a word character or a hyphen) followed by the
        # trie: a pattern that begins with a character class lets ``re`` skip along the text to the next
        # candidate, several times faster than trying a lookbehind at every position.  The trie is a lookahead,
        # so that a match ends where the word starts (``Match.end``, collected in C); it spells out letters
        # only, so the next gap character is found whether the trie's letters are consumed or not.  The text's
        # first word has no character before it and is tried on its own.
        self._lower_case = re.compile(rf"[^\w-](?={trie_pattern})")
        self._lower_case_first = re.compile(trie_pattern)
        self._any_case = re.compile(rf"[^\w-](?={any_case})")
        self._any_case_first = re.compile(any_case)

    def positions(self, text: str) -> list[int]:
        """Return, in order, the offsets in ``text`` where a word starts with letters a trigger can begin with."""
        lowered = text.lower()
        if len(lowered) == len(text):
            return self._positions(lowered, self._lower_case_first, self._lower_case)
        return self._positions(text, self._any_case_first, self._any_case)

    @staticmethod
    def _positions(text: str, first: re.Pattern[str], after_a_gap: re.Pattern[str]) -> list[int]:
        positions = [0] if first.match(text) else []
        positions.extend(map(_MATCH_END, after_a_gap.finditer(text)))
        return positions


def derive_prefilter(patterns: Iterable[str], depth: int = _DEPTH) -> TriggerPrefilter:
    """Derive the prefilter of the trigger ``patterns`` (``regex`` syntax, matched case-insensitively).

    Each pattern is compiled on its own: partial matching on a small pattern is several times cheaper than on
    the whole alternation, which more than pays for the compilations.
    """
    children: dict[str, set[str]] = {}
    short_words: set[str] = set()
    for pattern in patterns:
        compiled = regex.compile(f"(?:{pattern})", regex.IGNORECASE)
        alphabet = _letters_of(pattern)
        level = [""]
        for length in range(depth):
            grown = []
            for prefix in level:
                letters = [prefix + c for c in alphabet if compiled.fullmatch(prefix + c, partial=True)]
                children.setdefault(prefix, set()).update(letters)
                grown.extend(letters)
            level = grown
            if length + 1 < _MIN_LETTERS:
                short_words.update(s for s in level if _ends_word(compiled, s))
    return TriggerPrefilter(_trie_pattern("", children, short_words, depth))


def _letters_of(pattern: str) -> str:
    """Return the letters a match of ``pattern`` can hold: those it spells out (case-folded), or all of them
    when it has a construct that matches other letters (``\\w``, ``.``, a class ...)."""
    if _ANY_LETTER.search(pattern):
        return _LETTERS
    spelled = set(_ESCAPE.sub("", pattern).casefold())
    return "".join(c for c in _LETTERS if c in spelled)


def _ends_word(pattern: regex.Pattern[str], prefix: str) -> bool:
    """True when ``pattern`` can end after ``prefix`` or go on with a space or hyphen (``go live``)."""
    return bool(pattern.fullmatch(prefix) or any(pattern.fullmatch(prefix + c, partial=True) for c in " -"))


def _trie_pattern(prefix: str, children: dict[str, set[str]], short_words: set[str], depth: int) -> str:
    """Return the pattern of the trie below ``prefix``: its children's letters, nested, longest path ``depth``.

    From ``_MIN_LETTERS`` letters on (before, for ``short_words``), a word may also end its letters there
    (``met``, ``long-term``, ``put into``): what follows is then left to the trigger pattern.
    """
    if len(prefix) == depth:
        return ""
    branches = [
        re.escape(child[-1]) + _trie_pattern(child, children, short_words, depth)
        for child in sorted(children.get(prefix, ()))
    ]
    if len(prefix) >= _MIN_LETTERS or prefix in short_words:
        branches.append("(?![a-z])")
    if not branches:
        return ""  # a trigger goes on with a non-letter this early ("co-sign"): accept whatever follows
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
