"""News outlets whose names are also common words, found only where the text credits them with a report.

``Dawn``, ``The Star``, ``The Standard`` and ``The Reporter`` are newspapers, but the same words open sentences
and other names (``Dawn raids``, ``The Standard Gauge Railway``), so the gazetteer cannot list them.  Here such a
name (``data/credited_outlets.json``) is an organisation only in a credit: after ``told``, ``according to``,
``published in``, ``in an interview with``, ``reported by``, ``quoted by``, ``cited by``, ``writing in``, or
before ``reported``, ``has learnt``, ``reports``, ``quoted``, ``wrote`` or ``, citing``; never when a capitalised
word continues the name (``The Economist Intelligence Unit``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from pathlib import Path

from .gazetteer import OrganisationGazetteer
from .shapes import Candidate

__all__ = ["credited_outlets"]

DATA_PATH = Path(__file__).parent / "data" / "credited_outlets.json"

_CUES_BEFORE = (
    "told ",
    "according to ",
    "published in ",
    "interview with ",
    "reported by ",
    "quoted by ",
    "cited by ",
    "writing in ",
    "wrote in ",
    "told reporters from ",
)
"""What ends right before a credited outlet's name (``officials told Dawn``)."""

_CUES_AFTER = (
    " reported",
    " has learnt",
    " has learned",
    " learnt",
    " learned",
    " reports",
    " quoted",
    " wrote",
    ", citing",
    " newspaper",
    " daily reported",
    " cited",
)
"""What follows a credited outlet's name (``The Reporter has learnt``); the word after a cue must end there."""


@functools.cache
def _outlets_by_first_words() -> dict[str, dict[str, tuple[str, ...]]]:
    """The outlet names of the data file by their first word (with its space when more follow: ``"The "``),
    then by their second word (``""`` for a one-word name), longest first: one ``str.find`` per first word scans
    a text, and a dictionary lookup tells which names may start at a hit."""
    data = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    grouped: dict[str, dict[str, list[str]]] = {}
    for name in sorted(set(data["outlets"]), key=len, reverse=True):
        first, _, rest = name.partition(" ")
        key = first + " " if rest else first
        grouped.setdefault(key, {}).setdefault(rest.split(" ", 1)[0], []).append(name)
    return {key: {second: tuple(names) for second, names in by_second.items()} for key, by_second in grouped.items()}


def _credited(text: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` stands in a credit (see the module docstring)."""
    after = text[end : end + 16]
    if after[:1].isalnum() or (after[:1] == " " and after[1:2].isupper()):
        return False  # a longer name or word ("The Standard Gauge Railway", "Dawnlight")
    if start and text[start - 1].isalnum():
        return False
    for cue in _CUES_AFTER:
        if after.startswith(cue) and not after[len(cue) : len(cue) + 1].isalpha():
            return True
    window = text[max(0, start - 24) : start].lower()  # "Published in Dawn, March 4th, 2024"
    return window.endswith(_CUES_BEFORE)


def credited_outlets(text: str, candidates: Sequence[Candidate], gazetteer: OrganisationGazetteer) -> list[Candidate]:
    """The mentions of the outlets of ``data/credited_outlets.json`` that ``text`` credits with a report (each
    mention in a credit of its own); none that another mention already covers."""
    found: list[Candidate] = []
    for first, by_second in _outlets_by_first_words().items():
        position = text.find(first)
        while position >= 0:
            after_first = position + len(first)
            if first[-1] == " ":
                space = text.find(" ", after_first, after_first + 30)
                second = text[after_first : space if space > 0 else after_first + 30].rstrip(".,;:)'\n")
                names = by_second.get(second, ())
            else:
                names = by_second[""]
            name = next((n for n in names if text.startswith(n, position)), None) if names else None
            if name is None:
                position = text.find(first, position + 1)
                continue
            end = position + len(name)
            if _credited(text, position, end) and not any(
                c.start < end and position < c.end for c in (*candidates, *found)
            ):
                words = tuple(w for w in name.split(" ") if w)
                found.append(
                    Candidate(
                        start=position, end=end, surface=name, form=name, entry=gazetteer.lookup(name), words=words
                    )
                )
            position = text.find(first, end)
    return found
