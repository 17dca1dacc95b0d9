"""Find events: triggers → arguments → one event per occurrence.

See the package README for the rules; the modules hold one step each:
``triggers`` (lexicon matches that pass the filters), ``arguments`` (date,
location, participants and amount from the sentence), ``coref`` (mentions of
one occurrence merged, anchored on the first).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping, Sequence

import attrs
import regex

from bri_corpus import Document, Fact, NormalizedText
from bri_corpus.values import EventValue, Money, Quantity

from ..summit.sentences import split_sentences
from .arguments import Arguments, event_arguments, person_affiliations, unowned_opening
from .clauses import SentenceClauses
from .coref import Cluster, Mention, merge_mentions
from .entities import FactIndex, index_facts
from .leaders import leader_affiliations
from .officials import country_names, minister_affiliations, partner_country
from .triggers import Trigger, find_triggers

__all__ = ["find_events"]

# A sentence that tells where or when the event just told took place.
_EVENT_ANAPHOR = regex.compile(
    r"(?:The|This|That)\s+(?:\w+\s+)?(?:event|ceremony|celebration|signing|meeting|visit|talks|launch|opening)\s+"
    r"(?:took\s+place|was\s+held|was\s+staged|were\s+held|happened)\b"
)
_EVENT_ANAPHOR_STARTS = ("The", "This", "That")
# A sentence that only lists who attended the events just told.
_ATTENDANCE = regex.compile(
    r"\b(?:attended\s+by|were\s+present|was\s+present|in\s+attendance|Attending\s+the"
    r"|(?P<ceremony>attended\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,3}?(?:ceremony|ceremonies|event|events|"
    r"signing|launch|handover|celebration|opening|inauguration)))\b"
)
# "X attended the ceremony" joins only an event held as a ceremony (a signing, a handover ...): a construction
# or an investment told just before has a ceremony of its own if any.
_CEREMONIAL_TYPES = frozenset({"signing", "delivery", "donation", "ceremony"})
# Every match of _ATTENDANCE holds one of these: only sentences with one are searched.
ATTENDANCE_WORDS = ("attend", "present", "Attending")
_BORROW_DISTANCE = 2
# How far back the pair of "the two sides signed" is looked for (characters).
_PAIR_REACH = 2000
_TERMINAL = (".", "!", "?", '"', "'", ")")
# A list item starts between two triggers: the later one's parties are not borrowed from the earlier item.
_NEW_ITEM = regex.compile(r"\n\s*(?:[*\u2022\u25aa-]|\d{1,2}[.)])\s")


def find_events(document: Document, text: NormalizedText, facts: Sequence[Fact] = ()) -> Iterator[Fact]:
    """Yield one event fact per occurrence (two or more for a distributive mention), anchored on its first
    mention."""
    body = text.text
    header = document.metadata.get("published_span")
    index = index_facts(facts, text, tuple(header) if isinstance(header, tuple | list) and len(header) == 2 else None)
    sentences = split_sentences(body)
    clauses = SentenceClauses(body, sentences.spans)
    triggers = find_triggers(body, sentences.spans, index, clauses)
    if not triggers:
        return
    people = (
        minister_affiliations(body, index.parties)
        | person_affiliations(body, index.parties)
        | leader_affiliations(body, index)
    )
    mentions = _mentions(body, index, sentences.spans, clauses, triggers, people, document)
    clusters = merge_mentions(mentions, document.published, body)
    _add_attendees(body, index, sentences.spans, triggers, people, clusters)
    _add_settings(body, index, sentences.spans, triggers, clusters)
    _drop_city_parties(index, clusters)
    for cluster in clusters:
        for value in _values(cluster):
            yield Fact.from_normalized(
                document, text, kind="event", start=cluster.anchor.start, end=cluster.anchor.end, value=value
            )


def _mentions(
    body: str,
    index: FactIndex,
    spans: Sequence[tuple[int, int]],
    clauses: SentenceClauses,
    triggers: Sequence[Trigger],
    people: Mapping[str, str],
    document: Document,
) -> list[Mention]:
    owned: dict[int, set[tuple[int, int]]] = {}
    for trigger in triggers:
        owned.setdefault(trigger.sentence, set()).add(trigger.clause)
    published = document.published.isoformat() if document.published else None
    # Where each trigger's parties end when the next trigger is a second verb of its subject (None: no such verb).
    second_verbs = [_second_verb(body, t, n) for t, n in zip(triggers, triggers[1:], strict=False)] + [None]
    mentions: list[Mention] = []
    story_start = _first_story_sentence(body, spans)
    for number, trigger in enumerate(triggers):
        sentence = spans[trigger.sentence]
        free = [c for c in clauses.of(trigger.sentence) if c not in owned[trigger.sentence]]
        intention = _intention_after(body, trigger, sentence[1])
        following = _next_in_sentence(body, triggers, number)
        if intention is not None:
            free = [c for c in free if c[0] < intention]
        if not body[sentence[0] : sentence[1]].rstrip().endswith(_TERMINAL):
            # A headline's ";" joins two stories ("Aramco expands ...; Chinese firms hand over schools in Iraq"):
            # the other story lends no arguments.
            free = [c for c in free if body.find(";", min(c[1], trigger.clause[1]), max(c[0], trigger.clause[0])) < 0]
        args = event_arguments(
            body,
            index,
            (trigger.start, trigger.end),
            trigger.clause,
            sentence,
            free,
            people,
            published,
            destination=trigger.type in ("delivery", "donation"),
            event_type=trigger.type,
            parties_end=second_verbs[number] or intention or following,
            dates_end=following,
        )
        if published and args.date and _announced(body, trigger, args.date, published):
            continue  # "The Boao Forum opens in Hainan on 26 March" in a digest of 8 March: not yet happened
        if mentions and mentions[-1].trigger is triggers[number - 1] and second_verbs[number - 1] is not None:
            # "Tekebaev visited Urumqi and met with X": the subject of the first verb is the second's too
            shared = (*mentions[-1].arguments.participants, *args.participants)
            args = attrs.evolve(args, participants=tuple(dict.fromkeys(shared)))
        pair = _two_parties_before(body, trigger)
        if pair is not None:
            gathering = _last_gathering(mentions, trigger)
            if trigger.type == "meeting" and gathering is not None:
                continue  # "They met in Lagos. The two sides also discussed ...": the same meeting told again
            # "the two countries signed", "the two sides signed": the pair told just before, and when the
            # sentence gives no date or place, those of the gathering told just before
            args = _of_the_two(args, index, mentions, trigger, pair.group("noun"), gathering)
        if args.date is None and mentions and _AT_THE_GATHERING_BEFORE.search(body, sentence[0], trigger.start):
            setting = _setting_told_before(
                mentions,
                trigger,
                same_sentence=bool(_WHERE_BEFORE.search(body, max(sentence[0], trigger.start - 40), trigger.start)),
            )
            if setting is not None:
                # "After the ceremony, CJIC handed over 2,000 desks": the day and place of the ceremony just told
                args = attrs.evolve(
                    args,
                    date=setting.arguments.date,
                    location=args.location or setting.arguments.location,
                )
        if not args.participants and mentions and not args.passive:
            previous = mentions[-1]
            if (
                trigger.sentence - previous.trigger.sentence <= _BORROW_DISTANCE
                and previous.arguments.participants
                and not _NEW_ITEM.search(body, previous.trigger.end, trigger.start)
                and not (
                    trigger.type == "ceremony" and unowned_opening(body, trigger.start, trigger.end, trigger.clause[0])
                )
            ):
                args = attrs.evolve(args, participants=previous.arguments.participants, borrowed=True)
        if trigger.sentence < story_start:
            args = attrs.evolve(args, headline=True)
        elif trigger.sentence < story_start + _LEAD_SENTENCES:
            args = attrs.evolve(args, lead=True)
        mentions.append(Mention(trigger, args))
    return mentions


_LEAD_SENTENCES = 2
"""How many of the story's first sentences form its lead, which retells the headline's event."""


def _first_story_sentence(body: str, spans: Sequence[tuple[int, int]]) -> int:
    """The number of the story's first sentence: the first that ends as a sentence does (a headline does not)."""
    for number, (start, end) in enumerate(spans):
        if body[start:end].rstrip().endswith(_TERMINAL):
            return number
    return 0


