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
import itertools
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
      | skip\s+to(?:\s+(?:main|the))?\s+content | search\s+\w+
    )\s*:?\s*$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_RELATED_EN = (
    r"(?:related(?:\s+(?:news|articles?|stories|posts|links|reading))?|recommended(?:\s+\w+)?|more\s+news"
    r"|latest\s+news|you\s+may\s+also\s+like|read\s+also|see\s+also|most\s+(?:popular|read|viewed|shared)"
    r"|trending(?:\s+now)?|top\s+stories|editor'?s\s+picks?|read\s+next|read\s+more|also\s+read"
    r"|(?:search\s+)?(?:tags?|keywords?|topics?))"  # a tag list under its label: "Search Keywords:\nA, B, C"
)
_RELATED_ZH = r"(?:相关|相關|推荐|推薦|更多)[\p{Han}]{0,4}"
_RELATED_HEADING = regex.compile(
    # English, Chinese, or both ("相关新闻 Related News"), with an optional colon.
    rf"^\s*(?:{_RELATED_ZH}[:：]?\s*(?:{_RELATED_EN})?|{_RELATED_EN})\s*[:：]?\s*$",
    regex.IGNORECASE,
)

# A label followed by a list of links or topics on the same line: "Tags: A | B", "Related: story | story".
_LIST_LINE = regex.compile(
    r"^\s*(?:tags?|keywords?|topics?|related(?:\s+\w+)?|most\s+(?:read|popular|viewed|shared)|read\s+(?:more|also|next)"
    r"|also\s+read"
    r"|see\s+also|categor(?:y|ies)|share(?:\s+(?:this|on|to))?|filed\s+under)\s*[:：]\s*\S",
    regex.IGNORECASE,
)

# The items of a navigation bar ("Home | China | World | Business") or breadcrumb trail ("Africa > Belt & Road").
_MENU_SEPARATOR = regex.compile(r"\s*\|\s*|\s+[>»]\s+")
MENU_ITEM_WORDS = 4
"""Items of a menu or breadcrumb trail are no longer than this many words."""


def _is_menu(text: str) -> bool:
    """Tell whether a line is a navigation bar (four or more items between "|") or a breadcrumb trail (">").

    Items are short capitalised labels with no digits, colons or sentence punctuation, which keeps out
    bylines (``By Li Wei | China Daily | Updated: 2023-05-18``) and sentences (``profit > forecasts, it said``).
    """
    if "|" not in text and ">" not in text and "»" not in text:
        return False
    if ":" in text or any(ch.isdigit() for ch in text):
        return False
    items = [item for item in _MENU_SEPARATOR.split(text.strip()) if item]
    enough = len(items) >= (4 if "|" in text else 2)
    return enough and all(_is_menu_item(item) for item in items)


def _is_menu_item(item: str) -> bool:
    """A menu item is a few words, starting with a capital (or a letter without case), with no sentence punctuation."""
    first = item[0]
    return (
        len(item.split()) <= MENU_ITEM_WORDS
        and (first.isupper() or (first.isalpha() and not first.islower()))
        and not any(mark in item for mark in ",;.!?")
    )


