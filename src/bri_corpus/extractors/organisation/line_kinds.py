"""The kind of the line a chunk stands on: Title Case headline, ALL CAPS, or prose.

Headlines are cut at verbs and prepositions, and in ALL CAPS lines no word is a brand by its shape, so
:func:`.candidates.scan_text` asks :class:`LineFlags` for each chunk it analyses.
"""

from __future__ import annotations

import regex

from .patterns import TITLE_CASE_WORD

__all__ = ["LineFlags"]

_TWO_UPPER_RUNS = regex.compile(r"[\p{L}--a-z][\p{L}'\---a-z]{3}.*?[\p{L}--a-z][\p{L}'\---a-z]{3}", regex.V1)
"""Two runs of four letters (or ``'``, ``-``) with no ``a``-``z``: what two words in capitals hold at least.

A line in ALL CAPS has at least two such words, so a line without two runs is not one; prose lines
are told so by this one search instead of a look at every word.
"""


def _line_flag(line: str) -> int:
    """Return 1 when a line is a Title Case headline, 2 when it is in ALL CAPS, else 0."""
    if len(line) >= 250:
        return 0
    if line.rstrip().endswith(".") and _TWO_UPPER_RUNS.search(line) is None:
        return 0  # a sentence (no headline) with fewer than two words in capitals (see below: 3 x 0.6 > 1)
    words = TITLE_CASE_WORD.findall(line)
    if len(words) < 3 and not (len(words) == 2 and all(w.isupper() for w in words)):
        return 0  # two long words in capitals make a heading too: "VOLUNTARY ANNOUNCEMENT"
    upper = sum(1 for w in words if w.isupper())
    capital = sum(1 for w in words if w[0].isupper())
    if upper >= 0.6 * len(words):
        return 2
    if capital >= 0.75 * len(words) and not line.rstrip().endswith("."):
        return 1
    return 0


class LineFlags:
    """The :func:`_line_flag` of the line around a position, worked out only for lines that hold a chunk.

    Positions are asked in increasing order (chunks left to right), so the current line is kept.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.start = 0
        self.end = -1  # no line yet
        self.flag = 0

    def at(self, position: int) -> int:
        """The flag of the line that holds ``position`` (not a line break)."""
        if position >= self.end or position < self.start:
            text = self.text
            start = self.start = text.rfind("\n", 0, position) + 1
            end = text.find("\n", position)
            if end < 0:
                end = len(text)
            self.end = end
            # A long line is no headline: decided before the line is copied.
            self.flag = 0 if end - start >= 250 else _line_flag(text[start:end])
        return self.flag
