"""Compiled patterns for named gatherings, built once from ``data/gatherings.json``.

A gathering name is either a known name or alias from the data file, or a
run of capitalised words ending in a gathering head word (``Summit``, ``Forum``,
``Roundtable``, ``Expo`` ...), optionally continued by ``for``/``on``/``of`` and
more capitalised words (``Boao Forum for Asia``, ``Forum on China-Africa
Cooperation``), optionally led by an edition (``third``, ``10th``, ``2023``); or a numbered session of a
named body (``the 7th meeting of the China-Thailand Joint Committee on Trade``, ``the 13th Joint Cooperation
Committee meeting``).
A lower-case head counts only after an acronym or a ``Country-Country`` pair
(``SCO summit``, ``China-Africa summit``), because ``the summit`` alone is an anaphor.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

import regex

from bri_corpus.literals import literal_alternation

__all__ = ["GatheringData", "find_cues", "gathering_cue", "gathering_data", "gathering_pattern"]

_ORDINALS = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\d{1,3}(?:st|nd|rd|th)"
)


_BODIES = ("Committee", "Commission", "Council", "Subcommittee", "Sub-Committee")
"""Bodies whose numbered sittings are named gatherings (``7th meeting of the X Joint Committee``,
``13th X Joint Cooperation Committee meeting``)."""


class GatheringData:
    """The gathering lexicon: head words, start words that never begin a name, known names and aliases."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.heads: tuple[str, ...] = tuple(raw["heads"])
        self.lowercase_heads: tuple[str, ...] = tuple(raw["lowercase_heads"])
        self.stop_starts: frozenset[str] = frozenset(raw["stop_starts"])
        known: dict[str, str] = {}
        for entry in raw["known"]:
            known[entry["name"]] = entry["name"]
            for alias in entry["aliases"]:
                known[alias] = entry["name"]
        self.known: dict[str, str] = known
        """Every known name and alias → the full name of the gathering."""


@functools.cache
def gathering_data() -> GatheringData:
    """Load the gathering lexicon (once)."""
    path = resources.files("bri_corpus.extractors.summit").joinpath("data/gatherings.json")
    return GatheringData(json.loads(path.read_text(encoding="utf-8")))


def _words(words: tuple[str, ...] | list[str]) -> str:
    """Return a pattern matching any of ``words`` (a space in one matches any run of spaces), longest first."""
    return literal_alternation(words, space=r"\s+")


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
"""Month names: ``Press Conference on September 10`` is dated, not named, by what follows ``on``."""


@functools.cache
def gathering_pattern() -> regex.Pattern[str]:
    """Return the pattern whose group ``name`` is a gathering name (its edition included, ``the`` left out)."""
    data = gathering_data()
    capword = r"(?:(?:St|Mt|Ft)\.|[A-Z][\w&']*(?:-[\w&']+)*|\d{4})"
    connector = r"(?:and|of|for|on|the|&|de)"
    capseq = rf"{capword}(?:\s+(?:{connector}\s+)*{capword})*"
    # Before a head word a name joins its words by one "and", "of", "of the", "&", "on" or "de", never "for" or a
    # bare "the": "in San Francisco for the APEC ... Week", "the X Summit and the Y Meeting" are not one name.
    # The one "for" taken is the ministerial formula "Ministers Responsible for Trade Meeting" (APEC, ASEAN,
    # Commonwealth): after "Responsible" it joins the portfolio to the name.
    head_capseq = rf"{capword}(?:\s+(?:(?:of\s+the|and|of|on|&|de|(?<=Responsible\s)for)\s+)?{capword})*"
    heads = _words(data.heads)
    lower_heads = _words(data.lowercase_heads)
    known = _words(list(data.known))
    edition = rf"(?:(?:{_ORDINALS}|(?:19|20)\d{{2}})\s+)"
    bodies = rf"(?:{'|'.join(_BODIES)})\b"
    # Every alternative starts with a capital, a digit, an ordinal word or a known name: a
    # look-ahead on that first character makes the many word starts where none can begin fail at once.
    first_characters = {"A-Z", r"\d"} | {w[0] for w in _ORDINALS.split("|") if w[0].isalpha()}
    first_characters |= {regex.escape(w[0]) for w in (*data.known, *data.heads) if w}
    first = "".join(sorted(first_characters))
    pattern = rf"""
    (?<![\w&'-])
    (?=[{first}])
    (?P<name>
      {edition}?
      (?:
          (?P<known>{known})(?![\w-])                              # a known name or alias
          (?:\s+(?:[A-Z][a-z]+\s+){{0,2}}(?:{heads})\b           #   its session: Annual Conference
            |(?<=(?<![\w-])[A-Z][A-Z0-9]+)\s+summit\b)?              #   an acronym's summit: FOCAC summit
        | (?P<generic>{head_capseq})\s+(?:{heads})\b             # Capitalised Words + Head
          (?:\s+(?:for|on|of)\s+(?:the\s+)?(?!{_MONTHS}\b){capseq})?  #   for / on / of + more names, not a date
        | (?P<acronym>[A-Z][A-Z0-9+]{{1,}}|[A-Z][a-z]+-[A-Z][\w]*(?:\s[A-Z][a-z]+)?)\s+(?:{lower_heads})\b
        | (?:{heads})\s+(?:on|for|of)\s+(?:the\s+)?{capseq}       # Head first: Conference on ..., Summit of ...
        | Expo\s+(?:19|20)\d{{2}}(?![\w-])                        # a world expo named by its year: Expo 2027
        | Expo(?:\s+(?!{_MONTHS}\b)[A-Z][\w&']*(?:-[\w&']+)*){{1,3}}\s+(?:19|20)\d{{2}}(?![\w-])
                                                                  # a trade fair: Expo Ferroviaria Andina 2027
        | (?:{_ORDINALS})\s+(?:meeting|session|plenary\s+session)\s+of\s+the\s+{capseq}\s+{bodies}
          (?:\s+(?:for|on|of)\s+(?:the\s+)?{capseq}(?:,\s+{capseq})*)?  # 7th meeting of the X Joint Committee
        | (?:{_ORDINALS})\s+{capseq}\s+{bodies}\s+(?:meeting|session)\b  # 13th X Joint Committee meeting
      )
      (?:\s+(?:19|20)\d{{2}}\b)?                                   # Expo 2020
    )
    (?![\w-])
    """
    return regex.compile(pattern, regex.VERBOSE)


