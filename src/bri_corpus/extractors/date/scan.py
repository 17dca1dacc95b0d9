"""Find the atoms of :data:`.patterns.DATE_ATOM` in a text fast, trying the pattern only where one can start.

The result is the same as ``DATE_ATOM.finditer(text)`` (leftmost matches, no
overlaps) as long as every atom starts at a core, at a prefix word before a
core, or within reach before a keyword; the patterns are written so that it does.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .patterns import CORE_START, DATE_ATOM, KEYWORD_REACH, KEYWORDS, PREFIX_BEFORE, PREFIX_REACH, WORD_START

__all__ = ["candidate_starts", "find_atoms"]


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
        starts.add(position)
        prefix = PREFIX_BEFORE.search(text, max(0, position - PREFIX_REACH), position)
        if prefix is not None:
            starts.add(prefix.start())
    starts.update(_keyword_starts(text))
    return sorted(starts)


def find_atoms(text: str) -> Iterator[regex.Match[str]]:
    """Yield the date atoms of ``text`` in order, leftmost first, never overlapping."""
    reached = 0
    for position in candidate_starts(text):
        if position < reached:
            continue
        match = DATE_ATOM.match(text, position)
        if match is not None and match.end() > match.start():
            reached = match.end()
            yield match
