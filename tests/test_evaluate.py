"""Tests of bri_corpus.evaluation and `bri-corpus evaluate`.

The reference figures below were printed by the project's reference scorer
(shared/tools/score.py, `--json`) on GOLD and SYSTEM written out as JSONL; the
tests check that this scorer, a re-implementation of its documented rules,
gives exactly the same figures and errors.  Nothing is read from ../shared.
"""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bri_corpus
from bri_corpus.cli import main
from bri_corpus.cli_evaluate import add_evaluate_command, evaluate_command
from bri_corpus.errors import BriCorpusError
from bri_corpus.evaluation import (
    EvaluationReport,
    evaluate,
    load_facts,
    pair_facts,
    same_value,
    score_facts,
)
from bri_corpus.facts import KIND_ORDER
from bri_corpus.problems import Problem


def F(doc: str, kind: str, start: int, end: int, value: Any, text: str = "x") -> dict[str, Any]:
    return {"doc": doc, "kind": kind, "start": start, "end": end, "text": text, "value": value}


GOLD = [
    # d1: dates; an exact match beats a larger overlap; case and whitespace of the value do not matter
    F("d1", "date", 10, 18, "2020-04-24"),
    F("d1", "date", 30, 40, "2020-Q1"),
    F("d1", "date", 50, 55, "2013"),
    # money: amount formats, currency case
    F("d1", "money", 60, 70, {"amount": "23600000000", "currency": "USD"}),
    F("d1", "money", 80, 90, {"amount": "1500", "currency": "CNY"}),
    # quantity: unit synonyms
    F("d1", "quantity", 100, 110, {"amount": "25", "unit": "%"}),
    F("d1", "quantity", 120, 130, {"amount": "8", "unit": "t"}),
    F("d1", "quantity", 140, 150, {"amount": "300", "unit": "order"}),
    # organisations: names fold case, punctuation and &
    F("d1", "organisation", 200, 210, {"name": "China Machinery Co., Ltd."}),
    F("d1", "organisation", 220, 230, {"name": "Astana Automobile"}),
    F("d1", "organisation", 240, 250, {"name": "AT&T"}),
    # places: only the country counts
    F("d1", "place", 300, 310, {"name": "Kazakhstan", "country": "KZ", "type": "country"}),
    F("d1", "place", 320, 330, {"name": "Central Asia", "type": "region"}),
    F("d1", "place", 340, 350, {"name": "Hefei", "country": "CN", "type": "city"}),
    F("d1", "summit", 400, 420, {"name": "China-Central Asia Summit", "date": "2023-05-18/2023-05-19"}),
    # events: paired by type, then trigger overlap, date, participants
    F("d1", "event", 500, 506, {"type": "signing", "date": "2023-05-18", "participants": ["AE", "Astana Automobile"]}),
    F("d1", "event", 600, 607, {"type": "visit", "date": "2023-04-02", "participants": ["WEGO Group"]}),
    F("d1", "event", 600, 607, {"type": "visit", "date": "2023-04-04", "participants": ["Sinotruk"]}),
    F("d1", "event", 700, 709, {"type": "delivery", "participants": ["JAC Motors", "Ministry of Health"]}),
    F("d1", "event", 800, 808, {"type": "donation", "date": "2020-02-12"}),
    # d2: a second document, and a kind of a third-party plugin ("port")
    F("d2", "date", 5, 15, "2019-04-02"),
    F("d2", "place", 20, 26, {"name": "Turkey", "country": "TR", "type": "country"}),
    F("d2", "port", 40, 50, {"name": "Gwadar"}),
    F("d2", "port", 60, 70, {"name": "Piraeus"}),
]

