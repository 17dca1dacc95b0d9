"""Fold news-text typography into a plain form, keeping a map back to the raw text.

Extractors match on the normalised text, where every space is a plain space,
every dash a hyphen-minus and every curly quote a straight one, so that their
patterns stay short.
Facts must still point at the raw file text (provenance is the product), so the
normalisation records, segment by segment, which raw characters each normalised
character came from, and :meth:`NormalizedText.to_raw` maps a span back.

What is folded:

* runs of whitespace (any Unicode space, tab, control character, line and
  paragraph separators, with zero-width characters and soft hyphens inside
  them) become one space, or ``"\\n"`` when the run holds one line break, or
  ``"\\n\\n"`` when it holds two or more (``"\\r\\n"`` counts as one);
* zero-width characters, the BOM and soft hyphens outside whitespace are dropped;
* curly and angle quotes become ``'`` or ``"``;
* hyphens, dashes and the minus sign become ``-``;
* full-width ASCII forms (``０-９``, ``Ａ``, ``，``) become ASCII;
* ligatures (``ﬁ``) are spelled out; ``…`` becomes ``...``.

Everything else, combining marks and astral characters included, is kept as it is.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator

import attrs

__all__ = ["NormalizedText", "normalize"]

# Characters removed outright wherever they stand (outside whitespace runs).
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"

_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u2035\u02bc\u2039\u203a"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb\u301d\u301e"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\u2e3a\u2e3b"
_LIGATURES = "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"


def _build_fold_table() -> dict[str, str]:
    """Return the one-character folds (character → replacement)."""
    table: dict[str, str] = {}
    for ch in _SINGLE_QUOTES:
        table[ch] = "'"
    for ch in _DOUBLE_QUOTES:
        table[ch] = '"'
    for ch in _DASHES:
        table[ch] = "-"
    for ch in _LIGATURES:
        table[ch] = unicodedata.normalize("NFKC", ch)
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII variants
        table[chr(code)] = chr(code - 0xFEE0)
    # Full-width forms of the quotes and the hyphen fold like their ASCII originals.
    table["\uff02"] = '"'
    table["\uff07"] = "'"
    table["\uff0d"] = "-"
    table["\u2026"] = "..."
    table["\u3001"] = ","
    table["\u3002"] = "."
    return table


_FOLDS: dict[str, str] = _build_fold_table()

_LINE_BREAKS = "\n\x0b\x0c\r\x1c\x1d\x1e\x85\u2028\u2029"


def _whitespace_chars() -> str:
    """Return every character treated as whitespace: Unicode spaces (``str.isspace``) and C0/C1 controls.

    All of them lie below U+3001, so only that range is scanned.
    """
    return "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace() or unicodedata.category(ch) == "Cc")


_SPACE = re.escape(_whitespace_chars())
_SPACE_OR_INVISIBLE = _SPACE + re.escape(_INVISIBLE)

# One whitespace run (invisible characters may join it), or one run of invisible characters,
# or one character that has a fold.  The stdlib ``re`` with explicit classes scans this about
# 1.5 times faster than ``regex`` with ``\p{White_Space}``, and it is the core's hottest loop.
_SPECIAL = re.compile(
    rf"""
    (?P<space>
        (?!\n\n(?![{_SPACE_OR_INVISIBLE}]))   # not a plain paragraph break, which stays as it is
        (?=[{_SPACE_OR_INVISIBLE}]{{2}})[{_SPACE_OR_INVISIBLE}]*[{_SPACE}][{_SPACE_OR_INVISIBLE}]*
                                            # a whitespace run of two or more (invisibles may join it)
      | (?![ \n])[{_SPACE}]                 # a lone space other than a plain space or newline
    )
    | (?P<invisible>[{re.escape(_INVISIBLE)}]+)           # zero-width characters, soft hyphens
    | (?P<fold>[{re.escape("".join(_FOLDS))}])            # a one-character fold
    """,
    re.VERBOSE,
)


def _collapse_space(run: str) -> str:
    """Return the replacement for one whitespace run: a space or one or two line breaks."""
    breaks = 0
    previous = ""
    for ch in run:
        if ch in _LINE_BREAKS and not (ch == "\n" and previous == "\r"):
            breaks += 1
        previous = ch
    if breaks == 0:
        return " "
    return "\n" if breaks == 1 else "\n\n"


@attrs.frozen(slots=True, eq=False)
class NormalizedText:
    """A document's normalised text with the map back to its raw text.

    The map is a list of segments, each a stretch of normalised text and the raw
    stretch it came from, stored column by column (``to_raw`` runs once per fact,
    so it must be cheap).  An identity segment maps character for character; a
    replaced segment maps every one of its normalised characters to the whole raw stretch.

    Attributes:
        raw: the text exactly as read.
        text: the normalised text that extractors match on.
    """

    raw: str
    text: str
    _norm_starts: tuple[int, ...] = attrs.field(repr=False)
    _raw_starts: tuple[int, ...] = attrs.field(repr=False)
    _norm_lengths: tuple[int, ...] = attrs.field(repr=False)
    _raw_lengths: tuple[int, ...] = attrs.field(repr=False)
    _identity: tuple[bool, ...] = attrs.field(repr=False)
    _identical: bool = attrs.field(default=False, repr=False)

    def __len__(self) -> int:
        return len(self.text)

    @property
    def identical(self) -> bool:
        """True when normalisation changed nothing (``text == raw``): every offset is then its own raw offset,
        and the map is skipped (most web text in plain ASCII or well-formed UTF-8 is already normal)."""
        return self._identical

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised span ``[start, end)`` to the raw span it came from.

        A span that touches a replaced character covers the whole raw stretch
        behind it (a folded whitespace run, a ligature), so the raw span always
        contains every raw character the normalised span stands for.

        Raises:
            ValueError: when the span is not within the normalised text.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) is outside the normalised text of length {len(self.text)}")
        if self._identical:
            return start, end
        if start == end:
            position = self._raw_position(start)
            return position, position
        norm_starts = self._norm_starts
        first = bisect.bisect_right(norm_starts, start) - 1
        last = bisect.bisect_right(norm_starts, end - 1, first) - 1
        raw_start = self._raw_starts[first]
        if self._identity[first]:
            raw_start += start - norm_starts[first]
        if self._identity[last]:
            raw_end = self._raw_starts[last] + (end - norm_starts[last])
        else:
            raw_end = self._raw_starts[last] + self._raw_lengths[last]
        return raw_start, raw_end

    def from_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map the raw span ``[start, end)`` to the smallest normalised span covering it.

        Used to carry raw regions (page chrome, say) over to the normalised text.
        Raw characters that normalisation dropped map to an empty span.
        """
        if not 0 <= start <= end <= len(self.raw):
            raise ValueError(f"span [{start}, {end}) is outside the raw text of length {len(self.raw)}")
        if self._identical:
            return start, end
        return self._norm_position(start, after=False), self._norm_position(end, after=True)

    def raw_text(self, start: int, end: int) -> str:
        """Return the raw characters behind the normalised span ``[start, end)``."""
        raw_start, raw_end = self.to_raw(start, end)
        return self.raw[raw_start:raw_end]

    def unchanged(self, start: int, end: int) -> bool:
        """Tell whether normalisation left the normalised span ``[start, end)`` as it was in the raw text.

        True when every character in it was copied, and nothing between them was dropped.
        """
        if start == end or self._identical:
            return True
        index = bisect.bisect_right(self._norm_starts, start) - 1
        previous_raw_end = -1
        while index < len(self._norm_starts):
            if self._norm_starts[index] >= end:
                return True
            if not self._identity[index]:
                return False
            if previous_raw_end >= 0 and previous_raw_end != self._raw_starts[index]:
                return False  # raw characters were dropped between the two
            previous_raw_end = self._raw_starts[index] + self._raw_lengths[index]
            index += 1
        return True

    def _raw_position(self, position: int) -> int:
        if position >= len(self.text):
            return len(self.raw)
        index = bisect.bisect_right(self._norm_starts, position) - 1
        offset = position - self._norm_starts[index] if self._identity[index] else 0
        return self._raw_starts[index] + offset

    def _norm_position(self, raw_position: int, *, after: bool) -> int:
        if not self._norm_starts:
            return 0
        index = bisect.bisect_right(self._raw_starts, raw_position) - 1
        if index < 0:
            return 0
        norm_start = self._norm_starts[index]
        norm_length = self._norm_lengths[index]
        offset = raw_position - self._raw_starts[index]
        if self._identity[index]:
            return norm_start + min(offset, norm_length)
        if offset == 0:
            return norm_start
        # Inside or just past a replaced stretch: a start snaps back, an end snaps forward.
        if after or offset >= self._raw_lengths[index]:
            return norm_start + norm_length
        return norm_start


