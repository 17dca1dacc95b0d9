"""The ``bri-corpus`` command line: ``extract`` and ``plugins``.

Problems (an unreadable file, a plugin that fails to load, an extractor that
raises) are printed one line each on standard error, prefixed ``bri-corpus:``,
with no traceback unless ``--debug`` is given; the run goes on and the exit
status is 1 when anything failed, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Sequence
from typing import TextIO

from tqdm import tqdm

from . import __version__
from .cli_evaluate import add_evaluate_command, run_evaluate
from .document import ENCODING_ERRORS
from .errors import BriCorpusError, SelectionError
from .output import FORMATS, FactWriter
from .pipeline import PipelineSettings, iter_results
from .plugins import plugin_infos
from .problems import CountingHandler, Problem

__all__ = ["main"]

PROG = "bri-corpus"


def _print_problem(problem: Problem) -> None:
    """Print one problem as one line on standard error."""
    print(f"{PROG}: {problem.message}", file=sys.stderr)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Structured facts with provenance from Belt and Road news.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="print tracebacks for unexpected errors")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="extract facts from text files and folders of .txt files")
    extract.add_argument(
        "paths", nargs="+", metavar="PATH", help="a .txt file or a folder of them (searched recursively)"
    )
    extract.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    extract.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    extract.add_argument("--only", metavar="NAMES", default="", help="comma-separated extractors to emit facts from")
    extract.add_argument("--exclude", metavar="NAMES", default="", help="comma-separated extractors to leave out")
    extract.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    extract.add_argument("--strict", action="store_true", help="stop at the first problem instead of going on")
    extract.add_argument(
        "--encoding-errors",
        choices=ENCODING_ERRORS,
        default="strict",
        help="how to read files that are not valid UTF-8 (default: strict, which reports and skips them)",
    )
    extract.add_argument("--no-plugins", action="store_true", help="load no third-party plugins")
    extract.add_argument(
        "--progress", action="store_true", help="show documents done and documents per second on standard error"
    )

    plugins = commands.add_parser("plugins", help="list the registered plugins and their extractors")
    plugins.add_argument("--format", choices=("table", "json"), default="table")
    plugins.add_argument("--no-plugins", action="store_true", help="load no third-party plugins")
    add_evaluate_command(commands)
    return parser


def _run_extract(args: argparse.Namespace, reporter: CountingHandler) -> int:
    if args.workers < 1:
        raise BriCorpusError(f"--workers must be at least 1, got {args.workers}")
    settings = PipelineSettings(
        only=args.only,
        exclude=args.exclude,
        strict=args.strict,
        encoding_errors=args.encoding_errors,
        load_entrypoints=False if args.no_plugins else None,
    )
    stream: TextIO = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    try:
        writer = FactWriter(stream, args.format)
        results = iter_results(args.paths, settings, workers=args.workers, on_problem=reporter)
        with tqdm(desc="documents", unit="doc", disable=not args.progress, file=sys.stderr) as progress:
            for _document, facts in results:
                writer.write(facts)
                progress.update()
    finally:
        if args.output:
            stream.close()
    return 1 if reporter.count else 0


def _run_plugins(args: argparse.Namespace, reporter: CountingHandler) -> int:
    infos = plugin_infos(load_entrypoints=False if args.no_plugins else None, on_problem=reporter)
    if args.format == "json":
        rows = [
            {
                "plugin": info.name,
                "version": info.version,
                "source": info.source,
                "extractors": [
                    {"name": e.name, "kinds": list(e.kinds), "needs": list(e.needs), "description": e.description}
                    for e in info.extractors
                ],
            }
            for info in infos
        ]
        print(json.dumps(rows, indent=2))
    else:
        table = [
            (e.name, ",".join(e.kinds), ",".join(e.needs) or "-", info.version, f"{info.source} ({info.name})")
            for info in infos
            for e in info.extractors
        ]
        header = ("extractor", "kinds", "needs", "version", "source (plugin)")
        widths = [max(len(row[i]) for row in [header, *table]) + 2 for i in range(len(header) - 1)]
        for row in [header, *table]:
            print("".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + row[-1])
    return 1 if reporter.count else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    reporter = CountingHandler(_print_problem)
    commands = {"extract": _run_extract, "plugins": _run_plugins, "evaluate": run_evaluate}
    try:
        return commands[args.command](args, reporter)
    except SelectionError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 2
    except BriCorpusError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        if args.debug:
            traceback.print_exc()
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (head, less) went away: not an error of ours.
        sys.stderr.close()
        return 0
    except Exception as error:  # noqa: BLE001 - never show a bare traceback to a user without --debug
        print(
            f"{PROG}: unexpected error: {type(error).__name__}: {error} (run with --debug for details)", file=sys.stderr
        )
        if args.debug:
            traceback.print_exc()
        return 1
