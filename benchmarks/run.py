"""Benchmark the bri_corpus pipeline: throughput, start-up time and peak memory.

    python benchmarks/run.py [--size-mb N] [--base-mb B] [--workers N] [--corpus mixed|seeds] [--quick]
                             [--profile] [--json FILE]

It builds a corpus of N MB (default 20) of .txt files in a temporary folder
from the seed documents and the example-corpus texts of the built-in plugins
(the "text" fields of src/bri_corpus/extractors/*/corpus*.jsonl; ``--corpus seeds``:
from the seed documents only, news as it comes), then prints:

* start-up: the time to import bri_corpus, build the pipeline (plugins and
  their data loaded) and process the first document, each in a fresh
  process (median of three);
* throughput of the whole pipeline and of each extractor alone (``--only``
  semantics: the extractors it needs run too, as they must), in MB of text,
  characters and documents per second, on one core, with the peak memory
  (RSS) of the process; with ``--workers N`` the whole pipeline again with N
  worker processes;
* the same for the core alone (reading, header, chrome, normalisation; no extractor);
* the whole pipeline's time split by extractor (and the rest: the core);
* the whole pipeline on corpora of 1x, 4x and 16x a base size, to show how
  time and memory grow with the corpus (documents stream: time should grow
  linearly and memory stay flat).

Every measurement runs in its own subprocess so that peaks do not mix. The
first document of each run is processed before the clock starts (its cost,
lazy data loading included, is reported under start-up).  When the pipeline
is too slow for the time budget (``--max-minutes``, default 9), the sizes are
cut to fit and the output says so.  Nothing here is asserted: it prints.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
SEEDS = REPO / "seeds"
EXTRACTORS = SRC / "bri_corpus" / "extractors"
MB = 1_000_000
CORE_ONLY = ":core"  # a run with no extractor at all: reading, header, chrome and normalisation only
DOCUMENT_CHARS = 3_500  # about the size of a news report; bundles of corpus texts are cut near it


# ------------------------------------------------------------------ the corpus


def corpus_texts() -> list[tuple[str, str | None]]:
    """Return (text, published) of every example-corpus case of the built-in plugins."""
    texts = []
    for path in sorted(EXTRACTORS.glob("*/corpus*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            try:
                case = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(case, dict) and isinstance(case.get("text"), str):
                texts.append((case["text"], case.get("published")))
    return texts


def build_corpus(folder: Path, size_bytes: int, seed: int = 7, *, seeds_only: bool = False) -> list[tuple[Path, int]]:
    """Write .txt documents totalling about ``size_bytes`` (UTF-8) into ``folder``; return (path, bytes) in order.

    One document in three is a seed document; the others are bundles of
    example-corpus texts (paragraphs), headed by a publication date when the
    first case has one.  The order is fixed by ``seed``.  With ``seeds_only``
    every document is a seed document: news as it comes, about half as dense in
    facts as the example-corpus bundles, which are written to exercise the extractors.
    """
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    cases = corpus_texts()
    folder.mkdir(parents=True, exist_ok=True)
    files: list[tuple[Path, int]] = []
    total = 0
    number = 0
    while total < size_bytes:
        if seeds_only or not cases or number % 3 == 0:
            text = seeds[(number // 3) % len(seeds)]
        else:
            paragraphs: list[str] = []
            first_published = None
            length = 0
            while length < DOCUMENT_CHARS:
                case_text, published = rng.choice(cases)
                first_published = first_published or published
                paragraphs.append(case_text)
                length += len(case_text) + 2
            header = f"Pub Date: {first_published}\n\n" if first_published else ""
            text = header + "\n\n".join(paragraphs) + "\n"
        data = text.encode("utf-8")
        path = folder / f"doc_{number:06d}.txt"
        path.write_bytes(data)
        files.append((path, len(data)))
        total += len(data)
        number += 1
    return files


def first_files(files: Sequence[tuple[Path, int]], size_bytes: int) -> int:
    """Return how many of ``files``, in order, make up about ``size_bytes``."""
    total = 0
    for count, (_path, size) in enumerate(files, start=1):
        total += size
        if total >= size_bytes:
            return count
    return len(files)


# ------------------------------------------------------------------ measurements, each in a child process


def _peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def _current_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def child_startup(first_document: str) -> dict[str, Any]:
    """Time the import, the pipeline's construction and the first document, in this fresh process."""
    t0, c0 = time.perf_counter(), time.process_time()
    import bri_corpus

    t1, c1 = time.perf_counter(), time.process_time()
    pipeline = bri_corpus.Pipeline()
    t2, c2 = time.perf_counter(), time.process_time()
    pipeline.process(Path(first_document))
    t3, c3 = time.perf_counter(), time.process_time()
    return {
        "import_s": t1 - t0,
        "pipeline_s": t2 - t1,
        "first_document_s": t3 - t2,
        "import_cpu_s": c1 - c0,
        "pipeline_cpu_s": c2 - c1,
        "first_document_cpu_s": c3 - c2,
        "peak_rss_mb": _peak_rss_mb(),
    }


