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

import bisect
import functools
from collections.abc import Sequence
from typing import NamedTuple

import attrs
import regex

from . import lexicon as lx
from .gazetteer import GazetteerEntry, OrganisationGazetteer, lookup_key
from .patterns import CHUNK, LINE, TITLE_CASE_WORD, TOKEN
from .places import (
    country_of_demonym,
    is_country,
    is_country_or_demonym,
    is_known_place,
    is_major_place,
    is_place_noun,
    is_place_word,
    may_start_multiword_place,
    multiword_places,
)

__all__ = ["Candidate", "Scan", "Token", "scan_text"]

_ACRONYM = regex.compile(r"[A-Z][A-Z&]*[A-Z](?:-[A-Z]+)?")
_CAMEL = regex.compile(r"(?!Mc|Mac|De|Le|La|Di|Van|Von)[A-Z][a-z]+[A-Z][A-Za-z]*")
_INTERESTING = (
    lx.STRONG_HEADS
    | lx.WEAK_HEADS
    | lx.UNIT_HEADS
    | lx.LEGAL_SUFFIXES
    | lx.EMBASSY_HEADS
    | lx.INTERNATIONAL_SUFFIXES
    | frozenset({"Committee"})
)


class Token(NamedTuple):
    """A word of a chunk with its offsets in the normalised text; ``entry`` for a gazetteer name."""

    start: int
    end: int
    text: str
    entry: GazetteerEntry | None = None

    @property
    def is_connector(self) -> bool:
        """True for ``of``, ``and``, ``&`` ... between the words of a name."""
        return self.text in lx.CONNECTORS and self.entry is None


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


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word not in lx.ACRONYM_STOP and _ACRONYM.fullmatch(word) is not None


def _is_brand(token: Token, *, caps_line: bool) -> bool:
    """True for a word that names an organisation by itself: gazetteer name, acronym, CamelCase brand."""
    if token.entry is not None:
        return True
    if caps_line:
        return False
    word = token.text
    return _is_acronym(word) or (_CAMEL.fullmatch(word) is not None and word not in lx.ACRONYM_STOP)


def _title_case_lines(text: str) -> tuple[list[int], list[int], list[int]]:
    """Return the start offsets of all lines, and per line 1 when it is a Title Case headline, 2 when ALL CAPS."""
    starts: list[int] = []
    flags: list[int] = []
    ends: list[int] = []
    for line in LINE.finditer(text):
        starts.append(line.start())
        ends.append(line.end())
        body = line.group()
        flag = 0
        if len(body) < 250:
            words = TITLE_CASE_WORD.findall(body)
            if len(words) >= 3:
                upper = sum(1 for w in words if w.isupper())
                capital = sum(1 for w in words if w[0].isupper())
                if upper >= 0.6 * len(words):
                    flag = 2
                elif capital >= 0.75 * len(words) and not body.rstrip().endswith("."):
                    flag = 1
        flags.append(flag)
    return starts, flags, ends


