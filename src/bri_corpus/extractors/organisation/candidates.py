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
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import NamedTuple

import attrs
import regex

from . import lexicon as lx
from .gazetteer import GazetteerEntry, OrganisationGazetteer, lookup_key
from .patterns import CHUNK, TITLE_CASE_WORD, TOKEN
from .places import (
    country_of_demonym,
    is_country,
    is_country_or_demonym,
    is_known_place,
    is_major_place,
    is_place_noun,
    is_place_word,
    multiword_places,
)

__all__ = ["Candidate", "Scan", "Token", "scan_text"]

_ACRONYM = regex.compile(r"[A-Z][A-Z&]*[A-Z](?:-[A-Z]+)?")
_CAMEL = regex.compile(r"(?!Mc|Mac|De|Le|La|Di|Van|Von)[A-Z]\p{Ll}+[A-Z]\p{L}*")
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
_HEADS = lx.STRONG_HEADS | lx.WEAK_HEADS | lx.UNIT_HEADS | lx.LEGAL_SUFFIXES
"""Words that head a name (``Ministry``, ``Company``, ``Department``, ``Ltd``), when no gazetteer name holds them."""
_PREFIX_LEGAL = frozenset({"JSC", "PJSC", "OJSC", "CJSC", "OAO", "ZAO", "OOO", "TOO", "PT"})
"""Legal forms that may stand before the name (``JSC Samruk-Kazyna``, Indonesian ``PT Kereta Api Indonesia``)."""


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


_TAKES_GENERAL = frozenset({"Consulate", "Consulate-General", "Directorate", "Inspectorate"})
"""Heads that ``General`` may follow inside the name (``Directorate General for Trade``); but for a consulate,
only with a word before or a complement after (``the Directorate General said`` names no body)."""


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


@attrs.frozen(kw_only=True)
class Scan:
    """What a text scan found: the mentions by name shape and gazetteer."""

    candidates: tuple[Candidate, ...]


@functools.lru_cache(maxsize=1 << 15)
def _is_acronym(word: str) -> bool:
    """True for a word in capitals that may be an organisation's acronym (``SCO``, ``CETC``; not ``GDP``)."""
    return len(word) >= 2 and word not in lx.ACRONYM_STOP and _ACRONYM.fullmatch(word) is not None


@functools.lru_cache(maxsize=1 << 15)
def _brand_shaped(word: str) -> bool:
    """True for an acronym or a CamelCase brand (``UzAuto``) that is not a common abbreviation."""
    return _is_acronym(word) or (_CAMEL.fullmatch(word) is not None and word not in lx.ACRONYM_STOP)


def _is_brand(token: Token, *, caps_line: bool) -> bool:
    """True for a word that names an organisation by itself: gazetteer name, acronym, CamelCase brand."""
    if token.entry is not None:
        return True
    if caps_line:
        return False
    return _brand_shaped(token.text)


def _raw_tokens(text: str, length: int) -> list[Token]:
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


def _may_hold_multiword_place(tokens: Sequence[Token]) -> bool:
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


_TWO_UPPER_RUNS = regex.compile(r"[\p{L}--a-z][\p{L}'\---a-z]{3}.*?[\p{L}--a-z][\p{L}'\---a-z]{3}", regex.V1)
"""Two runs of four letters (or ``'``, ``-``) with no ``a``-``z``: what two words in capitals hold at least.

A line in ALL CAPS has at least two such words, so a line without two runs is not one; prose lines
are told so by this one search instead of a look at every word.
"""


def _line_flag(line: str) -> int:
    """Return 1 when a line is a Title Case headline, 2 when it is in ALL CAPS, else 0."""
    if len(line) >= 250:
        return 0
    if line.rstrip().endswith(".") and _TWO_UPPER_RUNS.search(line) is None:
        return 0  # a sentence (no headline) with fewer than two words in capitals (see below: 3 x 0.6 > 1)
    words = TITLE_CASE_WORD.findall(line)
    if len(words) < 3 and not (len(words) == 2 and all(w.isupper() for w in words)):
        return 0  # two long words in capitals make a heading too: "VOLUNTARY ANNOUNCEMENT"
    upper = sum(1 for w in words if w.isupper())
    capital = sum(1 for w in words if w[0].isupper())
    if upper >= 0.6 * len(words):
        return 2
    if capital >= 0.75 * len(words) and not line.rstrip().endswith("."):
        return 1
    return 0


