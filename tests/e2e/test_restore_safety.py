"""Restore never loses a file and never swaps in the wrong one.

- Restores back to back (same second) and five at once: every database that was replaced is kept.
- A restore while another process has the database open is refused and names that process, so the
  scans that process writes stay in the database everyone uses.
- A station's database or another installation's is refused; a candidate whose audit trail does not
  verify needs an explicit confirmation (``--accept-unverified`` or a "y" at the terminal).
"""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from accred_app.core.database import open_database
from accred_app.core.errors import DatabaseProblem, ValidationError
from accred_app.core.models import Reporter, ScanRecord
from accred_app.core.registry import agencies, events, reporters, units
from accred_app.core.roles import Actor
from accred_app.core.security import officers
from accred_app.core.setup.installation import initialise
from accred_app.core.storage import backup
from accred_app.core.storage.db import Database

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
EXPIRY = date.today() + timedelta(days=700)
ADMIN_PASSWORD = "mat-khau-quan-tri-1"  # the conftest admin's

pytestmark = pytest.mark.sqlite_only("restore swaps a SQLite file under its lock")


def add_reporters(db: Database, admin: Actor, count: int) -> None:
    found = agencies.list_agencies(db, admin)
    agency = found[0].id if found else agencies.add_agency(db, admin, name="Báo Mới", kind="print")
    start = reporter_count(db)
    for n in range(start, start + count):
        reporters.add_reporter(
            db,
            admin,
            full_name=f"Phóng viên {n}",
            agency_id=agency,
            card_no=f"BM-{n:04d}",
            card_expiry=EXPIRY,
        )


def reporter_count(db_or_path: Database | Path) -> int:
    if isinstance(db_or_path, Path):
        connection = sqlite3.connect(f"file:{db_or_path}?mode=ro", uri=True)
        try:
            return int(connection.execute("SELECT count(*) FROM reporters").fetchone()[0])
        finally:
            connection.close()
    with db_or_path.reading() as session:
        return session.execute(select(func.count()).select_from(Reporter)).scalar_one()


def kept_files(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.iterdir() if "before-restore" in p.name and p.suffix == ".sqlite"
    )


def one_line_error(result: Any) -> str:
    assert result.code == 3, (result.code, result.out, result.err)
    assert "Traceback" not in result.err and result.err.count("\n") == 1, result.err
    return str(result.err)


# --- never overwrite a kept-aside file --------------------------------------------------------


def test_restores_back_to_back_keep_every_replaced_file(
    db: Database, db_path: Path, admin: Actor, tmp_path: Path
) -> None:
    """Five restores well within one second: five kept-aside files, none overwritten."""
    saved = backup.make_backup(db, admin, tmp_path / "saved.sqlite").path
    db.dispose()
    kept = [backup.restore(str(db_path), saved) for _ in range(5)]
    assert all(path is not None and path.exists() for path in kept)
    assert len(set(kept)) == 5, "a kept-aside name was used twice"
    assert sorted(p for p in kept if p is not None) == kept_files(db_path.parent)


def test_each_kept_file_holds_the_database_it_replaced(
    db: Database, db_path: Path, admin: Actor, tmp_path: Path
) -> None:
    saved = backup.make_backup(db, admin, tmp_path / "saved.sqlite").path
    kept_counts = []
    for round_ in range(1, 4):
        add_reporters(db, admin, round_)  # 1, then 2, then 3 reporters on top of the restored 0
        db.dispose()
        kept = backup.restore(str(db_path), saved)
        assert kept is not None
        kept_counts.append(reporter_count(kept))
    assert kept_counts == [1, 2, 3]


