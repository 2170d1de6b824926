"""Conflicts that hold beyond the dev events, on the real pipeline, store and commands (invented
texts in tests/fixtures/claims/blast and .../stage): a vague quantity sets no ceiling, the two
sides of another war than Russia's dispute each other (and only each other), a denial disputes
what is linked to the claim it answers (not every claim its cluster reaches), and an outlet
recalling its own earlier report gives an earlier stage of the count."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import cli_conflicts as _conflicts
from conftest import ingest_claim_fixtures as _ingest
from sourcetrace.claims import ClaimStore
from sourcetrace.claims.conflicts import find_denials
from sourcetrace.claims.indicators import side_of
from sourcetrace.claims.parties import opposite_sides
from sourcetrace.store import open_store

FIXTURES = Path(__file__).parent / "fixtures" / "claims"

BLAST = [
    ("en-wire-blast.txt", "Example Wire", "en"),
    ("en-daily-estimate.txt", "Example Daily", "en"),
    ("nb-avis-blast.txt", "Eksempelavisen", "nb"),
]


@pytest.fixture(scope="module")
def blast_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    day = dt.date(2024, 10, 16)
    return _ingest(
        tmp_path_factory.mktemp("blast") / "blast.db",
        "blast",
        [(name, outlet, language, day) for name, outlet, language in BLAST],
    )


def test_a_vague_quantity_sets_no_ceiling_but_a_range_does(blast_db):
    """"Reporters saw dozens of bodies" and a headline's "hundrevis drept" do not dispute the
    ministry's 310 (the words give the lowest reading and no most); an intelligence estimate of
    60 to 90 does."""
    figures = [c for c in _conflicts(blast_db) if c["basis"] != "a denial of a linked claim" and c["figures"][0]["value"] is not None]
    bounds = [{side["bound"] for side in conflict["figures"]} for conflict in figures]
    assert not any("vague" in found for found in bounds), figures
    disputed = {frozenset((side["value"], side["bound"]) for side in conflict["figures"]) for conflict in figures}
    assert frozenset({(310.0, "exact"), (75.0, "range")}) in disputed


def test_the_two_sides_of_another_war_give_rival_accounts(blast_db):
    """Hamas's "an Israeli air strike" against the Israeli military's "a militant rocket" are
    rival accounts from opposite sides: the sides of the Gaza war are in ``[sides]`` and face
    each other in ``[wars]`` (claims/data/parties.toml)."""
    rivals = [c for c in _conflicts(blast_db) if c["basis"] == "rival accounts from opposite sides"]
    claimants = [{side["claimant"] for side in conflict["figures"]} for conflict in rivals]
    assert any("Hamas" in found and any("Israeli" in (who or "") for who in found) for found in claimants), rivals
    assert all("vague" not in {side["bound"] for side in conflict["figures"]} for conflict in rivals)


@pytest.mark.parametrize(
    ("first", "second", "opposed"),
    [
        ("russia", "ukraine", True),
        ("israel", "gaza", True),
        ("ukraine", "gaza", False),  # two sides, but of no one war
        ("russia", "russia", False),
        ("russia", None, False),
        ("my-corpus-side", "russia", True),  # a corpus's own side, in no war: opposed to others
    ],
)
def test_sides_are_opposed_only_within_one_war(first, second, opposed):
    assert opposite_sides(first, second) is opposed


def test_a_denial_disputes_what_is_linked_to_the_claim_it_answers(blast_db):
    """Islamic Jihad's denial answers the Israeli military's account: it disputes the accounts
    linked to that one, never the death tolls in the same chain of links."""
    store = open_store(blast_db)
    try:
        claims = ClaimStore(store)
        clusters = claims.clusters()
        everything = [claim for cluster in clusters for claim in cluster.claims]
        linked = {frozenset((link.claim_a, link.claim_b)) for cluster in clusters for link in cluster.links}
    finally:
        store.close()
    # one cluster of everything: what a long chain of links reaches in a larger store
    found = find_denials([("all", everything)], linked)
    assert found, "the denial disputes the Israeli account in the other documents"
    for conflict in found:
        other = next(side for side in conflict.figures if side.bound != "denied")
        assert other.value is None and side_of(other.claimant, other.language) == "israel", conflict
    # without the links the tolls are still not disputed: "denies any part in the blast"
    # denies who did it, not how many died (claims15: [responsibility] in claims.toml)
    loose = find_denials([("all", everything)])
    assert loose
    assert not any(side.value is not None for conflict in loose for side in conflict.figures)


def test_an_outlet_recalling_its_earlier_report_gives_an_earlier_stage(tmp_path):
    """"Som vi meldte i går ... 41 skadde", published the day after officials' "57 injured",
    recalls an earlier stage of the count, not a lower rival count (without the recall words in
    ``[progress]`` the later, lower figure read as a dispute)."""
    db = _ingest(
        tmp_path / "stage.db",
        "stage",
        [
            # the recall is published the day after the officials' count, and is lower
            ("nb-recall.txt", "Eksempelposten", "nb", dt.date(2024, 11, 21)),
            ("en-officials.txt", "Example Wire", "en", dt.date(2024, 11, 20)),
        ],
    )
    wounded = [c for c in _conflicts(db) if c["indicator"] == "wounded"]
    assert wounded == [], wounded