class _LineFlags:
    """The :func:`_line_flag` of the line around a position, worked out only for lines that hold a chunk.

    Positions are asked in increasing order (chunks left to right), so the current line is kept.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.start = 0
        self.end = -1  # no line yet
        self.flag = 0

    def at(self, position: int) -> int:
        """The flag of the line that holds ``position`` (not a line break)."""
        if position >= self.end or position < self.start:
            text = self.text
            start = self.start = text.rfind("\n", 0, position) + 1
            end = text.find("\n", position)
            if end < 0:
                end = len(text)
            self.end = end
            # A long line is no headline: decided before the line is copied.
            self.flag = 0 if end - start >= 250 else _line_flag(text[start:end])
        return self.flag


class _ChunkAnalyser:
    """The names in one chunk; ``text`` is the chunk and the character after it (a legal form's full stop)."""

    def __init__(self, text: str, gazetteer: OrganisationGazetteer) -> None:
        self.text = text
        self.gazetteer = gazetteer
        self.first_words = gazetteer.first_words
        self.candidates: list[Candidate] = []
        self.read_past_text = False
        """Whether the analysis wanted more of what follows the chunk than ``text`` holds (see
        :meth:`_ends_clause_subject`): then its names may differ with a longer ``text``."""

    # --- tokens -------------------------------------------------------------------------------

    def _lookup(self, surface: str) -> GazetteerEntry | None:
        """The gazetteer entry of a surface form (normalised text has single spaces already)."""
        entry = self.gazetteer.by_surface.get(surface)
        if entry is None and ("," in surface or "." in surface):
            entry = self.gazetteer.by_surface.get(lookup_key(surface))
        return entry

    def tokens(self, length: int) -> list[Token]:
        """The words of the chunk (its first ``length`` characters), gazetteer names merged."""
        merged = self._merge_gazetteer(_raw_tokens(self.text, length))
        if _may_hold_multiword_place(merged):
            return self._merge_places(merged, length)
        return merged

    def _merge_places(self, tokens: list[Token], length: int) -> list[Token]:
        """Replace the place names of several words (``DR Congo``, ``Central Asia``) by one token each.

        Organisation gazetteer names were merged first and win: a place is merged only over plain words.
        """
        places = dict(multiword_places(self.text[:length]))
        if not places:
            return tokens
        out: list[Token] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            place_end = places.get(token.start) if token.entry is None else None
            j = i + 1
            if place_end is not None:
                while j < len(tokens) and tokens[j].start < place_end and tokens[j].entry is None:
                    j += 1
            if place_end is not None and j > i + 1 and tokens[j - 1].end >= place_end:
                # A place may end inside a hyphenated word: "DR Congo-Zambia" is one word, never "DR".
                end = tokens[j - 1].end
                surface = self.text[token.start : end]
                out.append(Token(token.start, end, surface, None, surface in lx.CONNECTORS))
                i = j
            else:
                out.append(token)
                i += 1
        return out

    def _merge_gazetteer(self, tokens: list[Token]) -> list[Token]:
        """Replace the longest gazetteer names among the tokens by one token each."""
        first_words = self.first_words
        for token in tokens:
            if token.text in first_words:
                break
        else:
            return tokens
        out: list[Token] = []
        i = 0
        n = len(tokens)
        limit = self.gazetteer.max_words
        text = self.text
        lookup = self._lookup
        while i < n:
            token = tokens[i]
            if token.text in first_words:
                for j in range(min(n, i + limit), i, -1):
                    last = tokens[j - 1]
                    if last.connector:
                        continue  # a name never ends with "of", "and": no need to look it up
                    surface = text[token.start : last.end]
                    entry = lookup(surface)
                    if entry is not None:
                        out.append(Token(token.start, last.end, surface, entry, False))
                        i = j
                        break
                else:
                    out.append(token)
                    i += 1
            else:
                out.append(token)
                i += 1
        return out

    # --- segments -----------------------------------------------------------------------------

    def _segments(self, tokens: list[Token], title_line: bool) -> list[list[Token]]:
        """Cut a chunk at persons' titles (and, in headlines, at verbs and prepositions)."""
        segments: list[list[Token]] = []
        current: list[Token] = []
        for i, token in enumerate(tokens):
            word = token.text
            is_break = token.entry is None and (
                (word in lx.TITLES and not _title_heads_body(tokens, i))
                or (title_line and word in lx.TITLE_CASE_BREAKS)
            )
            if is_break:
                # "... Central Committee and Foreign Minister Wang Yi": "Foreign" belongs to the title
                while current and current[-1].entry is None and current[-1].text in lx.TITLE_PREMODIFIERS:
                    current.pop()
                if current:
                    segments.append(current)
                current = []
            else:
                current.append(token)
        if current:
            segments.append(current)
        return segments

    @staticmethod
    def _trim(segment: list[Token]) -> list[Token]:
        i, j = 0, len(segment)
        while i < j and (
            segment[i].connector or (segment[i].entry is None and segment[i].text in lx.SENTENCE_STARTERS)
        ):
            i += 1
        while j > i and segment[j - 1].connector:
            j -= 1
        return segment[i:j]

    # --- analysis -----------------------------------------------------------------------------

    @staticmethod
    def _is_head(token: Token) -> bool:
        return token.entry is None and token.text in _HEADS

    def _complement_end(self, tokens: list[Token], k: int) -> int:
        """Return the index after an ``of``/``for`` complement starting at ``k`` (``k`` when there is none)."""
        n = len(tokens)
        if k >= n or tokens[k].text not in ("of", "for", "Of", "For") or tokens[k].entry is not None:
            return k
        end = k
        seen_place = False
        i = k + 1
        while i < n:
            token = tokens[i]
            if token.connector:
                i += 1
                continue
            if token.entry is None and token.text in lx.STRONG_HEADS and tokens[i - 1].text in ("and", "&"):
                break  # "Ministry of Health and Ministry of Education": a second name starts
            if tokens[i - 1].text in ("and", "&") and (token.entry is not None or self._company_run(tokens, i)):
                break  # "Ministry of Transport and Communications and China Railway Group Limited"
            if i >= 2 and tokens[i - 1].text == "the" and tokens[i - 2].text in ("and", "&"):
                break  # "National Bureau of Statistics and the General Department of ...": another name
            if tokens[i - 1].text in ("and", "&") and self._place_led_name(tokens, i):
                break  # "... of the Government of Nepal and China Railway Group": a company of its own starts
            place = token.entry is None and (
                is_place_noun(token.text)
                or token.text in ("Republic", "People's")
                or (seen_place and token.text in lx.PLACE_DESIGNATORS)
            )
            if seen_place and not place and not self._is_head(token):
                break
            seen_place = seen_place or place
            end = i + 1
            i += 1
        # "Department of Roads of the Government of Nepal": a body's complement, then its government's.
        if end > k + 1 and end < n and tokens[end].text == "of":
            j = end + 2 if end + 1 < n and tokens[end + 1].text == "the" else end + 1
            if j + 1 < n and tokens[j].text in ("Government", "Republic") and tokens[j + 1].text == "of":
                return self._complement_end(tokens, j + 1)
        return end

    @staticmethod
    def _company_run(tokens: list[Token], i: int) -> bool:
        """Whether the words from ``i`` up to the next connector end in a company's legal form (``Hualong
        Mining Group Co., Ltd.``): no portfolio of a ministry's complement is written so."""
        j = i
        while j < len(tokens) and not tokens[j].connector:
            j += 1
        return j - i >= 2 and tokens[j - 1].entry is None and tokens[j - 1].text in lx.LEGAL_SUFFIXES

    def _place_led_name(self, tokens: list[Token], i: int) -> bool:
        """Whether the run of words from ``i`` is a place followed by words up to a head of its own
        (``China Railway 14th Bureau Group``), not the rest of a complement (``China and Central Asia``)."""
        if tokens[i].entry is not None or not is_place_noun(tokens[i].text):
            return False
        x = i + 1
        while x < len(tokens) and not tokens[x].connector:
            if self._is_head(tokens[x]):
                return True
            x += 1
        return False

    def _analyse(self, segment: list[Token], title_line: bool, caps_line: bool) -> None:
        """Find the names in one segment; what no name covers goes to the leftovers."""
        n = len(segment)
        i = 0
        while i < n:
            k = i
            while k < n and not self._is_anchor(segment, k, caps_line):
                k += 1
            if k == n:
                k = -1
            if k < 0:
                self._brands(segment[i:], caps_line)
                break
            if self._is_prefix_legal(segment, k):
                end = n
                start = k
                if end - start >= 2:
                    self._emit(segment[start:end], None)
                    self._brands(segment[i:start], caps_line)
                    i = end
                    continue
                i = k + 1
                continue
            start = self._premodifier_start(segment, i, k)
            if segment[k].text not in lx.UNIT_HEADS:
                k = self._last_anchor(segment, k, caps_line)
            end = k + 1
            if (
                segment[k].text in _TAKES_GENERAL
                and end < n
                and segment[end].text == "General"
                and (
                    segment[k].text.startswith("Consulate")
                    or start < k
                    or (end + 1 < n and segment[end + 1].text in ("of", "for"))
                )
            ):
                end += 1  # "Consulate General of China", "National Directorate General for Water Management"
            if (
                end < n
                and segment[end].entry is None
                and segment[end].text in lx.UNIT_HEADS
                and segment[k].text in lx.WEAK_HEADS
                and start < k
                and _local_government([t for t in segment[start:k] if not t.connector])
            ):
                # "Chongqing Municipal Port and Logistics Office": the industry word names the office's field
                k = end
                end = k + 1
            head_end = end
            if (
                end < n
                and not segment[end].connector
                and segment[k].text in lx.WEAK_HEADS
                and segment[k].text not in lx.LEGAL_SUFFIXES
            ):
                # "Ekibastuz Power Plant": an industry word inside a longer phrase is not a name's end.
                self._brands(segment[i:end], caps_line)
                i = end
                continue
            if segment[k].text in lx.TAKES_COMPLEMENT:
                end = self._complement_end(segment, end)
            while end < n and segment[end].entry is None and segment[end].text in lx.LEGAL_SUFFIXES:
                end += 1
            span = segment[start:end]
            self._brands(segment[i:start], caps_line)
            self._judge(span, head_end - start, title_line, caps_line)
            i = end

    def _last_anchor(self, segment: list[Token], k: int, caps_line: bool) -> int:
        """Return the last anchor of the run of name words from the anchor at ``k`` (``... Port City Company``).

        The run stops at a connector, except ``and``/``&`` after an industry word
        (``Yunnan Construction and Investment Holding Group``).
        """
        n = len(segment)
        last = k
        x = k + 1
        while x < n:
            token = segment[x]
            if token.connector:
                if (
                    token.text in ("and", "&")
                    and (
                        segment[x - 1].text in lx.WEAK_HEADS
                        # "China Electric Power Equipment and Technology Co": an industry word after the
                        # industry word that ended the run names one more trade of the same firm
                        or (segment[last].text in lx.WEAK_HEADS and segment[x - 1].text in lx.GENERIC_WORDS)
                    )
                    and x + 1 < n
                    and not segment[x + 1].connector
                    and any(self._is_head(t) for t in segment[x + 1 :])
                    # "Kilimanjaro Mining & Civil Ltd.": an ampersand joins the trades of one firm
                    and (token.text == "&" or not self._and_joins_two_names(segment, k, x))
                ):
                    x += 1
                    continue
                if (
                    token.text == "&"
                    and x + 1 < n
                    and not segment[x + 1].connector
                    and any(self._is_head(t) for t in segment[x + 1 :])
                ):
                    # "China Electric Power Planning & Engineering Institute": news joins two firms with "and";
                    # an ampersand joins the words of one name
                    x += 1
                    continue
                break
            if self._is_anchor(segment, x, caps_line) and (
                token.text not in lx.UNIT_HEADS or segment[last].text == "Government"
            ):
                # "Chongqing Municipal People's Government Foreign Affairs Office": a government's office
                last = x
            x += 1
        return last

    def _and_joins_two_names(self, segment: list[Token], k: int, x: int) -> bool:
        """Tell whether ``and`` at ``x``, after the industry word ending a name, joins two company names.

        ``Wuhuan Engineering and Tian'an Chemical`` are two companies: each side has a distinctive word
        of its own before its head.  ``Yunnan Construction and Investment Holding Group`` and ``China
        Petroleum and Chemical Corporation`` are one: the word after ``and`` is a generic industry word.
        """
        right = segment[x + 1]
        if right.entry is None and self._generic(right.text):
            return False
        left_start = x - 1
        while left_start > 0 and (
            not segment[left_start - 1].connector or segment[left_start - 1].text in ("and", "&")
        ):
            left_start -= 1
        left = [t for t in segment[left_start : x - 1] if not t.connector]
        if not left or not self._distinctive(left):
            return False
        right_end = x + 2
        while right_end < len(segment) and not segment[right_end].connector:
            right_end += 1
        right_words = segment[x + 1 : right_end]
        heads = [t for t in right_words if self._is_head(t)]
        return bool(heads) and right_words[0] is not heads[0] and k <= x

    def _is_anchor(self, segment: list[Token], x: int, caps_line: bool) -> bool:
        """A head word, a legal form, or ``International`` after a brand (``CETC International``)."""
        token = segment[x]
        if token.entry is not None:
            return False
        word = token.text
        if word == "Board" and _is_governing_board(segment, x):
            return False  # "AIIB Board of Governors": a body inside an organisation, not one of its own
        if word in _HEADS or (word in _PREFIX_LEGAL and self._is_prefix_legal(segment, x)):
            return True
        if word in lx.FACILITY_OPERATOR_HEADS:
            return _operates_facility(segment, x, caps_line=caps_line)
        return word in lx.INTERNATIONAL_SUFFIXES and x > 0 and _is_brand(segment[x - 1], caps_line=caps_line)

    def _is_prefix_legal(self, segment: list[Token], x: int) -> bool:
        token = segment[x]
        return (
            token.entry is None
            and token.text in _PREFIX_LEGAL
            and x + 1 < len(segment)
            and not segment[x + 1].connector
            and (x == 0 or segment[x - 1].connector)
        )

    def _premodifier_start(self, segment: list[Token], i: int, k: int) -> int:
        """Walk back from the head at ``k`` over the words that belong to its name."""
        start = k
        x = k - 1
        while x >= i:
            token = segment[x]
            if token.connector:
                if token.text in ("and", "&", "And"):
                    left = segment[x - 1] if x - 1 >= i else None
                    right = segment[x + 1]
                    if (
                        left is None
                        or left.connector
                        or right.entry is not None
                        or is_country(right.text)
                        or _is_acronym(right.text)  # "QTerminals Kumport and CMP Vado Gateway Terminal"
                    ):
                        break
                    if left.entry is not None or _is_acronym(left.text) or self._is_head(left):
                        break
                    if (
                        x - 2 >= i
                        and not segment[x - 2].connector
                        and _proper_word(segment[x - 2].text)
                        and _proper_word(left.text)
                        and (_proper_word(right.text) or is_known_place(right.text))
                    ):
                        break  # "Nurlan Sauranbayev and Lianyungang Port Group": a person's name, then the company
                    x -= 1
                    continue
                if token.text in ("de", "du", "des") and x - 1 >= i and not segment[x - 1].connector:
                    x -= 1  # "Petroleos de Venezuela S.A.": a Romance name's "de" stays inside it
                    continue
                break
            start = x
            x -= 1
        while start < k and segment[start].connector:
            start += 1
        return start

    def _brands(self, tokens: Sequence[Token], caps_line: bool) -> None:
        """Emit the words that name an organisation by themselves (``HBIS Serbia``: with a country after it)."""
        skip_to = -1
        for index, token in enumerate(tokens):
            if index < skip_to:
                continue
            if _names_brand_division(tokens, index, caps_line=caps_line) or (
                _names_subsidiary(tokens, index, caps_line=caps_line) and self._ends_clause_subject(tokens[index + 1])
            ):
                self._emit(tokens[index : index + 2], None)
                skip_to = index + 2
            elif token.entry is not None:
                self._emit([token], token.entry)
            elif (
                not token.connector
                and not caps_line
                and _brand_shaped(token.text)
                and token.text not in lx.LEGAL_SUFFIXES
                and not _names_place(token.text)
            ):
                self._emit([token], None)

    def _ends_clause_subject(self, token: Token) -> bool:
        """Tell whether what follows ``token`` lets it end a name: punctuation, ``and``, or a verb.

        ``HBIS Serbia employs ...``, ``CRRC Malaysia, ...`` end a name there; in ``JAC Kazakhstan joint
        venture factory`` the country describes the noun after it.
        """
        after = self.text[token.end : token.end + 24]
        if token.end + 24 > len(self.text):
            self.read_past_text = True
        if not after.startswith(" "):
            return True
        match = _FOLLOWING_WORD.match(after)
        if match is None:
            return True
        word = match.group(1)
        if not word[:1].islower():
            return word in lx.CONNECTORS
        return (
            word in _FINITE_VERBS
            or word.endswith("ed")
            or (word.endswith("s") and not word.endswith("ss") and word not in _PLURAL_NOUNS)
        )

    def _judge(self, span: list[Token], head_end: int, title_line: bool, caps_line: bool) -> None:
        """Decide whether words + head (+ complement) make a name; emit it, or what names it holds."""
        heads = [t for t in span[:head_end] if self._is_head(t)]
        first_head = heads[0].text if heads else ""
        complement = span[head_end:]
        has_complement = any(not t.connector and t.text not in lx.LEGAL_SUFFIXES for t in complement)
        premods = [t for t in span[: head_end - 1] if not t.connector]
        last_head = span[head_end - 1]
        if last_head.entry is None and last_head.text in lx.FACILITY_OPERATOR_HEADS:
            # "Piraeus Container Terminal": the facility's modifier is part of the head, not a distinctive word.
            if premods and premods[-1].text in lx.FACILITY_OPERATOR_HEADS[last_head.text]:
                premods = premods[:-1]
            if not premods:
                self._brands(span, caps_line)
                return
        while premods and premods[-1].entry is None and premods[-1].text in lx.LEGAL_SUFFIXES:
            premods.pop()
        words = [t.text for t in premods]
        surface = self.text[span[0].start : span[-1].end]
        has_legal = any(t.text in lx.LEGAL_SUFFIXES and t.text not in ("Group", "GROUP") for t in span)

        if (
            last_head.entry is None
            and last_head.text in lx.UNIT_HEADS
            and len(premods) >= 2
            and premods[0].entry is None
            and _local_government(premods)
        ):
            # "Municipal Port and Logistics Office", "Hainan Provincial Transport Department": a local
            # government's body, whatever industry word names its field
            self._emit(span, None)
            return
        # Parts of an organisation: only the organisation named in the complement counts.
        internal = first_head in lx.UNIT_HEADS or (
            first_head == "Committee" and any(w in ("CPC", "Party", "Communist") for w in words)
        )
        if (
            internal
            and premods
            and premods[0].entry is None
            and (premods[0].text in lx.PUBLIC_BODY_ADJECTIVES or _local_government(premods))
        ):
            # "General Department of Vietnam Customs", "National Statistics Office of Mongolia": a public body.
            if has_complement or len(premods) >= 2:
                self._emit(span, None)
                return
        if internal:
            inner = [t for t in complement if not t.connector]
            if premods and any(t.entry is None and t.text == "Government" for t in inner):
                # "Foreign Affairs Office of the People's Government of Yunnan Province": a government's office
                self._emit(span, None)
                return
            if inner and any(_is_brand(t, caps_line=caps_line) or self._is_head(t) for t in inner):
                self._brands(premods, caps_line)
                self._analyse_tokens(complement[1:], title_line, caps_line)
                return
            if first_head == "Department" and has_complement and not premods:
                self._emit(span, None)
                return
            self._brands(premods, caps_line)
            return

        if surface in lx.NON_ORG_NAMES or self.text[span[0].start : span[head_end - 1].end] in lx.NON_ORG_NAMES:
            self._brands(span, caps_line)
            return

        # A country word before a known name: "Turkey Kalyon Group" is Kalyon Group, of Turkey.
        if (
            len(premods) >= 2
            and premods[0].entry is None
            and is_country(premods[0].text)
            and premods[0].text != "China"
            and premods[1].entry is not None
        ):
            span = span[span.index(premods[0]) + 1 :]
            premods = premods[1:]
            words = words[1:]

        if first_head in lx.EMBASSY_HEADS or heads and heads[-1].text in lx.EMBASSY_HEADS:
            if premods and all(is_country_or_demonym(w) for w in words):
                country = country_of_demonym(" ".join(words))
                form = f"Embassy of {country}" if country else None
                self._emit(span, None, form=form)
                return
        if not words and not has_complement:
            self._brands(span, caps_line)
            return
        strong = has_legal or any(t.text in lx.STRONG_HEADS for t in heads)
        if title_line and not has_legal and not any(t.entry is not None for t in premods):
            strong = strong and first_head not in ("Company", "Corporation")
            if not strong:
                self._brands(span, caps_line)
                return
        if (
            first_head == "Government"
            and not has_complement
            and all(t.text in _GOVERNMENT_LEVELS or t.text in lx.GENERIC_WORDS for t in premods)
        ):
            self._brands(span, caps_line)  # "Host Government", "Federal Government": a level, no name
            return
        if strong and first_head not in ("Company", "Corporation"):
            only_demonyms = all(t.entry is None and country_of_demonym(t.text) not in (None, t.text) for t in premods)
            ok = has_complement or (bool(premods) and not only_demonyms)
        else:
            ok = self._distinctive(premods) or (
                has_complement and (first_head not in lx.WEAK_HEADS or first_head == "Committee")
            )
        if ok:
            self._emit(span, None)
        else:
            self._brands(span, caps_line)

    def _analyse_tokens(self, tokens: Sequence[Token], title_line: bool, caps_line: bool) -> None:
        segment = self._trim(list(tokens))
        if segment:
            self._analyse(segment, title_line, caps_line)

    @staticmethod
    def _generic(word: str) -> bool:
        return word in lx.GENERIC_WORDS or word in lx.WEAK_HEADS or word in lx.STRONG_HEADS

    def _distinctive(self, premods: Sequence[Token]) -> bool:
        """True when the words before a weak head identify something (not ``Epidemic Prevention and Control``)."""
        place_names = 0
        for token in premods:
            word = token.text
            if token.entry is not None or _is_acronym(word):
                return True
            if is_place_word(word):
                place_names += 1
                continue
            if not self._generic(word) and word not in lx.SENTENCE_STARTERS:
                return True
        return place_names > 0 and len(premods) >= 2

    def _emit(self, span: Sequence[Token], entry: GazetteerEntry | None, form: str | None = None) -> None:
        start, end = span[0].start, span[-1].end
        if span[-1].text in lx.LEGAL_ABBREVIATIONS and self.text[end : end + 1] == ".":
            end += 1
        surface = self.text[start:end]
        if entry is None:
            entry = self._lookup(surface)
        self.candidates.append(
            Candidate(
                start=start,
                end=end,
                surface=surface,
                form=form or surface,
                entry=entry,
                words=tuple(w for t in span if not t.connector for w in t.text.split(" ") if w not in lx.CONNECTORS),
            )
        )

    # --- the whole text -----------------------------------------------------------------------

    def analyse(self, length: int, title_line: bool, caps_line: bool) -> tuple[Candidate, ...]:
        """Return the names of the chunk, offsets relative to its start."""
        for segment in self._segments(self.tokens(length), title_line):
            segment = self._trim(segment)
            if segment:
                self._analyse(segment, title_line, caps_line)
        return tuple(self.candidates)


def _proper_word(word: str) -> bool:
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


_GOVERNMENT_LEVELS = frozenset(
    {"Host", "Federal", "Central", "Local", "Provincial", "Regional", "State", "Municipal", "National", "Interim"}
)
"""Words that tell a government's level or role, not whose it is: ``Host Government`` names no body."""


def _analyse_chunk(
    body: str, length: int, title_line: bool, caps_line: bool, gazetteer: OrganisationGazetteer
) -> tuple[tuple[Candidate, ...], bool]:
    """The names of the chunk ``body[:length]``, and whether the analysis wanted more of ``body`` than it holds."""
    chunk = body[:length]
    if "." not in chunk and "," not in chunk and not _may_name(chunk.split(" "), caps_line, gazetteer):
        return (), False
    analyser = _ChunkAnalyser(body, gazetteer)
    names = analyser.analyse(length, title_line, caps_line)
    return names, analyser.read_past_text


@functools.lru_cache(maxsize=1 << 15)
def _chunk_names(
    body: str, length: int, title_line: bool, caps_line: bool, gazetteer: OrganisationGazetteer
) -> tuple[Candidate, ...]:
    """The names of one chunk, cached: names recur across and within documents (bounded, so it never grows).

    ``body`` is the chunk and the 24 characters after it (the word after ``HBIS Serbia``: see
    :func:`_names_subsidiary`).
    """
    return _analyse_chunk(body, length, title_line, caps_line, gazetteer)[0]


@functools.lru_cache(maxsize=1 << 15)
def _chunk_names_alone(
    body: str, length: int, title_line: bool, caps_line: bool, gazetteer: OrganisationGazetteer
) -> tuple[Candidate, ...] | None:
    """:func:`_chunk_names` for ``body`` = the chunk and the one character after it (a legal form's full stop).

    Most chunks' names do not depend on the words after them, and a chunk recurs far more often than it
    recurs with the same 24 characters after it, so this cache hits far more often.  ``None`` when the
    analysis wanted to read further (a company's acronym and a country ending the chunk): then ask
    :func:`_chunk_names` with the longer body.
    """
    names, read_past_text = _analyse_chunk(body, length, title_line, caps_line, gazetteer)
    return None if read_past_text else names


@functools.lru_cache(maxsize=1 << 15)
def _word_names(
    word: str, full_stop: bool, title_line: bool, caps_line: bool, gazetteer: OrganisationGazetteer
) -> tuple[Candidate, ...]:
    """The name a chunk of one plain word (no space, no legal-form punctuation) holds, if any.

    Most chunks are one word (``China``, ``SCO``, ``Ministry``); this is what :class:`_ChunkAnalyser`
    makes of them, without its machinery: the word is a name when it is a gazetteer name, or an
    acronym or brand that is no place and no legal form; a head word alone names nothing, and titles,
    sentence starters and connectors are dropped.  ``full_stop``: a full stop follows the word
    (``Co.``).  Cached per word: the words of news recur.
    """
    entry = gazetteer.by_surface.get(word) if word in gazetteer.first_words else None
    if word in lx.CONNECTORS:
        return ()  # a connector is never merged into a gazetteer name, and is trimmed
    if entry is None:
        if word in lx.TITLES or (title_line and word in lx.TITLE_CASE_BREAKS) or word in lx.SENTENCE_STARTERS:
            return ()  # a break, or a sentence starter trimmed from the front of a name
        if word in lx.UNIT_HEADS:
            return ()  # a part of an organisation, with no complement
        if caps_line or not _brand_shaped(word):
            return ()
        if word in lx.LEGAL_SUFFIXES or _names_place(word):
            return ()
    end = len(word)
    if full_stop and word in lx.LEGAL_ABBREVIATIONS:
        end += 1
    surface = word + "." if end > len(word) else word
    if entry is None:
        entry = gazetteer.by_surface.get(surface)
        if entry is None and end > len(word):
            entry = gazetteer.by_surface.get(lookup_key(surface))
    return (Candidate(start=0, end=end, surface=surface, form=surface, entry=entry, words=(word,)),)


@functools.lru_cache(maxsize=1 << 15)
def _word_names_on_any_line(
    word: str, full_stop: bool, gazetteer: OrganisationGazetteer
) -> tuple[Candidate, ...] | None:
    """What :func:`_word_names` makes of ``word`` on every kind of line, or ``None`` when the line's kind matters.

    It matters only for a word that may be a brand by its shape (no brands in ALL CAPS lines, and some
    break Title Case headlines): a gazetteer name, a title, a sentence starter, a unit head or a plain
    word (``China``, ``Ministry``) names the same everywhere, so the line need not be looked at.
    """
    entry = gazetteer.by_surface.get(word) if word in gazetteer.first_words else None
    if (
        entry is not None
        or word in lx.CONNECTORS
        or word in lx.TITLES
        or word in lx.SENTENCE_STARTERS
        or word in lx.UNIT_HEADS
        or not _brand_shaped(word)
    ):
        return _word_names(word, full_stop, False, False, gazetteer)
    return None


def _is_dateline(text: str, start: int, end: int) -> bool:
    """True for a word in capitals that opens a line and is followed by a comma: a dateline's place.

    A dateline goes on with a date or a country (``ASTANA, March 3``, ``ALMATY, Kazakhstan``);
    ``CMOC, which ...`` is a company opening a sentence.
    """
    if not ((start == 0 or text[start - 1] == "\n") and text.startswith(",", end)):
        return False
    following = text[end + 1 : end + 3].lstrip()
    return not following or following[0].isupper() or following[0].isdigit()


def _names_place(word: str) -> bool:
    """True for a word that is a place, also in capitals: ``UAE``, ``Astana``, ``WUHAN`` (not ``COSCO``)."""
    return is_known_place(word) or (len(word) >= 4 and word.isupper() and is_major_place(word.title()))


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


@functools.lru_cache(maxsize=8)
def _gazetteer_name_lengths(gazetteer: OrganisationGazetteer) -> dict[str, frozenset[int]]:
    """First word → the numbers of words of the gazetteer names it starts, for names without ``.`` or ``,``."""
    lengths: dict[str, set[int]] = {}
    for key in gazetteer.by_surface:
        if "." not in key and "," not in key:
            words = key.split(" ")
            lengths.setdefault(words[0], set()).add(len(words))
    return {word: frozenset(found) for word, found in lengths.items()}


_GOVERNING_BOARD_MEMBERS = frozenset({"Directors", "Governors", "Supervisors", "Trustees", "Management", "Regents"})
"""What ``Board of ...`` holds when the board governs an organisation rather than being one."""


def _is_governing_board(segment: Sequence[Token], x: int) -> bool:
    """Tell whether ``Board`` at ``x`` opens ``Board of Directors`` (or Governors, Supervisors, Trustees ...)."""
    return (
        x + 2 < len(segment) and segment[x + 1].text in ("of", "Of") and segment[x + 2].text in _GOVERNING_BOARD_MEMBERS
    )


_FOLLOWING_WORD = regex.compile(r" ([\p{L}]+)")
_FINITE_VERBS = frozenset(
    {
        "is",
        "was",
        "has",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "and",
        "said",
        "says",
        "took",
        "won",
        "began",
        "became",
        "made",
        "built",
        "sold",
        "set",
        "paid",
        "put",
        "cut",
        "got",
        "gave",
        "held",
        "kept",
        "let",
        "met",
        "ran",
        "saw",
        "told",
        "wrote",
        "went",
        "also",
        "now",
        "both",
        "jointly",
        "recently",
        "already",
        "still",
        "then",
        "for",
        "in",
        "to",
        "at",
        "with",
        "from",
        "under",
        "as",
        "which",
        "that",
    }
)
"""Words that, right after ``<acronym> <country>``, show the pair is the subject of a clause."""
_PLURAL_NOUNS = frozenset(
    {
        "operations",
        "sales",
        "exports",
        "imports",
        "plants",
        "factories",
        "projects",
        "products",
        "employees",
        "workers",
        "staff",
        "officials",
        "shares",
        "assets",
        "revenues",
        "orders",
        "vehicles",
        "units",
        "markets",
        "customers",
        "sites",
        "ties",
        "relations",
        "branches",
        "offices",
        "subsidiaries",
        "businesses",
        "deals",
        "investments",
        "mines",
        "railways",
        "roads",
        "ports",
        "plans",
        "talks",
        "visits",
        "trains",
        "buses",
        "trucks",
    }
)
"""Plural nouns after ``<acronym> <country>``: the country describes them (``CNPC Kazakhstan operations``)."""


def _local_government(premods: Sequence[Token]) -> bool:
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


def _title_heads_body(tokens: Sequence[Token], i: int) -> bool:
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


def _names_subsidiary(tokens: Sequence[Token], x: int, *, caps_line: bool) -> bool:
    """Tell whether a company's acronym at ``x`` and the country after it name its local subsidiary.

    ``HBIS Serbia``, ``CNPC Kazakhstan``, ``CRRC Tangshan``: a company acronym (a gazetteer company, or an
    acronym the gazetteer does not know) followed by a country or a city, ending the run of capitalised
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
        return brand.entry.type == "company" and _ACRONYM.fullmatch(brand.text) is not None
    return _brand_shaped(brand.text) and not _names_place(brand.text)


def _names_brand_division(tokens: Sequence[Token], x: int, *, caps_line: bool) -> bool:
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
    return _brand_shaped(brand.text) and brand.text not in lx.LEGAL_SUFFIXES and not _names_place(brand.text)


def _operates_facility(segment: Sequence[Token], x: int, *, caps_line: bool) -> bool:
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
        _is_brand(first, caps_line=caps_line) or (not caps_line and _ACRONYM.fullmatch(first.text) is not None)
    )


def _may_name(words: Sequence[str], caps_line: bool, gazetteer: OrganisationGazetteer) -> bool:
    """Quick test for a chunk of words and connectors only (no ``.`` nor ``,``): can it hold a name?

    Every name the analysis finds holds a head word or legal form, a brand (an acronym or CamelCase
    word, not in ALL CAPS lines) or a gazetteer name; a chunk with none of them (``Xi Jinping``,
    ``China and Kazakhstan``) holds no name, and need not be analysed.
    """
    name_lengths = _gazetteer_name_lengths(gazetteer)
    by_surface = gazetteer.by_surface
    for i, word in enumerate(words):
        if (
            word in _HEADS
            or word in _PREFIX_LEGAL
            or word in lx.EMBASSY_HEADS
            or word in lx.FACILITY_OPERATOR_HEADS
            or (not caps_line and _brand_shaped(word))
        ):
            return True
        for length in name_lengths.get(word, ()):
            if " ".join(words[i : i + length]) in by_surface:
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
    line_flags = _LineFlags(text)
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
            # Most one-word chunks name the same whatever their line (see _word_names_on_any_line).
            full_stop = startswith(".", end)
            names = _word_names_on_any_line(chunk_text, full_stop, gazetteer)
            if names is None:
                flag = line_flags.at(start)
                names = _word_names(chunk_text, full_stop, flag == 1, flag == 2, gazetteer)
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
                for name in _word_names(chunk_text, text.startswith(".", end), flag == 1, flag == 2, gazetteer):
                    found.append(Candidate(start, start + name.end, name.surface, name.form, name.entry, name.words))
                continue
        # The chunk and the character after it, or if the analysis asks, the start of what follows it (the
        # word after ``HBIS Serbia``: see _names_subsidiary).
        names = _chunk_names_alone(text[start : end + 1], end - start, flag == 1, flag == 2, gazetteer)
        if names is None:
            names = _chunk_names(text[start : end + 24], end - start, flag == 1, flag == 2, gazetteer)
        for name in names:
            found.append(
                Candidate(name.start + start, name.end + start, name.surface, name.form, name.entry, name.words)
            )
    return Scan(candidates=tuple(found))
