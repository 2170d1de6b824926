"""The same article in several formats, speakers found by any of their names, and people's
corrections of the speakers.

``documents.body_hash`` (sha256 of the normalised words) recognises an article read again from
another file or format; ``speakers.names_key`` holds every name of a speaker, case- and
accent-folded, for the speaker filter. Both are filled for documents already stored.
``corrections`` keeps corrections apart from the machine readings (re-applied on every save).

Revision ID: 0002
Revises: 0001
"""

import json

import sqlalchemy as sa
from alembic import op

from sourcetrace.store.keys import body_hash, names_key

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("body_hash", sa.String(64), nullable=True))
    op.create_index("ix_documents_body_hash", "documents", ["body_hash"])
    op.add_column("speakers", sa.Column("names_key", sa.Text, nullable=True))
    op.create_table(
        "corrections",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("document_id", sa.String(64), nullable=True),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_corrections_document_id", "corrections", ["document_id"])
    connection = op.get_bind()
    documents = sa.table(
        "documents",
        sa.column("id", sa.String),
        sa.column("text", sa.Text),
        sa.column("reading", sa.Text),
        sa.column("body_hash", sa.String),
    )
    speakers = sa.table(
        "speakers",
        sa.column("document_id", sa.String),
        sa.column("local_id", sa.String),
        sa.column("names_key", sa.Text),
    )
    rows = connection.execute(sa.select(documents.c.id, documents.c.text, documents.c.reading))
    for doc_id, text, reading in rows.all():
        connection.execute(
            documents.update().where(documents.c.id == doc_id).values(body_hash=body_hash(text))
        )
        for speaker in json.loads(reading).get("speakers", []):
            mentions = [text[m["start"] : m["end"]] for m in speaker.get("mentions", [])]
            connection.execute(
                speakers.update()
                .where(speakers.c.document_id == doc_id, speakers.c.local_id == speaker["id"])
                .values(names_key=names_key([speaker["name"], *mentions]))
            )


def downgrade() -> None:
    op.drop_index("ix_corrections_document_id", "corrections")
    op.drop_table("corrections")
    op.drop_column("speakers", "names_key")
    op.drop_index("ix_documents_body_hash", "documents")
    op.drop_column("documents", "body_hash")
