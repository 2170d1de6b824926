"""Full-text search on both back ends: SQLite FTS5 and PostgreSQL's ``to_tsvector('simple')``.

User queries are reduced to words before they reach either engine, so no input can be a syntax
error: every word must occur (``AND``), and a trailing ``*`` asks for a prefix."""

from __future__ import annotations

import re

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    column,
    func,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

from .models import DocumentRow

_WORD = re.compile(r"\w+\*?")
FTS = table("document_fts", column("document_id"), column("title"), column("body"))
PG_VECTOR = "to_tsvector('simple', coalesce(documents.title, '') || ' ' || documents.text)"


def words(query: str) -> list[str]:
    return _WORD.findall(query)


def fts5_query(query: str) -> str:
    """An FTS5 MATCH expression: each word quoted (so operators and quotes are plain text)."""
    parts = []
    for word in words(query):
        prefix = word.endswith("*")
        parts.append(f'"{word.rstrip("*")}"' + ("*" if prefix else ""))
    return " ".join(parts)


def pg_query(query: str) -> str:
    """A ``to_tsquery`` expression of the same words, prefix words as ``word:*``."""
    return " & ".join(
        (w.rstrip("*").lower() + ":*") if w.endswith("*") else w.lower() for w in words(query)
    )


def matches(dialect: str, query: str, key: ColumnElement | None = None) -> ColumnElement[bool]:
    """A condition on ``documents`` true for the documents that contain every word of ``query``;
    ``key`` is the documents' id as the query should use it (``+documents.id`` keeps SQLite
    walking the documents in the page's order)."""
    if dialect == "sqlite":
        document_key = DocumentRow.id if key is None else key
        return document_key.in_(select(FTS.c.document_id).where(_fts_match(query)))
    return literal_column(PG_VECTOR).op("@@")(func.to_tsquery("simple", pg_query(query)))


def _fts_match(query: str) -> ColumnElement[bool]:
    return text("document_fts MATCH :fts").bindparams(fts=fts5_query(query))  # type: ignore[return-value]


def index_document(
    conn: Connection | Session,
    dialect: str,
    doc_id: str,
    title: str | None,
    body: str,
    new: bool = False,
) -> None:
    """Add a document to the SQLite index (PostgreSQL indexes the column expression itself).

    ``new``: the document was not stored before, so it has no entry to replace. The entry is
    found by an unindexed column, which reads the whole index: skipping it for new documents
    keeps ingest from slowing down as the store grows (it was 74% of a write at 12,000)."""
    if dialect != "sqlite":
        return
    if not new:
        conn.execute(text("DELETE FROM document_fts WHERE document_id = :id"), {"id": doc_id})
    conn.execute(
        text("INSERT INTO document_fts (document_id, title, body) VALUES (:id, :title, :body)"),
        {"id": doc_id, "title": title or "", "body": body},
    )


def unindex_document(conn: Connection | Session, dialect: str, doc_id: str) -> None:
    if dialect == "sqlite":
        conn.execute(text("DELETE FROM document_fts WHERE document_id = :id"), {"id": doc_id})


def count_select(dialect: str, query: str) -> Select | None:
    """The number of documents :func:`search_select` finds, counted in the SQLite index alone
    (a document has one entry, written and removed with it): the join to the documents read
    every match's id, 200 ms of a search at 24,000 documents. None on PostgreSQL."""
    if dialect != "sqlite":
        return None
    return select(func.count()).select_from(FTS).where(_fts_match(query))


def search_select(dialect: str, query: str) -> Select:
    """``(document_id, title, snippet)`` rows, best match first; the snippet is plain text."""
    if dialect == "sqlite":
        return (
            select(
                FTS.c.document_id,
                DocumentRow.title,
                literal_column("snippet(document_fts, 2, '', '', '…', 24)").label("snippet"),
            )
            .join_from(FTS, DocumentRow, DocumentRow.id == FTS.c.document_id)
            .where(_fts_match(query))
            .order_by(literal_column("bm25(document_fts)"), FTS.c.document_id)
        )
    tsq = func.to_tsquery("simple", pg_query(query))
    vector = literal_column(PG_VECTOR)
    return (
        select(
            DocumentRow.id.label("document_id"),
            DocumentRow.title,
            func.ts_headline(
                "simple",
                DocumentRow.text,
                tsq,
                'StartSel="", StopSel="", MaxWords=30, MinWords=12, ShortWord=2',
            ).label("snippet"),
        )
        .where(vector.op("@@")(tsq))
        .order_by(func.ts_rank(vector, tsq).desc(), DocumentRow.id)
    )