# "After the ceremony, ...", "At the ceremony, ...", "During the talks, ...": at the gathering the text told of;
# "visited Lusaka on Tuesday, where he met ...": at the visit told just before in the sentence.
_WHERE = r",\s+where\s+(?:he|she|they|it|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:also\s+)?$"
_AT_THE_GATHERING_BEFORE = regex.compile(
    r"\b(?:[Aa]fter|[Aa]t|[Dd]uring|[Ff]ollowing|[Oo]n\s+the\s+sidelines\s+of)\s+the\s+(?:[\w-]+\s+)?"
    r"(?:ceremony|ceremonies|talks|meeting|meetings|signing|event|visit|forum|summit|launch|inauguration),?\s"
    rf"|{_WHERE}"
)
_WHERE_BEFORE = regex.compile(_WHERE)
_SETTING_TYPES = frozenset({"ceremony", "meeting", "visit", "signing", "construction"})


def _setting_told_before(mentions: Sequence[Mention], trigger: Trigger, *, same_sentence: bool) -> Mention | None:
    """The latest dated gathering (a ceremony, meeting, visit, signing or groundbreaking) told before the trigger;
    for ``, where he met``, only one told in the trigger's own sentence."""
    for previous in reversed(mentions):
        if same_sentence and previous.trigger.sentence != trigger.sentence:
            return None
        if previous.trigger.type in _SETTING_TYPES and previous.arguments.date:
            return previous
    return None


