"""Keep hooks, their docs and their tests in step (as datasette does)."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from bri_corpus import hookspecs

REPO = Path(__file__).resolve().parents[1]
HOOKS = sorted(name for name, obj in vars(hookspecs).items() if name.startswith("bri_") and callable(obj))


def test_there_are_hooks() -> None:
    assert HOOKS


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_is_documented_with_its_signature(hook: str) -> None:
    """docs/hooks/<hook>.md exists and its heading is the hook's exact signature."""
    page = REPO / "docs" / "hooks" / f"{hook}.md"
    assert page.exists(), f"{page} is missing"
    parameters = inspect.signature(getattr(hookspecs, hook)).parameters.values()
    signature = "(" + ", ".join(f"{p.name}: {p.annotation}" for p in parameters) + ")"
    assert f"# {hook}{signature}" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_has_a_test(hook: str) -> None:
    """Some test module defines test_hook_<hook>."""
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "tests").glob("test_*.py"))
    assert f"def test_hook_{hook}(" in sources


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_docstring_says_when_and_returns(hook: str) -> None:
    doc = inspect.getdoc(getattr(hookspecs, hook)) or ""
    assert "Called" in doc and ":returns:" in doc and "versionadded" in doc
