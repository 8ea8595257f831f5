"""PostgreSQL widths: a zone mask with slot 31 set, an audit row about a long key

A pass's zone mask is the token's unsigned 32-bit zone set: a zone in slot 31 makes it 2**31 or
more, which a signed 32-bit INTEGER refuses on PostgreSQL, so it becomes BIGINT there. SQLite's
INTEGER already stores 64-bit values: nothing changes on SQLite (and ``passes`` is never rebuilt).

An audit row's ``entity_id`` is the audited row's key; a setting's key (an import mapping's is 47
characters) or a station's name may be 64 long. PostgreSQL enforces the width that SQLite only
records, so the column is widened to 64 — on SQLite too, so that both declare what the models
say; ``audit_log`` has no foreign keys in or out, so rebuilding it there loses nothing.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column(
            "passes", "zone_mask", type_=sa.BigInteger(), existing_type=sa.Integer(), nullable=False
        )
    with op.batch_alter_table("audit_log") as batch:
        batch.alter_column(
            "entity_id",
            type_=sa.String(length=64),
            existing_type=sa.String(length=40),
            existing_nullable=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.alter_column(
            "entity_id",
            type_=sa.String(length=40),
            existing_type=sa.String(length=64),
            existing_nullable=False,
        )
    if op.get_bind().dialect.name != "sqlite":
        # A mask of 2**31 or more does not fit back: refused by PostgreSQL, nothing changed.
        op.alter_column(
            "passes", "zone_mask", type_=sa.Integer(), existing_type=sa.BigInteger(), nullable=False
        )
