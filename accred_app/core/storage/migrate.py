"""Schema versions through Alembic: a new file is created from the models and stamped at head; an
older file is backed up, then upgraded; a file from a newer version of the software is refused."""

from __future__ import annotations

from collections.abc import Callable

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from accred_app.core.errors import DatabaseProblem
from accred_app.core.models import Base
from accred_app.core.storage.db import Database
from accred_app.paths import MIGRATIONS_DIR


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate_to_head(
    db: Database, before_migration: Callable[[Database], object] | None = None
) -> str:
    """Bring the schema to the head revision; returns what was done: created, upgraded, current."""
    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    current = current_revision(db)
    if current == head:
        return "current"
    if current is None:
        with db.engine.connect() as conn:
            has_tables = bool(conn.dialect.get_table_names(conn))
        if not has_tables:
            with db.engine.begin() as conn:
                Base.metadata.create_all(conn)
                config.attributes["connection"] = conn
                command.stamp(config, "head")
            return "created"
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseProblem("db_newer_schema", revision=current)
    if before_migration is not None:
        before_migration(db)
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return "upgraded"
