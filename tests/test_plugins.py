"""Plugin discovery: built-ins registered like third-party plugins, listing, misspelt hooks."""

from __future__ import annotations

from bri_corpus import Problem, hookimpl, make_plugin_manager, plugin_infos
from bri_corpus.plugins import builtin_plugin_modules, collect_extractors
from plugin_helpers import manager_with


def test_builtins_are_registered_through_the_same_hook() -> None:
    """Every built-in plugin module is registered on the manager and registers its extractors by hook."""
    manager = make_plugin_manager(load_entrypoints=False)
    names = {manager.get_name(plugin) for plugin in manager.get_plugins()}
    assert set(builtin_plugin_modules()) <= names
    infos = collect_extractors(manager)
    assert {info.name for info in infos} == set(builtin_plugin_modules())
    assert all(info.source == "builtin" and info.extractors for info in infos)


def test_plugin_infos_lists_kinds_and_versions() -> None:
    import bri_corpus

    for info in plugin_infos(load_entrypoints=False):
        assert info.version == bri_corpus.__version__
        for extractor in info.extractors:
            assert extractor.kinds


def test_misspelt_hook_is_reported() -> None:
    class Misspelt:
        @hookimpl
        def bri_register_extractor(self, register):  # missing the final "s"
            pass

    problems: list[Problem] = []
    manager = make_plugin_manager(load_entrypoints=False, builtins=False, on_problem=problems.append)
    manager.register(Misspelt(), name="misspelt")
    from bri_corpus.plugins import _report_unknown_hooks

    _report_unknown_hooks(manager, problems.append)
    assert len(problems) == 1
    assert "'bri_register_extractor', which is not a bri_corpus hook" in problems[0].message


def test_hook_bri_register_extractors() -> None:
    """The hook receives a register callback; registered extractors are listed under their plugin."""
    from plugin_helpers import TallyPlugin, WordPlugin

    infos = collect_extractors(manager_with(WordPlugin(), TallyPlugin()))
    assert sorted((e.name, e.kinds, e.needs) for info in infos for e in info.extractors) == [
        ("tally", ("tally",), ("word",)),
        ("words", ("word",), ()),
    ]


def test_hook_bri_gazetteer_paths(tmp_path) -> None:
    """A plugin's gazetteer file reaches the organisation extractor; a failing or wrong one is reported."""
    import json

    from bri_corpus import Document, Pipeline, PipelineSettings

    gazetteer = tmp_path / "orgs.json"
    gazetteer.write_text(
        json.dumps(
            {
                "format": "bri-corpus-organisations",
                "version": 1,
                "organisations": [
                    {"id": "zhongyuan-xyz", "name": "Zhongyuan Xyzzy Works", "acronyms": ["ZXW"], "type": "company"}
                ],
            }
        ),
        encoding="utf-8",
    )

    class Contributes:
        @hookimpl
        def bri_gazetteer_paths(self, kind):
            return [gazetteer] if kind == "organisation" else None

    class Fails:
        @hookimpl
        def bri_gazetteer_paths(self, kind):
            raise OSError("disk gone")

    class Missing:
        @hookimpl
        def bri_gazetteer_paths(self, kind):
            return tmp_path / "nope.json"

    doc = Document.from_text("ZXW signed the deal.", id="d")
    settings = PipelineSettings(only="organisation", load_entrypoints=False)
    # Without the plugin's file the acronym is found but not known: no canonical long name, no id.
    assert [f.to_json()["value"] for f in Pipeline(settings).run(doc).facts] == [{"name": "ZXW"}]

    problems: list[Problem] = []
    manager = make_plugin_manager(load_entrypoints=False, on_problem=problems.append)
    for plugin in (Contributes(), Fails(), Missing()):
        manager.register(plugin)
    facts = Pipeline(settings, plugin_manager=manager, on_problem=problems.append).run(doc).facts
    assert [(f.text, f.to_json()["value"]) for f in facts] == [
        ("ZXW", {"name": "ZXW", "id": "zhongyuan-xyz"})  # names stay as the document writes them; the id links
    ]
    messages = [p.message for p in problems]
    assert len(messages) == 2
    assert any("failed to give its organisation gazetteer files: OSError: disk gone; skipped" in m for m in messages)
    assert any("names organisation gazetteer files that do not exist" in m for m in messages)
