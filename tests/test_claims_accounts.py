"""Accounts the reading attributes to no one, shares, sites' counts and claimants inside what is
said, on the real pipeline, store and ``sourcetrace conflicts`` (invented texts in
tests/fixtures/claims/accounts). Each case has a twin without the telling words that decides the
other way.

- "I ukrainske medier har det kommet påstander om at flyet hadde luftvernmissiler om bord" names
  no claimant the reading finds, but says whose account it is: a claim of that side, a rival
  account of Moscow's "40 captured soldiers were aboard".
- "30% of Russia's long-range bombers had been struck" says how many: it is no rival account of
  "several aircraft caught fire" (a share and a count cannot be compared); without the share
  the two are rival accounts.
- "To voksne døde der" counts the site named before it (the hospital), a part of the city's 29,
  not a dispute of it.
- "Moskva fastholder at … og beskylder Ukraina": Moscow speaks, Ukraine is accused."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sourcetrace.claims import ClaimStore
from sourcetrace.claims.link import claimant_side
from sourcetrace.claims.parties import PARTIES_ENV
from sourcetrace.claims.records import Claim
from sourcetrace.ingest.sources import read_text_file
from sourcetrace.store import ingest_source, open_store

FIXTURES = Path(__file__).parent / "fixtures" / "claims" / "accounts"
MONDAY = dt.date(2024, 3, 4)
RIVAL = "rival accounts from opposite sides"


def _conflicts(db: Path, documents: list[tuple[str, str, dt.date]]) -> list[dict]:
    """Ingest and link each document as ``sourcetrace ingest`` does (the language is the file
    name's first part), then ask ``sourcetrace conflicts``."""
    store = open_store(str(db))
    try:
        for name, outlet, published in documents:
            language = name.split("-")[0]
            doc = read_text_file(FIXTURES / name)
            doc.source, doc.language, doc.published = outlet, language, published
            ClaimStore(store).link_documents([ingest_source(store, doc, lang=language).id])
    finally:
        store.close()
    result = subprocess.run(
        [sys.executable, "-c", "from sourcetrace.cli import main; main()", "conflicts", "--db", str(db),
         "--format", "json"],
        capture_output=True,
        text=True,
        timeout=300,
        env={key: value for key, value in {**os.environ, "NO_COLOR": "1"}.items() if key != PARTIES_ENV},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["conflicts"]


@pytest.mark.parametrize(
    ("report", "disputed"),
    [("nb-avis-fly-medier.txt", True), ("nb-avis-fly-plain.txt", False)],
    ids=["ukrainian-media-say", "unattributed"],
)
def test_an_account_a_sentence_gives_to_one_sides_media_is_a_rival_account(tmp_path, report, disputed):
    found = [
        c for c in _conflicts(tmp_path / "plane.db", [("en-wire-plane.txt", "Example Wire", MONDAY),
                                                      (report, "Eksempelavisen", MONDAY)])
        if c["basis"] == RIVAL
    ]
    assert bool(found) is disputed
    if disputed:
        sides = {side["language"]: side for side in found[0]["figures"]}
        assert sides["en"]["claimant"] == "Russia's defence ministry"
        assert "luftvernmissiler" in sides["nb"]["text"]
        assert "(ukraine)" in found[0]["why"] and "(russia)" in found[0]["why"]


@pytest.mark.parametrize(
    ("report", "disputed"),
    [("en-paper-bombers-share.txt", False), ("en-paper-bombers-plain.txt", True)],
    ids=["share-of-the-bombers", "bombers-struck"],
)
def test_a_share_says_how_many_and_is_no_rival_account_of_a_count(tmp_path, report, disputed):
    found = [
        c for c in _conflicts(tmp_path / "bombers.db", [("en-wire-bombers.txt", "Example Wire", MONDAY),
                                                        (report, "Example Paper", MONDAY)])
        if c["basis"] == RIVAL
    ]
    assert bool(found) is disputed
    if disputed:
        assert "Zelensky" in {side["claimant"] for side in found[0]["figures"]}


@pytest.mark.parametrize(
    ("report", "disputed"),
    [("nb-avis-sykehus-der.txt", False), ("nb-avis-sykehus-plain.txt", True)],
    ids=["died-there", "died"],
)
def test_a_count_at_the_site_named_before_is_a_part_of_the_citys_toll(tmp_path, report, disputed):
    """The city's 29 on Monday; a report the next day: two adults died at the hospital ("døde
    der"), a part of the 29. Without "der" the two are a lower count of Monday's dead published
    a day later: a dispute, both sides kept."""
    conflicts = _conflicts(tmp_path / "site.db", [("en-wire-kyiv-toll.txt", "Example Wire", MONDAY),
                                                  (report, "Eksempelavisen", MONDAY + dt.timedelta(days=1))])
    found = [c for c in conflicts if {side["value"] for side in c["figures"]} == {2.0, 29.0}]
    assert bool(found) is disputed
    if disputed:
        assert "unresolved" in found[0]["why"]


def _said(text: str, claimant: str) -> Claim:
    return Claim(id="a", document_id="d", kind="figure", text=text, start=0, end=len(text), context=text,
                 claimant=claimant, claimant_kind="organisation", language="nb")


def test_a_claimant_inside_what_the_sentences_speaker_says_gives_way_to_the_speaker():
    accused = "Moskva fastholder at 40 ukrainske krigsfanger døde da flyet styrtet, og beskylder Ukraina for å ha skutt det ned."
    speaking = "Ukraina sier at flyet fraktet missiler, og beskylder Moskva for å lyve om fangene."
    assert claimant_side(_said(accused, "Ukraina")) == "russia"
    assert claimant_side(_said(speaking, "Ukraina")) == "ukraine"