# Where a match of _SPECIAL can start, found without running _SPECIAL at every position (it scans
# at about 10 MB/s; these scan at 100 MB/s and more).  A match starts at, or in the whitespace run just
# before, either a character that is never left as it is (``_ODD``), or one of the pairs of plain
# spaces and line breaks in ``_PLAIN_PAIRS``: a plain paragraph break ("\n\n" between words) stays as it is.
_RUN_CHARS = frozenset(_whitespace_chars() + _INVISIBLE)
_ODD = re.compile(f"[{re.escape(''.join(sorted((_RUN_CHARS | set(_FOLDS)) - {' ', chr(10)})))}]")
_PLAIN_PAIRS = ("  ", " \n", "\n ", "\n\n\n")


def _candidates(raw: str) -> list[int]:
    """Return, in order, positions at or after which (within one whitespace run) _SPECIAL may match."""
    found = {match.start() for match in _ODD.finditer(raw)}
    for pair in _PLAIN_PAIRS:
        position = raw.find(pair)
        while position >= 0:
            found.add(position)
            position = raw.find(pair, position + 1)
    return sorted(found)


def _special_matches(raw: str) -> Iterator[re.Match[str]]:
    """Yield the matches of _SPECIAL in ``raw``, exactly as ``_SPECIAL.finditer(raw)`` would, but faster."""
    position = 0
    for candidate in _candidates(raw):
        if candidate < position:
            continue
        start = candidate
        while start > position and raw[start - 1] in _RUN_CHARS:
            start -= 1  # the whitespace run the candidate belongs to may begin earlier
        for at in range(start, candidate + 1):
            match = _SPECIAL.match(raw, at)
            if match is not None:
                yield match
                position = match.end()
                break


