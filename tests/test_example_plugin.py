"""The example third-party plugin (examples/bri-corpus-example-plugin) works as a real installed package.

The fast tests load the example from its source folder and run its corpus.
The slow ones install the library and the example into a fresh venv and use
the ``bri-corpus`` command there, as a user would, including with a broken
plugin installed next to it.
"""

from __future__ import annotations

import functools
import importlib
import json
import re
import sys
import textwrap
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bri_corpus import Document, Fact, Pipeline, PipelineSettings, Place, make_plugin_manager, normalize
from bri_corpus.testing import check_case, load_corpus
from venvs import REPO, clean_env, make_venv, pip_install, run

EXAMPLE = REPO / "examples" / "bri-corpus-example-plugin"
EXAMPLE_VERSION = "0.1.0"

DOCUMENT = (
    "Ships to Europe now call at the Port of Piraeus.\n\n"
    "COSCO signed a deal on Gwadar Port in Islamabad on 3 May 2024, and freight trains reach\n"
    "the Khorgos Gateway dry port from Xi'an.\n"
)
EXPECTED_PORTS = [
    ("Port of Piraeus", {"name": "Port of Piraeus", "country": "GR"}),
    ("Gwadar Port", {"name": "Gwadar Port", "country": "PK"}),
    ("Khorgos Gateway dry port", {"name": "Khorgos Gateway", "country": "KZ"}),
]


# ------------------------------------------------------------------ fast: the example from its source folder


def _load_example() -> ModuleType:
    """Import the example plugin from its source folder (it need not be installed); once per process."""
    if "bri_corpus_example" not in sys.modules:
        sys.path.insert(0, str(EXAMPLE / "src"))
        try:
            importlib.import_module("bri_corpus_example")
        finally:
            sys.path.remove(str(EXAMPLE / "src"))
    return sys.modules["bri_corpus_example"]


@pytest.fixture
def example_module() -> ModuleType:
    """The example plugin's module, importable as ``bri_corpus_example`` from now on."""
    return _load_example()


def _pipeline_with(module: ModuleType) -> Pipeline:
    manager = make_plugin_manager(load_entrypoints=False)
    manager.register(module, name="example")
    return Pipeline(PipelineSettings(only=("port",)), plugin_manager=manager)


def test_example_corpus_passes(example_module: ModuleType) -> None:
    """Every case of the example's corpus.jsonl finds exactly its expected ports."""
    pipeline = _pipeline_with(example_module)
    cases = load_corpus(EXAMPLE / "src" / "bri_corpus_example" / "corpus.jsonl")
    assert len(cases) >= 40
    failures = {case.id: errors for case in cases if (errors := check_case(case, pipeline))}
    assert {} == failures


def test_example_finds_ports_with_raw_offsets(example_module: ModuleType) -> None:
    """The example's facts keep the provenance contract on a document with line breaks."""
    document = Document.from_text(DOCUMENT, id="doc")
    facts = _pipeline_with(example_module).run(document).facts
    assert EXPECTED_PORTS == [(f.text, f.to_json()["value"]) for f in facts]
    assert all(DOCUMENT[f.start : f.end] == f.text for f in facts)


_FRAGMENTS = st.sampled_from(
    [
        "Gwadar Port",
        "Port of Piraeus",
        "port of",
        "Port",
        "port",
        "Khorgos Gateway",
        "dry port",
        "Terminal",
        "Pakistan's",
        "Kenya\u2019s",
        "The",
        "Authority",
        "City",
        "export",
        "Dar es Salaam",
        "Xi\u2019an",
        "Port Of",
        "Sokhna",
        "Deep-Sea",
        "\u00a0",
        "  ",
        "\r\n",
        "\n\n",
        ".",
        ",",
        "-",
        "\u2014",
        '"',
        "\u201c",
        "'s",
        "\u200b",
    ]
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_FRAGMENTS, max_size=12).map(" ".join))
def test_example_never_breaks_the_contract(raw: str) -> None:
    """On any mix of port-like fragments the extractor raises nothing and every fact maps back to its raw text."""
    pipeline = _example_pipeline()
    document = Document.from_text(raw, id="h") if raw.strip() else Document(id="h", raw=raw)
    result = pipeline.run(document)
    assert () == result.problems
    assert all(raw[f.start : f.end] == f.text and f.text.strip() == f.text for f in result.facts)


