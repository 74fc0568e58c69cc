"""add the provider's message id to messages, unique per conversation

Revision ID: 0002
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0002"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # batch mode: SQLite cannot add a constraint to an existing table in place.
    with op.batch_alter_table("message") as batch:
        batch.add_column(
            sa.Column("external_id", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True)
        )
        batch.create_unique_constraint("uq_message_external_id", ["conversation_id", "external_id"])


def downgrade() -> None:
    with op.batch_alter_table("message") as batch:
        batch.drop_constraint("uq_message_external_id", type_="unique")
        batch.drop_column("external_id")
