"""Split a sentence into clauses, so that an event takes its date and parties from its own clause.

A clause ends at ``;``, before ``, and`` / ``, but`` / ``, which`` / ``, when`` ...,
and before ``and`` + a past-tense verb (``was founded in 1956 and produced the
first truck``): the date ``1956`` then belongs to the founding, not to the production.
"""

from __future__ import annotations

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


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the clauses of the sentence ``text[start:end]`` as (start, end) offsets covering it."""
    if text.find(";", start, end) < 0 and text.find(",", start, end) < 0 and text.find("and", start, end) < 0:
        return [(start, end)]  # no break can match: skip the regex (most short sentences)
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
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
        self._clauses: dict[int, list[tuple[int, int]]] = {}

    def of(self, number: int) -> list[tuple[int, int]]:
        """Return the clauses of sentence ``number`` (see :func:`clause_spans`)."""
        clauses = self._clauses.get(number)
        if clauses is None:
            clauses = self._clauses[number] = clause_spans(self._text, *self._sentences[number])
        return clauses
