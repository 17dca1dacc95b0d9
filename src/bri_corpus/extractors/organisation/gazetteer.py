"""The organisation gazetteer: organisations that recur in Belt and Road reporting, read from data files.

The gazetteer is data, not code: ``data/organisations.json`` (format described in
this folder's README) lists each organisation once with a stable ``id``, its
canonical ``name``, other full names (``aliases``) and short forms
(``acronyms``).  A plugin author or analyst adds organisations by writing a file
of the same format and passing it to :func:`load_gazetteer` (a hook for that
could be added to ``hookspecs.py`` later).

Lookups are exact and case-sensitive on the surface form (``MAN`` the company is
not ``man`` the noun), after folding spaces and the ``Co.,Ltd.`` punctuation
variants; an all-capitals spelling of a listed name also matches.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType

import attrs
import regex

from .patterns import TOKEN

__all__ = [
    "DEFAULT_PATH",
    "GazetteerEntry",
    "OrganisationGazetteer",
    "default_gazetteer",
    "load_gazetteer",
    "lookup_key",
]

DEFAULT_PATH = Path(__file__).parent / "data" / "organisations.json"
"""The built-in gazetteer file."""

FORMAT = "bri-corpus-organisations"
"""The ``format`` field every gazetteer file carries."""

_SPACES = regex.compile(r"\s+")
_LEGAL_PUNCT = regex.compile(r"\s*([.,])\s*")


def lookup_key(surface: str) -> str:
    """Return the key a surface form is looked up by: spaces folded, ``Co.,Ltd.`` / ``Co., Ltd.`` made one.

    >>> lookup_key("China  Machinery Co.,Ltd.")
    'China Machinery Co., Ltd.'
    """
    text = _SPACES.sub(" ", surface.strip())
    return _LEGAL_PUNCT.sub(lambda m: m.group(1) + " ", text).replace(". ,", ".,").strip()


@attrs.frozen(kw_only=True)
class GazetteerEntry:
    """One organisation of the gazetteer.

    Attributes:
        id: the stable key shared across documents (a slug).
        name: the canonical full name.
        aliases: other full names (former names, translations, spellings).
        acronyms: short forms (``CRRC``, ``AIIB``).
        type: ``company``, ``bank``, ``fund``, ``igo``, ``ministry``, ``agency``, ``news``, ``university``, ...
        country: ISO 3166-1 alpha-2 code of its home country, if it has one.
    """

    id: str = attrs.field(validator=attrs.validators.matches_re(r"[a-z0-9][a-z0-9-]*"))
    name: str = attrs.field(validator=attrs.validators.min_len(1))
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    type: str = "organisation"
    country: str | None = None

    def surfaces(self) -> tuple[str, ...]:
        """Return every surface form the entry is known by: name, aliases and acronyms."""
        return (self.name, *self.aliases, *self.acronyms)


@attrs.frozen(kw_only=True, eq=False)
class OrganisationGazetteer:
    """Entries by id, and every surface form by its :func:`lookup_key`.

    Attributes:
        entries: id → entry.
        by_surface: lookup key → entry.
        max_words: the largest number of words in a surface form (bounds n-gram lookups).
        first_words: the first word of every surface form (a fast pre-check before n-gram lookups).
    """

    entries: Mapping[str, GazetteerEntry]
    by_surface: Mapping[str, GazetteerEntry]
    max_words: int
    first_words: frozenset[str]

    def lookup(self, surface: str) -> GazetteerEntry | None:
        """Return the entry known by ``surface`` (exact, case-sensitive after :func:`lookup_key`), if any."""
        return self.by_surface.get(lookup_key(surface))

    def __len__(self) -> int:
        return len(self.entries)


def _read_entries(path: Path) -> list[GazetteerEntry]:
    """Read one gazetteer file; errors name the file and the entry."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f'{path}: not an organisation gazetteer (expected "format": {FORMAT!r})')
    entries = []
    for number, item in enumerate(data.get("organisations", [])):
        try:
            entries.append(
                GazetteerEntry(
                    id=item["id"],
                    name=item["name"],
                    aliases=tuple(item.get("aliases", ())),
                    acronyms=tuple(item.get("acronyms", ())),
                    type=item.get("type", "organisation"),
                    country=item.get("country"),
                )
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"{path}: organisation #{number}: {type(error).__name__}: {error}") from None
    return entries


