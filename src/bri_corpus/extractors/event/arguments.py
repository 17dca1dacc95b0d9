"""Find an event's arguments in its sentence: participants, date, location, amount.

Scope: the trigger's clause first, then the clauses of its sentence that hold no
trigger of their own (a clause that does belongs to that other event).

Participants (in order of first mention, canonical names from the facts):

* organisations in scope, except one that only modifies a later one
  (``JAC Kazakhstan joint venture factory Allur`` → Allur) or a source
  (``according to X``);
* people linked to an organisation earlier in the document (``Mr Jia Xijun,
  general manager of ... AE``; ``WEGO Chairman Zhang Hua Wei``);
* places that act: a leader or body (``Kazakh President``, ``Ambassador of
  India``), a subject (``China and Kazakhstan signed``), or after ``with``,
  ``between``, ``to``, ``from`` - but never a company's home (``K Group from
  Turkey``, ``MAN, Germany``, ``UzAuto in Uzbekistan``) nor a locative
  (``in Hefei``), which is the location;
* when the clause has no subject of its own, the sentence's subject, or the
  organisation that ``it`` / ``the company`` / ``the Chinese firm`` points back to
  (``anaphora``);
* never a party named in a dateline, a source or a reporting clause (``NAIROBI,
  March 26 (Xinhua) --``, ``..., Kenyan officials said``: ``reporting``), nor the end
  point of a route (``the railway to Malaba``, ``trains from Xi'an to Almaty``).

Location: a place after ``in`` / ``at`` (not a company's home, nor, for a signing,
meeting or order, the site of the thing agreed on: ``a power plant at Gwadar``), or
the city a trip goes to (``during Kakar's visit to Beijing``); for deliveries and
donations the destination; never one in a reporting region.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from operator import attrgetter
from typing import cast

import attrs
import regex

from .anaphora import resolve_anaphor
from .entities import Entity, FactIndex, lowered_text, may_hold_any
from .facilities import facility_owner, facility_site
from .leaders import leader_countries
from .lexicon import lexicon
from .officials import coordinated_surname_subject, head_of_state_subject, looks_chinese, surname_subject
from .reporting import reporting_regions

__all__ = ["Arguments", "Split", "event_arguments", "person_affiliations"]

_LOCATIVE_BEFORE = regex.compile(r"(?r)\b(?:in|at|inside|near)\s+(?:the\s+)?$", regex.IGNORECASE)
_DESTINATION_BEFORE = regex.compile(r"(?r)\bto\s+(?:the\s+)?$", regex.IGNORECASE)
# "to flood-hit Oudomxay": a place struck by a disaster is still the one the goods go to
_ROLE_BEFORE = regex.compile(
    r"\b(?P<word>with|between|to|from)\s+(?:the\s+)?(?:[\w]+-(?:hit|affected|stricken|ravaged)\s+)?$",
    regex.IGNORECASE,
)
_TO_BEFORE = regex.compile(r"\bto\s+(?:the\s+)?$", regex.IGNORECASE)
_TO_ENDINGS = ("to ", "to the ", "To ", "To the ")
# Event types whose location is where the parties were, not the site of what they agreed on.
_GATHERING_TYPES = frozenset({"signing", "meeting", "order"})
# A passive of these with its agent after it (``was built by X``, ``was commissioned by President Y``) takes the
# agent as its party, not the thing built or opened.
_BUILT_OR_OPENED = frozenset({"construction", "ceremony"})
_OFFICE_OF_BEFORE = regex.compile(
    r"(?r)\b(?:Ambassador|ambassador|Ambassadors|President|Minister|Embassy|embassy|government|Government|delegation|"
    r"delegations|leaders?|Consul|Consulate|Premier|representatives?|Ministry)"
    r"(?:\s+(?:of|for)\s+(?:[A-Z][\w-]*\s+){1,4}(?:and\s+(?:[A-Z][\w-]*\s+){1,3})?)?\s*(?:of|from)\s+(?:the\s+)?$"
)
_AND_BEFORE = regex.compile(r"^\s*(?:,|and|,\s*and|&)\s*$")
_HOME_GAP = regex.compile(r"^(?:\s+(?:of|from|based\s+in)\s+(?:the\s+)?|,\s+|\s+\(\s*)$")
_HOME_IN_GAP = regex.compile(r"^\s+in\s+(?:the\s+)?$")
# Between a subject and its verb: auxiliaries, adverbs, and other subjects joined to it ("China and \x00 signed"),
# but not a bare "and" right before the verb ("visited Urumqi and met": Urumqi is the object of another verb).
_SUBJECT_GAP = regex.compile(
    r"^(?:\s*,|\s+(?:has|have|had|was|were|is|are|also|successfully|formally|officially|jointly|together|recently|"
    r"finally|today|yesterday|\w+ly|and|\x00+|"
    # a time adjunct: "Tanzania and China on Monday signed", "the two banks last week signed"
    r"on\s+(?:[A-Z][a-z]+(?:\s+\d{1,2})?|\d{1,2}\s+[A-Z][a-z]+)|(?:last|this|earlier\s+this)\s+(?:week|month|[A-Z][a-z]+day)))*"
    r"\s*$(?<!\band\s*)"
)
# After a demonym: the firms or officials it qualifies, maybe with other demonyms ("Chinese and Peruvian
# companies", "Thai and Lao officials").
_DEMONYM_FIRMS = regex.compile(
    r"(?:\s*(?:,|and)\s*\x00+)*\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:companies|firms|enterprises|manufacturers|businesses|investors|contractors|banks|lenders|developers|"
    r"builders|automakers|carmakers|miners|suppliers|officials|delegations|authorities|governments|leaders|ministers|"
    r"diplomats|buyers|importers|exporters|traders|partners|counterparts|operators|producers)\b"
)
_MODIFIER_GAP = regex.compile(r"^(?:'s)?(?:\s+[a-z][\w-]*|\s+[A-Z][\w'-]*){1,5}\s+$")
_FUNCTION_WORD = regex.compile(
    r"\b(?:and|or|with|to|from|for|of|in|at|by|on|between|as|was|were|is|are|has|have|had|the|a|an|met|"
    r"\w+ed|\w+s)\b"
)
_POSSESSIVE_GAP = regex.compile(r"^'s?\s+(?:the\s+)?$")
_OBJECT_GAP = regex.compile(r"^[\w-]+(?:\s+over)?\s+(?:the\s+)?$")
_CITY_BODY_AFTER = regex.compile(
    r"(?:'s)?\s+(?:city\s+|municipal\s+|regional\s+|oblast\s+|provincial\s+)?"
    r"(?:administration|government|municipality|council|authorities|hall|mayor|governor|khokimiyat|hokimiyat|akimat)\b",
    regex.IGNORECASE,
)
_OWNER_APPOSITION_BEFORE = regex.compile(
    r",\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:unit|subsidiary|division|affiliate|arm|part|member)\s+of|"
    r"(?:wholly\s+|majority\s+|partly\s+)?(?:owned|controlled|backed)\s+by)\s+"
    r"(?:(?:the|China's|Chinese|its|parent|[\w-]+-(?:owned|run|listed|based|controlled))\s+){0,3}"  # state-owned
    r"(?:[^,()]{2,80}?\s+\(\s*)?$"  # and the owner's short form in brackets after its name
)
_SOURCE_BEFORE = regex.compile(r"\b(?:according\s+to|SOURCE:?|Source:?|reported\s+by)\s+(?:the\s+)?$")
_GENERIC_ANAPHOR = regex.compile(
    r"\b(?:the|this|that)\s+(?:joint[- ]venture\s+)?"
    r"(?P<head>factory|plant|joint\s+venture|mine|smelter|refinery|mill)\b",
    regex.IGNORECASE,
)
# Heads of _GENERIC_ANAPHOR that stand only for an owner the text named (``the mine``), never the latest company.
_OWNED_ONLY_HEADS = frozenset({"mine", "smelter", "refinery", "mill"})
# "JAC Kazakhstan joint venture factory Allur": a descriptor right before an organisation's name.
# Every match of _GENERIC_ANAPHOR holds one of these (lower-cased).
_DESCRIPTOR_WORDS = ("factory", "plant", "venture", "ne", "melter", "nery", "ll")  # mine, smelter, refinery, mill
_DESCRIPTOR_BEFORE = regex.compile(r"\b(?P<head>factory|plant|joint\s+venture)\s+$", regex.IGNORECASE)
_COORDINATED = regex.compile(r"^\s*(?:,\s*)?(?:and|&)\s*$|^\s*,\s*$")
_TODAY = regex.compile(r"\b(?:today|this\s+week)\b", regex.IGNORECASE)
_SINCE = regex.compile(r"\bsince\b", regex.IGNORECASE)
# Every match of _SUMMIT_ANAPHOR holds one of these (in any case).
_SUMMIT_ANAPHOR_NOUNS = (
    *("summit", "forum", "roundtable", "meeting", "conference", "expo", "fair", "event", "session", "exhibition"),
    "symposium",
)
_SUMMIT_ANAPHOR = regex.compile(
    r"\b(?:this|the|that)\s+(?:\w+\s+)?(?:summit|forum|roundtable|meeting|conference|expo|fair|event|session|exhibition|symposium)\b",
    regex.IGNORECASE,
)
_PERSON = regex.compile(r"\b(?:Mr|Ms|Mrs|Dr|Madam|Mister)\.?\s?(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})")
# Every match of _PERSON holds one of these: a text without them is not scanned.
_HONORIFICS = ("Mr", "Ms", "Dr", "Madam", "Mister")
_TITLED_PERSON = regex.compile(
    r"\s+(?:Chairman|Chairwoman|President|CEO|Director|General\s+Manager|Deputy\s+General\s+Manager|"
    r"Vice\s+President|Secretary-General|Managing\s+Director|Executive|Head)\s+(?:Mr\.?\s?)?"
    r"(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})"
)
# "Vice President Liu Jianhua of", "Vice Governor Chen Minghui of the": a titled person of the organisation after it
_TITLE_NAME_OF = regex.compile(
    r"(?r)\b(?:(?:Vice|Deputy|Executive|Acting)\s+)?(?:President|Governor|Chairman|Chairwoman|Chair|Director|Mayor|"
    r"Secretary|Commissioner|Chief\s+Executive|General\s+Manager|Managing\s+Director|Head)\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})\s+of\s+(?:the\s+)?$"
)
# "was built", "is being built", "has been constructed": the subject is the thing built, not a party.
_PASSIVE_BEFORE = regex.compile(r"(?r)\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|now|already|fully|\w+ly)\s+)?$")
# "the plant, built by Sinohydro, generated 6,500 GWh in 2023": a participle set off by commas describes the
# noun before it; the date of the main clause is not the date of the building.
_APPOSITIVE_BEFORE = regex.compile(r"(?r),\s+(?:(?:jointly|also|largely|mainly|partly)\s+)?$")
_BY_AFTER = regex.compile(r"\s+by\s")
# "The deal was signed at the Tanroads headquarters in Dar es Salaam by X and Y": the signers after where and when.
_SETTING_THEN_BY_AFTER = regex.compile(r"\s+(?:(?:at|in|on)\s+[^,;.]{1,100}?\s+)?by\s")
_DESCRIPTIVE_BUILT = regex.compile(r"(?:built|constructed)\s+(?:by|with)\s")
_BUILT_WORDS = ("built", "constructed")
_PARTICIPLE_PHRASE_END = regex.compile(
    r",|;|\s(?:was|were|is|are|has|have|had|will|would|opened|began|handles|carries|cost|costs|links|runs)\b"
)
_DEFINITE_BEFORE = regex.compile(r"\b(?:the|this|that|these|its|their)\s+(?:[\w-]+\s+){0,2}$", regex.IGNORECASE)
# "The deals were signed in the presence of ...": a definite agreement noun as the subject of a passive refers
# back to a signing told before.
_ANAPHORIC_PASSIVE_SUBJECT = regex.compile(
    r"(?r)\b(?:the|these|those|both|all\s+the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:deals?|agreements?|contracts?|documents?|memorand(?:um|a)|MoUs?|accords?|orders?)\s+"
    r"(?:was|were|have\s+been|had\s+been)\s+(?:(?:also|jointly|formally|officially)\s+)?$",
    regex.IGNORECASE,
)
# Between an amount and a trigger after it: another clause begins ("210 billion rubles since construction began").
_SUBORDINATE_GAP = regex.compile(r"\b(?:since|after|before|when|until|while|as)\b")
_UNITS_NOT_AMOUNTS = frozenset({"year", "day", "month", "hour", "week"})
_START = attrgetter("start")
_SUMMIT_STARTS = "summit starts"
_UNKNOWN = object()
Regions = tuple[tuple[int, int], ...]
"""Regions of a sentence whose parties are not the event's (see ``reporting``, and share clauses): sorted (start,
end) spans, which may overlap."""


def _in_regions(position: int, regions: Regions) -> bool:
    return any(start <= position < end for start, end in regions)


@attrs.frozen
class Split:
    """One part of a distributive mention (``On 2 and 4 April ... visited A and B in X and Y``)."""

    date: str | None
    location: str | None
    object: str
    others: tuple[str, ...]
    """The objects of the other parts, left out of this part's participants."""