def child_run(folder: str, count: int, only: str, workers: int, breakdown: bool) -> dict[str, Any]:
    """Run the pipeline over the first ``count`` files of ``folder`` and time it (after one warm-up document)."""
    import attrs

    import bri_corpus
    from bri_corpus.pipeline import iter_results

    files = sorted(Path(folder).glob("*.txt"))[:count]
    core_only = only == CORE_ONLY
    settings = bri_corpus.PipelineSettings(only="" if core_only else only)
    manager = bri_corpus.make_plugin_manager(builtins=False, load_entrypoints=False) if core_only else None
    pipeline = bri_corpus.Pipeline(settings, plugin_manager=manager, on_problem=lambda problem: None)
    spent: dict[str, float] = {}
    if breakdown:

        def timed(extractor: bri_corpus.Extractor) -> bri_corpus.Extractor:
            def run(**arguments: Any) -> list[bri_corpus.Fact]:
                start = time.process_time()
                try:
                    return extractor.run(**arguments)
                finally:
                    spent[extractor.name] = spent.get(extractor.name, 0.0) + time.process_time() - start

            return attrs.evolve(extractor, extract=run)

        pipeline.extractors = tuple(timed(e) for e in pipeline.extractors)
    pipeline.process(files[0])  # warm-up: lazy data loading belongs to start-up
    spent.clear()
    rss_loaded = _current_rss_mb()
    chars = size = facts = documents = 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    if workers > 1:
        for document, found in iter_results(files, settings, workers=workers, on_problem=lambda problem: None):
            documents += 1
            chars += len(document.raw)
            facts += len(found)
    else:
        for path in files:
            result = pipeline.process(path)
            if result.document is not None:
                documents += 1
                chars += len(result.document.raw)
                facts += len(result.facts)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    if workers > 1:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu_seconds += children.ru_utime + children.ru_stime
    size = sum(path.stat().st_size for path in files)
    return {
        "documents": documents,
        "chars": chars,
        "bytes": size,
        "facts": facts,
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "rss_after_load_mb": rss_loaded,
        "peak_rss_mb": _peak_rss_mb(),
        "workers_peak_rss_mb": _peak_rss_mb(resource.RUSAGE_CHILDREN) if workers > 1 else None,
        "extractor_seconds": spent,
        "emitting": sorted(pipeline.emitting),
        "ran": [e.name for e in pipeline.extractors],
    }