class _ChunkAnalyser:
    """The names in one chunk; ``text`` is the chunk and the character after it (a legal form's full stop)."""

    def __init__(self, text: str, gazetteer: OrganisationGazetteer) -> None:
        self.text = text
        self.gazetteer = gazetteer
        self.first_words = gazetteer.first_words
        self.candidates: list[Candidate] = []

    # --- tokens -------------------------------------------------------------------------------

    def _lookup(self, surface: str) -> GazetteerEntry | None:
        """The gazetteer entry of a surface form (normalised text has single spaces already)."""
        entry = self.gazetteer.by_surface.get(surface)
        if entry is None and ("," in surface or "." in surface):
            entry = self.gazetteer.by_surface.get(lookup_key(surface))
        return entry

    def tokens(self, length: int) -> list[Token]:
        """The words of the chunk (its first ``length`` characters), gazetteer names merged."""
        raw = [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(self.text, 0, length)]
        merged = self._merge_gazetteer(raw)
        if len(merged) > 1 and any(t.entry is None and may_start_multiword_place(t.text) for t in merged[:-1]):
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
                out.append(Token(token.start, end, self.text[token.start : end]))
                i = j
            else:
                out.append(token)
                i += 1
        return out

    def _merge_gazetteer(self, tokens: list[Token]) -> list[Token]:
        """Replace the longest gazetteer names among the tokens by one token each."""
        if not any(t.text in self.first_words for t in tokens):
            return tokens
        out: list[Token] = []
        i = 0
        limit = self.gazetteer.max_words
        while i < len(tokens):
            token = tokens[i]
            if token.text in self.first_words:
                for j in range(min(len(tokens), i + limit), i, -1):
                    last = tokens[j - 1]
                    surface = self.text[token.start : last.end]
                    entry = self._lookup(surface)
                    if entry is not None and not last.is_connector:
                        out.append(Token(token.start, last.end, surface, entry))
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
        n = len(tokens)
        for i, token in enumerate(tokens):
            word = token.text
            is_break = token.entry is None and (
                (word in lx.TITLES and not (i + 1 < n and tokens[i + 1].text in lx.STRONG_HEADS))
                or (title_line and word in lx.TITLE_CASE_BREAKS)
            )
            if is_break:
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
            segment[i].is_connector or (segment[i].entry is None and segment[i].text in lx.SENTENCE_STARTERS)
        ):
            i += 1
        while j > i and segment[j - 1].is_connector:
            j -= 1
        return segment[i:j]

    # --- analysis -----------------------------------------------------------------------------

    @staticmethod
    def _is_head(token: Token) -> bool:
        word = token.text
        return token.entry is None and (
            word in lx.STRONG_HEADS or word in lx.WEAK_HEADS or word in lx.UNIT_HEADS or word in lx.LEGAL_SUFFIXES
        )

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
            if token.is_connector:
                i += 1
                continue
            if token.entry is None and token.text in lx.STRONG_HEADS and tokens[i - 1].text in ("and", "&"):
                break  # "Ministry of Health and Ministry of Education": a second name starts
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
        return end

    def _analyse(self, segment: list[Token], title_line: bool, caps_line: bool) -> None:
        """Find the names in one segment; what no name covers goes to the leftovers."""
        n = len(segment)
        i = 0
        loose: list[Token] = []
        while i < n:
            k = next((x for x in range(i, n) if self._is_anchor(segment, x, caps_line)), -1)
            if k < 0:
                self._brands(segment[i:], caps_line, loose)
                break
            if self._is_prefix_legal(segment, k):
                end = n
                start = k
                if end - start >= 2:
                    self._emit(segment[start:end], None)
                    self._brands(segment[i:start], caps_line, loose)
                    i = end
                    continue
                loose.append(segment[k])
                i = k + 1
                continue
            start = self._premodifier_start(segment, i, k)
            if segment[k].text not in lx.UNIT_HEADS:
                k = self._last_anchor(segment, k, caps_line)
            end = k + 1
            if segment[k].text in ("Consulate", "Consulate-General") and end < n and segment[end].text == "General":
                end += 1
            head_end = end
            if (
                end < n
                and not segment[end].is_connector
                and segment[k].text in lx.WEAK_HEADS
                and segment[k].text not in lx.LEGAL_SUFFIXES
            ):
                # "Ekibastuz Power Plant": an industry word inside a longer phrase is not a name's end.
                self._brands(segment[i:end], caps_line, loose)
                i = end
                continue
            if segment[k].text in lx.TAKES_COMPLEMENT:
                end = self._complement_end(segment, end)
            while end < n and segment[end].entry is None and segment[end].text in lx.LEGAL_SUFFIXES:
                end += 1
            span = segment[start:end]
            self._brands(segment[i:start], caps_line, loose)
            self._judge(span, head_end - start, title_line, caps_line, loose)
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
            if token.is_connector:
                if (
                    token.text in ("and", "&")
                    and segment[x - 1].text in lx.WEAK_HEADS
                    and x + 1 < n
                    and not segment[x + 1].is_connector
                    and any(self._is_head(t) for t in segment[x + 1 :])
                ):
                    x += 1
                    continue
                break
            if self._is_anchor(segment, x, caps_line) and token.text not in lx.UNIT_HEADS:
                last = x
            x += 1
        return last

    def _is_anchor(self, segment: list[Token], x: int, caps_line: bool) -> bool:
        """A head word, a legal form, or ``International`` after a brand (``CETC International``)."""
        token = segment[x]
        if self._is_head(token) or self._is_prefix_legal(segment, x):
            return True
        return (
            token.text in lx.INTERNATIONAL_SUFFIXES
            and x > 0
            and token.entry is None
            and _is_brand(segment[x - 1], caps_line=caps_line)
        )

    def _is_prefix_legal(self, segment: list[Token], x: int) -> bool:
        token = segment[x]
        return (
            token.entry is None
            and token.text in ("JSC", "PJSC", "OJSC", "CJSC", "OAO", "ZAO", "OOO", "TOO")
            and x + 1 < len(segment)
            and not segment[x + 1].is_connector
            and (x == 0 or segment[x - 1].is_connector)
        )

    def _premodifier_start(self, segment: list[Token], i: int, k: int) -> int:
        """Walk back from the head at ``k`` over the words that belong to its name."""
        start = k
        x = k - 1
        while x >= i:
            token = segment[x]
            if token.is_connector:
                if token.text in ("and", "&", "And"):
                    left = segment[x - 1] if x - 1 >= i else None
                    right = segment[x + 1]
                    if left is None or left.is_connector or right.entry is not None or is_country(right.text):
                        break
                    if left.entry is not None or _is_acronym(left.text) or self._is_head(left):
                        break
                    x -= 1
                    continue
                break
            start = x
            x -= 1
        while start < k and segment[start].is_connector:
            start += 1
        return start

    def _brands(self, tokens: Sequence[Token], caps_line: bool, loose: list[Token]) -> None:
        """Emit the words that name an organisation by themselves; keep the others as leftovers."""
        for token in tokens:
            if token.is_connector:
                continue
            if _is_brand(token, caps_line=caps_line) and (
                token.entry is not None or (token.text not in lx.LEGAL_SUFFIXES and not _names_place(token.text))
            ):
                self._emit([token], token.entry)
            elif token.text not in lx.SENTENCE_STARTERS and token.text not in lx.TITLES:
                loose.append(token)

    def _judge(self, span: list[Token], head_end: int, title_line: bool, caps_line: bool, loose: list[Token]) -> None:
        """Decide whether words + head (+ complement) make a name; emit it, or what names it holds."""
        heads = [t for t in span[:head_end] if self._is_head(t)]
        first_head = heads[0].text if heads else ""
        complement = span[head_end:]
        has_complement = any(not t.is_connector and t.text not in lx.LEGAL_SUFFIXES for t in complement)
        premods = [t for t in span[: head_end - 1] if not t.is_connector]
        while premods and premods[-1].entry is None and premods[-1].text in lx.LEGAL_SUFFIXES:
            premods.pop()
        words = [t.text for t in premods]
        surface = self.text[span[0].start : span[-1].end]
        has_legal = any(t.text in lx.LEGAL_SUFFIXES and t.text not in ("Group", "GROUP") for t in span)

        # Parts of an organisation: only the organisation named in the complement counts.
        internal = first_head in lx.UNIT_HEADS or (
            first_head == "Committee" and any(w in ("CPC", "Party", "Communist") for w in words)
        )
        if internal:
            inner = [t for t in complement if not t.is_connector]
            if inner and any(_is_brand(t, caps_line=caps_line) or self._is_head(t) for t in inner):
                self._brands(premods, caps_line, loose)
                self._analyse_tokens(complement[1:], title_line, caps_line)
                return
            if first_head == "Department" and has_complement and not premods:
                self._emit(span, None)
                return
            self._brands(premods, caps_line, loose)
            return

        if surface in lx.NON_ORG_NAMES or self.text[span[0].start : span[head_end - 1].end] in lx.NON_ORG_NAMES:
            self._brands(span, caps_line, loose)
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
            self._brands(span, caps_line, loose)
            return
        strong = has_legal or any(t.text in lx.STRONG_HEADS for t in heads)
        if title_line and not has_legal and not any(t.entry is not None for t in premods):
            strong = strong and first_head not in ("Company", "Corporation")
            if not strong:
                self._brands(span, caps_line, loose)
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
            self._brands(span, caps_line, loose)

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
                words=tuple(w for t in span if not t.is_connector for w in t.text.split(" ") if w not in lx.CONNECTORS),
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


