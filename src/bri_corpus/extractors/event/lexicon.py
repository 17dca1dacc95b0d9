"""Load the event trigger lexicon and word lists (``data/``) and compile them once.

The lexicon is data an analyst can edit (``data/triggers.tsv``, ``data/words.json``);
this module only turns it into one compiled alternation whose named groups say
which lexicon line matched.
"""

from __future__ import annotations

import functools
import json
import string
from collections.abc import Iterable
from importlib import resources

import attrs
import regex

from bri_corpus.values import EVENT_TYPES

from .prefilter import TriggerPrefilter, derive_prefilter

__all__ = ["Lexicon", "TriggerEntry", "lexicon"]


@attrs.frozen
class TriggerEntry:
    """One line of ``triggers.tsv``."""

    type: str
    pattern: str
    requires: str
    """One requirement, or several separated by ``|`` (any one is enough); ``a&b``: both must hold."""
    note: str
    requirements: tuple[tuple[str, ...], ...] = attrs.field(init=False)
    """The requirements of the line, any one of which lets the trigger fire; each is a tuple of conditions that
    must all hold (``support&money``)."""

    def __attrs_post_init__(self) -> None:
        alternatives = tuple(tuple(part.split("&")) for part in self.requires.split("|"))
        object.__setattr__(self, "requirements", alternatives)  # frozen: set once here


def _phrase_alternation(words: list[str]) -> str:
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@attrs.frozen(eq=False)
class Lexicon:
    """The compiled lexicon: the trigger pattern and the word-list patterns."""

    entries: tuple[TriggerEntry, ...]
    triggers: regex.Pattern[str]
    support_before: regex.Pattern[str]
    agreement: regex.Pattern[str]
    goods: regex.Pattern[str]
    aid: regex.Pattern[str]
    physical: regex.Pattern[str]
    figurative: regex.Pattern[str]
    not_event_modifier: regex.Pattern[str]
    future_before: regex.Pattern[str]
    negation_before: regex.Pattern[str]
    title_after: regex.Pattern[str]
    acquire_before: regex.Pattern[str]
    """An acquisition verb before a stake (``took a 25 percent``)."""
    counterpart: regex.Pattern[str]
    """People met, right after ``met`` (``met representatives of``, ``met the Chinese delegation``)."""
    plural_subject: regex.Pattern[str]
    """A plural group ending right before the verb (``Thai and Lao officials``, ``the two sides``)."""
    plural_of_name: regex.Pattern[str]
    """A plural group of a named body ending right before the verb (``executives of China Railway Group``)."""
    start_before: regex.Pattern[str]
    """A start verb ending right before the trigger (``started production``, ``began building``)."""
    anaphor: regex.Pattern[str]
    """A company anaphor in subject position: ``The company``, ``the Chinese firm``, ``It`` (group ``head``)."""
    anaphor_name_heads: frozenset[str]
    """Anaphor nouns that name a kind of body (``the bank``): resolved to an organisation with it in its name."""
    route_before: regex.Pattern[str]
    """Ends right before ``to`` / ``from`` when they start a route's end point (``the railway to Malaba``)."""
    travel_before: regex.Pattern[str]
    """Ends right before ``to`` when it starts a trip's destination (``Kakar's visit to Beijing``)."""
    site_before: regex.Pattern[str]
    """Ends right before a place that is the site of a built thing (``a power plant at Gwadar``)."""
    prefilter: TriggerPrefilter
    """The word starts where a trigger can begin: the only places worth trying ``triggers``."""

    triggers_by_letter: dict[str, regex.Pattern[str]] = attrs.field(factory=dict)
    """``triggers`` cut down, per first letter (both cases), to the lines that can begin with it (same order,
    same group names): one of these gives at a position exactly what ``triggers`` gives there."""

    def match_trigger(self, text: str, position: int, end: int) -> regex.Match[str] | None:
        """Match ``triggers`` at ``position`` (within ``end``), trying only the lines that can begin with the
        letter there."""
        pattern = self.triggers_by_letter.get(text[position]) if position < end else None
        return pattern.match(text, position, end) if pattern is not None else None

    def entry_of(self, match: regex.Match[str]) -> TriggerEntry:
        """Return the lexicon line that ``match`` (of ``triggers``) came from."""
        name = match.lastgroup
        assert name is not None
        return self.entries[int(name[1:])]


