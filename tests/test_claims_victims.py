"""Who counts a toll when nothing names the claimant's side, on the real pipeline, store and
``sourcetrace conflicts`` (invented texts in tests/fixtures/claims/victims): the dead of an
attack are counted by the side it struck ("A Russian missile strike on … killed 14, acting
mayor Ivan Petrenko said" is Ukraine's count, disputed by Russia's "more than 50 servicemen"),
and a share of the wounded named as such ("40 av dem som ble skadet") is a part of the toll,
not a dispute of it."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import cli_conflicts as _conflicts
from conftest import ingest_claim_fixtures as _ingest

TUESDAY = dt.date(2025, 3, 11)
DOCUMENTS = [
    ("en-wire-horodok.txt", "Example Wire", "en", TUESDAY),
    ("en-paper-horodok.txt", "Example Daily", "en", TUESDAY + dt.timedelta(days=1)),
    ("nb-avis-horodok.txt", "Eksempelavisen", "nb", TUESDAY + dt.timedelta(days=1)),
]


@pytest.fixture(scope="module")
def victims_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _ingest(tmp_path_factory.mktemp("victims") / "victims.db", "victims", DOCUMENTS)


def _pairs(conflicts: list[dict]) -> set[frozenset[tuple[float | None, str | None, str]]]:
    return {frozenset((side["value"], side["claimant"], side["language"]) for side in c["figures"]) for c in conflicts}


@pytest.mark.parametrize("language", ["en", "nb"])
def test_a_mayors_toll_of_an_attack_is_the_struck_sides_count(victims_db, language):
    """The acting mayor has no side in any registry; the sentence names the attack as
    Russian, so his 14 dead are Ukraine's count, and Moscow's "more than 50 Ukrainian
    servicemen" disputes it although the units differ (people, servicemen) and the higher
    figure came a day later: opposite sides never revise each other's count."""
    pairs = _pairs(_conflicts(victims_db))
    assert frozenset({(14.0, "Ivan Petrenko", language), (50.0, "Russia's defence ministry", "en")}) in pairs, pairs


def test_the_struck_sides_count_is_explained(victims_db):
    """Both sides are kept and the record says why it is unresolved."""
    found = [c for c in _conflicts(victims_db) if {s["claimant"] for s in c["figures"]} == {"Ivan Petrenko", "Russia's defence ministry"}]
    assert found
    for conflict in found:
        assert {side["value"] for side in conflict["figures"]} == {14.0, 50.0}
        assert "unresolved" in conflict["why"]


def test_a_share_of_the_wounded_is_no_dispute_of_the_toll(victims_db):
    """"Om lag 40 av dem som ble skadet i Horodok, ble kjørt til sykehuset" counts a part of
    the 60 wounded (``part_words.share``), reported a day later by another claimant: without
    the share it read as a lower, later count of one toll."""
    values = [{side["value"] for side in c["figures"]} for c in _conflicts(victims_db)]
    assert {40.0, 60.0} not in values, values
