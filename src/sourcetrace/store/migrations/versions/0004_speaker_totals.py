"""Speaker totals kept at ingest, so the speaker list does not group every speaker row; an
index in the documents' list order (newest first), so a page of documents or records reads its
own rows instead of sorting the corpus.

``speaker_totals`` (per name: documents naming a speaker so, quotes given to the name) and
``speaker_kinds`` (per name and kind: documents) are filled from the stored rows here and kept
up to date by the store in the transaction that stores or removes a document.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_documents_newest",
        "documents",
        [sa.text("published DESC"), sa.text("ingested_at DESC"), "id"],
    )
    op.create_index(
        "ix_documents_published_id", "documents", [sa.text("published DESC"), "id"]
    )
    op.create_table(
        "speaker_totals",
        sa.Column("name", sa.String(300), primary_key=True),
        sa.Column("n_documents", sa.Integer, nullable=False, server_default="0"),
        sa.Column("n_quotes", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index(
        "ix_speaker_totals_rank",
        "speaker_totals",
        [sa.text("n_quotes DESC"), sa.text("n_documents DESC"), "name"],
    )
    op.create_table(
        "speaker_kinds",
        sa.Column("name", sa.String(300), primary_key=True),
        sa.Column("kind", sa.String(20), primary_key=True),
        sa.Column("n_documents", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_speaker_kinds_kind", "speaker_kinds", ["kind", "name"])
    op.execute(
        "INSERT INTO speaker_kinds (name, kind, n_documents) "
        "SELECT name, kind, COUNT(DISTINCT document_id) FROM speakers GROUP BY name, kind"
    )
    op.execute(
        "INSERT INTO speaker_totals (name, n_documents, n_quotes) "
        "SELECT name, SUM(n_documents), SUM(n_quotes) FROM ("
        " SELECT name, COUNT(DISTINCT document_id) AS n_documents, 0 AS n_quotes"
        " FROM speakers GROUP BY name"
        " UNION ALL"
        " SELECT speaker_name, 0, COUNT(*) FROM quotes"
        " WHERE speaker_name IS NOT NULL GROUP BY speaker_name"
        ") AS parts GROUP BY name"
    )


def downgrade() -> None:
    op.drop_index("ix_documents_newest", table_name="documents")
    op.drop_index("ix_documents_published_id", table_name="documents")
    op.drop_table("speaker_kinds")
    op.drop_table("speaker_totals")