SYSTEM = [
    F("d1", "date", 8, 20, "2020-04-25"),  # a larger overlap, loses to the exact span below
    F("d1", "date", 10, 18, " 2020-04-24 "),  # the exact span, the same value once stripped
    F("d1", "date", 28, 36, "2020-q1"),  # a partial overlap, the value in lower case
    F("d1", "date", 52, 56, "2014"),  # a wrong value
    F("d1", "date", 900, 905, "2021"),  # a false alarm
    F("d1", "money", 60, 70, {"amount": "23,600,000,000", "currency": "usd"}),
    F("d1", "money", 80, 90, {"amount": 1500.0, "currency": "CNY"}),
    F("d1", "quantity", 100, 110, {"amount": "25", "unit": "percent"}),
    F("d1", "quantity", 120, 130, {"amount": "8", "unit": "tonnes"}),
    F("d1", "quantity", 140, 150, {"amount": "300", "unit": "orders"}),  # a plural is another unit
    F("d1", "organisation", 200, 210, {"name": "china machinery co ltd"}),
    F("d1", "organisation", 225, 235, {"name": "Astana Automobile Factory"}),
    F("d1", "organisation", 240, 250, {"name": "AT and T"}),
    F("d1", "organisation", 260, 270, {"name": "Allur Group"}),
    F("d1", "place", 300, 310, {"name": "Kazakh", "country": "kz", "type": "country"}),
    F("d1", "place", 320, 330, {"name": "Central Asia", "type": "region"}),
    F("d1", "place", 340, 350, {"name": "Hefei", "country": "KZ", "type": "city"}),
    F("d1", "summit", 400, 420, {"name": "China - Central Asia summit"}),
    F("d1", "event", 950, 957, {"type": "signing", "date": "2023-05-18", "participants": ["Astana Automobile"]}),
    F("d1", "event", 600, 607, {"type": "visit", "date": "2023-04-04", "participants": ["Sinotruk"]}),
    F("d1", "event", 700, 709, {"type": "delivery", "date": "2020-04-24", "participants": ["JAC Motors"]}),
    F("d1", "event", 800, 808, {"type": "ceremony", "date": "2020-02-12"}),
    F("d1", "event", 1000, 1006, {"type": "visit"}),
    F("d2", "date", 5, 12, "2019-04-02"),
    F("d2", "place", 20, 26, {"name": "Turkey", "country": "TR", "type": "country"}),
    F("d2", "place", 30, 36, {"name": "Gwadar", "country": "PK", "type": "city"}),
    F("d2", "port", 40, 50, {"name": "Gwadar"}),
    F("d3", "date", 0, 4, "2020"),  # a document the gold does not annotate: ignored
]

# score.py GOLD SYSTEM --json (its default kinds: the seven built-in ones)
REFERENCE = {
    "kinds": {
        "date": {"gold": 4, "system": 6, "span_p": 0.6666666666666666, "span_r": 1.0, "span_f1": 0.8,
                 "exact_spans": 1, "p": 0.5, "r": 0.75, "f1": 0.6},
        "money": {"gold": 2, "system": 2, "span_p": 1.0, "span_r": 1.0, "span_f1": 1.0, "exact_spans": 2,
                  "p": 1.0, "r": 1.0, "f1": 1.0},
        "quantity": {"gold": 3, "system": 3, "span_p": 1.0, "span_r": 1.0, "span_f1": 1.0, "exact_spans": 3,
                     "p": 0.6666666666666666, "r": 0.6666666666666666, "f1": 0.6666666666666666},
        "organisation": {"gold": 3, "system": 4, "span_p": 0.75, "span_r": 1.0, "span_f1": 0.8571428571428571,
                         "exact_spans": 2, "p": 0.5, "r": 0.6666666666666666, "f1": 0.5714285714285715},
        "place": {"gold": 4, "system": 5, "span_p": 0.8, "span_r": 1.0, "span_f1": 0.888888888888889,
                  "exact_spans": 4, "p": 0.6, "r": 0.75, "f1": 0.6666666666666665},
        "summit": {"gold": 1, "system": 1, "span_p": 1.0, "span_r": 1.0, "span_f1": 1.0, "exact_spans": 1,
                   "p": 1.0, "r": 1.0, "f1": 1.0},
        "event": {"gold": 5, "system": 5, "span_p": 0.6, "span_r": 0.6, "span_f1": 0.6, "exact_spans": 2,
                  "p": 0.6, "r": 0.6, "f1": 0.6, "event_date_acc": 0.6666666666666666,
                  "event_participants_f1": 0.7499999999999999},
    },
    "bad_offsets": 0,
    "macro_f1": 0.729251700680272,
}  # fmt: skip

