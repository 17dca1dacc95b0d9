"""Find the leftmost gathering name in a window without sliding the full pattern over every word.

``gathering_pattern().search`` tries the big pattern at every word start of a
window, and at each one a run of capitalised words backtracks through every
shorter run looking for a head word: that cost dominated the extractor.

Every gathering name holds an *anchor* (a head word, a known name's last word,
``meeting``/``session``), and the stretch of a name before its anchor holds no
*breaker*: no character a name never holds (``(``, ``"``, ``;`` ...) and no
lower-case word other than the few a name may hold (``of``, ``the``, ordinals,
...).  So a name that holds anchor ``a`` starts after the last breaker before
``a``.  :func:`first_match` tries the full pattern only at the word starts of
those stretches, in text order, which finds exactly the match that
``search`` would find.
"""

from __future__ import annotations

import bisect
import functools

import regex

from .patterns import _ORDINALS, gathering_cue, gathering_data, gathering_pattern

__all__ = ["Window", "first_match"]

# Where a name may start: the look-behind and first characters of the full pattern's head.
_WORD_START = r"(?<![\w&'-])"


@functools.cache
def _anchor_pattern() -> regex.Pattern[str]:
    """Return the words every gathering name holds: the cue words plus ``meeting``/``session``."""
    return regex.compile(rf"{gathering_cue().pattern}|\b(?:meeting|session)\b")


@functools.cache
def _allowed_lowercase() -> frozenset[str]:
    """Return the lower-case words a gathering name may hold at a word start."""
    data = gathering_data()
    words = {"and", "of", "for", "on", "the", "de", "meeting", "session", "plenary"}
    words |= {w for w in _ORDINALS.split("|") if w.isalpha()}
    words |= set(data.lowercase_heads)
    for name in (*data.known, *data.heads, *data.lowercase_heads):
        words |= set(regex.findall(r"\w+", name))
    return frozenset(words)


# A character no gathering name holds, or a lower-case word at a word start (kept only when not allowed).
_BREAKER = regex.compile(rf"[^\w\s&'\-.,+]|{_WORD_START}\p{{Ll}}\w*")


@functools.cache
def _start_pattern() -> regex.Pattern[str]:
    """Return the pattern of the positions where the full pattern may start (same guard as it)."""
    data = gathering_data()
    first = {"A-Z", r"\d"} | {w[0] for w in _ORDINALS.split("|") if w[0].isalpha()}
    first |= {regex.escape(w[0]) for w in (*data.known, *data.heads) if w}
    return regex.compile(rf"{_WORD_START}(?=[{''.join(sorted(first))}])")


class Window:
    """The anchors of ``text[start:end]`` and, for each, where a name holding it may start at the earliest."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.end = end
        self.anchors: list[int] = []
        for anchor in _anchor_pattern().finditer(text, start, end, overlapped=True):
            at = anchor.start()
            if not self.anchors or self.anchors[-1] != at:
                self.anchors.append(at)
        self.earliest: list[int] = []
        if not self.anchors:
            return
        # Only the breakers ending at or before an anchor count, so the search stops at the last anchor: no
        # breaker straddles an anchor, which starts a word after a character that is not a word character.
        allowed = _allowed_lowercase()
        breaker_ends = [b.end() for b in _BREAKER.finditer(text, start, self.anchors[-1]) if b.group() not in allowed]
        for at in self.anchors:
            before = bisect.bisect_right(breaker_ends, at)
            self.earliest.append(max(start, breaker_ends[before - 1]) if before else start)

    def first_match(self, position: int) -> regex.Match[str] | None:
        """Return what ``gathering_pattern().search(text, position, end)`` returns."""
        pattern = gathering_pattern()
        starts = _start_pattern()
        index = bisect.bisect_left(self.anchors, position)
        while index < len(self.anchors):
            anchor = self.anchors[index]
            begin = max(position, self.earliest[index])
            for candidate in starts.finditer(self.text, begin, anchor + 1):
                match = pattern.match(self.text, candidate.start(), self.end)
                if match is not None:
                    return match
            position = anchor + 1
            index += 1
        return None


def first_match(text: str, position: int, end: int) -> regex.Match[str] | None:
    """Return the leftmost gathering name in ``text[position:end]`` (one-off form of :class:`Window`)."""
    return Window(text, position, end).first_match(position)