@attrs.frozen
class Arguments:
    """What one trigger's sentence says about its event."""

    date: str | None
    location: str | None
    participants: tuple[str, ...]
    amount: object | None
    borrowed: bool = False
    """The participants come from the previous event, the sentence having none."""
    definite: bool = False
    """A definite noun (``the successful delivery``): a mention of an occurrence told before, if any."""
    splits: tuple[Split, ...] = ()
    passive: bool = False
    """A passive construction with its agent after it (``was built by X``): its parties are the agent's."""
    further: bool = False
    """``also`` right before the trigger (``which also laid 36 km of roads``): another occurrence than the one
    its sentence told before."""
    headline: bool = False
    """The trigger stands in the headline (a line before the first sentence of the story)."""
    lead: bool = False
    """The trigger stands in the story's lead (its first two sentences), which retells the headline."""
    running_total: bool = False
    """A present perfect with a figure and no date of its own (``has delivered more than 3,000 buses``): a running
    total, not a retelling of a dated occurrence told before."""
    dated_by_gathering: bool = False
    """The date is that of the gathering the sentence names (``signed on the sidelines of the FII, which runs
    from Oct. 28 to 30``), not one the sentence gives the event itself."""
    signatory: bool = False
    """``<person> signed for <party>`` (``on behalf of``) with no object: who signed a deal told just before."""


