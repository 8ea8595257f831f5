"""The head of the audit chain kept outside the database: beside each backup and in the officer's
own settings at sign-in. ``audit verify`` reports a trail shorter than, or not extending, the newest
head it finds, naming where that head came from and when — the cases the chain and the replay
cannot see (a tail cut off with the data put back, a whole chain rewritten consistently)."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session
from test_audit import busy_day, tamper

from accred_app.core.database import open_database
from accred_app.core.models import AuditEntry
from accred_app.core.registry import reporters
from accred_app.core.roles import Actor
from accred_app.core.security import audit, audit_heads
from accred_app.core.security.audit_verify import AuditVerification, verify_audit
from accred_app.core.storage import backup
from accred_app.core.storage.db import Database


@pytest.fixture
def busy(db: Database, admin: Actor) -> dict[str, int]:
    return busy_day(db, admin)


def last_audit_id(db: Database) -> int:
    with db.reading() as session:
        return int(
            session.execute(select(AuditEntry.id).order_by(AuditEntry.id.desc())).scalar() or 0
        )


def heads_findings(report: AuditVerification) -> list[tuple[str, dict[str, Any]]]:
    return [(f.kind, dict(f.params)) for f in report.section("heads").findings]


def cut_last_change_and_put_the_data_back(db: Database, admin: Actor, reporter: int) -> None:
    """The forger's careful truncation: the last audit row goes, and the row it described is set
    back to what the trail before it says — the chain and the replay both look clean."""
    with db.reading() as session:
        raw_before = session.execute(
            text(f"SELECT notes, updated_at FROM reporters WHERE id = {reporter}")
        ).one()
    reporters.update_reporter(db, admin, reporter, notes="ghi chú sẽ bị xóa")
    last = last_audit_id(db)
    backup.make_backup(db, admin)  # the head beside it holds the update
    notes = "NULL" if raw_before[0] is None else f"'{raw_before[0]}'"
    tamper(
        db,
        f"DELETE FROM audit_log WHERE id = {last}",
        f"UPDATE reporters SET notes = {notes}, updated_at = '{raw_before[1]}' WHERE id = {reporter}",
    )


def rewrite_whole_chain(db: Database) -> None:
    """The forger who rewrites every row consistently (here: every time one second earlier)."""
    with Session(db.engine) as session, session.begin():
        rows = list(session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars())
        previous = audit.GENESIS_HASH
        for row in rows:
            session.execute(text(f"UPDATE audit_log SET hash = 'tmp-{row.id}' WHERE id = {row.id}"))
        session.expire_all()
        for row in rows:
            row.at = row.at - timedelta(seconds=1)
            row.prev_hash = previous
            row.hash = audit.row_hash(
                row.id,
                row.at.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds"),
                row.actor,
                row.action,
                row.entity,
                row.entity_id,
                row.changes,
                previous,
            )
            previous = row.hash
            session.flush()


@pytest.mark.sqlite_only(
    "a SQLite backup file and the backups folder beside the database (pg_dump: test_server_backup)"
)
def test_backup_writes_its_head_beside_it(
    db: Database, busy: dict[str, int], run_cli: Any, tmp_path: Path
) -> None:
    target = tmp_path / "saved.sqlite"
    assert run_cli("backup", str(target)).code == 0
    beside = Path(str(target) + audit_heads.HEAD_SUFFIX)
    head = json.loads(beside.read_text(encoding="utf-8"))
    connection = sqlite3.connect(target)
    try:
        last_id, last_hash = connection.execute(
            "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    assert (head["rows"], head["head_hash"]) == (last_id, last_hash)
    assert head["source"] == "backup" and head["database"] == str(db.path)
    assert head["recorded_at"]
    if os.name == "posix":
        assert beside.stat().st_mode & 0o077 == 0


@pytest.mark.sqlite_only(
    "a SQLite backup file and the backups folder beside the database (pg_dump: test_server_backup)"
)
def test_automatic_backups_write_their_head_too(db: Database, busy: dict[str, int]) -> None:
    made = backup.daily_backup(db)
    assert made is not None
    assert Path(str(made.path) + audit_heads.HEAD_SUFFIX).is_file()


@pytest.mark.sqlite_only(
    "a SQLite backup file and the backups folder beside the database (pg_dump: test_server_backup)"
)
def test_trail_shorter_than_the_head_beside_a_backup(
    db: Database, busy: dict[str, int], admin: Actor, run_cli: Any
) -> None:
    cut_last_change_and_put_the_data_back(db, admin, busy["reporter"])
    report = verify_audit(db, admin)
    assert report.chain.ok and report.section("replay").ok  # only the head can tell
    assert not report.ok
    [(kind, params)] = heads_findings(report)
    assert kind == "shorter" and params["source"] == "backup"
    assert params["place"].endswith(".sqlite" + audit_heads.HEAD_SUFFIX)
    assert params["count"] == params["rows"] - 1
    result = run_cli("audit", "verify")
    assert result.code == 3 and result.err.count("\n") == 1
    assert "sao lưu" in result.err and Path(params["place"]).name in result.err


def test_trail_not_extending_the_head_recorded_at_sign_in(
    db: Database, busy: dict[str, int], admin: Actor, run_cli: Any
) -> None:
    assert run_cli("reporter", "list").code == 0  # the officer signs in: the head is kept
    rewrite_whole_chain(db)
    report = verify_audit(db, admin)
    assert report.chain.ok and report.section("replay").ok
    assert [(k, p["source"], p["officer"]) for k, p in heads_findings(report)] == [
        ("diverged", "sign-in", "admin")
    ]
    result = run_cli("audit", "verify")
    assert result.code == 3
    assert "đăng nhập" in result.err and "admin" in result.err
    as_json = run_cli("--json", "audit", "verify").json()
    assert as_json["ok"] is False and as_json["chain_ok"] is True
    [checked] = [h for h in as_json["heads"]["checked"] if h["source"] == "sign-in"]
    assert checked["status"] == "diverged" and checked["officer"] == "admin"
    assert checked["recorded_at"]


def test_sign_in_keeps_a_head_the_trail_does_not_extend(
    db: Database, busy: dict[str, int], run_cli: Any
) -> None:
    assert run_cli("reporter", "list").code == 0
    stored = audit_heads.sign_in_head_path(db)
    before = json.loads(stored.read_text(encoding="utf-8"))
    rewrite_whole_chain(db)
    for _ in range(2):  # signing in again must not wash the evidence away
        assert run_cli("audit", "verify").code == 3
    assert json.loads(stored.read_text(encoding="utf-8"))["head_hash"] == before["head_hash"]


def test_sign_in_head_follows_the_trail(
    db: Database, busy: dict[str, int], admin: Actor, run_cli: Any
) -> None:
    assert run_cli("reporter", "list").code == 0
    stored = audit_heads.sign_in_head_path(db)
    first = json.loads(stored.read_text(encoding="utf-8"))
    assert first["officer"] == "admin"
    assert (
        first["database"]
        == audit_heads.database_identity(db)
        == (str(db.path) if db.path else db.url)
    )
    assert first["rows"] == last_audit_id(db)
    reporters.update_reporter(db, admin, busy["reporter"], notes="thêm")
    assert run_cli("reporter", "list").code == 0
    second = json.loads(stored.read_text(encoding="utf-8"))
    assert second["rows"] > first["rows"]
    assert stored.parent == Path(os.environ["ACCRED_CONFIG_DIR"]) / audit_heads.HEADS_FOLDER
    if os.name == "posix":
        assert stored.stat().st_mode & 0o077 == 0


def test_the_desk_window_records_with_one_call(
    db: Database, busy: dict[str, int], admin: Actor, tmp_path: Path
) -> None:
    head = audit_heads.record_seen_head(db, admin, folder=tmp_path / "cfg")
    assert head is not None and head.rows == last_audit_id(db)
    assert audit_heads.sign_in_head_path(db, tmp_path / "cfg").is_file()


def test_all_audit_rows_deleted_is_shorter_than_the_sign_in_head(
    db: Database, busy: dict[str, int], admin: Actor, run_cli: Any
) -> None:
    assert run_cli("reporter", "list").code == 0
    tamper(db, "DELETE FROM audit_log")
    report = verify_audit(db, admin)
    assert ("shorter", "sign-in") in {(k, p["source"]) for k, p in heads_findings(report)}


@pytest.mark.sqlite_only(
    "a SQLite backup file and the backups folder beside the database (pg_dump: test_server_backup)"
)
def test_head_given_on_the_command_line(
    db: Database, busy: dict[str, int], admin: Actor, run_cli: Any, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "usb" / "copy.sqlite"
    assert run_cli("backup", str(elsewhere)).code == 0
    sidecar = Path(str(elsewhere) + audit_heads.HEAD_SUFFIX)
    old_style = tmp_path / "usb" / "old-style.sqlite"  # a backup made before heads existed
    old_style.write_bytes(elsewhere.read_bytes())
    rewrite_whole_chain(db)
    for given in (sidecar, elsewhere, old_style):
        report = verify_audit(db, admin, head_files=[given])
        assert ("diverged", "file") in {(k, p["source"]) for k, p in heads_findings(report)}
    result = run_cli("--json", "audit", "verify", "--head", str(old_style))
    assert result.code == 3
    assert [(p["kind"], p["place"]) for p in result.json()["heads"]["problems"]] == [
        ("diverged", str(audit_heads.sign_in_head_path(db))),  # the backup command's sign-in
        ("diverged", str(old_style)),
    ]
    missing = run_cli("audit", "verify", "--head", str(tmp_path / "khong-co.json"))
    assert missing.code == 3 and "khong-co.json" in missing.err and "Traceback" not in missing.err


@pytest.mark.sqlite_only(
    "a SQLite backup file and the backups folder beside the database (pg_dump: test_server_backup)"
)
def test_verify_names_the_heads_it_checked(
    db: Database, busy: dict[str, int], admin: Actor, run_cli: Any
) -> None:
    backup.make_backup(db, admin)
    report = run_cli("--json", "audit", "verify").json()
    assert report["ok"] is True and report["heads"]["ok"] is True
    sources = {h["source"]: h for h in report["heads"]["checked"]}
    assert set(sources) == {"backup", "sign-in"}
    assert all(h["status"] == "ok" for h in sources.values())
    human = run_cli("audit", "verify")
    assert human.code == 0 and "sao lưu" in human.out and "đăng nhập" in human.out


def test_restore_of_an_older_backup_then_verify_is_clean(
    db: Database, db_path: Path, busy: dict[str, int], admin: Actor, run_cli: Any
) -> None:
    older = backup.make_backup(db, admin, label="older")
    reporters.update_reporter(db, admin, busy["reporter"], notes="sau bản sao lưu")
    assert run_cli("backup").code == 0  # a newer backup whose head the restored trail lacks
    db.dispose()
    assert run_cli("restore", str(older.path)).code == 0
    result = run_cli("audit", "verify")
    assert result.code == 0, result.err


def test_heads_of_another_database_in_the_same_folder_are_ignored(
    db: Database, db_path: Path, busy: dict[str, int], admin: Actor, tmp_path: Path
) -> None:
    from accred_app.core.setup.installation import initialise

    other = open_database(str(db_path.with_name("other.sqlite")))
    try:
        initialise(other, admin_password="mat-khau-khac-1")
        backup.make_backup(other, admin)
    finally:
        other.dispose()
    report = verify_audit(db, admin)
    assert report.ok, [f.message("en") for s in report.sections for f in s.findings]
