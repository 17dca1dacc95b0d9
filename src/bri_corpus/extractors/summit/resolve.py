"""Pure functions that turn gathering mentions into canonical names.

Within one document every mention of a gathering carries one name: the fullest
form the document gives it (``Belt and Road Forum`` → ``third Belt and Road
Forum for International Cooperation`` when the document names the third
edition in full), with no expansion from world knowledge.  Acronyms link to a
full name when the document spells that name out (``CIIE`` ↔ ``China
International Import Expo``) or when the lexicon lists the alias and the full
name is present.  Editions (``third``, ``2023``) are kept: two editions of one
series in a document stay two gatherings.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

import regex

__all__ = ["canonical_names", "core_key", "initials", "split_edition"]

_EDITION = regex.compile(
    r"^(?P<edition>(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\d{1,3}(?:st|nd|rd|th)"
    r"|(?:19|20)\d{2}))\s+(?P<core>.+)$",
    regex.IGNORECASE,
)
_FUNCTION_WORDS = frozenset({"and", "of", "for", "on", "the", "&", "de"})

# "APEC summit", "G20 summit": an organisation's acronym and a lower-case gathering word.
_ACRONYM_SUMMIT = regex.compile(r"^(?P<acronym>[A-Z][A-Z0-9]+) (?:summit|meeting)$")
# The names of leaders' gatherings ("APEC Economic Leaders' Week", "G20 Leaders' Summit") that "X summit" stands for.
_LEADERS = regex.compile(r"\b(?:Leaders'?|Heads of (?:State|Government))(?![\w'])")


def split_edition(name: str) -> tuple[str, str]:
    """Split ``third Belt and Road Forum`` into (``third``, ``Belt and Road Forum``); edition may be ``""``."""
    match = _EDITION.match(name)
    if match is None:
        return "", name
    return match.group("edition"), match.group("core")


def core_key(core: str) -> str:
    """Return the comparison key of a name without its edition: lower case, single spaces."""
    return " ".join(core.lower().split())


_WORD_SEPARATORS = regex.compile(r"[\s-]+")


@functools.lru_cache(maxsize=4096)
def initials(core: str) -> frozenset[str]:
    """Return the acronyms a full name may go by: ``Forum on China-Africa Cooperation`` → ``FOCAC``, ``FCAC``."""
    words = _WORD_SEPARATORS.split(core)
    with_all = "".join(w[0] for w in words if w).upper()
    content = "".join(w[0] for w in words if w and w.lower() not in _FUNCTION_WORDS).upper()
    return frozenset({with_all, content})


def canonical_names(surfaces: Sequence[str], known: Mapping[str, str]) -> dict[str, str]:
    """Map every surface form in one document to its canonical name there.

    The canonical name is the longest form (edition left aside) among the forms
    naming the same gathering, led by the edition: the form's own, or the one
    edition the document gives that gathering (none when it names several).

    Args:
        surfaces: the mentions' names (``the`` already left out), in document order.
        known: lexicon alias or name → full name.

    Returns:
        surface → canonical name.
    """
    forms = list(dict.fromkeys(surfaces))
    parsed = {form: split_edition(form) for form in forms}
    result: dict[str, str] = {}
    for form in forms:
        edition, core = parsed[form]
        related = [form, *_related(form, core, forms, parsed, known)]
        if not edition:
            editions = {parsed[f][0].lower(): parsed[f][0] for f in related if parsed[f][0]}
            if len(editions) == 1:
                edition = next(iter(editions.values()))
        fullest = max(
            (parsed[f][1] for f in related if not parsed[f][0] or parsed[f][0].lower() == edition.lower()),
            key=len,
        )
        result[form] = f"{edition} {fullest}" if edition else fullest
    return result


def _related(
    form: str, core: str, forms: Sequence[str], parsed: Mapping[str, tuple[str, str]], known: Mapping[str, str]
) -> list[str]:
    """Return the other forms in the document that name the same gathering as ``form``."""
    key = core_key(core)
    full = known.get(core)
    out: list[str] = [*_leaders_gathering_links(form, core, forms, parsed)]
    for other in forms:
        if other == form:
            continue
        other_core = parsed[other][1]
        other_key = core_key(other_core)
        if (
            other_key.startswith(key + " ")
            or key.startswith(other_key + " ")
            or other_key == key
            or core in initials(other_core)
            or other_core in initials(core)
            or (full is not None and (known.get(other_core) == full or other_core == full))
        ) and other not in out:
            out.append(other)
    return out


def _leaders_gathering_links(
    form: str, core: str, forms: Sequence[str], parsed: Mapping[str, tuple[str, str]]
) -> list[str]:
    """Link ``APEC summit`` and the one leaders' gathering of that organisation the document names in full.

    ``APEC summit`` ↔ ``APEC Economic Leaders' Week``, ``G20 summit`` ↔ ``G20 Leaders' Summit``: only when
    the document names exactly one gathering led by the acronym whose name says it is the leaders' (a
    ``CEO Summit`` or a ministers' meeting is another gathering).
    """

    def leaders_forms(acronym: str) -> list[str]:
        return [
            f
            for f in forms
            if parsed[f][1].startswith(acronym + " ")
            and _ACRONYM_SUMMIT.match(parsed[f][1]) is None
            and _LEADERS.search(parsed[f][1])
        ]

    short = _ACRONYM_SUMMIT.match(core)
    if short is not None:
        linked = leaders_forms(short["acronym"])
        return linked if len({core_key(parsed[f][1]) for f in linked}) == 1 else []
    acronym = core.split(" ", 1)[0]
    if not _LEADERS.search(core) or len({core_key(parsed[f][1]) for f in leaders_forms(acronym)}) != 1:
        return []
    return [f for f in forms if f != form and (m := _ACRONYM_SUMMIT.match(parsed[f][1])) and m["acronym"] == acronym]
