"""Two stages of one toll with no word saying so, on the real pipeline, store and ``sourcetrace
claims``/``conflicts`` (invented texts in tests/fixtures/claims/tollstage): the governor's nine
dead on Friday night and the emergency service's fourteen the next morning are one claim at two
moments (``toll_stage``), linked with that evidence, and no conflict: one side revises its own
count."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import cli_conflicts as _conflicts
from conftest import cli_json
from conftest import ingest_claim_fixtures as _ingest

FRIDAY = dt.date(2025, 5, 16)


@pytest.fixture(scope="module")
def stage_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _ingest(
        tmp_path_factory.mktemp("tollstage") / "stage.db",
        "tollstage",
        [
            ("en-wire-pavlohrad.txt", "Example Wire", "en", FRIDAY),
            ("en-daily-pavlohrad.txt", "Example Daily", "en", FRIDAY + dt.timedelta(days=1)),
        ],
    )


def _clusters(db: str) -> list[dict]:
    return cli_json("claims", db)["clusters"]


def test_two_stages_of_one_toll_are_linked_as_one_claim(stage_db):
    """"killed nine people on Friday night" and "Fourteen people were killed … on Friday night":
    the counts clash, nothing says the count went on, and the link says why it holds."""
    clusters = _clusters(stage_db)
    for cluster in clusters:
        texts = {claim["id"]: claim["text"] for claim in cluster["claims"]}
        for link in cluster["links"]:
            pair = {texts.get(link["claim_a"], ""), texts.get(link["claim_b"], "")}
            if any("nine" in text for text in pair) and any("Fourteen" in text for text in pair):
                assert link["evidence"]["toll_stage"] == 1.0
                assert link["evidence"]["own_count_clash"] == 1.0
                assert link["evidence"]["counting_on"] == 0.0
                return
    pytest.fail(f"the nine and the fourteen dead are not linked: {clusters}")


def test_two_stages_of_one_toll_are_no_conflict(stage_db):
    assert not [c for c in _conflicts(stage_db) if {s["value"] for s in c["figures"]} == {9.0, 14.0}]