def _cli_process(db_path: Path, password_file: Path, *argv: str) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env.update(
        ACCRED_USER="admin",
        ACCRED_PASSWORD_FILE=str(password_file),
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")])),
    )
    return subprocess.Popen(
        [sys.executable, "-m", "accred_app.cli", "--db", str(db_path), *argv],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.slow
def test_five_concurrent_restores_lose_nothing(
    db: Database, db_path: Path, admin: Actor, tmp_path: Path
) -> None:
    add_reporters(db, admin, 7)  # the original: 7 reporters
    candidates = []
    for n in range(5):
        candidates.append(backup.make_backup(db, admin, tmp_path / f"c{n}.sqlite").path)
    db.dispose()
    password_file = tmp_path / "pw"
    password_file.write_text(ADMIN_PASSWORD, encoding="utf-8")
    processes = [
        _cli_process(db_path, password_file, "--json", "restore", str(c)) for c in candidates
    ]
    outcomes = [(p.wait(timeout=120), *p.communicate()) for p in processes]
    succeeded = [out for code, out, _ in outcomes if code == 0]
    for code, _out, err in outcomes:
        assert code in (0, 3), err
        if code == 3:  # refused because another restore had the file: it says so
            assert "đang được mở" in err or "đang bị khóa" in err, err
            assert err.count("\n") == 1
    assert succeeded, [err for _, _, err in outcomes]
    kept = kept_files(db_path.parent)
    assert len(kept) == len(succeeded), "a restore replaced a file without keeping it"
    assert all(reporter_count(path) == 7 for path in kept)
    assert reporter_count(db_path) == 7


# --- another process has the database open ----------------------------------------------------


@pytest.fixture
def checkpoint_setup(db: Database, admin: Actor) -> tuple[int, int, list[str]]:
    """An event with zone A, a unit, and tokens of three valid passes."""
    from accred_app.core.passes import issuing

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
    add_reporters(db, admin, 3)
    with db.reading() as session:
        ids = list(session.execute(select(Reporter.id).order_by(Reporter.id)).scalars())
    tokens = [issuing.issue_pass(db, admin, reporter_id=r, event_id=event).token for r in ids[:3]]
    return event, unit, tokens


@pytest.fixture
def running_checkpoint(
    db: Database, db_path: Path, checkpoint_setup: tuple[int, int, list[str]]
) -> Iterator[subprocess.Popen[str]]:
    event, unit, _tokens = checkpoint_setup
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE), str(REPO), env.get("PYTHONPATH")]))
    child = subprocess.Popen(
        [sys.executable, "-m", "checkpoint_child", str(db_path), str(event), str(unit)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    if line != "ready\n":
        child.kill()
        raise AssertionError(f"checkpoint did not start: {line!r} {child.communicate()[1]}")
    yield child
    if child.poll() is None:
        child.kill()
        child.communicate()


def _scan_in(child: subprocess.Popen[str], token: str) -> str:
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(token + "\n")
    child.stdin.flush()
    uid = child.stdout.readline().strip()
    assert uid, child.stderr.read() if child.stderr else ""
    return uid


def test_restore_is_refused_while_another_process_has_the_database_open(
    db: Database,
    db_path: Path,
    admin: Actor,
    tmp_path: Path,
    run_cli: Any,
    checkpoint_setup: tuple[int, int, list[str]],
    running_checkpoint: subprocess.Popen[str],
) -> None:
    _event, _unit, tokens = checkpoint_setup
    saved = tmp_path / "saved.sqlite"
    assert run_cli("backup", str(saved)).code == 0
    db.dispose()
    before = _scan_in(running_checkpoint, tokens[0])
    inode = db_path.stat().st_ino

    refused = one_line_error(run_cli("restore", str(saved)))
    assert "đang được mở" in refused
    if sys.platform.startswith("linux"):  # the process is named where the system tells us
        assert str(running_checkpoint.pid) in refused
    english = one_line_error(run_cli("--lang", "en", "restore", str(saved)))
    assert "open in another program" in english

    after = _scan_in(running_checkpoint, tokens[1])  # the checkpoint keeps working…
    assert running_checkpoint.stdin is not None
    running_checkpoint.stdin.write("\n")
    running_checkpoint.stdin.close()
    assert running_checkpoint.wait(timeout=30) == 0
    assert db_path.stat().st_ino == inode and not kept_files(db_path.parent)
    with db.reading() as session:  # …and its scans are in the database everyone uses
        uids = set(session.execute(select(ScanRecord.scan_uid)).scalars())
    assert {before, after} <= uids

    db.dispose()
    assert run_cli("restore", str(saved)).code == 0  # once it has closed, the restore goes ahead


def test_restore_is_refused_while_this_process_still_has_it_open(
    db: Database, db_path: Path, admin: Actor, tmp_path: Path
) -> None:
    saved = backup.make_backup(db, admin, tmp_path / "saved.sqlite").path
    add_reporters(db, admin, 2)  # the pool now holds an open connection
    with pytest.raises(DatabaseProblem) as problem:
        backup.restore(str(db_path), saved)
    assert problem.value.code in ("restore_in_use", "restore_in_use_by")
    assert reporter_count(db) == 2 and not kept_files(db_path.parent)


# --- the wrong database -----------------------------------------------------------------------


def _station_database(run_cli: Any, db: Database, admin: Actor, tmp_path: Path) -> Path:
    """A checkpoint station set up from this desk's package, the way an officer does it."""
    event = events.add_event(
        db,
        admin,
        name="Hội nghị tỉnh",
        kind="event",
        start=date.today(),
        end=date.today() + timedelta(days=2),
        zones=[events.ZoneSpec("A", "Hội trường")],
    )
    officers.create_officer(
        db, admin, username="gac-cong", full_name="Lê Văn Gác", role="checkpoint",
        password="mat-khau-gac-cong-1",
    )  # fmt: skip
    package = tmp_path / "goi.json.gz"
    exported = run_cli("--json", "station", "export", "--event", str(event), str(package))
    assert exported.code == 0, exported.err
    station = tmp_path / "tram.sqlite"
    fingerprint = exported.json()["fingerprint"]  # read at the desk, typed at the station
    imported = run_cli(
        "--db", str(station), "station", "import", str(package), "--fingerprint", fingerprint,
        user=None,
    )  # fmt: skip
    assert imported.code == 0, imported.err
    return station


def test_a_station_database_is_refused_on_the_desk(
    db: Database, db_path: Path, admin: Actor, tmp_path: Path, run_cli: Any
) -> None:
    station = _station_database(run_cli, db, admin, tmp_path)
    db.dispose()
    inode = db_path.stat().st_ino
    error = one_line_error(run_cli("restore", str(station)))
    assert "máy trạm" in error
    assert db_path.stat().st_ino == inode and not kept_files(db_path.parent)


def _strip_to_station(source: Path, target: Path, *, marker: bool, keys: bool) -> Path:
    """A copy of a desk database changed the way a station differs from a desk."""
    target.write_bytes(source.read_bytes())
    connection = sqlite3.connect(target)
    try:
        if not keys:
            connection.execute("UPDATE signing_keys SET private_key = NULL")
        if marker:
            connection.execute("INSERT INTO settings (key, value) VALUES ('role', 'station')")
        connection.commit()
    finally:
        connection.close()
    return target


@pytest.mark.parametrize(("marker", "keys"), [(True, True), (False, False)])
def test_either_sign_of_a_station_is_enough_to_refuse(
    db: Database,
    db_path: Path,
    admin: Actor,
    tmp_path: Path,
    marker: bool,
    keys: bool,
) -> None:
    saved = backup.make_backup(db, admin, tmp_path / "saved.sqlite").path
    candidate = _strip_to_station(saved, tmp_path / "tram.sqlite", marker=marker, keys=keys)
    db.dispose()
    with pytest.raises(ValidationError) as problem:
        backup.restore(str(db_path), candidate)
    assert problem.value.code == "restore_station_database"


def _other_installation(tmp_path: Path) -> Path:
    path = tmp_path / "noi-khac.sqlite"
    other = open_database(str(path))
    try:
        initialise(other, admin_password=ADMIN_PASSWORD)
    finally:
        other.dispose()
    return path


def test_another_installations_database_is_refused(
    db: Database, db_path: Path, tmp_path: Path, run_cli: Any
) -> None:
    stranger = _other_installation(tmp_path)
    db.dispose()
    error = one_line_error(run_cli("restore", str(stranger)))
    assert "bộ cài đặt khác" in error
    assert not kept_files(db_path.parent)


def test_a_rotated_key_still_counts_as_the_same_installation(
    db: Database, db_path: Path, admin: Actor, tmp_path: Path, run_cli: Any
) -> None:
    saved = tmp_path / "truoc-khi-doi-khoa.sqlite"
    assert run_cli("backup", str(saved)).code == 0
    assert run_cli("keys", "rotate").code == 0
    db.dispose()
    assert run_cli("restore", str(saved)).code == 0


def _corrupt(db: Database, db_path: Path) -> None:
    db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    db_path.write_bytes(os.urandom(8192))


def test_over_a_corrupt_file_another_installation_is_allowed_but_a_station_is_not(
    db: Database, db_path: Path, admin: Actor, tmp_path: Path, run_cli: Any
) -> None:
    """With the current file unreadable its keys cannot be compared; a station is still refused."""
    saved = backup.make_backup(db, admin, tmp_path / "saved.sqlite").path
    station = _strip_to_station(saved, tmp_path / "tram.sqlite", marker=True, keys=False)
    _corrupt(db, db_path)
    damaged = db_path.read_bytes()
    assert "máy trạm" in one_line_error(run_cli("restore", str(station)))
    assert db_path.read_bytes() == damaged
    stranger = _other_installation(tmp_path)
    result = run_cli("--json", "restore", str(stranger))
    assert result.code == 0, result.err
    kept = Path(result.json()["previous_kept_as"])
    assert kept.read_bytes() == damaged  # the damaged file is kept aside whole


# --- a candidate whose audit trail does not verify --------------------------------------------


@pytest.fixture
def tampered_backup(db: Database, admin: Actor, tmp_path: Path, run_cli: Any) -> Path:
    add_reporters(db, admin, 2)
    saved = tmp_path / "bi-sua.sqlite"
    assert run_cli("backup", str(saved)).code == 0
    connection = sqlite3.connect(saved)
    try:
        connection.execute("UPDATE reporters SET full_name = 'Kẻ mạo danh' WHERE id = 1")
        connection.execute("UPDATE audit_log SET actor = 'ke-gian' WHERE id = 2")
        connection.commit()
    finally:
        connection.close()
    db.dispose()
    return saved


def test_a_tampered_backup_needs_an_explicit_confirmation(
    db: Database, db_path: Path, tampered_backup: Path, run_cli: Any
) -> None:
    inode = db_path.stat().st_ino
    error = one_line_error(run_cli("restore", str(tampered_backup)))
    assert "Nhật ký kiểm tra" in error and "#2" in error
    assert "--accept-unverified" in error
    assert db_path.stat().st_ino == inode and not kept_files(db_path.parent)
    accepted = run_cli("restore", "--accept-unverified", str(tampered_backup))
    assert accepted.code == 0, accepted.err
    with db.reading() as session:
        assert session.get(Reporter, 1).full_name == "Kẻ mạo danh"  # type: ignore[union-attr]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("answer", "restored"), [("c\n", True), ("k\n", False), ("", False)])
def test_at_a_terminal_the_officer_is_asked(
    db: Database,
    db_path: Path,
    tampered_backup: Path,
    run_cli: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    answer: str,
    restored: bool,
) -> None:
    from accred_app.cli import main

    monkeypatch.setattr(sys, "stdin", _Terminal(answer))
    capsys.readouterr()
    code = main(["--db", str(db_path), "restore", str(tampered_backup)])
    err = capsys.readouterr().err
    assert "#2" in err  # the officer is told what differs before being asked
    assert (code == 0) is restored, err
    assert bool(kept_files(db_path.parent)) is restored
    assert "Traceback" not in err


def test_a_sound_backup_restores_without_a_question(
    db: Database, db_path: Path, admin: Actor, tmp_path: Path, run_cli: Any
) -> None:
    add_reporters(db, admin, 2)
    saved = tmp_path / "tot.sqlite"
    assert run_cli("backup", str(saved)).code == 0
    add_reporters(db, admin, 1)
    db.dispose()
    result = run_cli("--json", "restore", str(saved))
    assert result.code == 0, result.err
    assert reporter_count(db) == 2
    assert reporter_count(Path(result.json()["previous_kept_as"])) == 3
