"""The pipeline: ordering by needs, selection, failure isolation, provenance checks, workers."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import bri_corpus.pipeline as pipeline_module
from bri_corpus import Document, ExtractorError, Pipeline, PipelineSettings, Problem, SelectionError, extract_many
from bri_corpus.pipeline import DocumentResult, iter_results
from plugin_helpers import LyingPlugin, RaisingPlugin, TallyPlugin, WordPlugin, manager_with

DOC = Document.from_text("Astana and Hefei signed. Then Jinan.", id="d")


def test_needs_order_does_not_depend_on_registration_order() -> None:
    """The tally extractor sees the words whichever plugin was registered first."""
    forward = Pipeline(plugin_manager=manager_with(WordPlugin(), TallyPlugin())).run(DOC).facts
    backward = Pipeline(plugin_manager=manager_with(TallyPlugin(), WordPlugin())).run(DOC).facts
    assert forward == backward
    tally = [f for f in forward if f.kind == "tally"]
    assert [f.value for f in tally] == [4]


def test_facts_are_sorted_and_stamped() -> None:
    facts = Pipeline(plugin_manager=manager_with(WordPlugin())).run(DOC).facts
    assert [f.text for f in facts] == ["Astana", "Hefei", "Then", "Jinan"]
    assert {f.extractor for f in facts} == {"words"}
    assert all(DOC.raw[f.start : f.end] == f.text for f in facts)


def test_only_runs_needs_but_emits_only_the_selection() -> None:
    pipeline = Pipeline(PipelineSettings(only="tally"), plugin_manager=manager_with(WordPlugin(), TallyPlugin()))
    facts = pipeline.run(DOC).facts
    assert [f.kind for f in facts] == ["tally"]
    assert facts[0].value == 4


def test_exclude() -> None:
    pipeline = Pipeline(PipelineSettings(exclude=["tally"]), plugin_manager=manager_with(WordPlugin(), TallyPlugin()))
    assert {f.kind for f in pipeline.run(DOC).facts} == {"word"}


def test_unknown_name_lists_the_available_ones() -> None:
    with pytest.raises(SelectionError, match=r"unknown extractor\(s\) nope; available extractors: tally, words"):
        Pipeline(PipelineSettings(only="nope"), plugin_manager=manager_with(WordPlugin(), TallyPlugin()))


def test_a_raising_extractor_is_reported_and_the_others_run() -> None:
    problems: list[Problem] = []
    pipeline = Pipeline(plugin_manager=manager_with(RaisingPlugin(), WordPlugin()), on_problem=problems.append)
    result = pipeline.run(DOC)
    assert [f.text for f in result.facts] == ["Astana", "Hefei", "Then", "Jinan"]
    assert [p.message for p in problems] == ["extractor 'explode' failed on document 'd': RuntimeError: boom"]


def test_strict_raises_on_extractor_failure() -> None:
    pipeline = Pipeline(PipelineSettings(strict=True), plugin_manager=manager_with(RaisingPlugin()))
    with pytest.raises(ExtractorError, match="'explode' failed on document 'd'"):
        pipeline.run(DOC)


def test_facts_breaking_provenance_are_dropped_and_reported() -> None:
    problems: list[Problem] = []
    result = Pipeline(plugin_manager=manager_with(LyingPlugin()), on_problem=problems.append).run(DOC)
    assert result.facts == ()
    assert "do not give its text 'nope'; dropped" in problems[0].message


def test_facts_in_chrome_are_dropped() -> None:
    doc = Document.from_text("Astana signed.\nCopyright 2020 Hefei Media\n", id="c")
    facts = Pipeline(plugin_manager=manager_with(WordPlugin())).run(doc).facts
    assert [f.text for f in facts] == ["Astana"]


def test_register_hook_failure_is_isolated() -> None:
    from bri_corpus import hookimpl

    class BrokenRegistration:
        @hookimpl
        def bri_register_extractors(self, register):
            raise ValueError("bad data file")

    problems: list[Problem] = []
    pipeline = Pipeline(plugin_manager=manager_with(BrokenRegistration(), WordPlugin()), on_problem=problems.append)
    assert [e.name for e in pipeline.extractors] == ["words"]
    assert "failed to register its extractors: ValueError: bad data file; skipped" in problems[0].message


def test_duplicate_extractor_names_are_reported() -> None:
    problems: list[Problem] = []
    pipeline = Pipeline(plugin_manager=manager_with(WordPlugin(), WordPlugin()), on_problem=problems.append)
    assert [e.name for e in pipeline.extractors] == ["words"]
    assert "already registered" in problems[0].message


def _write_corpus(folder: Path, count: int) -> list[Path]:
    paths = []
    for i in range(count):
        path = folder / f"doc{i:03d}.txt"
        path.write_text(f"Report {i}: Astana met Hefei in Jinan.", encoding="utf-8")
        paths.append(path)
    return paths


def test_extract_many_streams_in_input_order_with_bad_files(tmp_path: Path) -> None:
    """A bad file is reported and skipped; the others still come, in order."""
    _write_corpus(tmp_path, 3)
    (tmp_path / "doc001b.txt").write_bytes(b"\xff\xfe bad")
    problems: list[Problem] = []
    results = list(extract_many([tmp_path, tmp_path / "missing.txt"], on_problem=problems.append))
    assert [doc.id for doc, _ in results] == ["doc000", "doc001", "doc002"]
    assert [p.message.split(": ", 1)[1] for p in problems] == [
        "not UTF-8 at byte 0 (use --encoding-errors replace to read it anyway)",
        "no such file or folder",
    ]


def test_workers_give_the_same_output_in_the_same_order(tmp_path: Path) -> None:
    paths = _write_corpus(tmp_path, 12)
    settings = PipelineSettings(load_entrypoints=False)
    one = [(d.id, facts) for d, facts in iter_results(paths, settings, workers=1)]
    two = [(d.id, facts) for d, facts in iter_results(paths, settings, workers=2)]
    assert one == two
    assert [doc_id for doc_id, _ in two] == [p.stem for p in paths]


def _dies_on_crash_files(source: Document | Path) -> DocumentResult:
    """Stand-in for the worker's task: the process dies outright (no exception) on files named *crash*."""
    if isinstance(source, Path) and "crash" in source.name:
        os._exit(3)
    return _PROCESS_IN_WORKER(source)


