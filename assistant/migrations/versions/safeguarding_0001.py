"""Safeguarding: escalations, their audit log, staff accounts and API tokens.

Revision ID: safeguarding_0001
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "safeguarding_0001"
down_revision = "0001"
branch_labels = ("safeguarding",)
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "escalation",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conversation_id", sa.String(128), nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("audience", sa.String(32)),
        sa.Column("age", sa.Integer),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("category", sa.String(48)),
        sa.Column("reason", sa.String(200)),
        sa.Column("score", sa.Float),
        sa.Column("excerpt", sa.Text, nullable=False),
        sa.Column("message_count", sa.Integer, nullable=False),
        sa.Column("claimed_by", sa.String(64)),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("resolved_at", TS),
    )
    op.create_index("ix_escalation_conversation_id", "escalation", ["conversation_id"])
    op.create_index("ix_escalation_updated_at", "escalation", ["updated_at"])
    op.create_index(
        "uq_escalation_one_open",
        "escalation",
        ["conversation_id"],
        unique=True,
        sqlite_where=sa.text("status != 'resolved'"),
        postgresql_where=sa.text("status != 'resolved'"),
    )
    op.create_table(
        "escalation_event",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("escalation_id", sa.Integer, sa.ForeignKey("escalation.id", ondelete="CASCADE"), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("detail", sa.Text),
    )
    op.create_index("ix_escalation_event_escalation_id", "escalation_event", ["escalation_id"])
    op.create_table(
        "staff_member",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "api_token",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff_member.id", ondelete="CASCADE"), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("last_used_at", TS),
        sa.Column("revoked_at", TS),
    )
    op.create_index("ix_api_token_staff_id", "api_token", ["staff_id"])


def downgrade() -> None:
    op.drop_table("api_token")
    op.drop_table("staff_member")
    op.drop_table("escalation_event")
    op.drop_table("escalation")
