"""Find the place a gathering is held in: the first place name after ``in``/``at`` in a stretch of text.

The summit extractor cannot read the place extractor's facts (the place
extractor needs summit facts, to drop place names inside gathering names), so it
asks the place gazetteer module directly when it is installed, and otherwise
takes a capitalised name after the preposition that is not a month, a weekday,
an organisation or a gathering.  Only the name is returned, with broken
typography fixed (``Xi 'an`` → ``Xi'an``).
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Iterator
from typing import Any

import regex

__all__ = ["clean_place_name", "location_in"]

_AFTER_PREPOSITION = regex.compile(
    r"""\b(?:held|hosted|opened|took\s+place|convened|staged|kicked\s+off)?\s*
        \b(?:in|at)\s+(?:the\s+)?
        (?P<place>[A-Z][\w]*(?:\s?'[a-z]+)?(?:[\s-][A-Z][\w]*(?:\s?'[a-z]+)?){0,3})""",
    regex.VERBOSE,
)

_NOT_A_PLACE = regex.compile(
    r"""^(?:January|February|March|April|May|June|July|August|September|October|November|December|
         Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|Autumn|Winter|The|This|That|
         Belt|Mr|Ms|Dr|Present|First|Second|Third)\b
       |\b(?:Group|Company|Corporation|Co|Ltd|Inc|Ministry|Embassy|University|Bank|Fund|Agency|Committee|
          Summit|Forum|Roundtable|Conference|Expo|Fair|Meeting|Dialogue|Hall|Center|Centre|Initiative)\b""",
    regex.VERBOSE,
)


_SPACE_BEFORE_APOSTROPHE = regex.compile(r"\s+'")


def clean_place_name(name: str) -> str:
    """Fix broken typography in a place name: ``Xi 'an`` → ``Xi'an``."""
    return _SPACE_BEFORE_APOSTROPHE.sub("'", name).strip()


_PREPOSITION = regex.compile(r"\b(?:in|at)\s+(?:the\s+)?")


@functools.cache
def _gazetteer_finder() -> Callable[[str], Iterator[Any]] | None:
    """Return the place gazetteer's ``find_candidates`` (text → candidates), if the place plugin is installed."""
    try:
        module = importlib.import_module("bri_corpus.extractors.place.gazetteer")
    except ImportError:
        return None
    finder = getattr(module, "find_candidates", None)
    return finder if callable(finder) else None


def _gazetteer_place(text: str, position: int, end: int) -> str | None:
    """Return the name of the gazetteer place starting exactly at ``position`` and ending by ``end`` (not a
    demonym), if any."""
    return _gazetteer_place_opening(text[position : min(end, position + 60)])


@functools.lru_cache(maxsize=4096)
def _gazetteer_place_opening(snippet: str) -> str | None:
    """Return the name of the gazetteer place that ``snippet`` opens with (not a demonym), if any.

    Cached by the snippet: the stretches around the mentions of one gathering overlap, and news repeats its
    venues (``in Beijing``), so many look-ups are asked again.
    """
    finder = _gazetteer_finder()
    if finder is None:
        return None
    try:
        candidate = next(iter(finder(snippet)), None)
    except Exception:  # a gazetteer being rebuilt must not break summits
        return None
    if candidate is None or candidate.start != 0 or not candidate.entries:
        return None
    entry = candidate.entries[0]
    if getattr(entry, "source", "") == "demonym":
        return None
    return clean_place_name(str(entry.name))


def location_in(text: str, start: int, end: int) -> str | None:
    """Return the first place name after ``in``/``at`` within ``text[start:end]``, or None.

    With the place gazetteer installed only its places count (``in Xi 'an, Shaanxi`` → ``Xi'an``); without
    it, a capitalised name that is not a month, an organisation or a gathering.
    """
    if _gazetteer_finder() is not None:
        for match in _PREPOSITION.finditer(text, start, end):
            found = _gazetteer_place(text, match.end(), end)
            if found:
                return found
        return None
    for match in _AFTER_PREPOSITION.finditer(text, start, end):
        name = clean_place_name(match.group("place"))
        if not _NOT_A_PLACE.search(name):
            return name
    return None