# score.py GOLD SYSTEM --kinds date,money,quantity,organisation,place,summit,event,port --json
REFERENCE_WITH_PORT = {
    "kinds": {
        **REFERENCE["kinds"],
        "port": {"gold": 2, "system": 1, "span_p": 1.0, "span_r": 0.5, "span_f1": 0.6666666666666666,
                 "exact_spans": 1, "p": 1.0, "r": 0.5, "f1": 0.6666666666666666},
    },
    "bad_offsets": 0,
    "macro_f1": 0.7214285714285714,
}  # fmt: skip

# score.py GOLD SYSTEM --show-errors 100: (kind, category, doc, gold value, system value)
REFERENCE_ERRORS = [
    ("date", "wrong value", "d1", "2013", "2014"),
    ("date", "false alarm", "d1", None, "2020-04-25"),
    ("date", "false alarm", "d1", None, "2021"),
    ("quantity", "wrong value", "d1", {"amount": "300", "unit": "order"}, {"amount": "300", "unit": "orders"}),
    ("organisation", "wrong value", "d1", {"name": "Astana Automobile"}, {"name": "Astana Automobile Factory"}),
    ("organisation", "false alarm", "d1", None, {"name": "Allur Group"}),
    ("place", "wrong value", "d1", {"name": "Hefei", "country": "CN", "type": "city"},
     {"name": "Hefei", "country": "KZ", "type": "city"}),
    ("place", "false alarm", "d2", None, {"name": "Gwadar", "country": "PK", "type": "city"}),
    ("event", "missed", "d1", {"type": "visit", "date": "2023-04-02", "participants": ["WEGO Group"]}, None),
    ("event", "missed", "d1", {"type": "donation", "date": "2020-02-12"}, None),
    ("event", "false alarm", "d1", None, {"type": "ceremony", "date": "2020-02-12"}),
    ("event", "false alarm", "d1", None, {"type": "visit"}),
]  # fmt: skip

# score.py GOLD SYSTEM (the table)
REFERENCE_TABLE = """\
kind           gold   sys  spanP  spanR spanF1  exact      P      R     F1
date              4     6  0.667  1.000  0.800      1  0.500  0.750  0.600
money             2     2  1.000  1.000  1.000      2  1.000  1.000  1.000
quantity          3     3  1.000  1.000  1.000      3  0.667  0.667  0.667
organisation      3     4  0.750  1.000  0.857      2  0.500  0.667  0.571
place             4     5  0.800  1.000  0.889      4  0.600  0.750  0.667
summit            1     1  1.000  1.000  1.000      1  1.000  1.000  1.000
event             5     5  0.600  0.600  0.600      2  0.600  0.600  0.600
             event date accuracy 0.667, participants F1 0.750
macro F1 0.729
"""


def write_jsonl(path: Path, facts: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(f) + "\n" for f in facts), encoding="utf-8")
    return path


def run_cli(argv: list[str]) -> tuple[int, str, list[Problem]]:
    parser = argparse.ArgumentParser()
    add_evaluate_command(parser.add_subparsers(dest="command"))
    problems: list[Problem] = []
    out = io.StringIO()
    status = evaluate_command(parser.parse_args(["evaluate", *argv]), problems.append, out)
    return status, out.getvalue(), problems


# ------------------------------------------------------------------ the same figures as the reference scorer


