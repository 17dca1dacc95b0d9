"""Find the atoms of :data:`.patterns.DATE_ATOM` in a text fast, trying the pattern only where one can start.

The result is the same as ``DATE_ATOM.finditer(text)`` (leftmost matches, no
overlaps, the first alternative that matches at a position) as long as every
atom starts at a candidate: a core, a prefix word before a core, or a word
start within reach before a lower-case keyword (see the comment above
:data:`.patterns.CAPITALISED_CORE`).  The patterns are written so that atoms
in ordinary prose do, and a property test checks it.  Known gaps, kept as
they are: a date word that ends a longer capitalised word (``May-June``)
is no core (a weekday's possessive before a space, ``Friday's vote``, is),
and the words of a keyword window do not start after a hyphen or an
apostrophe (``mid-first-quarter``).

Where the time goes, and how it is kept low (news text has a number or a
capitalised word every few words, and a date every few hundred characters):

* the cores are found by two patterns whose first characters are digits or
  capitals only, and the capitalised one matches date words alone, so Python
  sees only the few capitalised words that are date words;
* digit cores are kept only where a digit-led entry may follow (:data:`.patterns.DIGIT_HIT`), and the few
  frequent capitalised words that only start holidays only before their holiday (:data:`.patterns.CAPITALISED_HIT`):
  that halves the candidates (:func:`hit_starts`; :func:`find_atoms_at_candidates` is the reference);
* at a candidate, one match of the joined *entries* (cheap prefixes of the
  alternatives, stdlib ``re``) rules most places out and names the first
  alternative that may match; the alternatives themselves (``regex``, the
  costly part) are tried only where their entry matches.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable, Iterator

import attrs
import regex

from .patterns import (
    ATOM_PATTERNS,
    CAPITALISED_CORE,
    CAPITALISED_HIT,
    DIGIT_CORE,
    DIGIT_HIT,
    ENTRIES,
    ENTRY_PATTERNS,
    INSIDE_CAPITALISED_WORD,
    KEYWORD_REACH,
    KEYWORDS,
    PREFIX_BEFORE,
    PREFIX_ENDS_AT,
    PREFIX_REACH,
    WORD_START,
    atom_entries,
)

__all__ = ["candidate_starts", "find_atoms", "hit_starts"]

_WORD_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'-")
"""The characters of a capitalised word after its capital (see :data:`.patterns.CAPITALISED_CORE`)."""


def _core_starts(text: str) -> list[int]:
    """Return the positions of the cores: first digits of numbers, capitalised date words, quarter and half codes."""
    digits = [core.start() for core in DIGIT_CORE.finditer(text)]
    if not text.isascii():  # a digit that str.isdigit does not know (newer Unicode in ``regex``) is no core
        digits = [position for position in digits if text[position].isdigit()]
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


_RULES: tuple[str, ...] = tuple(f"alt_{name}" for name, _, _ in ATOM_PATTERNS)
"""The rule name of each alternative, in pattern order."""

_PATTERNS: tuple[regex.Pattern[str], ...] = tuple(pattern for _, _, pattern in ATOM_PATTERNS)
"""Each alternative's pattern, in pattern order."""


def _alternatives_for(character: str) -> frozenset[int]:
    """Return the indices of the alternatives whose first character can be ``character``."""
    return frozenset(index for index, (_, first, _) in enumerate(ATOM_PATTERNS) if first.fullmatch(character))


def _entry_classes() -> tuple[tuple[int, ...], ...]:
    """Return the alternatives of each class of first characters, in pattern order, the smallest classes first.

    Four classes: the lower-case letters that start only the alternatives every lower-case letter starts
    (most words in the windows before a keyword: ``in``, ``of``, ``company``), the other lower-case letters, the
    digits (non-ASCII characters, which only a digit-led alternative may start, are read as digits), the
    capitals.  The joined entries of a class (:func:`.patterns.atom_entries`) are a fixed set of four
    patterns compiled once, at import: the alternatives of one character would need some 30 patterns.
    """
    lower = [_alternatives_for(character) for character in string.ascii_lowercase]
    common = frozenset.intersection(*lower)
    classes = (
        common,
        frozenset().union(*(alternatives for alternatives in lower if alternatives != common)),
        frozenset().union(*(_alternatives_for(character) for character in string.digits)),
        frozenset().union(*(_alternatives_for(character) for character in string.ascii_uppercase)),
    )
    return tuple(tuple(sorted(alternatives)) for alternatives in sorted(classes, key=len))


