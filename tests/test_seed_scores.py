"""The seeds' scores must not fall below the bars the plugin issues set.

The pipeline runs over the repository's seeds/ and is scored against the
project's copy of their gold (tests/data/seeds_gold.jsonl) with
bri_corpus.evaluation.  A kind whose plugin is not registered yet (no extractor
emits it) is an expected failure; once it exists, its bar holds.  Bars are
never lowered here: fix the extractor, or the gold, instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bri_corpus.evaluation import EvaluationReport, evaluate, load_facts
from bri_corpus.plugins import extractors_of, plugin_infos

DATA = Path(__file__).resolve().parent / "data"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
GOLD = DATA / "seeds_gold.jsonl"

F1_BARS = {
    "date": 0.95,
    "money": 0.95,
    "quantity": 0.90,
    "organisation": 0.85,
    "place": 0.90,
    "summit": 0.85,
    "event": 0.70,
}
EVENT_DATE_ACCURACY_BAR = 0.80
EVENT_PARTICIPANTS_F1_BAR = 0.70


def _emitted_kinds() -> frozenset[str]:
    """Return the kinds some built-in extractor emits (third-party plugins are left out, as in the tests)."""
    infos = plugin_infos(load_entrypoints=False, on_problem=lambda problem: None)
    return frozenset(kind for extractor in extractors_of(infos) for kind in extractor.kinds)


EMITTED = _emitted_kinds()


def _bar(kind: str, *params: object, id: str | None = None) -> object:
    """Parametrise one kind's check; expected to fail only while no extractor emits the kind."""
    marks = (
        []
        if kind in EMITTED
        else [pytest.mark.xfail(reason=f"no registered extractor emits {kind!r} yet", strict=False)]
    )
    return pytest.param(kind, *params, id=id or kind, marks=marks)


@pytest.fixture(scope="module")
def report() -> EvaluationReport:
    return evaluate(GOLD, SEEDS)


@pytest.mark.parametrize(("kind", "bar"), [_bar(kind, bar) for kind, bar in F1_BARS.items()])
def test_kind_f1_reaches_its_bar(report: EvaluationReport, kind: str, bar: float) -> None:
    """The headline F1 (span overlap and correct value) of each kind on the seeds is at least its bar."""
    if not any(fact["kind"] == kind for fact in load_facts(GOLD)):
        pytest.skip(f"the seeds' gold has no {kind} facts")
    score = report.score(kind)
    assert score is not None
    errors = "\n".join(
        f"  {e.category}: {e.doc} [{e.start}:{e.end}] {e.text!r} gold={e.gold_value!r} system={e.system_value!r}"
        for e in report.errors_of(kind)[:15]
    )
    assert score.f1 >= bar, (
        f"{kind} F1 {score.f1:.3f} < {bar} (P {score.precision:.3f}, R {score.recall:.3f})\n{errors}"
    )


@pytest.mark.parametrize(
    ("kind", "figure", "bar"),
    [
        _bar("event", "event_date_accuracy", EVENT_DATE_ACCURACY_BAR, id="event-date-accuracy"),
        _bar("event", "event_participants_f1", EVENT_PARTICIPANTS_F1_BAR, id="event-participants-f1"),
    ],
)
def test_event_arguments_reach_their_bars(report: EvaluationReport, kind: str, figure: str, bar: float) -> None:
    """Paired events have the right date and participants often enough."""
    score = report.score(kind)
    assert score is not None
    value = getattr(score, figure)
    assert value is not None, "no event of the seeds was paired with a gold event"
    assert value >= bar, f"{figure} {value:.3f} < {bar}"
