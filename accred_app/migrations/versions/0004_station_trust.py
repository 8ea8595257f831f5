"""station trust: signed packages and logs, the scan-log hash chain

A station remembers who it is (its event, the newest package it accepted, its own log-signing
key); the desk remembers each station's log key (trust on first use) and every log import; each
scan-log row gets a hash linking it to the previous row of the same station. Existing scan rows
keep an empty chain hash: they were written before the chain existed, and ``verify_scan_chains``
reports them as unchained rather than inventing hashes for them now.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import accred_app.core.models

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("scan_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chain_hash", sa.String(length=64), nullable=True))
        batch_op.create_index("ix_scan_log_station_chain", ["station", "id"], unique=False)

    op.create_table(
        "station_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=False),
        sa.Column("package_created_at", accred_app.core.models.UTCDateTime(), nullable=False),
        sa.Column("package_sha256", sa.String(length=64), nullable=False),
        sa.Column("set_up_at", accred_app.core.models.UTCDateTime(), nullable=False),
        sa.Column("refreshed_at", accred_app.core.models.UTCDateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_station_identity_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_station_identity")),
    )
    op.create_table(
        "station_log_keys",
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("first_seen_at", accred_app.core.models.UTCDateTime(), nullable=False),
        sa.Column("first_seen_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("station", name=op.f("pk_station_log_keys")),
    )
    op.create_table(
        "station_log_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("imported_at", accred_app.core.models.UTCDateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=64), nullable=False),
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("key_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("exported_at", accred_app.core.models.UTCDateTime(), nullable=False),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("already_present", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("chain_count", sa.Integer(), nullable=False),
        sa.Column("chain_head", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_station_log_imports")),
    )
    with op.batch_alter_table("station_log_imports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_station_log_imports_station"), ["station"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("station_log_imports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_station_log_imports_station"))
    op.drop_table("station_log_imports")
    op.drop_table("station_log_keys")
    op.drop_table("station_identity")
    with op.batch_alter_table("scan_log", schema=None) as batch_op:
        batch_op.drop_index("ix_scan_log_station_chain")
        batch_op.drop_column("chain_hash")
