"""Find the atoms of :data:`.patterns.DATE_ATOM` in a text fast, trying the pattern only where one can start.

The result is the same as ``DATE_ATOM.finditer(text)`` (leftmost matches, no
overlaps, the first alternative that matches at a position) as long as every
atom starts at a core, at a prefix word before a core, or within reach before
a keyword; the patterns are written so that it does, and a test checks it.

Where the time goes, and how it is kept low (news text has a number or a
capitalised word every few words, and a date every few hundred):

* the cores are found by two patterns whose first characters are digits or
  capitals only, and the capitalised one matches date words alone, so Python
  sees only the few capitalised words that are date words;
* a place where an atom may start is first tested with
  :data:`.patterns.ATOM_ENTRY`, one cheap match, and the alternatives (a
  dozen matches, the costly part) are tried only where it holds.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from .patterns import (
    ATOM_ENTRY,
    ATOM_PATTERNS,
    CAPITALISED_CORE,
    DIGIT_CORE,
    INSIDE_CAPITALISED_WORD,
    KEYWORD_REACH,
    KEYWORDS,
    PREFIX_BEFORE,
    PREFIX_REACH,
    WORD_START,
)

__all__ = ["candidate_starts", "find_atoms"]

_WORD_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'-")
"""The characters of a capitalised word after its capital (see :data:`.patterns.CAPITALISED_CORE`)."""


def _core_starts(text: str) -> list[int]:
    """Return the positions of the cores: first digits of numbers, capitalised date words, quarter and half codes."""
    digits = [core.start() for core in DIGIT_CORE.finditer(text)]
    words = [
        position
        for position in (core.start() for core in CAPITALISED_CORE.finditer(text))
        # not the end of a longer capitalised word ("ThisMay", "Mid-May")
        if not (position and text[position - 1] in _WORD_CHARACTERS and INSIDE_CAPITALISED_WORD.match(text, position))
    ]
    return digits + words


def _keyword_starts(text: str) -> Iterator[int]:
    """Yield the word starts within reach before each lower-case keyword."""
    for keyword in KEYWORDS:
        position = text.find(keyword)
        while position >= 0:
            for word in WORD_START.finditer(text, max(0, position - KEYWORD_REACH), position + 1):
                yield word.start()
            position = text.find(keyword, position + len(keyword))


def candidate_starts(text: str) -> list[int]:
    """Return the sorted positions where an atom may start."""
    starts: set[int] = set()
    for position in _core_starts(text):
        starts.add(position)
        if position and text[position - 1] in " -":  # every prefix word ends with a space or a hyphen
            prefix = PREFIX_BEFORE.search(text, max(0, position - PREFIX_REACH), position)
            if prefix is not None:
                starts.add(prefix.start())
    starts.update(_keyword_starts(text))
    return sorted(starts)


@functools.cache
def _alternatives_from(character: str, first: int) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """Return, in pattern order, the alternatives from the ``first``-th (1-based) that can start with ``character``."""
    return tuple(
        (f"alt_{name}", pattern)
        for name, start, pattern in ATOM_PATTERNS[first - 1 :]
        if start.fullmatch(character)
    )


def find_atoms(text: str) -> Iterator[tuple[str, regex.Match[str]]]:
    """Yield ``(rule, match)`` for the date atoms of ``text`` in order, leftmost first, never overlapping.

    ``rule`` names the alternative (``alt_iso``, ``alt_md``, ...).  At each
    candidate start, :data:`.patterns.ATOM_ENTRY` tells the first alternative
    that can match there (or that none can); from it on, each alternative that
    can start with the character at hand is tried on its own, which is much
    faster than trying the joined :data:`.patterns.DATE_ATOM`.
    """
    reached = 0
    entry_at = ATOM_ENTRY.match
    for position in candidate_starts(text):
        if position < reached:
            continue
        entry = entry_at(text, position)
        if entry is None:
            continue
        for rule, pattern in _alternatives_from(text[position], entry.lastindex or 1):
            match = pattern.match(text, position)
            if match is not None and match.end() > position:
                reached = match.end()
                yield rule, match
                break