def in_child(*arguments: str) -> dict[str, Any]:
    """Run this script as ``_child ...`` in a fresh interpreter and return the JSON it prints."""
    env = dict(os.environ, PYTHONPATH=f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}")
    done = subprocess.run(
        [sys.executable, __file__, "_child", *arguments], capture_output=True, text=True, env=env, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"benchmark child failed ({' '.join(arguments)}):\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def python_startup_seconds() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - start


def extractor_names() -> list[str]:
    return list(in_child("names")["names"])


# ------------------------------------------------------------------ the report


def machine() -> dict[str, str]:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor()
    return {
        "cpus": str(os.cpu_count()),
        "cpu": model or platform.machine(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def rate_row(label: str, run: dict[str, Any]) -> str:
    """One line of figures; rates are per CPU-second (one core), so other load on the machine does not skew them."""
    cpu = max(run["cpu_seconds"], 1e-9)
    peak = f"{run['peak_rss_mb']:7.0f}"
    if run.get("workers_peak_rss_mb"):
        peak += f" (+{run['workers_peak_rss_mb']:.0f}/worker)"
    return (
        f"{label:<32}{run['bytes'] / MB / cpu:>8.2f}{run['chars'] / cpu:>12,.0f}{run['documents'] / cpu:>9.1f}"
        f"{run['facts']:>9,}{cpu:>9.1f}{run['seconds']:>9.1f}  {peak}"
    )


RATE_HEADER = f"{'run':<32}{'MB/s':>8}{'chars/s':>12}{'docs/s':>9}{'facts':>9}{'CPU s':>9}{'wall s':>9}  peak RSS MB"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=20.0, help="corpus size for the throughput runs (default 20)")
    parser.add_argument("--base-mb", type=float, default=1.0, help="base size of the 1x/4x/16x runs (default 1)")
    parser.add_argument("--workers", type=int, default=1, help="also run the whole pipeline with N worker processes")
    parser.add_argument("--quick", action="store_true", help="small sizes (2 MB, base 0.25 MB), one start-up run")
    parser.add_argument(
        "--max-minutes", type=float, default=9.0, help="cut the sizes to fit this budget (0: no budget; default 9)"
    )
    parser.add_argument(
        "--corpus",
        choices=("mixed", "seeds"),
        default="mixed",
        help="mixed: seed documents and example-corpus bundles (default); seeds: seed documents only (news-like)",
    )
    parser.add_argument("--profile", action="store_true", help="also profile the whole pipeline")
    parser.add_argument("--json", metavar="FILE", help="also write every figure to FILE as JSON")
    args = parser.parse_args(argv)
    if args.quick:
        args.size_mb, args.base_mb = min(args.size_mb, 2.0), min(args.base_mb, 0.25)
    began = time.perf_counter()
    budget = args.max_minutes * 60 if args.max_minutes > 0 else float("inf")
    figures: dict[str, Any] = {"machine": machine(), "notes": []}

    info = figures["machine"]
    print(f"machine: {info['cpus']} CPUs, {info['cpu']}, Python {info['python']} ({info['platform']})")
    names = extractor_names()
    print(f"extractors: {', '.join(names)}")

    with tempfile.TemporaryDirectory(prefix="bri-corpus-bench-") as tmp:
        folder = Path(tmp) / "corpus"
        largest = max(args.size_mb, 16 * args.base_mb)
        seeds_only = args.corpus == "seeds"
        files = build_corpus(folder, int(largest * MB), seeds_only=seeds_only)
        seed_docs = len(files) if seeds_only else len(range(0, len(files), 3))
        bundles = len(files) - seed_docs
        print(
            f"corpus: {sum(s for _, s in files) / MB:.1f} MB in {len(files):,} documents "
            f"({seed_docs:,} seed documents, {bundles:,} bundles of {len(corpus_texts()):,} example-corpus texts)"
        )

        # Start-up, in fresh processes.
        repeats = 1 if args.quick else 3
        python_s = statistics.median(python_startup_seconds() for _ in range(repeats))
        startups = [in_child("startup", str(files[0][0])) for _ in range(repeats)]
        startup = {key: statistics.median(s[key] for s in startups) for key in startups[0]}
        startup["python_s"] = python_s
        figures["startup"] = startup
        print()
        print(f"start-up (fresh process, median of {repeats}):      wall     CPU")
        print(f"  python itself            {python_s:8.2f}")
        for label, key in (
            ("import bri_corpus", "import"),
            ("Pipeline() (plugins)", "pipeline"),
            ("first document", "first_document"),
        ):
            print(f"  {label:<24}{startup[key + '_s']:8.2f}{startup[key + '_cpu_s']:8.2f} s")
        wall = startup["import_s"] + startup["pipeline_s"] + startup["first_document_s"]
        cpu = startup["import_cpu_s"] + startup["pipeline_cpu_s"] + startup["first_document_cpu_s"]
        print(f"  import + load + first   {wall:8.2f}{cpu:8.2f} s   peak RSS {startup['peak_rss_mb']:.0f} MB")
        print("  (the first document includes data the plugins load lazily on first use)")

        # Calibrate on the base size, then fit the sizes to the budget.
        base_count = first_files(files, int(args.base_mb * MB))
        calibration = in_child("run", str(folder), str(base_count), "", "1", "0")
        rate = calibration["bytes"] / max(calibration["seconds"], 1e-9)  # bytes per second, whole pipeline
        left = budget - (time.perf_counter() - began)
        scaling_cost = (4 + 16) * args.base_mb * MB / rate
        size_mb, base_mb = args.size_mb, args.base_mb
        if scaling_cost > 0.35 * left:
            base_mb = max(0.05, args.base_mb * 0.35 * left / scaling_cost)
            scaling_cost = (4 + 16) * base_mb * MB / rate
        runs_per_size = 2 + len(names) + (1 if args.workers > 1 else 0) + (1 if args.profile else 0)
        throughput_cost = runs_per_size * size_mb * MB / rate
        if throughput_cost > left - scaling_cost:
            size_mb = max(0.1, size_mb * (left - scaling_cost) / throughput_cost)
        if (size_mb, base_mb) != (args.size_mb, args.base_mb):
            note = (
                f"the whole pipeline runs at {rate / MB:.3f} MB/s here, so to fit the {args.max_minutes:g}-minute "
                f"budget the throughput runs use {size_mb:.2f} MB (asked: {args.size_mb:g}) and the scaling runs a "
                f"base of {base_mb:.2f} MB (asked: {args.base_mb:g}); --max-minutes 0 lifts the budget"
            )
            figures["notes"].append(note)
            print(f"\nnote: {note}")
        figures["sizes"] = {"throughput_mb": size_mb, "base_mb": base_mb}

        # Throughput: whole pipeline, then each extractor alone.
        count = first_files(files, int(size_mb * MB))
        print()
        print(
            f"throughput on {sum(s for _, s in files[:count]) / MB:.2f} MB ({count:,} documents), "
            "per CPU-second (one core):"
        )
        print(RATE_HEADER)
        whole = in_child("run", str(folder), str(count), "", "1", "1")
        figures["whole"] = whole
        print(rate_row("whole pipeline", whole))
        core = in_child("run", str(folder), str(count), CORE_ONLY, "1", "0")
        figures["core_only"] = core
        print(rate_row("no extractor (core only)", core))
        figures["alone"] = {}
        for name in names:
            run = in_child("run", str(folder), str(count), name, "1", "0")
            figures["alone"][name] = run
            needs = [n for n in run["ran"] if n != name]
            label = f"{name} alone" + (f" (+{len(needs)} needed)" if needs else "")
            print(rate_row(label, run))
        if args.workers > 1:
            parallel = in_child("run", str(folder), str(count), "", str(args.workers), "0")
            figures["workers"] = parallel
            print(rate_row(f"whole, {args.workers} workers", parallel))

        print()
        print("whole pipeline's time by extractor (the rest: reading, normalisation, chrome, checks):")
        spent = whole["extractor_seconds"]
        for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
            share = seconds / whole["cpu_seconds"] * 100
            extractor_rate = whole["bytes"] / MB / max(seconds, 1e-9)
            print(f"  {name:<16}{seconds:8.2f} CPU s {share:5.1f}%   {extractor_rate:8.2f} MB/s")
        rest = whole["cpu_seconds"] - sum(spent.values())
        print(f"  {'(rest)':<16}{rest:8.2f} CPU s {rest / whole['cpu_seconds'] * 100:5.1f}%")

        # Scaling.
        print()
        print(f"scaling of the whole pipeline (base {base_mb:.2f} MB):")
        print(f"{'size':<8}{'MB':>8}{'docs':>8}{'CPU s':>9}{'wall s':>9}{'MB/s':>8}{'RSS loaded':>12}{'peak RSS':>10}")
        figures["scaling"] = {}
        for factor in (1, 4, 16):
            scaled = first_files(files, int(factor * base_mb * MB))
            run = in_child("run", str(folder), str(scaled), "", "1", "0")
            figures["scaling"][f"{factor}x"] = run
            print(
                f"{factor:>2}x{'':<5}{run['bytes'] / MB:>8.2f}{run['documents']:>8,}{run['cpu_seconds']:>9.1f}"
                f"{run['seconds']:>9.1f}{run['bytes'] / MB / max(run['cpu_seconds'], 1e-9):>8.2f}"
                f"{run['rss_after_load_mb']:>10.0f} MB"
                f"{run['peak_rss_mb']:>7.0f} MB"
            )

        if args.profile:
            print()
            print(profile(folder, count))

    elapsed = time.perf_counter() - began
    figures["elapsed_s"] = elapsed
    print(f"\nbenchmark took {elapsed / 60:.1f} minutes")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


def profile(folder: Path, count: int) -> str:
    """Profile the whole pipeline over the corpus in a child process and return the profiler's report."""
    env = dict(os.environ, PYTHONPATH=f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}")
    done = subprocess.run(
        [sys.executable, __file__, "_child", "profile", str(folder), str(count)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    return done.stdout if done.returncode == 0 else f"profiling failed:\n{done.stderr}"


def child_profile(folder: str, count: int) -> str:
    """Run the whole pipeline under pyinstrument (or cProfile when it is not installed); return the report."""
    import bri_corpus

    files = sorted(Path(folder).glob("*.txt"))[:count]
    pipeline = bri_corpus.Pipeline(on_problem=lambda problem: None)
    pipeline.process(files[0])
    try:
        from pyinstrument import Profiler
    except ImportError:
        import cProfile
        import io
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        for path in files:
            pipeline.process(path)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
        return "cProfile (pyinstrument is not installed), by own time:\n" + out.getvalue()
    sampler = Profiler(interval=0.001)
    sampler.start()
    for path in files:
        pipeline.process(path)
    sampler.stop()
    text: str = sampler.output_text(unicode=False, color=False, show_all=False)
    return "pyinstrument:\n" + text


def child(arguments: Sequence[str]) -> None:
    mode, *rest = arguments
    if mode == "startup":
        result: Any = child_startup(rest[0])
    elif mode == "names":
        import bri_corpus
        from bri_corpus.plugins import extractors_of

        result = {"names": [e.name for e in extractors_of(bri_corpus.Pipeline().plugins)]}
    elif mode == "run":
        folder, count, only, workers, breakdown = rest
        result = child_run(folder, int(count), only, int(workers), breakdown == "1")
    elif mode == "profile":
        print(child_profile(rest[0], int(rest[1])))
        return
    else:
        raise SystemExit(f"unknown child mode {mode!r}")
    print(json.dumps(result))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_child":
        child(sys.argv[2:])
    else:
        sys.exit(main())
