"""Test-wide settings and fixtures: Qt offscreen, fast password hashing, a fresh database per test.

Databases are seeded through the services (never through widgets). ``run_cli`` runs the real
``accred`` entry point in-process, signed in as the admin unless told otherwise.

**Two databases.** Every test that uses a database (``db``, ``db_target``, ``run_cli`` …) runs once
on SQLite and once on PostgreSQL: the ``database_backend`` parameter (test ids end in ``[sqlite]``
or ``[postgresql]``). The PostgreSQL half needs a server: by default the run starts a throwaway
cluster of its own when PostgreSQL's server programs are installed (``tests/postgres_cluster.py``)
and stops it at the end; ``--postgresql=off`` (or ``ACCRED_TEST_POSTGRESQL=off``) runs SQLite
only, ``on`` fails when no server can be had (CI), ``ACCRED_TEST_POSTGRESQL_URL`` names a server
of your own (a superuser URL: each test gets a database of its own there, dropped afterwards).

SQLite-only tests — the file itself (modes, WAL, restore, crash safety, another program's file,
query plans) — carry ``@pytest.mark.sqlite_only("why")``; a test that asks for ``db_path`` (the
SQLite file) is SQLite-only by that alone. The GUI tests run on SQLite. A station's database is
always a SQLite file of its own, beside a desk of either kind. ``@pytest.mark.postgresql_only``
marks what only a server has (roles, ``pg_dump``, several desks writing at once).
"""

from __future__ import annotations

import itertools
import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import postgres_cluster
import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests run on Vietnam's clock, as the office's computers do: ``date.today()`` in a test is the
# day the core calls today (``core/clock.py``). On a UTC machine the two differ from 17:00 to
# midnight UTC, and a pass issued "for today" was already over when scanned in Vietnam's new day.
os.environ["TZ"] = "Asia/Ho_Chi_Minh"
if hasattr(time, "tzset"):
    time.tzset()
os.environ["ACCRED_LOCALE"] = "vi"
os.environ["ACCRED_ARGON2_PROFILE"] = "fast"  # argon2id with small parameters: tests only
for _name in ("ACCRED_DB", "ACCRED_USER", "ACCRED_PASSWORD_FILE"):
    os.environ.pop(_name, None)

ADMIN_PASSWORD = "mat-khau-quan-tri-1"

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
POSTGRESQL_MODE_ENV = "ACCRED_TEST_POSTGRESQL"
POSTGRESQL_URL_ENV = "ACCRED_TEST_POSTGRESQL_URL"
POSTGRESQL_DIR_ENV = "ACCRED_TEST_POSTGRESQL_DIR"
TEMPLATE_DATABASE = "accred_template"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data or settings folder."""
    monkeypatch.setenv("ACCRED_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ACCRED_CONFIG_DIR", str(tmp_path / "config"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--postgresql",
        choices=("auto", "on", "off"),
        default=os.environ.get(POSTGRESQL_MODE_ENV, "auto"),
        help="run the database tests on PostgreSQL too: auto (when a server can be had), on "
        f"(required), off. Env {POSTGRESQL_MODE_ENV}; a server of your own: {POSTGRESQL_URL_ENV}",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): runs on SQLite only (the file, a station database)"
    )
    config.addinivalue_line(
        "markers", "postgresql_only(reason): runs on PostgreSQL only (skipped without a server)"
    )
    mode = config.getoption("--postgresql")
    reason = None
    if mode == "off":
        reason = "turned off (--postgresql=off)"
    elif not os.environ.get(POSTGRESQL_URL_ENV) and postgres_cluster.server_bin_dir() is None:
        reason = "no PostgreSQL server programs (Debian: apt-get install postgresql)"
        if mode == "on":
            raise pytest.UsageError(f"--postgresql=on, but {reason}")
    config.stash[_POSTGRESQL_OFF] = reason


_POSTGRESQL_OFF = pytest.StashKey[str | None]()


def pytest_report_header(config: pytest.Config) -> str:
    reason = config.stash[_POSTGRESQL_OFF]
    if reason:
        return f"databases: SQLite only — PostgreSQL half off: {reason}"
    where = os.environ.get(POSTGRESQL_URL_ENV) and "the server in " + POSTGRESQL_URL_ENV
    return f"databases: SQLite and PostgreSQL ({where or 'a throwaway cluster'})"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database_backend" not in metafunc.fixturenames:
        return
    off = metafunc.config.stash[_POSTGRESQL_OFF]
    backends: list[Any] = [SQLITE]
    sqlite_only = (
        metafunc.definition.get_closest_marker("sqlite_only") is not None
        or "db_path" in metafunc.fixturenames
        or "gui" in Path(str(metafunc.definition.path)).parts
    )
    if metafunc.definition.get_closest_marker("postgresql_only") is not None:
        skip = pytest.mark.skip(reason=f"PostgreSQL half off: {off}")
        backends = [POSTGRESQL if off is None else pytest.param(POSTGRESQL, marks=skip)]
    elif not sqlite_only and off is None:
        backends.append(POSTGRESQL)
    # Module scope: the module-wide databases of a few test files follow the parameter too, and
    # each file runs its SQLite tests, then its PostgreSQL tests.
    metafunc.parametrize("database_backend", backends, indirect=True, scope="module")


@pytest.fixture(scope="module")
def database_backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql`` (parametrized by ``pytest_generate_tests``)."""
    return str(request.param)


