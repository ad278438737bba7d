"""Foundation: conversations.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversation",
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("locale", sa.String(16), nullable=False),
        sa.Column("audience", sa.String(32), nullable=True),
        sa.Column("age", sa.Integer, nullable=True),
        sa.Column("message_count", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_message_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_conversation_last_message_at", "conversation", ["last_message_at"])


def downgrade() -> None:
    op.drop_index("ix_conversation_last_message_at", "conversation")
    op.drop_table("conversation")
