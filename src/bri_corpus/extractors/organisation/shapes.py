"""The words of a chunk and what their shapes tell, for :mod:`.chunk_analysis`.

:class:`Token` (a word of a chunk, with its offsets) and :class:`Candidate` (a mention found), the
tokenisation of a chunk (:func:`raw_tokens`), and the tests of one word or of a token and its
neighbours that the chunk analysis asks: acronym or brand shape, place words, a subsidiary's
``<acronym> <country>``, a brand's division, a facility's operator, a local government.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import NamedTuple

import regex

from . import lexicon as lx
from .gazetteer import GazetteerEntry
from .patterns import TOKEN
from .places import (
    is_country,
    is_known_place,
    is_major_place,
    is_place_word,
)

__all__ = [
    "Candidate",
    "Token",
    "brand_shaped",
    "is_acronym",
    "is_brand",
    "is_governing_board",
    "local_government",
    "may_hold_multiword_place",
    "names_brand_division",
    "name_continuation_end",
    "names_place",
    "names_subsidiary",
    "opens_personal_name",
    "operates_facility",
    "proper_word",
    "raw_tokens",
    "title_heads_body",
]

_ACRONYM = regex.compile(r"[A-Z][A-Z&]*[A-Z](?:-[A-Z]+)?")


_CAMEL = regex.compile(r"(?!Mc|Mac|De|Le|La|Di|Van|Von)[A-Z]\p{Ll}+[A-Z]\p{L}*")


class Token(NamedTuple):
    """A word of a chunk with its offsets in the normalised text; ``entry`` for a gazetteer name.

    ``connector`` is true for ``of``, ``and``, ``&`` ... between the words of a name (never for a
    gazetteer name): worked out once, when the token is made, because the analysis asks it often.
    """

    start: int
    end: int
    text: str
    entry: GazetteerEntry | None = None
    connector: bool = False

    @property
    def is_connector(self) -> bool:
        """True for ``of``, ``and``, ``&`` ... between the words of a name."""
        return self.connector


_new_token: Callable[[tuple[int, int, str, GazetteerEntry | None, bool]], Token] = functools.partial(
    tuple.__new__, Token
)
"""``Token(*fields)`` without the Python-level ``__new__`` of a named tuple: tokens are made by the thousand."""


class Candidate(NamedTuple):
    """An organisation mention found by its name's shape.

    Attributes:
        start: normalised start offset.
        end: normalised end offset (legal-form full stop included).
        surface: the normalised text of the span.
        form: the name this mention gives the organisation (``Embassy of Kazakhstan`` for
            ``Kazakhstan's Embassy``); usually the surface.
        entry: the gazetteer entry the mention names, when known.
        words: the words of the span.
    """

    start: int
    end: int
    surface: str
    form: str
    entry: GazetteerEntry | None
    words: tuple[str, ...]


@functools.lru_cache(maxsize=1 << 15)
def is_acronym(word: str) -> bool:
    """True for a word in capitals that may be an organisation's acronym (``SCO``, ``CETC``; not ``GDP``)."""
    return len(word) >= 2 and word not in lx.ACRONYM_STOP and _ACRONYM.fullmatch(word) is not None


@functools.lru_cache(maxsize=1 << 15)
def brand_shaped(word: str) -> bool:
    """True for an acronym or a CamelCase brand (``UzAuto``) that is not a common abbreviation."""
    return is_acronym(word) or (_CAMEL.fullmatch(word) is not None and word not in lx.ACRONYM_STOP)


def is_brand(token: Token, *, caps_line: bool) -> bool:
    """True for a word that names an organisation by itself: gazetteer name, acronym, CamelCase brand."""
    if token.entry is not None:
        return True
    if caps_line:
        return False
    return brand_shaped(token.text)


def raw_tokens(text: str, length: int) -> list[Token]:
    """The words and connectors of the chunk that is ``text[:length]``, as :data:`TOKEN` finds them.

    A chunk without legal-form punctuation (``Co.,Ltd``) is words and connectors joined by single
    spaces, so splitting it at the spaces gives the same tokens, much faster than the regex.
    """
    connectors = lx.CONNECTORS
    tokens = []
    chunk = text[:length]
    if "." in chunk or "," in chunk:
        for match in TOKEN.finditer(text, 0, length):
            word = match.group()
            tokens.append(_new_token((match.start(), match.end(), word, None, word in connectors)))
        return tokens
    position = 0
    for word in chunk.split(" "):
        end = position + len(word)
        tokens.append(_new_token((position, end, word, None, word in connectors)))
        position = end + 1
    return tokens


def may_hold_multiword_place(tokens: Sequence[Token]) -> bool:
    """Quick test: can a place name of several words start at one of the tokens (``DR Congo``, ``Central Asia``)?

    It needs two plain words in a row (gazetteer names were merged first and win), the first capitalised:
    place names start with a capital.
    """
    plain_before = False
    for token in tokens:
        if token.entry is not None:
            plain_before = False
            continue
        if plain_before:
            return True
        plain_before = token.text[:1].isupper()
    return False


def proper_word(word: str) -> bool:
    """A word that is neither generic, a sector or portfolio word nor a place: a proper name's (``Sauranbayev``)."""
    return (
        word[1:].islower()
        and word not in lx.GENERIC_WORDS
        and word not in lx.WEAK_HEADS
        and word not in lx.STRONG_HEADS
        and word not in lx.PORTFOLIO_WORDS
        and word not in lx.BRAND_TAIL_WORDS
        and not is_place_word(word)
        and not is_known_place(word)
    )


def opens_personal_name(word: str) -> bool:
    """Whether ``word`` before a family name makes it a person's: an honorific (``Mr``), or a capitalised given
    name (a proper word that is no place, title, head or sentence opener: ``Gautam``, ``Aliko``)."""
    if word in lx.HONORIFICS:
        return True
    return word not in lx.TITLES and word not in lx.SENTENCE_STARTERS and word[:1].isupper() and proper_word(word)


def names_place(word: str) -> bool:
    """True for a word that is a place, also in capitals: ``UAE``, ``Astana``, ``WUHAN`` (not ``COSCO``)."""
    return is_known_place(word) or (len(word) >= 4 and word.isupper() and is_major_place(word.title()))


_GOVERNING_BOARD_MEMBERS = frozenset({"Directors", "Governors", "Supervisors", "Trustees", "Management", "Regents"})
"""What ``Board of ...`` holds when the board governs an organisation rather than being one."""


def is_governing_board(segment: Sequence[Token], x: int) -> bool:
    """Tell whether ``Board`` at ``x`` opens ``Board of Directors`` (or Governors, Supervisors, Trustees ...)."""
    return (
        x + 2 < len(segment) and segment[x + 1].text in ("of", "Of") and segment[x + 2].text in _GOVERNING_BOARD_MEMBERS
    )


def local_government(premods: Sequence[Token]) -> bool:
    """Whether a unit word's modifiers name a local government (``Guangdong Provincial Department of Commerce``,
    ``Xi'an Municipal Port Office``, ``Municipal Port and Logistics Office``): its public body, not a company's part."""
    first = premods[0].text
    if first in lx.LOCAL_GOVERNMENT_ADJECTIVES:
        return True
    return (
        len(premods) >= 2
        and premods[1].entry is None
        and premods[1].text in lx.LOCAL_GOVERNMENT_ADJECTIVES
        and is_known_place(first)
    )


def title_heads_body(tokens: Sequence[Token], i: int) -> bool:
    """Tell whether the title word at ``i`` opens a body's name rather than a person's title.

    ``Executive Board``, ``Executive Committee of the National Economic Council``: a title word before a
    strong head, or before a weaker head that takes an ``of`` complement, is the body's first word.
    """
    if i + 1 >= len(tokens) or tokens[i + 1].entry is not None:
        return False
    following = tokens[i + 1].text
    if following in lx.STRONG_HEADS:
        return True
    return (
        following in lx.TAKES_COMPLEMENT
        and following in lx.WEAK_HEADS
        and i + 2 < len(tokens)
        and tokens[i + 2].text in ("of", "for")
    )


def names_subsidiary(tokens: Sequence[Token], x: int, *, caps_line: bool) -> bool:
    """Tell whether a company's acronym at ``x`` and the country after it name its local subsidiary.

    ``HBIS Serbia``, ``CNPC Kazakhstan``, ``CRRC Tangshan``: a company acronym (a gazetteer company, or an
    acronym the gazetteer does not know) followed by a country or a city (any gazetteer company followed by a
    country: ``Huawei Technologies Romania``), ending the run of capitalised
    words, is one name, canonical as written.  Not for news agencies or intergovernmental bodies
    (``Xinhua Kazakhstan``, ``ASEAN China``), nor in ALL CAPS lines.
    """
    if caps_line or x + 1 >= len(tokens):
        return False
    brand, country = tokens[x], tokens[x + 1]
    if country.entry is not None or country.connector or not (is_country(country.text) or is_known_place(country.text)):
        return False
    if x + 2 < len(tokens) and not tokens[x + 2].connector:
        return False
    if brand.entry is not None:
        # "Huawei Technologies Romania on ...": a gazetteer company's name and a country (not a city: "Sinopec
        # Baku" is its site) name its local arm as well
        return brand.entry.type == "company" and (
            _ACRONYM.fullmatch(brand.text) is not None or is_country(country.text)
        )
    return brand_shaped(brand.text) and not names_place(brand.text)


def names_brand_division(tokens: Sequence[Token], x: int, *, caps_line: bool) -> bool:
    """Tell whether a brand at ``x`` and a sector word after it, ending the run, are one name.

    ``PKP Cargo``, ``SK Hydro``, ``ICBC Leasing``: a company's acronym or CamelCase brand (not a gazetteer
    body other than a company) with one word of :data:`.lexicon.BRAND_TAIL_WORDS` after it.
    """
    if caps_line or x + 1 >= len(tokens) or (x + 2 < len(tokens) and not tokens[x + 2].connector):
        return False
    brand, tail = tokens[x], tokens[x + 1]
    if tail.entry is not None or tail.text not in lx.BRAND_TAIL_WORDS:
        return False
    if brand.entry is not None:
        return brand.entry.type == "company" and _ACRONYM.fullmatch(brand.text) is not None
    return brand_shaped(brand.text) and brand.text not in lx.LEGAL_SUFFIXES and not names_place(brand.text)


_CONTINUATION_WORDS_OF_GROUP = {
    group: lx.NAME_CONTINUATION_WORDS | cities for group, cities in lx.CITY_NAMED_SUBSIDIARIES.items()
}
"""The words that go on with the name of a group with city-named subsidiaries, joined once."""


_FACILITY_AFTER_PLACE = frozenset({"Railway", "Railways", "Rail", "Power", "Energy", "Port", "Steel", "Cement"})
"""Sector words that after a place name a facility or project as often as a unit (``CCECC Kenya Railway``)."""


def name_continuation_end(tokens: Sequence[Token], x: int, *, caps_line: bool) -> int:
    """The index after the sector words that go on with the gazetteer company's name at ``x``; ``x + 1``
    when none do.

    ``Xinjiang Goldwind Science & Technology delivered``, ``Engro Fertilizers said``: the written name is
    longer than the gazetteer's alias, so it wins.  Every word after the alias up to the end of the run or
    a connector must be a sector word of :data:`.lexicon.NAME_CONTINUATION_WORDS` (``&`` or ``and`` may join
    two of them): a product (``Huawei Mate``), a place (``Sinopec Baku``), a verb of a headline, a time word
    or another name leaves the alias alone.  The groups of :data:`.lexicon.CITY_NAMED_SUBSIDIARIES` also go on
    with the cities that name their subsidiaries (``CRRC Qishuyan``); any company goes on with a place right
    after its alias when sector words follow the place (``Sinopec Shanghai Petrochemical``, not ``Sinopec
    Baku``).  Not in ALL CAPS lines.
    """
    brand = tokens[x]
    if caps_line or brand.entry is None or brand.entry.type != "company":
        return x + 1
    # "CRRC Qishuyan", "CRRC Zhuzhou Locomotive": a group's unit named by its city
    words = _CONTINUATION_WORDS_OF_GROUP.get(brand.entry.id, lx.NAME_CONTINUATION_WORDS)
    n = len(tokens)
    end = x + 1
    y = x + 1
    while y < n:
        token = tokens[y]
        if token.connector:
            following = tokens[y + 1] if y + 1 < n else None
            if (
                token.text in ("&", "and")
                and end == y
                and following is not None
                and following.entry is None
                and following.text in words
            ):
                y += 1
                continue
            break  # "Engro Fertilizers and Sinopec Group": the run of sector words ends before a connector
        if (
            token.entry is None
            and token.text not in words
            and y == x + 1
            and y + 1 < n
            and tokens[y + 1].text not in _FACILITY_AFTER_PLACE
            and names_place(token.text)
        ):
            y += 1  # "Sinopec Shanghai Petrochemical": a site's unit, when sector words follow the place
            continue
        if token.entry is not None or token.text not in words:
            return x + 1  # "Huawei Mate", "Sinopec Baku": the word after the alias is no sector word
        y += 1
        end = y
    return end


def operates_facility(segment: Sequence[Token], x: int, *, caps_line: bool) -> bool:
    """Tell whether the facility word at ``x`` (``Port``, ``Terminal``) heads an operating company's name.

    It does after one of its modifiers (``Sihanoukville Autonomous Port``, ``Piraeus Container Terminal``),
    and ``Terminal`` does after a run of name words that opens with a brand (``CSP Abu Dhabi Terminal``).
    """
    word = segment[x].text
    if x == 0:
        return False
    if segment[x - 1].entry is None and segment[x - 1].text in lx.FACILITY_OPERATOR_HEADS[word]:
        return x >= 2 and not segment[x - 2].connector
    if word != "Terminal" or x < 2:
        return False
    y = x - 1
    while y > 0 and not segment[y - 1].connector:
        y -= 1
    first = segment[y]
    # Any word in capitals opens an operator's name here, also one the stop list keeps (``CSP``: COSCO
    # Shipping Ports, or concentrated solar power elsewhere): nothing else is called "... Terminal".
    return y < x - 1 and (
        is_brand(first, caps_line=caps_line) or (not caps_line and _ACRONYM.fullmatch(first.text) is not None)
    )
