"""A news outlet's code in a dateline's brackets, linked to the outlet the page names: ``DJIBOUTI CITY (HOL) -``
under the masthead ``Hiiraan Online``.

Wire stories open with the place in capitals and the agency's code in brackets (``ASTANA (KT) -``,
``NAIROBI (KNA) -``).  The code is an organisation mention; it stands for the outlet the page names in its first
line (the masthead) or a news outlet of the gazetteer, when its letters fit that name: the code opens with the
name's first letter, holds every word's initial in order and spells a subsequence of the name's letters
(``HOL`` ~ ``Hiiraan OnLine``).  A code that fits no such name stays a name of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from .patterns import CAPS_DATELINE
from .shapes import Candidate

__all__ = ["dateline_code_aliases", "fits_outlet"]

_NEWS_TYPES = frozenset({"news"})


def fits_outlet(code: str, words: Sequence[str]) -> bool:
    """Whether the letters of ``code`` abbreviate the name of ``words`` (module docstring)."""
    letters = "".join(words).lower()
    initials = [w[0].lower() for w in words if w[:1].isupper()]
    code = code.lower()
    if not code or not letters.startswith(code[0]) or len(initials) < 2:
        return False
    position = 0
    for char in code:
        position = letters.find(char, position) + 1
        if position == 0:
            return False
    remaining = iter(code)
    return all(any(char == initial for char in remaining) for initial in initials)


def dateline_code_aliases(text: str, candidates: Sequence[Candidate]) -> list[tuple[int, int, bool]]:
    """Aliases ``(outlet, code, True)`` for a dateline's bracketed agency code (module docstring)."""
    if "(" not in text[:2000]:
        return []
    first_line_end = text.find("\n")
    outlets = [
        i
        for i, c in enumerate(candidates)
        if len(c.words) >= 2 and (c.end <= first_line_end or c.entry is not None and c.entry.type in _NEWS_TYPES)
    ]
    if not outlets:
        return []
    by_start = {c.start: i for i, c in enumerate(candidates)}
    aliases = []
    for match in CAPS_DATELINE.finditer(text, 0, 2000):
        bracket = text.find("(", match.end("places"), match.end("places") + 2)
        code = by_start.get(bracket + 1) if bracket >= 0 else None
        if code is None or text[candidates[code].end : candidates[code].end + 1] != ")":
            continue
        fitting = [i for i in outlets if fits_outlet(candidates[code].surface, candidates[i].words)]
        if len(fitting) == 1:
            aliases.append((fitting[0], code, True))
    return aliases