@functools.cache
def _example_pipeline() -> Pipeline:
    """The example alone (no built-ins), built once for the property test."""
    manager = make_plugin_manager(load_entrypoints=False, builtins=False)
    manager.register(_load_example(), name="example")
    return Pipeline(PipelineSettings(only=("port",)), plugin_manager=manager)


def test_example_is_declared_as_an_entry_point() -> None:
    """The example's pyproject registers its module under the ``bri_corpus`` entry-point group."""
    project = tomllib.loads((EXAMPLE / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert {"example": "bri_corpus_example"} == project["entry-points"]["bri_corpus"]
    assert EXAMPLE_VERSION == project["version"]


# ------------------------------------------------------------------ the plugin docs show working code

DOCS = {name: REPO / "docs" / name for name in ("writing-plugins.md", "testing-plugins.md")}
_FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
# Snippets that need the plugin installed through its entry point (or a subprocess): compiled, not run, here.
_NEEDS_INSTALL = ("bri_corpus.extract(", "run_corpus(", "make_pipeline(", "subprocess", 'load_corpus("src/')


def _blocks(language: str, doc: str | None = None) -> list[str]:
    """Return the code blocks of ``language`` in the plugin docs (one of them when ``doc`` is given)."""
    paths = [DOCS[doc]] if doc else list(DOCS.values())
    return [
        code for path in paths for lang, code in _FENCE.findall(path.read_text(encoding="utf-8")) if lang == language
    ]


def _module_from(code: str, name: str) -> ModuleType:
    """Run ``code`` as the body of a new module (inside the example's package, for its relative imports)."""
    module = ModuleType(name)
    module.__package__ = "bri_corpus_example"
    exec(compile(code, f"<{name}>", "exec"), module.__dict__)  # noqa: S102 - our own docs
    return module


def test_docs_blocks_are_valid() -> None:
    """Every python block compiles, every toml block parses and every json line is a JSON object."""
    for code in _blocks("python"):
        compile(code, "<docs>", "exec")
    for code in _blocks("toml"):
        tomllib.loads(code)
    for code in _blocks("json"):
        assert all(isinstance(json.loads(line), dict) for line in code.splitlines())
    assert len(_blocks("python")) >= 8


def test_docs_ten_line_plugin_works_as_shown() -> None:
    """The tutorial's first module has ten lines, registers ``port``, and gives the output the tutorial prints."""
    [first, *_] = _blocks("python", "writing-plugins.md")
    assert 10 == len([line for line in first.splitlines() if line.strip()])
    [pyproject, *_] = _blocks("toml", "writing-plugins.md")
    assert 6 == len([line for line in pyproject.splitlines() if line.strip()])
    assert {"ports": "bri_corpus_ports"} == tomllib.loads(pyproject)["project"]["entry-points"]["bri_corpus"]

    manager = make_plugin_manager(load_entrypoints=False, builtins=False)
    manager.register(_module_from(first, "bri_corpus_ports"), name="ports")
    pipeline = Pipeline(PipelineSettings(only=("port",)), plugin_manager=manager)
    note = Document.from_text("Ships to Europe now call at the Port of Piraeus.\n", id="note")
    [fact] = pipeline.run(note).facts
    [shown] = [code for code in _blocks("console", "writing-plugins.md") if "extract --only port note.txt\n{" in code]
    assert fact.to_jsonl() == shown.splitlines()[-1]


def test_docs_show_the_example_files_as_they_are() -> None:
    """The tutorial quotes the example's pyproject.toml, __init__.py and value class verbatim."""
    package = EXAMPLE / "src" / "bri_corpus_example"
    assert (EXAMPLE / "pyproject.toml").read_text("utf-8") in _blocks("toml", "writing-plugins.md")
    assert (package / "__init__.py").read_text("utf-8") in _blocks("python", "writing-plugins.md")
    value_class = next(code for code in _blocks("python", "writing-plugins.md") if "class Port" in code)
    class_text = value_class[value_class.index("@attrs.frozen") :]
    assert class_text in (package / "ports.py").read_text("utf-8")
    test_text = next(code for code in _blocks("python", "testing-plugins.md") if "run_corpus(" in code)
    example_tests = (EXAMPLE / "tests" / "test_example.py").read_text("utf-8")
    assert test_text[test_text.index("def test_corpus") :] in example_tests


def test_docs_corpus_cases_pass(example_module: ModuleType, tmp_path: Path) -> None:
    """The corpus lines the docs show are valid cases that the example plugin passes."""
    lines = [line for code in _blocks("json") for line in code.splitlines() if '"expect"' in line]
    assert len(lines) >= 5
    corpus = tmp_path / "docs_corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pipeline = _pipeline_with(example_module)
    assert {} == {case.id: errors for case in load_corpus(corpus) if (errors := check_case(case, pipeline))}


def test_docs_snippets_run(example_module: ModuleType) -> None:
    """The snippets that need no installed plugin run, and the test functions they define pass."""
    ran = 0
    for index, code in enumerate(_blocks("python")):
        if any(marker in code for marker in _NEEDS_INSTALL):
            continue
        module = _module_from(code, f"docs_snippet_{index}")
        ran += 1
        for name, function in vars(module).items():
            if name.startswith("test_") and callable(function):
                function()
    assert ran >= 5


def test_docs_needs_snippet_reads_place_facts() -> None:
    """The tutorial's ``place_countries`` maps place facts to normalised offsets and their countries."""
    code = next(code for code in _blocks("python", "writing-plugins.md") if "def place_countries" in code)
    place_countries = _module_from(code, "docs_needs").place_countries
    raw = "Egypt\u2019s  Sokhna Port, in Egypt."
    document = Document.from_text(raw, id="t")
    text = normalize(raw)
    start = raw.rindex("Egypt")
    place = Fact(
        doc="t",
        kind="place",
        start=start,
        end=start + 5,
        text="Egypt",
        value=Place(name="Egypt", type="country", country="EG"),
    )
    [(norm_start, norm_end, country)] = place_countries(text, [place])
    assert ("Egypt", "EG") == (text.text[norm_start:norm_end], country)
    assert document.raw[place.start : place.end] == "Egypt"


# ------------------------------------------------------------------ slow: installed in a fresh venv


@pytest.fixture(scope="module")
def venv_bin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv with the library (editable, from this checkout) and the example plugin installed."""
    root = tmp_path_factory.mktemp("example-plugin")
    bin_dir = make_venv(root / "venv")
    pip_install(bin_dir, "--editable", REPO, cwd=root)
    pip_install(bin_dir, EXAMPLE, cwd=root)
    return bin_dir


@pytest.fixture(scope="module")
def broken_site(tmp_path_factory: pytest.TempPathFactory, venv_bin: Path) -> Path:
    """A folder holding an installed plugin whose module raises ImportError on import (put it on PYTHONPATH)."""
    root = tmp_path_factory.mktemp("broken-plugin")
    project = root / "bri-corpus-broken"
    (project / "src" / "bri_corpus_broken").mkdir(parents=True)
    (project / "src" / "bri_corpus_broken" / "__init__.py").write_text(
        'raise ImportError("this plugin is broken on purpose")\n', encoding="utf-8"
    )
    (project / "pyproject.toml").write_text(
        textwrap.dedent(
            """\
            [build-system]
            requires = ["hatchling"]
            build-backend = "hatchling.build"

            [project]
            name = "bri-corpus-broken"
            version = "0.0.1"

            [project.entry-points.bri_corpus]
            broken = "bri_corpus_broken"
            """
        ),
        encoding="utf-8",
    )
    site = root / "site"
    pip_install(venv_bin, "--target", site, project, cwd=root)
    return site


def _write_document(folder: Path) -> Path:
    path = folder / "ports-note.txt"
    path.write_text(DOCUMENT, encoding="utf-8")
    return path


def _facts(jsonl: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in jsonl.splitlines() if line.strip()]


def _ports(jsonl: str) -> list[tuple[object, object]]:
    return [(f["text"], f["value"]) for f in _facts(jsonl) if f["kind"] == "port"]


def _our_problems(stderr: str) -> list[str]:
    """Return the stderr lines about plugins or the ``port`` extractor.

    Built-in extractors are being developed in the same tree; a line about one
    of them failing is their tests' business, not these.
    """
    return [line for line in stderr.splitlines() if line.startswith("bri-corpus: plugin ") or "'port'" in line]


@pytest.mark.slow
def test_plugins_lists_the_installed_example(venv_bin: Path, tmp_path: Path) -> None:
    """``bri-corpus plugins`` lists the ``port`` extractor with its distribution's name and version."""
    result = run([venv_bin / "bri-corpus", "plugins", "--format", "json"], cwd=tmp_path)
    assert [] == _our_problems(result.stderr)
    plugins = {row["plugin"]: row for row in json.loads(result.stdout)}
    example = plugins["example"]
    assert EXAMPLE_VERSION == example["version"]
    assert "entry point (bri-corpus-example)" == example["source"]
    assert ["port"] == [e["name"] for e in example["extractors"]]
    assert {"kinds": ["port"], "needs": ["place"]} == {key: example["extractors"][0][key] for key in ("kinds", "needs")}

    table = run([venv_bin / "bri-corpus", "plugins"], cwd=tmp_path).stdout
    [row] = [line for line in table.splitlines() if line.startswith("port ")]
    assert EXAMPLE_VERSION in row and "bri-corpus-example" in row


@pytest.mark.slow
def test_extract_emits_the_example_facts(venv_bin: Path, tmp_path: Path) -> None:
    """``bri-corpus extract`` writes the example's port facts, as JSONL with raw offsets, next to the built-ins'."""
    document = _write_document(tmp_path)
    result = run([venv_bin / "bri-corpus", "extract", document], cwd=tmp_path, check=False)
    assert [] == _our_problems(result.stderr)
    facts = _facts(result.stdout)
    raw = document.read_bytes().decode("utf-8")
    assert facts
    assert all(raw[f["start"] : f["end"]] == f["text"] for f in facts)  # type: ignore[misc]
    assert EXPECTED_PORTS == _ports(result.stdout)
    assert {"port"} == {f["extractor"] for f in facts if f["kind"] == "port"}

    only = run([venv_bin / "bri-corpus", "extract", "--only", "port", document], cwd=tmp_path, check=False)
    assert EXPECTED_PORTS == [(f["text"], f["value"]) for f in _facts(only.stdout)]

    without = run([venv_bin / "bri-corpus", "extract", "--no-plugins", document], cwd=tmp_path, check=False)
    assert [] == _ports(without.stdout)


@pytest.mark.slow
def test_example_own_tests_pass_in_the_venv(venv_bin: Path, tmp_path: Path) -> None:
    """The example package's own tests (its corpus through bri_corpus.testing.run_corpus) pass once installed."""
    run([venv_bin / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", EXAMPLE / "tests"], cwd=tmp_path)


@pytest.mark.slow
def test_broken_plugin_is_reported_and_skipped(venv_bin: Path, broken_site: Path, tmp_path: Path) -> None:
    """A plugin that fails to import costs one stderr line naming it; the other plugins' facts are still written."""
    env = clean_env({"PYTHONPATH": str(broken_site)})
    document = _write_document(tmp_path)
    output = tmp_path / "facts.jsonl"

    result = run([venv_bin / "bri-corpus", "extract", document, "-o", output], cwd=tmp_path, env=env, check=False)
    assert 1 == result.returncode
    [line] = _our_problems(result.stderr)
    assert line.startswith("bri-corpus: plugin 'broken' (bri-corpus-broken 0.0.1) failed to load: ImportError")
    assert "broken on purpose" in line
    assert EXPECTED_PORTS == _ports(output.read_text("utf-8"))

    listing = run([venv_bin / "bri-corpus", "plugins"], cwd=tmp_path, env=env, check=False)
    assert 1 == listing.returncode
    assert [line] == _our_problems(listing.stderr)
    assert any(row.startswith("port ") for row in listing.stdout.splitlines())

    # The ways out that docs/writing-plugins.md gives: name the plugins to load, or load none.
    chosen_env = {**env, "BRI_CORPUS_LOAD_PLUGINS": "example"}
    chosen = run([venv_bin / "bri-corpus", "extract", document], cwd=tmp_path, env=chosen_env, check=False)
    assert [] == _our_problems(chosen.stderr)
    assert EXPECTED_PORTS == _ports(chosen.stdout)
    for way_out, arguments in (({**env, "BRI_CORPUS_LOAD_PLUGINS": ""}, []), (env, ["--no-plugins"])):
        quiet = run([venv_bin / "bri-corpus", "extract", *arguments, document], cwd=tmp_path, env=way_out, check=False)
        assert [] == _our_problems(quiet.stderr)
        assert [] == _ports(quiet.stdout)
