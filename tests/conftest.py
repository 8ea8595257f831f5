"""Test-wide settings and fixtures: Qt offscreen, fast password hashing, a fresh database per test.

Databases are seeded through the services (never through widgets). ``run_cli`` runs the real
``accred`` entry point in-process, signed in as the admin unless told otherwise.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ACCRED_LOCALE"] = "vi"
os.environ["ACCRED_ARGON2_PROFILE"] = "fast"  # argon2id with small parameters: tests only
for _name in ("ACCRED_DB", "ACCRED_USER", "ACCRED_PASSWORD_FILE"):
    os.environ.pop(_name, None)

ADMIN_PASSWORD = "mat-khau-quan-tri-1"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data or settings folder."""
    monkeypatch.setenv("ACCRED_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ACCRED_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "accred.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Any]:
    """A fresh, initialised database (schema, signing key, admin ``admin``)."""
    from accred_app.core.database import open_database
    from accred_app.core.setup.installation import initialise

    database = open_database(str(db_path))
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
    db_path: Path,
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
            args = ["--db", str(db_path), *args]
        try:
            code = main(args)
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run
