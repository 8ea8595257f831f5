"""access log: hand-recorded access entries, their reporters and articles; scan-log and pass
indexes for the access log's filters and the cooperation report

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import accred_app.core.models

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "access_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", accred_app.core.models.UTCDateTime(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "interview",
                "briefing",
                "site_visit",
                "documents",
                name="access_kind",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("last_article_number", sa.Integer(), nullable=False),
        sa.Column("created_at", accred_app.core.models.UTCDateTime(), nullable=False),
        sa.Column("updated_at", accred_app.core.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_access_entries_event_id_events")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["police_units.id"], name=op.f("fk_access_entries_unit_id_police_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_entries")),
    )
    with op.batch_alter_table("access_entries", schema=None) as batch_op:
        batch_op.create_index(
            "ix_access_entries_event_time", ["event_id", "occurred_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_access_entries_occurred_at"), ["occurred_at"], unique=False
        )
        batch_op.create_index(
            "ix_access_entries_unit_time", ["unit_id", "occurred_at"], unique=False
        )

    op.create_table(
        "access_articles",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["press_agencies.id"],
            name=op.f("fk_access_articles_agency_id_press_agencies"),
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["access_entries.id"],
            name=op.f("fk_access_articles_entry_id_access_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("entry_id", "number", name=op.f("pk_access_articles")),
    )
    with op.batch_alter_table("access_articles", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_access_articles_agency_id"), ["agency_id"], unique=False
        )

    op.create_table(
        "access_entry_reporters",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("reporter_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["access_entries.id"],
            name=op.f("fk_access_entry_reporters_entry_id_access_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reporter_id"],
            ["reporters.id"],
            name=op.f("fk_access_entry_reporters_reporter_id_reporters"),
        ),
        sa.PrimaryKeyConstraint("entry_id", "reporter_id", name=op.f("pk_access_entry_reporters")),
    )
    with op.batch_alter_table("access_entry_reporters", schema=None) as batch_op:
        batch_op.create_index(
            "ix_access_entry_reporters_reporter", ["reporter_id", "entry_id"], unique=False
        )

    op.create_index(
        "ix_scan_log_report",
        "scan_log",
        ["unit_id", "event_id", "allowed", "direction", "reason", "scanned_at"],
        unique=False,
    )
    op.create_index(
        "ix_scan_log_reporter",
        "scan_log",
        ["reporter_id", "unit_id", "allowed", "direction", "scanned_at"],
        unique=False,
    )
    op.create_index(
        "ix_passes_report_event",
        "passes",
        ["event_id", "status", "issued_at", "reporter_id"],
        unique=False,
    )
    op.create_index(
        "ix_passes_report_reporter",
        "passes",
        ["reporter_id", "issued_at", "event_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_passes_report_reporter", table_name="passes")
    op.drop_index("ix_passes_report_event", table_name="passes")
    op.drop_index("ix_scan_log_reporter", table_name="scan_log")
    op.drop_index("ix_scan_log_report", table_name="scan_log")
    with op.batch_alter_table("access_entry_reporters", schema=None) as batch_op:
        batch_op.drop_index("ix_access_entry_reporters_reporter")
    op.drop_table("access_entry_reporters")
    with op.batch_alter_table("access_articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_access_articles_agency_id"))
    op.drop_table("access_articles")
    with op.batch_alter_table("access_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_access_entries_unit_time")
        batch_op.drop_index(batch_op.f("ix_access_entries_occurred_at"))
        batch_op.drop_index("ix_access_entries_event_time")
    op.drop_table("access_entries")