def _announced(body: str, trigger: Trigger, date: str, published: str) -> bool:
    """True when a present-tense trigger's date (or an anniversary's) lies after the publication date: an
    announcement."""
    if (
        not _PRESENT_VERB.fullmatch(body, trigger.start, trigger.end)
        and body[trigger.start : trigger.end] != "anniversary"
    ):
        return False  # ("Next year marks the 50th anniversary of ...": the anniversary to come)
    first = date.split("/")[0]
    return first[:4].isdigit() and first > published[: len(first)]


_PRESENT_VERB = regex.compile(
    r"(?:opens|signs|visits|launches|inaugurates|begins|starts|hands\s+over|meets|completes|commissions|"
    r"delivers|donates|unveils|breaks\s+ground)",
    regex.IGNORECASE,
)


# After the second of two verbs: the agent of both passives ("invested in and built by").
# Between two triggers: the second is another verb of the first one's subject ("visited Urumqi and met with").
_AGENT_AFTER = regex.compile(r"\s+by\b")
_SECOND_VERB_GAP = regex.compile(r"\s\S.*?\s(?:and|then)\s+(?:\w+ly\s+|later\s+|also\s+)?")


def _second_verb(body: str, trigger: Trigger, following: Trigger | None) -> int | None:
    """Where the parties of ``trigger`` end: at the start of the next trigger when it is a second verb joined
    to it in the same clause (``visited Urumqi and met with the leadership of X``), else None."""
    if following is None or following.clause != trigger.clause or following.start <= trigger.end:
        return None
    if not _SECOND_VERB_GAP.fullmatch(body, trigger.end, following.start):
        return None
    if _AGENT_AFTER.match(body, following.end):
        return None  # "was invested in and built by CRBC": one agent for both participles
    return following.start


def _next_in_sentence(body: str, triggers: Sequence[Trigger], number: int) -> int | None:
    """The start of the trigger after ``triggers[number]`` when it is in the same sentence and tells another
    event, else None (not its own object: ``signed a memorandum of understanding``)."""
    trigger = triggers[number]
    following = triggers[number + 1] if number + 1 < len(triggers) else None
    if following is None or following.sentence != trigger.sentence:
        return None
    if following.type == trigger.type and following.start - trigger.end <= _OBJECT_REACH:
        return None
    if _SETTING_BEFORE.search(body, max(trigger.end, following.start - 60), following.start):
        return None  # "signed 30 agreements during Tokayev's visit to Beijing on 17 May": the visit sets the date
    if _SECOND_VERB_GAP.fullmatch(body, trigger.end, following.start) and _AGENT_AFTER.match(body, following.end):
        return None  # "was invested in and built by CCCC": one agent for both participles
    return following.start