def person_affiliations(text: str, parties: Sequence[Entity]) -> dict[str, str]:
    """Map the people the document links to an organisation (name and surname) → organisation name."""
    orgs = [e for e in parties if e.kind == "organisation"]
    starts = [e.start for e in orgs]
    people: dict[str, str] = {}
    honorifics = any(word in text for word in _HONORIFICS)
    for match in _PERSON.finditer(text) if honorifics else ():
        index = bisect.bisect_left(starts, match.end())
        window_end = text.find(".", match.end())
        window_end = len(text) if window_end < 0 else min(window_end, match.end() + 110)
        if index < len(orgs) and orgs[index].start < window_end and text[match.end() : match.end() + 1] == ",":
            _add_person(people, match.group("name"), orgs[index].name)
    for org in orgs:
        titled = _TITLED_PERSON.match(text, org.end) if _may_start_title(text, org.end) else None
        if titled:
            _add_person(people, titled.group("name"), org.name)
        if text.endswith(" of ", 0, org.start) or text.endswith(" of the ", 0, org.start):
            title_of = _TITLE_NAME_OF.search(text, max(0, org.start - 90), org.start)
            if title_of:  # "Vice President Liu Jianhua of China Exim Bank"
                _add_person(people, title_of.group("name"), org.name)
    return people


# The first letters of the titles of _TITLED_PERSON, which comes after spaces.
_TITLE_INITIALS = frozenset("CPDGVSMEH")


def _may_start_title(text: str, position: int) -> bool:
    """Cheap test before :data:`_TITLED_PERSON` at ``position``: False when the first character after the spaces
    there cannot begin a title (``str.isspace`` holds for every character ``\\s`` takes, and a few more, which
    the pattern then refuses anyway)."""
    after = text[position : position + 4].lstrip()
    return not after or after[0] in _TITLE_INITIALS


def _add_person(people: dict[str, str], name: str, org: str) -> None:
    people.setdefault(name, org)
    if " " in name:
        # the family name: last in most names, first in a Chinese one ("Vice Governor Chen")
        people.setdefault(name.split()[0] if looks_chinese(name) else name.split()[-1], org)


def _is_home(text: str, place: Entity, previous: Entity | None) -> bool:
    """True when the place only says where the preceding organisation is from."""
    if previous is None or previous.kind != "organisation" or place.start - previous.end > 20:
        return False
    gap = text[previous.end : place.start]
    if _HOME_IN_GAP.match(gap):  # "UzAuto in Uzbekistan" is a home, "Kenya Railways in Nairobi" a location
        return getattr(place.value, "type", None) == "country"
    return bool(_HOME_GAP.match(gap))


def _place_acts(
    text: str,
    index: FactIndex,
    place: Entity,
    neighbours: tuple[Entity | None, Entity | None],
    trigger_start: int,
    acting: set[int],
) -> bool:
    """True when a place takes part in the event rather than locating it or a company."""
    previous, following = neighbours
    if (
        getattr(place.value, "type", None) == "city"
        and not _CITY_BODY_AFTER.match(text, place.end)
        and not _ROLE_BEFORE.search(text, max(0, place.start - 30), place.start)
    ):
        # a city locates an event; it takes part as a recipient or a partner ("delivered 120 buses to Bogota")
        # or as its administration ("the Dushanbe city administration"), not as a subject or a bystander
        return False
    key = ("place acts", id(place), id(previous), id(following))
    verdict = index.memo.get(key, _UNKNOWN)
    if verdict is _UNKNOWN:
        verdict = index.memo[key] = _place_role(text, index.masked, place, previous, following)
    if verdict is not None:
        return bool(verdict)
    masked = index.masked
    if place.demonym:  # only a demonym before firms is left undecided by its own context
        firms = _DEMONYM_FIRMS.match(masked, place.end)
        if firms is not None and place.start > trigger_start and not masked.startswith(" \x00", firms.end()):
            # "signed memoranda with Chinese buyers", "talks between Kenyan and Chinese firms": the other side
            role = _ROLE_BEFORE.search(text, max(0, place.start - 30), place.start)
            return role is not None and role.group("word").lower() in ("with", "between")
        return (
            firms is not None
            and firms.end() <= trigger_start
            and not masked.startswith(" \x00", firms.end())  # "Chinese companies PowerChina and Sinotech": named
            and bool(_SUBJECT_GAP.match(masked[firms.end() : trigger_start]))
        )
    is_country = getattr(place.value, "type", None) == "country"
    if is_country and place.start >= trigger_start and _OBJECT_GAP.match(masked[trigger_start : place.start]):
        return True  # "visited Turkmenistan": the object of the trigger
    if previous is not None and id(previous) in acting and _AND_BEFORE.match(text[previous.end : place.start]):
        return True
    # A subject: only adverbs and auxiliaries between the place and the trigger.
    return place.end <= trigger_start and bool(_SUBJECT_GAP.match(masked[place.end : trigger_start]))


def _place_role(
    text: str, masked: str, place: Entity, previous: Entity | None, following: Entity | None
) -> bool | None:
    """What the place's own context says, whatever the trigger: True (it acts), False (it does not) or None
    (it depends on where the trigger is)."""
    before = text[max(0, place.start - 40) : place.start]
    if _LOCATIVE_BEFORE.search(before) or _is_home(text, place, previous):
        return False
    if (
        following is not None
        and following.kind == "organisation"
        and _POSSESSIVE_GAP.match(text[place.end : following.start])
    ):
        return False  # "Vietnam's Hoa Phat Group": the company's home
    if lexicon().title_after.match(text, place.end):
        return True
    if _OFFICE_OF_BEFORE.search(before):
        return True
    if place.demonym:
        # "Chinese and Peruvian companies signed": it may be the subject, depending on where the trigger is
        return None if _DEMONYM_FIRMS.match(masked, place.end) else False
    role = _ROLE_BEFORE.search(before)
    if role is not None:
        return _role_acts(masked, place, place.start - len(before) + role.start(), role.group("word").lower())
    return None


def _role_acts(masked: str, place: Entity, word_start: int, word: str) -> bool:
    """Whether a place after ``with`` / ``between`` / ``to`` / ``from`` (at ``word_start``) takes part.

    Not the end of a route (``the railway to Malaba``, ``trains from Xi'an to Almaty``); after a trip
    (``visit to Beijing``) a country is the host and takes part, a city or region is only where it happened.
    """
    if word not in ("to", "from"):
        return True
    lex = lexicon()
    window = max(0, word_start - 80)
    if lex.route_before.search(masked, window, word_start):
        return False
    if word == "to" and lex.travel_before.search(masked, window, place.start):
        return getattr(place.value, "type", None) == "country" and not state_visit_to(masked, place.start)
    return True


