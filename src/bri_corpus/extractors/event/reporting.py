"""Find the parts of a sentence that report the news rather than tell it: datelines, sources, reporting clauses.

Wire copy wraps the event in who tells it: ``NAIROBI, March 26 (Xinhua) -- ...``,
``..., Kenyan officials said.``, ``according to Reuters``, ``Xinhua reported that ...``.
The agency of a dateline, a source and the speakers of a reporting clause are not
parties to the event (gold NOTES: participants are the principal parties), and a
place in such a part (``told reporters in Beijing``) does not locate the event.

Kinds of region, each found with one pattern over the sentence:

* dateline: at the start of a sentence, a city (``ALMATY``, ``Nairobi``), an optional
  country and date, an optional agency in brackets, then ``--`` / ``-`` / ``:``
  (``BISHKEK, Oct 5 (AKIpress) -``, ``ASTANA. KAZINFORM -``, ``ISLAMABAD --``); also an
  agency in brackets followed by a dash anywhere;
* leading report: ``X said (on Tuesday) (that) ...``, ``X told reporters ...``,
  ``X announced (on Tuesday) that ...``, ``According to X, ...``;
* trailing report: ``..., X said (in a statement).``, ``..., said X, chairman of Y.``,
  ``..., according to X.``, ``..., Trend reports.``, ``..., the fund told Reuters.``.

A region never holds the trigger of the event being read (``..., said Li, who
signed the deal``): the caller drops regions that do.  Which regions a sentence has
does not depend on the trigger, so they are found once per sentence.
"""

from __future__ import annotations

import regex

__all__ = ["REPORTING_CUE_WORDS", "has_reporting_cue", "reporting_regions"]

# Verbs of reporting in the simple past (news register), and the present forms that only report when they end
# the sentence (", Trend reports."; "states" and "reports" are nouns too).
_SAID = (
    r"(?:said|told|reported|announced|noted|added|stated|confirmed|revealed|disclosed|wrote|quoted|explained|"
    r"stressed|emphasised|emphasized)"
)
_SAYS_LAST = r"(?:says|reports|notes|states|writes|adds|tells\s+\w+)\s*$"

_DATELINE = regex.compile(
    r"""
    (?:
        [A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}                 # the city: Nairobi, Dar es Salaam
        (?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?                # , Azerbaijan
        (?:,\s+[A-Z][a-z]{2,8}\.?\s*\d{1,2}(?:,\s+\d{4})?\.?)? # , March 26 / , Oct. 18
        \s*\(\s*[^()\n]{1,40}?\s*\)\s*(?:--|-|:)              # (Xinhua) -- / (APP):
      | [A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+){0,3}               # an upper-case city: ISLAMABAD, NUR-SULTAN
        (?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?
        (?:,\s+[A-Z][a-z]{2,8}\.?\s*\d{1,2}(?:,\s+\d{4})?)?
        (?:\.?\s+[A-Z]{3,}(?:\s+[A-Z]{3,})?)?                  # ASTANA. KAZINFORM
        \s*(?:--|-|:)
      | [A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}                 # Nairobi, March 26 --
        (?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?
        ,\s+[A-Z][a-z]{2,8}\.?\s*\d{1,2}(?:,\s+\d{4})?\s*(?:--|-|:)
    )
    \s+
    """,
    regex.VERBOSE,
)
# An agency in brackets followed by a dash, anywhere: "... (Reuters) - ".
_BRACKETED_AGENCY = regex.compile(r"\(\s*[A-Z][\w .&-]{1,30}\)\s*(?:--|-|:)\s")

