"""The output does not depend on Python's string hashing: the same documents give the same facts in every process.

Set iteration order changes with ``PYTHONHASHSEED``; a rule that takes the first of a set's members (an organisation
short form linked to the first long name found) gives different facts from run to run. Two processes with
different seeds must print the same JSONL.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _extract(folder: Path, seed: str) -> str:
    environment = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run(
        [sys.executable, "-m", "bri_corpus", "extract", str(folder), "--no-plugins"],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
    )
    return result.stdout


@pytest.mark.parametrize("folder", [ROOT / "seeds", ROOT / "tests" / "data" / "extra13"])
def test_output_is_the_same_under_any_hash_seed(folder: Path) -> None:
    first = _extract(folder, "1")
    assert first.strip(), f"no facts from {folder}"
    assert _extract(folder, "2") == first
