"""reporter words by reporter: the search's per-row word test, planned well on PostgreSQL

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


# An index only: no table is rebuilt. On 100,000 reporters (about 400,000 words) it takes a few
# seconds to build, once, after the automatic pre-migration backup.
def upgrade() -> None:
    op.create_index("ix_reporter_words_reporter", "reporter_words", ["reporter_id", "word"])


def downgrade() -> None:
    op.drop_index("ix_reporter_words_reporter", table_name="reporter_words")