# Lines that are contact details, credits, copyright or licence notices, wherever they stand (in lower case).
# Checked line by line, only on lines the keyword prefilter below picks out.
_CHROME_LINE = regex.compile(
    r"""
    \b(?:tel|phone|telephone|fax|mobile|hotline)\b(?:[^\S\n]+(?:at|on))?[^\S\n]*[:：.]?[^\S\n]*[(+\d]  # phones
  | \b(?:phone|telephone|fax|hotline)\b[^\n:：]{1,60}[:：][^\S\n]*[(+]?\d[\d()\s+-]{5,}\d  # "Hotline of X: +996 ..."
  | ^[^\S\n]*(?:editor|edited[^\S\n]+by|reporter|author|translator|proofread(?:er|[^\S\n]+by)?
        |responsible[^\S\n]+editor)[^\S\n]*[:：]                                # credits
  | ^[^\S\n]*(?:for[^\S\n]+(?:further|more)[^\S\n]+(?:details|information)
        |(?:media|press)[^\S\n]+(?:contact|enquiries|inquiries)
        |contact(?:[^\S\n]+(?:us|person|details|information))?)[^\S\n]*[:：]          # contact lead-ins
  | \bcopyright\b[^\S\n]*(?:©|\(c\)|\d{4}|of\b|[:：]) | \(c\)[^\S\n]*\d{4} | ©          # copyright notices
  | ^[^\S\n]*(?:\(c\)|copyright\b)[^\S\n]*[^\n]{1,60}?,?[^\S\n]*(?:19|20)\d\d[^\S\n]*\.?[^\S\n]*$  # "(c) Khovar, 2024"
  | \ball[^\S\n]+rights[^\S\n]+reserved\b
  | \bicp\b | [\p{Han}]b2-\d                                                  # Chinese web licence numbers
  | ^[^\S\n]*(?:registration|licen[cs]e)[^\S\n]+(?:number|no\.?)[^\S\n]*[:：]        # site registration numbers
  | ^[^\S\n]*our[^\S\n]+standards[^\S\n]*[:：]                                      # wire agencies' trailers
  | ^[^\S\n]*(?:(?:additional|further)[^\S\n]+)?reporting[^\S\n]+by\b[^\n]{1,200}?\b(?:editing|writing)[^\S\n]+by\b
    """,
    regex.VERBOSE | regex.MULTILINE,
)  # searched in lower-cased lines: much faster than IGNORECASE

_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

SHORT_LINE = 80
"""Navigation labels and "Related" headings are no longer than this."""

LONG_LINE = 300
"""Lines longer than this are story paragraphs: chrome inside them is cut out, not the whole line."""

_CONTACT = regex.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:tel|phone|fax)\b\s*[:：.]?\s*[(+\d][\d()\s+-]{5,}\d",
    regex.IGNORECASE,
)

_SOURCE_URL_PATTERN = r"\bsource\s*[:：]\s*(?:https?://|www\.)\S+|\b(?:https?://|www\.)[\w.-]+\.[a-z]{2,}(?:/\S*)?"
_SOURCE_URL = re.compile(_SOURCE_URL_PATTERN)  # searched in the lower-cased text: twice as fast as re.IGNORECASE
_SOURCE_URL_ANY_CASE = re.compile(_SOURCE_URL_PATTERN, re.IGNORECASE)  # when lower-casing moves offsets


# Cheap prefilters, run over the whole text once, that name the few lines worth checking line by line.
# Each is a superset of what the line patterns above accept, so skipping the other lines changes nothing
# (tests/test_chrome_prefilters.py holds them to that).
_LABEL_START = re.compile(
    r"^[^\S\n]*(?:[>»|/:]|home|news|press|contact|about|share|print|back|top|related|recommended|more|latest"
    r"|read|next|previous|tag|search|menu|site|subscribe|follow|log|sign|you|see|skip|keyword|topic|most|categor"
    r"|trending|editor|also"
    r"|filed|相关|相關|推荐|推薦|更多)",
    re.MULTILINE,
)
_CHROME_WORDS = ("tel", "phone", "telephone", "fax", "mobile", "hotline", "copyright", "icp")  # whole words
_CHROME_STRINGS = ("rights", "(c)", "©", "b2-")  # anywhere
_LINE_START_WORDS = re.compile(
    r"^[^\S\n]*(?:editor|edited|reporter|author|translator|proofread|responsible|for[^\S\n]+(?:further|more)"
    r"|media|press|contact|registration|licen[cs]e|our[^\S\n]+standards|reporting|additional|further)",
    re.MULTILINE,
)
_MENU_MARKS = ("|", ">", "»")
_URL_HINTS = ("http", "www.")

# Line breaks other than "\n" (and "\r\n") that ``str.splitlines`` honours; texts holding one are
# checked line by line without the prefilters, whose ``^`` knows only "\n".
_OTHER_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _only_newline_breaks(raw: str) -> bool:
    """Tell whether every line break in ``raw`` is "\n" or "\r\n"."""
    return not any(ch in raw for ch in _OTHER_BREAKS) and raw.count("\r") == raw.count("\r\n")


def _positions(text: str, needle: str) -> Iterator[int]:
    """Yield every position where ``needle`` occurs in ``text`` (``str.find`` runs at memory speed)."""
    position = text.find(needle)
    while position >= 0:
        yield position
        position = text.find(needle, position + 1)


