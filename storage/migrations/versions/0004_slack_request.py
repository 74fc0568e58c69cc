"""remember accepted Slack requests so a replay changes nothing

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "slack_request",
        sa.Column("digest", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("seen_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("digest"),
    )
    with op.batch_alter_table("slack_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_slack_request_seen_at"), ["seen_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("slack_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_slack_request_seen_at"))
    op.drop_table("slack_request")
