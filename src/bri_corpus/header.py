"""Read publication metadata from a news document's header lines.

Press releases and wire copy carry their date and source in a header in many
styles (``date 2020-05-29``, ``Pub Date:23-07-25 08:34 Source:www.jac.com.cn``,
``Posted on 12 March 2024``, ``2019.06.05``, ``Published: March 27, 2015``,
``By Li Wei | chinadaily.com.cn | Updated: 2023-05-18 09:12``, ``Thursday, May 18, 2023``,
``Last modified: 2023-05-18T10:30:00+08:00``, ``发布时间：2023-05-18``, the Hungarian ``2025. 05. 22. 08:15``).
Only the first lines of a document are read, and only shapes that are
unambiguous are taken: a date whose day-month order cannot be told is left out.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator

import attrs
import regex

from .months import MONTH_PATTERN, MONTHS

__all__ = ["HeaderInfo", "read_header"]

HEADER_CHARS = 600
"""How far into a document the header reader looks."""

_LABEL = (
    r"(?:(?:pub(?:lished|lication)?\.?|release|publishing)\s*(?:date|time)|date(?:\s*published)?"
    r"|published|posted|released|(?:last\s+)?(?:updated|modified)|time"
    r"|发布时间|发布日期|發布時間|發佈時間|日期|时间|時間)"
)
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+"

_DATE_AND_TIME = rf"""
    (?:{_WEEKDAY})?                                 # "Thursday, May 18, 2023"
    (?P<date>
        (?P<iso>(?P<y>\d{{4}})[-./](?P<m>\d{{1,2}})[-./](?P<d>\d{{1,2}}))     # 2020-05-29, 2019.06.05
      | (?P<hu>(?P<hy>\d{{4}})\.[^\S\n](?P<hm>\d{{1,2}})\.[^\S\n](?P<hd>\d{{1,2}})\.)  # 2025. 05. 22. (Hungarian)
      | (?P<short>(?P<yy>\d{{2}})-(?P<sm>\d{{2}})-(?P<sd>\d{{2}}))          # 23-07-25 (labelled only)
      | (?P<num>(?P<n1>\d{{1,2}})(?P<sep>[/.])(?P<n2>\d{{1,2}})(?P=sep)(?P<ny>\d{{4}}))  # 18.05.2023, 05/18/2023
      | (?P<dmy>(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{MONTH_PATTERN}),?\s+(?P<y2>\d{{4}}))
      | (?P<mdy>(?P<mon3>{MONTH_PATTERN})\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y3>\d{{4}}))
      | (?P<mdy_dash>(?P<mon4>{MONTH_PATTERN})[^\S\n]*-[^\S\n]*(?P<d4>\d{{1,2}})     # Apr - 15 - 2025
          [^\S\n]*-[^\S\n]*(?P<y4>\d{{4}}))
    )
    (?:(?:[^\S\n]*[-|,•·][^\S\n]*|[^\S\n]+|T)                # a time: 08:34, T08:34, | 08:34, - 15:40, • 14:35
        (?P<hh>\d{{1,2}}):(?P<mm>\d{{2}})(?::(?P<ss>\d{{2}}))?          # 19:42:05,
        (?:[^\S\n]*(?P<ampm>[ap]\.?m\.?)(?![a-z]))?                    # 2:05 pm
    )?
    (?!\d)