def _cue_words() -> set[str]:
    """Return the words every gathering name holds: head words, ``meeting of the``, known names' last words."""
    data = gathering_data()
    head_words = {w.split()[-1] for w in data.heads} | set(data.lowercase_heads)
    words = set(head_words) | {"meeting of the", "session of the"}  # a body's numbered session
    # X Committee meeting ("Sub-Committee meeting" is found from "Committee meeting": a cue word without a hyphen
    # keeps the prefilter a plain literal scan).
    words |= {f"{body} {sitting}" for body in _BODIES if body.isalnum() for sitting in ("meeting", "session")}
    for name in data.known:
        if not head_words & set(name.split()):
            words.add(name.split()[-1])  # FOCAC, CIIE, Summer Davos
    return words


@functools.cache
def gathering_cue() -> regex.Pattern[str]:
    """Return a cheap pattern for the words every gathering name holds (a head word or a known name).

    The full pattern is slow on long text, so it only runs on the sentences this one finds.
    """
    return regex.compile(rf"\b(?:{_words(sorted(_cue_words()))})\b")


@functools.cache
def _cue_prefilter() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """Return how to find where a cue word may start: a pattern of the first words of cues that do not start
    with a lower-case letter, and the first words of those that do (looked up with ``str.find``).

    Scanning a text with :func:`gathering_cue` tries a trie of words at every position.  A stdlib ``re``
    pattern that starts with a literal (``Summit``, ``Forum``, ``FOCAC`` ...) skips in C to the characters
    that can start it, mostly capitals; the few lower-case words (``summit``, ``forum``) are found with
    ``str.find``.  Both only give candidates, which :func:`gathering_cue` then confirms.
    """
    first_words = {word.split()[0] for word in _cue_words()}
    # A word that starts with another listed one ("summits", "summit") needs no look-up of its own.
    lower = tuple(
        sorted(w for w in first_words if w[0].islower() and not any(w != o and w.startswith(o) for o in first_words))
    )
    others = sorted(w for w in first_words if not w[0].islower())
    body = _words(others) if others else "(?!)"  # a trie of literal words: valid for ``re`` as well
    # A match hides no candidate when every word is made of word characters only (none starts inside one).
    candidates = re.compile(body if all(w.isalnum() for w in others) else f"(?=(?:{body}))")
    return candidates, lower


def find_cues(text: str) -> list[regex.Match[str]]:
    """Return the matches of :func:`gathering_cue` in ``text``, as ``gathering_cue().finditer`` gives them.

    The pattern is tried only where a cue word may start (see :func:`_cue_prefilter`), in text order, and
    past the end of the last match, which is what ``finditer`` does at every position.
    """
    candidates, lower_words = _cue_prefilter()
    starts = [match.start() for match in candidates.finditer(text)]
    for word in lower_words:
        index = text.find(word)
        while index >= 0:
            starts.append(index)
            index = text.find(word, index + 1)
    starts.sort()
    cue = gathering_cue()
    found: list[regex.Match[str]] = []
    done = 0
    for start in starts:
        if start < done:
            continue
        match = cue.match(text, start)
        if match is not None:
            found.append(match)
            done = match.end()
    return found
