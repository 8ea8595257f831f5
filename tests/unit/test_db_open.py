"""Opening the database: a lock held by another program, a corrupt file and a network share each
give one clear DatabaseProblem (exit 3 on the command line), never a crash."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from accred_app.core.database import open_database
from accred_app.core.errors import DatabaseProblem
from accred_app.core.registry import reporters
from accred_app.core.roles import Actor
from accred_app.core.storage import db as db_module
from accred_app.core.storage.db import Database


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCRED_BUSY_TIMEOUT_MS", "200")


@pytest.fixture
def other_program(db: Database, db_path: Path) -> Iterator[sqlite3.Connection]:
    """Another process's connection holding ``BEGIN EXCLUSIVE`` on the file."""
    db.dispose()
    connection = sqlite3.connect(db_path, isolation_level=None)
    connection.execute("BEGIN EXCLUSIVE")
    yield connection
    connection.rollback()
    connection.close()


def test_busy_timeout_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCRED_BUSY_TIMEOUT_MS", "250")
    assert db_module.busy_timeout_ms() == 250
    monkeypatch.setenv("ACCRED_BUSY_TIMEOUT_MS", "abc")
    assert db_module.busy_timeout_ms() == db_module.DEFAULT_BUSY_TIMEOUT_MS
    monkeypatch.delenv("ACCRED_BUSY_TIMEOUT_MS")
    assert db_module.busy_timeout_ms() == 5000


def test_locked_database_gives_db_locked(
    admin: Actor, short_busy_timeout: None, other_program: sqlite3.Connection, db_path: Path
) -> None:
    """WAL lets readers in while the lock is held, so opening may succeed; any write must then
    fail as db_locked (and opening, if it has to write, likewise). The admin signs in first: a
    sign-in writes (failed-attempt counter, last sign-in)."""
    try:
        database = open_database(str(db_path))
    except DatabaseProblem as problem:
        assert problem.code == "db_locked"
        return
    try:
        assert reporters.list_reporters(database, admin) == []
        with pytest.raises(DatabaseProblem) as problem, database.transaction(admin) as session:
            session.connection()
        assert problem.value.code == "db_locked"
        assert "khóa" in problem.value.message("vi")
    finally:
        database.dispose()


def test_locked_database_via_cli(
    short_busy_timeout: None, other_program: sqlite3.Connection, run_cli: Any
) -> None:
    result = run_cli("agency", "add", "--name", "Báo Mới", "--kind", "online")
    assert result.code == 3
    assert "đang bị khóa" in result.err
    assert "Traceback" not in result.err and result.err.count("\n") == 1


def test_exclusive_locking_mode_blocks_even_opening(
    short_busy_timeout: None, db: Database, db_path: Path, run_cli: Any
) -> None:
    db.dispose()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE settings SET value = value")
    try:
        with pytest.raises(DatabaseProblem) as problem:
            open_database(str(db_path)).dispose()
        assert problem.value.code == "db_locked"
        result = run_cli("reporter", "list")
        assert result.code == 3 and "đang bị khóa" in result.err
    finally:
        holder.rollback()
        holder.close()


def test_garbage_file_gives_db_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "rac.sqlite"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(DatabaseProblem) as problem:
        open_database(str(path))
    assert problem.value.code == "db_corrupt"
    assert "khôi phục từ bản sao lưu" in problem.value.message("vi")
    from accred_app.cli import cli_message

    assert "accred restore" in cli_message(problem.value, "vi")  # the CLI names its command


def test_damaged_pages_give_db_corrupt(db: Database, db_path: Path) -> None:
    db.dispose()
    checkpoint = sqlite3.connect(db_path)
    checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    checkpoint.close()
    data = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size, len(data), page_size):  # keep the header page, scramble others
        data[offset + 8 : offset + 64] = b"\xa5" * 56
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseProblem) as problem:
        open_database(str(db_path))
    assert problem.value.code == "db_corrupt"


def _scramble_data_pages(db_path: Path) -> None:
    """Damage the audit trail's pages: the schema still reads, the trail does not."""
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (root,) = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'audit_log'"
    ).fetchone()
    connection.close()
    data = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    offset = (root - 1) * page_size
    data[offset : offset + 64] = b"\xa5" * 64
    db_path.write_bytes(bytes(data))


def test_a_deferred_check_leaves_it_to_the_caller_unless_a_migration_would_write(
    db: Database, db_path: Path
) -> None:
    """The desk window opens without reading the whole file and checks it on a thread; a file
    that must be migrated is still checked before the migration writes into it."""
    from accred_app.core.storage.db import quick_check

    db.dispose()
    _scramble_data_pages(db_path)
    opened = open_database(str(db_path), defer_integrity_check=True)
    try:
        with pytest.raises(DatabaseProblem) as later:
            quick_check(opened)
        assert later.value.code == "db_corrupt"
    finally:
        opened.dispose()
    with sqlite3.connect(db_path) as old:  # the file now looks one schema behind
        old.execute("UPDATE alembic_version SET version_num = '0006'")
    with pytest.raises(DatabaseProblem) as before_migrating:
        open_database(str(db_path), defer_integrity_check=True)
    assert before_migrating.value.code == "db_corrupt"


