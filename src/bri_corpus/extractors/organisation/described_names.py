"""One-word names that an appositive after them describes as a company or a bank: ``Banobras, the national
development bank,``, ``Uzavtosanoat, a state-owned carmaker.``.

A single capitalised word that no other mention covers, opening its run (not the end of a longer capitalised
run), is a name when it is followed by ``, the`` / ``, a`` / ``, an``, at most three modifiers and a noun
that names a company (:data:`DESCRIPTION_NOUNS`), the noun ending the phrase (a comma, a full stop, ``that``,
``which``, ``of``, ``in``, ``and``).  ``Wang, the bank's chairman`` (a possessive) and ``Mombasa, the port
city`` (no company noun; a place anyway) are not names.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from . import lexicon as lx
from .candidates import Candidate
from .gazetteer import OrganisationGazetteer
from .patterns import TOKEN
from .places import is_known_place, is_place_word

__all__ = ["DESCRIPTION_NOUNS", "described_names"]

DESCRIPTION_NOUNS = (
    "bank", "lender", "company", "firm", "group", "conglomerate", "operator", "carrier", "developer",
    "contractor", "builder", "producer", "manufacturer", "maker", "carmaker", "automaker", "steelmaker",
    "miner", "refiner", "utility", "insurer", "fund", "holding", "association", "agency", "regulator",
    "broadcaster", "airline", "shipowner", "shipbuilder", "exporter", "subsidiary", "affiliate", "state firm",
)  # fmt: skip
"""Nouns that say what a company or a public financial body is, in an appositive after its name."""

_DESCRIPTION = regex.compile(
    r", (?:the|a|an) (?:[\p{Ll}-]+ ){0,3}(?:" + "|".join(DESCRIPTION_NOUNS) + r")"
    r"(?=[,.;:]| (?:that|which|of|in|and|for|with|owned|controlled|based)\b)"
)
"""The appositive after a name, from its comma: ``, the national development bank,``."""

_NAME_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'-])\p{Lu}[\p{Ll}\p{N}]+(?:-\p{Lu}?[\p{Ll}\p{N}]+)?$")
"""The one capitalised word right before the comma."""

_KEYS = (", the ", ", a ", ", an ")


def _opens_run(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens its run of capitalised words (``from Banobras``, not ``New
    Banobras``); a sentence's first word is too ambiguous to name a company alone."""
    if start < 2 or text[start - 1] != " ":
        return False
    before = text[max(0, start - 30) : start - 1].rsplit(" ", 1)[-1]
    return bool(before) and before[0].islower() and before[-1] not in ".!?:"


def described_names(text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer) -> list[Candidate]:
    """The one-word names an appositive describes as companies (see the module docstring)."""
    found: list[Candidate] = []
    covered = {(c.start, c.end) for c in candidates}
    for key in _KEYS:
        position = text.find(key)
        while position > 0:
            # quick test first: one capitalised word of lower-case letters ends right before the comma
            word_start = text.rfind(" ", max(0, position - 40), position) + 1
            if (
                0 < word_start < position - 2
                and text[word_start].isupper()
                and text[word_start + 1 : position].islower()
                and _DESCRIPTION.match(text, position) is not None
            ):
                name = _NAME_BEFORE.search(text, word_start, position)
                if name is not None:
                    start, end = name.span()
                    word = name.group()
                    if (
                        _opens_run(text, start)
                        and word not in lx.SENTENCE_STARTERS
                        and word not in lx.TITLES
                        and word not in lx.GENERIC_WORDS
                        and not is_place_word(word)
                        and not is_known_place(word)
                        and not any(c.start < end and start < c.end for c in candidates)
                        and (start, end) not in covered
                    ):
                        words = tuple(m.group() for m in TOKEN.finditer(word))
                        found.append(
                            Candidate(
                                start=start, end=end, surface=word, form=word, entry=gazetteer.lookup(word), words=words
                            )
                        )
                        covered.add((start, end))
            position = text.find(key, position + 2)
    return found