class PostgresServer:
    """The server of the PostgreSQL half: hands out databases, each a copy of a template that
    already holds the schema at head (``CREATE DATABASE … TEMPLATE`` copies files: far quicker
    than migrating every test's database)."""

    def __init__(self, admin_url: str) -> None:
        self._url = make_url(admin_url)
        self._engine = create_engine(
            self._url.set(database="postgres"), isolation_level="AUTOCOMMIT", poolclass=NullPool
        )
        self._numbers = itertools.count(1)
        self._prefix = f"accred_test_{os.getpid()}_"  # a server of your own may hold others
        self._template = f"{TEMPLATE_DATABASE}_{os.getpid()}"
        self._execute(f"DROP DATABASE IF EXISTS {self._template} WITH (FORCE)")
        self._execute(f"CREATE DATABASE {self._template} TEMPLATE template0 ENCODING 'UTF8'")
        from accred_app.core.database import open_database

        # The schema, as `accred init` makes it; then no connection is left: a template in use
        # cannot be copied.
        open_database(self.url_of(self._template)).dispose()

    def _execute(self, sql: str) -> None:
        with self._engine.connect() as connection:
            connection.exec_driver_sql(sql)

    def url_of(self, database: str) -> str:
        return self._url.set(database=database).render_as_string(hide_password=False)

    def create(self, *, empty: bool = False) -> str:
        """A new database (empty, or with the schema at head) and its URL."""
        name = f"{self._prefix}{next(self._numbers)}"
        template = "template0" if empty else self._template
        self._execute(f"CREATE DATABASE {name} TEMPLATE {template} ENCODING 'UTF8'")
        return self.url_of(name)

    def drop(self, url: str) -> None:
        self._execute(f"DROP DATABASE IF EXISTS {make_url(url).database} WITH (FORCE)")

    def close(self) -> None:
        self._execute(f"DROP DATABASE IF EXISTS {self._template} WITH (FORCE)")
        self._engine.dispose()


@pytest.fixture(scope="session")
def postgresql_server(request: pytest.FixtureRequest) -> Iterator[PostgresServer]:
    """A PostgreSQL server for this run: ``ACCRED_TEST_POSTGRESQL_URL``, or a throwaway cluster
    (in ``ACCRED_TEST_POSTGRESQL_DIR`` when set, so a shell trap can stop it too) that is stopped
    when the run ends, whether the tests passed or not."""
    given = os.environ.get(POSTGRESQL_URL_ENV)
    cluster = None
    if not given:
        folder = os.environ.get(POSTGRESQL_DIR_ENV)
        try:
            cluster = postgres_cluster.start(Path(folder) if folder else None)
        except postgres_cluster.ClusterUnavailable as exc:
            pytest.fail(
                f"PostgreSQL half: {exc} (--postgresql=off runs SQLite only)", pytrace=False
            )
    try:
        server = PostgresServer(given or cluster.url())  # type: ignore[union-attr]
        yield server
        server.close()
    finally:
        if cluster is not None:
            cluster.stop()


def _new_target(backend: str, request: pytest.FixtureRequest, folder: Path, *, empty: bool) -> str:
    if backend == SQLITE:
        return str(folder / ("fresh.sqlite" if empty else "accred.sqlite"))
    server: PostgresServer = request.getfixturevalue("postgresql_server")
    url = server.create(empty=empty)
    request.addfinalizer(lambda: server.drop(url))
    return url


@pytest.fixture
def db_target(database_backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where the test's database lives: a SQLite file path, or a PostgreSQL URL whose database
    already has the schema at head (what ``--db`` and ``open_database`` take)."""
    return _new_target(database_backend, request, tmp_path, empty=False)


@pytest.fixture
def empty_db_target(database_backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database with nothing in it yet (a new SQLite path; an empty PostgreSQL database), for
    what must create or migrate a schema itself (``accred init``, the migration chain)."""
    return _new_target(database_backend, request, tmp_path, empty=True)


@pytest.fixture(scope="module")
def module_db_target(
    database_backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> str:
    """Like ``db_target``, shared by one test file (for data that is costly to build)."""
    return _new_target(database_backend, request, tmp_path_factory.mktemp("module"), empty=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The SQLite file of ``db`` (asking for it makes the test SQLite-only)."""
    return tmp_path / "accred.sqlite"


@pytest.fixture
def db(db_target: str) -> Iterator[Any]:
    """A fresh, initialised database (schema, signing key, admin ``admin``)."""
    from accred_app.core.database import open_database
    from accred_app.core.setup.installation import initialise

    database = open_database(db_target)
    initialise(database, admin_password=ADMIN_PASSWORD)
    yield database
    database.dispose()


@pytest.fixture
def admin(db: Any) -> Any:
    """The ``db`` fixture's administrator, signed in: the actor holds the unlocked signing key."""
    from accred_app.core.security.officers import authenticate

    return authenticate(db, "admin", ADMIN_PASSWORD)


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def run_cli(
    db: Any,
    db_target: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Any:
    """``run_cli("reporter", "list", user="admin", password=...)`` → CliResult (in-process)."""
    from accred_app.cli import main

    def run(
        *argv: str,
        user: str | None = "admin",
        password: str = ADMIN_PASSWORD,
        stdin: str | None = None,
    ) -> CliResult:
        capsys.readouterr()
        password_file = tmp_path / f"pw-{user}"
        password_file.write_text(password, encoding="utf-8")
        if user:
            monkeypatch.setenv("ACCRED_USER", user)
            monkeypatch.setenv("ACCRED_PASSWORD_FILE", str(password_file))
        else:
            monkeypatch.delenv("ACCRED_USER", raising=False)
            monkeypatch.delenv("ACCRED_PASSWORD_FILE", raising=False)
        if stdin is not None:
            import io
            import sys

            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        args = list(argv)
        if "--db" not in args:
            args = ["--db", db_target, *args]
        try:
            code = main(args)
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run