@functools.lru_cache(maxsize=1 << 15)
def _chunk_names(
    body: str, length: int, title_line: bool, caps_line: bool, gazetteer: OrganisationGazetteer
) -> tuple[Candidate, ...]:
    """The names of one chunk, cached: names recur across and within documents (bounded, so it never grows)."""
    return _ChunkAnalyser(body, gazetteer).analyse(length, title_line, caps_line)


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


def _is_place_in_capitals(word: str, gazetteer: OrganisationGazetteer) -> bool:
    """True for a place in capitals (``KAZAKHSTAN``, ``ASTANA``), unless it names an organisation (``STEYR``).

    Only a country, a region or a big city counts in its title-case form: small towns share
    their names with acronyms (``Ica``, ``Osh``).
    """
    return gazetteer.lookup(word) is None and (is_known_place(word) or is_major_place(word.title()))


def _promising(words: Sequence[str], first_words: frozenset[str]) -> bool:
    """Quick test: does any word of a chunk head a name, start a gazetteer name or look like an acronym?"""
    interesting = _INTERESTING
    return any(w in interesting or w in first_words or (len(w) > 1 and not w[1:].islower()) for w in words)


def scan_text(text: str, gazetteer: OrganisationGazetteer) -> Scan:
    """Scan normalised ``text`` for organisation mentions by name shape and gazetteer."""
    line_starts, line_flags, _ = _title_case_lines(text)
    first_words = gazetteer.first_words
    found: list[Candidate] = []
    pending_country: tuple[int, int, str] | None = None
    for chunk in CHUNK.finditer(text):
        start, end = chunk.span()
        words = chunk.group().split(" ")
        possessor = pending_country if pending_country is not None and pending_country[1] + 3 == start else None
        pending_country = None
        if text.startswith("'s ", end):
            # The longest country name ending the chunk: "South Korea's Embassy", "Kazakhstan's Embassy".
            for size in range(min(3, len(words)), 0, -1):
                owner = " ".join(words[-size:])
                country = country_of_demonym(owner)
                if country is not None:
                    pending_country = (end - len(owner), end, country)
                    break
        if not _promising(words, first_words):
            continue
        capitals = len(words) == 1 and words[0].isupper()
        if capitals and (_is_dateline(text, start, end) or _is_place_in_capitals(words[0], gazetteer)):
            continue  # "ASTANA, March 3 (Xinhua) --", "KAZAKHSTAN": places in capitals
        line = bisect.bisect_right(line_starts, start) - 1
        flag = line_flags[line] if line >= 0 else 0
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
        body = text[start : end + 1]
        for name in _chunk_names(body, end - start, flag == 1, flag == 2, gazetteer):
            found.append(name._replace(start=name.start + start, end=name.end + start))
    return Scan(candidates=tuple(found))
