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


@attrs.frozen(slots=True)
class _Segment:
    """A stretch of normalised text and the raw stretch it came from.

    An identity segment maps character for character; a replaced segment maps
    every one of its normalised characters to the whole raw stretch.
    """

    norm_start: int
    raw_start: int
    norm_length: int
    raw_length: int
    identity: bool


@attrs.frozen(slots=True, eq=False)
class NormalizedText:
    """A document's normalised text with the map back to its raw text.

    Attributes:
        raw: the text exactly as read.
        text: the normalised text that extractors match on.
    """

    raw: str
    text: str
    _segments: tuple[_Segment, ...] = attrs.field(repr=False)
    _norm_starts: tuple[int, ...] = attrs.field(repr=False)
    _raw_starts: tuple[int, ...] = attrs.field(repr=False)

    def __len__(self) -> int:
        return len(self.text)

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
        if start == end:
            position = self._raw_position(start)
            return position, position
        first = self._segment_at(start)
        last = self._segment_at(end - 1)
        raw_start = first.raw_start + (start - first.norm_start if first.identity else 0)
        if last.identity:
            raw_end = last.raw_start + (end - 1 - last.norm_start) + 1
        else:
            raw_end = last.raw_start + last.raw_length
        return raw_start, raw_end

    def from_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map the raw span ``[start, end)`` to the smallest normalised span covering it.

        Used to carry raw regions (page chrome, say) over to the normalised text.
        Raw characters that normalisation dropped map to an empty span.
        """
        if not 0 <= start <= end <= len(self.raw):
            raise ValueError(f"span [{start}, {end}) is outside the raw text of length {len(self.raw)}")
        return self._norm_position(start, after=False), self._norm_position(end, after=True)

    def raw_text(self, start: int, end: int) -> str:
        """Return the raw characters behind the normalised span ``[start, end)``."""
        raw_start, raw_end = self.to_raw(start, end)
        return self.raw[raw_start:raw_end]

    def unchanged(self, start: int, end: int) -> bool:
        """Tell whether normalisation left the normalised span ``[start, end)`` as it was in the raw text.

        True when every character in it was copied, and nothing between them was dropped.
        """
        if start == end:
            return True
        index = self._segment_index(start)
        previous: _Segment | None = None
        while index < len(self._segments):
            segment = self._segments[index]
            if segment.norm_start >= end:
                return True
            if not segment.identity:
                return False
            if previous is not None and previous.raw_start + previous.raw_length != segment.raw_start:
                return False  # raw characters were dropped between the two
            previous = segment
            index += 1
        return True

    def _segment_index(self, position: int) -> int:
        return bisect.bisect_right(self._norm_starts, position) - 1

    def _segment_at(self, position: int) -> _Segment:
        return self._segments[self._segment_index(position)]

    def _raw_position(self, position: int) -> int:
        if position >= len(self.text):
            return len(self.raw)
        segment = self._segment_at(position)
        return segment.raw_start + (position - segment.norm_start if segment.identity else 0)

    def _norm_position(self, raw_position: int, *, after: bool) -> int:
        if not self._segments:
            return 0
        index = bisect.bisect_right(self._raw_starts, raw_position) - 1
        if index < 0:
            return 0
        segment = self._segments[index]
        offset = raw_position - segment.raw_start
        if segment.identity:
            return segment.norm_start + min(offset, segment.norm_length)
        if offset == 0:
            return segment.norm_start
        # Inside or just past a replaced stretch: a start snaps back, an end snaps forward.
        if after or offset >= segment.raw_length:
            return segment.norm_start + segment.norm_length
        return segment.norm_start


def _pieces(raw: str) -> Iterator[tuple[int, int, str | None]]:
    """Yield ``(raw_start, raw_end, replacement)``; ``None`` means copy the raw text unchanged."""
    position = 0
    for match in _SPECIAL.finditer(raw):
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
    segments: list[_Segment] = []
    norm_length = 0
    # The identity run being built: copied raw text is merged into one segment until a fold interrupts it.
    run_norm = run_raw = run_length = 0
    for raw_start, raw_end, replacement in _pieces(raw):
        if replacement is None:
            piece = raw[raw_start:raw_end]
            if run_length and run_raw + run_length == raw_start:
                run_length += len(piece)
            else:
                if run_length:
                    segments.append(_Segment(run_norm, run_raw, run_length, run_length, True))
                run_norm, run_raw, run_length = norm_length, raw_start, len(piece)
        else:
            if run_length:
                segments.append(_Segment(run_norm, run_raw, run_length, run_length, True))
                run_length = 0
            piece = replacement
            segments.append(_Segment(norm_length, raw_start, len(piece), raw_end - raw_start, False))
        parts.append(piece)
        norm_length += len(piece)
    if run_length:
        segments.append(_Segment(run_norm, run_raw, run_length, run_length, True))
    # Segments that produce no normalised characters (dropped invisibles) must not
    # shadow the segment that owns the same normalised start.
    kept = tuple(s for s in segments if s.norm_length > 0)
    return NormalizedText(
        raw=raw,
        text="".join(parts),
        segments=kept,
        norm_starts=tuple(s.norm_start for s in kept),
        raw_starts=tuple(s.raw_start for s in kept),
    )
