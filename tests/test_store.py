"""The embedded store: migrations, whole-document writes, idempotent ingest, queries, search."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import inspect

from corpus_samples import SWAP, corpus, make_reading
from sourcetrace.store import DocumentFilter, StoreError, content_id, normalise_url, open_store
from sourcetrace.store.models import AttributionRow, FigureRow, HedgeRow, QuoteRow, SpeakerRow


@pytest.fixture()
def store(tmp_path):
    s = open_store(str(tmp_path / "corpus.db"))
    for reading in corpus():
        s.save(reading)
    yield s
    s.close()


def _head() -> str:
    """The newest Alembic revision shipped (every migration, not a fixed number)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from sourcetrace.store.engine import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head()


def test_sqlite_file_is_migrated_in_wal_mode_with_foreign_keys(store, tmp_path):
    tables = set(inspect(store.engine).get_table_names())
    assert {
        "documents",
        "quotes",
        "speakers",
        "attributions",
        "figures",
        "hedges",
        "alembic_version",
    } <= tables
    assert "document_fts" in tables
    con = sqlite3.connect(tmp_path / "corpus.db")
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == _head()
    with store.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_reopening_an_existing_store_keeps_its_documents(store, tmp_path):
    again = open_store(str(tmp_path / "corpus.db"))
    assert again.count() == 3
    again.close()


def test_every_record_of_a_reading_is_stored_and_the_reading_comes_back_exactly(store):
    for reading in corpus():
        doc_id = reading.document.id
        assert store.count(QuoteRow, doc_id) == len(reading.quotes)
        assert store.count(AttributionRow, doc_id) == len(reading.attributions)
        assert store.count(FigureRow, doc_id) == len(reading.figures)
        assert store.count(HedgeRow, doc_id) == len(reading.hedges)
        assert store.count(SpeakerRow, doc_id) == len(reading.speakers)
        assert store.reading(doc_id) == reading


def test_saving_the_same_document_again_replaces_its_rows_instead_of_doubling_them(store):
    reading = corpus()[0]
    newer = reading.model_copy(update={"pipeline_version": "test-2", "quotes": reading.quotes[:0]})
    assert store.save(newer) == "updated"
    assert store.count() == 3
    assert store.count(QuoteRow, reading.document.id) == 0
    assert store.stored_version(reading.document.id) == "test-2"
    assert store.search("enorme").total == 1  # the search entry is replaced, not doubled


def test_delete_removes_the_document_and_its_records(store):
    doc_id = corpus()[1].document.id
    assert store.delete(doc_id)
    assert store.count() == 2 and store.count(QuoteRow, doc_id) == 0
    assert store.search("prisoners").total == 0
    assert not store.delete(doc_id)


def test_document_filters(store):
    def ids(**kw):
        return {item["title"] for item in store.documents(DocumentFilter(**kw)).items}

    assert ids() == {"Blokkadeenheter", "Prisoner swap", "Droneåtak"}
    assert ids(language="NN") == {"Droneåtak"}
    assert ids(outlet="example times") == {"Prisoner swap"}
    assert ids(speaker="alexander gorin") == {"Blokkadeenheter"}
    assert ids(relation="could-not-verify") == {"Prisoner swap"}
    assert ids(date_from=dt.date(2024, 1, 1)) == {"Prisoner swap", "Droneåtak"}
    assert ids(date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 4, 30)) == {"Droneåtak"}
    assert ids(q="luftvern") == {"Droneåtak"}
    assert ids(q="Guardian", language="en") == set()


def test_documents_are_newest_first_and_paginated(store):
    first = store.documents(DocumentFilter(), limit=2, offset=0)
    rest = store.documents(DocumentFilter(), limit=2, offset=2)
    assert first.total == rest.total == 3
    assert [d["published"] for d in first.items] == ["2024-05-25", "2024-04-08"]
    assert [d["published"] for d in rest.items] == ["2023-03-27"]
    assert first.items[0]["n_quotes"] == 1 and first.items[0]["n_attributions"] == 1


def test_speakers_are_counted_across_documents(store):
    page = store.speakers()
    by_name = {s["name"]: s for s in page.items}
    assert by_name["Mykola Tkatsjenko"]["n_quotes"] == 2
    assert by_name["Mykola Tkatsjenko"]["n_documents"] == 1
    assert by_name["The Guardian"]["n_quotes"] == 0
    assert page.items[0]["name"] == "Mykola Tkatsjenko"  # most quoted first
    assert [s["name"] for s in store.speakers(q="gori").items] == ["Alexander Gorin"]


def test_record_queries_filter_and_return_the_records_json(store):
    quotes = store.quotes(speaker="Mykola Tkatsjenko")
    assert quotes.total == 2
    assert {q["quote"]["kind"] for q in quotes.items} == {"direct", "indirect"}
    assert quotes.items[0]["document_title"] == "Droneåtak"
    assert store.quotes(kind="direct").total == 3
    assert store.quotes(q="people are").items[0]["quote"]["speaker"]["name"] == "Olena Hrytsenko"
    assert store.quotes(q="100%").total == 0  # LIKE wildcards are plain characters
    verified = store.attributions(relation="verified")
    assert [a["attribution"]["source"]["name"] for a in verified.items] == ["The Guardian"]
    assert store.attributions(source="the guardian").total == 2
    assert store.figures(claimant="The Guardian").items[0]["figure"]["value"] == 34
    assert store.figures(counts="killed").total == 1


def test_full_text_search_gives_plain_snippets_and_never_a_syntax_error(store):
    hits = store.search("prisoners Saturday")
    assert [h["title"] for h in hits.items] == ["Prisoner swap"]
    assert "prisoners" in hits.items[0]["snippet"]
    assert store.search("prison*").total == 1
    assert store.search("prison").total == 0  # whole words unless a prefix is asked for
    for hostile in (
        '"',
        "AND OR NOT",
        "title:x",
        "(",
        "*",
        "NEAR(a b)",
        "'; DROP TABLE documents; --",
    ):
        assert store.search(hostile).total >= 0
    assert store.count() == 3


def test_content_id_is_the_readings_document_id():
    assert content_id(SWAP) == make_reading(SWAP, "en").document.id


def test_urls_and_paths_are_normalised(tmp_path, monkeypatch):
    assert normalise_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.setenv("SOURCETRACE_DB", str(tmp_path / "env.db"))
    assert normalise_url(None).endswith("env.db")


@pytest.mark.parametrize(
    ("db", "message"),
    [
        ("/no/such/folder/x.db", "does not exist"),
        ("mysql://u@h/db", "unsupported database"),
        ("sqlite+nodriver://x", "unsupported database"),
        ("://", "not a database URL"),
    ],
)
def test_unusable_databases_fail_with_a_clear_error(db, message):
    with pytest.raises(StoreError, match=message):
        open_store(db)


def test_the_migrations_build_exactly_the_models_schema(store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from sourcetrace.store.models import Base

    def ours(obj, name, type_, reflected, compare_to):  # noqa: ANN001 - alembic's hook signature
        return not (
            type_ == "table" and (name.startswith("document_fts") or name == "alembic_version")
        )

    with store.engine.connect() as c:
        context = MigrationContext.configure(c, opts={"include_object": ours})
        assert compare_metadata(context, Base.metadata) == []