def test_corrupt_file_via_cli(db: Database, db_path: Path, run_cli: Any) -> None:
    db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    db_path.write_bytes(b"\x00garbage" * 4096)
    result = run_cli("reporter", "list")
    assert result.code == 3
    assert "bị hỏng" in result.err and "Traceback" not in result.err


@pytest.mark.sqlite_only("a SQLite file on a network share")
def test_network_share_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Any
) -> None:
    monkeypatch.setattr(db_module, "_mount_fstype", lambda _path: "cifs")
    target = tmp_path / "chung.sqlite"
    with pytest.raises(DatabaseProblem) as problem:
        open_database(str(target))
    assert problem.value.code == "db_network_share"
    assert not target.exists()
    result = run_cli("reporter", "list")  # the test database too now looks like a share
    assert result.code == 3 and "ổ mạng" in result.err


def test_unc_path_is_refused_without_asking_the_system() -> None:
    assert db_module.is_network_path(Path("//may-chu/chia-se/accred.sqlite"))


def test_missing_folder_is_unreachable(tmp_path: Path) -> None:
    with pytest.raises(DatabaseProblem) as problem:
        open_database(str(tmp_path / "khong-co" / "accred.sqlite"))
    assert problem.value.code == "db_unreachable"


# --- another program's SQLite file ------------------------------------------------------------


def _foreign_database(path: Path, journal_mode: str) -> None:
    """A small database of some other program (a contacts list, say), closed cleanly."""
    other = sqlite3.connect(path)
    other.execute(f"PRAGMA journal_mode = {journal_mode}")
    other.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    other.execute("INSERT INTO contacts VALUES ('Nguyễn Văn An', '0912345678')")
    other.commit()
    other.close()


def _folder_listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


@pytest.mark.parametrize("journal_mode", ["DELETE", "WAL"])
def test_another_programs_sqlite_file_is_refused_untouched(
    tmp_path: Path, db: Database, run_cli: Any, journal_mode: str
) -> None:
    folder = tmp_path / "cua-chuong-trinh-khac"
    folder.mkdir()
    stranger = folder / "danh-ba.sqlite"
    _foreign_database(stranger, journal_mode)
    before = _folder_listing(folder)
    with pytest.raises(DatabaseProblem) as problem:
        open_database(str(stranger))
    assert problem.value.code == "db_not_ours"
    assert str(stranger) in problem.value.message("vi")
    for command in (["init"], ["reporter", "list"], ["backup"]):
        result = run_cli("--db", str(stranger), *command)
        assert result.code == 3, (command, result)
        assert "chương trình khác" in result.err and "Traceback" not in result.err
        assert result.err.count("\n") == 1
    assert _folder_listing(folder) == before, "the other program's file was changed"
    check = sqlite3.connect(f"file:{stranger}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in check.execute("SELECT name FROM sqlite_master")}
    finally:
        check.close()
    assert tables == {"contacts"}


def test_a_file_of_a_program_that_also_uses_alembic_is_not_ours(tmp_path: Path) -> None:
    stranger = tmp_path / "ung-dung-khac.sqlite"
    other = sqlite3.connect(stranger)
    other.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    other.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
    other.execute("CREATE TABLE notes (body TEXT)")
    other.commit()
    other.close()
    before = stranger.read_bytes()
    with pytest.raises(DatabaseProblem) as problem:
        open_database(str(stranger))
    assert problem.value.code == "db_not_ours"
    assert stranger.read_bytes() == before
    assert not Path(str(stranger) + "-wal").exists()


def test_an_empty_file_or_a_new_path_becomes_our_database(tmp_path: Path) -> None:
    empty = tmp_path / "rong.sqlite"
    empty.write_bytes(b"")
    blank = tmp_path / "sqlite-trong.sqlite"  # a SQLite file with nothing in it at all
    connection = sqlite3.connect(blank)
    connection.execute("VACUUM")
    connection.close()
    for target in (empty, blank, tmp_path / "moi.sqlite"):
        database = open_database(str(target))
        try:
            assert "signing_keys" in db_module.table_names(database)
        finally:
            database.dispose()


@pytest.mark.sqlite_only("SQLite's synchronous pragma")
def test_every_connection_writes_with_synchronous_full(db: Database) -> None:
    """An acknowledged pass or scan must survive a power cut, not only a crash of the program."""
    with db.transaction() as session:
        level = session.connection().exec_driver_sql("PRAGMA synchronous").scalar_one()
    assert level == 2  # FULL
    with db.reading() as session:
        assert session.connection().exec_driver_sql("PRAGMA synchronous").scalar_one() == 2
