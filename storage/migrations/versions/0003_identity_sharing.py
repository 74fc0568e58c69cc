"""remember the names seen with each identity detail, and whether it is shared

Revision ID: 0003
Revises: 0001
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("lead_identity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("names", sa.JSON(), server_default="[]", nullable=False))
        batch_op.add_column(
            sa.Column("shared", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("lead_identity", schema=None) as batch_op:
        batch_op.drop_column("shared")
        batch_op.drop_column("names")