def _read_entries() -> tuple[TriggerEntry, ...]:
    from .requirements import REQUIREMENT_NAMES  # the checks import this module's types: imported when loading

    path = resources.files("bri_corpus.extractors.event").joinpath("data/triggers.tsv")
    entries: list[TriggerEntry] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("type\t"):
            continue
        fields = line.split("\t")
        if len(fields) < 3:
            raise ValueError(f"triggers.tsv:{number}: expected type, trigger, requires[, note]")
        type_, pattern, requires = fields[0], fields[1], fields[2]
        if type_ not in EVENT_TYPES or not set(requires.replace("&", "|").split("|")) <= REQUIREMENT_NAMES:
            raise ValueError(f"triggers.tsv:{number}: bad type {type_!r} or requirement {requires!r}")
        entries.append(TriggerEntry(type_, pattern, requires, fields[3] if len(fields) > 3 else ""))
    return tuple(entries)


@functools.cache
def lexicon() -> Lexicon:
    """Load and compile the lexicon (once per process)."""
    entries = _read_entries()
    words_path = resources.files("bri_corpus.extractors.event").joinpath("data/words.json")
    words = json.loads(words_path.read_text(encoding="utf-8"))
    flags = regex.IGNORECASE
    return Lexicon(
        entries=entries,
        triggers=_trigger_alternation(entries, range(len(entries))),
        triggers_by_letter=_triggers_by_letter(entries),
        # a support verb, then up to five words, ending right before the trigger
        support_before=regex.compile(
            rf"\b(?:{_phrase_alternation(words['support_verbs'])})\b(?:\s+[\w,'&.-]+){{0,6}}\s+$", flags
        ),
        agreement=regex.compile(rf"\b(?:{_phrase_alternation(words['agreement_nouns'])})\b", flags),
        goods=regex.compile(rf"\b(?:{_phrase_alternation(words['goods_nouns'])})\b", flags),
        aid=regex.compile(rf"(?<![\w-])(?:{_phrase_alternation(words['aid_nouns'])})(?![\w-])", flags),
        physical=regex.compile(rf"\b(?:{_phrase_alternation(words['physical_nouns'])})\b", flags),
        figurative=regex.compile(
            rf"\s*(?:(?:a|an|the|its|their|his|her|our|up|important|key|new|keynote|\w+ly)\s+){{0,3}}"
            rf"(?:[\w-]+\s+)?(?:{_phrase_alternation(words['figurative_objects'])})"
            r"(?=\s+(?:to|for|on|at|in|of|and|with|from|by|about|between|among)\b|\s*[.,;:!?]|\s*$)",
            flags,
        ),
        not_event_modifier=regex.compile(rf"\s+(?:{_phrase_alternation(words['noun_modifiers_not_events'])})\b", flags),
        # case-sensitive: "May 18" is a date, "may sign" a modal
        future_before=regex.compile(rf"\b(?:{_phrase_alternation(words['future_markers'])})\b"),
        negation_before=regex.compile(
            rf"(?:\b(?:{_phrase_alternation(words['negations'])})\b|n't)(?:\s+\w+){{0,2}}\s*$", flags
        ),
        prefilter=derive_prefilter(entry.pattern for entry in entries),
        acquire_before=regex.compile(rf"\b(?:{_phrase_alternation(words['acquisition_verbs'])})\b", flags),
        counterpart=regex.compile(
            rf"\s+(?:(?:the|a|an|their|his|her|its)\s+)?(?:[\w-]+\s+){{0,3}}?"
            rf"(?:{_phrase_alternation(words['counterpart_nouns'])})\b",
            flags,
        ),
        plural_subject=regex.compile(
            rf"(?r)\b(?:{_phrase_alternation(words['plural_subjects'])})\s+(?:(?:also|then|later|have|had)\s+)?$",
            flags,
        ),
        plural_of_name=regex.compile(
            rf"(?r)\b(?i:{_phrase_alternation(words['plural_subjects'])})\s+(?:of|from)\s+(?:the\s+)?"
            r"[A-Z][\w'.&-]*(?:\s+(?:of\s+|and\s+)?[A-Z(][\w'.&()-]*){0,6}\s+$"
        ),
        start_before=regex.compile(
            rf"(?r)\b(?:{_phrase_alternation(words['start_verbs'])})\s+(?:(?:the|mass|serial|commercial|full)\s+)?$",
            flags,
        ),
        # "Kenyan President", "China's Foreign Minister", and a portfolio between them: "Greek Shipping Minister",
        # "Serbia's finance minister", "Uganda's Works and Transport Cabinet Secretary".
        title_after=regex.compile(
            rf"(?:'s)?\s+(?:{_phrase_alternation(words['title_words'])})\b"
            r"|(?:'s)?\s+(?:[A-Z][a-z]+\s+(?:and\s+[A-Z][a-z]+\s+)?|[a-z]+\s+(?=minister\b))"
            r"(?:Deputy\s+|Vice\s+)?(?:Minister|minister|Cabinet\s+Secretary|Secretary)\b"
        ),
        anaphor=_anaphor(words["anaphor_nouns"] + words["anaphor_name_heads"]),
        anaphor_name_heads=frozenset(words["anaphor_name_heads"]),
        route_before=regex.compile(
            rf"(?r)(?:\b(?:{_phrase_alternation(words['route_nouns'])})(?:\s+\([^()]{{1,20}}\))?\s+(?:from\s+(?:the\s+)?\x00+\s+)?"
            r"|\b(?:link\w*|connect\w*)\s+(?:the\s+)?\x00+\s+)$",
            flags,
        ),
        travel_before=regex.compile(
            rf"(?r)\b(?:{_phrase_alternation(words['travel_nouns'])})\s+"
            # "the visit of Chinese Vice Minister of Commerce Zhou Hanwen to": a titled visitor between
            r"(?:(?:by|of)\s+(?:the\s+)?[A-Z\x00][\w\x00'.-]*\s+(?:(?:[A-Z\x00][\w\x00'.-]*|of|and|the)\s+){0,7})?"
            r"(?=to\s+(?:the\s+)?$)",
            flags,
        ),
        site_before=regex.compile(
            r"(?r)(?<!\b(?:in|at|to|inside)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3})"
            rf"\b(?:{_phrase_alternation(words['physical_nouns'])})\s+(?:in|at|near|inside)\s+(?:the\s+)?$",
            flags,
        ),
    )


