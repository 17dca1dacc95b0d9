"""Run every built-in plugin's example corpus (``corpus*.jsonl`` in its folder), one test id per case."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import pytest

from bri_corpus.plugins import Extractor, builtin_plugin_modules
from bri_corpus.testing import Case, check_case, load_corpus, make_pipeline


def _plugin_corpora() -> list[tuple[str, tuple[str, ...], Case]]:
    params = []
    for module_name in builtin_plugin_modules():
        module = importlib.import_module(module_name)
        names: list[str] = []

        def register(extractor: Extractor, _names: list[str] = names) -> None:
            _names.append(extractor.name)

        arguments = {"register": register, "gazetteer_paths": lambda kind: ()}
        accepted = inspect.signature(module.bri_register_extractors).parameters
        module.bri_register_extractors(**{name: arguments[name] for name in accepted})
        folder = Path(module.__file__).parent
        for corpus in sorted(folder.glob("corpus*.jsonl")):
            plugin = module_name.rsplit(".", 1)[-1]
            params.extend((plugin, tuple(names), case) for case in load_corpus(corpus))
    return params


CASES = _plugin_corpora()
_PIPELINES: dict[tuple[str, ...], object] = {}


@pytest.mark.parametrize(("plugin", "extractors", "case"), CASES, ids=[f"{p}/{c.id}" for p, _, c in CASES])
def test_corpus_case(plugin: str, extractors: tuple[str, ...], case: Case) -> None:
    """Each example finds exactly the expected facts, with exact spans and values."""
    pipeline = _PIPELINES.get(extractors)
    if pipeline is None:
        pipeline = _PIPELINES[extractors] = make_pipeline(extractors)
    errors = check_case(case, pipeline)  # type: ignore[arg-type]
    assert errors == [], "\n".join(errors)
