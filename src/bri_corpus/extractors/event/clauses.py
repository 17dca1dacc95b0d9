"""Split a sentence into clauses, so that an event takes its date and parties from its own clause.

A clause ends at ``;``, before ``, and`` / ``, but`` / ``, which`` / ``, when`` ...,
and before ``and`` + a past-tense verb (``was founded in 1956 and produced the
first truck``): the date ``1956`` then belongs to the founding, not to the production.

Every break starts at a ``;``, a ``,`` or the spaces before an ``and``; those few
places are found with ``str.find`` and the break pattern is tried only there, which
gives the same breaks as scanning the sentence with it, at a fraction of the cost.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

__all__ = ["SentenceClauses", "clause_spans"]

_CLAUSE_BREAK = regex.compile(
    r"""
      ;                                                              # a semicolon
    | ,\s+(?=(?:and|but|while|whereas|which|who|when|where|after|before|whilst)\b)   # , and / , which ...
    | \s+(?=and\s+(?:\w+ly\s+)?\w+ed\b)                              # and + past-tense verb
    """,
    regex.VERBOSE,
)


def _break_starts(text: str, start: int, end: int) -> list[int]:
    """Return, sorted, every position in ``[start, end)`` where a break can start (and a few more)."""
    positions: list[int] = []
    for mark in (";", ","):
        found = text.find(mark, start, end)
        while found >= 0:
            positions.append(found)
            found = text.find(mark, found + 1, end)
    found = text.find("and", start, end)
    while found >= 0:
        space = found
        while space > start and text[space - 1].isspace():  # isspace() covers every regex \s
            space -= 1
        positions.extend(range(space, found))
        found = text.find("and", found + 1, end)
    positions.sort()
    return positions


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the clauses of the sentence ``text[start:end]`` as (start, end) offsets covering it."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for position in _break_starts(text, start, end):
        if position < cursor:
            continue  # inside the previous break, as a scan would skip it
        match = _CLAUSE_BREAK.match(text, position, end)
        if match is None:
            continue
        if match.start() > cursor:
            spans.append((cursor, match.start()))
        cursor = match.end()
    if end > cursor:
        spans.append((cursor, end))
    return spans or [(start, end)]


class SentenceClauses:
    """The clauses of each sentence of one text, split on first use and kept for the rest of the document.

    Triggers and arguments both need the clauses of the few sentences that hold a trigger; splitting each of
    those once (and no other sentence) keeps the clause step off the hot path.
    """

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]]) -> None:
        self._text = text
        self._sentences = sentences
        self._clauses: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}

    def _split(self, number: int) -> tuple[list[tuple[int, int]], list[int]]:
        split = self._clauses.get(number)
        if split is None:
            clauses = clause_spans(self._text, *self._sentences[number])
            split = self._clauses[number] = (clauses, [start for start, _ in clauses])
        return split

    def of(self, number: int) -> list[tuple[int, int]]:
        """Return the clauses of sentence ``number`` (see :func:`clause_spans`)."""
        return self._split(number)[0]

    def holding(self, number: int, position: int) -> tuple[int, int]:
        """Return the clause of sentence ``number`` that holds ``position``, or the sentence when none does."""
        clauses, starts = self._split(number)
        index = bisect.bisect_right(starts, position) - 1
        if index >= 0 and position < clauses[index][1]:
            return clauses[index]
        return self._sentences[number]
