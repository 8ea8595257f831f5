"""personal data: purpose and consent on reporters, anonymisation mark, privacy actions

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import accred_app.core.models

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


CONSENT_METHODS = ("written", "electronic", "via_agency")


# Plain ALTER TABLE statements, never a batch rebuild: on SQLite a rebuild drops and re-creates
# ``reporters``, which with foreign keys enforced is refused while passes point at it (and would
# delete every reporter's photo through ON DELETE CASCADE). The CHECK of ``consent_method`` goes
# into the column's definition on SQLite (which cannot add a table constraint later) and is added
# as a named constraint elsewhere; both carry the name the models' naming convention gives it.
def upgrade() -> None:
    op.add_column(
        "reporters", sa.Column("processing_purpose", sa.String(length=500), nullable=True)
    )
    op.add_column("reporters", sa.Column("consent_given_on", sa.Date(), nullable=True))
    allowed = ", ".join(f"'{method}'" for method in CONSENT_METHODS)
    check = f"consent_method IN ({allowed})"
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE reporters ADD COLUMN consent_method VARCHAR(16) "
            f"CONSTRAINT ck_reporters_consent_method CHECK ({check})"
        )
    else:
        op.add_column("reporters", sa.Column("consent_method", sa.String(length=16), nullable=True))
        op.create_check_constraint(op.f("ck_reporters_consent_method"), "reporters", check)
    op.add_column(
        "reporters",
        sa.Column("anonymised_at", accred_app.core.models.UTCDateTime(), nullable=True),
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
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f("ck_reporters_consent_method"), "reporters", type_="check")
    for column in ("anonymised_at", "consent_method", "consent_given_on", "processing_purpose"):
        op.drop_column("reporters", column)  # ALTER TABLE … DROP COLUMN: no rebuild (see above)
