"""The ``bri-corpus evaluate`` command: score the pipeline (or a system file) against gold facts.

``bri-corpus evaluate GOLD.jsonl DOCS/`` runs the pipeline over the documents
the gold annotates and prints, per kind, the same figures as the project's
reference scorer (``score.py``) prints for the same output; ``--system FILE``
scores an existing JSONL file instead of running the pipeline, and ``--errors
N`` lists misses, false alarms and wrong values with the text around them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

from .document import ENCODING_ERRORS, Document
from .errors import BriCorpusError
from .evaluation import (
    DEFAULT_CONTEXT_CHARS,
    EvaluationReport,
    ScoringError,
    default_kinds,
    evaluate,
    load_facts,
    score_facts,
)
from .facts import KIND_ORDER
from .pipeline import PipelineSettings
from .plugins import extractors_of, plugin_infos
from .problems import CountingHandler, Problem, ProblemHandler
from .sources import expand_sources, read_source

__all__ = ["add_evaluate_command", "below_bounds", "evaluate_command", "format_table", "run_evaluate"]

_USAGE_ERROR = 2


def add_evaluate_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add the ``evaluate`` sub-command to the CLI's sub-parsers and return its parser."""
    parser = subparsers.add_parser(
        "evaluate",
        help="score the extractors against gold facts (per kind precision, recall and F1)",
        description="Run the pipeline over the documents a gold file annotates (or read --system FILE) and "
        "score the facts against the gold, with the rules of the project's scorer.",
    )
    parser.add_argument("gold", metavar="GOLD.jsonl", help="the gold facts, in the JSONL fact format")
    parser.add_argument(
        "documents",
        nargs="*",
        metavar="DOCS",
        help="the documents: .txt files or folders of them (a file's name without .txt is its document id); "
        "optional with --system, where they give error contexts and the offset check",
    )
    parser.add_argument(
        "--only", metavar="KINDS", default="", help="comma-separated kinds to score (and extractors to run)"
    )
    parser.add_argument(
        "--system", metavar="FILE", help="score the facts of this JSONL file instead of running the pipeline"
    )
    parser.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="list up to N errors per kind: misses, false alarms, wrong values, events with wrong arguments",
    )
    parser.add_argument(
        "--context",
        type=int,
        default=DEFAULT_CONTEXT_CHARS,
        metavar="CHARS",
        help=f"characters of text shown on each side of an error (default: {DEFAULT_CONTEXT_CHARS})",
    )
    parser.add_argument(
        "--min",
        action="append",
        default=[],
        metavar="KIND=F1",
        help="exit with status 1 when KIND's headline F1 is below F1 (repeatable), for CI",
    )
    parser.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")
    parser.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    parser.add_argument(
        "--encoding-errors",
        choices=ENCODING_ERRORS,
        default="strict",
        help="how to read files that are not valid UTF-8 (default: strict, which reports and skips them)",
    )
    parser.add_argument("--no-plugins", action="store_true", help="load no third-party plugins")
    return parser


def _kinds_option(value: str) -> tuple[str, ...]:
    return tuple(kind.strip() for kind in value.split(",") if kind.strip())


def _known_kinds(gold: Sequence[dict[str, Any]], system: Sequence[dict[str, Any]], load_entrypoints: bool) -> set[str]:
    infos = plugin_infos(load_entrypoints=None if load_entrypoints else False, on_problem=lambda problem: None)
    emitted = {kind for extractor in extractors_of(infos) for kind in extractor.kinds}
    return set(KIND_ORDER) | emitted | {str(f["kind"]) for f in gold} | {str(f["kind"]) for f in system}


def _read_texts(
    paths: Sequence[str], wanted: set[str], encoding_errors: str, on_problem: ProblemHandler
) -> dict[str, str]:
    """Read the raw texts of the documents with ids in ``wanted``."""
    texts: dict[str, str] = {}
    for item in expand_sources(paths):
        if isinstance(item, Problem):
            on_problem(item)
            continue
        if (item.id if isinstance(item, Document) else item.stem) not in wanted:
            continue
        document = read_source(item, encoding_errors)
        if isinstance(document, Problem):
            on_problem(document)
        elif document.id in wanted:
            texts.setdefault(document.id, document.raw)
    return texts


def run_evaluate(args: argparse.Namespace, on_problem: ProblemHandler) -> int:
    """Run ``bri-corpus evaluate`` from parsed arguments, printing on standard output; return the exit status.

    Problems (unreadable documents, failing extractors, gold documents with no
    text) go to ``on_problem``; the status is 1 when there were any, or when a
    ``--system`` fact's offsets do not give its text, 2 for a usage error.
    """
    return evaluate_command(args, on_problem, sys.stdout)


