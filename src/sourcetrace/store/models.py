"""The corpus tables: one row per document plus its readings' records, normalised so the API can
filter and count without parsing JSON. The full ``Reading`` JSON is kept as well, so a document
is served exactly as the analysis produced it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(64), primary_key=True, doc="sha256 of the original text")
    language: Mapped[str] = mapped_column(String(16), index=True)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    source: Mapped[str | None] = mapped_column(String(300), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    pipeline_version: Mapped[str] = mapped_column(String(40))
    reading: Mapped[str] = mapped_column(Text, doc="Reading.model_dump_json()")
    n_quotes: Mapped[int] = mapped_column(Integer, default=0)
    n_attributions: Mapped[int] = mapped_column(Integer, default=0)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime)
    body_hash: Mapped[str | None] = mapped_column(
        String(64), index=True, doc="sha256 of the normalised words: the same article in any format"
    )


def _doc_fk() -> Mapped[str]:
    return mapped_column(String(64), ForeignKey("documents.id", ondelete="CASCADE"), index=True)


class SpeakerRow(Base):
    __tablename__ = "speakers"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = _doc_fk()
    local_id: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str | None] = mapped_column(Text)
    entity_type: Mapped[str | None] = mapped_column(String(40))
    names_key: Mapped[str | None] = mapped_column(
        Text, doc="every name of the speaker, folded, as |name|name| for the speaker filter"
    )


class QuoteRow(Base):
    __tablename__ = "quotes"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = _doc_fk()
    local_id: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(10), index=True)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    speaker_name: Mapped[str | None] = mapped_column(String(300), index=True)
    speaker_kind: Mapped[str | None] = mapped_column(String(20))
    cue: Mapped[str | None] = mapped_column(String(200))
    medium: Mapped[str | None] = mapped_column(String(300))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, doc="Quote.model_dump(mode='json')")


class AttributionRow(Base):
    __tablename__ = "attributions"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = _doc_fk()
    local_id: Mapped[str] = mapped_column(String(20))
    source_name: Mapped[str] = mapped_column(String(300), index=True)
    source_kind: Mapped[str] = mapped_column(String(20))
    relation: Mapped[str] = mapped_column(String(30), index=True)
    recipient: Mapped[str | None] = mapped_column(String(300))
    object_text: Mapped[str | None] = mapped_column(Text)
    evidence_text: Mapped[str] = mapped_column(Text)
    medium: Mapped[str | None] = mapped_column(String(300))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class FigureRow(Base):
    __tablename__ = "figures"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = _doc_fk()
    local_id: Mapped[str] = mapped_column(String(20))
    value: Mapped[float] = mapped_column(Float)
    value_max: Mapped[float | None] = mapped_column(Float)
    bound: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(String(100))
    counts: Mapped[str | None] = mapped_column(String(100))
    claimant_name: Mapped[str | None] = mapped_column(String(300), index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class HedgeRow(Base):
    __tablename__ = "hedges"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = _doc_fk()
    local_id: Mapped[str] = mapped_column(String(20))
    cue: Mapped[str] = mapped_column(String(200))
    meaning: Mapped[str] = mapped_column(String(30), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class CorrectionRow(Base):
    """A person's correction of the speakers (see :mod:`sourcetrace.corrections`), kept apart
    from the machine reading and applied again whenever a document is stored."""

    __tablename__ = "corrections"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))
    document_id: Mapped[str | None] = mapped_column(String(64), index=True, doc="None: all")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, doc="Correction.model_dump(mode='json')")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SpeakerTotalRow(Base):
    """Per speaker name across the corpus: the documents that name a speaker so and the quotes
    given to that name. Kept up to date in the transaction that stores or removes a document,
    so ``/api/speakers`` reads a ranked table instead of grouping every speaker row (2.5 s at
    10,000 documents)."""

    __tablename__ = "speaker_totals"

    name: Mapped[str] = mapped_column(String(300), primary_key=True)
    n_documents: Mapped[int] = mapped_column(Integer, default=0)
    n_quotes: Mapped[int] = mapped_column(Integer, default=0)


class SpeakerKindRow(Base):
    """Per speaker name and kind: the documents that have a speaker of that name and kind (the
    ``kind`` filter of ``/api/speakers`` counts only those, and the unfiltered list shows the
    least kind a name has)."""

    __tablename__ = "speaker_kinds"

    name: Mapped[str] = mapped_column(String(300), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    n_documents: Mapped[int] = mapped_column(Integer, default=0)


class SpeakerNameRow(Base):
    """One folded name of a stored speaker (a row per name in its ``names_key``): the speaker
    filters (``?speaker=``) look the name up in this table's primary key instead of matching
    ``names_key`` with ``LIKE '%|name|%'`` over every speaker row (0.9 s for
    ``/api/documents?speaker=`` and 5.4 s for ``/api/quotes?speaker=`` at 53,500 documents).
    Written and removed with the document's speaker rows."""

    __tablename__ = "speaker_names"

    key: Mapped[str] = mapped_column(Text, primary_key=True, doc="folded name (keys.name_key)")
    document_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(
        String(300), primary_key=True, doc="the speaker's name as stored (speakers.name)"
    )


Index("ix_speaker_names_document", SpeakerNameRow.document_id)
#: quotes given to a name in any case (``?speaker=``), without reading every quote
Index("ix_quotes_speaker_lower", func.lower(QuoteRow.speaker_name))
#: the quotes given to one document's speaker, found without reading the quotes
Index("ix_quotes_document_speaker", QuoteRow.document_id, QuoteRow.speaker_name)
Index(
    "ix_speaker_totals_rank",
    SpeakerTotalRow.n_quotes.desc(),
    SpeakerTotalRow.n_documents.desc(),
    SpeakerTotalRow.name,
)
#: the documents list's order (newest first), which the record lists follow too
Index(
    "ix_documents_newest",
    DocumentRow.published.desc(),
    DocumentRow.ingested_at.desc(),
    DocumentRow.id,
)
#: the record lists' order (documents newest first, then by id, each one's records in turn)
Index("ix_documents_published_id", DocumentRow.published.desc(), DocumentRow.id)
Index("ix_speaker_kinds_kind", SpeakerKindRow.kind, SpeakerKindRow.name)
