"""Find the atoms of :data:`.patterns.DATE_ATOM` in a text fast, trying the pattern only where one can start.

The result is the same as ``DATE_ATOM.finditer(text)`` (leftmost matches, no
overlaps, the first alternative that matches at a position) as long as every
atom starts at a core, at a prefix word before a core, or within reach before
a keyword; the patterns are written so that it does, and a test checks it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from .patterns import (
    ATOM_PATTERNS,
    CORE_START,
    CORE_WORDS,
    KEYWORD_REACH,
    KEYWORDS,
    PREFIX_BEFORE,
    PREFIX_REACH,
    QUARTER_OR_HALF_CODE,
    WORD_START,
)

__all__ = ["candidate_starts", "find_atoms"]


_CODE_LETTERS = frozenset({"Q", "H"})


def _keyword_starts(text: str) -> Iterator[int]:
    for keyword in KEYWORDS:
        position = text.find(keyword)
        while position >= 0:
            for word in WORD_START.finditer(text, max(0, position - KEYWORD_REACH), position + 1):
                yield word.start()
            position = text.find(keyword, position + len(keyword))


def candidate_starts(text: str) -> list[int]:
    """Return the sorted positions where an atom may start."""
    starts: set[int] = set()
    for core in CORE_START.finditer(text):
        position = core.start()
        token = core.group()
        if not (
            token[0].isdigit()
            or token in CORE_WORDS
            or (token in _CODE_LETTERS and QUARTER_OR_HALF_CODE.match(text, position))
        ):
            continue
        starts.add(position)
        prefix = PREFIX_BEFORE.search(text, max(0, position - PREFIX_REACH), position)
        if prefix is not None:
            starts.add(prefix.start())
    starts.update(_keyword_starts(text))
    return sorted(starts)


@functools.cache
def _alternatives_starting_with(character: str) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """Return, in pattern order, the alternatives whose first character can be ``character``."""
    return tuple((name, pattern) for name, first, pattern in ATOM_PATTERNS if first.fullmatch(character))


def find_atoms(text: str) -> Iterator[tuple[str, regex.Match[str]]]:
    """Yield ``(rule, match)`` for the date atoms of ``text`` in order, leftmost first, never overlapping.

    ``rule`` names the alternative (``alt_iso``, ``alt_md``, ...).  Trying each
    alternative on its own, and only those that can start with the character
    at hand, is much faster than trying the joined :data:`DATE_ATOM`.
    """
    reached = 0
    for position in candidate_starts(text):
        if position < reached:
            continue
        for name, pattern in _alternatives_starting_with(text[position]):
            match = pattern.match(text, position)
            if match is not None and match.end() > position:
                reached = match.end()
                yield f"alt_{name}", match
                break