def _trigger_alternation(entries: tuple[TriggerEntry, ...], numbers: Iterable[int]) -> regex.Pattern[str]:
    """Compile the lines ``numbers`` of the lexicon into one alternation, line ``i`` as group ``t{i}``."""
    alternatives = "|".join(f"(?P<t{i}>{entries[i].pattern})" for i in numbers)
    return regex.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", regex.IGNORECASE)


def _triggers_by_letter(entries: tuple[TriggerEntry, ...]) -> dict[str, regex.Pattern[str]]:
    """Return, per letter (either case), the alternation of the lines whose match can begin with it.

    A line can begin with a letter when the letter alone is a partial match of its pattern (case-insensitive);
    keeping the lines in lexicon order keeps the first-line-wins choice of the whole alternation.
    """
    first_letters = []
    for entry in entries:
        compiled = regex.compile(f"(?:{entry.pattern})", regex.IGNORECASE)
        first_letters.append({c for c in string.ascii_lowercase if compiled.fullmatch(c, partial=True)})
    by_letter = {
        letter: _trigger_alternation(entries, [i for i, letters in enumerate(first_letters) if letter in letters])
        for letter in string.ascii_lowercase
        if any(letter in letters for letters in first_letters)
    }
    return by_letter | {letter.upper(): pattern for letter, pattern in by_letter.items()}


def _anaphor(nouns: list[str]) -> regex.Pattern[str]:
    """Compile the subject anaphor pattern: ``the`` + up to two modifiers + an anaphor noun, or ``It`` / ``They``."""
    return regex.compile(
        r"\b(?:(?i:the|this|that)\s+(?:(?!(?i:and|or|of|with|to|in|at|on|for|by)\b)[\w-]+\s+){0,2}?"
        rf"(?P<head>(?i:{_phrase_alternation(nouns)}))|(?P<head>It|it|They|they))\b"
    )
