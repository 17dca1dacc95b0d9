"""Split normalised text into sentences, as (start, end) offsets.

Headlines and paragraphs end at line breaks; inside a line a sentence ends at
``.``, ``!`` or ``?`` followed by a space and an upper-case letter or a quote,
unless the full stop ends a common abbreviation (``Mr.``, ``Co.``, ``No.``).
Summit and event arguments are looked up per sentence, so a cheap, predictable
splitter is worth more here than a clever one.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

import regex

__all__ = ["Sentences", "split_sentences"]

# A sentence boundary: a line break, or end punctuation before a capital / quote, unless the full stop ends a
# common abbreviation (``Mr.``, ``Co.``, ``No.``, an initial).
_BOUNDARY = regex.compile(
    r"""
    \n+                                   # a line break ends headlines and paragraphs
    | [.!?]["')]?                         # end punctuation (kept in the sentence: \K),
      (?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Co|Corp|Ltd|Inc|No|Nos|St|Jr|Sr|Gen|Gov|Rep|Sen|Dept|Jan|Feb|Mar|Apr|Aug|Sept?|Oct
            |Nov|Dec|vs|approx|[A-Z])\.)  # not an abbreviation's full stop,
      \K\s+(?=["'(]?[A-Z0-9])             # space, a capital or digit
    """,
    regex.VERBOSE,
)


class Sentences:
    """The sentences of one text, with lookup of the sentence holding an offset."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans: tuple[tuple[int, int], ...] = tuple(spans)
        self._starts = tuple(start for start, _ in self.spans)

    def __len__(self) -> int:
        return len(self.spans)

    def index_of(self, offset: int) -> int:
        """Return the index of the sentence holding ``offset`` (the last one starting at or before it)."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def span_of(self, offset: int) -> tuple[int, int]:
        """Return the (start, end) of the sentence holding ``offset``."""
        return self.spans[self.index_of(offset)]


@functools.lru_cache(maxsize=4)
def split_sentences(text: str) -> Sentences:
    """Return the sentences of ``text`` (normalised), blank stretches left out.

    Cached for the last few texts: the summit and event extractors split the same document, and the result
    is immutable.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary_start, boundary_end in [boundary.span() for boundary in _BOUNDARY.finditer(text)]:
        if start < boundary_start and not text[start].isspace() and not text[boundary_start - 1].isspace():
            spans.append((start, boundary_start))  # the common case, with nothing to trim
        else:
            _add(text, start, boundary_start, spans)
        start = boundary_end
    _add(text, start, len(text), spans)
    return Sentences(spans)


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
