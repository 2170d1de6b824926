"""Who speaks for which side when no name says it, and counts that are other counts by their
words, on the real pipeline, store and ``sourcetrace conflicts`` (invented texts in
tests/fixtures/claims/{voice,totals,sides}).

A channel's unattributed post speaks for the side whose own words of the war it uses ("the Kyiv
regime"), or for the side a parties file gives its outlet; a running total since the invasion
and a region's toll are other counts than one city's toll of one day. Each case has a twin
without the telling words (or file) that decides the other way."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sourcetrace.claims import ClaimStore
from sourcetrace.claims.parties import PARTIES_ENV, party_side, speaker_side, use_parties
from sourcetrace.ingest.sources import read_text_file
from sourcetrace.store import ingest_source, open_store

FIXTURES = Path(__file__).parent / "fixtures" / "claims"


def _ingest(db: Path, documents: list[tuple[str, dt.date]]) -> str:
    """Ingest and link each English document as ``sourcetrace ingest`` does; the outlet is the
    file name's second part ("en-channel-stance.txt" is "Channel")."""
    store = open_store(str(db))
    try:
        for path, published in documents:
            doc = read_text_file(FIXTURES / path)
            doc.source, doc.published, doc.language = Path(path).name.split("-")[1].title(), published, "en"
            ClaimStore(store).link_documents([ingest_source(store, doc, lang="en").id])
    finally:
        store.close()
    return str(db)


def _conflicts(db: str, *options: str) -> list[dict]:
    result = subprocess.run(
        [sys.executable, "-c", "from sourcetrace.cli import main; main()", "conflicts", "--db", db,
         "--format", "json", *options],
        capture_output=True,
        text=True,
        timeout=300,
        env={key: value for key, value in {**os.environ, "NO_COLOR": "1"}.items() if key != PARTIES_ENV},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["conflicts"]


def _killed_values(conflicts: list[dict]) -> list[set[float]]:
    return [{side["value"] for side in c["figures"]} for c in conflicts if c["indicator"] == "killed"]


SUNDAY, MONDAY = dt.date(2025, 5, 11), dt.date(2025, 5, 12)


@pytest.mark.parametrize(
    ("channel", "disputed"),
    [("voice/en-channel-stance.txt", True), ("voice/en-channel-plain.txt", False)],
    ids=["kyiv-regime", "plain-words"],
)
def test_a_channel_speaks_for_the_side_whose_words_it_uses(tmp_path, channel, disputed):
    """Ukrainian officials count 18 civilians; a channel's unattributed post says more than 50
    Ukrainian soldiers were "destroyed" and calls Kyiv "the Kyiv regime": Moscow's voice, so the
    two counts are a dispute between the sides (soldiers against civilians is what they
    dispute). In neutral words the channel's side is unknown, and soldiers and civilians are
    two counts."""
    db = _ingest(tmp_path / "voice.db", [("sides/en-wire-zolochiv.txt", SUNDAY), (channel, MONDAY)])
    found = [c for c in _conflicts(db) if {s["value"] for s in c["figures"]} == {18.0, 50.0}]
    assert bool(found) is disputed
    if disputed:
        sides = {side["outlet"]: side for side in found[0]["figures"]}
        assert sides["Channel"]["claimant"] is None  # the channel's own voice, kept as it was
        assert "unresolved" in found[0]["why"]


def test_a_parties_file_gives_a_channel_its_side(tmp_path, monkeypatch):
    """The neutral twin of the channel, with the corpus's own parties file naming the channel
    for Russia (``--parties``, as a user sets the side of the channels they collect): the same
    dispute as the channel's own words give."""
    parties_file = str(FIXTURES / "voice" / "parties.toml")
    monkeypatch.delenv(PARTIES_ENV, raising=False)
    try:
        use_parties(parties_file)
        assert party_side("Channel") == "russia"
        db = _ingest(tmp_path / "parties.db",
                     [("sides/en-wire-zolochiv.txt", SUNDAY), ("voice/en-channel-plain.txt", MONDAY)])
    finally:
        monkeypatch.delenv(PARTIES_ENV, raising=False)
        use_parties(None)
        from sourcetrace.claims import parties

        parties.parties.cache_clear()
        parties.party_side.cache_clear()
    assert party_side("Channel") is None
    assert {18.0, 50.0} not in _killed_values(_conflicts(db))
    assert {18.0, 50.0} in _killed_values(_conflicts(db, "--parties", parties_file))


def test_a_parties_file_that_cannot_be_read_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[party]]\nname = "Channel"\n', encoding="utf-8")  # no side
    db = tmp_path / "empty.db"
    open_store(str(db)).close()
    result = subprocess.run(
        [sys.executable, "-c", "from sourcetrace.cli import main; main()", "conflicts", "--db", str(db),
         "--parties", str(bad)],
        capture_output=True, text=True, timeout=300, env={**os.environ, "NO_COLOR": "1"},
    )
    assert result.returncode != 0
    assert "--parties" in result.stderr and "needs a name and a side" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("report", "disputed"),
    [
        ("totals/en-paper-sunday.txt", True),
        ("totals/en-paper-since.txt", False),
        ("totals/en-paper-region.txt", False),
    ],
    ids=["same-city-same-day", "since-the-invasion", "the-region"],
)
def test_a_total_since_the_invasion_and_a_regions_toll_are_other_counts(tmp_path, report, disputed):
    """The governor's 18 killed in Kharkiv on Sunday against the mayor's 12, published the
    next day: lower and later, a dispute. "Since the start of the invasion, 12 …" is a running
    total, and "12 … in the Kharkiv region" the region's count: neither disputes the city's
    toll of one day."""
    db = _ingest(tmp_path / "totals.db", [("totals/en-wire-governor.txt", SUNDAY), (report, MONDAY)])
    assert ({12.0, 18.0} in _killed_values(_conflicts(db))) is disputed


@pytest.mark.parametrize(
    ("sentence", "language", "side"),
    [
        ('Russian channels already have a story about "65 Ukrainian prisoners".', "en", "russia"),
        ("Moscow maintains that the plane carried prisoners.", "en", "russia"),
        ("Kyiv has said the plane carried missiles.", "en", "ukraine"),
        ("Moskva fastholder at 65 krigsfanger var om bord.", "nb", "russia"),
        ("I ukrainske medier har det kommet påstander om at flyet hadde missiler om bord.", "nb", "ukraine"),
        ("Om Sumy seier forsvarsdepartementet i Moskva at 60 soldatar vart drepne.", "nn", "russia"),
        # an actor is no speaker; speakers of both sides say no side
        ("Russian forces struck the town on Sunday.", "en", None),
        ("Russian media and Ukrainian officials gave different counts.", "en", None),
    ],
)
def test_the_speaker_a_sentence_names(sentence, language, side):
    assert speaker_side(sentence, language) == side
