"""One strike, two sides' counts of its dead, on the real pipeline, store and CLI (invented
texts in tests/fixtures/claims/soldiers): the attacker's "more than 40 Ukrainian servicemen"
and the struck city's "27 people" are two claims (never one cluster) that dispute each other
(a conflict); a name the entity tagger takes for a place but that names the attack ("the
Palm Sunday attack") does not keep them apart; and "killed 27 people, including three
children, and wounded 90 others" is a toll of the killed, not of the wounded."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import cli_conflicts as _conflicts
from conftest import cli_json as _json
from conftest import ingest_claim_fixtures as _ingest

SUNDAY = dt.date(2025, 4, 20)
MONDAY = SUNDAY + dt.timedelta(days=1)
DOCUMENTS = [
    ("en-paper-korostyn.txt", "Example Daily", "en", SUNDAY),
    ("en-wire-korostyn.txt", "Example Wire", "en", MONDAY),
    ("en-site-korostyn.txt", "Example Site", "en", MONDAY),
    ("nb-avis-korostyn.txt", "Eksempelavisen", "nb", MONDAY),
]


@pytest.fixture(scope="module")
def soldiers_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _ingest(tmp_path_factory.mktemp("soldiers") / "soldiers.db", "soldiers", DOCUMENTS)


def _disputes(db: str) -> set[frozenset[tuple[float | None, str]]]:
    return {frozenset((side["value"], side["document"].rsplit("/", 1)[-1]) for side in c["figures"])
            for c in _conflicts(db)}


def test_soldiers_claimed_and_people_counted_are_never_one_cluster(soldiers_db):
    """Moscow's servicemen and the city's dead read alike (one strike, one verb, one place)
    but are two claims: no cluster holds both."""
    for cluster in _json("claims", soldiers_db)["clusters"]:
        texts = " | ".join(claim["text"] for claim in cluster["claims"])
        soldiers = any(word in texts for word in ("servicemen", "soldater"))
        people = any(word in texts for word in ("27 people", "27 mennesker"))
        assert not (soldiers and people), texts


@pytest.mark.parametrize("soldiers_in", ["en-wire-korostyn.txt", "nb-avis-korostyn.txt"])
def test_the_attackers_soldiers_dispute_the_toll_with_its_verb_before_it(soldiers_db, soldiers_in):
    """"the strike killed 27 people, including three children, and wounded 90 others": the
    word after the count ("wounded") tells what 90 counts; 27 stays a toll of the killed, so
    Moscow's more than 40 servicemen dispute it."""
    assert frozenset({(27.0, "en-site-korostyn.txt"), (40.0, soldiers_in)}) in _disputes(soldiers_db)


def test_an_attack_named_like_a_place_does_not_keep_the_counts_apart(soldiers_db):
    """"27 people … were killed in the Palm Sunday attack" is compared with Moscow's more
    than 40 servicemen in the Norwegian report: the attack's name is no place that clashes
    with Korostyn, and no conflict says it is about a place of that name."""
    assert frozenset({(27.0, "en-wire-korostyn.txt"), (40.0, "nb-avis-korostyn.txt")}) in _disputes(soldiers_db)
    places = {conflict["place"] for conflict in _conflicts(soldiers_db)}
    assert "Palm Sunday attack" not in places, places


def test_names_an_attack_reads_the_last_word():
    """The check itself, per language, from ``[attack]`` in claims.toml."""
    from sourcetrace.claims.indicators import names_an_attack

    assert names_an_attack("Palm Sunday attack", "en")
    assert names_an_attack("Påskeangrepet", "nb")
    assert not names_an_attack("Korostyn", "en")
    assert not names_an_attack("Black Sea", "en")


LYPOVE = [
    ("en-wire-lypove.txt", "Example Wire", "en", dt.date(2025, 5, 10)),
    ("en-paper-lypove.txt", "Example Daily", "en", dt.date(2025, 5, 11)),
    ("en-radio-lypove.txt", "Example Radio", "en", dt.date(2025, 5, 11)),
]


@pytest.fixture(scope="module")
def drones_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _ingest(tmp_path_factory.mktemp("drones12") / "drones12.db", "drones12", LYPOVE)


def _clusters(db: str) -> list[str]:
    return [" | ".join(claim["text"] for claim in cluster["claims"]) for cluster in _json("claims", db)["clusters"]]


def test_children_counted_after_a_drone_strike_are_no_drones(drones_db):
    """"killed 11 people …, four of them children" in a sentence about a drone strike: the
    count of four is of persons, not drones, so it is the governor's "Four of the dead were
    children" and the two are one cluster."""
    assert any("four of them children" in texts and "Four of the dead were children" in texts
               for texts in _clusters(drones_db)), _clusters(drones_db)


def test_dead_at_one_site_are_not_the_citys_toll(drones_db):
    """"Two people were killed at the school" is a part of the 11 the city counts: never one
    cluster with "Saturday's strikes killed 11 people"."""
    for texts in _clusters(drones_db):
        assert not ("killed at the school" in texts and "killed 11 people" in texts), texts
