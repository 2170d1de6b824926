"""The speaker list's counts, kept at ingest instead of counted on every request.

``/api/speakers`` ranks names by the quotes given to them and the documents that name them.
Counted on each request that meant grouping every speaker row and counting every quote per
name: 2.5 s at 10,000 documents, minutes at 100,000. Here each document's contribution is added
in the transaction that stores it and taken back in the one that replaces or removes it, so the
list reads two small tables (``speaker_totals``, ``speaker_kinds``) and answers exactly what the
grouping answered."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Select, delete, func, select, update
from sqlalchemy.orm import Session

from .models import QuoteRow, SpeakerKindRow, SpeakerRow, SpeakerTotalRow


def _upsert(dialect: str, table: type, keys: list[str], counts: list[str]):  # noqa: ANN202
    """``INSERT … ON CONFLICT DO UPDATE`` adding ``counts`` to a row that exists already."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    statement = dialect_insert(table)
    return statement.on_conflict_do_update(
        index_elements=keys,
        set_={name: getattr(table, name) + getattr(statement.excluded, name) for name in counts},
    )


def _apply(
    conn: Connection | Session,
    dialect: str,
    speakers: Iterable[tuple[str, str]],
    quote_names: Iterable[str | None],
    sign: int,
) -> None:
    """Add (``sign`` 1) or take back (-1) one document's speakers ``(name, kind)`` and the
    speaker names of its quotes. Rows are touched in name order, so two writers on PostgreSQL
    never wait for each other crosswise."""
    pairs = set(speakers)
    names = {name for name, _ in pairs}
    quotes = Counter(name for name in quote_names if name is not None)
    totals = sorted(names | set(quotes))
    if not totals:
        return
    if sign > 0:
        conn.execute(
            _upsert(dialect, SpeakerTotalRow, ["name"], ["n_documents", "n_quotes"]),
            [
                {"name": name, "n_documents": int(name in names), "n_quotes": quotes[name]}
                for name in totals
            ],
        )
        if pairs:
            conn.execute(
                _upsert(dialect, SpeakerKindRow, ["name", "kind"], ["n_documents"]),
                [{"name": name, "kind": kind, "n_documents": 1} for name, kind in sorted(pairs)],
            )
        return
    for name in totals:
        conn.execute(
            update(SpeakerTotalRow)
            .where(SpeakerTotalRow.name == name)
            .values(
                n_documents=SpeakerTotalRow.n_documents - int(name in names),
                n_quotes=SpeakerTotalRow.n_quotes - quotes[name],
            )
        )
    for name, kind in sorted(pairs):
        conn.execute(
            update(SpeakerKindRow)
            .where(SpeakerKindRow.name == name, SpeakerKindRow.kind == kind)
            .values(n_documents=SpeakerKindRow.n_documents - 1)
        )
    conn.execute(
        delete(SpeakerTotalRow).where(
            SpeakerTotalRow.name.in_(totals),
            SpeakerTotalRow.n_documents <= 0,
            SpeakerTotalRow.n_quotes <= 0,
        )
    )
    conn.execute(
        delete(SpeakerKindRow).where(
            SpeakerKindRow.name.in_(sorted(names)), SpeakerKindRow.n_documents <= 0
        )
    )


def add_document(
    conn: Connection | Session,
    dialect: str,
    speakers: list[dict[str, Any]],
    quotes: list[dict[str, Any]],
) -> None:
    """Count a document being stored, from its speaker and quote rows as they are inserted."""
    _apply(
        conn,
        dialect,
        ((row["name"], row["kind"]) for row in speakers),
        (row["speaker_name"] for row in quotes),
        1,
    )


def remove_document(conn: Connection | Session, dialect: str, doc_id: str) -> None:
    """Take back a stored document's counts; call before its speaker and quote rows go."""
    speakers = conn.execute(
        select(SpeakerRow.name, SpeakerRow.kind).where(SpeakerRow.document_id == doc_id)
    ).all()
    quote_names = conn.scalars(
        select(QuoteRow.speaker_name).where(QuoteRow.document_id == doc_id)
    ).all()
    _apply(conn, dialect, ((row.name, row.kind) for row in speakers), quote_names, -1)


def speakers_select(name_pattern: str | None, kind: str | None) -> Select:
    """``(name, kind, n_quotes, n_documents)`` of the speaker list, most quoted first.

    ``name_pattern`` is a LIKE pattern (``\\`` escapes) the name must match in any case; with
    ``kind`` only speakers of that kind count, and the kind shown is it, as when the rows were
    grouped; without, the least kind the name has."""
    totals = SpeakerTotalRow
    if kind:
        kinds = SpeakerKindRow
        stmt = (
            select(kinds.name, kinds.kind, totals.n_quotes, kinds.n_documents)
            .join(totals, totals.name == kinds.name)
            .where(kinds.kind == kind, kinds.n_documents > 0)
            .order_by(totals.n_quotes.desc(), kinds.n_documents.desc(), kinds.name)
        )
    else:
        least_kind = (
            select(func.min(SpeakerKindRow.kind))
            .where(SpeakerKindRow.name == totals.name, SpeakerKindRow.n_documents > 0)
            .scalar_subquery()
        )
        stmt = (
            select(totals.name, least_kind.label("kind"), totals.n_quotes, totals.n_documents)
            .where(totals.n_documents > 0)
            .order_by(totals.n_quotes.desc(), totals.n_documents.desc(), totals.name)
        )
    if name_pattern is not None:
        stmt = stmt.where(totals.name.ilike(name_pattern, escape="\\"))
    return stmt
