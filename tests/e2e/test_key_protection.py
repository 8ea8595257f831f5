"""The signing key as someone who gets a file would attack it, and ``accred init`` on a database that
already has officers. Everything runs through the real CLI (in-process); the thief uses nothing but
the copied files and the public token format (docs/pass-token.md).
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from accred_app.core.errors import ValidationError
from accred_app.core.passes.tokens import PassClaims, SigningKey, issue_token, validity_for_days
from accred_app.core.registry import agencies, events, reporters, units

TODAY = date.today()


@dataclass(frozen=True)
class Gate:
    unit: int
    event: int
    reporter: int


@pytest.fixture
def gate(db: Any, admin: Any) -> Gate:
    unit = units.add_unit(db, admin, name="Phòng Tham mưu", code="PV01")
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    event = events.add_event(
        db,
        admin,
        name="Đại hội Đảng bộ tỉnh",
        kind="event",
        start=TODAY - timedelta(days=1),
        end=TODAY + timedelta(days=3),
        organising_unit_id=unit,
        zones=[events.ZoneSpec("A", "Hội trường"), events.ZoneSpec("B", "Phòng báo chí")],
    )
    reporter = reporters.add_reporter(
        db,
        admin,
        full_name="Nguyễn Thị Ánh",
        agency_id=agency,
        card_no="TH0001",
        card_expiry=TODAY + timedelta(days=3650),
    )
    return Gate(unit, event, reporter)


def _steal(db_path: Path, into: Path) -> Path:
    """Copy the database as a backup tool or another local user would: the file and its WAL."""
    into.mkdir()
    for suffix in ("", "-wal"):
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            shutil.copyfile(source, into / f"stolen.sqlite{suffix}")
    return into / "stolen.sqlite"


def _every_blob(copy: Path) -> list[bytes]:
    """Every binary value in every table of the copy, read with plain sqlite3 (no password)."""
    connection = sqlite3.connect(copy)
    try:
        blobs: list[bytes] = []
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                blobs += [value for value in row if isinstance(value, bytes)]
        return blobs
    finally:
        connection.close()


def _keys_a_thief_can_build(copy: Path) -> list[SigningKey]:
    """Every Ed25519 key the thief can make from the copy: each row of ``signing_keys``, and any
    32-byte window of any stored blob that matches one of the public keys in the file."""
    connection = sqlite3.connect(copy)
    try:
        rows = connection.execute("SELECT key_id, public_key FROM signing_keys").fetchall()
    finally:
        connection.close()
    found: list[SigningKey] = []
    for blob in _every_blob(copy):
        for start in range(0, max(0, len(blob) - 31)):
            window = blob[start : start + 32]
            for key_id, public in rows:
                try:
                    found.append(SigningKey(bytes.fromhex(key_id), window, public))
                except ValidationError:
                    continue
    return found


def test_a_stolen_copy_of_the_database_cannot_sign_a_pass(
    run_cli: Any, gate: Gate, db_path: Path, tmp_path: Path
) -> None:
    issued = run_cli(
        *("--json", "pass", "issue", "--reporter", str(gate.reporter)),
        *("--event", str(gate.event), "--zone", "B"),
    )
    assert issued.code == 0, issued.err
    real = issued.json()

    copy = _steal(db_path, tmp_path / "thief")
    thief_keys = _keys_a_thief_can_build(copy)

    # The thief widens the real pass to zone A (slot 0) as well, signs it, and walks to zone A.
    valid_from, valid_to = validity_for_days(TODAY - timedelta(days=1), TODAY + timedelta(days=3))
    widened = PassClaims(
        real["id"], gate.reporter, gate.event, frozenset({0, 1}), valid_from, valid_to
    )
    allowed = []
    for key in thief_keys:
        scan = run_cli(
            *("--json", "scan", "--event", str(gate.event), "--zone", "A"),
            *("--unit", str(gate.unit), issue_token(widened, key)),
        )
        if scan.code == 0:
            allowed.append(key.key_id.hex())
    assert allowed == [], f"a forged pass was let in, signed with key {allowed}"
    assert thief_keys == []


def test_the_private_key_bytes_are_nowhere_in_a_copied_file(
    run_cli: Any, gate: Gate, db: Any, admin: Any, db_path: Path, tmp_path: Path
) -> None:
    from accred_app.core.passes.keys import all_signing_keys

    assert run_cli("keys", "rotate").code == 0  # two keys: one retired, one signing
    with db.reading() as session:
        private_keys = [key.private_bytes for key in all_signing_keys(session, admin)]
    assert len(private_keys) == 2
    copy = _steal(db_path, tmp_path / "thief")
    for stolen in [copy, *copy.parent.glob("stolen.sqlite-*")]:
        content = stolen.read_bytes()
        for private in private_keys:
            assert private not in content, stolen.name


# --- init on a database that already has officers --------------------------------------------


def _settings_and_trail(db: Any) -> tuple[Any, int]:
    """The settings, and how many audit rows are not sign-ins (which stamp the officer's row)."""
    from accred_app.core.models import AuditEntry
    from accred_app.core.storage.settings import get_settings

    with db.reading() as session:
        count = session.query(AuditEntry).filter(AuditEntry.entity != "officers").count()
    return get_settings(db), count


def test_init_changes_nothing_without_a_signed_in_admin(run_cli: Any, db: Any) -> None:
    before = _settings_and_trail(db)
    result = run_cli(
        *("init", "--org-name", "CÔNG AN TỈNH KHÁC", "--serial-prefix", "XX"), user=None
    )
    assert result.code == 3, (result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.err
    assert "quản trị viên" in lines[0]
    assert _settings_and_trail(db) == before


def test_init_by_a_non_admin_changes_nothing(run_cli: Any, db: Any, tmp_path: Path) -> None:
    password_file = tmp_path / "desk-pw"
    password_file.write_text("mat-khau-ban-cap-the", encoding="utf-8")
    added = run_cli(
        *("officer", "add", "--username", "ban1", "--name", "Phạm Thu Hà", "--role", "desk"),
        *("--password-file", str(password_file)),
    )
    assert added.code == 0, added.err
    before = _settings_and_trail(db)
    result = run_cli(
        "init", "--org-name", "CÔNG AN TỈNH KHÁC", user="ban1", password="mat-khau-ban-cap-the"
    )
    assert result.code == 3, (result.out, result.err)
    assert len(result.err.strip().splitlines()) == 1
    assert _settings_and_trail(db) == before


def test_init_with_a_signed_in_admin_changes_settings(run_cli: Any, db: Any) -> None:
    result = run_cli(
        *("--json", "init", "--org-name", "CÔNG AN TỈNH NGHỆ AN", "--serial-prefix", "na")
    )
    assert result.code == 0, result.err
    report = result.json()
    assert set(report) >= {"database", "admin_created", "key_created"}
    assert report["admin_created"] is None and report["key_created"] is False
    from accred_app.core.storage.settings import get_settings

    settings = get_settings(db)
    assert (settings.org_name, settings.serial_prefix) == ("CÔNG AN TỈNH NGHỆ AN", "NA")