def _word_positions(text: str, word: str) -> Iterator[int]:
    """Yield the positions where ``word`` occurs in ``text`` as a whole word (as ``\\b`` would see it)."""
    for position in _positions(text, word):
        after = position + len(word)
        if (position == 0 or not _is_word_char(text[position - 1])) and (
            after == len(text) or not _is_word_char(text[after])
        ):
            yield position


def _is_word_char(char: str) -> bool:
    """Letters, decimal digits and "_": never more than ``\\w`` takes, so no boundary it sees is missed."""
    return char.isalpha() or char.isdecimal() or char == "_"


class _Lines:
    """The lines of a text (as ``str.splitlines`` cuts them) with their raw offsets, without line breaks."""

    def __init__(self, raw: str) -> None:
        self._pieces = raw.splitlines(keepends=True)
        self.starts = [0, *itertools.accumulate(map(len, self._pieces))]

    def __len__(self) -> int:
        return len(self._pieces)

    def text(self, index: int) -> str:
        return self._pieces[index].rstrip("\r\n")

    def span(self, index: int) -> tuple[int, int]:
        start = self.starts[index]
        return start, start + len(self.text(index))

    def index_at(self, position: int) -> int:
        """Return the index of the line holding raw ``position``."""
        return bisect.bisect_right(self.starts, position) - 1


def _related_block_ends(lines: _Lines, index: int) -> int:
    """Return the index of the last line of the link block under the heading at ``index``."""
    last = index
    for j in range(index + 1, len(lines)):
        text = lines.text(j).strip()
        if not text:
            if last > index:
                break
            continue
        # A link line is short and is no sentence (no full stop followed by more text).
        if len(text) > 120 or regex.search(r"[.!?]\s+\p{Lu}", text):
            break
        last = j
    return last


def _candidate_lines(lowered: str, lines: _Lines) -> tuple[list[int], set[int]]:
    """Return the lines worth checking, in order, and those among them that hold a chrome keyword.

    ``lowered`` is the lower-cased text with the raw text's offsets.
    """
    keyword_lines = {lines.index_at(m.start()) for m in _LINE_START_WORDS.finditer(lowered)}
    keyword_lines.update(lines.index_at(p) for word in _CHROME_WORDS for p in _word_positions(lowered, word))
    keyword_lines.update(lines.index_at(p) for string in _CHROME_STRINGS for p in _positions(lowered, string))
    label_lines = {lines.index_at(m.start()) for m in _LABEL_START.finditer(lowered)}
    mail_lines = {lines.index_at(p) for p in _positions(lowered, "@")}
    menu_lines = {lines.index_at(p) for mark in _MENU_MARKS for p in _positions(lowered, mark)}
    return sorted(keyword_lines | label_lines | mail_lines | menu_lines), keyword_lines


def _source_urls(raw: str, lowered: str | None) -> list[tuple[int, int]]:
    """Return the spans of source URLs (``lowered``: the lower-cased text when it keeps the raw offsets)."""
    if lowered is None:
        return [m.span() for m in _SOURCE_URL_ANY_CASE.finditer(raw)]
    if not any(hint in lowered for hint in _URL_HINTS):
        return []
    return [m.span() for m in _SOURCE_URL.finditer(lowered)]


def find_chrome(raw: str) -> tuple[tuple[int, int], ...]:
    """Return the raw ``(start, end)`` regions of ``raw`` that are page chrome, in order, not overlapping."""
    return _find_chrome(raw, prefilter=True)


