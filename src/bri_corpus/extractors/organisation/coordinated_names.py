"""One-word names coordinated with a known company: ``signed by Sonatrach, Asmidal and Manal with ...``.

A list of single capitalised words joined by commas and ``and`` that holds a company or bank of the gazetteer
(a one-word name, ``Sonatrach``) lists its peers: the unknown words of the list are companies too.  The list
must be a real coordination inside a sentence:

* it holds ``and``, and every item is one word (a longer name stops the list: it is read on its own);
* the word before the list is lower-case (``by``, ``with``, ``between``), and the word after it too or a
  punctuation mark follows, so that a Title Case headline (``Sonatrach, Asmidal And Manal Sign ...``) or a
  sentence's first word never counts;
* an unknown item is no place, demonym, title, month or common word (``Sonatrach, Algeria and China``:
  places; ``Sonatrach, Chairman and ...``: no list of firms).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from . import lexicon as lx
from .gazetteer import OrganisationGazetteer
from .patterns import TOKEN
from .places import is_country_or_demonym, is_known_place, is_place_word
from .shapes import Candidate

__all__ = ["coordinated_names"]

_PEER_TYPES = frozenset({"company", "bank"})
"""Gazetteer types whose one-word names list their peers: firms and lenders (not a news agency's credit)."""

_LIST = regex.compile(
    r"(?<=(?<![\p{L}\p{N}'.-])\p{Ll}+ )"
    r"(?:\p{Lu}[\p{Ll}\p{Lu}]+(?:'(?!s\b)\p{Ll}+|-\p{Lu}?\p{Ll}+)?(?:, and |, | and ))+"
    r"\p{Lu}[\p{Ll}\p{Lu}]+(?:'(?!s\b)\p{Ll}+|-\p{Lu}?\p{Ll}+)?"
    r"(?=[,.;:)] | \p{Ll}|[.;:]?$|\.\n)",
    regex.MULTILINE,
)
"""A list of one-word capitalised items between a lower-case word and a lower-case word or a punctuation mark."""

_ITEM = regex.compile(r"[^ ,]+")
_MONTHS_AND_DAYS = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


def _is_peer(word: str) -> bool:
    """Whether an unknown list item may be a firm's name (not a place, title, month or common word)."""
    return not (
        word in lx.SENTENCE_STARTERS
        or word in lx.TITLES
        or word in lx.GENERIC_WORDS
        or word in lx.ACRONYM_STOP
        or word in _MONTHS_AND_DAYS
        or is_place_word(word)
        or is_known_place(word)
        or is_country_or_demonym(word)
    )


def coordinated_names(text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer) -> list[Candidate]:
    """The unknown one-word items of lists that hold a one-word company of the gazetteer (module docstring)."""
    anchors = [
        c
        for c in candidates
        if c.entry is not None and c.entry.type in _PEER_TYPES and " " not in c.surface and c.end - c.start > 2
    ]
    if not anchors:
        return []
    found: list[Candidate] = []
    covered = {(c.start, c.end): c for c in candidates}
    seen: set[int] = set()
    for anchor in anchors:
        window_start = max(0, anchor.start - 120)
        window_end = min(len(text), anchor.end + 120)
        if " and " not in text[window_start:window_end]:
            continue
        match = _LIST.search(text, window_start, window_end)
        while match is not None and match.end() < anchor.start:
            match = _LIST.search(text, match.end(), window_end)
        if match is None or match.start() > anchor.start or match.start() in seen or " and " not in match.group():
            continue
        seen.add(match.start())
        items = [(m.start(), m.end()) for m in _ITEM.finditer(text, match.start(), match.end()) if m.group() != "and"]
        unknown = [
            (start, end)
            for start, end in items
            if (start, end) not in covered and not any(c.start < end and start < c.end for c in candidates)
        ]
        if not unknown or len(unknown) == len(items) or not all(_is_peer(text[s:e]) for s, e in unknown):
            continue
        for start, end in unknown:
            word = text[start:end]
            words = tuple(m.group() for m in TOKEN.finditer(word))
            found.append(
                Candidate(start=start, end=end, surface=word, form=word, entry=gazetteer.lookup(word), words=words)
            )
    return found
