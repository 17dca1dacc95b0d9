"""Find named gatherings and attach their date and location.

Steps: find the names (``patterns``), give each a document-wide canonical name
(``resolve``), then look for the date and place of each gathering:

* in the stretch of its sentence that belongs to it (from the mention to the
  next gathering mention, else from the previous gathering mention to it): the
  nearest date fact, and the first place after ``in``/``at``;
* else in the next sentence when that one opens with an anaphor (``The summit
  was held ...``, ``It took place ...``);
* a gathering that the text makes part of another (``as an important part of
  this summit``, ``on the sidelines of``) inherits what it lacks from that one.

All mentions of one gathering share the first date and location found for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import attrs
import regex

from bri_corpus import Document, Fact, NormalizedText
from bri_corpus.values import Summit

from .anchored import Window
from .locations import location_in
from .patterns import find_cues, gathering_data, gathering_pattern
from .resolve import canonical_names
from .sentences import Sentences, split_sentences

__all__ = ["DatedSpan", "date_spans", "find_summits", "gathering_mentions"]

_SPACES = regex.compile(r"\s+")

# The next sentence continues a gathering's story when it opens with an anaphor.
_ANAPHOR_OPENING = regex.compile(
    r"(?:(?:The|This|That)\s+(?:\w+\s+)?(?:summit|forum|meeting|event|conference|expo|roundtable|fair|gathering|"
    r"dialogue|symposium|exhibition)|It)\b"
)
# The text makes the gathering part of the one named before it.
_PART_OF = regex.compile(
    r"\b(?:part\s+of|on\s+the\s+sidelines\s+of|on\s+the\s+margins?\s+of|within\s+the\s+framework\s+of|"
    r"during|held\s+alongside|as\s+a\s+side\s+event\s+of)\s+(?:this|the|that)\s+"
    r"(?:\w+\s+)?(?:summit|forum|meeting|event|conference|expo|roundtable|fair|gathering)\b",
    regex.IGNORECASE,
)


# A gathering named as the time of another event ("signed ... during the APEC Economic Leaders' Week"): the date
# and place earlier in the sentence are that event's, not the gathering's.
_DURING_BEFORE = regex.compile(
    r"\b(?:during|on\s+the\s+(?:sidelines|margins?)\s+of|ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:the\s+)?$",
    regex.IGNORECASE,
)


@attrs.frozen
class DatedSpan:
    """A date fact in normalised offsets."""

    start: int
    end: int
    timex: str


@attrs.frozen
class Mention:
    """One gathering name in the normalised text."""

    start: int
    end: int
    surface: str


def date_spans(facts: Iterable[Fact], text: NormalizedText) -> list[DatedSpan]:
    """Return the date facts as normalised spans with their TIMEX value, in text order."""
    out = []
    for fact in facts:
        if fact.kind != "date":
            continue
        timex = getattr(fact.value, "timex", fact.value)
        if not isinstance(timex, str) or not timex:
            continue
        start, end = text.from_raw(fact.start, fact.end)
        out.append(DatedSpan(start, end, timex))
    out.sort(key=lambda d: d.start)
    return out


def gathering_mentions(text: str) -> list[Mention]:
    """Return the gathering names in ``text`` (normalised), leading stop words such as ``The`` left out."""
    return _mentions_and_sentences(text)[0]


def _mentions_and_sentences(text: str) -> tuple[list[Mention], Sentences | None]:
    """Return the gathering names in ``text`` and its sentences (``None`` when no cue word made them needed)."""
    cues = find_cues(text)
    if not cues:
        return [], None
    sentences = split_sentences(text)
    mentions: list[Mention] = []
    searched_until = 0
    for cue in cues:
        if cue.end() <= searched_until:
            continue
        s_start, s_end = sentences.span_of(cue.start())
        # A name ends at or just after its head word and starts a few words before it.
        start = max(s_start, searched_until, cue.start() - 160)
        end = min(s_end, cue.end() + 120)
        mentions.extend(_mentions_in(text, start, end))
        searched_until = end
    ordered = sorted(set(mentions), key=lambda m: m.start)
    return _with_short_forms(text, ordered), sentences


# A short form in brackets right after a gathering's name: "the 10th Eastern Economic Forum (EEF)".
_BRACKETED_SHORT_FORM = regex.compile(r"[ ]?\((?P<short>[A-Z][A-Z0-9&]{1,9})\)")
_NAME_WORDS = regex.compile(r"[^\W\d_][\w']*")


def _is_short_form_of(short: str, name: str) -> bool:
    """Tell whether ``short`` spells, in order, initials of words of ``name``: ``EEF``, ``Eastern Economic Forum``."""
    initials = iter(word[0].upper() for word in _NAME_WORDS.findall(name))
    letters = [c for c in short if c.isalpha()]
    return len(letters) >= 2 and all(letter in initials for letter in letters)  # consumes: an in-order match


def _with_short_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """Add the short forms a document gives its gatherings, where they stand and wherever they recur after.

    ``the 10th Eastern Economic Forum (EEF) will be held ... a business dialogue at the EEF``: the bracketed
    ``EEF`` and the later bare one are mentions of the forum.  Short forms the data file lists (``CIIE``,
    ``FOCAC``) are found by the name pattern already; this covers the many the file cannot list.
    """
    taken = {(m.start, m.end) for m in mentions}
    added: list[Mention] = []
    for mention in mentions:
        bracket = _BRACKETED_SHORT_FORM.match(text, mention.end)
        if bracket is None or not _is_short_form_of(bracket.group("short"), mention.surface):
            continue
        short = bracket.group("short")
        index = bracket.start("short")
        while index >= 0:
            end = index + len(short)
            before, after = text[index - 1 : index], text[end : end + 1]
            whole_word = not (before.isalnum() or before == "-" or after.isalnum() or after == "-")  # not CASE-linked
            if whole_word and (index, end) not in taken and not any(m.start < end and index < m.end for m in mentions):
                taken.add((index, end))
                added.append(Mention(index, end, short))
            index = text.find(short, end)
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


# A spokesperson's press or news conference is a briefing, no gathering: "Foreign Ministry Spokesperson Lin
# Jian's Regular Press Conference on May 6, 2024", "Regular Press Conference of the Ministry of Commerce".
_BRIEFING = regex.compile(r"\b(?:Press|News)\s+Conference\b")

_VENUE_AFTER = regex.compile(
    r"(?:[ ]and[ ](?:Exhibition|Exposition|Expo|Conference|Convention|Trade)(?:[ ]\p{Lu}\p{Ll}+)?)?"
    r"[ ](?:Center|Centre|Hall|Complex|Palace|Hotel)\b"
)
"""What follows a gathering-like name that makes it a building's (``International Convention and Exhibition
Center``, ``Expo Centre``, ``Conference Hall``): a venue, where a gathering is held, is none itself."""

_PARTY_CONGRESS = regex.compile(r"(?:^|\s)(?:(?:National|\p{Lu}\p{Ll}+(?:i|an|ese|ish))|People's)\s+Congress$")
"""A political party named ``Congress`` after a demonym or ``National`` (``Nepali Congress``, ``Indian National
Congress``, ``African National Congress``), or a legislature (``the National People's Congress``, a provincial
``People's Congress`` and their standing committees), no gathering; a numbered ``Party Congress`` stays one."""


def _mentions_in(text: str, start: int, end: int) -> list[Mention]:
    """Return the gathering names within ``text[start:end]``."""
    data = gathering_data()
    pattern = gathering_pattern()
    window = Window(text, start, end)
    mentions: list[Mention] = []
    position = start
    while True:
        match = window.first_match(position)
        if match is None:
            return mentions
        position = match.end()
        surface = match.group("name")
        first = surface.split(maxsplit=1)[0]
        if match.group("generic") is not None and first in data.stop_starts:
            # "The Belt and Road Forum ...": match again after the stop word.
            match = pattern.match(text, match.start("name") + len(first) + 1, end)
            if (
                match is None
                or match.group("generic") is not None
                and match.group("name").split()[0] in data.stop_starts
            ):
                continue
            if match.group("generic") is None and match.group("known") is None and match.group("acronym") is None:
                if match.group("name").split()[0] not in data.heads:
                    continue
            position = match.end()
            surface = match.group("name")
            if surface.split()[0] in data.heads and match.group("known") is None and " " not in surface:
                continue
        if _BRIEFING.search(surface):
            continue
        if text.startswith((" and ", " Center", " Centre", " Hall", " Complex", " Palace", " Hotel"), position) and (
            _VENUE_AFTER.match(text, position) is not None
        ):
            continue  # "the Xi'an International Convention and Exhibition Center": a venue, no gathering
        if surface.endswith("Congress") and _PARTY_CONGRESS.search(surface):
            continue
        mentions.append(Mention(match.start("name"), match.end("name"), _SPACES.sub(" ", surface)))


def _nearest_date(dates: Sequence[DatedSpan], start: int, end: int, anchor: int) -> str | None:
    inside = [d for d in dates if d.start >= start and d.end <= end]
    if not inside:
        return None
    return min(inside, key=lambda d: abs(d.start - anchor)).timex


# An acronym in brackets right after a name: "the sixth China International Import Expo (CIIE)".
_ACRONYM = regex.compile(r"[A-Z][A-Z0-9&]+")


def _mention_names(body: str, mentions: Sequence[Mention]) -> list[str]:
    """Return each mention's canonical name in the document.

    An acronym in brackets right after a name (``the sixth China International Import Expo (CIIE)``) is that
    name's short form there, and takes its canonical name even when the document names other editions of the
    series by the same acronym (``the seventh CIIE``).
    """
    canonical = canonical_names([m.surface for m in mentions], gathering_data().known)
    names = [canonical[m.surface] for m in mentions]
    for index in range(1, len(mentions)):
        mention, previous = mentions[index], mentions[index - 1]
        if (
            _ACRONYM.fullmatch(mention.surface)
            and body.startswith(")", mention.end)
            and body[previous.end : mention.start] in ("(", " (")
        ):
            names[index] = names[index - 1]
    return names


def find_summits(document: Document, text: NormalizedText, facts: Sequence[Fact] = ()) -> Iterator[Fact]:
    """Yield one summit fact per gathering mention, canonical name, date and location filled where given."""
    body = text.text
    mentions, sentences = _mentions_and_sentences(body)
    if not mentions or sentences is None:
        return
    names = _mention_names(body, mentions)
    dates = date_spans(facts, text)
    found_date: dict[str, str] = {}
    found_place: dict[str, str] = {}
    parent_of: dict[str, str] = {}
    for index, mention in enumerate(mentions):
        name = names[index]
        sentence_index = sentences.index_of(mention.start)
        s_start, s_end = sentences.spans[sentence_index]
        previous = mentions[index - 1] if index > 0 else None
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        after_end = following.start if following is not None and following.start < s_end else s_end
        before_start = previous.end if previous is not None and previous.end > s_start else s_start
        if _DURING_BEFORE.search(body, max(before_start, mention.start - 40), mention.start):
            before_start = mention.start  # what comes before dates and places the event, not the gathering
        date = _nearest_date(dates, mention.end, after_end, mention.end) or _nearest_date(
            dates, before_start, mention.start, mention.start
        )
        place = location_in(body, mention.end, after_end) or location_in(body, before_start, mention.start)
        if _PART_OF.search(body, mention.end, after_end) and previous is not None:
            parent = names[index - 1]
            if parent != name:
                parent_of.setdefault(name, parent)
        if (date is None or place is None) and sentence_index + 1 < len(sentences):
            n_start, n_end = sentences.spans[sentence_index + 1]
            if _ANAPHOR_OPENING.match(body, n_start) and not any(n_start <= m.start < n_end for m in mentions):
                date = date or _nearest_date(dates, n_start, n_end, n_start)
                place = place or location_in(body, n_start, n_end)
        if date:
            found_date.setdefault(name, date)
        if place:
            found_place.setdefault(name, place)
    for name, parent in parent_of.items():
        if name not in found_date and parent in found_date:
            found_date[name] = found_date[parent]
        if name not in found_place and parent in found_place:
            found_place[name] = found_place[parent]
    for mention, name in zip(mentions, names, strict=True):
        value = Summit(name=name, date=found_date.get(name), location=found_place.get(name))
        yield Fact.from_normalized(document, text, kind="summit", start=mention.start, end=mention.end, value=value)
