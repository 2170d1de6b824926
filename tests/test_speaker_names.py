"""The speaker filters read through the name index (``speaker_names``) answer exactly what
matching ``names_key`` with ``LIKE`` over every speaker row answered: through stores,
replacements, deletions and the migration that fills the index of an older store, with pages
read from their matches or by walking the documents newest first."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import and_, exists, func, or_, select, tuple_

from corpus_samples import corpus
from sourcetrace.store import DocumentFilter, open_store, repo
from sourcetrace.store.engine import MIGRATIONS
from sourcetrace.store.keys import name_pattern
from sourcetrace.store.models import DocumentRow, QuoteRow, SpeakerRow
from test_speaker_totals import generated

ASKED = ["Olena Hrytsenko", "OLENA HRYTSENKO", "olena  hrytsenko!", "Ola Nordmann", "the army",
         "The Guardian", "Mykola Tkatsjenko", "Ola", "nobody", "--", "Olená Hrytsenko"]  # fmt: skip


def named_before(name: str):  # noqa: ANN202 - SQLAlchemy expression
    """The speaker rows the filter matched before the index: by name in any case, or by
    ``LIKE`` over the folded names of every speaker row."""
    pattern = name_pattern(name)
    by_name = func.lower(SpeakerRow.name) == name.lower()
    if pattern is None:
        return by_name
    return or_(by_name, SpeakerRow.names_key.like(pattern, escape="\\"))


def documents_before(store, name: str) -> list[str]:  # noqa: ANN001
    d = DocumentRow
    stmt = (
        select(d.id)
        .where(exists().where(and_(SpeakerRow.document_id == d.id, named_before(name))))
        .order_by(d.published.desc().nulls_last(), d.ingested_at.desc(), d.id)
    )
    with store.session() as session:
        return list(session.scalars(stmt))


def quotes_before(store, name: str) -> list[tuple[str, str]]:  # noqa: ANN001
    named = select(SpeakerRow.document_id, SpeakerRow.name).where(named_before(name))
    stmt = (
        select(QuoteRow.document_id, QuoteRow.local_id)
        .join(DocumentRow, DocumentRow.id == QuoteRow.document_id)
        .where(
            or_(
                func.lower(QuoteRow.speaker_name) == name.lower(),
                tuple_(QuoteRow.document_id, QuoteRow.speaker_name).in_(named),
            )
        )
        .order_by(DocumentRow.published.desc().nulls_last(), DocumentRow.id, QuoteRow.pk)
    )
    with store.session() as session:
        return [tuple(row) for row in session.execute(stmt)]


def assert_same_answers(store) -> None:  # noqa: ANN001
    for name in ASKED:
        documents = documents_before(store, name)
        page = store.documents(DocumentFilter(speaker=name), limit=500)
        assert [item["id"] for item in page.items] == documents, name
        assert page.total == len(documents)
        later = store.documents(DocumentFilter(speaker=name), limit=2, offset=1).items
        assert [item["id"] for item in later] == documents[1:3]
        quotes = quotes_before(store, name)
        page = store.quotes(speaker=name, limit=500)
        assert [(item["document_id"], item["quote"]["id"]) for item in page.items] == quotes, name
        assert page.total == len(quotes)
        direct = store.quotes(speaker=name, kind="direct", limit=500)
        assert direct.total == len(direct.items) == sum(
            item["quote"]["kind"] == "direct" for item in page.items
        )


@pytest.fixture(params=["from matches", "walking documents"])
def store(request, tmp_path, monkeypatch):
    # both ways of reading a page: fetching the few matches, or walking the documents in order
    monkeypatch.setattr(repo, "NARROW_ROWS", 1_000 if request.param == "from matches" else -1)
    opened = open_store(str(tmp_path / "names.db"))
    yield opened
    opened.close()


def test_the_index_answers_what_like_answered_as_documents_come_and_go(store):
    readings = [*corpus(), *generated(5, 40)]
    for reading in readings:
        store.save(reading)
    assert store.documents(DocumentFilter(speaker="Olena Hrytsenko")).total > 0
    assert store.quotes(speaker="ola nordmann").total > 0
    assert_same_answers(store)
    for old, new in zip(readings[3:13], generated(6, 10), strict=True):
        store.save(new.model_copy(update={"document": old.document}))
    assert_same_answers(store)
    for reading in readings[10:25]:
        assert store.delete(reading.document.id)
    assert_same_answers(store)
    for reading in readings:
        store.delete(reading.document.id)
    assert store.documents(DocumentFilter(speaker="Ola Nordmann")).total == 0
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(repo.SpeakerRow)) == 0


def test_the_migration_fills_the_index_of_an_older_store(tmp_path):
    path = str(tmp_path / "older.db")
    store = open_store(path)
    for reading in [*corpus(), *generated(7, 30)]:
        store.save(reading)
    expected = {
        name: (
            store.documents(DocumentFilter(speaker=name), limit=500).items,
            store.quotes(speaker=name, limit=500).items,
        )
        for name in ASKED
    }
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    store.close()
    reopened = open_store(path)  # migrated to the newest revision again: the index filled
    try:
        for name, (documents, quotes) in expected.items():
            assert reopened.documents(DocumentFilter(speaker=name), limit=500).items == documents
            assert reopened.quotes(speaker=name, limit=500).items == quotes
        assert_same_answers(reopened)
    finally:
        reopened.close()
