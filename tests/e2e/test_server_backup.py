"""Backups of a PostgreSQL database: ``accred backup`` runs ``pg_dump`` (or says what to do when
this computer has none), ``accred restore`` says how a server database is restored, and the restore
drill of docs/deployment.md — ``pg_restore`` into an empty database — gives a database that opens,
verifies against the head kept beside the dump, and holds what was dumped."""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from accred_app.core.database import open_database
from accred_app.core.registry import agencies, reporters
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database

pytestmark = pytest.mark.postgresql_only("pg_dump and pg_restore work on a PostgreSQL database")


def one_line_error(result: Any) -> str:
    assert result.code == 3, (result.code, result.out, result.err)
    assert "Traceback" not in result.err and result.err.count("\n") == 1, result.err
    return str(result.err)


def libpq(url: str) -> str:
    """The ``--dbname`` connection string of a test database URL (unix socket, no password)."""
    parsed = make_url(url)
    return f"host={parsed.query['host']} user={parsed.username} dbname={parsed.database}"


@pytest.fixture
def filled(db: Database, admin: Actor) -> int:
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    return reporters.add_reporter(
        db,
        admin,
        full_name="Nguyễn Thị Ánh",
        agency_id=agency,
        card_no="TH-001",
        card_expiry="2030-01-01",
    )


def test_backup_dumps_the_server_database_and_the_drill_restores_it(
    db: Database,
    filled: int,
    run_cli: Any,
    tmp_path: Path,
    postgresql_server: Any,
) -> None:
    saved = tmp_path / "saved.dump"
    result = run_cli("--json", "backup", str(saved))
    assert result.code == 0, result.err
    assert result.json() == {"file": str(saved), "size": saved.stat().st_size}
    assert saved.read_bytes().startswith(b"PGDMP")  # pg_dump's custom format
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    head = Path(str(saved) + ".audit-head.json")
    assert head.exists() and stat.S_IMODE(head.stat().st_mode) == 0o600

    # Changes after the dump are not in it: the restored trail ends at the head beside the dump.
    run_cli("reporter", "update", str(filled), "--notes", "sau khi sao lưu")
    drill = postgresql_server.create(empty=True)
    pg_restore = shutil.which("pg_restore") or "pg_restore"
    restored = subprocess.run(
        [pg_restore, "--no-owner", f"--dbname={libpq(drill)}", str(saved)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert restored.returncode == 0, restored.stderr
    verified = run_cli("--db", drill, "--json", "audit", "verify", "--head", str(saved))
    assert verified.code == 0, verified.out + verified.err
    assert [h["status"] for h in verified.json()["heads"]["checked"] if h["source"] == "file"] == [
        "ok"
    ]
    shown = run_cli("--db", drill, "--json", "reporter", "show", str(filled)).json()
    assert shown["full_name"] == "Nguyễn Thị Ánh" and shown["notes"] is None
    again = open_database(drill)  # current schema: opens without migrating
    again.dispose()


def test_backup_without_a_file_goes_to_the_data_folder(
    db: Database, run_cli: Any, tmp_path: Path
) -> None:
    result = run_cli("--json", "backup")
    assert result.code == 0, result.err
    made = Path(result.json()["file"])
    assert made.parent == tmp_path / "data" / "backups" and made.suffix == ".dump"
    assert made.read_bytes().startswith(b"PGDMP")


def test_without_pg_dump_the_backup_says_what_to_do(
    db: Database, run_cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    saved = tmp_path / "saved.dump"
    message = one_line_error(run_cli("backup", str(saved)))
    assert "pg_dump" in message and "docs/deployment.md" in message
    english = one_line_error(run_cli("--lang", "en", "backup", str(saved)))
    assert "no pg_dump program" in english
    assert not saved.exists() and list(tmp_path.glob("*.part")) == []


def test_a_failing_pg_dump_is_reported_in_one_line(
    db: Database, run_cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "pg_dump"
    broken.write_text("#!/bin/sh\necho 'pg_dump: error: connection refused' >&2\nexit 1\n")
    broken.chmod(0o700)
    monkeypatch.setenv("ACCRED_PG_DUMP", str(broken))
    saved = tmp_path / "saved.dump"
    message = one_line_error(run_cli("backup", str(saved)))
    assert "pg_dump" in message and "connection refused" in message
    assert not saved.exists() and list(tmp_path.glob("*.part")) == []


def test_restore_of_a_server_database_says_how_and_changes_nothing(
    db: Database, filled: int, run_cli: Any, tmp_path: Path
) -> None:
    saved = tmp_path / "saved.dump"
    assert run_cli("backup", str(saved)).code == 0
    message = one_line_error(run_cli("restore", str(saved)))
    assert "pg_restore" in message and "docs/deployment.md" in message
    assert "pg_restore" in one_line_error(run_cli("--lang", "en", "restore", str(saved)))
    assert run_cli("--json", "reporter", "show", str(filled)).json()["full_name"]
