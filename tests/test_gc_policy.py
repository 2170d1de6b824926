"""Building a reading pipeline makes the cyclic collector run less often, never more often."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from sourcetrace.pipeline import build_pipeline, gc_policy


@pytest.fixture
def thresholds() -> Iterator[None]:
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)


def test_building_a_pipeline_raises_the_first_threshold(thresholds: None) -> None:
    gc.set_threshold(700, 10, 10)
    build_pipeline.cache_clear()
    build_pipeline("nb", "blank")
    assert gc.get_threshold() == (gc_policy.READING_THRESHOLD, 10, 10)


def test_a_higher_threshold_set_by_the_program_stays(thresholds: None) -> None:
    gc.set_threshold(50_000, 20, 30)
    gc_policy.collect_less_often()
    assert gc.get_threshold() == (50_000, 20, 30)


def test_a_disabled_collector_stays_disabled(thresholds: None) -> None:
    gc.set_threshold(700, 10, 10)
    gc.disable()
    try:
        gc_policy.collect_less_often()
        assert not gc.isenabled()
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.enable()