_CLOSING_FORM = regex.compile(r"(?<= (?:Co\.|Company|Corporation|Corp\.|Group))(?:,? Ltd\.?|,? Limited)$")


def _without_closing_form(key: str) -> tuple[str, ...]:
    """The forms of a registered name that news writes without its closing legal form.

    ``LONGi Green Energy Technology Co., Ltd.`` is often printed ``LONGi Green Energy Technology Co.``,
    ``X Corporation Limited`` as ``X Corporation``.  Only a name ending in a company word
    and ``Ltd.``/``Limited`` is cut, so that what is left is still a company's name.

    >>> _without_closing_form("LONGi Green Energy Technology Co., Ltd.")
    ('LONGi Green Energy Technology Co.',)
    """
    match = _CLOSING_FORM.search(key)
    if match is None:
        return ()
    cut = key[: match.start()]
    return (cut,)


_AFTER_HYPHEN = regex.compile(r"(?<=\p{L}-)\p{L}(?=\p{Ll})")


def _hyphen_case_variants(key: str) -> tuple[str, ...]:
    """The spellings of a name that differ only in the case of the words after its hyphens.

    Companies and newsrooms write the same name ``Gotion High-Tech`` and ``Gotion High-tech``, ``Hi-Tech`` and
    ``Hi-tech``; the first letter of each word and acronyms stay as listed.

    >>> _hyphen_case_variants("Gotion High-Tech Co., Ltd.")
    ('Gotion High-tech Co., Ltd.',)
    """
    lower = _AFTER_HYPHEN.sub(lambda m: m.group().lower(), key)
    upper = _AFTER_HYPHEN.sub(lambda m: m.group().upper(), key)
    return tuple(v for v in dict.fromkeys((lower, upper)) if v != key)


def load_gazetteer(extra_paths: Iterable[str | Path] = (), *, include_default: bool = True) -> OrganisationGazetteer:
    """Load the built-in gazetteer and any extra files of the same format.

    Later files win: an entry whose ``id`` is already known replaces the earlier
    one, and a surface form listed twice points at the later entry.

    Args:
        extra_paths: more gazetteer files (``{"format": "bri-corpus-organisations", "organisations": [...]}``).
        include_default: also read the built-in ``data/organisations.json`` (first).

    Raises:
        ValueError: naming the file and the entry, when a file is not a valid gazetteer.
    """
    paths = [DEFAULT_PATH] if include_default else []
    paths.extend(Path(p) for p in extra_paths)
    entries: dict[str, GazetteerEntry] = {}
    for path in paths:
        for entry in _read_entries(path):
            entries[entry.id] = entry
    by_surface: dict[str, GazetteerEntry] = {}
    max_words = 1
    for entry in entries.values():
        for surface in entry.surfaces():
            key = lookup_key(surface)
            by_surface[key] = entry
            upper = key.upper()
            by_surface.setdefault(upper, entry)
            max_words = max(max_words, len(key.split()))
    for entry in entries.values():
        for surface in (entry.name, *entry.aliases):
            for variant in _without_closing_form(lookup_key(surface)):
                by_surface.setdefault(variant, entry)  # never in place of a name some entry lists itself
        for surface in entry.surfaces():
            for variant in _hyphen_case_variants(lookup_key(surface)):
                by_surface.setdefault(variant, entry)
    first_words = frozenset(match.group() for key in by_surface if (match := TOKEN.match(key)) is not None)
    return OrganisationGazetteer(
        entries=MappingProxyType(entries),
        by_surface=MappingProxyType(by_surface),
        max_words=max_words,
        first_words=first_words,
    )


@functools.cache
def default_gazetteer() -> OrganisationGazetteer:
    """Return the built-in gazetteer, loaded once."""
    return load_gazetteer()