def test_figures_equal_the_reference_scorer():
    """On the built-in kinds, every figure equals score.py's, float for float."""
    assert REFERENCE == score_facts(GOLD, SYSTEM, kinds=KIND_ORDER).to_json()


def test_default_kinds_add_the_gold_s_own_kinds():
    """By default a third-party kind of the gold is scored too, as score.py does when asked with --kinds."""
    assert REFERENCE_WITH_PORT == score_facts(GOLD, SYSTEM).to_json()


def test_errors_equal_the_reference_scorer_s():
    """Misses, false alarms and wrong values come in score.py's order: kind, document, then as found."""
    report = score_facts(GOLD, SYSTEM, kinds=KIND_ORDER)
    actual = [(e.kind, e.category, e.doc, e.gold_value, e.system_value) for e in report.errors]
    assert REFERENCE_ERRORS == [error for error in actual if error[1] != "wrong arguments"]


def test_events_of_the_right_type_with_other_arguments_are_listed():
    """score.py lists no error for an event of the right type whose date or participants differ, though its
    figures count them; the report lists each as "wrong arguments", and only those."""
    gold = [
        {"doc": "d", "kind": "event", "start": 0, "end": 6, "text": "signed",
         "value": {"type": "signing", "date": "2024-05-01", "participants": ["A", "B"]}},
        {"doc": "d", "kind": "event", "start": 20, "end": 23, "text": "met",
         "value": {"type": "meeting", "date": "2024-05-02", "participants": ["A"]}},
        {"doc": "d", "kind": "event", "start": 40, "end": 47, "text": "visited",
         "value": {"type": "visit", "date": "2024-05-03", "participants": ["C"]}},
    ]  # fmt: skip
    system = [
        {**gold[0], "value": {"type": "signing", "date": "2024-05-01", "participants": ["A"]}},
        {**gold[1], "value": {"type": "meeting", "date": "2024-05", "participants": ["a"]}},
        gold[2],
    ]
    report = score_facts(gold, system, kinds=["event"])
    listed = [(e.start, e.category) for e in report.errors]
    assert listed == [(0, "wrong arguments"), (20, "wrong arguments")]
    assert report.score("event").correct == 3  # the type is the value; the arguments are figures of their own


def test_figures_do_not_depend_on_the_order_of_documents():
    """Shuffling whole documents' facts changes nothing (pairing ties only depend on order within a document)."""
    by_doc_reversed = sorted(SYSTEM, key=lambda f: f["doc"], reverse=True)
    assert score_facts(GOLD, SYSTEM).to_json() == score_facts(list(reversed(GOLD)), by_doc_reversed).to_json()


def test_cli_table_equals_the_reference_table(tmp_path):
    """`evaluate --system` prints score.py's table, character for character."""
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    system = write_jsonl(tmp_path / "system.jsonl", SYSTEM)
    status, out, problems = run_cli([str(gold), "--system", str(system), "--only", ",".join(KIND_ORDER)])
    assert (0, REFERENCE_TABLE, []) == (status, out, problems)


