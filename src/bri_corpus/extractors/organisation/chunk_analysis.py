"""The names in one chunk of capitalised words: the analysis behind :func:`.candidates.scan_text`.

:class:`_ChunkAnalyser` merges gazetteer names and places into the chunk's tokens, cuts the chunk at
titles, breaks and ``and`` between names, and keeps the runs a head word, legal form, brand or gazetteer
name makes a name.  The cached entry points (:func:`chunk_names`, :func:`chunk_names_alone`,
:func:`word_names`, :func:`word_names_on_any_line`) give a chunk's names with offsets relative to the
chunk; one-word chunks, the most common, are answered without the analyser.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from . import lexicon as lx
from .gazetteer import GazetteerEntry, OrganisationGazetteer, lookup_key
from .places import (
    country_of_demonym,
    is_country,
    is_country_or_demonym,
    is_known_place,
    is_place_noun,
    is_place_word,
    multiword_places,
)
from .shapes import (
    Candidate,
    Token,
    brand_shaped,
    is_acronym,
    is_brand,
    is_governing_board,
    local_government,
    may_hold_multiword_place,
    name_continuation_end,
    names_brand_division,
    names_place,
    names_subsidiary,
    opens_personal_name,
    operates_facility,
    proper_word,
    raw_tokens,
    title_heads_body,
)

__all__ = ["chunk_names", "chunk_names_alone", "word_names", "word_names_on_any_line"]

_HEADS = lx.STRONG_HEADS | lx.WEAK_HEADS | lx.UNIT_HEADS | lx.LEGAL_SUFFIXES
"""Words that head a name (``Ministry``, ``Company``, ``Department``, ``Ltd``), when no gazetteer name holds them."""


_PREFIX_LEGAL = frozenset({"JSC", "PJSC", "OJSC", "CJSC", "OAO", "ZAO", "OOO", "TOO", "PT"})
"""Legal forms that may stand before the name (``JSC Samruk-Kazyna``, Indonesian ``PT Kereta Api Indonesia``)."""


_TAKES_GENERAL = frozenset({"Consulate", "Consulate-General", "Directorate", "Inspectorate"})
"""Heads that ``General`` may follow inside the name (``Directorate General for Trade``); but for a consulate,
only with a word before or a complement after (``the Directorate General said`` names no body)."""


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
        merged = self._merge_gazetteer(raw_tokens(self.text, length))
        if may_hold_multiword_place(merged):
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
                    if entry is not None and j == i + 1 and surface in lx.FAMILY_NAME_BRANDS and out:
                        before = out[-1]
                        if before.entry is None and not before.connector and opens_personal_name(before.text):
                            continue  # "Gautam Adani", "Mr Adani": a person of the family, not its company
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
            if word == "THE" and current and i + 1 < len(tokens) and not tokens[i + 1].text.isupper():
                # "By Gabriel Madang THE Madang Provincial Government ...": a lead-in's article opens a new name
                segments.append(current)
                current = []
            is_break = token.entry is None and (
                (word in lx.TITLES and not title_heads_body(tokens, i)) or (title_line and word in lx.TITLE_CASE_BREAKS)
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
            segment[i].connector
            or (segment[i].entry is None and segment[i].text in lx.SENTENCE_STARTERS)
            # "THE Madang Provincial Government yesterday ...": a lead-in's capitalised article
            or (segment[i].text == "THE" and i + 1 < j and not segment[i + 1].text.isupper())
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
                and local_government([t for t in segment[start:k] if not t.connector])
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
            if segment[k].text in lx.TAKES_COMPLEMENT or (
                segment[k].text in _STATE_FIRM_HEADS
                and start < k
                and all(t.entry is None and t.text in _STATE_FIRM_ADJECTIVES for t in segment[start:k])
            ):
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
        if word == "Board" and is_governing_board(segment, x):
            return False  # "AIIB Board of Governors": a body inside an organisation, not one of its own
        if word in _HEADS or (word in _PREFIX_LEGAL and self._is_prefix_legal(segment, x)):
            return True
        if word in lx.FACILITY_OPERATOR_HEADS:
            return operates_facility(segment, x, caps_line=caps_line)
        return word in lx.INTERNATIONAL_SUFFIXES and x > 0 and is_brand(segment[x - 1], caps_line=caps_line)

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
                        or is_acronym(right.text)  # "QTerminals Kumport and CMP Vado Gateway Terminal"
                    ):
                        break
                    if left.entry is not None or is_acronym(left.text) or self._is_head(left):
                        break
                    if (
                        x - 2 >= i
                        and not segment[x - 2].connector
                        and proper_word(segment[x - 2].text)
                        and proper_word(left.text)
                        and (proper_word(right.text) or is_known_place(right.text))
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
            if names_brand_division(tokens, index, caps_line=caps_line) or (
                names_subsidiary(tokens, index, caps_line=caps_line) and self._ends_clause_subject(tokens[index + 1])
            ):
                self._emit(tokens[index : index + 2], None)
                skip_to = index + 2
            elif token.entry is not None:
                end = name_continuation_end(tokens, index, caps_line=caps_line)
                if end > index + 1:
                    # "Xinjiang Goldwind Science & Technology": the gazetteer company itself when its full
                    # name begins with the written one, else a unit of it ("PowerChina Resources")
                    written = self.text[token.start : tokens[end - 1].end]
                    same = token.entry.name.startswith(written + " ") or token.entry.name == written
                    self._emit(tokens[index:end], token.entry if same else None)
                    skip_to = end
                else:
                    self._emit([token], token.entry)
            elif (
                not token.connector
                and not caps_line
                and brand_shaped(token.text)
                and token.text not in lx.LEGAL_SUFFIXES
                and not names_place(token.text)
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
            or word in _PREPOSITIONS_AFTER_NAME
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
            and local_government(premods)
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
            and (premods[0].text in lx.PUBLIC_BODY_ADJECTIVES or local_government(premods))
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
            if inner and any(
                is_brand(t, caps_line=caps_line)
                or (self._is_head(t) and (t.entry is not None or t.text not in lx.PORTFOLIO_WORDS))
                for t in inner
            ):
                # a name in the complement ("Equipment Sub-group of CETC"); a portfolio word that may head a
                # company's name ("Energy", "Works", "Logistics") is the remit of "Department of Energy".
                self._brands(premods, caps_line)
                self._analyse_tokens(complement[1:], title_line, caps_line)
                return
            if first_head == "Department" and has_complement and not premods:
                self._emit(span, None)
                return
            if (
                first_head == "Department"
                and has_complement
                and premods[0].entry is None
                and is_known_place(" ".join(words))
                and not is_country_or_demonym(" ".join(words))
            ):
                # "Yunnan Department of Commerce", "Lao Cai Department of Industry and Trade": a province's or
                # city's department (a country's is a ministry's unit: "China Department of ...", no such name)
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
            if not ok and first_head == "Government" and len(premods) == 1 and not title_line and not caps_line:
                ok = True  # "donated by the Chinese Government": a public body named with a capitalised head
        else:
            ok = self._distinctive(premods) or (
                has_complement
                and (
                    first_head not in lx.WEAK_HEADS
                    or first_head == "Committee"
                    # "Public Enterprise for State Roads", "State Enterprise for Water Supply": a state firm
                    or (
                        first_head in _STATE_FIRM_HEADS
                        and bool(premods)
                        and all(t.entry is None and t.text in _STATE_FIRM_ADJECTIVES for t in premods)
                    )
                )
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
            if token.entry is not None or is_acronym(word):
                return True
            if is_place_word(word):
                place_names += 1
                continue
            if not self._generic(word) and word not in lx.SENTENCE_STARTERS:
                return True
        return place_names > 0 and len(premods) >= 2

    def _emit(self, span: Sequence[Token], entry: GazetteerEntry | None, form: str | None = None) -> None:
        start, end = span[0].start, span[-1].end
        if span[-1].text == "S.C" and not any(t.text in lx.GENERIC_WORDS for t in span[:-1]):
            return  # "S.C." of a share company names a firm's trade ("Rail Transport S.C."); a counsel's is no firm
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


_STATE_FIRM_HEADS = frozenset({"Enterprise", "Enterprises"})
_STATE_FIRM_ADJECTIVES = lx.PUBLIC_BODY_ADJECTIVES | frozenset({"Public", "Republican", "Municipal", "Joint-Stock"})
"""``Public Enterprise for ...``, ``Republican State Enterprise of ...``: with its complement the name of a state
firm (Balkan and post-Soviet public companies), though ``Enterprise`` is a weak head."""

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
def chunk_names(
    body: str, length: int, title_line: bool, caps_line: bool, gazetteer: OrganisationGazetteer
) -> tuple[Candidate, ...]:
    """The names of one chunk, cached: names recur across and within documents (bounded, so it never grows).

    ``body`` is the chunk and the 24 characters after it (the word after ``HBIS Serbia``: see
    :func:`names_subsidiary`).
    """
    return _analyse_chunk(body, length, title_line, caps_line, gazetteer)[0]


@functools.lru_cache(maxsize=1 << 15)
def chunk_names_alone(
    body: str, length: int, title_line: bool, caps_line: bool, gazetteer: OrganisationGazetteer
) -> tuple[Candidate, ...] | None:
    """:func:`chunk_names` for ``body`` = the chunk and the one character after it (a legal form's full stop).

    Most chunks' names do not depend on the words after them, and a chunk recurs far more often than it
    recurs with the same 24 characters after it, so this cache hits far more often.  ``None`` when the
    analysis wanted to read further (a company's acronym and a country ending the chunk): then ask
    :func:`chunk_names` with the longer body.
    """
    names, read_past_text = _analyse_chunk(body, length, title_line, caps_line, gazetteer)
    return None if read_past_text else names


@functools.lru_cache(maxsize=1 << 15)
def word_names(
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
        if caps_line or not brand_shaped(word):
            return ()
        if word in lx.LEGAL_SUFFIXES or names_place(word):
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
def word_names_on_any_line(
    word: str, full_stop: bool, gazetteer: OrganisationGazetteer
) -> tuple[Candidate, ...] | None:
    """What :func:`word_names` makes of ``word`` on every kind of line, or ``None`` when the line's kind matters.

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
        or not brand_shaped(word)
    ):
        return word_names(word, full_stop, False, False, gazetteer)
    return None


@functools.lru_cache(maxsize=8)
def _gazetteer_name_lengths(gazetteer: OrganisationGazetteer) -> dict[str, frozenset[int]]:
    """First word → the numbers of words of the gazetteer names it starts, for names without ``.`` or ``,``."""
    lengths: dict[str, set[int]] = {}
    for key in gazetteer.by_surface:
        if "." not in key and "," not in key:
            words = key.split(" ")
            lengths.setdefault(words[0], set()).add(len(words))
    return {word: frozenset(found) for word, found in lengths.items()}


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


_PREPOSITIONS_AFTER_NAME = frozenset({"on", "in", "at", "with", "from", "by", "to", "under", "since", "after"})
"""Prepositions that end a name's run: ``a deal with Huawei Kenya on 1 September``, ``HBIS Serbia in 2016``."""


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
            or (not caps_line and brand_shaped(word))
        ):
            return True
        for length in name_lengths.get(word, ()):
            if " ".join(words[i : i + length]) in by_surface:
                return True
    return False
