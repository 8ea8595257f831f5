"""personal data: purpose and consent on reporters, anonymisation mark, privacy actions

Revision ID: 0008
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import accred_app.core.models

revision = "0008"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reporters", schema=None) as batch_op:
        batch_op.add_column(sa.Column("processing_purpose", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("consent_given_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "consent_method",
                sa.Enum(
                    "written",
                    "electronic",
                    "via_agency",
                    name="consent_method",
                    native_enum=False,
                    create_constraint=True,
                    length=16,
                ),
                nullable=True,
            )
        )
        batch_op.add_column(
            sa.Column("anonymised_at", accred_app.core.models.UTCDateTime(), nullable=True)
        )

    op.create_table(
        "privacy_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", accred_app.core.models.UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("reporter_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_actions")),
    )


def downgrade() -> None:
    op.drop_table("privacy_actions")
    with op.batch_alter_table("reporters", schema=None) as batch_op:
        batch_op.drop_column("anonymised_at")
        batch_op.drop_constraint(batch_op.f("ck_reporters_consent_method"), type_="check")
        batch_op.drop_column("consent_method")
        batch_op.drop_column("consent_given_on")
        batch_op.drop_column("processing_purpose")