def _find_chrome(raw: str, *, prefilter: bool) -> tuple[tuple[int, int], ...]:
    """Find the chrome, checking only the lines the prefilters pick out, or (``prefilter=False``) every line."""
    lowered = raw.lower()
    same_offsets = len(lowered) == len(raw)  # not so when lower-casing lengthens a letter ("İ")
    lines = _Lines(raw)
    if prefilter and same_offsets and _only_newline_breaks(raw):
        candidates, keyword_lines = _candidate_lines(lowered, lines)
    else:  # the prefilters cannot be trusted here: check every line
        candidates = list(range(len(lines)))
        keyword_lines = set(candidates)
    regions = _source_urls(raw, lowered if same_offsets else None)
    skip_until = -1
    for index in candidates:
        text = lines.text(index)
        if index <= skip_until or not text or text.isspace():
            continue
        start, end = lines.span(index)
        if len(text) <= SHORT_LINE:
            if _RELATED_HEADING.match(text):
                skip_until = _related_block_ends(lines, index)
                regions.append((start, lines.span(skip_until)[1]))
                continue
            if _NAV_LABELS.match(text):
                regions.append((start, end))
                continue
        if len(text) <= LONG_LINE and (_LIST_LINE.match(text) or _is_menu(text)):
            regions.append((start, end))
            continue
        flagged = index in keyword_lines and _CHROME_LINE.search(text.lower())
        if not flagged and not ("@" in text and _EMAIL.search(text)):
            continue
        if len(text) <= LONG_LINE:
            regions.extend((start + a, start + b) for a, b in _chrome_sentences(text))
        else:
            # A paragraph of story text: only the contact details themselves are chrome.
            regions.extend((start + m.start(), start + m.end()) for m in _CONTACT.finditer(text))
    return _merge(regions)


# Where a line's sentences meet: end punctuation, space, and a capital, digit or quote.
_SENTENCE_GAP = regex.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[\p{Lu}\d\"'(])")


def _chrome_sentences(line: str) -> list[tuple[int, int]]:
    """The spans of ``line`` (a flagged line) that are chrome: the whole line, or, in a line of several sentences
    of which some are story text, only the sentences holding the contact details, credits or notices ("A 30-baht
    fare is being considered. For details, call the hotline 1690.": the fare stays)."""
    gaps = list(_SENTENCE_GAP.finditer(line))
    bounds = [0, *(g for gap in gaps for g in gap.span()), len(line)]
    sentences = list(zip(bounds[::2], bounds[1::2], strict=True))
    flagged = [
        (a, b)
        for a, b in sentences
        if _CHROME_LINE.search(line[a:b].lower()) or ("@" in line[a:b] and _EMAIL.search(line[a:b]))
    ]
    chrome: list[tuple[int, int]] = []
    in_passing = False
    for a, b in flagged:
        numbers = _phone_in_passing(line, a, b)
        in_passing = in_passing or numbers is not None
        chrome.extend([(a, b)] if numbers is None else numbers)
    if in_passing:
        return chrome  # a story sentence that names a phone line in passing keeps its words
    story = [
        (a, b)
        for a, b in sentences
        if (a, b) not in flagged and len(line[a:b].split()) >= _STORY_WORDS and not _LABEL_LEAD.match(line, a, b)
    ]
    return flagged if flagged and story else [(0, len(line))]


def _phone_in_passing(line: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The spans of the phone numbers in ``line[start:end]`` when it is a story sentence that names a phone line in
    passing (``... according to VAMA, whose hotline 1900 6828 has been flooded with questions about charging
    stations``): long, led by no contact word, with no chrome cue but its numbers. None for a notice."""
    sentence = line[start:end]
    if len(sentence.split()) < _PASSING_WORDS or _NOTICE_LEAD.match(sentence) or "@" in sentence:
        return None
    numbers = list(_PHONE.finditer(sentence))
    if not numbers or _CHROME_LINE.search(_PHONE.sub(" ", sentence).lower()):
        return None
    return [(start + m.start(), start + m.end()) for m in numbers]


_PASSING_WORDS = 12
"""A story sentence naming a phone line in passing is at least this long; a contact notice is shorter, or led by a
contact word (``For details, call ...``)."""
_PHONE = regex.compile(
    r"\b(?:tel|phone|telephone|fax|mobile|hotline)\b(?:[^\S\n]+(?:at|on))?[^\S\n]*[:：.]?[^\S\n]*[(+\d][\d()\s+-]{2,}\d",
    regex.IGNORECASE,
)
_NOTICE_LEAD = regex.compile(
    r"[^\S\n]*(?:for|call|contact|tel|phone|telephone|fax|mobile|hotline|e-?mail|please|enquiries|inquiries)\b",
    regex.IGNORECASE,
)


_STORY_WORDS = 8
"""A sentence of story text beside a contact sentence has at least this many words ("Data licensed CC BY 4.0."
and "Address: 734025, Dushanbe, Rudaki avenue 37." belong to the notice)."""
_LABEL_LEAD = regex.compile(r"[^\S\n]*[\w ]{1,25}:")


def _merge(regions: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(regions):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)
