"""reporter list order and word search on indexes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 12:00:00

Adds ``reporters.sort_key`` (Vietnamese list order as bytes) and the ``reporter_words`` search
index, and fills both for the reporters already there; indexes for paging the list by order, by
status and by agency, and for the card-expiry filter. ``ix_reporters_agency_id`` goes: the new
``(agency_id, sort_key, id)`` index serves every lookup it served. ``ix_passes_reporter_live``
counts a reporter's live passes for the list without reading the pass rows.

The backfill uses the application's own key functions (``core.text``): the stored keys must be
exactly the ones the running code computes, and a future change of those functions needs a
migration that recomputes them anyway.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from alembic import op

from accred_app.core.text import search_words, vietnamese_sort_bytes

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

BATCH = 20_000
BinaryText = sa.String(length=600).with_variant(sa.String(length=600, collation="C"), "postgresql")


def _batches(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


# Plain ALTER TABLE statements, never a batch rebuild: on SQLite a rebuild drops and re-creates
# ``reporters``, and with foreign keys enforced that deletes every reporter's photo (ON DELETE
# CASCADE) and is refused while passes point at it.


def upgrade() -> None:
    op.add_column(
        "reporters",
        sa.Column("sort_key", sa.LargeBinary(), server_default=sa.text("''"), nullable=False),
    )
    words = op.create_table(
        "reporter_words",
        sa.Column("word", BinaryText, nullable=False),
        sa.Column("sort_key", sa.LargeBinary(), nullable=False),
        sa.Column("reporter_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["reporter_id"], ["reporters.id"], name=op.f("fk_reporter_words_reporter_id_reporters")
        ),
        sa.PrimaryKeyConstraint("word", "sort_key", "reporter_id", name=op.f("pk_reporter_words")),
        sqlite_with_rowid=False,
    )

    connection = op.get_bind()
    reporters = sa.table(
        "reporters",
        sa.column("id", sa.Integer()),
        sa.column("full_name", sa.String()),
        sa.column("search_key", sa.String()),
        sa.column("sort_key", sa.LargeBinary()),
    )
    existing = connection.execute(
        sa.select(reporters.c.id, reporters.c.full_name, reporters.c.search_key)
    ).all()
    keyed = [(row.id, vietnamese_sort_bytes(row.full_name), row.search_key) for row in existing]
    update = (
        sa.update(reporters)
        .where(reporters.c.id == sa.bindparam("reporter_id"))
        .values(sort_key=sa.bindparam("key"))
    )
    for batch in _batches({"reporter_id": i, "key": key} for i, key, _ in keyed):
        connection.execute(update, batch)
    # in primary-key order, so the index is built by appending
    word_rows = sorted(
        (word, key, reporter_id)
        for reporter_id, key, search_key in keyed
        for word in search_words(search_key)
    )
    for batch in _batches({"word": w, "sort_key": k, "reporter_id": i} for w, k, i in word_rows):
        connection.execute(sa.insert(words), batch)

    op.drop_index("ix_reporters_agency_id", table_name="reporters")
    op.create_index("ix_reporters_sort_key", "reporters", ["sort_key", "id"])
    op.create_index("ix_reporters_status_sort_key", "reporters", ["status", "sort_key", "id"])
    op.create_index("ix_reporters_agency_sort_key", "reporters", ["agency_id", "sort_key", "id"])
    op.create_index("ix_reporters_card_expiry", "reporters", ["card_expiry"])
    op.create_index("ix_passes_reporter_live", "passes", ["reporter_id", "valid_to", "status"])


def downgrade() -> None:
    op.drop_table("reporter_words")
    op.drop_index("ix_passes_reporter_live", table_name="passes")
    for name in (
        "ix_reporters_card_expiry",
        "ix_reporters_agency_sort_key",
        "ix_reporters_status_sort_key",
        "ix_reporters_sort_key",
    ):
        op.drop_index(name, table_name="reporters")
    op.create_index("ix_reporters_agency_id", "reporters", ["agency_id"])
    op.drop_column("reporters", "sort_key")  # SQLite 3.35+ drops a column in place
