"""The speaker filters read an index instead of every speaker row or quote.

``speaker_names`` holds every folded name of every stored speaker (one row per name in its
``names_key``), filled here from the stored speaker rows and kept by the store with them;
``ix_quotes_speaker_lower`` finds the quotes given to a name in any case and
``ix_quotes_document_speaker`` those given to one document's speaker. ``?speaker=`` had
matched ``names_key`` with ``LIKE`` over the whole store (5.4 s for ``/api/quotes?speaker=`` at
53,500 documents).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql, sqlite

from sourcetrace.store.speaker_names import name_rows

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: speaker rows read per round while the index is filled: memory stays bounded on a large store
BATCH = 20_000


def upgrade() -> None:
    names = op.create_table(
        "speaker_names",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column(
            "document_id",
            sa.String(64),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("name", sa.String(300), primary_key=True),
    )
    op.create_index("ix_speaker_names_document", "speaker_names", ["document_id"])
    op.create_index("ix_quotes_speaker_lower", "quotes", [sa.text("lower(speaker_name)")])
    op.create_index("ix_quotes_document_speaker", "quotes", ["document_id", "speaker_name"])
    speakers = sa.table(
        "speakers",
        sa.column("pk", sa.Integer),
        sa.column("document_id", sa.String),
        sa.column("name", sa.String),
        sa.column("names_key", sa.Text),
    )
    connection = op.get_bind()
    after = 0
    while True:
        batch = connection.execute(
            sa.select(speakers.c.pk, speakers.c.document_id, speakers.c.name, speakers.c.names_key)
            .where(speakers.c.pk > after)
            .order_by(speakers.c.pk)
            .limit(BATCH)
        ).all()
        if not batch:
            break
        after = batch[-1].pk
        rows = name_rows(row._asdict() for row in batch)
        # one speaker's names may also be another's in the same document: stored once
        dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
        statement = dialect.insert(names)
        if rows:
            connection.execute(statement.on_conflict_do_nothing(), rows)


def downgrade() -> None:
    op.drop_index("ix_quotes_document_speaker", table_name="quotes")
    op.drop_index("ix_quotes_speaker_lower", table_name="quotes")
    op.drop_index("ix_speaker_names_document", table_name="speaker_names")
    op.drop_table("speaker_names")