def test_cli_json_equals_the_reference_json(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    system = write_jsonl(tmp_path / "system.jsonl", SYSTEM)
    status, out, _ = run_cli([str(gold), "--system", str(system), "--format", "json"])
    assert 0 == status
    assert REFERENCE_WITH_PORT == json.loads(out)


# ------------------------------------------------------------------ the rules, one by one


def test_an_exact_span_wins_over_a_larger_overlap():
    gold = [F("d", "date", 10, 18, "2020")]
    system = [F("d", "date", 5, 30, "2021"), F("d", "date", 10, 18, "2020")]
    assert [(0, 1)] == pair_facts(gold, system, "date")


def test_pairs_are_one_to_one_largest_overlap_first():
    gold = [F("d", "place", 0, 10, {}), F("d", "place", 8, 20, {})]
    system = [F("d", "place", 2, 12, {})]
    assert [(0, 0)] == pair_facts(gold, system, "place")


def test_touching_spans_do_not_overlap():
    assert [] == pair_facts([F("d", "place", 0, 5, {})], [F("d", "place", 5, 9, {})], "place")


def test_events_pair_by_type_and_need_a_shared_cue():
    gold = [F("d", "event", 0, 6, {"type": "signing", "date": "2020-01-01", "participants": ["A"]})]
    other_type = [F("d", "event", 0, 6, {"type": "visit", "date": "2020-01-01", "participants": ["A"]})]
    no_cue = [F("d", "event", 50, 56, {"type": "signing", "date": "2020-01-02", "participants": ["B"]})]
    same_date_elsewhere = [F("d", "event", 50, 56, {"type": "Signing", "date": "2020-01-01"})]
    assert [] == pair_facts(gold, other_type, "event")
    assert [] == pair_facts(gold, no_cue, "event")
    assert [(0, 0)] == pair_facts(gold, same_date_elsewhere, "event")


def test_an_overlapping_trigger_beats_a_shared_date():
    gold = [F("d", "event", 0, 6, {"type": "visit", "date": "2020-01-01"})]
    system = [
        F("d", "event", 50, 56, {"type": "visit", "date": "2020-01-01"}),
        F("d", "event", 0, 6, {"type": "visit"}),
    ]
    assert [(0, 1)] == pair_facts(gold, system, "event")


@pytest.mark.parametrize(
    ("kind", "gold", "system", "same"),
    [
        ("date", "2020-Q1", " 2020-q1", True),
        ("date", "2020-04", "2020-04-01", False),
        ("money", {"amount": "1000", "currency": "USD"}, {"amount": "1,000.00", "currency": "usd"}, True),
        (
            "money",
            {"amount": "1000", "currency": "USD", "qualifier": "gt"},
            {"amount": "1000", "currency": "USD"},
            True,
        ),
        ("money", {"amount": "1000", "currency": "USD"}, {"amount": "1000", "currency": "CNY"}, False),
        ("money", {"amount": "n/a", "currency": "USD"}, {"amount": "n/a", "currency": "USD"}, False),
        ("quantity", {"amount": "25", "unit": "%"}, {"amount": "25", "unit": "per cent"}, True),
        ("quantity", {"amount": "10", "unit": "km"}, {"amount": "10", "unit": "Kilometre"}, True),
        ("quantity", {"amount": "10", "unit": "vehicle"}, {"amount": "10", "unit": "vehicles"}, False),
        ("organisation", {"name": "China Machinery Co., Ltd."}, {"name": "CHINA MACHINERY CO LTD"}, True),
        ("organisation", {"name": "JAC"}, {"name": "JAC Motors"}, False),
        ("summit", {"name": "Belt & Road Forum"}, {"name": "Belt and Road Forum"}, True),
        ("place", {"name": "Kazakhstan", "country": "KZ"}, {"name": "Kazakh", "country": "kz"}, True),
        ("place", {"name": "Central Asia"}, {"name": "Central Asia", "country": "KZ"}, False),
        ("event", {"type": "Signing", "date": "2020"}, {"type": "signing"}, True),
        ("port", {"name": "Gwadar"}, {"name": "Gwadar"}, True),
        ("port", {"name": "Gwadar"}, {"name": "gwadar"}, False),
    ],
)
def test_same_value(kind, gold, system, same):
    assert same == same_value(kind, {"value": gold}, {"value": system})


def test_nothing_to_find_and_nothing_found_is_not_reported():
    """A kind with neither gold nor system facts gets no row and does not weigh on the macro F1."""
    report = score_facts([F("d", "date", 0, 4, "2020")], [F("d", "date", 0, 4, "2020")])
    assert ["date"] == [score.kind for score in report.kinds]
    assert 1.0 == report.macro_f1


def test_event_argument_figures():
    """Date accuracy over paired events; participants F1 over the names of all pairs."""
    gold = [
        F("d", "event", 0, 5, {"type": "visit", "date": "2020-01-01", "participants": ["A", "B"]}),
        F("d", "event", 10, 15, {"type": "order", "date": "2020-02-01", "participants": ["C"]}),
    ]
    system = [
        F("d", "event", 0, 5, {"type": "visit", "date": "2020-01-01", "participants": ["a", "D"]}),
        F("d", "event", 10, 15, {"type": "order", "participants": ["C"]}),
    ]
    score = score_facts(gold, system).score("event")
    assert score is not None
    assert 0.5 == score.event_date_accuracy
    # shared 2 (a, c) of 3 gold names and 3 system names
    assert pytest.approx(2 / 3) == score.event_participants_f1


def test_errors_carry_their_context_and_offsets_are_checked():
    text = "Intro. The plant opened on April 24 in Hefei. Later it grew."
    start = text.index("April 24")
    gold = [F("doc", "date", start, start + 8, "2020-04-24", "April 24")]
    system = [F("doc", "date", 0, 5, "2020", "Intro"), F("doc", "date", 7, 10, "2021", "wrong")]
    report = score_facts(gold, system, texts={"doc": text}, context_chars=10)
    missed = report.errors_of("date", "missed")
    assert [("opened on ", " in Hefei.")] == [(e.before, e.after) for e in missed]
    assert 1 == report.bad_offsets


def test_gold_documents_without_facts_of_a_kind_still_filter_the_system():
    """System facts about documents the gold does not annotate are ignored, as score.py does."""
    report = score_facts([F("a", "date", 0, 4, "2020")], [F("b", "date", 0, 4, "2020")])
    assert [(1, 0)] == [(score.gold, score.system) for score in report.kinds]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["d1", "d2"]),
            st.sampled_from(KIND_ORDER),
            st.integers(0, 50),
            st.integers(1, 10),
            st.sampled_from(["A", "B", "C"]),
        ),
        max_size=30,
    )
)
def test_a_system_equal_to_the_gold_scores_one(rows):
    """Scoring a complete gold against itself gives F1 1 for every kind present, and 1 for event arguments."""
    gold = [
        F(
            doc,
            kind,
            start,
            start + length,
            {
                "type": "visit",
                "name": name,
                "amount": "5",
                "unit": "t",
                "currency": "USD",
                "date": "2020",
                "participants": [name],
            },
        )
        for doc, kind, start, length, name in rows
    ]
    report = score_facts(gold, gold)
    assert all(score.f1 == 1.0 and score.span_f1 == 1.0 for score in report.kinds)
    event = report.score("event")
    if event is not None:
        assert (1.0, 1.0) == (event.event_date_accuracy, event.event_participants_f1)


