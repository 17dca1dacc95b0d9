"""Score facts against hand-annotated gold facts, per kind, the way the project's scorer does.

Users evaluate their own extractors (built-in or third-party) on their own
annotated documents with :func:`evaluate` (run the pipeline, then score) or
:func:`score_facts` (score two lists of fact dicts in the JSONL contract).
Both return an :class:`EvaluationReport`.

The rules are those documented by the reference scorer ``shared/tools/score.py``,
re-implemented here so that both print the same figures on the same output:

* Only documents the gold annotates (with a fact of a scored kind) are scored;
  system facts about other documents are ignored.
* Within one document and kind, gold and system facts are paired one-to-one
  when their spans overlap: exact spans first, then the largest overlap, ties
  going to the earlier gold fact, then the earlier system fact (file order).
* Events are paired differently, since any mention of an occurrence may serve
  as its trigger: only events of the same type pair, preferring trigger
  overlap, then the same date, then the larger share of participants
  (Jaccard); a pair needs at least one of those three cues.
* A pair counts for the span figures; it is *correct* (the headline figures)
  when the values agree too: the same date string, the same money amount and
  currency, the same quantity amount and unit (``percent`` = ``%``, ``tonne``
  = ``t``, ...), the same organisation or summit name up to case and
  punctuation, the same place country, the same event type.
* Paired events also give the event date accuracy (share of pairs with the
  same date) and the participants F1 (over the participant names of all pairs).
* Precision of nothing found is 1 when nothing was to be found, else 0; the
  same for recall.  The macro F1 averages the headline F1 of the kinds reported
  (those with gold or system facts).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import attrs

from .document import Document
from .errors import BriCorpusError
from .facts import KIND_ORDER, Fact
from .pipeline import PipelineSettings, iter_results
from .plugins import extractors_of, plugin_infos
from .problems import Problem, ProblemHandler, log_problem
from .sources import Source, expand_sources, read_source

__all__ = [
    "DEFAULT_CONTEXT_CHARS",
    "ERROR_CATEGORIES",
    "EvaluationReport",
    "FactDict",
    "KindScore",
    "ScoringError",
    "evaluate",
    "load_facts",
    "pair_facts",
    "same_value",
    "score_facts",
]

FactDict = Mapping[str, Any]
"""A fact in the JSONL contract's shape: ``doc``, ``kind``, ``start``, ``end``, ``text``, ``value``, ..."""

DEFAULT_CONTEXT_CHARS = 40
"""How many characters of surrounding text an error shows on each side."""

ERROR_CATEGORIES = ("wrong value", "wrong arguments", "missed", "false alarm")
"""What went wrong with a fact: paired but valued differently; an event of the right type whose date or
participants differ (what the event date accuracy and participants F1 count); a gold fact not found; a system
fact not in the gold."""

_REQUIRED_FIELDS = ("doc", "kind", "start", "end")

# Spelling variants of units that mean the same unit (case is folded first).
_UNIT_SYNONYMS: Mapping[str, str] = {
    "percent": "%",
    "per cent": "%",
    "pct": "%",
    "tonne": "t",
    "tonnes": "t",
    "ton": "t",
    "tons": "t",
    "kilometre": "km",
    "kilometer": "km",
    "years": "year",
    "yr": "year",
}

# The standard library's \w (str.isalnum() or "_") on purpose: names must fold
# exactly as in the reference scorer, and the `regex` module's \w is wider.
_NON_WORD = re.compile(r"[^\w]+")


# ------------------------------------------------------------------ value comparison


def _value_object(fact: FactDict) -> Mapping[str, Any]:
    """Return the fact's value as a mapping: an object as it is, a plain value under ``"value"``."""
    value = fact.get("value")
    return value if isinstance(value, Mapping) else {"value": value}


def _field(value: Mapping[str, Any], key: str) -> str:
    """Return ``value[key]`` as a string ('' when absent), the way every comparison reads a field."""
    return str(value.get(key, ""))


def _decimal(raw: Any) -> Decimal | None:
    """Read an amount written as a JSON string or number (thousands separators allowed); ``None`` if not one."""
    try:
        return Decimal(str(raw).replace(",", "").strip())
    except (InvalidOperation, ValueError):
        return None


