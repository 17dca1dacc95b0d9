"""Find the atoms of :data:`.patterns.DATE_ATOM` in a text fast, trying the pattern only where one can start.

The result is the same as ``DATE_ATOM.finditer(text)`` (leftmost matches, no
overlaps, the first alternative that matches at a position) as long as every
atom starts at a candidate: a core, a prefix word before a core, or a word
start within reach before a lower-case keyword (see the comment above
:data:`.patterns.CAPITALISED_CORE`).  The patterns are written so that atoms
in ordinary prose do, and a property test checks it.  Known gaps, kept as
they are: a date word that ends a longer capitalised word (``May-June``,
``Friday's``) is no core, and the words of a keyword window do not start after
a hyphen or an apostrophe (``mid-first-quarter``).

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
from collections.abc import Iterable, Iterator

import attrs
import regex

from .patterns import (
    ATOM_PATTERNS,
    CAPITALISED_CORE,
    CAPITALISED_HIT,
    DIGIT_CORE,
    DIGIT_HIT,
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


@attrs.frozen
class _Chain:
    """The alternatives that may start at a character, from some alternative on, ready to be tried in order.

    ``entries`` joins their entries (:func:`.patterns.atom_entries`); ``alternatives`` holds each one's rule
    name and pattern; ``after[offset]`` is the chain of the alternatives after the ``offset``-th (1-based),
    built when first needed, or ``None`` when there are none.
    """

    entries: re.Pattern[str]
    alternatives: tuple[tuple[str, regex.Pattern[str]], ...]
    indices: tuple[int, ...]
    after: dict[int, _Chain | None] = attrs.field(factory=dict, eq=False)

    def rest(self, offset: int) -> _Chain | None:
        """Return the chain of the alternatives after the ``offset``-th (1-based)."""
        if offset not in self.after:
            self.after[offset] = _chain(self.indices[offset:])
        return self.after[offset]


@functools.cache
def _chain(indices: tuple[int, ...]) -> _Chain | None:
    """Return the chain of the alternatives at ``indices`` (in pattern order), one per set of indices."""
    if not indices:
        return None
    alternatives = tuple((f"alt_{ATOM_PATTERNS[index][0]}", ATOM_PATTERNS[index][2]) for index in indices)
    return _Chain(entries=atom_entries(indices), alternatives=alternatives, indices=indices)


@functools.lru_cache(maxsize=1024)  # bounded: keyword windows start words in any script
def _starting_with(character: str) -> _Chain | None:
    """Return the chain of the alternatives whose first character can be ``character``."""
    return _chain(tuple(index for index, (_, first, _) in enumerate(ATOM_PATTERNS) if first.fullmatch(character)))


def _atom_at(text: str, position: int) -> tuple[str, regex.Match[str]] | None:
    """Return ``(rule, match)`` for the first alternative that matches at ``position``, if any.

    Only the alternatives that can start with the character at hand are
    considered, as in :data:`.patterns.DATE_ATOM`, and of those only the ones
    whose entry matches are tried: one match of their joined entries tells
    the first such alternative, and after a failed one the entries of those
    after it are tested again.
    """
    chain = _starting_with(text[position])
    while chain is not None:
        entry = chain.entries.match(text, position)
        if entry is None:
            return None
        offset = entry.lastindex or 1
        rule, pattern = chain.alternatives[offset - 1]
        match = pattern.match(text, position)
        if match is not None and match.end() > position:
            return rule, match
        chain = chain.rest(offset)
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
    hits.extend(_keyword_starts(text))
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
