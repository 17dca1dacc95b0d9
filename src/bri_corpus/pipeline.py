"""Run the selected extractors over documents, in dependency order, isolating failures.

The pipeline is built from settings that pickle (:class:`PipelineSettings`),
so that each worker process, or a task of a distributed engine, builds its own
plugin manager from the same settings and produces the same output.
"""

from __future__ import annotations

import concurrent.futures
import functools
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import attrs
import pluggy

from .document import ENCODING_ERRORS, Document
from .errors import ExtractorError, SelectionError
from .facts import Fact, running_extractor
from .normalize import normalize
from .plugins import Extractor, PluginInfo, collect_extractors, extractors_of, make_plugin_manager
from .problems import Problem, ProblemHandler, log_problem
from .sources import Source, expand_sources, read_source

__all__ = ["DocumentResult", "Pipeline", "PipelineSettings", "extract", "extract_many", "iter_results"]


def _names(value: Iterable[str] | str | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.split(",")
    return tuple(name.strip() for name in value if name.strip())


@attrs.frozen(kw_only=True)
class PipelineSettings:
    """What a pipeline runs and how; plain data that pickles.

    Attributes:
        only: extractor names to emit facts from (all when empty).
        exclude: extractor names not to emit facts from.
        strict: raise on the first extractor failure or unreadable document instead of reporting it.
        load_entrypoints: ``False`` to load no third-party plugin; ``None`` follows ``BRI_CORPUS_LOAD_PLUGINS``.
        encoding_errors: ``"strict"`` or ``"replace"`` for files that are not valid UTF-8.
    """

    only: tuple[str, ...] = attrs.field(default=(), converter=_names)
    exclude: tuple[str, ...] = attrs.field(default=(), converter=_names)
    strict: bool = False
    load_entrypoints: bool | None = None
    encoding_errors: str = attrs.field(default="strict", validator=attrs.validators.in_(ENCODING_ERRORS))


@attrs.frozen(kw_only=True)
class DocumentResult:
    """The outcome for one source: its document (if it could be read), its facts and its problems."""

    document: Document | None
    facts: tuple[Fact, ...] = ()
    problems: tuple[Problem, ...] = ()


def _order(extractors: Sequence[Extractor]) -> tuple[Extractor, ...]:
    """Sort extractors so that each runs after those emitting the kinds it needs (ties by name).

    Raises:
        SelectionError: when the needs form a cycle.
    """
    producers: dict[str, list[str]] = {}
    for extractor in extractors:
        for kind in extractor.kinds:
            producers.setdefault(kind, []).append(extractor.name)
    by_name = {e.name: e for e in extractors}
    before = {e.name: {p for kind in e.needs for p in producers.get(kind, ()) if p != e.name} for e in extractors}
    ordered: list[Extractor] = []
    done: set[str] = set()
    while len(ordered) < len(extractors):
        ready = sorted(name for name in by_name if name not in done and before[name] <= done)
        if not ready:
            stuck = sorted(set(by_name) - done)
            raise SelectionError(f"extractors {stuck} need each other's kinds in a cycle; none can run first")
        done.add(ready[0])
        ordered.append(by_name[ready[0]])
    return tuple(ordered)


class Pipeline:
    """The selected extractors, ready to run over documents.

    Args:
        settings: what to run (see :class:`PipelineSettings`).
        plugin_manager: a manager to take extractors from; by default one is built
            from the built-in plugins and the installed third-party ones.
        on_problem: receives each :class:`Problem` (plugin load failures, extractor failures).

    Raises:
        SelectionError: when ``only`` or ``exclude`` names an unknown extractor, or needs form a cycle.
    """

    def __init__(
        self,
        settings: PipelineSettings | None = None,
        *,
        plugin_manager: pluggy.PluginManager | None = None,
        on_problem: ProblemHandler = log_problem,
    ) -> None:
        self.settings = settings or PipelineSettings()
        self._on_problem = on_problem
        manager = plugin_manager or make_plugin_manager(
            load_entrypoints=self.settings.load_entrypoints, on_problem=on_problem
        )
        self.plugins: tuple[PluginInfo, ...] = collect_extractors(manager, on_problem)
        available = extractors_of(self.plugins)
        self.emitting: frozenset[str] = self._select(available)
        self.extractors: tuple[Extractor, ...] = _order(self._with_needs(available))

    def _select(self, available: Sequence[Extractor]) -> frozenset[str]:
        names = {e.name for e in available}
        for option, asked in (("only", self.settings.only), ("exclude", self.settings.exclude)):
            unknown = sorted(set(asked) - names)
            if unknown:
                raise SelectionError(
                    f"--{option} names unknown extractor(s) {', '.join(unknown)}; "
                    f"available extractors: {', '.join(sorted(names)) or 'none'}"
                )
        chosen = set(self.settings.only) if self.settings.only else names
        return frozenset(chosen - set(self.settings.exclude))

    def _with_needs(self, available: Sequence[Extractor]) -> list[Extractor]:
        """Return the emitting extractors plus every extractor they need, directly or not."""
        producers: dict[str, list[Extractor]] = {}
        for extractor in available:
            for kind in extractor.kinds:
                producers.setdefault(kind, []).append(extractor)
        wanted = {e.name: e for e in available if e.name in self.emitting}
        queue = deque(wanted.values())
        while queue:
            for kind in queue.popleft().needs:
                for producer in producers.get(kind, ()):
                    if producer.name not in wanted:
                        wanted[producer.name] = producer
                        queue.append(producer)
        return list(wanted.values())

    def run(self, document: Document) -> DocumentResult:
        """Run the extractors over one document and return its facts, sorted by start then kind.

        An extractor that raises is reported (or, with ``strict``, raises
        :class:`ExtractorError`) and the others still run.  Facts whose offsets
        do not give back their text, or of a kind the extractor did not
        declare, are dropped and reported; facts in page chrome are dropped.
        """
        text = normalize(document.raw)
        found: list[Fact] = []
        problems: list[Problem] = []
        for extractor in self.extractors:
            inputs = tuple(f for f in found if f.kind in extractor.needs)
            try:
                with running_extractor(extractor.name):
                    facts = extractor.run(document=document, text=text, facts=inputs)
            except Exception as error:  # noqa: BLE001 - one failing extractor must not sink the run
                if self.settings.strict:
                    raise ExtractorError(extractor.name, document.id, error) from error
                problems.append(
                    Problem(
                        stage="extractor",
                        message=f"extractor {extractor.name!r} failed on document {document.id!r}: "
                        f"{type(error).__name__}: {error}",
                        document_id=document.id,
                        extractor=extractor.name,
                    )
                )
                continue
            found.extend(self._checked(extractor, document, facts, problems))
        emitted = tuple(sorted((f for f in found if f.extractor in self.emitting), key=Fact.sort_key))
        for problem in problems:
            self._on_problem(problem)
        return DocumentResult(document=document, facts=emitted, problems=tuple(problems))

    def _checked(
        self, extractor: Extractor, document: Document, facts: Iterable[Fact], problems: list[Problem]
    ) -> Iterator[Fact]:
        """Yield the extractor's facts that keep the contract, stamped with its name."""
        raw = document.raw
        for fact in facts:
            reason = None
            if not isinstance(fact, Fact):
                reason = f"returned a {type(fact).__name__}, not a Fact"
            elif fact.kind not in extractor.kinds:
                reason = f"returned a {fact.kind!r} fact but declares only {list(extractor.kinds)}"
            elif fact.end > len(raw) or raw[fact.start : fact.end] != fact.text:
                reason = f"returned a fact whose offsets [{fact.start}, {fact.end}) do not give its text {fact.text!r}"
            if reason is not None:
                problems.append(
                    Problem(
                        stage="extractor",
                        message=f"extractor {extractor.name!r} on document {document.id!r}: {reason}; dropped",
                        document_id=document.id,
                        extractor=extractor.name,
                    )
                )
                continue
            if document.chrome and document.in_chrome(fact.start, fact.end):
                continue
            if fact.doc == document.id and fact.extractor == extractor.name:
                yield fact
            else:  # the constructor, not attrs.evolve: this runs once per fact and evolve is slower
                yield Fact(
                    doc=document.id,
                    kind=fact.kind,
                    start=fact.start,
                    end=fact.end,
                    text=fact.text,
                    value=fact.value,
                    extractor=extractor.name,
                    confidence=fact.confidence,
                )

    def process(self, source: Document | Path) -> DocumentResult:
        """Read ``source`` if it is a path, then run the extractors; an unreadable file becomes a problem."""
        document = read_source(source, self.settings.encoding_errors)
        if isinstance(document, Problem):
            if self.settings.strict:
                raise document.as_error()
            self._on_problem(document)
            return DocumentResult(document=None, problems=(document,))
        return self.run(document)


# ------------------------------------------------------------------ the default pipelines


@functools.lru_cache(maxsize=8)
def _default_pipeline(settings: PipelineSettings) -> Pipeline:
    """Return the pipeline for ``settings``, built once per process (the only global state)."""
    return Pipeline(settings)


def extract(
    document: Document,
    *,
    only: Iterable[str] | str | None = None,
    exclude: Iterable[str] | str | None = None,
    strict: bool = False,
) -> tuple[Fact, ...]:
    """Return the facts of every registered extractor (or of those selected) in one document.

    Extractor failures are logged on the ``bri_corpus`` logger unless ``strict`` is set.
    """
    settings = PipelineSettings(only=_names(only), exclude=_names(exclude), strict=strict)
    return _default_pipeline(settings).run(document).facts


# ------------------------------------------------------------------ streaming and workers

_worker_pipeline: Pipeline | None = None


def _init_worker(settings: PipelineSettings) -> None:
    """Build this worker process's own pipeline (its own plugin manager)."""
    global _worker_pipeline
    _worker_pipeline = Pipeline(settings, on_problem=lambda problem: None)


def _process_in_worker(source: Document | Path) -> DocumentResult:
    assert _worker_pipeline is not None, "worker was not initialised"
    return _worker_pipeline.process(source)


def _results(
    sources: Iterable[Source], settings: PipelineSettings, workers: int, on_problem: ProblemHandler
) -> Iterator[DocumentResult]:
    """Yield one result per source, in input order; problems go to ``on_problem`` as they come."""
    pending = expand_sources(sources)
    if workers <= 1:
        pipeline = Pipeline(settings, on_problem=on_problem)
        for item in pending:
            if isinstance(item, Problem):
                on_problem(item)
                yield DocumentResult(document=None, problems=(item,))
            else:
                yield pipeline.process(item)
        return
    # Plugin-load problems are reported once, by the parent, not by every worker.
    Pipeline(settings, on_problem=on_problem)
    with _WorkerPool(settings, workers) as pool:
        yield from pool.results(pending, on_problem)


def _died_problem(source: Document | Path) -> Problem:
    """The problem reported for a source whose worker process died (a crash in native code, a kill)."""
    if isinstance(source, Document):
        return Problem(
            stage="document",
            message=f"document {source.id!r}: the worker process processing it died; skipped",
            document_id=source.id,
        )
    return Problem(
        stage="document",
        message=f"{source}: the worker process processing it died; skipped",
        document_id=source.stem,
        path=str(source),
    )


def _finished_well(future: concurrent.futures.Future[DocumentResult]) -> bool:
    """Tell whether ``future`` already holds a result (not an error, not cancelled)."""
    return future.done() and not future.cancelled() and future.exception() is None


class _WorkerPool:
    """Worker processes that run the pipeline on sources, yielding results in input order.

    Exceptions inside extractors are caught in the workers; this class guards
    against the rest: a worker process that dies outright breaks the whole pool,
    so the pool is rebuilt, the source at the head of the queue is run alone to
    learn whether it killed the worker (then it is reported and skipped), and
    the others are resubmitted.  A document that kills workers costs one
    problem, not the run.
    """

    def __init__(self, settings: PipelineSettings, workers: int) -> None:
        self._settings = settings
        self._workers = workers
        self._pool = self._new_pool()

    def _new_pool(self) -> concurrent.futures.ProcessPoolExecutor:
        return concurrent.futures.ProcessPoolExecutor(
            max_workers=self._workers, initializer=_init_worker, initargs=(self._settings,)
        )

    def __enter__(self) -> _WorkerPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._pool.shutdown(cancel_futures=True)

    def _restart(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = self._new_pool()

    def _submit(self, source: Document | Path) -> concurrent.futures.Future[DocumentResult]:
        """Submit one source; a pool that broke meanwhile gives a future that fails as the others do."""
        try:
            return self._pool.submit(_process_in_worker, source)
        except concurrent.futures.process.BrokenProcessPool as error:
            failed: concurrent.futures.Future[DocumentResult] = concurrent.futures.Future()
            failed.set_exception(error)
            return failed

    def _run_alone(self, source: Document | Path) -> DocumentResult:
        """Run one source in the fresh pool; if its worker dies again, it is the culprit."""
        try:
            return self._submit(source).result()
        except concurrent.futures.process.BrokenProcessPool:
            self._restart()
            problem = _died_problem(source)
            return DocumentResult(document=None, problems=(problem,))

    def results(
        self, pending: Iterable[Document | Path | Problem], on_problem: ProblemHandler
    ) -> Iterator[DocumentResult]:
        """Yield one result per item of ``pending``, in order, passing problems to ``on_problem``."""
        window = self._workers * 4
        queue: deque[tuple[Document | Path | Problem, concurrent.futures.Future[DocumentResult] | None]] = deque()

        def drain_one() -> DocumentResult:
            item, future = queue.popleft()
            if isinstance(item, Problem):
                result = DocumentResult(document=None, problems=(item,))
            else:
                assert future is not None
                try:
                    result = future.result()
                except concurrent.futures.process.BrokenProcessPool:
                    self._restart()
                    result = self._run_alone(item)
                    for index, (waiting, earlier) in enumerate(queue):  # unfinished work died with the pool
                        if not isinstance(waiting, Problem) and earlier is not None and not _finished_well(earlier):
                            queue[index] = (waiting, self._submit(waiting))
            for problem in result.problems:
                on_problem(problem)
            return result

        for item in pending:
            future = None if isinstance(item, Problem) else self._submit(item)
            queue.append((item, future))
            while len(queue) > window:
                yield drain_one()
        while queue:
            yield drain_one()


def extract_many(
    sources: Iterable[Source],
    *,
    only: Iterable[str] | str | None = None,
    exclude: Iterable[str] | str | None = None,
    strict: bool = False,
    workers: int = 1,
    encoding_errors: str = "strict",
    load_entrypoints: bool | None = None,
    on_problem: ProblemHandler = log_problem,
) -> Iterator[tuple[Document, tuple[Fact, ...]]]:
    """Stream ``(document, facts)`` pairs for files, folders of ``.txt`` files or documents, lazily.

    Output order follows the input order whatever the number of ``workers``
    (processes, each with its own plugin manager).  Unreadable files and
    failing extractors are passed to ``on_problem`` (by default logged) and the
    run goes on; with ``strict`` the first one raises instead.
    """
    settings = PipelineSettings(
        only=_names(only),
        exclude=_names(exclude),
        strict=strict,
        encoding_errors=encoding_errors,
        load_entrypoints=load_entrypoints,
    )
    yield from iter_results(sources, settings, workers=workers, on_problem=on_problem)


def iter_results(
    sources: Iterable[Source],
    settings: PipelineSettings,
    *,
    workers: int = 1,
    on_problem: ProblemHandler = log_problem,
) -> Iterator[tuple[Document, tuple[Fact, ...]]]:
    """Like :func:`extract_many`, from ready-made settings; skips sources that could not be read."""
    if settings.strict:

        def on_problem_strict(problem: Problem) -> None:
            on_problem(problem)
            if problem.stage == "document":
                raise problem.as_error()

        handler: ProblemHandler = on_problem_strict
    else:
        handler = on_problem
    for result in _results(sources, settings, max(1, workers), handler):
        if result.document is not None:
            yield result.document, result.facts