# ------------------------------------------------------------------ reading fact files


def test_load_facts_names_file_and_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"doc": "a", "kind": "date", "start": 0, "end": 4}\n\n{"doc": "a", "kind": "date"}\n')
    with pytest.raises(BriCorpusError, match=r"gold\.jsonl:3: missing field 'start'"):
        load_facts(path)
    path.write_text("{not json\n")
    with pytest.raises(BriCorpusError, match=r"gold\.jsonl:1: not JSON"):
        load_facts(path)
    path.write_text('{"doc": "a", "kind": "date", "start": "0", "end": 4}\n')
    with pytest.raises(BriCorpusError, match="integer offset"):
        load_facts(path)


# ------------------------------------------------------------------ running the pipeline


def extracted(seeds_dir: Path) -> tuple[dict[str, str], list[dict[str, Any]]]:
    texts, facts = {}, []
    for document, found in bri_corpus.extract_many([seeds_dir]):
        texts[document.id] = document.raw
        facts.extend(f.to_json() for f in found)
    return texts, facts


def test_evaluate_scores_what_the_pipeline_extracts(seeds_dir, gold_path):
    """`evaluate` on documents equals `score_facts` on the pipeline's output for them."""
    texts, facts = extracted(seeds_dir)
    expected = score_facts(load_facts(gold_path), facts, texts=texts)
    actual = evaluate(gold_path, seeds_dir)
    assert isinstance(actual, EvaluationReport)
    assert expected.to_json(errors=1000) == actual.to_json(errors=1000)
    assert sorted(texts) == list(actual.documents)


