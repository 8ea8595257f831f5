"""Backups and restore: an online backup taken while another connection keeps writing is sound; a
corrupt candidate is refused with the current database untouched; a good one is swapped in with the
old file kept; one automatic backup per day, pruned to the newest N."""

from __future__ import annotations

import os
import sqlite3
import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from accred_app.core.checkpoint import scanning
from accred_app.core.database import open_database
from accred_app.core.errors import PermissionDenied
from accred_app.core.models import FieldPass, Reporter, ScanRecord
from accred_app.core.passes import issuing
from accred_app.core.registry import agencies, events, reporters, units
from accred_app.core.roles import Actor
from accred_app.core.storage import backup
from accred_app.core.storage.db import Database
from accred_app.core.storage.settings import get_settings

EXPIRY = date.today() + timedelta(days=700)

pytestmark = pytest.mark.sqlite_only("copies of the SQLite file (pg_dump: test_server_backup.py)")


def add_reporters(db: Database, admin: Actor, count: int, start: int = 0) -> list[int]:
    agency = agencies.list_agencies(db, admin)
    agency_id = (
        agency[0].id
        if agency
        else agencies.add_agency(db, admin, name="Báo Nhân Dân", kind="print")
    )
    return [
        reporters.add_reporter(
            db,
            admin,
            full_name=f"Phóng viên {n}",
            agency_id=agency_id,
            card_no=f"ND-{n:04d}",
            card_expiry=EXPIRY,
        )
        for n in range(start, start + count)
    ]


def count(db: Database, model: Any) -> int:
    with db.reading() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def integrity(path: Path) -> list[tuple[str]]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("PRAGMA integrity_check").fetchall()
    finally:
        connection.close()


def test_backup_while_another_connection_writes(
    db: Database, db_path: Path, admin: Actor, run_cli: Any, tmp_path: Path
) -> None:
    ids = add_reporters(db, admin, 60)
    unit = units.add_unit(db, admin, name="Đội bảo vệ", code="DBV")
    event = events.add_event(
        db,
        admin,
        name="Hội nghị tỉnh",
        kind="event",
        start=date.today(),
        end=date.today() + timedelta(days=2),
        zones=[events.ZoneSpec("A", "Hội trường")],
    )
    stop = threading.Event()
    written: list[int] = []
    failures: list[BaseException] = []

    def keep_writing() -> None:
        writer = open_database(str(db_path), migrate=False)
        try:
            post = scanning.open_checkpoint(
                writer, admin, event_id=event, zone_code="A", unit_id=unit
            )
            for reporter_id in ids:
                if stop.is_set():
                    break
                issued = issuing.issue_pass(writer, admin, reporter_id=reporter_id, event_id=event)
                scanning.scan(writer, admin, post, issued.token)
                written.append(issued.id)
        except BaseException as exc:  # reported to the test thread below
            failures.append(exc)
        finally:
            writer.dispose()

    thread = threading.Thread(target=keep_writing)
    thread.start()
    copies = []
    try:
        while thread.is_alive() and len(copies) < 8:
            target = tmp_path / "copies" / f"b{len(copies)}.sqlite"
            committed_before = len(written)
            result = run_cli("backup", str(target))
            assert result.code == 0, result.err
            copies.append((target, committed_before))
    finally:
        stop.set()
        thread.join()
    assert not failures, failures
    assert copies
    for target, written_before in copies:
        assert integrity(target) == [("ok",)]
        assert not Path(str(target) + "-wal").exists()
        copy = open_database(str(target))
        try:
            in_copy = count(copy, FieldPass)
            assert written_before <= in_copy <= len(written)
            assert in_copy - 1 <= count(copy, ScanRecord) <= in_copy  # a pass, then its scan
            assert count(copy, Reporter) == 60
        finally:
            copy.dispose()


