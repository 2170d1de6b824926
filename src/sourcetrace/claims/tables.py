"""The claim tables, on the store's declarative base (created by migration ``0003``).

``claims`` rows go with their document (deleted in cascade, rebuilt by the linker). Links are
kept by claim id without a foreign key on purpose: a user's confirm or reject must outlive the
re-analysis of either document, which deletes and rebuilds its claims under the same ids."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from ..store.models import Base

LINK_STATES = ("suggested", "confirmed", "rejected")
#: machine-only: two figures about the same count that are not the same claim (for conflicts)
RELATED = "related"


class ClaimRow(Base):
    __tablename__ = "claims"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    claim_id: Mapped[str] = mapped_column(String(24), unique=True)
    document_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(12))
    text: Mapped[str] = mapped_column(Text)
    claimant: Mapped[str | None] = mapped_column(String(300), index=True)
    indicator: Mapped[str | None] = mapped_column(String(40), index=True)
    value: Mapped[float | None] = mapped_column(Float)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    language: Mapped[str] = mapped_column(String(16))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary)


class ClaimLinkRow(Base):
    __tablename__ = "claim_links"
    __table_args__ = (UniqueConstraint("claim_a", "claim_b", name="uq_claim_links_pair"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    claim_a: Mapped[str] = mapped_column(String(24), index=True)
    claim_b: Mapped[str] = mapped_column(String(24), index=True)
    score: Mapped[float] = mapped_column(Float)
    state: Mapped[str] = mapped_column(String(12), index=True)
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
