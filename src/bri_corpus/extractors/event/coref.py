"""Merge the mentions of one occurrence into one event, anchored on the first mention.

A later mention joins an earlier event of the same type (a delivery may also
join a donation: the delivery of donated goods is a sub-step of it) when
nothing tells them apart: their dates agree or one is missing, and one's
participants contain the other's (a mention with none joins the latest such
event).  The merged event keeps the first mention's span and takes each
argument from the first mention that gives it; participants are the union, in
order of first mention.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from operator import attrgetter

import attrs

from bri_corpus.values import Money

from .arguments import Arguments, Split
from .triggers import Trigger

__all__ = ["Cluster", "Mention", "merge_mentions"]

_LAST_SENTENCE = attrgetter("last_sentence")
_SUB_STEP_SENTENCES = 2
"""How many sentences after a donation a delivery may be its sub-step."""
_SIGNATORY_SENTENCES = 2
"""How many sentences after a signing its signatories may be told (``X signed for Kenya``)."""


@attrs.frozen
class Mention:
    """One trigger with its arguments."""

    trigger: Trigger
    arguments: Arguments


@attrs.define
class Cluster:
    """One occurrence: its anchor mention and what the mentions say about it."""

    type: str
    anchor: Trigger
    last_sentence: int
    date: str | None
    location: str | None
    participants: list[str]
    amount: object | None
    splits: tuple[Split, ...]
    sentences: set[int]
    borrowed: bool = True
    """All participants so far were borrowed from an earlier event."""
    headline_only: bool = False
    """Only headline mentions so far: the story's first mention of the same type is the same occurrence."""

    def absorb(self, mention: Mention) -> None:
        """Take what ``mention`` adds to this occurrence."""
        args = mention.arguments
        self.headline_only = self.headline_only and args.headline
        if self.date and args.date and _day_in_week(args.date, self.date):
            self.date = args.date  # "a deal signed last week" then "signed ... on Thursday": the day tells it
        self.date = self.date or (None if args.splits else args.date)
        self.location = self.location or args.location
        self.amount = self.amount if self.amount is not None else args.amount
        self.splits = self.splits or args.splits
        self.last_sentence = max(self.last_sentence, mention.trigger.sentence)
        self.sentences.add(mention.trigger.sentence)
        if mention.trigger.type != self.type:
            return  # a sub-step ("the first 200 tonnes were delivered to X"): its destination is no party
        if args.definite and self.participants and not args.passive:
            # "the successful delivery of ... means that ...": the parties were told before; but "The agreement
            # was signed by X" names its signers
            return
        if not args.borrowed and args.participants:
            self.borrowed = False
        for name in args.participants:
            if name not in self.participants:
                self.participants.append(name)


def _compatible(cluster: Cluster, mention: Mention, *, loose: bool = False) -> bool:
    kind = mention.trigger.type
    if kind != cluster.type and not (cluster.type == "donation" and kind == "delivery"):
        return False
    args = mention.arguments
    if kind != cluster.type:  # the delivery of donated goods, told right after the donation
        dates_agree = not args.date or not cluster.date or args.date.startswith(cluster.date)
        return dates_agree and mention.trigger.sentence - cluster.last_sentence <= _SUB_STEP_SENTENCES
    if args.date and cluster.date and not _same_time(args, cluster.date) and not args.splits:
        return False
    if args.running_total and kind == "delivery" and cluster.date and args.amount != cluster.amount:
        # (only goods: a count of deals or works, "has signed 126 contracts", "has completed 9 projects", is a
        # tally that stays with what it retells)
        return False  # "Yutong has delivered more than 3,000 buses" after "120 buses were delivered on Nov. 3"
    if _amounts_differ(cluster.amount, args.amount) and not (
        mention.trigger.sentence in cluster.sentences and _a_conversion(cluster.amount, args.amount)
    ):
        return False  # "signed 27 agreements worth $24 billion" after "signed a USD 1 billion contract"
    signatory_soon_after = mention.trigger.sentence - cluster.last_sentence <= _SIGNATORY_SENTENCES
    if args.signatory and kind == "signing" and signatory_soon_after:
        return True  # "The deal, signed at State House, ... Cabinet Secretary Joseph Mwangi signed for Kenya."
    if mention.trigger.sentence in cluster.sentences:
        return not args.further  # "built by X, which also laid 36 km of roads": a second work of the same sentence
    if cluster.headline_only and (args.lead or not set(args.participants).isdisjoint(cluster.participants)):
        # "China, Kazakhstan sign deal" / "KTZ and China Railway signed ...": the lead retells the headline, and so
        # does a later mention that shares a party with it
        return True
    if loose and args.definite:
        return True
    mine = set(args.participants)
    theirs = set(cluster.participants)
    if not mine or not theirs or args.borrowed or cluster.borrowed:
        return True
    return mine <= theirs or theirs <= mine


