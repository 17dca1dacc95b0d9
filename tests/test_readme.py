"""The README's promises: two fresh-machine commands first, and a Python example that runs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```$", README, flags=re.MULTILINE | re.DOTALL)


def test_first_block_is_the_two_commands() -> None:
    """The first code block holds exactly two commands: install and run on the seeds; install tests and run them."""
    first = re.search(r"^```(\w*)\n(.*?)^```$", README, flags=re.MULTILINE | re.DOTALL)
    assert first is not None and first.group(1) == "sh"
    commands = first.group(2).strip().splitlines()
    assert commands == ["pip install . && bri-corpus extract seeds/", "pip install '.[test]' && pytest"]


def test_python_example_runs() -> None:
    """The README's Python example runs from the repository root and checks provenance as it goes."""
    (example,) = _blocks("python")
    result = subprocess.run(
        [sys.executable, "-c", example], cwd=REPO, capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "money 'USD 1.2 billion'" in result.stdout