_CLASS_ENTRIES: tuple[tuple[tuple[int, ...], re.Pattern[str]], ...] = tuple(
    (alternatives, atom_entries(alternatives)) for alternatives in _entry_classes()
)
"""Each class of first characters: its alternatives and their joined entries (see :func:`_entry_classes`)."""


@attrs.frozen
class _Dispatch:
    """What to try at a character: the joined entries of its class, the class's alternatives (one group each,
    in order) and those of them that may start with the character itself (sorted)."""

    entries: re.Pattern[str]
    alternatives: tuple[int, ...]
    allowed: tuple[int, ...]


@functools.lru_cache(maxsize=1024)  # bounded: keyword windows start words in any script
def _dispatch(character: str) -> _Dispatch | None:
    """Return what to try where an atom may start with ``character``, or ``None`` when no alternative can."""
    allowed = _alternatives_for(character)
    if not allowed:
        return None
    for alternatives, entries in _CLASS_ENTRIES:
        if allowed <= set(alternatives):
            return _Dispatch(entries=entries, alternatives=alternatives, allowed=tuple(sorted(allowed)))
    every = tuple(range(len(ATOM_PATTERNS)))
    return _Dispatch(entries=ENTRIES, alternatives=every, allowed=tuple(sorted(allowed)))


def _atom_at(text: str, position: int) -> tuple[str, regex.Match[str]] | None:
    """Return ``(rule, match)`` for the first alternative that matches at ``position``, if any.

    Only the alternatives that can start with the character at hand are
    considered, as in :data:`.patterns.DATE_ATOM`, and of those only the ones
    whose entry matches are tried.  One match of the joined entries of the
    character's class rules most places out and names the first alternative
    whose entry matches (none before it can match there); after it, each
    remaining alternative's own entry (:data:`.patterns.ENTRY_PATTERNS`) is
    tested before its pattern.  No pattern is built while scanning.
    """
    dispatch = _dispatch(text[position])
    if dispatch is None:
        return None
    entry = dispatch.entries.match(text, position)
    if entry is None:
        return None
    first = dispatch.alternatives[(entry.lastindex or 1) - 1]
    for index in dispatch.allowed:
        if index < first or (index > first and ENTRY_PATTERNS[index].match(text, position) is None):
            continue
        match = _PATTERNS[index].match(text, position)
        if match is not None and match.end() > position:
            return _RULES[index], match
    return None


def _prefix_start(text: str, core: int) -> int | None:
    """Return where the prefix word before the core at ``core`` starts (``the end of``, ``mid-``), if one does."""
    prefix = PREFIX_BEFORE.search(text, max(0, core - PREFIX_REACH), core)
    return None if prefix is None else prefix.start()


def _digit_hits(text: str, exact: bool, hits: list[int]) -> None:
    """Add the digit cores where a digit-led entry matches, and the starts of the prefix words before them."""
    for hit in DIGIT_HIT.finditer(text):
        position = hit.start()
        if exact and not (text[position].isdigit() and DIGIT_CORE.match(text, position)):
            continue
        hits.append(position)
        if position and text[position - 1] in " -" and PREFIX_ENDS_AT.match(text, position):
            prefix = _prefix_start(text, position)
            if prefix is not None:
                hits.append(prefix)


def _capital_hits(text: str, hits: list[int]) -> None:
    """Add the capitalised cores (see :data:`.patterns.CAPITALISED_HIT`) and the prefix words before them."""
    for hit in CAPITALISED_HIT.finditer(text):
        position = hit.start()
        if position:
            before = text[position - 1]
            # not the end of a longer capitalised word ("ThisMay", "Mid-May")
            if before in _WORD_CHARACTERS and INSIDE_CAPITALISED_WORD.match(text, position):
                continue
            if before in " -" and PREFIX_ENDS_AT.match(text, position):
                prefix = _prefix_start(text, position)
                if prefix is not None:
                    hits.append(prefix)
        hits.append(position)