# How far after a trigger a trigger of the same type may be its object (``signed a strategic cooperation agreement``).
_OBJECT_REACH = 40
# A gathering named as the setting of the trigger before it: "during ...", "on the sidelines of ...".
_SETTING_BEFORE = regex.compile(
    r"\b(?:during|at|amid|after|following|on\s+the\s+sidelines\s+of|in\s+the\s+course\s+of)\b[^,.;]{0,50}$",
    regex.IGNORECASE,
)


def _intention_after(body: str, trigger: Trigger, sentence_end: int) -> int | None:
    """Where a second verb of intention or talk joined to the trigger starts (``signed 11 documents ..., and agreed
    to hold the next session in Minsk in 2026``): what it governs (a plan, its date and place) is not the
    trigger's. None when the rest of the sentence has no such verb (every match starts with a comma: a rest
    without one is settled by ``str.find``)."""
    if body.find(",", trigger.end, sentence_end) < 0:
        return None
    match = _INTENTION_AFTER.search(body, trigger.end, sentence_end)
    return match.start() if match is not None else None


_INTENTION_AFTER = regex.compile(
    r",\s+and\s+(?:also\s+)?(?:agreed|decided|pledged|promised|vowed|planned|resolved|undertook|called|expressed|"
    r"discussed|reviewed|noted|stressed|said|announced|hoped|looked\s+forward)\b"
    r"|,\s+(?:eye|eyes|eyeing|target|targets|targeting|aim|aims|plan|plans)\s"  # headlines: "..., eye 2029 launch"
)


def _two_parties_before(body: str, trigger: Trigger) -> regex.Match[str] | None:
    """The ``the two countries`` / ``both sides`` subject right before the trigger, if any.

    Every match holds ``two`` (``[Tt]he\\s+two``) or ``oth`` (``[Bb]oth``): a window without either (nearly all)
    is settled by two ``str.find`` calls instead of the reverse search.
    """
    low = max(trigger.clause[0], trigger.start - 60)
    if body.find("two", low, trigger.start) < 0 and body.find("oth", low, trigger.start) < 0:
        return None
    return _TWO_PARTIES_BEFORE.search(body, low, trigger.start)


# A pair of parties as the subject right before a trigger: "the two countries signed", "both sides also agreed".
_TWO_PARTIES_BEFORE = regex.compile(
    r"(?r)\b(?:[Tt]he\s+two|[Bb]oth)\s+(?P<noun>countries|nations|governments|sides|ministers|leaders|presidents|"
    r"premiers|delegations)\s+"
    r"(?:(?:also|have|has|had|later|then|jointly|formally|\w+ly)\s+)*$"
)


# The events whose parties "the two sides" continue: the gathering where they met.
_GATHERINGS = frozenset({"meeting", "visit"})


def _last_gathering(mentions: Sequence[Mention], trigger: Trigger) -> Mention | None:
    """The latest meeting or visit told within :data:`_PAIR_REACH` characters before ``trigger``, if any."""
    for previous in reversed(mentions):
        if trigger.start - previous.trigger.start > _PAIR_REACH:
            return None
        if previous.trigger.type in _GATHERINGS:
            return previous
    return None


def _of_the_two(
    args: Arguments,
    index: FactIndex,
    mentions: Sequence[Mention],
    trigger: Trigger,
    noun: str,
    gathering: Mention | None,
) -> Arguments:
    """The arguments of an event whose subject is ``the two countries`` / ``the two sides``: its pair of parties,
    and the date and place of the gathering just told when it has none of its own (``Xi visited Santiago on
    10 May. The two countries also signed ...``)."""
    participants = _the_two(index, mentions, trigger, noun, gathering)
    if gathering is None:
        return attrs.evolve(args, participants=participants)
    return attrs.evolve(
        args,
        participants=participants,
        date=args.date or gathering.arguments.date,
        location=args.location or gathering.arguments.location,
    )


_COUNTRY_NOUNS = frozenset({"countries", "nations", "governments"})
"""``the two countries``: China and its partner; ``the two sides`` / ``ministers`` / ``leaders``: the parties of the
gathering told just before."""


