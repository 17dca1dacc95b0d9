"""Fresh virtual environments for the install tests (test_example_plugin.py, test_packaging.py).

A test venv is made with ``--system-site-packages`` and, through a ``.pth``
file, also sees the site-packages of the environment running the tests, so
the library's dependencies, hatchling and pip itself are there without the
network (and without the seconds ``ensurepip`` takes).  The venv's own
site-packages come first, so what a test installs into it (the library, a
plugin) is what gets imported.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from collections.abc import Mapping, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def clean_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """Return the environment for a subprocess: no plugin filter, no PYTHONPATH, no user site, plus ``extra``."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"BRI_CORPUS_LOAD_PLUGINS", "PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP"}
    }
    env["PYTHONNOUSERSITE"] = "1"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PIP_NO_INPUT"] = "1"
    env.update(extra or {})
    return env


def run(
    command: Sequence[str | Path],
    *,
    cwd: Path,
    env: Mapping[str, str] | None = None,
    check: bool = True,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """Run ``command`` and return its result; with ``check``, fail with its output when it exits non-zero."""
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=dict(env) if env is not None else clean_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"{' '.join(map(str, command))} exited with {result.returncode}\n"
            f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
        )
    return result


def make_venv(path: Path) -> Path:
    """Create a venv at ``path`` that also sees the test environment's packages; return its ``bin`` folder."""
    run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", path], cwd=path.parent)
    bin_dir = path / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    purelib = run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=path.parent
    ).stdout.strip()
    parent = sysconfig.get_paths()["purelib"]
    (Path(purelib) / "_bri_corpus_tests_parent_env.pth").write_text(parent + "\n", encoding="utf-8")
    return bin_dir


def pip_install(bin_dir: Path, *arguments: str | Path, cwd: Path) -> None:
    """Install into the venv without the network, without dependencies and without build isolation.

    ``--ignore-installed``: the parent environment, which the venv sees, may hold the library
    already (a plain, non-editable install in CI); the copy under test must still go into the venv.
    """
    run(
        [bin_dir / "python", "-m", "pip", "install", "--quiet", "--no-index", "--no-deps", "--no-build-isolation"]
        + ["--ignore-installed"]
        + [str(argument) for argument in arguments],
        cwd=cwd,
    )
