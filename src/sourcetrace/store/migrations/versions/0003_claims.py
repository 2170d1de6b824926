"""Claims and their links across documents (sourcetrace.claims).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "claims",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("claim_id", sa.String(24), nullable=False, unique=True),
        sa.Column(
            "document_id",
            sa.String(64),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("claimant", sa.String(300)),
        sa.Column("indicator", sa.String(40)),
        sa.Column("value", sa.Float),
        sa.Column("published", sa.Date),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("embedding", sa.LargeBinary),
    )
    for column in ("document_id", "claimant", "indicator", "published"):
        op.create_index(f"ix_claims_{column}", "claims", [column])
    op.create_table(
        "claim_links",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("claim_a", sa.String(24), nullable=False),
        sa.Column("claim_b", sa.String(24), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("evidence", sa.JSON, nullable=False),
        sa.Column("decided_at", sa.DateTime),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("claim_a", "claim_b", name="uq_claim_links_pair"),
    )
    for column in ("claim_a", "claim_b", "state"):
        op.create_index(f"ix_claim_links_{column}", "claim_links", [column])


def downgrade() -> None:
    op.drop_table("claim_links")
    op.drop_table("claims")
