"""The speaker list read from the totals kept at ingest answers exactly what grouping every
speaker row answered, through stores, replacements, deletions, corrections and the migration
that fills the totals of a store made before them."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import func, literal_column, select

from corpus_samples import corpus, make_reading
from sourcetrace.store import open_store
from sourcetrace.store.models import QuoteRow, SpeakerRow
from sourcetrace.store.repo import _like

NAMES = ["Olena Hrytsenko", "The Guardian", "Mykola Tkatsjenko", "Ola Nordmann", "The Army", "olena hrytsenko"]


def grouped_speakers(store, q: str | None, kind: str | None) -> list[dict]:  # noqa: ANN001
    """The speaker list as it was counted before the totals: every speaker row grouped by name,
    quotes counted per name."""
    stmt = select(
        SpeakerRow.name,
        func.min(SpeakerRow.kind).label("kind"),
        func.count(func.distinct(SpeakerRow.document_id)).label("n_documents"),
    ).group_by(SpeakerRow.name)
    if q:
        stmt = stmt.where(SpeakerRow.name.ilike(f"%{_like(q)}%", escape="\\"))
    if kind:
        stmt = stmt.where(SpeakerRow.kind == kind)
    inner = stmt.subquery()
    counted = select(
        inner.c.name,
        inner.c.kind,
        inner.c.n_documents,
        select(func.count())
        .where(QuoteRow.speaker_name == inner.c.name)
        .scalar_subquery()
        .label("n_quotes"),
    ).order_by(literal_column("n_quotes").desc(), inner.c.n_documents.desc(), inner.c.name)
    with store.session() as session:
        return [
            {"name": r.name, "kind": r.kind, "n_quotes": r.n_quotes, "n_documents": r.n_documents}
            for r in session.execute(counted)
        ]


def generated(seed: int, count: int) -> list:
    """Readings whose speakers share names across documents, some under two kinds, with
    quotes of zero to three per name."""
    rng = random.Random(seed)
    readings = []
    for number in range(count):
        chosen = rng.sample(NAMES, rng.randint(1, 3))
        sentences = [f"Sak {seed}-{number}."]
        quotes = []
        for who in chosen:
            for said in range(rng.randint(0, 3)):
                sentence = f"Setning {said} fra {who} i sak {seed}-{number}"
                sentences.append(sentence + ".")
                quotes.append((sentence, who, rng.choice(["direct", "indirect"]), None))
        text = " ".join(sentences) + " " + " ".join(chosen)
        reading = make_reading(text, "nb", quotes=quotes, attributions=[(who, "reported", who, None) for who in chosen])
        if rng.random() < 0.3:  # the same name read as another kind in this document
            first = reading.speakers[0].model_copy(update={"kind": "unresolved"})
            reading = reading.model_copy(update={"speakers": [first, *reading.speakers[1:]]})
        readings.append(reading)
    return readings


def assert_same_lists(store) -> None:  # noqa: ANN001
    for q in (None, "a", "the", "OLENA", "%", "nobody"):
        for kind in (None, "named", "organisation", "unresolved"):
            expected = grouped_speakers(store, q, kind)
            got = store.speakers(q=q, kind=kind, limit=500)
            assert got.items == expected, (q, kind)
            assert got.total == len(expected)
            assert store.speakers(q=q, kind=kind, limit=2, offset=1).items == expected[1:3]


@pytest.fixture()
def store(tmp_path):
    opened = open_store(str(tmp_path / "totals.db"))
    yield opened
    opened.close()


def test_totals_answer_what_grouping_answered_as_documents_come_and_go(store):
    readings = [*corpus(), *generated(1, 40)]
    for reading in readings:
        store.save(reading)
    assert store.speakers(limit=500).total > 0
    assert_same_lists(store)
    # the same texts read again with other speakers and quotes: replaced, not added
    for old, new in zip(readings[3:13], generated(2, 10), strict=True):
        document = old.document
        store.save(new.model_copy(update={"document": document}))
    assert_same_lists(store)
    for reading in readings[10:25]:
        assert store.delete(reading.document.id)
    assert_same_lists(store)
    for reading in readings:
        store.delete(reading.document.id)
    assert store.speakers().items == [] and store.speakers().total == 0


def test_a_correction_changes_the_totals_as_it_changes_the_rows(store):
    from sourcetrace.corrections import Correction

    for reading in [*corpus(), *generated(3, 15)]:
        store.save(reading)
    store.add_correction(Correction(kind="rename", names=["Ola Nordmann"], to="Kari Nordmann"))
    assert_same_lists(store)
    assert "Kari Nordmann" in [item["name"] for item in store.speakers(limit=500).items]


def test_the_migration_fills_the_totals_of_a_store_made_before_them(tmp_path):
    from alembic import command
    from alembic.config import Config

    from sourcetrace.store.engine import MIGRATIONS

    path = str(tmp_path / "older.db")
    store = open_store(path)
    for reading in [*corpus(), *generated(4, 25)]:
        store.save(reading)
    expected = store.speakers(limit=500).items
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    store.close()
    reopened = open_store(path)  # migrated to the newest revision again: totals filled
    try:
        assert reopened.speakers(limit=500).items == expected
        assert_same_lists(reopened)
    finally:
        reopened.close()
