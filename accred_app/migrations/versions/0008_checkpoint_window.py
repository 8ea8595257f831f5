"""checkpoint window: how a scan-log row came to be (scan, manual admission, supervisor override)

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


METHODS = ("scan", "manual", "override")


# Plain ALTER TABLE, never a batch rebuild of ``scan_log`` (a million rows on a busy desk). The
# server default fills existing rows without rewriting them; the CHECK of ``method`` goes into the
# column's definition on SQLite (which cannot add a table constraint later) and is added as a named
# constraint elsewhere, with the name the models' naming convention gives it.
def upgrade() -> None:
    allowed = ", ".join(f"'{method}'" for method in METHODS)
    check = f"method IN ({allowed})"
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE scan_log ADD COLUMN method VARCHAR(16) DEFAULT 'scan' NOT NULL "
            f"CONSTRAINT ck_scan_log_scan_method CHECK ({check})"
        )
    else:
        op.add_column(
            "scan_log",
            sa.Column(
                "method", sa.String(length=16), server_default=sa.text("'scan'"), nullable=False
            ),
        )
        op.create_check_constraint(op.f("ck_scan_log_scan_method"), "scan_log", check)
    op.add_column("scan_log", sa.Column("note", sa.String(length=500), nullable=True))
    op.add_column("scan_log", sa.Column("overrides_uid", sa.String(length=36), nullable=True))


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f("ck_scan_log_scan_method"), "scan_log", type_="check")
    for column in ("overrides_uid", "note", "method"):
        op.drop_column("scan_log", column)  # ALTER TABLE … DROP COLUMN: no rebuild (see above)