def _the_two(
    index: FactIndex, mentions: Sequence[Mention], trigger: Trigger, noun: str, gathering: Mention | None
) -> tuple[str, ...]:
    """The parties a ``the two countries`` / ``the two sides`` subject stands for.

    ``sides``: the parties of the meeting or visit told just before, when it has two or more (``Wang Yi met X
    ... The two sides signed``). Otherwise, and always for ``countries``: China and the document's partner
    country (Belt and Road news is about the two; ``Xi's visit to Dhaka, when the two countries signed``), else
    the last two countries named before the trigger.
    """
    if noun not in _COUNTRY_NOUNS and gathering is not None and len(gathering.arguments.participants) > 1:
        return gathering.arguments.participants
    names = country_names(index.parties)
    partner = partner_country(index.parties)
    if "CN" in names and partner is not None:
        return (names["CN"], names[partner])
    countries: list[str] = []
    for entity in reversed(index.parties_between(max(0, trigger.start - _PAIR_REACH), trigger.start)):
        if entity.kind == "place" and getattr(entity.value, "type", None) == "country" and entity.name not in countries:
            countries.append(entity.name)
            if len(countries) == 2:
                return (countries[1], countries[0])
    return mentions[-1].arguments.participants if noun not in _COUNTRY_NOUNS and mentions else ()


def _add_attendees(
    body: str,
    index: FactIndex,
    spans: Sequence[tuple[int, int]],
    triggers: Sequence[Trigger],
    people: Mapping[str, str],
    clusters: list[Cluster],
) -> None:
    """Add the parties of an ``... were attended by ...`` / ``X attended the ceremony in Y`` sentence to the latest
    events before it (and its place, when they have none)."""
    with_triggers = {t.sentence for t in triggers}
    for number in _sentences_with(ATTENDANCE_WORDS, body, spans):
        start, end = spans[number]
        if number in with_triggers:
            _add_ceremony_guests(body, index, (start, end), number, people, clusters)
            continue
        attendance = _ATTENDANCE.search(body, start, end)
        if attendance is None:
            continue
        earlier = [c for c in clusters if c.last_sentence < number]
        if attendance.group("ceremony"):
            earlier = [c for c in earlier if c.type in _CEREMONIAL_TYPES] or [
                c for c in earlier if _told_as_ceremony(body, spans, c)
            ]  # (a construction only where no ceremonial event was told before)
        if not earlier:
            continue
        latest = max(c.last_sentence for c in earlier)
        args = event_arguments(body, index, (start, start), (start, end), (start, end), [], people, None)
        for cluster in earlier:
            if cluster.last_sentence == latest:
                cluster.location = cluster.location or args.location  # "attended the ceremony in Nairobi"
                for name in args.participants:
                    if name not in cluster.participants:
                        cluster.participants.append(name)


def _add_ceremony_guests(
    body: str,
    index: FactIndex,
    sentence: tuple[int, int],
    number: int,
    people: Mapping[str, str],
    clusters: list[Cluster],
) -> None:
    """Add the guests of ``a ceremony attended by X and Y`` to the ceremonial events told in the same sentence
    (``was opened to traffic ... after a ceremony attended by Prime Minister X``, ``said at the signing ceremony,
    which was attended by ...``): the guests of the event's own ceremony take part in it."""
    guests = _CEREMONY_ATTENDED_BY.search(body, *sentence)
    if guests is None:
        return
    here = [c for c in clusters if number in c.sentences]
    told = [c for c in here if c.type in _CEREMONIAL_TYPES] or [c for c in here if c.type == "construction"]
    # (a construction is told through the ceremony only when the sentence tells no ceremonial event of its own)
    if not told:
        return
    span = (guests.end(), sentence[1])
    args = event_arguments(body, index, span, span, span, [], people, None)
    for cluster in told:
        for name in args.participants:
            if name not in cluster.participants:
                cluster.participants.append(name)


def _told_as_ceremony(body: str, spans: Sequence[tuple[int, int]], cluster: Cluster) -> bool:
    """True for a construction told through its ceremony (``a ceremony was held to celebrate the completion of the
    quay``, merged into ``X completes quay``): the ceremony's guests take part in the completion."""
    if cluster.type != "construction":
        return False
    return any("ceremony" in body[spans[s][0] : spans[s][1]] for s in cluster.sentences)


_CEREMONY_ATTENDED_BY = regex.compile(
    r"\bceremon(?:y|ies),?\s+(?:(?:which|that)\s+(?:was|were)\s+)?attended\s+by\b", regex.IGNORECASE
)