def _folded_name(raw: Any) -> str:
    """Fold a name for comparison: lower case, ``&`` read as ``and``, punctuation runs as one space."""
    name = str(raw or "").lower().replace("&", " and ")
    return " ".join(_NON_WORD.sub(" ", name).split())


def _unit(raw: Any) -> str:
    unit = str(raw or "").strip().lower()
    return _UNIT_SYNONYMS.get(unit, unit)


def _participants(value: Mapping[str, Any]) -> set[str]:
    names = value.get("participants") or []
    if isinstance(names, str | bytes) or not isinstance(names, Iterable):
        names = [names]
    return {_folded_name(name) for name in names}


def _same_arguments(gold: Mapping[str, Any], system: Mapping[str, Any]) -> bool:
    """Whether two events agree on what the scorer checks beyond the type: the date and the participants."""
    return _same_date(gold, system) and _participants(gold) == _participants(system)


def _same_date(gold: Mapping[str, Any], system: Mapping[str, Any]) -> bool:
    """Whether two events have the same date (TIMEX compared without case; both missing counts as the same)."""
    return _field(gold, "date").upper() == _field(system, "date").upper()


def _same_amount(gold: Mapping[str, Any], system: Mapping[str, Any]) -> bool:
    amount = _decimal(gold.get("amount"))
    return amount is not None and amount == _decimal(system.get("amount"))


def same_value(kind: str, gold: FactDict, system: FactDict) -> bool:
    """Tell whether a system fact's value agrees with the gold fact's (both in the JSONL shape).

    Only what the kind is about is compared: a place's country (not its name
    or type), an event's type (its arguments have their own figures), a money
    amount and currency (not the qualifier).  Kinds the scorer does not know
    compare their whole values.
    """
    gold_value, system_value = _value_object(gold), _value_object(system)
    if kind == "date":
        return _field(gold, "value").strip().upper() == _field(system, "value").strip().upper()
    if kind == "money":
        return _same_amount(gold_value, system_value) and (
            _field(gold_value, "currency").upper() == _field(system_value, "currency").upper()
        )
    if kind == "quantity":
        return _same_amount(gold_value, system_value) and _unit(gold_value.get("unit")) == _unit(
            system_value.get("unit")
        )
    if kind in ("organisation", "summit"):
        return _folded_name(gold_value.get("name")) == _folded_name(system_value.get("name"))
    if kind == "place":
        return _field(gold_value, "country").upper() == _field(system_value, "country").upper()
    if kind == "event":
        return _field(gold_value, "type").lower() == _field(system_value, "type").lower()
    return dict(gold_value) == dict(system_value)


# ------------------------------------------------------------------ pairing


def _overlap(gold: FactDict, system: FactDict) -> int:
    return int(min(gold["end"], system["end"]) - max(gold["start"], system["start"]))


def _is_exact(gold: FactDict, system: FactDict) -> bool:
    return bool(gold["start"] == system["start"] and gold["end"] == system["end"])


_Rank = tuple[bool, float, float]
"""How good a candidate pair is, compared as a tuple, lower first."""


def _span_preference(gold: FactDict, system: FactDict) -> _Rank | None:
    """Rank a candidate pair of spans: exact first, then by overlap; ``None`` when the spans do not overlap."""
    overlap = _overlap(gold, system)
    if overlap <= 0:
        return None
    return (not _is_exact(gold, system), -overlap, 0.0)


def _participant_share(gold: Mapping[str, Any], system: Mapping[str, Any]) -> float:
    gold_names, system_names = _participants(gold), _participants(system)
    union = gold_names | system_names
    return len(gold_names & system_names) / len(union) if union else 0.0


def _event_preference(gold: FactDict, system: FactDict) -> _Rank | None:
    """Rank a candidate pair of events: trigger overlap, then same date, then participant share.

    Returns ``None`` when they cannot be the same occurrence: another type, or no cue at all.
    """
    gold_value, system_value = _value_object(gold), _value_object(system)
    if _field(gold_value, "type").lower() != _field(system_value, "type").lower():
        return None
    overlaps = _overlap(gold, system) > 0
    same_date = bool(gold_value.get("date")) and (
        _field(gold_value, "date").upper() == _field(system_value, "date").upper()
    )
    share = _participant_share(gold_value, system_value)
    if not (overlaps or same_date or share):
        return None
    return (not overlaps, not same_date, -share)


