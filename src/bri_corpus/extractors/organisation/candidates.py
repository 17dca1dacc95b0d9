"""Find organisation mentions inside chunks of capitalised words, by the shape of their names.

A name is found by its evidence, never by capitalisation alone:

* a gazetteer name (``Silk Road Fund``, ``Huawei``), matched on whole words;
* a head word or legal form with the words before it (``Chinese Foreign Ministry``,
  ``Hope Investment Development Company``, ``China Machinery Co., Ltd.``), and an
  ``of`` complement after it (``Ministry of Health of Kazakhstan``);
* an acronym (``SCO``, ``CETC``) or a CamelCase brand (``UzAuto``) that is not a unit,
  currency or common abbreviation.

Chunks are cut at persons' titles (``SCO Secretary-General Vladimir Norov``), at
``and`` between two names, and, in Title Case headlines, at verbs and prepositions.
Words that open a sentence (``The``) are dropped from the front of a name.
Short forms that repeat a name found here (``Allur`` after ``Allur Group``) are
found afterwards, by :mod:`.extract`.

This module scans a text chunk by chunk and skips, by quick tests, the chunks that hold no name (places
in capitals, datelines, handles, tickers); :mod:`.chunk_analysis` finds the names in a chunk, with the
word tests of :mod:`.shapes`, on the line kinds of :mod:`.line_kinds`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from . import lexicon as lx
from .chunk_analysis import chunk_names, chunk_names_alone, word_names, word_names_on_any_line
from .gazetteer import OrganisationGazetteer
from .line_kinds import LineFlags
from .patterns import CHUNK
from .places import country_of_demonym, is_known_place, is_major_place
from .shapes import Candidate, Token

__all__ = ["Candidate", "Scan", "Token", "scan_text"]

_INTERESTING = (
    lx.STRONG_HEADS
    | lx.WEAK_HEADS
    | lx.UNIT_HEADS
    | lx.LEGAL_SUFFIXES
    | lx.EMBASSY_HEADS
    | lx.INTERNATIONAL_SUFFIXES
    | frozenset({"Committee"})
    | frozenset(lx.FACILITY_OPERATOR_HEADS)
)


@attrs.frozen(kw_only=True)
class Scan:
    """What a text scan found: the mentions by name shape and gazetteer."""

    candidates: tuple[Candidate, ...]


def _is_dateline(text: str, start: int, end: int) -> bool:
    """True for a word in capitals that opens a line and is followed by a comma: a dateline's place.

    A dateline goes on with a date or a country (``ASTANA, March 3``, ``ALMATY, Kazakhstan``);
    ``CMOC, which ...`` is a company opening a sentence.
    """
    if not ((start == 0 or text[start - 1] == "\n") and text.startswith(",", end)):
        return False
    following = text[end + 1 : end + 3].lstrip()
    return not following or following[0].isupper() or following[0].isdigit()


@functools.lru_cache(maxsize=1 << 14)
def _is_place_in_capitals(word: str, gazetteer: OrganisationGazetteer) -> bool:
    """True for a place in capitals (``KAZAKHSTAN``, ``ASTANA``), unless it names an organisation (``STEYR``).

    Only a country, a region or a big city counts in its title-case form: small towns share
    their names with acronyms (``Ica``, ``Osh``).
    """
    return gazetteer.lookup(word) is None and (is_known_place(word) or is_major_place(word.title()))


@functools.lru_cache(maxsize=8)
def _interesting_words(gazetteer: OrganisationGazetteer) -> frozenset[str]:
    """The words that make a chunk worth analysing: head words, legal forms, first words of gazetteer names."""
    return _INTERESTING | gazetteer.first_words


def _promising(words: Sequence[str], interesting: frozenset[str]) -> bool:
    """Quick test: does any word of a chunk head a name, start a gazetteer name or look like an acronym?"""
    for word in words:
        if word in interesting or (len(word) > 1 and not word[1:].islower()):
            return True
    return False


def _possessive_country(chunk_text: str, end: int) -> tuple[int, int, str] | None:
    """The longest country name ending a chunk before ``'s``: ``South Korea's Embassy``, ``Kazakhstan's Embassy``.

    Returns its span (the chunk ends at ``end``) and the country's name, or ``None``.
    """
    words = chunk_text.split(" ")
    for size in range(min(3, len(words)), 0, -1):
        owner = " ".join(words[-size:])
        country = country_of_demonym(owner)
        if country is not None:
            return end - len(owner), end, country
    return None


_HANDLE_OR_TICKER = regex.compile(r".?@|\d\.")
"""What stands right before a word that is a handle (``@Name``) or a stock code's exchange (``603993.SS``).
Only tried where one of the two characters before the word is ``@`` or the last is ``.``: most words are not."""


def scan_text(text: str, gazetteer: OrganisationGazetteer) -> Scan:
    """Scan normalised ``text`` for organisation mentions by name shape and gazetteer."""
    line_flags = LineFlags(text)
    interesting = _interesting_words(gazetteer)
    found: list[Candidate] = []
    startswith = text.startswith
    current: regex.Match[str] | None = None
    for chunk in CHUNK.finditer(text):
        previous, current = current, chunk  # the chunk before may own this one ("Kazakhstan's Embassy")
        chunk_text = chunk[0]
        one_word = " " not in chunk_text
        if one_word:  # most chunks: _promising inlined, and no split
            if chunk_text not in interesting and (len(chunk_text) < 2 or chunk_text[1:].islower()):
                continue
            words = [chunk_text]
        else:
            words = chunk_text.split(" ")
            if not _promising(words, interesting):
                continue
        start, end = chunk.span()
        possessor = None
        if words[0] in lx.EMBASSY_HEADS and previous is not None:
            previous_end = previous.end()
            if previous_end + 3 == start and startswith("'s ", previous_end):
                possessor = _possessive_country(previous[0], previous_end)
        if (
            one_word
            and chunk_text.isupper()
            and (_is_dateline(text, start, end) or _is_place_in_capitals(chunk_text, gazetteer))
        ):
            continue  # "ASTANA, March 3 (Xinhua) --", "KAZAKHSTAN": places in capitals
        if (
            one_word
            and start
            and (text[start - 1] in "@." or text.startswith("@", start - 2))
            and _HANDLE_OR_TICKER.match(text, max(0, start - 2), start)
        ):
            continue  # "@TrendNewsAgency" (a social-media handle), "603993.SS" (an exchange's suffix)
        if one_word and "." not in chunk_text and "," not in chunk_text and possessor is None:
            # Most one-word chunks name the same whatever their line (see word_names_on_any_line).
            full_stop = startswith(".", end)
            names = word_names_on_any_line(chunk_text, full_stop, gazetteer)
            if names is None:
                flag = line_flags.at(start)
                names = word_names(chunk_text, full_stop, flag == 1, flag == 2, gazetteer)
            for name in names:
                found.append(Candidate(start, start + name.end, name.surface, name.form, name.entry, name.words))
            continue
        flag = line_flags.at(start)
        # "Kazakhstan's Embassy" → Embassy of Kazakhstan, one span over the possessive.
        if possessor is not None and words[0] in lx.EMBASSY_HEADS:
            head_end = start + len(words[0])
            found.append(
                Candidate(
                    start=possessor[0],
                    end=head_end,
                    surface=text[possessor[0] : head_end],
                    form=f"Embassy of {possessor[2]}",
                    entry=None,
                    words=(possessor[2], words[0]),
                )
            )
            start = head_end + 1
            if start >= end:
                continue
        elif "." not in chunk_text and "," not in chunk_text:
            if one_word:
                for name in word_names(chunk_text, text.startswith(".", end), flag == 1, flag == 2, gazetteer):
                    found.append(Candidate(start, start + name.end, name.surface, name.form, name.entry, name.words))
                continue
        # The chunk and the character after it, or if the analysis asks, the start of what follows it (the
        # word after ``HBIS Serbia``: see shapes.names_subsidiary).
        names = chunk_names_alone(text[start : end + 1], end - start, flag == 1, flag == 2, gazetteer)
        if names is None:
            names = chunk_names(text[start : end + 24], end - start, flag == 1, flag == 2, gazetteer)
        for name in names:
            found.append(
                Candidate(name.start + start, name.end + start, name.surface, name.form, name.entry, name.words)
            )
    return Scan(candidates=tuple(found))