"""

# A date, with an optional label, matched at the start of a header line or after a "|" separator
# (those few positions are found in Python: searching for them would try the pattern everywhere).
_HEADER_DATE = regex.compile(
    rf"""
    [^\S\n]*
    (?:(?P<label>{_LABEL})(?:\s*on)?\s*[:：]?[^\S\n]*)?  # "Pub Date:", "Posted on", "date"
    {_DATE_AND_TIME}""",
    regex.VERBOSE | regex.IGNORECASE,
)
_ITEM_BREAK = re.compile("[\n|·•]")  # after these a header item begins: a new line, or the next field
# A place-dated line opens with at most three capitalised words and a comma ("Belgrade, 21.03.2024.").
# A byline may leave a space before its comma ("Doaa El-Sherbiny , Tuesday 25 Feb 2025").
_PLACE_LEAD = regex.compile(r"[^\S\n]*\p{Lu}[\w'.-]*(?:[^\S\n]+\p{Lu}[\w'.-]*){0,2}[^\S\n]?,[^\S\n]*")
# An agency dateline in capitals and a dash before the date ("ASTANA. KAZINFORM - 2 July 2024, 14:25").
_AGENCY_LEAD = regex.compile(
    r"[^\S\n]*\p{Lu}[\p{Lu}.'()&]*(?:[^\S\n]+[\p{Lu}.'()&]+){0,3}[^\S\n]+[-\u2013\u2014][^\S\n]+"
)

# A byline before the date on its line: "By Hoang Minh Quan   Tuesday, 18/3/2025 | 04:12 pm GMT+7" (the name ends
# at two spaces, a comma, a bar or a dash).
_BYLINE_LEAD = regex.compile(
    r"[^\S\n]*By[^\S\n]+\p{Lu}[\w'.-]*(?:[^\S\n]\p{Lu}[\w'.-]*){0,4}"
    r"(?:[^\S\n]{2,}|[^\S\n]*[,|][^\S\n]*|[^\S\n]+[-\u2013\u2014][^\S\n]+)"
)

# A date after a label and a colon later in a line ("By Li Wei  Updated: 2023-05-18"); tried only when
# no header item starts with a date.
_LABELLED_DATE = regex.compile(
    rf"""
    (?<=[^\S\n])(?P<label>{_LABEL})[^\S\n]*[:：][^\S\n]*
    {_DATE_AND_TIME}""",
    regex.VERBOSE | regex.IGNORECASE,
)


def _item_dates(head: str) -> Iterator[regex.Match[str]]:
    """Yield the dates that open a header item: a line, a field after "|", "·" or "•", a place and comma, an
    agency dateline in capitals and a dash, or a byline."""
    breaks = [found.end() for found in _ITEM_BREAK.finditer(head)]
    line_starts = [0, *(end for end in breaks if head[end - 1] == "\n")]
    place_leads = [
        lead.end()
        for start in line_starts
        for pattern in (_PLACE_LEAD, _AGENCY_LEAD, _BYLINE_LEAD)
        if (lead := pattern.match(head, start))
    ]
    for position in sorted({0, *breaks, *place_leads}):
        match = _HEADER_DATE.match(head, position)
        if match is not None:
            yield match


_HEADER_SOURCE = regex.compile(r"(?i)(?:\bsource|来源|來源)\s*[:：]\s*(?P<source>[^\n]+?)\s*(?:$|\n)", regex.MULTILINE)


@attrs.frozen(kw_only=True)
class HeaderInfo:
    """What the header says about the document.

    Attributes:
        published: the publication date, or ``None``.
        published_time: ``"HH:MM"`` (or ``"HH:MM:SS"``) on the 24-hour clock when the header gives a time.
        date_span: raw offsets of the date (with its time) in the header, or ``None``.
        source: the source named in the header (a URL or an organisation), or ``None``.
    """

    published: dt.date | None = None
    published_time: str | None = None
    date_span: tuple[int, int] | None = None
    source: str | None = None


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric_date(first: int, second: int, year: int, separator: str) -> dt.date | None:
    """Read ``18.05.2023`` day first (the dotted convention); ``05/18/2023`` only when one order is impossible.

    A slash date whose day and month could be either way round (``05/06/2023``) is not guessed.
    """
    if separator == ".":
        return _make_date(year, second, first)
    if first > 12 >= second:
        return _make_date(year, second, first)
    if second > 12 >= first:
        return _make_date(year, first, second)
    return None


def _date_of(match: regex.Match[str]) -> dt.date | None:
    if match.group("iso"):
        return _make_date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    if match.group("hu"):
        return _make_date(int(match.group("hy")), int(match.group("hm")), int(match.group("hd")))
    if match.group("short"):
        if not match.group("label"):
            return None  # "23-07-25" alone could be any order; only a label makes it a header date
        return _make_date(2000 + int(match.group("yy")), int(match.group("sm")), int(match.group("sd")))
    if match.group("num"):
        return _numeric_date(int(match.group("n1")), int(match.group("n2")), int(match.group("ny")), match.group("sep"))
    if match.group("dmy"):
        month = MONTHS[match.group("mon2").lower().rstrip(".")]
        return _make_date(int(match.group("y2")), month, int(match.group("d2")))
    if match.group("mdy_dash"):
        month = MONTHS[match.group("mon4").lower().rstrip(".")]
        return _make_date(int(match.group("y4")), month, int(match.group("d4")))
    month = MONTHS[match.group("mon3").lower().rstrip(".")]
    return _make_date(int(match.group("y3")), month, int(match.group("d3")))


def _time_of(match: regex.Match[str]) -> str | None:
    """Return ``HH:MM`` (``HH:MM:SS`` when seconds are given) on the 24-hour clock, or ``None``."""
    if not match.group("hh"):
        return None
    hour, minute = int(match.group("hh")), int(match.group("mm"))
    ampm = (match.group("ampm") or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None
    seconds = match.group("ss")
    return f"{hour:02d}:{minute:02d}" + (f":{seconds}" if seconds and int(seconds) < 60 else "")


_SIGNATURE_CHARS = 3000
"""How far from the end of a document the signature block of a filing is looked for."""

_BY_ORDER = regex.compile(r"\bBy\s+order\s+of\s+the\s+Board\b", regex.IGNORECASE)
_SIGNATURE_DATE_LINE = regex.compile(
    rf"""^[^\S\n]*(?:[A-Z][\w.'-]*(?:[^\S\n]+[\w.'-]+)*,[^\S\n]+)*    # "Hong Kong, " / "Beijing, the PRC, "
    {_DATE_AND_TIME}[^\S\n]*$""",
    regex.VERBOSE | regex.MULTILINE | regex.IGNORECASE,
)


def _signature_date(raw: str) -> dt.date | None:
    """The date under the signature of an exchange filing (HKEX, SGX, Bursa: ``By order of the Board`` ... then a
    line ``Hong Kong, 26 November 2025`` or the date alone): the day the announcement was made, which such
    filings print nowhere else."""
    tail_start = max(0, len(raw) - _SIGNATURE_CHARS)
    signature = _BY_ORDER.search(raw, tail_start)
    if signature is None:
        return None
    line = _SIGNATURE_DATE_LINE.search(raw, signature.end(), min(len(raw), signature.end() + 400))
    return _date_of(line) if line and not line.group("num") and not line.group("short") else None


def read_header(raw: str) -> HeaderInfo:
    """Read the publication date, time and source from the first lines of ``raw``."""
    head = raw[:HEADER_CHARS]
    published: dt.date | None = None
    time: str | None = None
    span: tuple[int, int] | None = None
    for match in itertools.chain(_item_dates(head), _LABELLED_DATE.finditer(head)):
        published = _date_of(match)
        if published is None:
            continue
        time = _time_of(match)
        label_end = match.end("label") if match.group("label") else match.start()
        start = next(i for i in range(label_end, match.end()) if not head[i].isspace() and head[i] not in ":：")
        if head[start:].lower().startswith("on"):
            start += 2
            while head[start].isspace():
                start += 1
        span = (start, match.end() if time else match.end("date"))  # an unreadable time is left out
        break
    if published is None:
        published = _signature_date(raw)  # an exchange filing dates itself under its signature instead
    source_match = _HEADER_SOURCE.search(head)
    source = source_match.group("source").strip() if source_match else None
    if source is None:
        tail = _HEADER_SOURCE.search(raw[-HEADER_CHARS:])
        source = tail.group("source").strip() if tail else None
    return HeaderInfo(published=published, published_time=time, date_span=span, source=source)
