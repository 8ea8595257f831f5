"""Schema versions: the Alembic head must produce exactly the models' schema, a new file is created
and stamped, and a file from a newer version of the software is refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, create_engine, inspect, text

from accred_app.core.database import open_database
from accred_app.core.errors import DatabaseProblem
from accred_app.core.models import Base
from accred_app.core.storage.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    migrate_to_head,
)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.sqlite'}")
    yield engine
    engine.dispose()


def _upgrade(connection: Connection, revision: str = "head") -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def _schema_diffs(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(
        connection, opts={"compare_type": True, "compare_server_default": True}
    )
    return list(compare_metadata(context, Base.metadata))


def test_head_migration_produces_the_models_schema(engine: Engine) -> None:
    with engine.begin() as connection:
        _upgrade(connection)
    with engine.connect() as connection:
        assert _schema_diffs(connection) == []
        assert MigrationContext.configure(connection).get_current_revision() == head_revision()
        tables = set(inspect(connection).get_table_names())
    assert tables == set(Base.metadata.tables) | {"alembic_version"}


def test_downgrade_to_base_and_upgrade_again(engine: Engine) -> None:
    with engine.begin() as connection:
        _upgrade(connection)
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
        _upgrade(connection)
    with engine.connect() as connection:
        assert _schema_diffs(connection) == []


def test_head_constant_matches_the_script_directory() -> None:
    """``open_database`` skips importing Alembic by comparing with this constant."""
    from accred_app.migrations import HEAD_REVISION

    assert head_revision() == HEAD_REVISION


def test_open_database_creates_and_stamps_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    database = open_database(str(path))
    try:
        assert path.exists()
        assert current_revision(database) == head_revision()
        with database.engine.connect() as connection:
            assert _schema_diffs(connection) == []
        assert migrate_to_head(database) == "current"  # nothing left to do
    finally:
        database.dispose()
    reopened = open_database(str(path))  # a current file opens without migrating
    try:
        assert current_revision(reopened) == head_revision()
    finally:
        reopened.dispose()


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    open_database(str(path)).dispose()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_future'"))
    engine.dispose()
    backups: list[object] = []

    with pytest.raises(DatabaseProblem) as caught:
        open_database(str(path), before_migration=backups.append)
    assert caught.value.code == "db_newer_schema"
    assert "9999_from_future" in caught.value.message("vi")
    assert backups == []  # refused before any backup or change
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    engine.dispose()
    assert version == "9999_from_future"
