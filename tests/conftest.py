"""Shared fixtures and the hypothesis profiles ("default", and a longer "ci")."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile("ci", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _no_third_party_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep tests independent of whatever third-party plugins happen to be installed."""
    monkeypatch.setenv("BRI_CORPUS_LOAD_PLUGINS", "")


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def gold_path() -> Path:
    return DATA / "seeds_gold.jsonl"
