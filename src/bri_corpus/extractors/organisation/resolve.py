"""Link the mentions of one document into organisations and give each its canonical name.

Pure functions over :class:`~.candidates.Candidate` lists.  Two mentions are one
organisation when

* they share their *core*, the name without legal form and group words
  (``WEGO Group`` ~ ``WEGO Ltd`` ~ ``WEGO``; ``Astana Automobile Factory`` ~ ``Astana Automobile``);
* one is the acronym of the other (``CMC`` ~ ``China Machinery Co., Ltd.``);
* one is the other with its first word cut to an initial (``K Group`` ~ ``Kalyon Group``);
* the text defines one as the other (``... Co., Ltd. (Sinotruk)``, ``also known as``,
  ``changed its name to``);
* the gazetteer gives both the same id.

The canonical name is the fullest form among the current names: a former name
(``formerly``, ``also known as``, the old side of ``changed its name to``) and a
form ending in ``Factory``/``Plant`` give way to another form when there is one.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from . import lexicon as lx
from .candidates import Candidate
from .gazetteer import GazetteerEntry
from .places import is_known_place, is_place_word

__all__ = ["Organisation", "core_of", "initials_of", "link", "syllabic_acronym_of"]


def core_of(words: Sequence[str]) -> tuple[str, ...]:
    """Return the words of a name without trailing legal forms and group words.

    >>> core_of(("China", "National", "Heavy", "Duty", "Truck", "Group", "Co", "Ltd"))
    ('China', 'National', 'Heavy', 'Duty', 'Truck')
    """
    end = len(words)
    while end > 1 and words[end - 1] in lx.STRIPPABLE_SUFFIXES:
        end -= 1
    return tuple(words[:end])


@functools.lru_cache(maxsize=1 << 14)
def _initials(words: tuple[str, ...]) -> frozenset[str]:
    """:func:`initials_of`, cached: the names of news recur."""
    return frozenset(initials_of(words))


def initials_of(words: Sequence[str]) -> set[str]:
    """Return the acronyms a name may be shortened to: initials with and without its legal forms.

    >>> sorted(initials_of(("China", "Machinery", "Co", "Ltd")))
    ['CM', 'CMC', 'CMCL']
    """
    content = [w for w in words if w not in lx.CONNECTORS]
    variants = {tuple(content), tuple(core_of(content))}
    trimmed = list(content)
    while trimmed and trimmed[-1] in ("Ltd", "Limited", "Inc", "LLC", "LLP", "JSC", "PLC", "LTD"):
        trimmed.pop()
    variants.add(tuple(trimmed))
    out = set()
    for variant in variants:
        if len(variant) >= 2:
            out.add("".join(w[0].upper() for w in variant if w))
    return out


_ELISION = ("d'", "l'", "D'", "L'")


def syllabic_acronym_of(acronym: str, words: Sequence[str]) -> bool:
    """Whether a mixed-case short form is built from the leading letters of a name's words, in order.

    News agencies and state companies shorten their names by syllables, not only by initials:
    ``BelTA`` ~ ``Belarusian Telegraph Agency`` (Bel + T + A), ``CI-Energies`` ~ ``Cote d'Ivoire Energies``
    (C + I + Energies), ``PetroVietnam``-style forms.  Each capital (or each part after a hyphen) opens a
    new word; every content word of the name gives one non-empty prefix; an elided article (``d'``) is skipped.

    >>> syllabic_acronym_of("BelTA", ("Belarusian", "Telegraph", "Agency"))
    True
    >>> syllabic_acronym_of("BelTA", ("Belarus", "Trade", "Association", "Group"))
    False
    """
    content = _syllabic_content(tuple(words))
    if content is None:
        return False
    segments = _syllabic_segments(acronym)
    if len(segments) != len(content):
        return False
    return all(word.startswith(segment) for segment, word in zip(segments, content, strict=True))


@functools.lru_cache(maxsize=1 << 12)
def _syllabic_segments(acronym: str) -> tuple[str, ...]:
    """The segments of a short form, in lower case: a capital and the lower-case letters after it, or a
    hyphenated part (``BelTA`` -> ``bel``, ``t``, ``a``); worked out once per short form, not per name tried."""
    segments: list[str] = []
    for part in acronym.split("-"):
        current = ""
        for char in part:
            if char.isupper() and current and not current[-1].isupper() or char.isupper() and current.isupper():
                segments.append(current.lower())
                current = char
            else:
                current += char
        if current:
            segments.append(current.lower())
    return tuple(segments)


@functools.lru_cache(maxsize=1 << 14)
def _syllabic_content(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The content words of a name in lower case, elided articles cut (``d'Ivoire`` -> ``ivoire``), or ``None``
    when the name has fewer than two or more than six: what :func:`syllabic_acronym_of` compares a short form with."""
    content = [w[2:] if w.startswith(_ELISION) else w for w in words if w not in lx.CONNECTORS]
    if len(content) < 2 or len(content) > 6:
        return None
    return tuple(word.lower() for word in content)


class Organisation(NamedTuple):
    """One organisation of a document: its mentions (indices into the candidate list), name and id.

    A named tuple: documents have many organisations, and they are made and read once.
    """

    mentions: tuple[int, ...]
    name: str
    id: str | None


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@functools.lru_cache(maxsize=1 << 14)
def _linkable_core(core: tuple[str, ...]) -> bool:
    """A core can link short forms unless it is a lone place (``Astana``, ``Abu Dhabi``) or a generic word."""
    name = " ".join(core)
    if is_known_place(name):
        return False
    if len(core) != 1:
        return True
    word = core[0]
    return not is_place_word(word) and word not in lx.GENERIC_WORDS and word not in lx.SENTENCE_STARTERS


_TERMINAL_LEGAL_FORMS = frozenset(
    {
        "Ltd",
        "LTD",
        "Limited",
        "LIMITED",
        "Inc",
        "INC",
        "Incorporated",
        "LLC",
        "LLP",
        "PLC",
        "Plc",
        "JSC",
        "AG",
        "GmbH",
        "Kft",
        "Zrt",
        "Nyrt",
        "Pte",
        "Bhd",
        "Berhad",
        "BERHAD",
    }
)
"""Legal forms that close a full registered name (``... Co., Ltd.``, ``... Corporation Limited``)."""

_COMPANY_WORDS = {
    "Co": "Company",
    "CO": "Company",
    "COMPANY": "Company",
    "Corp": "Corporation",
    "CORP": "Corporation",
    "CORPORATION": "Corporation",
    "GROUP": "Group",
    "HOLDING": "Holding",
    "Holdings": "Holding",
}


def _legal_tail(words: Sequence[str]) -> frozenset[str]:
    """The distinctive words of a full registered name's legal tail: ``Group Co., Ltd.`` -> {Group}.

    ``Co``/``Company`` and the closing form (``Ltd``) say nothing about which company of a group is meant.
    """
    tail = []
    end = len(words)
    while end > 1 and words[end - 1] in lx.STRIPPABLE_SUFFIXES:
        end -= 1
        tail.append(_COMPANY_WORDS.get(words[end], words[end]))
    return frozenset(tail) - {"Company"} - _TERMINAL_LEGAL_FORMS


def _different_legal_entities(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two full registered names of one core whose legal tails differ name two companies of a group:
    ``China Railway Construction Group Co., Ltd.`` (the parent group) is not ``China Railway Construction
    Corporation Limited`` (the listed company); ``WEGO Group Co., Ltd.`` and ``WEGO Group Ltd`` are one."""
    if a[-1] not in _TERMINAL_LEGAL_FORMS or b[-1] not in _TERMINAL_LEGAL_FORMS:
        return False
    return _legal_tail(a) != _legal_tail(b)


def link(
    candidates: Sequence[Candidate],
    aliases: Iterable[tuple[int, int, bool]] = (),
) -> list[Organisation]:
    """Group the mentions of one document into organisations.

    Args:
        candidates: the mentions, in any order.
        aliases: definitions ``(a, b, b_is_former)``: mention ``b`` names the same organisation as ``a``;
            ``b_is_former`` when ``b`` is an old or secondary name (``a`` is when it is false and a rename).

    Returns:
        The organisations, each with the indices of its mentions.
    """
    n = len(candidates)
    uf = _UnionFind(n)
    former: set[int] = set()
    by_core: dict[tuple[str, ...], int] = {}
    by_form: dict[str, int] = {}
    by_id: dict[str, int] = {}
    distinct: list[int] = []  # one mention per form: the rules below only compare forms
    for index, candidate in enumerate(candidates):
        form_key = candidate.form.lower()
        if form_key in by_form:
            uf.union(by_form[form_key], index)
            continue
        by_form[form_key] = index
        distinct.append(index)
        core = core_of(candidate.words)
        if _linkable_core(core):
            if core in by_core:
                if not _different_legal_entities(candidates[by_core[core]].words, candidate.words):
                    uf.union(by_core[core], index)
            else:
                by_core[core] = index
        if candidate.entry is not None:
            if candidate.entry.id in by_id:
                uf.union(by_id[candidate.entry.id], index)
            else:
                by_id[candidate.entry.id] = index
    # Acronyms and initials.  Only the names that some one-word mention (an acronym) or initialled mention
    # (``K Group``) may stand for are indexed: nothing else is ever looked up.
    acronyms = {candidates[i].words[0] for i in distinct if len(candidates[i].words) == 1}
    initialled = {
        candidates[i].words for i in distinct if len(candidates[i].words) >= 2 and len(candidates[i].words[0]) == 1
    }
    acronym_of: dict[str, list[int]] = {}
    initial_of: dict[tuple[str, ...], list[int]] = {}
    for index in distinct:
        words = candidates[index].words
        if len(words) >= 2:
            if acronyms:
                for initials in _initials(words):
                    if initials in acronyms:
                        acronym_of.setdefault(initials, []).append(index)
            if initialled and len(words[0]) > 1:
                key = (words[0][0], *words[1:])
                if key in initialled:
                    initial_of.setdefault(key, []).append(index)
    for index in distinct:
        words = candidates[index].words
        if len(words) == 1 and words[0] in acronym_of:
            targets = {uf.find(t) for t in acronym_of[words[0]]}
            if len(targets) == 1:
                uf.union(targets.pop(), index)
        if len(words) >= 2 and len(words[0]) == 1 and words in initial_of:
            targets = {uf.find(t) for t in initial_of[words]}
            if len(targets) == 1:
                uf.union(targets.pop(), index)
    # Mixed-case short forms (``BelTA``, ``CI-Energies``) that no initials matched: by syllables, when one
    # name of the document fits.  Only the rare documents with such a mention pay for the scan.
    for index in distinct:
        words = candidates[index].words
        if (
            len(words) != 1
            or words[0] in acronym_of
            or words[0].isupper()
            or not any(c.isupper() for c in words[0][1:])
        ):
            continue
        fits = {
            uf.find(t)
            for t in distinct
            if len(candidates[t].words) >= 2 and syllabic_acronym_of(words[0], candidates[t].words)
        }
        if len(fits) == 1:
            uf.union(fits.pop(), index)
    if by_id:
        _link_home_stripped_forms(candidates, distinct, by_id, uf)
    for a, b, b_is_former in aliases:
        uf.union(a, b)
        former.add(b if b_is_former else a)

    groups: dict[int, list[int]] = {}
    parent = uf.parent
    for index in range(n):
        root = index if parent[index] == index else uf.find(index)  # most mentions are their own root
        groups.setdefault(root, []).append(index)
    organisations = []
    for members in groups.values():
        if len(members) == 1:
            # Most organisations are named once: their one mention's form and entry (what the rules below give).
            candidate = candidates[members[0]]
            entry = candidate.entry
            name, id_ = candidate.form, None if entry is None else entry.id
        else:
            name, id_ = _canonical(candidates, members, former), _id(candidates, members)
        organisations.append(Organisation(mentions=tuple(members), name=name, id=id_))
    return organisations


@functools.lru_cache(maxsize=1 << 10)
def _home_stripped_forms(entry: GazetteerEntry) -> frozenset[str]:
    """The entry's names without the home country that news drops once the context gives it, in lower case:
    ``China Exim Bank`` -> ``exim bank``, ``Exim Bank of China`` -> ``exim bank``.  Two words at least."""
    forms = set()
    for surface in (entry.name, *entry.aliases):
        words = surface.split(" ")
        if len(words) >= 3 and is_place_word(words[0]):
            forms.add(" ".join(words[1:]).lower())
        if len(words) >= 4 and words[-2] == "of" and is_place_word(words[-1]):
            forms.add(" ".join(words[:-2]).lower())
    return frozenset(forms)


def _link_home_stripped_forms(
    candidates: Sequence[Candidate], distinct: Sequence[int], by_id: dict[str, int], uf: _UnionFind
) -> None:
    """Link a mention the gazetteer does not know to the one organisation of the document whose known name it
    is without its country: ``Exim Bank`` in a story that names the ``Export-Import Bank of China`` (a
    ``China Exim Bank`` without ``China``).  Never across two such organisations."""
    owners: dict[str, set[int]] = {}
    for index in by_id.values():
        entry = candidates[index].entry
        if entry is not None:
            for form in _home_stripped_forms(entry):
                owners.setdefault(form, set()).add(index)
    if not owners:
        return
    for index in distinct:
        candidate = candidates[index]
        if candidate.entry is None and len(candidate.words) >= 2:
            form = candidate.form.lower()
            found = owners.get(form)
            if found is None or len(found) != 1:
                continue
            owner = next(iter(found))
            rivals = (
                candidates[other].form.lower()
                for other in distinct
                if other != index and candidates[other].entry is None
            )
            if any(r.startswith(form + " ") or r.endswith(" " + form) for r in rivals):
                continue  # "Exim Bank of India" beside the "China Exim Bank": which one is meant is not told
            uf.union(owner, index)


def _canonical(candidates: Sequence[Candidate], members: Sequence[int], former: set[int]) -> str:
    """The fullest current form: former names and ``... Factory`` forms give way when others exist."""
    pool = [m for m in members if m not in former] or list(members)
    plain = [m for m in pool if candidates[m].words[-1] not in ("Factory", "Plant")]
    pool = plain or pool
    best = max(pool, key=lambda m: (len(candidates[m].form), -candidates[m].start))
    return candidates[best].form


def _id(candidates: Sequence[Candidate], members: Sequence[int]) -> str | None:
    for m in sorted(members, key=lambda m: candidates[m].start):
        entry = candidates[m].entry
        if entry is not None:
            return entry.id
    return None
