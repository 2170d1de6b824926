"""What a claim counts and who disputes whom, on the real pipeline, store and commands
(invented texts in tests/fixtures/claims/{sides,toll,onechild}): claimants on opposite sides of
the war dispute a count whatever its order, one side's toll rising through a day is no dispute,
and a count of one between a toll and a part word keeps the toll whole."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ingest_claim_fixtures as _ingest
from sourcetrace.claims.indicators import counts_in, indicator_of_count, part_in_text
from sourcetrace.claims.link import claimant_side, decide
from sourcetrace.claims.records import Claim

FIXTURES = Path(__file__).parent / "fixtures" / "claims"


def _json(*args: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", "from sourcetrace.cli import main; main()", *args, "--format", "json"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _killed_values(conflicts: list[dict]) -> list[list[float]]:
    return [sorted(side["value"] for side in c["figures"]) for c in conflicts if c["indicator"] == "killed"]


def test_opposite_sides_dispute_a_count_even_when_the_later_figure_is_higher(tmp_path):
    """"18 civilians" (Ukrainian officials, Sunday) and "more than 50 soldiers" (Russia's
    defence ministry, Monday) would read as a rising toll by date alone; the claimants speak for
    opposite sides, so it is a dispute, with both sides kept."""
    db = _ingest(
        tmp_path / "sides.db",
        "sides",
        [
            ("en-wire-zolochiv.txt", "Example Wire", "en", dt.date(2025, 4, 13)),
            ("en-paper-zolochiv.txt", "Example Times", "en", dt.date(2025, 4, 14)),
        ],
    )
    conflicts = _json("conflicts", "--db", db)["conflicts"]
    assert [18.0, 50.0] in _killed_values(conflicts)
    (conflict,) = [c for c in conflicts if c["indicator"] == "killed"]
    assert {side["claimant"] for side in conflict["figures"]} >= {"Russia's defence ministry"}
    assert "do not overlap" in conflict["why"]


def test_one_sides_toll_rising_through_a_day_is_no_conflict(tmp_path):
    """The city's "at least nine" and the interior ministry's 16, both about the same night
    and published the same day, are one count going up: linked, not disputed."""
    db = _ingest(
        tmp_path / "toll.db",
        "toll",
        [
            ("en-wire-sumy-first.txt", "Example Wire", "en", dt.date(2025, 5, 7)),
            ("en-paper-sumy-later.txt", "Example Times", "en", dt.date(2025, 5, 7)),
        ],
    )
    clusters = _json("claims", "--db", db)["clusters"]
    toll = [c for c in clusters if any("16" in claim["text"] for claim in c["claims"])]
    assert toll and any("nine" in claim["text"] for claim in toll[0]["claims"]), "the two tolls are one claim"
    assert _killed_values(toll[0]["conflicts"]) == []
    assert _killed_values(_json("conflicts", "--db", db)["conflicts"]) == []


def test_a_count_of_one_child_leaves_the_toll_whole_and_it_links(tmp_path):
    """"Two adults killed, one child wounded" counts the two killed (the child has a count of
    its own), so it links to the Norwegian "To voksne ble drept"."""
    db = _ingest(
        tmp_path / "onechild.db",
        "onechild",
        [
            ("en-channel-bridge.txt", "Example Channel", "en", dt.date(2025, 6, 2)),
            ("nb-avis-bro.txt", "Eksempelavisen", "nb", dt.date(2025, 6, 2)),
        ],
    )
    clusters = _json("claims", "--db", db)["clusters"]
    joined = [
        {claim["language"] for claim in c["claims"]}
        for c in clusters
        if any("Two adults killed" in claim["text"] for claim in c["claims"])
    ]
    assert {"en", "nb"} in joined


@pytest.mark.parametrize(
    ("text", "language", "counts", "indicator"),
    [
        ("On March 2 a drone strike on an apartment block killed 12 people", "en", [12.0], "killed"),
        ("2. mars ble tolv mennesker drept da en drone traff en boligblokk", "nb", [12.0], "killed"),
        ("Their 14-year-old daughter was injured", "en", [], "wounded"),
        # the couple counts two (claims.toml pair_words); the age "på 14 år" is no count
        ("Et ektepar ble drept og datteren deres på 14 år skadet", "nb", [2.0], "killed"),
        ("Two missiles hit the city centre at about 10:15", "en", [2.0], "missiles"),
        ("Twenty-three people were killed", "en", [23.0], "killed"),
        ("1 200 mennesker ble drept, 14.11 i fjor", "nb", [1200.0], "killed"),
        ("1,200 people were killed", "en", [1200.0], "killed"),
        ("Russia's defence ministry said several aircraft had caught fire", "en", [], "aircraft"),
    ],
)
def test_counts_are_read_from_the_claims_own_words(text, language, counts, indicator):
    assert [count.value for count in counts_in(text, language)] == counts
    assert indicator_of_count(text, language) == indicator


@pytest.mark.parametrize(
    ("text", "language", "part"),
    [
        ("Two adults killed, one child wounded.", "en", None),
        ("Eight injured, including a child and a pregnant woman", "en", None),
        ("Five of the dead were children, the youngest a baby", "en", "children"),
        ("Fem av de drepte er barn.", "nb", "children"),
        ("23 died, four of them children", "en", None),
    ],
)
def test_a_part_word_belongs_to_the_first_count_only_with_no_count_between(text, language, part):
    assert part_in_text(text, language) == part


def _claim(claimant: str | None, context: str, text: str, language: str = "en") -> Claim:
    return Claim(id=text, document_id=text, kind="indirect", text=text, start=0, end=len(text),
                 context=context, claimant=claimant, language=language, published="2025-04-14")


def test_the_side_of_a_claimant_is_read_from_its_name_or_the_words_introducing_it():
    assert claimant_side(_claim("Russia's defence ministry", "", "x")) == "russia"
    assert claimant_side(_claim("ukrainske myndigheter", "", "x", "nb")) == "ukraine"
    introduced = "Only three died, the pro-Kremlin channel Frontline Truth claimed."
    assert claimant_side(_claim("Frontline Truth", introduced, "Only three died")) == "russia"
    # a side named in another clause is no side of the claimant
    other_clause = "After the Russian attack, governor Oleg Sirenko said 14 died."
    assert claimant_side(_claim("Oleg Sirenko", other_clause, "14 died")) is None
    # two claims that read alike but come from opposite sides carry the side clash as evidence
    first = _claim("Ukrainian officials", "", "18 civilians were killed in Zolochiv")
    second = _claim("Russia's defence ministry", "", "50 soldiers were killed in Zolochiv")
    second.document_id = "other"
    assert decide(first, second, 0.9).evidence["side_clash"] == 1.0