def _same_time(args: Arguments, date: str) -> bool:
    """True when a mention's date agrees with an event's: the same value, or, for a mention dated by the gathering
    it names or pointing back (``The deal was signed``), an interval holding the event's day (a signing on
    ``2025-10-28`` and the same signing told "on the sidelines of the FII", ``2025-10-28/2025-10-30``). A day told
    of its own inside another event's interval is another occurrence (a visit's MoU, then deals signed on one of its
    days)."""
    if args.date == date or _day_in_week(args.date, date):
        return True  # "signed last week" (2024-W45) retold "on Thursday" (2024-11-07)
    if not (args.dated_by_gathering or args.definite) or args.date is None:
        return False  # (a definite mention, "The deal was signed ... held on June 25-26", points back too)
    low, _, high = args.date.partition("/")
    return bool(high) and "/" not in date and len(date) == len(low) == len(high) and low <= date <= high


def _day_in_week(day: str | None, week: str) -> bool:
    """True when ``day`` (``2024-11-07``) falls in the ISO week ``week`` (``2024-W45``)."""
    if day is None or len(week) != 8 or week[5] != "W" or len(day) != 10:
        return False
    try:
        year, number, _ = datetime.date.fromisoformat(day).isocalendar()
    except ValueError:
        return False
    return week == f"{year:04d}-W{number:02d}"


# How old an occurrence may be and still be the news a headline tells ("as Museveni commissions Busega link").
_HEADLINE_NEWS_AGE = datetime.timedelta(days=62)


def _present_tense(text: str, anchor: Trigger) -> bool:
    """True when a headline's verb is in the present (``commissions``, ``signs``): not ``signed``, ``signing``."""
    word = text[anchor.start : anchor.end].split(" ", 1)[0]
    return word.endswith("s") and not word.endswith("ss")


def _older_than(date: str | None, cutoff: str) -> bool:
    """True when the occurrence dated ``date`` (``2018-06``, ``2024``, ``2025-10-01/2025-10-03``) ended before the
    day ``cutoff`` (ISO), compared at the date's own precision; False for no date or a week."""
    if date is None or "W" in date:
        return False
    end = date.rpartition("/")[2]
    return end < cutoff[: len(end)]


def _amounts_differ(first: object | None, second: object | None) -> bool:
    """True when both mentions give a money amount and the amounts are not the same."""
    if not isinstance(first, Money) or not isinstance(second, Money):
        return False
    return (first.amount, first.currency) != (second.amount, second.currency)


def _a_conversion(first: object | None, second: object | None) -> bool:
    """True when two money amounts of one sentence are one sum in two currencies: ``Built ... at a cost of K48.6
    million (about US$12.1 million), it was completed in January`` (a currency converted, with ``about``)."""
    if not isinstance(first, Money) or not isinstance(second, Money) or first.currency == second.currency:
        return False
    return first.qualifier == "approx" or second.qualifier == "approx"


def merge_mentions(
    mentions: Sequence[Mention], published: datetime.date | None = None, text: str = ""
) -> list[Cluster]:
    """Group mentions (in text order) into occurrences; a cluster of the mention's own type is preferred.

    With the publication day and the text, a headline told in the present (``as Museveni commissions Busega
    link``) is the news of the day: a mention dated months before publication (``was opened to traffic in June
    2018``) is another occurrence."""
    clusters: list[Cluster] = []
    cutoff = (published - _HEADLINE_NEWS_AGE).isoformat() if published is not None else None
    for mention in mentions:
        recent = sorted(clusters, key=_LAST_SENTENCE, reverse=True)
        if cutoff is not None and _older_than(mention.arguments.date, cutoff):
            recent = [c for c in recent if not (c.headline_only and _present_tense(text, c.anchor))]
        same_type = [c for c in recent if c.type == mention.trigger.type]
        target = (
            next((c for c in same_type if _compatible(c, mention)), None)
            or next((c for c in recent if _compatible(c, mention)), None)
            or next((c for c in same_type if _compatible(c, mention, loose=True)), None)
        )
        if target is None:
            args = mention.arguments
            target = Cluster(
                type=mention.trigger.type,
                anchor=mention.trigger,
                last_sentence=mention.trigger.sentence,
                date=None,
                location=None,
                participants=[],
                amount=None,
                splits=(),
                sentences=set(),
                headline_only=mention.arguments.headline,
            )
            clusters.append(target)
            if args.splits:
                target.date = None
        target.absorb(mention)
    return clusters