_PROCESS_IN_WORKER = pipeline_module._process_in_worker


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the stand-in reaches workers by fork")
def test_a_worker_that_dies_costs_one_document_not_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A document that kills its worker process is reported and skipped; every other document still comes, in order.

    One culprit comes early, while sources are still being submitted to the pool that it breaks.
    """
    paths = _write_corpus(tmp_path, 14)
    crashes = [tmp_path / "doc000crash.txt", tmp_path / "doc008crash.txt"]
    for crash in crashes:
        crash.write_text("Astana met Hefei.", encoding="utf-8")
    paths.insert(1, crashes[0])
    paths.insert(10, crashes[1])
    monkeypatch.setattr(pipeline_module, "_process_in_worker", _dies_on_crash_files)
    settings = PipelineSettings(load_entrypoints=False)
    problems: list[Problem] = []

    def slowly(sources: list[Path]) -> Iterator[Path]:
        for source in sources:
            yield source
            if source == crashes[0]:
                time.sleep(1.0)  # the pool breaks while the next sources are still to be submitted

    two = [(d.id, facts) for d, facts in iter_results(slowly(paths), settings, workers=2, on_problem=problems.append)]
    survivors = [p for p in paths if p not in crashes]
    assert two == [(d.id, facts) for d, facts in iter_results(survivors, settings, workers=1)]
    assert [(p.stage, p.path) for p in problems] == [("document", str(crash)) for crash in crashes]
    assert all("worker process processing it died" in p.message for p in problems)


def test_settings_pickle() -> None:
    import pickle

    settings = PipelineSettings(only="date,money", strict=True)
    assert pickle.loads(pickle.dumps(settings)) == settings
    assert settings.only == ("date", "money")


def test_strict_stops_at_unreadable_file(tmp_path: Path) -> None:
    from bri_corpus import DocumentError

    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    with pytest.raises(DocumentError, match="is empty"):
        list(extract_many([bad], strict=True))
