"""The store and API on a real PostgreSQL server (``scripts/start_postgres.sh`` starts one and
prints ``SOURCETRACE_TEST_PG``); skipped only when that variable is unset."""

from __future__ import annotations

import os
import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from corpus_samples import corpus
from sourcetrace.api import create_app
from sourcetrace.store import DocumentFilter, open_store
from sourcetrace.store.models import QuoteRow

PG = os.environ.get("SOURCETRACE_TEST_PG")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG, reason="SOURCETRACE_TEST_PG is not set (scripts/start_postgres.sh)"),
]


@pytest.fixture()
def pg_url():
    """A fresh database on the test server for each test, dropped afterwards."""
    name = f"st_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    base, _ = PG.rsplit("/", 1)
    yield f"{base}/{name}"
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture()
def store(pg_url):
    s = open_store(pg_url)
    for reading in corpus():
        s.save(reading)
    yield s
    s.close()


def test_migrations_create_the_schema_and_the_text_index(store):
    with store.engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0005"
        index = c.execute(
            text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_documents_fts'")
        ).scalar()
    assert index and "to_tsvector" in index and "gin" in index.lower()
    assert store.dialect == "postgresql"


def test_readings_round_trip_and_replace(store):
    for reading in corpus():
        assert store.reading(reading.document.id) == reading
        assert store.count(QuoteRow, reading.document.id) == len(reading.quotes)
    first = corpus()[0]
    assert store.save(first.model_copy(update={"quotes": []})) == "updated"
    assert store.count(QuoteRow, first.document.id) == 0 and store.count() == 3


def test_filters_and_full_text_search_on_postgres(store):
    def titles(**kw):
        return {d["title"] for d in store.documents(DocumentFilter(**kw)).items}

    assert titles(language="en") == {"Prisoner swap"}
    assert titles(speaker="mykola tkatsjenko") == {"Droneåtak"}
    assert titles(q="luftvern") == {"Droneåtak"}
    assert titles(q="prison*") == {"Prisoner swap"}
    hit = store.search("enorme tap").items
    assert [h["title"] for h in hit] == ["Blokkadeenheter"]
    assert "enorme tap" in hit[0]["snippet"] and "<b>" not in hit[0]["snippet"]
    for hostile in ("'", "& | !", ":*", "(((", "'; DROP TABLE documents; --"):
        assert store.search(hostile).total == 0
    assert store.count() == 3


def test_speakers_and_records_on_postgres(store):
    first = store.speakers().items[0]
    assert first == {"name": "Mykola Tkatsjenko", "kind": "named", "n_quotes": 2, "n_documents": 1}
    assert (
        store.attributions(relation="verified").items[0]["attribution"]["source"]["name"]
        == "The Guardian"
    )
    assert store.figures(claimant="the guardian").total == 1


def test_api_on_postgres(pg_url):
    client = TestClient(create_app(pg_url, token="t"))
    text_body = "Two drones were shot down over Lviv on Sunday, the regional governor said."
    created = client.post(
        "/api/documents", json={"text": text_body}, headers={"Authorization": "Bearer t"}
    )
    assert created.status_code == 201
    doc_id = created.json()["id"]
    assert client.get(f"/api/documents/{doc_id}").json()["document"]["text"] == text_body
    assert (
        client.get("/api/search", params={"q": "Lviv"}).json()["items"][0]["document_id"] == doc_id
    )
    assert client.get("/api/documents", params={"q": "Lviv"}).json()["total"] == 1
    client.app.state.store.close()


def test_concurrent_ingests_on_postgres_never_abort_and_read_each_document_once(pg_url, tmp_path):
    from test_corpus_cli import synthetic_corpus
    from test_scale import concurrent_runs_never_abort_and_read_each_document_once

    corpus = synthetic_corpus(tmp_path / "c.jsonl", 60)
    concurrent_runs_never_abort_and_read_each_document_once(pg_url, corpus, 60)


def test_kill_9_beside_another_ingest_on_postgres(pg_url, tmp_path):
    from test_corpus_cli import synthetic_corpus
    from test_scale import kill_9_beside_another_run_loses_and_doubles_nothing

    corpus = synthetic_corpus(tmp_path / "c.jsonl", 120)
    kill_9_beside_another_run_loses_and_doubles_nothing(pg_url, corpus, 120)


def test_the_same_reading_saved_twice_without_replace_is_stored_once(store):
    first = corpus()[0]
    assert store.save(first, replace=False) == "exists"
    assert store.count() == 3 and store.count(QuoteRow, first.document.id) == len(first.quotes)


def test_speaker_filters_read_the_name_index_on_postgres(pg_url):
    from test_speaker_names import assert_same_answers
    from test_speaker_totals import generated

    s = open_store(pg_url)
    try:
        readings = [*corpus(), *generated(8, 30)]
        for reading in readings:
            s.save(reading)
        assert_same_answers(s)
        for reading in readings[5:15]:
            s.delete(reading.document.id)
        assert_same_answers(s)
    finally:
        s.close()