def test_evaluate_against_its_own_output_is_perfect(seeds_dir):
    """Gold equal to the pipeline's output scores 1 on every kind, and an unfound gold fact is a miss in context."""
    texts, facts = extracted(seeds_dir)
    doc = sorted(texts)[0]
    extra = F(doc, "port", 10, 20, {"name": "Nowhere"}, texts[doc][10:20])
    report = bri_corpus.evaluate([*facts, extra], seeds_dir)
    assert all(score.f1 == 1.0 for score in report.kinds if score.kind != "port")
    [miss] = report.errors_of("port")
    assert ("missed", texts[doc][:10], texts[doc][20:60]) == (miss.category, miss.before, miss.after)


def test_evaluate_reports_gold_documents_it_cannot_find(seeds_dir):
    problems: list[Problem] = []
    report = evaluate([F("no_such_doc", "date", 0, 4, "2020")], seeds_dir, on_problem=problems.append)
    assert ("no_such_doc",) == report.missing_documents
    assert 1 == len(problems) and "no_such_doc" in problems[0].message
    score = report.score("date")
    assert score is not None and (1, 0) == (score.gold, score.system)


def test_evaluate_with_kinds_runs_only_their_extractors(seeds_dir, gold_path):
    report = evaluate(gold_path, seeds_dir, kinds=["date"])
    assert {"date"} >= {score.kind for score in report.kinds}


def test_cli_runs_the_pipeline(seeds_dir, gold_path, capsys):
    """`bri-corpus evaluate GOLD DOCS` prints the table, ending with the macro F1, and exits 0."""
    status = main(["evaluate", str(gold_path), str(seeds_dir), "--errors", "2"])
    out = capsys.readouterr().out
    assert 0 == status
    assert out.startswith("kind ") and out.splitlines()[-1].startswith("macro F1 ")


def test_cli_usage_errors(tmp_path, gold_path):
    assert 2 == run_cli([str(gold_path)])[0]
    assert 2 == run_cli([str(gold_path), str(tmp_path), "--only", "no_such_kind"])[0]


def test_cli_system_mode_checks_offsets_and_shows_context(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "d.txt").write_text("It opened on April 24 in Hefei.", encoding="utf-8")
    gold = write_jsonl(tmp_path / "gold.jsonl", [F("d", "date", 13, 21, "2020-04-24", "April 24")])
    system = write_jsonl(tmp_path / "system.jsonl", [F("d", "date", 0, 2, "2020", "Ix")])
    status, out, _ = run_cli([str(gold), str(tmp_path / "docs"), "--system", str(system), "--errors", "5"])
    assert 1 == status  # a system fact's offsets do not give its text
    assert "facts whose offsets do not give their text: 1" in out
    assert "...It opened on [April 24] in Hefei...." in out


def test_cli_min_bounds_print_and_fail_like_the_reference(tmp_path):
    """`--min KIND=F1` adds score.py's "below bound" lines before the macro F1 and exits 1."""
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    system = write_jsonl(tmp_path / "system.jsonl", SYSTEM)
    only = ",".join(KIND_ORDER)
    argv = [str(gold), "--system", str(system), "--only", only, "--min", "date=0.9", "--min", "money=0.95"]
    status, out, _ = run_cli(argv)
    expected = REFERENCE_TABLE.replace("macro F1", "below bound: date F1 0.600 < 0.9\nmacro F1")
    assert (1, expected) == (status, out)
    assert 2 == run_cli([*argv, "--min", "date"])[0]