def _add_settings(
    body: str,
    index: FactIndex,
    spans: Sequence[tuple[int, int]],
    triggers: Sequence[Trigger],
    clusters: list[Cluster],
) -> None:
    """Fill the date and location of the event just told from a ``The event took place in X`` sentence."""
    with_triggers = {t.sentence for t in triggers}
    for number, (start, end) in enumerate(spans):
        if not body.startswith(_EVENT_ANAPHOR_STARTS, start):
            continue  # cheap test first: the pattern starts with one of these words
        if number in with_triggers or not _EVENT_ANAPHOR.match(body, start):
            continue
        earlier = [c for c in clusters if c.last_sentence == number - 1]
        if not earlier:
            continue
        args = event_arguments(body, index, (start, start), (start, end), (start, end), [], {}, None)
        for cluster in earlier:
            cluster.location = cluster.location or args.location
            cluster.date = cluster.date or args.date


def _sentences_with(words: Sequence[str], body: str, spans: Sequence[tuple[int, int]]) -> list[int]:
    """Return, in order, the numbers of the sentences in which one of ``words`` occurs (``str.find``: cheap)."""
    starts = [start for start, _ in spans]
    numbers: set[int] = set()
    for word in words:
        position = body.find(word)
        while position >= 0:
            numbers.add(bisect.bisect_right(starts, position) - 1)
            position = body.find(word, position + 1)
    return sorted(n for n in numbers if n >= 0)


# A meeting, visit or ceremony has no amount of its own: a sum or size near it belongs to the thing talked
# about, visited or opened (``launched the $3.2 billion line``, ``opened the EUR 800 million plant``).
_NO_AMOUNT_TYPES = frozenset({"meeting", "visit", "ceremony"})


# The sizes of a built thing a construction takes as its amount when no money belongs to it: length, power,
# throughput and counted units (``which built the 472km section``, ``completed the 500 MW plant``).
_BUILT_SIZE_UNITS = frozenset({"km", "m", "mi", "MW", "GW", "kW"})


def _amount(value: object | None, event_type: str) -> Money | Quantity | None:
    """The event's amount: money or a quantity, but none for a gathering or an opening. A construction takes the
    money of its clause (``built by X for PLN 212 million``), else the size of the thing built (``which built the
    472km section``, ``has completed 270 km of the corridor``, ``the 60 MW plant, built by``): the annotated
    sets give it so far more often than not; never a share, a head count or a span of time."""
    if event_type in _NO_AMOUNT_TYPES:
        return None
    if event_type == "construction" and isinstance(value, Quantity) and value.unit not in _BUILT_SIZE_UNITS:
        return None
    if event_type == "investment" and isinstance(value, Quantity) and value.unit != "%":
        return None  # "Kipushi, which Zijin bought in 2021, exported 90,000 tonnes": a stake or a sum, never a tonnage
    return value if isinstance(value, Money | Quantity) else None


# Events no city takes part in: a city named with a work or its output is where it runs or stands ("the railway
# between Kunming and Vientiane"), not who acts. (A city that receives goods is a recipient, as a country is.)
_NO_CITY_PARTIES = frozenset({"construction", "production"})


def _drop_city_parties(index: FactIndex, clusters: Sequence[Cluster]) -> None:
    """Take cities out of the parties of building works and production (a city government that signs, hosts a
    ceremony or receives goods stays: ``Tashkent city administration signed``)."""
    cities = {e.name for e in index.parties if e.kind == "place" and getattr(e.value, "type", None) == "city"}
    if not cities:
        return
    for cluster in clusters:
        if cluster.type in _NO_CITY_PARTIES and any(name in cities for name in cluster.participants):
            cluster.participants = [name for name in cluster.participants if name not in cities]


def _values(cluster: Cluster) -> Iterator[EventValue]:
    if not cluster.splits:
        yield EventValue(
            type=cluster.type,
            date=cluster.date,
            location=cluster.location,
            participants=tuple(cluster.participants),
            amount=_amount(cluster.amount, cluster.type),
        )
        return
    for split in cluster.splits:
        yield EventValue(
            type=cluster.type,
            date=split.date,
            location=split.location or cluster.location,
            participants=tuple(p for p in cluster.participants if p not in split.others),
            amount=_amount(cluster.amount, cluster.type),
        )
