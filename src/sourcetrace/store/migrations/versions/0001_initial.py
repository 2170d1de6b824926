"""The first corpus schema: documents, their records and full-text search.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _doc_fk() -> sa.Column:
    return sa.Column(
        "document_id",
        sa.String(64),
        sa.ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("published", sa.Date),
        sa.Column("source", sa.String(300)),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("origin", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("pipeline_version", sa.String(40), nullable=False),
        sa.Column("reading", sa.Text, nullable=False),
        sa.Column("n_quotes", sa.Integer, nullable=False),
        sa.Column("n_attributions", sa.Integer, nullable=False),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
    )
    for column in ("language", "published", "source"):
        op.create_index(f"ix_documents_{column}", "documents", [column])

    op.create_table(
        "speakers",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        _doc_fk(),
        sa.Column("local_id", sa.String(20), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("entity_type", sa.String(40)),
    )
    op.create_table(
        "quotes",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        _doc_fk(),
        sa.Column("local_id", sa.String(20), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("speaker_name", sa.String(300)),
        sa.Column("speaker_kind", sa.String(20)),
        sa.Column("cue", sa.String(200)),
        sa.Column("medium", sa.String(300)),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_table(
        "attributions",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        _doc_fk(),
        sa.Column("local_id", sa.String(20), nullable=False),
        sa.Column("source_name", sa.String(300), nullable=False),
        sa.Column("source_kind", sa.String(20), nullable=False),
        sa.Column("relation", sa.String(30), nullable=False),
        sa.Column("recipient", sa.String(300)),
        sa.Column("object_text", sa.Text),
        sa.Column("evidence_text", sa.Text, nullable=False),
        sa.Column("medium", sa.String(300)),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_table(
        "figures",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        _doc_fk(),
        sa.Column("local_id", sa.String(20), nullable=False),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("value_max", sa.Float),
        sa.Column("bound", sa.String(20), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("unit", sa.String(100)),
        sa.Column("counts", sa.String(100)),
        sa.Column("claimant_name", sa.String(300)),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_table(
        "hedges",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        _doc_fk(),
        sa.Column("local_id", sa.String(20), nullable=False),
        sa.Column("cue", sa.String(200), nullable=False),
        sa.Column("meaning", sa.String(30), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    for table in ("speakers", "quotes", "attributions", "figures", "hedges"):
        op.create_index(f"ix_{table}_document_id", table, ["document_id"])
    op.create_index("ix_speakers_name", "speakers", ["name"])
    op.create_index("ix_quotes_kind", "quotes", ["kind"])
    op.create_index("ix_quotes_speaker_name", "quotes", ["speaker_name"])
    op.create_index("ix_attributions_source_name", "attributions", ["source_name"])
    op.create_index("ix_attributions_relation", "attributions", ["relation"])
    op.create_index("ix_figures_claimant_name", "figures", ["claimant_name"])
    op.create_index("ix_hedges_meaning", "hedges", ["meaning"])

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # Kept in step by the store in the same transaction as the document (no triggers, so the
        # quotes' text can be indexed with the document).
        op.execute(
            "CREATE VIRTUAL TABLE document_fts USING fts5("
            "document_id UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2')"
        )
    elif dialect == "postgresql":
        op.execute(
            "CREATE INDEX ix_documents_fts ON documents USING gin "
            "(to_tsvector('simple', coalesce(title, '') || ' ' || text))"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS document_fts")
    for table in ("hedges", "figures", "attributions", "quotes", "speakers", "documents"):
        op.drop_table(table)