def _pieces(raw: str) -> Iterator[tuple[int, int, str | None]]:
    """Yield ``(raw_start, raw_end, replacement)``; ``None`` means copy the raw text unchanged."""
    position = 0
    for match in _special_matches(raw):
        start, end = match.span()
        if start > position:
            yield position, start, None
        group = match.lastgroup
        if group == "space":
            replacement = _collapse_space(match.group())
        elif group == "invisible":
            replacement = ""
        else:
            replacement = _FOLDS[match.group()]
        yield start, end, (None if replacement == match.group() else replacement)
        position = end
    if position < len(raw):
        yield position, len(raw), None


def normalize(raw: str) -> NormalizedText:
    """Normalise ``raw`` for matching and keep the map back to it.

    Never raises on any ``str``; the result is idempotent
    (``normalize(normalize(t).text).text == normalize(t).text``).
    """
    parts: list[str] = []
    # The map's columns (see NormalizedText); segments that produce no normalised characters
    # (dropped invisibles) are left out, so they never shadow the segment owning the same start.
    norm_starts: list[int] = []
    raw_starts: list[int] = []
    norm_lengths: list[int] = []
    raw_lengths: list[int] = []
    identity: list[bool] = []

    def add(norm_start: int, raw_start: int, norm_length: int, raw_length: int, same: bool) -> None:
        if norm_length:
            norm_starts.append(norm_start)
            raw_starts.append(raw_start)
            norm_lengths.append(norm_length)
            raw_lengths.append(raw_length)
            identity.append(same)

    norm_length = 0
    # The identity run being built: copied raw text is merged into one segment until a fold interrupts it.
    run_norm = run_raw = run_length = 0
    for raw_start, raw_end, replacement in _pieces(raw):
        if replacement is None:
            piece = raw[raw_start:raw_end]
            if run_length and run_raw + run_length == raw_start:
                run_length += len(piece)
            else:
                add(run_norm, run_raw, run_length, run_length, True)
                run_norm, run_raw, run_length = norm_length, raw_start, len(piece)
        else:
            add(run_norm, run_raw, run_length, run_length, True)
            run_length = 0
            piece = replacement
            add(norm_length, raw_start, len(piece), raw_end - raw_start, False)
        parts.append(piece)
        norm_length += len(piece)
    add(run_norm, run_raw, run_length, run_length, True)
    text = "".join(parts)
    return NormalizedText(
        raw=raw,
        text=text,
        norm_starts=tuple(norm_starts),
        raw_starts=tuple(raw_starts),
        norm_lengths=tuple(norm_lengths),
        raw_lengths=tuple(raw_lengths),
        identity=tuple(identity),
        identical=len(text) == len(raw) and text == raw,
    )
