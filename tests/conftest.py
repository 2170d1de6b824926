"""Shared fixtures: the acceptance case from ../shared and a CLI runner."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SOURCETRACE_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "cases" / "no" / "storm-blocking-units.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip(f"acceptance case not found at {SEED}")
    return SEED


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold(seed_path: Path) -> dict:
    return json.loads(seed_path.with_name("storm-blocking-units.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_reading(seed_text: str):
    from sourcetrace.analysis import analyze
    from sourcetrace.ingest import SourceDoc

    return analyze(SourceDoc(text=seed_text, origin="seed"), lang="nb")
