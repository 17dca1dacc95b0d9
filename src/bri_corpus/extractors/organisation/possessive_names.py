"""Gazetteer names that hold a possessive ``'s``: ``Moody's``, ``Standard & Poor's``, ``Moody's Investors Service``.

The chunk scan reads ``'s`` as a possessive that ends a word (``Kazakhstan's Embassy``), so a name whose own
word ends in ``'s`` is never whole to it.  The gazetteer's few such names are looked for by ``str.find`` and
claimed as whole words; a name that opens with a place's possessive (``China's Foreign Ministry``) is left to
the scan, which reads it as the place's body.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from . import lexicon as lx
from .candidates import Candidate
from .gazetteer import OrganisationGazetteer
from .places import is_known_place

__all__ = ["possessive_gazetteer_names"]


@functools.lru_cache(maxsize=8)
def _possessive_surfaces(gazetteer: OrganisationGazetteer) -> tuple[str, ...]:
    """The gazetteer's surface forms with a word ending in ``'s`` (not ``People's``, which the scan reads whole,
    nor a place's possessive), longest first so that ``Moody's Investors Service`` wins over ``Moody's``."""
    surfaces = []
    for surface in gazetteer.by_surface:
        if "'s" not in surface or "People's" in surface:
            continue
        owner = surface[: surface.index("'s")].rsplit(" ", 1)[-1]
        if is_known_place(owner):
            continue
        surfaces.append(surface)
    return tuple(sorted(surfaces, key=len, reverse=True))


def possessive_gazetteer_names(
    text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer
) -> list[Candidate]:
    """Whole-word mentions of the gazetteer names that hold ``'s`` (see the module docstring)."""
    if "'s" not in text:
        return []
    found: list[Candidate] = []
    size = len(text)
    for surface in _possessive_surfaces(gazetteer):
        position = text.find(surface)
        while position >= 0:
            end = position + len(surface)
            before = text[position - 1] if position else " "
            after = text[end] if end < size else " "
            if (
                not (before.isalnum() or before in "'&-")
                and not (after.isalnum() or after in "'&-")
                and not any(f.start < end and position < f.end for f in found)
            ):
                words = tuple(w for w in surface.split(" ") if w not in lx.CONNECTORS)
                entry = gazetteer.by_surface[surface]
                found.append(Candidate(position, end, surface, surface, entry, words))
            position = text.find(surface, end)
    return found
