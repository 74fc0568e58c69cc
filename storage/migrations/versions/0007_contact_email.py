"""keep the email address a channel captured with the conversation (a widget's pre-chat form)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "conversation",
        sa.Column("contact_email", sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True),
    )


def downgrade() -> None:
    with op.batch_alter_table("conversation") as batch:
        batch.drop_column("contact_email")
