"""The library builds as a wheel and an sdist that install and work away from the checkout.

One module-scoped build (``python -m build --no-isolation``: the sdist, then
the wheel from the unpacked sdist, so a file missing from the sdist breaks
the wheel too) feeds every test here.
"""

from __future__ import annotations

import json
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

from venvs import REPO, make_venv, pip_install, run

PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
VERSION = PROJECT["version"]
SEEDS = sorted(path.name for path in (REPO / "seeds").glob("*.txt"))
PACKAGE = REPO / "src" / "bri_corpus"


def _package_files() -> list[str]:
    """Return every file of the source package as a wheel path (bri_corpus/...), caches left out."""
    return sorted(
        "bri_corpus/" + path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    )


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Build the sdist and the wheel once; return them by kind."""
    out = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "build", "--no-isolation", "--outdir", out, REPO], cwd=REPO)
    [wheel] = out.glob("*.whl")
    [sdist] = out.glob("*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


@pytest.mark.slow
def test_distributions_pass_twine_check(dist: dict[str, Path], tmp_path: Path) -> None:
    """Both files carry metadata (name, version, README as Markdown) that PyPI would accept."""
    assert f"bri_corpus-{VERSION}-py3-none-any.whl" == dist["wheel"].name
    assert f"bri_corpus-{VERSION}.tar.gz" == dist["sdist"].name
    result = run([sys.executable, "-m", "twine", "check", "--strict", dist["wheel"], dist["sdist"]], cwd=tmp_path)
    assert 2 == result.stdout.count("PASSED"), result.stdout


@pytest.mark.slow
def test_wheel_contents(dist: dict[str, Path]) -> None:
    """The wheel holds the whole package (py.typed, every plugin's data and corpus files) and the five seeds."""
    names = set(zipfile.ZipFile(dist["wheel"]).namelist())
    assert "bri_corpus/py.typed" in names
    assert [f"bri_corpus/seeds/{name}" for name in SEEDS] == sorted(
        n for n in names if n.startswith("bri_corpus/seeds/")
    )
    assert 5 == len(SEEDS)
    missing = [name for name in _package_files() if name not in names]
    assert [] == missing
    corpora = [n for n in names if n.startswith("bri_corpus/extractors/") and n.rsplit("/", 1)[-1].startswith("corpus")]
    data = [n for n in names if n.startswith("bri_corpus/extractors/") and "/data/" in n]
    assert sorted(n for n in _package_files() if n in corpora or n in data) == sorted(corpora + data)
    assert not [n for n in names if n.startswith(("tests/", "examples/", "seeds/", ".venv/"))]
    entry_points = zipfile.ZipFile(dist["wheel"]).read(f"bri_corpus-{VERSION}.dist-info/entry_points.txt").decode()
    assert "bri-corpus = bri_corpus.cli:main" in entry_points


@pytest.mark.slow
def test_sdist_contents(dist: dict[str, Path]) -> None:
    """The sdist holds the sources, the seeds, the tests, the docs and the example plugin, and no build litter."""
    root = f"bri_corpus-{VERSION}/"
    with tarfile.open(dist["sdist"]) as archive:
        names = {name.removeprefix(root) for name in archive.getnames()}
    assert {f"seeds/{name}" for name in SEEDS} <= names
    assert {"pyproject.toml", "README.md", "LICENSE", "tests/conftest.py", "src/bri_corpus/py.typed"} <= names
    assert {"tests/test_packaging.py", "tests/test_example_plugin.py"} <= names
    assert "examples/bri-corpus-example-plugin/pyproject.toml" in names
    assert {"src/" + name for name in _package_files()} <= names
    litter = [n for n in names if "__pycache__" in n or n.startswith((".venv", ".git/", "dist/")) or n.endswith(".pyc")]
    assert [] == litter


@pytest.mark.slow
def test_installed_wheel_extracts_the_seeds(dist: dict[str, Path], tmp_path: Path) -> None:
    """In a fresh venv, away from the checkout, the wheel's ``bri-corpus extract`` reads its bundled seeds.

    Every fact written keeps the provenance contract: the raw text at its offsets is its text.
    """
    bin_dir = make_venv(tmp_path / "venv")
    work = tmp_path / "elsewhere"
    work.mkdir()
    pip_install(bin_dir, dist["wheel"], cwd=work)

    where = run(
        [
            bin_dir / "python",
            "-c",
            "import json, bri_corpus; from bri_corpus.resources import seed_paths; "
            "print(json.dumps({'module': bri_corpus.__file__, 'version': bri_corpus.__version__, "
            "'seeds': [str(p) for p in seed_paths()], 'documents': [d.id for d in bri_corpus.seeds()]}))",
        ],
        cwd=work,
    )
    installed = json.loads(where.stdout)
    venv = (tmp_path / "venv").resolve()
    assert Path(installed["module"]).resolve().is_relative_to(venv), installed["module"]
    assert VERSION == installed["version"]
    seeds = [Path(path) for path in installed["seeds"]]
    assert SEEDS == [path.name for path in seeds]
    assert all(path.resolve().is_relative_to(venv) for path in seeds)
    assert [Path(name).stem for name in SEEDS] == installed["documents"]

    assert f"bri-corpus {VERSION}" == run([bin_dir / "bri-corpus", "--version"], cwd=work).stdout.strip()
    result = run([bin_dir / "bri-corpus", "extract", "--no-plugins", *seeds], cwd=work, check=False)
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    assert facts, result.stderr
    raws = {path.stem: path.read_bytes().decode("utf-8") for path in seeds}
    assert set(raws) == {fact["doc"] for fact in facts}
    wrong = [fact for fact in facts if raws[fact["doc"]][fact["start"] : fact["end"]] != fact["text"]]
    assert [] == wrong
    assert all(set(fact) >= {"doc", "kind", "start", "end", "text", "value", "extractor"} for fact in facts)

    listing = json.loads(
        run([bin_dir / "bri-corpus", "plugins", "--no-plugins", "--format", "json"], cwd=work, check=False).stdout
    )
    assert listing and all(row["source"] == "builtin" and row["version"] == VERSION for row in listing)
