"""count each lead's status decisions, so a click can carry the version it saw

Revision ID: 0005
Revises: 0002
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "lead",
        sa.Column("status_version", sa.Integer(), nullable=False, server_default="0"),
    )
    # Start from the decisions people already made: an alert posted before this version
    # carries no version (read as 0) and must not undo one of them.
    op.execute(
        "UPDATE lead SET status_version = (SELECT count(*) FROM status_change "
        "WHERE status_change.lead_id = lead.id AND status_change.via != 'model')"
    )


def downgrade() -> None:
    with op.batch_alter_table("lead") as batch:
        batch.drop_column("status_version")
