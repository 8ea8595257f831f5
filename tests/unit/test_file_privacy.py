"""Files are private: whoever else logs in to the machine must not read the database (it holds the
signing key), its WAL and shared-memory files, backups, kept-aside copies, station packages or log
exports. Every file is created 0600 and every folder we create 0700, even under the usual umask 022."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from accred_app import config
from accred_app.core.database import open_database
from accred_app.core.errors import DatabaseProblem
from accred_app.core.registry import agencies, events, reporters, units
from accred_app.core.roles import Actor
from accred_app.core.storage import backup
from accred_app.core.storage.db import Database
from accred_app.core.storage.files import replaced_on_success, write_private

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX notion")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most desktops run with: without care, files come out 0644 and folders 0755."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def test_new_database_and_its_wal_and_shm_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "moi.sqlite"
    database = open_database(str(path))
    try:
        with database.transaction() as session:  # a write, so the WAL holds something
            session.connection().exec_driver_sql("CREATE TABLE t_probe (x)")
        side_files = [Path(str(path) + suffix) for suffix in ("-wal", "-shm")]
        assert all(p.exists() for p in side_files)
        assert {p.name: mode(p) for p in [path, *side_files]} == {
            p.name: 0o600 for p in [path, *side_files]
        }
    finally:
        database.dispose()


def test_an_existing_readable_database_is_made_private_when_opened(
    db: Database, db_path: Path
) -> None:
    """An installation made by an older version (0644 files) is tightened on its next start."""
    db.dispose()
    for suffix in ("", "-wal", "-shm"):
        side = Path(str(db_path) + suffix)
        if side.exists():
            side.chmod(0o644)
    reopened = open_database(str(db_path))
    try:
        with reopened.transaction() as session:
            session.connection().exec_driver_sql("CREATE TABLE t_probe (x)")
        for suffix in ("", "-wal", "-shm"):
            assert mode(Path(str(db_path) + suffix)) == 0o600, suffix
    finally:
        reopened.dispose()


def test_data_folder_is_owner_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "du-lieu" / "accred"
    monkeypatch.setenv("ACCRED_DATA_DIR", str(folder))
    assert config.data_dir() == folder
    assert mode(folder) == 0o700
    database = open_database(config.default_database())
    try:
        assert mode(Path(config.default_database())) == 0o600
    finally:
        database.dispose()


def test_backups_and_their_folder_are_owner_only(
    db: Database, db_path: Path, admin: Actor, tmp_path: Path
) -> None:
    daily = backup.daily_backup(db)
    assert daily is not None
    assert mode(daily.path.parent) == 0o700
    assert mode(daily.path) == 0o600
    manual = backup.make_backup(db, admin, tmp_path / "ra-ngoai" / "ban-sao.sqlite")
    assert mode(manual.path) == 0o600
    backup.backup_before_migration(db)
    assert {mode(info.path) for info in backup.list_backups(db)} == {0o600}


def test_kept_aside_copy_is_owner_only(db: Database, db_path: Path, admin: Actor) -> None:
    saved = backup.make_backup(db, admin).path
    db.dispose()
    kept = backup.restore(str(db_path), saved)
    assert kept is not None
    assert mode(kept) == 0o600
    assert mode(db_path) == 0o600
    leftovers = [p for p in db_path.parent.iterdir() if p.is_file()]
    assert {p.name: mode(p) for p in leftovers} == {p.name: 0o600 for p in leftovers}


def test_a_damaged_file_moved_aside_is_made_owner_only(
    db: Database, db_path: Path, admin: Actor
) -> None:
    saved = backup.make_backup(db, admin).path
    db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    db_path.write_bytes(b"not a database " * 600)
    db_path.chmod(0o644)  # as an older version left it
    kept = backup.restore(str(db_path), saved)
    assert kept is not None and kept.read_bytes().startswith(b"not a database")
    assert mode(kept) == 0o600 and mode(db_path) == 0o600


def test_replaced_on_success_writes_owner_only_files(tmp_path: Path) -> None:
    target = tmp_path / "xuat.txt"
    with replaced_on_success(target) as temporary:
        assert mode(temporary) == 0o600  # private before a single byte is written
        temporary.write_text("nội dung", encoding="utf-8")
    assert mode(target) == 0o600
    target.chmod(0o644)  # replacing an existing, readable file leaves a private one
    with replaced_on_success(target) as temporary, temporary.open("w", encoding="utf-8") as out:
        out.write("mới")
    assert mode(target) == 0o600 and target.read_text(encoding="utf-8") == "mới"


def test_write_private_leaves_a_whole_owner_only_file(tmp_path: Path) -> None:
    target = tmp_path / "dau-chuoi.json"
    write_private(target, b'{"count": 3}')
    assert target.read_bytes() == b'{"count": 3}' and mode(target) == 0o600
    assert not list(tmp_path.glob("*.part"))


def test_station_package_and_log_export_are_owner_only(
    run_cli: Any, db: Database, admin: Actor, tmp_path: Path
) -> None:
    unit = units.add_unit(db, admin, name="Phòng Tham mưu", code="PV01")
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    event = events.add_event(
        db,
        admin,
        name="Hội nghị",
        kind="event",
        start=date.today(),
        end=date.today() + timedelta(days=1),
        zones=[events.ZoneSpec("A", "Hội trường")],
    )
    reporter = reporters.add_reporter(
        db,
        admin,
        full_name="Nguyễn Thị Ánh",
        agency_id=agency,
        card_no="TH0001",
        card_expiry=date.today() + timedelta(days=400),
    )
    issued = run_cli("--json", "pass", "issue", "--reporter", str(reporter), "--event", str(event))
    assert issued.code == 0, issued.err
    scanned = run_cli("scan", "--event", str(event), "--unit", str(unit), issued.json()["token"])
    assert scanned.code == 0, scanned.err
    package = tmp_path / "goi-tram.json.gz"
    assert run_cli("station", "export", "--event", str(event), str(package)).code == 0
    log_file = tmp_path / "nhat-ky.jsonl"
    assert run_cli("log", "export", str(log_file)).code == 0
    assert {p.name: mode(p) for p in (package, log_file)} == {
        p.name: 0o600 for p in (package, log_file)
    }


def test_a_folder_named_as_the_database_keeps_its_mode(tmp_path: Path) -> None:
    folder = tmp_path / "thu-muc"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    with pytest.raises(DatabaseProblem):
        open_database(str(folder))
    assert mode(folder) == 0o755