# "X said (on Tuesday) (that) ...": speakers up to 80 characters without a comma or a semicolon.  A verb that
# also takes the event as its object ("reported higher output", "announced the signing", "confirmed the
# delivery") counts only before "that".
_LEADING_REPORT = regex.compile(
    r"""
      [Aa]ccording\s+to\s+[^,;]{1,80}?,\s+                     # According to the ministry,
    | [^,;"]{1,80}?\s+
      (?:
          (?:said|says|noted|stated|added)
        | (?:told|tells)\s+(?:[A-Z][\w-]*|reporters|journalists|the\s+media|media|local\s+media)
        | (?:reported|announced|announces|confirmed|revealed|disclosed)
          (?=(?:\s+(?:on|in|at|last|this|earlier)\s+[^,;]{1,40}?)?\s+that\b)
      )
      (?:\s+(?:on|in|at|last|this|earlier)\s+[^,;]{1,40}?(?=\s+that\b))?   # on Tuesday (before "that")
      (?:\s+that)?\s+
    """,
    regex.VERBOSE,
)
# ", X said (...)." / ", said X, ..." / ", according to X." / ", Trend reports." up to the end of the sentence.
_TRAILING_REPORT = regex.compile(
    rf"""
    ,\s+
    (?:
        (?:according\s+to|as\s+(?:reported|quoted)\s+by|citing)\b[^;]*$
      | (?:{_SAID}|says)\b[^;]*$
      | [^,;()]{{1,80}}?\s+{_SAID}\b[^;]*$
      | [^,;()]{{1,80}}?\s+{_SAYS_LAST}
    )
    """,
    regex.VERBOSE,
)
# Every reporting region but a dateline holds one of these words, or a bracket: a sentence without any is not
# searched further.  The test splits the sentence at spaces and looks the words up in a set that also holds each
# word with one or two marks after it ("said.", "said,\""): all in C, about twice as fast as a regex alternation
# of the words; it runs on every sentence that holds a trigger.
REPORTING_CUE_WORDS = frozenset(
    "said says told tells reported reports announced announces noted notes added adds stated states confirmed "
    "confirms revealed reveals disclosed wrote writes quoted explained stressed emphasised emphasized according "
    "According citing".split()
)
_MARKS = ".,;:!?\"')"
_CUE_TOKENS = frozenset(
    word + first + second for word in REPORTING_CUE_WORDS for first in ("", *_MARKS) for second in ("", *_MARKS)
)
# How a bracketed agency ends: "(Reuters) - ", "(APP): ".
_AGENCY_ENDS = (") -", ")-", "):")


def has_reporting_cue(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds a reporting word or a bracket before a dash (``(Reuters) -``)."""
    sentence = text[start:end]
    if ")" in sentence and any(mark in sentence for mark in _AGENCY_ENDS):
        return True
    return not _CUE_TOKENS.isdisjoint(sentence.split())


# A dateline starts a paragraph, or at most this many characters into it ("ASTANA. KAZINFORM - ").
_DATELINE_OFFSET = 20


def reporting_regions(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Return the reporting parts of the sentence ``text[start:end]`` as sorted (start, end) spans.

    The trailing report ends before the sentence's final punctuation.  The caller decides what to drop from
    them: parties (always), locations (always), dates (kept as a last resort).
    """
    regions: list[tuple[int, int]] = []
    head = start
    dateline = (
        _DATELINE.match(text, start, end)
        if start < end and text[start].isupper() and _may_start_with_dateline(text, start, end)
        else None
    )
    if dateline is not None and dateline.end() - start <= 90:
        regions.append((start, dateline.end()))
        head = dateline.end()
    if not has_reporting_cue(text, head, end):
        return tuple(regions)
    for agency in _BRACKETED_AGENCY.finditer(text, head, end):
        regions.append(agency.span())
    leading = _LEADING_REPORT.match(text, head, end)
    if leading is not None:
        regions.append((head, leading.end()))
    stop = end
    while stop > head and text[stop - 1] in ".!?\"') ":
        stop -= 1
    trailing = _TRAILING_REPORT.search(text, head, stop)
    if trailing is not None:
        regions.append(trailing.span())
    return tuple(sorted(regions))


def _may_start_with_dateline(text: str, start: int, end: int) -> bool:
    """Cheap test before the dateline pattern: a dateline opens a paragraph (or follows a short upper-case
    word there: ``ASTANA. KAZINFORM -``) with an upper-case city (``ISLAMABAD``) or with a bracket or a double
    dash soon after (``Beijing, Oct. 18 (Xinhua) --``)."""
    if start >= end or not text[start].isupper():
        return False
    if start - (text.rfind("\n", max(0, start - _DATELINE_OFFSET), start) + 1) >= _DATELINE_OFFSET:
        return False
    head = text[start : min(end, start + 60)]
    first_word = head.split(None, 1)[0].rstrip(",.:")
    return first_word.isupper() and len(first_word) > 2 or "(" in head or " --" in head