def _org_counts(text: str, index: FactIndex, org: Entity, following: Entity | None) -> bool:
    """True when an organisation is a participant: not a source, not a modifier of the next one (memoised)."""
    key = ("org counts", id(org), id(following))
    counts = index.memo.get(key)
    if counts is None:
        counts = index.memo[key] = _org_is_party(text, org, following)
    return bool(counts)


def _org_is_party(text: str, org: Entity, following: Entity | None) -> bool:
    if _SOURCE_BEFORE.search(text[max(0, org.start - 20) : org.start]):
        return False
    owner_start = max(0, org.start - 130)
    if text.find(",", owner_start, org.start) >= 0 and _OWNER_APPOSITION_BEFORE.search(text, owner_start, org.start):
        return False  # "Sinohydro, a unit of PowerChina,", "Pacific Hydro, owned by SPIC,": who owns a party
    if following is not None and following.kind == "organisation":
        gap = text[org.end : following.start]
        if _MODIFIER_GAP.match(gap) and not _FUNCTION_WORD.search(gap):
            return False
    return True


def _owns_next(text: str, place: Entity, following: Entity | None) -> bool:
    """True when the place is the home of the organisation right after it (``Kazakhstan's Eurasian Resources``)."""
    return (
        following is not None
        and following.kind == "organisation"
        and bool(_POSSESSIVE_GAP.match(text[place.end : following.start]))
    )


def _parties_with_next_organisation(
    index: FactIndex, spans: Sequence[tuple[int, int]]
) -> tuple[Sequence[Entity], list[Entity | None]]:
    """Return the parties starting in ``spans`` (text order) and, for each, the first organisation after it
    among them."""
    parties = index.parties
    if len(spans) == 1:
        low, high = index.party_index(spans[0][0]), index.party_index(spans[0][1])
        following = [parties[j] if j < high else None for j in index.next_organisation[low:high]]
        return parties[low:high], following
    inside = sorted((e for start, end in spans for e in index.parties_between(start, end)), key=_START)
    next_organisation: Entity | None = None
    following = [None] * len(inside)
    for i in range(len(inside) - 1, -1, -1):
        following[i] = next_organisation
        if inside[i].kind == "organisation":
            next_organisation = inside[i]
    return inside, following


def _party_names(
    text: str,
    index: FactIndex,
    spans: Sequence[tuple[int, int]],
    trigger_start: int,
    people: Mapping[str, str],
    *,
    before: int | None = None,
    excluded: Regions = (),
) -> list[tuple[int, str]]:
    """Return (position, name) of the participants found in ``spans``, none in the ``excluded`` regions.

    With ``before``, return at most one: the first found (in order of search) at a position before it;
    enough to tell whether the spans have a participant before that position.
    """
    found: list[tuple[int, str]] = []
    acting: set[int] = set()
    inside, following_organisation = _parties_with_next_organisation(index, spans)
    for i, entity in enumerate(inside):
        if before is not None:
            if entity.start >= before:
                break
            if found:
                return found
        if excluded and _in_regions(entity.start, excluded):
            continue
        if entity.kind == "organisation":
            if _org_counts(text, index, entity, following_organisation[i]):
                found.append((entity.start, entity.name))
        elif _place_acts(
            text,
            index,
            entity,
            (inside[i - 1] if i > 0 else None, inside[i + 1] if i + 1 < len(inside) else None),
            trigger_start,
            acting,
        ):
            acting.add(id(entity))
            found.append((entity.start, entity.name))
    if found and before is not None:
        return found
    if people:
        for start, end in spans:
            if not _may_hold_honorific(text, start, end):
                continue
            for match in _PERSON.finditer(text, start, end):
                if before is not None and match.start() >= before:
                    break
                if excluded and _in_regions(match.start(), excluded):
                    continue
                org = people.get(match.group("name")) or people.get(match.group("name").split()[-1])
                if org:
                    found.append((match.start(), org))
                    if before is not None:
                        return found
    return found


def _may_hold_honorific(text: str, start: int, end: int) -> bool:
    """Cheap test before :data:`_PERSON`: every match holds one of :data:`_HONORIFICS` (``Mrs`` holds ``Mr``)."""
    for honorific in _HONORIFICS:
        if text.find(honorific, start, end) >= 0:
            return True
    return False


def _nearest_date(
    index: FactIndex,
    spans: Sequence[tuple[int, int]],
    anchor: int,
    text: str,
    excluded: Regions = (),
    published: str | None = None,
) -> str | None:
    """Return the date in ``spans`` nearest to ``anchor`` (the first of two as near), not one after ``since``,
    nor one in the ``excluded`` regions, nor a deadline after the trigger that lies past the publication year
    (``signed a memorandum on ... the training of 500 engineers by 2027``)."""
    best: Entity | None = None
    for span in sorted(spans):
        for entity in index.dates_between(*span):
            if excluded and _in_regions(entity.start, excluded):
                continue
            if published and entity.start > anchor and _is_future_deadline(text, entity, published):
                continue
            if _says_since(text[min(anchor, entity.start) : entity.start]) or _says_since(
                text[max(0, entity.start - 12) : entity.start]
            ):
                continue
            if entity.start > anchor and (
                text.find(", which ", anchor, entity.start) >= 0 or text.find(", who ", anchor, entity.start) >= 0
            ):  # (normalised text: one space between words)
                # "discussed the block trains, which had reached 486 in 2024, nearly twice the 2023 figure": the
                # dates of a relative clause after the trigger, and of what follows it, are not the event's
                continue
            if (
                best is not None
                and best.end <= anchor < entity.start
                and _SECOND_VERB_GAP.match(text[best.end : anchor])
            ):  # "visited Bishkek on September 15 and met with X the next day": the later date is met's
                best = entity
                continue
            if best is None or abs(entity.start - anchor) < abs(best.start - anchor):
                best = entity
    return best.name if best is not None else None


# Between a date and the trigger: the trigger is a second verb of the same subject ("visited Bishkek on
# September 15 and met ..."), so the date before it is the first verb's when another follows the trigger.
_SECOND_VERB_GAP = regex.compile(r"^\s*,?\s+and\s+(?:then\s+|later\s+|also\s+)?$")


def _says_since(window: str) -> bool:
    """True when ``since`` stands as a word in ``window`` (:data:`_SINCE`, tried only where the word is)."""
    return may_hold_any(window, _SINCE_WORDS) and _SINCE.search(window) is not None


_SINCE_WORDS = ("since",)