def evaluate_command(args: argparse.Namespace, on_problem: ProblemHandler, out: TextIO) -> int:
    """Like :func:`run_evaluate`, printing the report on ``out``."""
    problems = CountingHandler(on_problem)
    if args.workers < 1:
        raise BriCorpusError(f"--workers must be at least 1, got {args.workers}")
    if args.errors < 0 or args.context < 0:
        raise BriCorpusError("--errors and --context must not be negative")
    if not args.documents and not args.system:
        print(
            "bri-corpus evaluate: give the documents (DOCS) to run the pipeline on, or --system FILE", file=sys.stderr
        )
        return _USAGE_ERROR
    try:
        bounds = _bounds_option(args.min)
    except ValueError as error:
        print(f"bri-corpus evaluate: {error}", file=sys.stderr)
        return _USAGE_ERROR
    gold = load_facts(args.gold)
    system = load_facts(args.system) if args.system else []
    kinds = _kinds_option(args.only)
    unknown = sorted(set(kinds) - _known_kinds(gold, system, not args.no_plugins)) if kinds else []
    if unknown:
        known = ", ".join(default_kinds(gold))
        print(
            f"bri-corpus evaluate: --only names unknown kind(s) {', '.join(unknown)}; known kinds: {known}",
            file=sys.stderr,
        )
        return _USAGE_ERROR
    if args.system:
        wanted_docs = {str(f["doc"]) for f in gold}
        texts = _read_texts(args.documents, wanted_docs, args.encoding_errors, problems) if args.documents else None
        report = score_facts(gold, system, kinds=kinds or None, texts=texts, context_chars=args.context)
    else:
        settings = PipelineSettings(
            encoding_errors=args.encoding_errors, load_entrypoints=False if args.no_plugins else None
        )
        report = evaluate(
            gold,
            args.documents,
            kinds=kinds or None,
            settings=settings,
            workers=args.workers,
            context_chars=args.context,
            on_problem=problems,
        )
    below = below_bounds(report, bounds)
    if args.format == "json":
        print(json.dumps(report.to_json(errors=args.errors), indent=1, ensure_ascii=False), file=out)
    else:
        offsets_checked = bool(args.system and args.documents)
        print(format_table(report, errors=args.errors, offsets_checked=offsets_checked, below=below), file=out)
    return 1 if problems.count or report.bad_offsets or below else 0


def _bounds_option(values: Sequence[str]) -> dict[str, str]:
    """Read ``--min KIND=F1`` options into bounds by kind, kept as written (they are printed back)."""
    bounds: dict[str, str] = {}
    for value in values:
        kind, _, bound = value.partition("=")
        try:
            float(bound)
        except ValueError:
            raise ValueError(f"--min takes KIND=F1 (for example date=0.9), got {value!r}") from None
        bounds[kind.strip()] = bound.strip()
    return bounds


def below_bounds(report: EvaluationReport, bounds: Mapping[str, str | float]) -> list[str]:
    """Return one message per kind whose headline F1 is below its bound (a kind not reported is not checked)."""
    return [
        f"{score.kind} F1 {score.f1:.3f} < {bounds[score.kind]}"
        for score in report.kinds
        if score.kind in bounds and score.f1 < float(bounds[score.kind])
    ]


def format_table(
    report: EvaluationReport, *, errors: int = 0, offsets_checked: bool = False, below: Sequence[str] = ()
) -> str:
    """Return the report as the reference scorer's table, then up to ``errors`` errors per kind, then the macro F1."""
    lines = [
        f"{'kind':<13}{'gold':>6}{'sys':>6}{'spanP':>7}{'spanR':>7}{'spanF1':>7}{'exact':>7}{'P':>7}{'R':>7}{'F1':>7}"
    ]
    for score in report.kinds:
        lines.append(
            f"{score.kind:<13}{score.gold:>6}{score.system:>6}{score.span_precision:>7.3f}{score.span_recall:>7.3f}"
            f"{score.span_f1:>7.3f}{score.exact_spans:>7}{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}"
        )
        if score.event_date_accuracy is not None and score.event_participants_f1 is not None:
            lines.append(
                f"{'':<13}event date accuracy {score.event_date_accuracy:.3f}, "
                f"participants F1 {score.event_participants_f1:.3f}"
            )
    if offsets_checked:
        lines.append(f"facts whose offsets do not give their text: {report.bad_offsets}")
    if errors:
        for score in report.kinds:
            lines.extend(_format_error(error) for error in report.errors_of(score.kind)[:errors])
    lines.extend(f"below bound: {message}" for message in below)
    lines.append(f"macro F1 {report.macro_f1:.3f}")
    return "\n".join(lines)


def _json(value: Any) -> str:
    return "-" if value is None else json.dumps(value, ensure_ascii=False)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _format_error(error: ScoringError) -> str:
    """Return two lines: what went wrong, and the span in its context with the span in brackets."""
    head = f"  {error.kind:<12} {error.category:<11} {error.doc} [{error.start}:{error.end}] {error.text!r}"
    if error.category in ("wrong value", "wrong arguments"):
        shown_system = "" if error.system_text in (None, error.text) else f" (system span {error.system_text!r})"
        head += f" gold={_json(error.gold_value)} system={_json(error.system_value)}{shown_system}"
    elif error.category == "missed":
        head += f" gold={_json(error.gold_value)}"
    else:
        head += f" system={_json(error.system_value)}"
    if not (error.before or error.after):
        return head
    before, after = _one_line(error.before), _one_line(error.after)
    pad_before = " " if error.before[-1:].isspace() else ""
    pad_after = " " if error.after[:1].isspace() else ""
    span = _one_line(error.text or "")
    return f"{head}\n{'':<15}...{before}{pad_before}[{span}]{pad_after}{after}..."
