"""Schema versions: the Alembic head must produce exactly the models' schema, a new file is created
and stamped, and a file from a newer version of the software is refused — on SQLite and on
PostgreSQL (the whole chain from 0001 runs on both)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy.exc
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, create_engine, inspect, text

from accred_app.core.database import open_database
from accred_app.core.errors import DatabaseProblem
from accred_app.core.models import Base
from accred_app.core.storage.db import to_url
from accred_app.core.storage.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    migrate_to_head,
)


@pytest.fixture
def engine(empty_db_target: str) -> Iterator[Engine]:
    engine = create_engine(to_url(empty_db_target))
    yield engine
    engine.dispose()


def _as_the_application_runs(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA foreign_keys = ON")  # PostgreSQL always enforces them


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


def test_open_database_creates_and_stamps_a_new_database(empty_db_target: str) -> None:
    database = open_database(empty_db_target)
    try:
        assert database.path is None or database.path.exists()
        assert current_revision(database) == head_revision()
        with database.engine.connect() as connection:
            assert _schema_diffs(connection) == []
        assert migrate_to_head(database) == "current"  # nothing left to do
    finally:
        database.dispose()
    reopened = open_database(empty_db_target)  # a current database opens without migrating
    try:
        assert current_revision(reopened) == head_revision()
    finally:
        reopened.dispose()


def test_database_from_a_newer_version_is_refused(empty_db_target: str) -> None:
    open_database(empty_db_target).dispose()
    engine = create_engine(to_url(empty_db_target))
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_future'"))
    engine.dispose()
    backups: list[object] = []

    with pytest.raises(DatabaseProblem) as caught:
        open_database(empty_db_target, before_migration=backups.append)
    assert caught.value.code == "db_newer_schema"
    assert "9999_from_future" in caught.value.message("vi")
    assert backups == []  # refused before any backup or change
    engine = create_engine(to_url(empty_db_target))
    with engine.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    engine.dispose()
    assert version == "9999_from_future"


def test_reporter_search_migration_fills_keys_and_words_for_existing_rows(engine: Engine) -> None:
    """A database from before the search index gets every reporter's sort key and words, and the
    way back keeps the reporters (and the rows that point at them)."""
    from accred_app.core.text import search_key, search_words, vietnamese_sort_bytes

    names = ["Nguyễn Thị Ánh", "Lê Anh", "Trần Văn Tú", "Zoë 50%_An"]
    with engine.begin() as connection:
        _as_the_application_runs(connection)
        _upgrade(connection, "0001")
        connection.execute(
            text(
                "INSERT INTO press_agencies (id, name, kind, search_key, created_at) "
                "VALUES (1, 'Báo Thanh Hóa', 'print', ' bao thanh hoa', '2026-01-01 00:00:00')"
            )
        )
        for number, name in enumerate(names, start=1):
            connection.execute(
                text(
                    "INSERT INTO reporters (id, full_name, agency_id, card_no, card_no_key, "
                    "card_expiry, status, search_key, created_at, updated_at) VALUES (:id, :name, "
                    "1, :card, :card, '2030-01-01', 'active', :key, '2026-01-01 00:00:00', "
                    "'2026-01-01 00:00:00')"
                ),
                {"id": number, "name": name, "card": f"{number}/BC", "key": search_key(name)},
            )
        connection.execute(
            text(
                "INSERT INTO reporter_photos (reporter_id, image_jpeg, thumbnail_jpeg, updated_at) "
                "VALUES (1, :jpeg, :jpeg, '2026-01-01 00:00:00')"
            ),
            {"jpeg": b"\x00"},
        )
        _upgrade(connection)
        assert connection.execute(text("SELECT count(*) FROM reporter_photos")).scalar_one() == 1
        stored = connection.execute(
            text("SELECT id, full_name, sort_key, search_key FROM reporters")
        )
        words = connection.execute(text("SELECT word, sort_key, reporter_id FROM reporter_words"))
        expected_words = set()
        for reporter_id, name, sort_key, key in stored:
            assert sort_key == vietnamese_sort_bytes(name)
            expected_words |= {(w, sort_key, reporter_id) for w in search_words(key)}
        assert set(words) == expected_words and len(expected_words) == 10

        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
        assert "reporter_words" not in inspect(connection).get_table_names()
        assert connection.execute(text("SELECT count(*) FROM reporters")).scalar_one() == 4
        assert connection.execute(text("SELECT count(*) FROM reporter_photos")).scalar_one() == 1


def test_personal_data_migration_keeps_a_populated_desk_and_checks_consent(engine: Engine) -> None:
    """The consent columns are added in place (a rebuild of ``reporters`` would be refused while a
    pass points at it, and would delete photos), and the consent method is still checked."""
    with engine.begin() as connection:
        _as_the_application_runs(connection)
        _upgrade(connection, "0005")
        connection.execute(
            text(
                "INSERT INTO press_agencies (id, name, kind, search_key, created_at) "
                "VALUES (1, 'Báo Thanh Hóa', 'print', ' bao thanh hoa', '2026-01-01 00:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO reporters (id, full_name, agency_id, card_no, card_no_key, "
                "card_expiry, status, search_key, sort_key, created_at, updated_at) VALUES "
                "(1, 'Lê Anh', 1, '1/BC', '1/BC', '2030-01-01', 'active', ' le anh', :key, "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            ),
            {"key": b"\x00"},
        )
        connection.execute(
            text(
                "INSERT INTO reporter_photos (reporter_id, image_jpeg, thumbnail_jpeg, updated_at) "
                "VALUES (1, :jpeg, :jpeg, '2026-01-01 00:00:00')"
            ),
            {"jpeg": b"\x00"},
        )
        _upgrade(connection, "0006")
        assert connection.execute(text("SELECT count(*) FROM reporter_photos")).scalar_one() == 1
        connection.execute(text("UPDATE reporters SET consent_method = 'written'"))
        with pytest.raises(sqlalchemy.exc.IntegrityError), connection.begin_nested():
            connection.execute(text("UPDATE reporters SET consent_method = 'by pigeon'"))
        command.downgrade(_config(connection), "0005")
        assert connection.execute(text("SELECT count(*) FROM reporters")).scalar_one() == 1
        assert "consent_method" not in {
            c["name"] for c in inspect(connection).get_columns("reporters")
        }


def test_widths_migration_keeps_the_trail_and_takes_long_keys(engine: Engine) -> None:
    """0008 widens ``audit_log.entity_id`` in place on PostgreSQL and by a rebuild on SQLite: the
    rows, the unique hash and the entity index stay, and a 64-character key fits."""
    row = (
        "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, changes, prev_hash, "
        "hash) VALUES (:id, '2026-01-01 00:00:00', 'admin', 'create', 'settings', :key, '{}', "
        "'0', :hash)"
    )
    with engine.begin() as connection:
        _as_the_application_runs(connection)
        _upgrade(connection, "0006")
        connection.execute(text(row), {"id": 1, "key": "serial_prefix", "hash": "a"})
        _upgrade(connection)  # through 0007 (the widths) to head
        connection.execute(text(row), {"id": 2, "key": "k" * 64, "hash": "b"})
        kept = connection.execute(text("SELECT id, entity_id FROM audit_log ORDER BY id")).all()
        assert [tuple(r) for r in kept] == [(1, "serial_prefix"), (2, "k" * 64)]
        with pytest.raises(sqlalchemy.exc.IntegrityError), connection.begin_nested():
            connection.execute(text(row), {"id": 3, "key": "x", "hash": "b"})  # hash unique
        indexes = {i["name"] for i in inspect(connection).get_indexes("audit_log")}
        assert "ix_audit_log_entity" in indexes
        assert _schema_diffs(connection) == []


def _config(connection: Connection) -> Any:
    config = alembic_config()
    config.attributes["connection"] = connection
    return config
