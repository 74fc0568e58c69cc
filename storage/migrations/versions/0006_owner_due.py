"""give leads an owner and a due time, and audit every owner change

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("lead", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("owner", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True)
        )
        batch_op.add_column(sa.Column("due_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.create_index("ix_lead_due", ["due_at", "id"], unique=False)
        batch_op.create_index("ix_lead_owner_due", ["owner", "due_at", "id"], unique=False)
    op.create_table(
        "owner_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("who", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("from_owner", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("to_owner", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("via", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("owner_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_owner_change_lead_id"), ["lead_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("owner_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_owner_change_lead_id"))
    op.drop_table("owner_change")
    with op.batch_alter_table("lead", schema=None) as batch_op:
        batch_op.drop_index("ix_lead_owner_due")
        batch_op.drop_index("ix_lead_due")
        batch_op.drop_column("due_at")
        batch_op.drop_column("owner")
