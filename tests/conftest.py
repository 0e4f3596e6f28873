"""Shared pytest fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = sorted((PROJECT / "seeds").glob("*.txt"))


@pytest.fixture
def seed_paths() -> list[Path]:
    return SEEDS