def _clipped(spans: Sequence[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    """The parts of ``spans`` before ``end``."""
    return [(start, min(stop, end)) for start, stop in spans if start < end]


def _is_future_deadline(text: str, entity: Entity, published: str) -> bool:
    """True for ``by 2027`` / ``by the end of 2026`` where the year comes after the publication's: the time a
    plan is due, never when something told as done happened."""
    if not _BY_DEADLINE_BEFORE.search(text, max(0, entity.start - 20), entity.start):
        return False
    year = entity.name[:4]
    return year.isdigit() and year > published[:4]


_BY_DEADLINE_BEFORE = regex.compile(r"\b(?:by|before|until)\s+(?:the\s+end\s+of\s+)?$")


def _locative(
    text: str,
    index: FactIndex,
    spans: Sequence[tuple[int, int]],
    *,
    destination: bool,
    excluded: Regions = (),
    site_is_not_location: bool = False,
) -> str | None:
    """Return the first place in ``spans`` (text order) after ``in`` / ``at`` (``to`` for a ``destination``)
    that is not a company's home, or the city or region a trip goes to (``visit to Beijing``).

    None in the ``excluded`` regions; with ``site_is_not_location``, none that only sites a built thing
    (``a power plant at Gwadar``).

    A place's neighbours are looked for among the parties from 200 characters before the spans to 200
    after them.
    """
    if not spans:
        return None
    pattern = _DESTINATION_BEFORE if destination else _LOCATIVE_BEFORE
    parties = index.parties
    for span in sorted(spans) if len(spans) > 1 else spans:
        for i in range(index.party_index(span[0]), index.party_index(span[1])):
            entity = parties[i]
            if entity.kind != "place" or entity.demonym:
                continue
            if excluded and _in_regions(entity.start, excluded):
                continue
            if not pattern.search(text[max(0, entity.start - 12) : entity.start]) and not (
                not destination and _trip_destination(index.masked, entity)
            ):
                continue
            if site_is_not_location and lexicon().site_before.search(
                index.masked, max(0, entity.start - 60), entity.start
            ):
                continue
            window_first = index.party_index(max(0, min(start for start, _ in spans) - 200))
            window_end = index.party_index(max(end for _, end in spans) + 200)
            previous = parties[i - 1] if i > window_first else None
            after = index.party_index(entity.end)
            following = parties[after] if after < window_end else None
            if not _is_home(text, entity, previous) and not _owns_next(text, entity, following):
                return entity.name
    return None


# "Boluarte's state visit to China", "the state visit of the President of Turkmenistan to China": the country a
# head of state visits is where the visit happened; only the visitor's side takes part.
_STATE_VISIT_TO = regex.compile(
    r"(?r)(?<!\b(?:upcoming|forthcoming|planned|expected)\s+)\bstate\s+visits?\s+"
    r"(?:of\s+[^,;()]{1,60}?\s+)?to\s+(?:the\s+)?$",
    regex.IGNORECASE,
)


_VISIT_VERBS = frozenset({"visited", "visits", "visit", "visiting", "toured", "tours", "touring"})
# Between a visit verb and the place it takes as object: "visited Tashkent", "toured the Kutaisi ..."
_VISITED_GAP = frozenset({" ", " the "})
# A second place joined to the object ("visited Serbia and Hungary"), or the place owning a name ("visited
# Shenzhen's ..."): no single place where the visit happened.
_VISITED_PLACE_TAIL = regex.compile(r"(?:'s?\b|,?\s+(?:and|or)\s+(?:the\s+)?\p{Lu}|,\s+\p{Lu}[\w'-]*\s+(?:and|or)\b)")


def _visited_place(text: str, index: FactIndex, end: int, clause_end: int) -> str | None:
    """The place a visit verb takes as its object (``visited Tashkent and met``, ``toured Guangzhou``): where the
    visit happened, whether a city, a region or a country (a country also takes part as the host)."""
    i = index.party_index(end)
    if i >= len(index.parties):
        return None
    place = index.parties[i]
    if (
        place.kind != "place"
        or place.demonym
        or place.end > clause_end
        or text[end : place.start] not in _VISITED_GAP
        or _VISITED_PLACE_TAIL.match(text, place.end)
    ):
        return None
    return place.name


def state_visit_to(masked: str, position: int) -> bool:
    """True when the place at ``position`` is the country of a ``state visit to``."""
    return _STATE_VISIT_TO.search(masked, max(0, position - 90), position) is not None


def _trip_destination(masked: str, place: Entity) -> bool:
    """True for the city or region a trip goes to (``Kakar's visit to Beijing``); a country visited takes part
    instead (``paid an official visit to Germany``)."""
    if not masked.endswith(_TO_ENDINGS, max(0, place.start - 8), place.start):
        return False  # cheap test first
    if getattr(place.value, "type", None) == "country":
        return state_visit_to(masked, place.start)
    to = _TO_BEFORE.search(masked, max(0, place.start - 8), place.start)
    return to is not None and lexicon().travel_before.search(masked, max(0, to.start() - 80), to.end()) is not None


def _amount(index: FactIndex, text: str, clause: tuple[int, int], start: int, end: int) -> object | None:
    after = index.amounts_between(end, min(clause[1], end + 90))
    for a in after:
        if a.kind == "money":
            return cast(object, a.value)
    head = _relative_head_money(index, text, start)
    if head is not None:
        return head  # "a loan of EUR 579 million, which Skopje signed with China Exim": the loan, not what follows
    for a in after:
        if getattr(a.value, "unit", None) not in _UNITS_NOT_AMOUNTS and a.start < end + 50:
            return cast(object, a.value)
    before = [
        a
        for a in index.amounts_between(clause[0], start + 1)
        if a.end <= start and start - a.end < 30 and not _SUBORDINATE_GAP.search(text, a.end, start)
    ]
    if before and getattr(before[-1].value, "unit", None) == "%" and "," in text[before[-1].end : start]:
        before = []  # a share held, in a clause of its own: "which China Merchants holds 85 percent, also signed"
    if before and getattr(before[-1].value, "unit", None) not in _UNITS_NOT_AMOUNTS:
        return cast(object, before[-1].value)
    return None


# ", which Skopje signed", ", which the two banks agreed": a relative clause opening right before the trigger.
_RELATIVE_OPENING_BEFORE = regex.compile(
    r"(?r)\s*,\s+(?:which|that)\s+(?:the\s+)?(?:[A-Z][\w&.'-]*\s+){1,5}(?:(?:has|had|have|also|later)\s+)*$"
)


def _relative_head_money(index: FactIndex, text: str, start: int) -> object | None:
    """The money right before a relative clause whose verb is the trigger (``a loan of EUR 579 million, which
    Skopje signed``): the relative's head, the deal's sum."""
    if text.find("which", max(0, start - 60), start) < 0 and text.find("that", max(0, start - 60), start) < 0:
        return None  # cheap test first
    relative = _RELATIVE_OPENING_BEFORE.search(text, max(0, start - 60), start)
    if relative is None:
        return None
    for a in index.amounts_between(max(0, relative.start() - 40), relative.start() + 1):
        if a.kind == "money" and a.end == relative.start():
            return cast(object, a.value)
    return None


# "signed an agreement to build a plant ..., with an investment of Rp 67.5 trillion": the sum the deal commits.
INVESTMENT_ADJUNCT_BEFORE = regex.compile(
    r"(?r)\b(?:with|adding|involving|entailing|bringing)\s+(?:an?\s+|a\s+total\s+|total\s+)?"
    r"(?:(?:additional|further|planned|total|overall|estimated|new)\s+)?investments?\s+(?:of|worth)\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?$",
    regex.IGNORECASE,
)


def _investment_adjunct(index: FactIndex, text: str, end: int, sentence: tuple[int, int]) -> object | None:
    """The money of an ``..., with an investment of X`` adjunct later in the trigger's sentence, or None."""
    if text.find("nvestment", end, sentence[1]) < 0:
        return None  # cheap test first
    for amount in index.amounts_between(end, sentence[1]):
        if amount.kind == "money" and INVESTMENT_ADJUNCT_BEFORE.search(text, max(end, amount.start - 60), amount.start):
            return cast(object, amount.value)
    return None


def event_arguments(
    text: str,
    index: FactIndex,
    trigger_span: tuple[int, int],
    clause: tuple[int, int],
    sentence: tuple[int, int],
    free_clauses: Sequence[tuple[int, int]],
    people: Mapping[str, str],
    published: str | None,
    *,
    destination: bool = False,
    event_type: str | None = None,
    parties_end: int | None = None,
    dates_end: int | None = None,
) -> Arguments:
    """Collect the arguments of the trigger at ``trigger_span`` from its clause and the free clauses.

    Parties and places in the sentence's reporting regions (dateline, source, ``..., officials said``) are left
    out; a date there is taken only when the sentence has no other. With ``parties_end``, no party at or after
    it counts (the start of a second verb of the same subject: ``visited Urumqi and met with X``: X is met's; of
    the sentence's next event: ``built by A under a contract it signed with B``: B is the signing's; of a verb of
    intention: ``signed 11 documents, and agreed to hold the next session in Minsk``).
    With ``dates_end``, no date at or after it counts (the start of the sentence's next trigger: ``built by CREC
    under a contract it signed with BR in August 2016``: the date is the signing's).
    """
    start, end = trigger_span
    party_clause = clause if parties_end is None else (clause[0], min(clause[1], parties_end))
    own = [party_clause]
    wide = [party_clause, *(c for c in free_clauses if c[1] <= clause[0])]
    regions = _regions(text, index, sentence, start)
    appositive = _appositive_end(text, start, end, sentence)
    quoted = _closed_quotation_before(text, sentence[0], start)
    dated_own = own if dates_end is None else _clipped(own, dates_end)
    dated_free = free_clauses if dates_end is None else _clipped(free_clauses, dates_end)
    if appositive is not None:
        # ", built by CRBC and opened in October 2022,": the date of the second participle is not the building's
        phrase = _PARTICIPLE_PHRASE_END.search(text, end, appositive)
        date = _nearest_date(index, [(start, phrase.start() if phrase else appositive)], start, text, regions)
    elif quoted is not None:  # '"Trains will run by 2027," he said after a site visit': not the visit's date
        date = _nearest_date(index, dated_own, start, text, (*regions, quoted)) or _nearest_date(
            index, dated_free, start, text, (*regions, quoted)
        )
    elif (
        text.startswith(_BUILT_WORDS, start)  # cheap test first: every match starts with one of them
        and _DESCRIPTIVE_BUILT.match(text, start)
        and not _PASSIVE_BEFORE.search(text, max(clause[0], start - 30), start)
    ):
        # "A new iron ore wharf built by a Chinese company ... was inaugurated on Wednesday": the participle
        # describes the work; the date of the clause it hangs on is not the building's, only one in the phrase
        phrase = _PARTICIPLE_PHRASE_END.search(text, end, clause[1])
        date = _nearest_date(index, [(start, phrase.start() if phrase else clause[1])], start, text, regions)
    else:
        date = _nearest_date(index, dated_own, start, text, regions, published) or _nearest_date(
            index, dated_free, start, text, regions, published
        )
    if date is None and regions and appositive is None and quoted is None:
        date = _nearest_date(index, dated_own, start, text) or _nearest_date(index, dated_free, start, text)
    site = event_type in _GATHERING_TYPES
    location = _locative(text, index, own, destination=False, excluded=regions, site_is_not_location=site)
    if location is None:
        location = _locative(text, index, free_clauses, destination=False, excluded=regions, site_is_not_location=site)
    if location is None and destination:
        location = _locative(text, index, own, destination=True, excluded=regions)
    if location is None and event_type == "visit" and text[start:end].lower() in _VISIT_VERBS:
        location = _visited_place(text, index, end, clause[1])
    summit = _summit_of(text, index, sentence, start)
    dated_by_gathering = False
    if summit is not None:
        dated_by_gathering = date is None and getattr(summit.value, "date", None) is not None
        date = date or getattr(summit.value, "date", None)
        location = location or getattr(summit.value, "location", None)
    if date is None and published and _TODAY.search(text, sentence[0], sentence[1]):
        date = published
    found = _party_names(text, index, wide, start, people, excluded=regions)
    # Whether the clause names a party before the trigger: when the clause is the whole search scope, the
    # parties just found tell (the same entities, tested in the same order), without a second search.
    if len(wide) == 1:
        party_before = any(position < start for position, _ in found)
    else:
        party_before = bool(_party_names(text, index, own, start, people, before=start, excluded=regions))
    if party_before and text.find(" and ", max(clause[0], start - 90), start) >= 0:  # cheap test first
        coordinated = _coordinated_anaphor(text, index, clause, start)
        if coordinated is not None and all(name != coordinated[1] for _, name in found):
            found.append(coordinated)
    if not party_before:
        # "Mirzamahmudov signed": a minister or officer named in full earlier, by surname
        by_surname = surname_subject(text, people, sentence[0], start)
        if by_surname is not None:
            partner = coordinated_surname_subject(text, people, sentence[0], by_surname[0])
            if partner is not None and partner[1] != by_surname[1]:
                found.append(partner)
        subject = (
            by_surname
            or head_of_state_subject(text, index.parties, sentence[0], start)
            or _subject(text, index, clause, sentence, start, people, regions)
        )
        if subject is not None:
            found.append(subject)
    generic = _GENERIC_ANAPHOR.search(text, clause[0], clause[1]) if _may_hold_descriptor(text, index, clause) else None
    if generic is not None:
        head = generic.group("head")
        # "The plant belongs to X ... the plant produced": the owner or operator the text named, else the
        # company introduced with this descriptor, else the latest one
        antecedent = facility_owner(text, index, head, generic.start())
        if antecedent is None and head.lower() not in _OWNED_ONLY_HEADS:
            antecedent = _described(text, index, head, generic.start()) or _antecedent(index, sentence[0])
        if antecedent is not None:
            found.append((generic.start(), antecedent))
        if location is None:
            location = facility_site(text, index, head, generic.start())  # "the plant": where the story sited it
    for leader in leader_countries(text, index, clause[0], party_clause[1], start):
        if not _in_regions(leader[0], regions) and all(name != leader[1] for _, name in found):
            found.append(leader)  # "commissioned by President Muhammadu Buhari": the country acts
    passive = (
        event_type in _BUILT_OR_OPENED
        and bool(
            _PASSIVE_BEFORE.search(text, max(clause[0], start - 30), start) or _BY_AFTER.match(text, end, clause[1])
        )  # "was built by X", "a project built by X": the agent after it
        or event_type == "signing"
        and bool(_SETTING_THEN_BY_AFTER.match(text, end, clause[1]))
        and bool(_PASSIVE_BEFORE.search(text, max(clause[0], start - 30), start))
    )  # "The agreement was signed by the Permanent Secretary of the Ministry of Finance": its signers
    agent_end = appositive if appositive is not None else clause[1]  # ", built by X, was opened by Y": X only
    agents = [party for party in found if end <= party[0] < agent_end] if passive else []
    if agents:
        found = agents  # "The line between A and B is being built by the CRE Consortium": the builder only
    if event_type == "ceremony" and unowned_opening(text, start, end, clause[0]):
        found = []  # "The 142-km line, nicknamed Whoosh, opened to commercial service on October 2": no party acts
    found.sort()
    if event_type == "construction" and found and _may_name_a_financier(text, index, clause):
        found = _without_financiers(text, index, found, clause[0])
    participants = tuple(dict.fromkeys(name for _, name in found))
    splits = _distributive(text, index, clause, start, end, participants)
    amount = _amount(index, text, clause if appositive is None else (clause[0], appositive), start, end)
    amount = amount or _investment_adjunct(index, text, end, sentence)
    return Arguments(
        date=date,
        location=location,
        participants=participants,
        amount=amount,
        running_total=amount is not None
        and date is None
        and _PRESENT_PERFECT_BEFORE.search(text, max(0, start - 20), start) is not None,
        splits=splits,
        passive=bool(agents),
        further=text.endswith("also ", max(0, start - 5), start),
        signatory=event_type == "signing" and _SIGNED_FOR_AFTER.match(text, end) is not None,
        dated_by_gathering=dated_by_gathering,
        definite=(
            bool(_DEFINITE_BEFORE.search(text, max(0, start - 40), start))
            if not text[start:end].endswith("ed")
            else bool(_ANAPHORIC_PASSIVE_SUBJECT.search(text, max(0, start - 60), start))
        ),
    )


# "Joseph Mwangi signed for Kenya", "signed on behalf of the Ministry": a signatory, the deal told before.
_SIGNED_FOR_AFTER = regex.compile(r"\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?\p{Lu}")
# "Yutong has delivered", "the two countries have now signed": a present perfect right before the trigger.
_PRESENT_PERFECT_BEFORE = regex.compile(r"(?r)\b(?:has|have)\s+(?:(?:now|already|so\s+far|also)\s+)?$")
# Who pays for a work does not build it: "funded by a grant from the Chinese government", "with a $62-million loan
# from China Exim", "financed by the ADB and the EIB".
_FINANCIER_BEFORE = regex.compile(
    r"(?:\b(?:funded|financed|co-financed|bankrolled|backed|paid\s+for)\s+(?:\w+\s+)?by"
    r"|\b(?:loans?|grants?|credits?|credit\s+lines?|financing|funding|aid|concessional\s+loans?)\s+"
    r"(?:\w+\s+){0,2}?from)\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
_FINANCIER_WORDS = ("fund", "financ", "loan", "grant", "credit", "bankroll", "backed", "paid for", "aid")
_JOINED_TO_PREVIOUS = regex.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")


def _may_name_a_financier(text: str, index: FactIndex, clause: tuple[int, int]) -> bool:
    """Cheap test before :data:`_FINANCIER_BEFORE`: every match holds one of :data:`_FINANCIER_WORDS` (in any case;
    see ``lowered_text``)."""
    lowered = lowered_text(index, text)
    if lowered is None:
        return True
    start, end = clause
    return any(lowered.find(word, start, end) >= 0 for word in _FINANCIER_WORDS)


def _without_financiers(
    text: str, index: FactIndex, found: list[tuple[int, str]], clause_start: int
) -> list[tuple[int, str]]:
    """Leave out the parties named as a work's financiers, and those joined to them by ``and`` or a comma."""
    kept: list[tuple[int, str]] = []
    previous_end = -1
    for position, name in found:
        joined = previous_end >= 0 and bool(_JOINED_TO_PREVIOUS.fullmatch(text, previous_end, position))
        if joined or _FINANCIER_BEFORE.search(text, max(clause_start, position - 70), position):
            previous_end = _party_end(index, position)
            continue
        previous_end = -1
        kept.append((position, name))
    return kept


def _party_end(index: FactIndex, position: int) -> int:
    """Where the party that starts at ``position`` ends (-1 when no party fact starts there: an anaphor)."""
    i = index.party_index(position)
    parties = index.parties
    return parties[i].end if i < len(parties) and parties[i].start == position else -1


def unowned_opening(text: str, start: int, end: int, clause_start: int) -> bool:
    """True for a work that opens by itself: ``opened`` / ``inaugurated`` with no object and no agent after it,
    in an apposition or after ``since`` / ``when`` (``the railway, opened in October 2017, carried``, ``Since it
    opened on Dec. 3, 2021``, ``The line opened to traffic in 2016``)."""
    if not _SELF_OPENING_VERB.fullmatch(text, start, end) or not _NO_OBJECT_NOR_AGENT_AFTER.match(text, end):
        return False
    if _UNOWNED_OPENING_BEFORE.search(text, max(clause_start, start - 60), start):
        return True
    # "The Miladinovci-Stip road opened in July 2019": a work named as the clause's subject
    subject = _WORK_SUBJECT.fullmatch(text, clause_start, start)
    return subject is not None and lexicon().physical.search(subject.group("head")) is not None


_WORK_SUBJECT = regex.compile(r"\s*(?:The|the)\s+(?:[\w'-]+\s+){0,4}(?P<head>[a-z][\w-]*)\s+")
_SELF_OPENING_VERB = regex.compile(r"opened|inaugurated|reopened")
_NO_OBJECT_NOR_AGENT_AFTER = regex.compile(
    r"\s*(?:,|\.|$)|\s+(?:in|on|to|at|last|this|early|late|for|two|three|a|\d)\b(?!\s+\w+\s+by\b)"
)
# A thing as the subject: an apposition (", opened in"), a clause of time ("since it opened"), or a work named
# right before ("The line opened", "the Kingdom's first expressway ... and opened").
_UNOWNED_OPENING_BEFORE = regex.compile(
    r"(?:,\s+(?:which\s+)?(?:was\s+)?(?:\w+ly\s+)?|\b(?:[Ss]ince|[Ww]hen|[Aa]fter)\s+(?:it|the\s+[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:was\s+)?|\b(?:and|that|which)\s+(?:was\s+)?)$"
)


def _closed_quotation_before(text: str, sentence_start: int, start: int) -> tuple[int, int] | None:
    """Return the span of a quotation opened and closed in the sentence before the trigger, if any."""
    close = text.rfind('"', sentence_start, start)
    if close < 0 or text.count('"', sentence_start, start) % 2:
        return None
    opening = text.rfind('"', sentence_start, close)
    return (opening, close + 1) if opening >= 0 else None


def _appositive_end(text: str, start: int, end: int, sentence: tuple[int, int]) -> int | None:
    """Return where the participle phrase set off by commas at the trigger ends (``, built by TBEA,``), or None
    when the trigger is no such participle."""
    if not _BY_AFTER.match(text, end, sentence[1]) or not _APPOSITIVE_BEFORE.search(
        text, max(sentence[0], start - 20), start
    ):
        return None
    comma = text.find(",", end, sentence[1])
    return comma if comma >= 0 else sentence[1]


def _subject(
    text: str,
    index: FactIndex,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    trigger_start: int,
    people: Mapping[str, str],
    regions: Regions = (),
) -> tuple[int, str] | None:
    """Return the subject a clause without one takes: the sentence's first party, or an anaphor's antecedent."""
    if clause[0] > sentence[0]:
        earlier = _party_names(text, index, [(sentence[0], clause[0])], trigger_start, people, excluded=regions)
        orgs = [p for p in earlier if p[0] in index.organisation_starts]
        if orgs:
            return orgs[0]
    anaphor = lexicon().anaphor.search(text, clause[0], trigger_start)
    if anaphor is None:
        return None
    previous = (
        facility_owner(text, index, anaphor.group("head"), anaphor.start())  # "the plant": its owner or operator
        or resolve_anaphor(index, anaphor)
        or _antecedent(index, sentence[0])
    )
    if previous is None:
        return None
    return anaphor.start(), previous


# "The Company and GRDA signed", "KenGen and the company have signed": an anaphor co-ordinated with a named
# subject right before the verb.
_COORDINATED_ANAPHOR_BEFORE = regex.compile(
    r"(?r)(?:^|(?<=[\s,(]))(?P<anaphor>(?:[Tt]he|[Ii]ts)\s+(?:Company|company|firm|Group|group|contractor))\s+and\s+"
    r"(?:the\s+)?[A-Z][^,;.]{0,60}?\s+(?:(?:has|have|had|also|jointly|formally|later|then)\s+)*$"
    r"|\band\s+(?P<anaphor>the\s+(?:Company|company|firm|Group|group|contractor))\s+"
    r"(?:(?:has|have|had|also|jointly|formally|later|then)\s+)*$"
)


def _coordinated_anaphor(text: str, index: FactIndex, clause: tuple[int, int], start: int) -> tuple[int, str] | None:
    """The antecedent of a company anaphor co-ordinated with a named subject right before the trigger
    (``The Company and GRDA signed``: in an announcement, the issuer named at its top), or None."""
    coordinated = _COORDINATED_ANAPHOR_BEFORE.search(text, max(clause[0], start - 90), start)
    if coordinated is None:
        return None
    anaphor = lexicon().anaphor.match(text, coordinated.start("anaphor"))
    if anaphor is None:
        return None
    antecedent = resolve_anaphor(index, anaphor)
    return None if antecedent is None else (anaphor.start(), antecedent)


def _regions(text: str, index: FactIndex, sentence: tuple[int, int], trigger_start: int) -> Regions:
    """Return the reporting regions of ``sentence`` that do not hold the trigger (memoised per sentence)."""
    key = ("reporting regions", sentence)
    regions = index.memo.get(key)
    if regions is None:
        regions = index.memo[key] = tuple(
            sorted((*reporting_regions(text, *sentence), *_relative_clauses(text, *sentence)))
        )
    return tuple(r for r in regions if not r[0] <= trigger_start < r[1]) if regions else ()


def _relative_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-restrictive relative clauses of a sentence whose share or history is no part of the event
    (``HIPG, in which China Merchants holds 85 percent, also signed``)."""
    if text.find(" which ", start, end) < 0:
        return []  # cheap test first
    return [m.span() for m in _SHARE_RELATIVE.finditer(text, start, end)]


# ", in which China Merchants holds 85 percent,": an owner named in a clause about a share
_SHARE_RELATIVE = regex.compile(r",\s+(?:in|of)\s+which\s+[^,;]{3,80}?\b(?:holds?|owns?|held|owned)\b[^,;]{0,60},")


def _described(text: str, index: FactIndex, head: str, before: int) -> str | None:
    """Return the organisation the document introduced with this descriptor (``... joint venture factory Allur``)."""
    head = " ".join(head.lower().split())
    found: str | None = None
    for entity in index.parties:
        if entity.start >= before:
            break
        if entity.kind != "organisation":
            continue
        match = _DESCRIPTOR_BEFORE.search(text, max(0, entity.start - 20), entity.start)
        if match is not None and " ".join(match.group("head").lower().split()) == head:
            found = entity.name
    return found


def _antecedent(index: FactIndex, before: int) -> str | None:
    """Return the last organisation (in text order) that ends before ``before``."""
    parties = index.parties
    for i in range(bisect.bisect_right(index.party_starts, before) - 1, -1, -1):
        if parties[i].kind == "organisation" and parties[i].end <= before:
            return parties[i].name
    return None


def _may_hold_descriptor(text: str, index: FactIndex, clause: tuple[int, int]) -> bool:
    """Cheap test before ``_GENERIC_ANAPHOR``: every match holds ``factory``, ``plant`` or ``venture`` (in any
    case; see ``lowered_text``)."""
    lowered = lowered_text(index, text)
    if lowered is None:
        return True
    start, end = clause
    return any(lowered.find(word, start, end) >= 0 for word in _DESCRIPTOR_WORDS)


def _summit_of(text: str, index: FactIndex, sentence: tuple[int, int], start: int) -> Entity | None:
    """Return the gathering the sentence names or points back to (``this meeting``), if any.

    Summits are sorted by start: those named in the sentence, and those that may end before it, are cut out
    with ``bisect``.
    """
    summits = index.summits
    if not summits:
        return None
    starts = index.memo.get(_SUMMIT_STARTS)
    if starts is None:
        starts = index.memo[_SUMMIT_STARTS] = [s.start for s in summits]
    first, last = bisect.bisect_left(starts, sentence[0]), bisect.bisect_left(starts, sentence[1])
    if first < last:
        return min(summits[first:last], key=lambda s: abs(s.start - start))
    earlier = [s for s in summits[:first] if s.end <= sentence[0]]  # a summit ending before starts before
    if (
        earlier
        and may_hold_any(text[sentence[0] : sentence[1]], _SUMMIT_ANAPHOR_NOUNS)
        and _SUMMIT_ANAPHOR.search(text, sentence[0], sentence[1])
    ):
        return earlier[-1]
    return None


def _distributive(
    text: str, index: FactIndex, clause: tuple[int, int], start: int, end: int, participants: tuple[str, ...]
) -> tuple[Split, ...]:
    """Split ``On 2 and 4 April ... visited A and B in X and Y`` into one part per date."""
    dates = index.dates_between(*clause)
    if len(dates) < 2:
        return ()
    coordinated = _coordinated_run(text, dates)
    if len(coordinated) < 2:
        return ()
    objects = _coordinated_run(
        text, [e for e in index.parties if e.kind == "organisation" and end <= e.start < clause[1]]
    )
    if len(objects) != len(coordinated):
        return ()
    places = [
        e for e in index.parties if e.kind == "place" and objects[-1].end <= e.start < clause[1] and not e.demonym
    ]
    place_run = _coordinated_run(text, places)
    names = [o.name for o in objects]
    out = []
    for i, (date, obj) in enumerate(zip(coordinated, objects, strict=True)):
        location = place_run[i].name if len(place_run) == len(objects) else None
        others = tuple(n for n in names if n != obj.name)
        out.append(Split(date=date.name, location=location, object=obj.name, others=others))
    return tuple(out)


def _coordinated_run(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """Return the first run of entities joined by ``and`` / commas."""
    run: list[Entity] = []
    for entity in entities:
        if not run:
            run.append(entity)
            continue
        if _COORDINATED.match(text[run[-1].end : entity.start]):
            run.append(entity)
        elif len(run) >= 2:
            break
        else:
            run = [entity]
    return run if len(run) >= 2 else run[:1]