def pair_facts(gold: Sequence[FactDict], system: Sequence[FactDict], kind: str) -> list[tuple[int, int]]:
    """Pair gold and system facts of one document and kind one-to-one; return ``(gold index, system index)`` pairs.

    Candidate pairs are taken best first (see the module docstring); ties go
    to the earlier gold fact, then the earlier system fact.
    """
    preference = _event_preference if kind == "event" else _span_preference
    candidates: list[tuple[_Rank, int, int]] = []
    for g, gold_fact in enumerate(gold):
        for s, system_fact in enumerate(system):
            rank = preference(gold_fact, system_fact)
            if rank is not None:
                candidates.append((rank, g, s))
    candidates.sort()
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _rank, g, s in candidates:
        if g not in used_gold and s not in used_system:
            used_gold.add(g)
            used_system.add(s)
            pairs.append((g, s))
    return pairs


# ------------------------------------------------------------------ figures


def _precision_recall_f1(correct: int, found: int, expected: int) -> tuple[float, float, float]:
    precision = correct / found if found else (1.0 if not expected else 0.0)
    recall = correct / expected if expected else (1.0 if not found else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@attrs.frozen(kw_only=True)
class KindScore:
    """The figures for one kind.

    Attributes:
        kind: the fact kind.
        gold: gold facts of this kind in the scored documents.
        system: system facts of this kind in the scored documents.
        span_matches: gold-system pairs (spans overlap; events: see :func:`pair_facts`).
        correct: pairs whose values agree.
        exact_spans: pairs whose spans are identical.
        span_precision, span_recall, span_f1: from ``span_matches``.
        precision, recall, f1: the headline figures, from ``correct``.
        event_date_accuracy: events only (``None`` otherwise or with no pair): share of pairs with the same date.
        event_participants_f1: events only: F1 of the participant names over all pairs.
    """

    kind: str
    gold: int
    system: int
    span_matches: int
    correct: int
    exact_spans: int
    span_precision: float
    span_recall: float
    span_f1: float
    precision: float
    recall: float
    f1: float
    event_date_accuracy: float | None = None
    event_participants_f1: float | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the figures under the reference scorer's ``--json`` names."""
        row: dict[str, Any] = {
            "gold": self.gold,
            "system": self.system,
            "span_p": self.span_precision,
            "span_r": self.span_recall,
            "span_f1": self.span_f1,
            "exact_spans": self.exact_spans,
            "p": self.precision,
            "r": self.recall,
            "f1": self.f1,
        }
        if self.event_date_accuracy is not None:
            row["event_date_acc"] = self.event_date_accuracy
        if self.event_participants_f1 is not None:
            row["event_participants_f1"] = self.event_participants_f1
        return row


@attrs.frozen(kw_only=True)
class ScoringError:
    """One miss, false alarm or wrong value, with the text around it.

    Attributes:
        kind: the fact kind.
        category: one of :data:`ERROR_CATEGORIES`.
        doc: the document id.
        start, end: raw offsets of the span shown (the gold span, or the system span of a false alarm).
        text: the ``text`` field of that fact.
        gold_value: the gold value (``None`` for a false alarm).
        system_value: the system value (``None`` for a miss).
        system_text: for a wrong value, the system fact's text (its span may differ from the gold's).
        before, after: up to the context width of raw text on each side of the span ('' when the
            document's text is not at hand).
    """

    kind: str
    category: str = attrs.field(validator=attrs.validators.in_(ERROR_CATEGORIES))
    doc: str
    start: int
    end: int
    text: str | None
    gold_value: Any = None
    system_value: Any = None
    system_text: str | None = None
    before: str = ""
    after: str = ""

    def to_json(self) -> dict[str, Any]:
        """Return the error as a JSON object."""
        return {
            "kind": self.kind,
            "category": self.category,
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "gold": self.gold_value,
            "system": self.system_value,
            "system_text": self.system_text,
            "before": self.before,
            "after": self.after,
        }


@attrs.frozen(kw_only=True)
class EvaluationReport:
    """What :func:`evaluate` and :func:`score_facts` return.

    Attributes:
        kinds: the figures of each kind with gold or system facts, in the order the kinds were asked for.
        macro_f1: the mean headline F1 of ``kinds`` (0 when there are none).
        errors: every miss, false alarm and wrong value, by kind, then document, then as found.
        documents: the ids of the documents scored (those the gold annotates).
        missing_documents: gold documents whose text was not found (all their gold facts count as missed).
        bad_offsets: system facts whose offsets do not give their ``text`` in the document (checked when
            the texts are at hand).
    """

    kinds: tuple[KindScore, ...]
    macro_f1: float
    errors: tuple[ScoringError, ...] = ()
    documents: tuple[str, ...] = ()
    missing_documents: tuple[str, ...] = ()
    bad_offsets: int = 0

    def score(self, kind: str) -> KindScore | None:
        """Return the figures of ``kind``, or ``None`` when it had neither gold nor system facts."""
        return next((score for score in self.kinds if score.kind == kind), None)

    def errors_of(self, kind: str, category: str | None = None) -> tuple[ScoringError, ...]:
        """Return the errors of one kind (and category, if given), in report order."""
        return tuple(e for e in self.errors if e.kind == kind and (category is None or e.category == category))

    def to_json(self, *, errors: int = 0) -> dict[str, Any]:
        """Return the figures as the reference scorer's ``--json`` object, plus up to ``errors`` errors per kind."""
        out: dict[str, Any] = {
            "kinds": {score.kind: score.to_json() for score in self.kinds},
            "bad_offsets": self.bad_offsets,
            "macro_f1": self.macro_f1,
        }
        if errors:
            out["errors"] = [e.to_json() for score in self.kinds for e in self.errors_of(score.kind)[:errors]]
        if self.missing_documents:
            out["missing_documents"] = list(self.missing_documents)
        return out


@attrs.define
class _Tally:
    """Running counts for one kind."""

    gold: int = 0
    system: int = 0
    span_matches: int = 0
    correct: int = 0
    exact: int = 0
    event_same_date: int = 0
    participants_shared: int = 0
    participants_gold: int = 0
    participants_system: int = 0

    def score(self, kind: str) -> KindScore:
        span_p, span_r, span_f1 = _precision_recall_f1(self.span_matches, self.system, self.gold)
        p, r, f1 = _precision_recall_f1(self.correct, self.system, self.gold)
        date_accuracy = participants_f1 = None
        if kind == "event" and self.span_matches:
            date_accuracy = self.event_same_date / self.span_matches
            participants_f1 = _precision_recall_f1(
                self.participants_shared, self.participants_system, self.participants_gold
            )[2]
        return KindScore(
            kind=kind,
            gold=self.gold,
            system=self.system,
            span_matches=self.span_matches,
            correct=self.correct,
            exact_spans=self.exact,
            span_precision=span_p,
            span_recall=span_r,
            span_f1=span_f1,
            precision=p,
            recall=r,
            f1=f1,
            event_date_accuracy=date_accuracy,
            event_participants_f1=participants_f1,
        )


class _Scorer:
    """Accumulate figures document by document, so that a pipeline's output can be scored as it streams."""

    def __init__(self, kinds: Sequence[str], context_chars: int) -> None:
        self._kinds = tuple(kinds)
        self._context_chars = max(0, context_chars)
        self._tallies: dict[str, _Tally] = {kind: _Tally() for kind in self._kinds}
        self._errors: list[ScoringError] = []
        self.documents: list[str] = []

    def add_document(self, doc: str, gold: Iterable[FactDict], system: Iterable[FactDict], raw: str | None) -> None:
        """Score one document's facts (of any kinds; those not scored are ignored)."""
        self.documents.append(doc)
        by_kind: dict[str, tuple[list[FactDict], list[FactDict]]] = {}
        for fact in gold:
            if fact["kind"] in self._tallies:
                by_kind.setdefault(fact["kind"], ([], []))[0].append(fact)
        for fact in system:
            if fact["kind"] in self._tallies:
                by_kind.setdefault(fact["kind"], ([], []))[1].append(fact)
        for kind, (gold_facts, system_facts) in by_kind.items():
            self._score_group(doc, kind, gold_facts, system_facts, raw)

    def _score_group(self, doc: str, kind: str, gold: list[FactDict], system: list[FactDict], raw: str | None) -> None:
        tally = self._tallies[kind]
        tally.gold += len(gold)
        tally.system += len(system)
        pairs = pair_facts(gold, system, kind)
        tally.span_matches += len(pairs)
        for g, s in pairs:
            gold_fact, system_fact = gold[g], system[s]
            if same_value(kind, gold_fact, system_fact):
                tally.correct += 1
                if kind == "event" and not _same_arguments(_value_object(gold_fact), _value_object(system_fact)):
                    self._errors.append(self._error("wrong arguments", kind, doc, gold_fact, system_fact, raw))
            else:
                self._errors.append(self._error("wrong value", kind, doc, gold_fact, system_fact, raw))
            if _is_exact(gold_fact, system_fact):
                tally.exact += 1
            if kind == "event":
                self._count_event_arguments(tally, _value_object(gold_fact), _value_object(system_fact))
        paired_gold = {g for g, _ in pairs}
        paired_system = {s for _, s in pairs}
        self._errors.extend(
            self._error("missed", kind, doc, fact, None, raw) for g, fact in enumerate(gold) if g not in paired_gold
        )
        self._errors.extend(
            self._error("false alarm", kind, doc, None, fact, raw)
            for s, fact in enumerate(system)
            if s not in paired_system
        )

    @staticmethod
    def _count_event_arguments(tally: _Tally, gold: Mapping[str, Any], system: Mapping[str, Any]) -> None:
        tally.event_same_date += _same_date(gold, system)
        gold_names, system_names = _participants(gold), _participants(system)
        tally.participants_shared += len(gold_names & system_names)
        tally.participants_gold += len(gold_names)
        tally.participants_system += len(system_names)

    def _error(
        self,
        category: str,
        kind: str,
        doc: str,
        gold: FactDict | None,
        system: FactDict | None,
        raw: str | None,
    ) -> ScoringError:
        shown = gold if gold is not None else system
        assert shown is not None
        start, end = int(shown["start"]), int(shown["end"])
        before = after = ""
        if raw is not None and self._context_chars:
            before = raw[max(0, start - self._context_chars) : max(0, start)]
            after = raw[end : end + self._context_chars]
        return ScoringError(
            kind=kind,
            category=category,
            doc=doc,
            start=start,
            end=end,
            text=shown.get("text"),
            gold_value=gold.get("value") if gold is not None else None,
            system_value=system.get("value") if system is not None else None,
            system_text=system.get("text") if (system is not None and gold is not None) else None,
            before=before,
            after=after,
        )

    def report(self, *, missing_documents: Sequence[str] = (), bad_offsets: int = 0) -> EvaluationReport:
        scores = tuple(tally.score(kind) for kind, tally in self._tallies.items() if tally.gold or tally.system)
        macro = sum(score.f1 for score in scores) / len(scores) if scores else 0.0
        kind_rank = {kind: rank for rank, kind in enumerate(self._kinds)}
        # Stable: within one document and kind, errors keep the order they were found in.
        errors = sorted(self._errors, key=lambda e: (kind_rank[e.kind], e.doc))
        return EvaluationReport(
            kinds=scores,
            macro_f1=macro,
            errors=tuple(errors),
            documents=tuple(sorted(self.documents)),
            missing_documents=tuple(sorted(missing_documents)),
            bad_offsets=bad_offsets,
        )


# ------------------------------------------------------------------ reading facts


def load_facts(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSONL file of facts (gold or system); blank lines are skipped.

    Raises:
        BriCorpusError: naming the file and line, when a line is not a JSON
            object with ``doc``, ``kind`` and integer ``start`` and ``end``.
    """
    facts: list[dict[str, Any]] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise BriCorpusError(f"{path}: cannot be read: {error}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            fact = json.loads(line)
        except json.JSONDecodeError as error:
            raise BriCorpusError(f"{path}:{number}: not JSON: {error}") from None
        facts.append(_checked_fact(fact, f"{path}:{number}"))
    return facts


def _checked_fact(fact: Any, where: str) -> dict[str, Any]:
    if not isinstance(fact, dict):
        raise BriCorpusError(f"{where}: a fact must be a JSON object, got {type(fact).__name__}")
    for key in _REQUIRED_FIELDS:
        if key not in fact:
            raise BriCorpusError(f"{where}: missing field {key!r}")
    for key in ("start", "end"):
        if not isinstance(fact[key], int) or isinstance(fact[key], bool):
            raise BriCorpusError(f"{where}: field {key!r} must be an integer offset, got {fact[key]!r}")
    return fact


def _checked_facts(facts: Iterable[FactDict], what: str) -> list[FactDict]:
    return [_checked_fact(dict(fact), f"{what} fact {n}") for n, fact in enumerate(facts, start=1)]


def default_kinds(gold: Iterable[FactDict]) -> tuple[str, ...]:
    """Return the built-in kinds, then any other kind the gold annotates (sorted)."""
    extra = sorted({str(f["kind"]) for f in gold} - set(KIND_ORDER))
    return (*KIND_ORDER, *extra)


def _scored_gold(gold: Iterable[FactDict], kinds: Sequence[str] | None) -> tuple[tuple[str, ...], list[FactDict]]:
    gold = list(gold)
    chosen = tuple(kinds) if kinds else default_kinds(gold)
    wanted = set(chosen)
    return chosen, [f for f in gold if f["kind"] in wanted]


def _bad_offsets(system: Iterable[FactDict], texts: Mapping[str, str]) -> int:
    bad = 0
    for fact in system:
        raw = texts.get(fact["doc"])
        if raw is None or raw[fact["start"] : fact["end"]] != fact.get("text"):
            bad += 1
    return bad


def score_facts(
    gold: Iterable[FactDict],
    system: Iterable[FactDict],
    *,
    kinds: Sequence[str] | None = None,
    texts: Mapping[str, str] | None = None,
    context_chars: int = DEFAULT_CONTEXT_CHARS,
) -> EvaluationReport:
    """Score system facts against gold facts, both as dicts in the JSONL contract's shape.

    Args:
        gold: the gold facts.
        system: the facts to score; those about documents the gold does not annotate are ignored.
        kinds: the kinds to score, in report order; by default the built-in kinds and any other
            kind of the gold.
        texts: raw document texts by id, to show errors in context and to count system facts
            whose offsets do not give their text (``bad_offsets``).
        context_chars: characters of context on each side of an error's span.

    Raises:
        BriCorpusError: when a fact lacks ``doc``, ``kind`` or integer ``start``/``end``.
    """
    chosen, gold_facts = _scored_gold(_checked_facts(gold, "gold"), kinds)
    gold_by_doc: dict[str, list[FactDict]] = defaultdict(list)
    for fact in gold_facts:
        gold_by_doc[fact["doc"]].append(fact)
    wanted = set(chosen)
    system_by_doc: dict[str, list[FactDict]] = defaultdict(list)
    for fact in _checked_facts(system, "system"):
        if fact["kind"] in wanted and fact["doc"] in gold_by_doc:
            system_by_doc[fact["doc"]].append(fact)
    scorer = _Scorer(chosen, context_chars)
    for doc in sorted(gold_by_doc):
        scorer.add_document(doc, gold_by_doc[doc], system_by_doc.get(doc, ()), texts.get(doc) if texts else None)
    bad = _bad_offsets((f for facts in system_by_doc.values() for f in facts), texts) if texts is not None else 0
    return scorer.report(bad_offsets=bad)


# ------------------------------------------------------------------ running the pipeline


def emitters_of(kinds: Iterable[str], *, load_entrypoints: bool | None = None) -> tuple[str, ...]:
    """Return the names of the registered extractors that emit any of ``kinds``."""
    wanted = set(kinds)
    infos = plugin_infos(load_entrypoints=load_entrypoints, on_problem=lambda problem: None)
    return tuple(e.name for e in extractors_of(infos) if wanted & set(e.kinds))


def _gold_sources(
    documents: Iterable[Source], gold_docs: set[str], on_problem: ProblemHandler
) -> Iterator[Document | Path]:
    """Yield the documents (or files) the gold annotates; report unreadable sources."""
    for item in expand_sources(documents):
        if isinstance(item, Problem):
            on_problem(item)
        elif (item.id if isinstance(item, Document) else item.stem) in gold_docs:
            yield item


def evaluate(
    gold: str | Path | Iterable[FactDict],
    documents: Source | Iterable[Source],
    *,
    kinds: Sequence[str] | None = None,
    settings: PipelineSettings | None = None,
    workers: int = 1,
    context_chars: int = DEFAULT_CONTEXT_CHARS,
    on_problem: ProblemHandler = log_problem,
) -> EvaluationReport:
    """Run the pipeline over the documents the gold annotates and score its facts against the gold.

    Args:
        gold: a JSONL file of gold facts, or the facts as dicts.
        documents: documents, ``.txt`` files or folders of them (searched recursively);
            a document's id (a file's stem) ties it to its gold facts, and documents the
            gold does not annotate are skipped.
        kinds: the kinds to score; by default the built-in kinds and any other kind of the
            gold.  When given (and ``settings.only`` is not), only the extractors emitting
            these kinds run (with what they need).
        settings: the pipeline settings (extractor selection, strictness, encoding errors).
        workers: worker processes for the pipeline.
        context_chars: characters of context on each side of an error's span.
        on_problem: receives unreadable documents, extractor failures and gold documents
            with no text.

    Returns:
        The per-kind figures and errors; ``missing_documents`` names gold documents not found.

    Raises:
        BriCorpusError: when the gold file is unreadable or malformed, or the selection is invalid.
    """
    gold_facts = load_facts(gold) if isinstance(gold, str | Path) else _checked_facts(gold, "gold")
    chosen, gold_facts = _scored_gold(gold_facts, kinds)
    selection = settings or PipelineSettings()
    run_extractors = True
    if kinds and not selection.only:
        emitting = emitters_of(chosen, load_entrypoints=selection.load_entrypoints)
        if emitting:
            selection = attrs.evolve(selection, only=emitting)
        else:
            run_extractors = False  # every gold fact is a miss; the documents are still read
    gold_by_doc: dict[str, list[FactDict]] = defaultdict(list)
    for fact in gold_facts:
        gold_by_doc[fact["doc"]].append(fact)
    if isinstance(documents, str | Path | Document):
        documents = [documents]
    sources = _gold_sources(documents, set(gold_by_doc), on_problem)
    results: Iterable[tuple[Document, Sequence[Fact]]] = (
        iter_results(sources, selection, workers=workers, on_problem=on_problem)
        if run_extractors
        else ((document, ()) for document in _read_documents(sources, selection, on_problem))
    )
    scorer = _Scorer(chosen, context_chars)
    wanted = set(chosen)
    seen: set[str] = set()
    for document, facts in results:
        if document.id in seen:
            on_problem(
                Problem(
                    stage="document",
                    message=f"{document.path or document.id}: a second document with id {document.id!r}; not scored",
                    document_id=document.id,
                    path=document.path,
                )
            )
            continue
        seen.add(document.id)
        system = [fact.to_json() for fact in facts if fact.kind in wanted]
        scorer.add_document(document.id, gold_by_doc[document.id], system, document.raw)
    missing = sorted(set(gold_by_doc) - seen)
    for doc in missing:
        on_problem(
            Problem(
                stage="document",
                message=f"gold document {doc!r} is not among the documents given; its gold facts count as missed",
                document_id=doc,
            )
        )
        scorer.add_document(doc, gold_by_doc[doc], (), None)
    return scorer.report(missing_documents=missing)


def _read_documents(
    sources: Iterable[Document | Path], settings: PipelineSettings, on_problem: ProblemHandler
) -> Iterator[Document]:
    """Read the documents without running any extractor (when no extractor emits the kinds asked for)."""
    for source in sources:
        document = read_source(source, settings.encoding_errors)
        if isinstance(document, Problem):
            on_problem(document)
        else:
            yield document
