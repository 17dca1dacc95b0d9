"""Find the page chrome in a scraped news document: the parts that are not the story.

Scraped press releases keep navigation labels, contact lines, "Related News"
lists, editor credits, source URLs and copyright or licence lines.  None of it
carries facts (a copyright year is not a date, a phone number is not a
quantity), so the pipeline drops any fact that falls in a chrome region.

The rules are line-based and general: a line is chrome when it is a known
navigation label, when it carries contact details, a copyright notice or an
editor credit, or when it belongs to a block of links under a "Related"
heading.  A ``Source: <url>`` stretch is chrome inside an otherwise textual
header line; a ``SOURCE: <organisation>`` byline is text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import regex

__all__ = ["find_chrome"]

_NAV_LABELS = regex.compile(
    r"""
    ^\s*(?:
        home(?:\s*page)? | news(?:\s+(?:center|centre|room))? | newsroom | press\s+(?:releases?|center|centre)
      | contact(?:\s+us)? | about(?:\s+us)? | share(?:\s+(?:this|to))? | print | back(?:\s+to\s+top)? | top
      | related(?:\s+(?:news|articles?|stories|posts|links|reading))? | recommended(?:\s+\w+)? | more\s+news
      | latest\s+news | read\s+more | next(?:\s+article)? | previous(?:\s+article)? | tags? | search | menu
      | sitemap | site\s+map | subscribe | follow\s+us | login | log\s+in | sign\s+in | [>»|/\s]+
    )\s*:?\s*$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_RELATED_EN = (
    r"(?:related(?:\s+(?:news|articles?|stories|posts|links|reading))?|recommended(?:\s+\w+)?|more\s+news"
    r"|latest\s+news|you\s+may\s+also\s+like|read\s+also|see\s+also)"
)
_RELATED_ZH = r"(?:相关|相關|推荐|推薦|更多)[\p{Han}]{0,4}"
_RELATED_HEADING = regex.compile(
    # English, Chinese, or both ("相关新闻 Related News"), with an optional colon.
    rf"^\s*(?:{_RELATED_ZH}[:：]?\s*(?:{_RELATED_EN})?|{_RELATED_EN})\s*[:：]?\s*$",
    regex.IGNORECASE,
)

# Lines that are contact details, credits, copyright or licence notices, wherever they stand.
# Searched over the whole text at once (lines with an "@" are checked for e-mail addresses apart).
_CHROME_LINE = regex.compile(
    r"""
    \b(?:tel|phone|telephone|fax|mobile|hotline)\b[^\S\n]*[:：.]?[^\S\n]*[(+\d]      # phone and fax numbers
  | ^[^\S\n]*(?:editor|edited[^\S\n]+by|reporter|author|translator|proofread(?:er|[^\S\n]+by)?
        |responsible[^\S\n]+editor)[^\S\n]*[:：]                                # credits
  | ^[^\S\n]*(?:for[^\S\n]+(?:further|more)[^\S\n]+(?:details|information)
        |(?:media|press)[^\S\n]+(?:contact|enquiries|inquiries)
        |contact(?:[^\S\n]+(?:us|person|details|information))?)[^\S\n]*[:：]          # contact lead-ins
  | \bcopyright\b[^\S\n]*(?:©|\(c\)|\d{4}|of\b) | \(c\)[^\S\n]*\d{4} | ©          # copyright notices
  | \ball[^\S\n]+rights[^\S\n]+reserved\b
  | \bICP\b | [\p{Han}]B2-\d                                                  # Chinese web licence numbers
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.MULTILINE,
)

# Cheap literal prefilter, run on the lower-cased text: only lines holding one of these words
# are searched with _CHROME_LINE (which is slow to run over a whole text with IGNORECASE).
_CHROME_WORDS = re.compile(
    r"tel|phone|fax|mobile|hotline|editor|edited|reporter|author|translator|proofread|copyright|\(c\)|©|reserved"
    r"|icp|b2-|details|information|contact|enquiries|inquiries"
)

_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

SHORT_LINE = 80
"""Navigation labels and "Related" headings are no longer than this."""

LONG_LINE = 300
"""Lines longer than this are story paragraphs: chrome inside them is cut out, not the whole line."""

_CONTACT = regex.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:tel|phone|fax)\b\s*[:：.]?\s*[(+\d][\d()\s+-]{5,}\d",
    regex.IGNORECASE,
)

_SOURCE_URL = regex.compile(
    r"(?i)\bsource\s*[:：]\s*(?:https?://|www\.)\S+|\b(?:https?://|www\.)[\w.-]+\.[a-z]{2,}(?:/\S*)?"
)


def _lines(raw: str) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, line)`` for each line of ``raw``, without its line break."""
    position = 0
    for line in raw.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        yield position, position + len(stripped), stripped
        position += len(line)


def _related_block_ends(lines: list[tuple[int, int, str]], index: int) -> int:
    """Return the index of the last line of the link block under the heading at ``index``."""
    last = index
    for j in range(index + 1, len(lines)):
        text = lines[j][2].strip()
        if not text:
            if last > index:
                break
            continue
        # A link line is short and is no sentence (no full stop followed by more text).
        if len(text) > 120 or regex.search(r"[.!?]\s+\p{Lu}", text):
            break
        last = j
    return last


def _flagged_lines(raw: str, lines: list[tuple[int, int, str]], line_starts: list[int]) -> set[int]:
    """Return the indices of the lines holding contact details, credits, copyright or licence notices."""
    lowered = raw.lower()
    if len(lowered) == len(raw):
        candidates = sorted({bisect.bisect_right(line_starts, m.start()) - 1 for m in _CHROME_WORDS.finditer(lowered)})
    else:  # lower-casing changed offsets (rare letters such as "İ"): check every line
        candidates = list(range(len(lines)))
    return {index for index in candidates if _CHROME_LINE.search(lines[index][2])}


def find_chrome(raw: str) -> tuple[tuple[int, int], ...]:
    """Return the raw ``(start, end)`` regions of ``raw`` that are page chrome, in order, not overlapping."""
    regions: list[tuple[int, int]] = [m.span() for m in _SOURCE_URL.finditer(raw)]
    lines = list(_lines(raw))
    line_starts = [start for start, _, _ in lines]
    flagged = _flagged_lines(raw, lines, line_starts)
    skip_until = -1
    for index, (start, end, text) in enumerate(lines):
        if index <= skip_until or not text or text.isspace():
            continue
        if len(text) <= SHORT_LINE:
            if _RELATED_HEADING.match(text):
                skip_until = _related_block_ends(lines, index)
                regions.append((start, lines[skip_until][1]))
                continue
            if _NAV_LABELS.match(text):
                regions.append((start, end))
                continue
        if index not in flagged and not ("@" in text and _EMAIL.search(text)):
            continue
        if len(text) <= LONG_LINE:
            regions.append((start, end))
        else:
            # A paragraph of story text: only the contact details themselves are chrome.
            regions.extend((start + m.start(), start + m.end()) for m in _CONTACT.finditer(text))
    return _merge(regions)


def _merge(regions: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(regions):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)
