"""A desk on a PostgreSQL server: the roles of docs/deployment.md (an owner that creates and
upgrades the schema, a desk role that may only read and write rows), a server that cannot be
reached, and another desk holding the writers' lock too long — each a clear one-line message."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from accred_app.core.database import open_database
from accred_app.core.errors import DatabaseProblem
from accred_app.core.registry import agencies
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database
from accred_app.core.storage.migrate import alembic_config

ADMIN_PASSWORD = "mat-khau-quan-tri-1"


def one_line_error(result: Any) -> str:
    assert result.code == 3, (result.code, result.out, result.err)
    assert "Traceback" not in result.err and result.err.count("\n") == 1, result.err
    return str(result.err)


def test_an_unreachable_server_is_one_clear_line(run_cli: Any, tmp_path: Path) -> None:
    url = f"postgresql+psycopg://accred@/accred?host={tmp_path / 'no-server-here'}"
    message = one_line_error(run_cli("--db", url, "reporter", "list", user=None))
    assert "Không mở được cơ sở dữ liệu" in message and "no-server-here" in message


@pytest.mark.postgresql_only("PostgreSQL's lock timeout")
def test_a_writer_waiting_too_long_for_another_desk_is_told_the_database_is_busy(
    db: Database, admin: Actor, db_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACCRED_BUSY_TIMEOUT_MS", "200")
    other_desk = open_database(db_target)
    try:
        with db.transaction(admin) as session:
            session.execute(select(1))  # this desk holds the writers' lock from its first statement
            with pytest.raises(DatabaseProblem) as caught:
                agencies.add_agency(other_desk, admin, name="Báo Chờ", kind="print")
        assert caught.value.code == "db_locked"
        agencies.add_agency(other_desk, admin, name="Báo Chờ", kind="print")  # free again
    finally:
        other_desk.dispose()


@dataclass
class Roles:
    owner_url: str
    desk_url: str


@pytest.fixture
def roles(empty_db_target: str) -> Iterator[Roles]:
    """docs/deployment.md's two roles on an empty database (names made unique: roles belong to
    the whole cluster, which other tests share)."""
    suffix = secrets.token_hex(3)
    owner, desk = f"accred_owner_{suffix}", f"accred_desk_{suffix}"
    superuser = make_url(empty_db_target)
    engine = create_engine(superuser, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    statements = [
        f"CREATE ROLE {owner} LOGIN",
        f"CREATE ROLE {desk} LOGIN",
        f"GRANT CONNECT ON DATABASE {superuser.database} TO {owner}, {desk}",
        f"GRANT USAGE, CREATE ON SCHEMA public TO {owner}",
        f"GRANT USAGE ON SCHEMA public TO {desk}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {desk}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT USAGE, SELECT ON SEQUENCES TO {desk}",
    ]
    with engine.connect() as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)
    try:
        yield Roles(
            superuser.set(username=owner).render_as_string(hide_password=False),
            superuser.set(username=desk).render_as_string(hide_password=False),
        )
    finally:
        with engine.connect() as connection:
            connection.exec_driver_sql(
                f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                f"WHERE usename IN ('{owner}', '{desk}')"
            )
            for role in (owner, desk):
                connection.exec_driver_sql(f"DROP OWNED BY {role} CASCADE")
            connection.exec_driver_sql(f"DROP ROLE {owner}")
            connection.exec_driver_sql(f"DROP ROLE {desk}")
        engine.dispose()


@pytest.mark.postgresql_only("roles and privileges of a PostgreSQL server")
def test_the_owner_creates_and_upgrades_the_schema_and_a_desk_role_does_the_work(
    roles: Roles, run_cli: Any, tmp_path: Path
) -> None:
    password_file = tmp_path / "pw-admin"
    password_file.write_text(ADMIN_PASSWORD, encoding="utf-8")
    init = run_cli("--db", roles.owner_url, "--json", "init", "--admin-password-file",
                   str(password_file), user=None)  # fmt: skip
    assert init.code == 0, init.err
    assert init.json()["admin_created"]

    def desk(*argv: str, **kwargs: Any) -> Any:
        return run_cli("--db", roles.desk_url, *argv, **kwargs)

    agency = desk("agency", "add", "--name", "Báo Thanh Hóa", "--kind", "print")
    assert agency.code == 0, agency.err
    expiry = (date.today() + timedelta(days=700)).isoformat()
    reporter = desk("reporter", "add", "--name", "Lê Anh", "--agency", agency.out.strip(),
                    "--card-no", "TH-1", "--card-expiry", expiry)  # fmt: skip
    assert reporter.code == 0, reporter.err
    start, end = date.today().isoformat(), (date.today() + timedelta(days=1)).isoformat()
    event = desk("event", "add", "--name", "Hội nghị", "--kind", "event", "--start", start,
                 "--end", end, "--zone", "A:Hội trường")  # fmt: skip
    assert event.code == 0, event.err
    issued = desk("--json", "pass", "issue", "--reporter", reporter.out.strip(), "--event",
                  event.out.strip())  # fmt: skip
    assert issued.code == 0, issued.err
    assert desk("audit", "verify").code == 0

    # The desk role cannot change the schema: a pending upgrade is refused in one line, and the
    # owner's `accred init` does it.
    owner_engine = create_engine(roles.owner_url, poolclass=NullPool)
    with owner_engine.begin() as connection:  # the newest migration undone: an upgrade pending
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "-1")
    message = one_line_error(desk("reporter", "list"))
    assert "không đủ quyền" in message and "docs/deployment.md" in message
    assert "lacks a permission" in one_line_error(desk("--lang", "en", "reporter", "list"))
    assert run_cli("--db", roles.owner_url, "init", user="admin").code == 0
    with owner_engine.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    owner_engine.dispose()
    from accred_app.migrations import HEAD_REVISION

    assert version == HEAD_REVISION
    assert desk("--json", "pass", "list").json()[0]["serial"] == issued.json()["serial"]


@pytest.mark.postgresql_only("a station is refused on a PostgreSQL database")
def test_a_station_is_not_set_up_on_the_server(
    field: Any, empty_db_target: str, run_cli: Any
) -> None:
    result = run_cli(
        *("--db", empty_db_target, "station", "import", str(field.package)),
        *("--fingerprint", field.exported["fingerprint"]),
        user=None,
    )
    message = one_line_error(result)
    assert "tệp SQLite" in message and "Không có gì được ghi" in message
    engine = create_engine(empty_db_target, poolclass=NullPool)
    with engine.connect() as connection:
        written = [
            connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            for table in ("station_identity", "signing_keys", "officers", "passes", "audit_log")
        ]
    engine.dispose()
    assert written == [0, 0, 0, 0, 0]
