"""Claims that dispute one another, on the real pipeline, store and commands (invented texts in
tests/fixtures/claims/{zero,denial,part}): a count of none against a figure, a denial against
the claim it denies, and a count of the children not linked to the toll of everyone."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import ingest_claim_fixtures
from sourcetrace.analysis import analyze
from sourcetrace.claims import ClaimStore, claims_from_reading
from sourcetrace.claims.index import IndexState, VectorIndex
from sourcetrace.claims.report import ClaimReport
from sourcetrace.ingest import SourceDoc
from sourcetrace.ingest.sources import read_text_file
from sourcetrace.store import ingest_source, open_store

FIXTURES = Path(__file__).parent / "fixtures" / "claims"


def _ingest(db: Path, folder: str, documents: list[tuple[str, str, str]]) -> str:
    """Ingest and link each document, all published the same day; the database path."""
    return ingest_claim_fixtures(
        db, folder, [(name, outlet, language, dt.date(2024, 3, 4)) for name, outlet, language in documents]
    )


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from sourcetrace.cli import main; main()", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
    )


def test_no_one_killed_against_two_hundred_killed_is_a_conflict(tmp_path):
    db = _ingest(
        tmp_path / "zero.db",
        "zero",
        [
            ("en-ministry-barracks.txt", "Example Wire", "en"),
            ("nb-ordforer-ingen.txt", "Eksempelavisen", "nb"),
        ],
    )
    result = _run("conflicts", "--db", db, "--format", "json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)["conflicts"]
    sides = [
        {(side["value"], side["bound"], side["claimant"]) for side in conflict["figures"]}
        for conflict in found
        if conflict["indicator"] == "killed"
    ]
    assert {(0.0, "zero", "Ordføreren i Lyman"), (200.0, "more_than", "Russia's defence ministry")} in sides
    text = _run("conflicts", "--db", db)
    assert text.returncode == 0 and "none" in text.stdout and "Ordføreren i Lyman says none" in text.stdout


@pytest.mark.parametrize(
    ("text", "language", "indicator"),
    [
        ("The mayor said no one was hurt in the attack on Sumy.", "en", "wounded"),
        ("– Ingen ble drept, sier ordføreren i Kramatorsk.", "nb", "killed"),
        ("Ingen vart drepne i åtaket på Kupiansk.", "nn", "killed"),
        ("No one knows how many people died in Kupiansk.", "en", None),
        ("Ingen vet hvor mange som ble drept i Kupiansk.", "nb", None),
    ],
)
def test_a_count_of_none_is_a_zero_figure_only_when_it_counts_something(text, language, indicator):
    reading = analyze(SourceDoc(text=text, origin="zero"), lang=language)
    zeros = [c for c in claims_from_reading(reading) if c.figure is not None and c.figure.bound == "zero"]
    assert [c.figure.indicator for c in zeros] == ([indicator] if indicator else [])
    assert all(c.figure.best == 0 and c.figure.high == 0 for c in zeros)


def test_a_denial_joins_the_claim_it_denies_and_is_a_conflict(tmp_path):
    db = _ingest(
        tmp_path / "denial.db",
        "denial",
        [
            ("en-wire-village.txt", "Example Wire", "en"),
            ("en-paper-village.txt", "Example Times", "en"),
        ],
    )
    result = _run("claims", "--db", db, "--format", "json")
    assert result.returncode == 0, result.stderr
    (cluster,) = [c for c in json.loads(result.stdout)["clusters"] if "Novoselivka" in json.dumps(c)]
    relations = {claim["relation"] for claim in cluster["claims"]}
    assert "denied" in relations and "said" in relations
    (conflict,) = cluster["conflicts"]
    bounds = {side["bound"]: side["claimant"] for side in conflict["figures"]}
    assert bounds == {"denied": "Ukraine's military", "asserted": "Russia's defence ministry"}
    assert "denies" in conflict["why"]
    assert cluster["grade"]["credibility"] >= 4  # disputed: not better than "doubtful"
    text = _run("conflicts", "--db", db)
    assert text.returncode == 0 and "denies" in text.stdout


def test_the_children_among_the_dead_are_not_linked_to_the_toll(tmp_path):
    db = _ingest(
        tmp_path / "part.db",
        "part",
        [
            ("en-wire-toll.txt", "Example Wire", "en"),
            ("nb-avis-barn.txt", "Eksempelavisen", "nb"),
            ("nb-byraa-toll.txt", "Eksempelbyrået", "nb"),
        ],
    )
    store = open_store(db)
    try:
        report = ClaimReport(ClaimStore(store))
        clusters = [[claim.text for claim in cluster.claims] for cluster in report.clusters]
    finally:
        store.close()
    toll = next(texts for texts in clusters if "23 people were killed in the strike" in texts)
    assert "23 mennesker ble drept i angrepet" in toll, "the toll is retold in Norwegian"
    assert not any("Fire barn" in text for text in toll), "four children are a part, not the toll"


def _rows(db: str) -> dict[int, np.ndarray]:
    from sqlalchemy import select

    from sourcetrace.claims.tables import ClaimRow

    store = open_store(db)
    try:
        with store.session() as session:
            return {
                pk: np.frombuffer(raw, dtype=np.float32)
                for pk, raw in session.execute(select(ClaimRow.pk, ClaimRow.embedding))
            }
    finally:
        store.close()


def test_the_vector_index_is_kept_beside_the_database_and_never_stale(tmp_path, monkeypatch):
    db = _ingest(
        tmp_path / "index.db",
        "part",
        [("en-wire-toll.txt", "Example Wire", "en"), ("nb-byraa-toll.txt", "Eksempelbyrået", "nb")],
    )
    saved = Path(db + ".claims.usearch")
    assert saved.is_file() and json.loads(Path(str(saved) + ".json").read_text())["count"] == len(_rows(db))
    stale = {path: path.read_bytes() for path in (saved, Path(str(saved) + ".json"))}

    # a new process loads the file instead of rebuilding from the table
    store = open_store(db)
    try:
        claims = ClaimStore(store)
        monkeypatch.setattr(claims, "_build_index", lambda: pytest.fail("rebuilt a current index"))
        assert len(claims.index()) == len(_rows(db))
    finally:
        store.close()

    # re-analysis gives every claim a new key; an index file from before must not be used
    relinked = _run("link", "--db", db)
    assert relinked.returncode == 0, relinked.stderr
    for path, content in stale.items():
        path.write_bytes(content)  # as if the process had died before saving
    rows = _rows(db)
    store = open_store(db)
    try:
        index = ClaimStore(store).index()
        assert len(index) == len(rows)
        for key, vector in rows.items():  # a figure and its sentence share one vector: ties
            assert key in {hit.key for hit in index.search(vector, 5) if hit.similarity > 0.999}
            assert {hit.key for hit in index.search(vector, 5)} <= set(rows)
    finally:
        store.close()
    state = json.loads(Path(str(saved) + ".json").read_text())
    assert state["count"] == len(rows) and Path(str(saved) + ".json").read_bytes() != stale[Path(str(saved) + ".json")]


def test_an_index_that_missed_another_process_claims_is_not_saved(tmp_path):
    db = _ingest(tmp_path / "two.db", "part", [("en-wire-toll.txt", "Example Wire", "en")])
    meta = Path(db + ".claims.usearch.json")
    store = open_store(db)
    try:
        earlier = ClaimStore(store)
        earlier.index()  # this process holds the index as it was
        doc = read_text_file(FIXTURES / "part" / "nb-byraa-toll.txt")
        doc.source, doc.published, doc.language = "Eksempelbyrået", dt.date(2024, 3, 4), "nb"
        ClaimStore(store).link_documents([ingest_source(store, doc, lang="nb").id])  # another one adds
        assert json.loads(meta.read_text())["count"] == len(_rows(db))
        earlier.save_index()  # must not overwrite the newer file with an index that lacks claims
        if meta.exists():  # whatever file is left must hold exactly the table's claims
            saved = VectorIndex(384)
            assert saved.load(db + ".claims.usearch", IndexState(**json.loads(meta.read_text())))
            assert sorted(saved.keys().tolist()) == sorted(_rows(db))
        assert len(ClaimStore(store).index()) == len(_rows(db))
    finally:
        store.close()