_DAY_KEYWORDS = tuple(keyword for keyword in KEYWORDS if keyword.endswith("day"))
"""The keywords ending with ``day`` (``same day``, ``esterday``, ``oday``): found with one pass for ``day``."""

_AFTER_DAY_KEYWORDS = tuple(
    keyword for keyword in KEYWORDS if keyword.startswith("day") and not keyword.endswith("day")
)
"""The keywords starting with ``day`` (``day before``, ``days earlier``): found in the same pass for ``day``."""

_OTHER_KEYWORDS = tuple(
    keyword for keyword in KEYWORDS if not keyword.endswith("day") and keyword not in _AFTER_DAY_KEYWORDS
)


def _keyword_positions(text: str) -> Iterator[int]:
    """Yield where each keyword occurs, as :func:`_keyword_starts` finds them (no keyword overlaps itself).

    One ``str.find`` pass per keyword costs a pass over the whole text each; the keywords ending with ``day``
    or starting with it share one pass for ``day`` (rare in news text), each occurrence checked for the words
    before and after it.
    """
    for keyword in _OTHER_KEYWORDS:
        position = text.find(keyword)
        while position >= 0:
            yield position
            position = text.find(keyword, position + len(keyword))
    position = text.find("day")
    while position >= 0:
        end = position + len("day")
        for keyword in _DAY_KEYWORDS:
            start = end - len(keyword)
            if start >= 0 and text.startswith(keyword, start):
                yield start
        for keyword in _AFTER_DAY_KEYWORDS:
            if text.startswith(keyword, position):
                yield position
        position = text.find("day", end)


def _keyword_hits(text: str) -> Iterator[int]:
    """Yield the word starts within reach before each keyword (:func:`_keyword_starts`, found faster)."""
    for keyword_start in _keyword_positions(text):
        for word in WORD_START.finditer(text, max(0, keyword_start - KEYWORD_REACH), keyword_start + 1):
            yield word.start()


def hit_starts(text: str) -> list[int]:
    """Return, sorted, the candidate starts (:func:`candidate_starts`) where an entry may match.

    Every candidate start where an alternative matches is among them (the hit patterns are supersets, checked
    exactly where the text is not ASCII): the digit cores are kept only where a digit-led entry may match, and
    ``Chinese``, ``International`` and ``New`` only before their holiday (half the candidates in news text).
    """
    exact = not text.isascii()
    hits: list[int] = []
    _digit_hits(text, exact, hits)
    _capital_hits(text, hits)
    hits.extend(_keyword_hits(text))
    return sorted(set(hits))


def find_atoms(text: str) -> Iterator[tuple[str, regex.Match[str]]]:
    """Yield ``(rule, match)`` for the date atoms of ``text`` in order, leftmost first, never overlapping.

    ``rule`` names the alternative (``alt_iso``, ``alt_md``, ...).  Trying the
    alternatives one by one at the hit starts, after a cheap test of
    their entries, is much faster than trying the joined :data:`.patterns.DATE_ATOM`
    everywhere; the result is the same as trying them at every candidate start.
    """
    return _atoms_from(text, hit_starts(text))


def find_atoms_at_candidates(text: str) -> Iterator[tuple[str, regex.Match[str]]]:
    """The reference for :func:`find_atoms`: the alternatives tried at every candidate start (slower)."""
    return _atoms_from(text, candidate_starts(text))


def _atoms_from(text: str, starts: Iterable[int]) -> Iterator[tuple[str, regex.Match[str]]]:
    """Yield the atoms found at ``starts`` (in order), skipping starts inside the previous atom."""
    reached = 0
    for position in starts:
        if position < reached:
            continue
        atom = _atom_at(text, position)
        if atom is not None:
            reached = atom[1].end()
            yield atom