@pytest.mark.parametrize("damage", ["random", "truncated", "header_only", "text", "empty"])
def test_restore_refuses_a_corrupt_file(
    db: Database, db_path: Path, admin: Actor, run_cli: Any, tmp_path: Path, damage: str
) -> None:
    add_reporters(db, admin, 5)
    good = tmp_path / "good.sqlite"
    assert run_cli("backup", str(good)).code == 0
    bad = tmp_path / f"{damage}.sqlite"
    raw = good.read_bytes()
    bad.write_bytes(
        {
            "random": os.urandom(len(raw)),
            "truncated": raw[: len(raw) // 3],
            "header_only": raw[:100] + os.urandom(len(raw) - 100),
            "text": "đây không phải là cơ sở dữ liệu\n".encode() * 200,
            "empty": b"",
        }[damage]
    )
    db.dispose()
    inode = db_path.stat().st_ino
    result = run_cli("restore", str(bad))
    assert result.code == 3, result
    assert "Traceback" not in result.err
    assert "Không khôi phục" in result.err or "bị hỏng" in result.err
    assert db_path.stat().st_ino == inode, "the current file was replaced"
    assert integrity(db_path) == [("ok",)]
    assert not list(tmp_path.glob("*before-restore*")) and not list(tmp_path.glob("*.restore"))
    assert count(db, Reporter) == 5


def test_restore_refuses_a_sqlite_file_that_is_not_ours(
    db: Database, run_cli: Any, tmp_path: Path
) -> None:
    stranger = tmp_path / "khac.sqlite"
    connection = sqlite3.connect(stranger)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    result = run_cli("restore", str(stranger))
    assert result.code == 3 and "accred" in result.err


def test_restore_of_a_missing_file(db: Database, run_cli: Any, tmp_path: Path) -> None:
    result = run_cli("restore", str(tmp_path / "khong-co.sqlite"))
    assert result.code == 3 and "không có tệp" in result.err


def test_restore_swaps_in_a_good_backup_and_keeps_the_old_file(
    db: Database, db_path: Path, admin: Actor, run_cli: Any, tmp_path: Path
) -> None:
    add_reporters(db, admin, 3)
    saved = tmp_path / "saved.sqlite"
    assert run_cli("backup", str(saved)).code == 0
    add_reporters(db, admin, 2, start=3)  # after the backup: gone once restored
    db.dispose()
    result = run_cli("--json", "restore", str(saved))
    assert result.code == 0, result.err
    kept = Path(result.json()["previous_kept_as"])
    assert kept.exists() and kept.parent == db_path.parent
    assert count(db, Reporter) == 3
    assert integrity(db_path) == [("ok",)]
    old = open_database(str(kept))
    try:
        assert count(old, Reporter) == 5
    finally:
        old.dispose()
    assert run_cli("audit", "verify").code == 0
    assert run_cli("reporter", "list").code == 0


def test_restore_over_a_corrupt_current_file(
    db: Database, db_path: Path, admin: Actor, run_cli: Any, tmp_path: Path
) -> None:
    """Nobody can sign in to a damaged file, so whoever reaches it may restore (old file kept)."""
    add_reporters(db, admin, 2)
    saved = tmp_path / "saved.sqlite"
    assert run_cli("backup", str(saved)).code == 0
    db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    db_path.write_bytes(os.urandom(8192))
    result = run_cli("restore", str(saved))
    assert result.code == 0, result.err
    assert count(db, Reporter) == 2


def test_only_an_admin_backs_up_or_restores(db: Database, admin: Actor, tmp_path: Path) -> None:
    from accred_app.core.models import Role
    from accred_app.core.security import officers

    officers.create_officer(
        db, admin, username="ban", full_name="Bàn", role="desk", password="mat-khau-ban"
    )
    with pytest.raises(PermissionDenied):
        backup.make_backup(db, Actor("ban", Role.DESK, 2), tmp_path / "x.sqlite")
    assert not (tmp_path / "x.sqlite").exists()


def test_daily_backup_once_a_day_and_pruned(db: Database, db_path: Path, admin: Actor) -> None:
    first = backup.daily_backup(db)
    assert first is not None and first.path.exists()
    assert first.path.parent == db_path.parent / backup.BACKUP_DIR_NAME
    assert integrity(first.path) == [("ok",)]
    assert backup.daily_backup(db) is None  # same day: nothing new
    assert len(backup.list_backups(db)) == 1
    keep = get_settings(db).backup_keep
    folder = backup.backup_dir(db)
    for day in range(keep + 5):  # older days' backups, oldest first
        older = folder / f"{db_path.stem}-2020010{day % 10}-{day:06d}-daily.sqlite"
        older.write_bytes(first.path.read_bytes())
        os.utime(older, (1_600_000_000 + day, 1_600_000_000 + day))
    first.path.unlink()
    made = backup.daily_backup(db)
    assert made is not None
    remaining = backup.list_backups(db)
    assert len(remaining) == keep
    assert remaining[0].path == made.path  # the newest is kept
    newest_old = {
        f"{db_path.stem}-2020010{d % 10}-{d:06d}-daily.sqlite" for d in range(6, keep + 5)
    }
    assert {b.path.name for b in remaining[1:]} == newest_old


def test_prune_keeps_the_newest(db: Database, admin: Actor) -> None:
    made = []
    for n in range(6):
        info = backup.make_backup(db, admin, label=f"n{n}")
        os.utime(info.path, (1_700_000_000 + n, 1_700_000_000 + n))
        made.append(info.path)
    assert backup.prune_backups(db, 2) == 4
    assert sorted(p.path for p in backup.list_backups(db)) == sorted(made[-2:])
    assert backup.prune_backups(db, 0) == 1  # never below one
