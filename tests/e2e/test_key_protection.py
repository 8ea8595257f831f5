"""The signing key as someone who gets a file would attack it, and ``accred init`` on a database that
already has officers. Everything runs through the real CLI (in-process); the thief uses nothing but
the copied files and the public token format (docs/pass-token.md).
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

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

    backup = tmp_path / "kept" / "backup.sqlite"
    assert run_cli("backup", str(backup)).code == 0
    copy = _steal(db_path, tmp_path / "thief")
    thief_keys = _keys_a_thief_can_build(copy) + _keys_a_thief_can_build(backup)

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


# --- the recovery code on the command line ---------------------------------------------------

CODE = re.compile(r"\b[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){6}\b")
DESK_PASSWORD = "mat-khau-ban-cap-the"
SECOND_ADMIN_PASSWORD = "mat-khau-quan-tri-2"


def _one_error_line(result: Any) -> str:
    assert result.code == 3, (result.code, result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.err, result.err
    return lines[0]


def test_init_shows_the_recovery_code_once_and_it_opens_the_key(
    run_cli: Any, tmp_path: Path
) -> None:
    fresh = tmp_path / "fresh.sqlite"
    password_file = tmp_path / "admin-pw"
    password_file.write_text("mat-khau-moi-1\n", encoding="utf-8")
    human = run_cli(
        *("--db", str(fresh), "init", "--admin-password-file", str(password_file)), user=None
    )
    assert human.code == 0, human.err
    shown = CODE.findall(human.out)
    assert len(shown) == 1
    words = " ".join(human.out.split())
    assert "MÃ KHÔI PHỤC" in words and "cất vào tủ có khóa" in words
    assert shown[0].encode() not in fresh.read_bytes()  # shown, never stored

    other = tmp_path / "other.sqlite"
    as_json = run_cli(
        *("--db", str(other), "--json", "init", "--admin-password-file", str(password_file)),
        user=None,
    )
    report = as_json.json()
    assert set(report) == {"database", "admin_created", "key_created", "recovery_code"}
    assert CODE.fullmatch(report["recovery_code"])
    again = run_cli("--db", str(other), "--json", "init", user=None).json()
    assert again["recovery_code"] is None  # never shown twice

    from accred_app.core.database import open_database
    from accred_app.core.security.keyslots import open_recovery_slot
    from accred_app.core.security.officers import authenticate

    database = open_database(str(other))
    try:
        with database.reading() as session:
            opened = open_recovery_slot(session, report["recovery_code"])
        assert opened == authenticate(database, "admin", "mat-khau-moi-1").data_key
    finally:
        database.dispose()


def test_an_admin_without_a_key_is_told_warns_and_recovers_with_the_code(
    run_cli: Any, gate: Gate, db: Any, tmp_path: Path
) -> None:
    from accred_app.core.roles import SYSTEM
    from accred_app.core.security.officers import create_officer

    create_officer(  # as a password set by someone who could not open the key leaves it
        db,
        SYSTEM,
        username="admin2",
        full_name="Lê Văn Hùng",
        role="admin",
        password=SECOND_ADMIN_PASSWORD,
    )
    as_admin2: dict[str, Any] = {"user": "admin2", "password": SECOND_ADMIN_PASSWORD}
    issue = ("pass", "issue", "--reporter", str(gate.reporter), "--event", str(gate.event))
    refused = _one_error_line(run_cli(*issue, **as_admin2))
    assert "admin2" in refused and "khóa ký" in refused and "mã khôi phục" in refused

    desk_password = tmp_path / "desk-pw"
    desk_password.write_text(DESK_PASSWORD, encoding="utf-8")
    added = run_cli(
        *("--json", "officer", "add", "--username", "ban1", "--name", "Phạm Thu Hà"),
        *("--role", "desk", "--password-file", str(desk_password)),
        **as_admin2,
    )
    assert added.code == 0, added.err
    assert added.json()["key_access"] == "missing"
    assert "ban1" in added.err and "chưa giữ khóa ký" in added.err

    code = run_cli("--json", "keys", "recovery-code").json()["recovery_code"]  # admin holds it
    code_file = tmp_path / "code.txt"
    code_file.write_text(" ".join(code.lower().split("-")) + "\n", encoding="utf-8")
    mistyped = tmp_path / "mistyped.txt"
    mistyped.write_text(code[:-1] + ("0" if code[-1] != "0" else "1"), encoding="utf-8")
    assert "gõ chưa đúng" in _one_error_line(
        run_cli("keys", "recover", "--code-file", str(mistyped), **as_admin2)
    )
    recovered = run_cli("--json", "keys", "recover", "--code-file", str(code_file), **as_admin2)
    assert recovered.code == 0, recovered.err
    assert recovered.json() == {"username": "admin2", "holds_signing_key": True}
    assert run_cli(*issue, **as_admin2).code == 0

    reset = run_cli(
        *("--json", "officer", "password", "ban1", "--password-file", str(desk_password)),
        **as_admin2,
    )
    assert reset.json()["key_access"] == "granted" and reset.err == ""
    assert run_cli(*issue, "--zone", "A", user="ban1", password=DESK_PASSWORD).code == 3  # has one
    other = reporters.add_reporter(
        db,
        SYSTEM,
        full_name="Trần Văn Bình",
        agency_id=1,
        card_no="TH0002",
        card_expiry=TODAY + timedelta(days=3650),
    )
    by_desk = run_cli(
        *("pass", "issue", "--reporter", str(other), "--event", str(gate.event)),
        user="ban1",
        password=DESK_PASSWORD,
    )
    assert by_desk.code == 0, by_desk.err


def test_a_new_recovery_code_retires_the_old_one(run_cli: Any, tmp_path: Path) -> None:
    first = run_cli("--json", "keys", "recovery-code").json()["recovery_code"]
    human = run_cli("keys", "recovery-code")
    assert human.code == 0
    (second,) = CODE.findall(human.out)
    assert second != first
    old_file, new_file = tmp_path / "old.txt", tmp_path / "new.txt"
    old_file.write_text(first, encoding="utf-8")
    new_file.write_text(second, encoding="utf-8")
    assert "không mở được" in _one_error_line(
        run_cli("keys", "recover", "--code-file", str(old_file))
    )
    assert run_cli("keys", "recover", "--code-file", str(new_file)).code == 0
    desk = tmp_path / "desk-pw"
    desk.write_text(DESK_PASSWORD, encoding="utf-8")
    run_cli(
        *("officer", "add", "--username", "ban1", "--name", "Phạm Thu Hà", "--role", "desk"),
        *("--password-file", str(desk)),
    )
    denied = run_cli("keys", "recovery-code", user="ban1", password=DESK_PASSWORD)
    assert denied.code == 3 and CODE.search(denied.out + denied.err) is None
    no_tty = run_cli("keys", "recover", stdin="")
    assert "--code-file" in _one_error_line(no_tty)


# --- a database made before key protection ---------------------------------------------------

LEGACY_ADMIN_PASSWORD = "mat-khau-quan-tri-cu"


@dataclass(frozen=True)
class Legacy:
    path: Path
    raw_keys: list[bytes]
    token: str
    gate: Gate
    spare_reporter: int


def _naive_utc(moment: datetime) -> str:
    """How schema 0001 stored an instant: naive UTC text."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def _build_pre_protection_database(path: Path, monkeypatch: pytest.MonkeyPatch) -> Legacy:
    """A database as the code before key protection left it: schema 0001, raw private keys (one
    retired, one signing), two admins and a desk officer, a pass signed with the raw key."""
    from alembic import command
    from sqlalchemy import create_engine, select

    from accred_app.core.database import open_database
    from accred_app.core.models import FieldPass, Reporter, SigningKeyRecord
    from accred_app.core.passes.tokens import (
        PassClaims,
        generate_signing_key,
        issue_token,
        validity_for_days,
    )
    from accred_app.core.roles import SYSTEM
    from accred_app.core.security import audit
    from accred_app.core.security.officers import add_officer, prepare_officer
    from accred_app.core.storage.migrate import alembic_config
    from accred_app.core.text import search_key

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()

    # The keys are written as the old code did, without secure_delete: the retirement rewrites
    # the row, leaving the old cell (raw key included) in the page's free space.
    retired, signing = generate_signing_key(), generate_signing_key()
    old_code = sqlite3.connect(path, isolation_level=None)
    try:
        old_code.execute("PRAGMA journal_mode = WAL")
        old_code.execute("PRAGMA secure_delete = OFF")
        for key in (retired, signing):
            old_code.execute(
                "INSERT INTO signing_keys (key_id, public_key, private_key, created_at) "
                "VALUES (?, ?, ?, ?)",
                (key.key_id.hex(), key.public_bytes, key.private_bytes, "2026-01-05 08:00:00"),
            )
        old_code.execute(
            "UPDATE signing_keys SET retired_at = '2026-03-01 08:00:00.123456' WHERE key_id = ?",
            (retired.key_id.hex(),),
        )
    finally:
        old_code.close()

    db = open_database(str(path), migrate=False)
    with db.transaction(SYSTEM) as session:
        for username, role, password in (
            ("admin", "admin", LEGACY_ADMIN_PASSWORD),
            ("admin2", "admin", SECOND_ADMIN_PASSWORD),
            ("ban1", "desk", DESK_PASSWORD),
        ):
            new = prepare_officer(
                username=username,
                full_name="Cán bộ",
                role=role,
                password=password,
                with_key_slot=False,
            )
            add_officer(session, new, None)
    unit = units.add_unit(db, SYSTEM, name="Phòng Tham mưu", code="PV01")
    agency = agencies.add_agency(db, SYSTEM, name="Báo Thanh Hóa", kind="print")
    event = events.add_event(
        db,
        SYSTEM,
        name="Đại hội Đảng bộ tỉnh",
        kind="event",
        start=TODAY - timedelta(days=1),
        end=TODAY + timedelta(days=3),
        zones=[events.ZoneSpec("A", "Hội trường")],
    )
    # Reporters and the pass go in as rows of schema 0001 (today's services would write the
    # columns later migrations add); the pass is signed with the raw key, as the old code did.
    people: list[int] = []
    with sqlite3.connect(path, isolation_level=None) as old_rows:
        for name, card in (("Nguyễn Thị Ánh", "TH0001"), ("Trần Văn Bình", "TH0002")):
            cursor = old_rows.execute(
                "INSERT INTO reporters (full_name, agency_id, card_no, card_no_key, card_expiry, "
                "status, search_key, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, 'active', ?, '2026-01-05 08:00:00', '2026-01-05 08:00:00')",
                (name, agency, card, card, (TODAY + timedelta(days=3650)).isoformat(),
                 search_key(name, card)),
            )  # fmt: skip
            assert cursor.lastrowid is not None
            people.append(cursor.lastrowid)
        valid_from, valid_to = validity_for_days(
            TODAY - timedelta(days=1), TODAY + timedelta(days=3)
        )
        cursor = old_rows.execute(
            "INSERT INTO passes (serial, reporter_id, event_id, zone_mask, valid_from, valid_to, "
            "key_id, token, status, issued_at, issued_by) "
            "VALUES ('TH-2026-000001', ?, ?, 1, ?, ?, ?, '', 'issued', '2026-01-05 08:00:00', 'admin')",
            (people[0], event, _naive_utc(valid_from), _naive_utc(valid_to), signing.key_id.hex()),
        )  # fmt: skip
        pass_id = cursor.lastrowid
        assert pass_id is not None
        claims = PassClaims(
            pass_id=pass_id,
            reporter_id=people[0],
            event_id=event,
            zone_slots=frozenset({0}),
            valid_from=valid_from,
            valid_to=valid_to,
        )
        token = issue_token(claims, signing)
        old_rows.execute("UPDATE passes SET token = ? WHERE id = ?", (token, pass_id))
    # ... and, as the old code's audit listener did, each row gets its "create" in the trail.
    trail_engine = create_engine(f"sqlite:///{path}")
    with trail_engine.begin() as connection:
        for table in (SigningKeyRecord.__table__, Reporter.__table__, FieldPass.__table__):
            present = {c[1] for c in connection.exec_driver_sql(f"PRAGMA table_info({table.name})")}
            typed = select(*(c for c in table.columns if c.name in present))  # schema 0001's
            rows = connection.execute(typed).mappings().all()
            entries = [audit.creation_entry(table, dict(row)) for row in rows]
            for entry in entries:  # the old listener masked secrets instead of digesting them
                if "private_key" in entry.changes:
                    entry.changes["private_key"][1] = audit.LEGACY_SECRET_MARK  # type: ignore[index]
            audit.append_entries(connection, "admin", entries)
    trail_engine.dispose()
    db.dispose()
    return Legacy(
        path,
        [retired.private_bytes, signing.private_bytes],
        token,
        Gate(unit, event, people[0]),
        people[1],
    )


def _file_bytes(path: Path) -> bytes:
    return b"".join(
        Path(f"{path}{suffix}").read_bytes()
        for suffix in ("", "-wal")
        if Path(f"{path}{suffix}").exists()
    )


def test_an_older_database_is_sealed_at_the_first_admin_sign_in(
    run_cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "old-desk"
    folder.mkdir()
    legacy = _build_pre_protection_database(folder / "accred.sqlite", monkeypatch)
    assert all(raw in legacy.path.read_bytes() for raw in legacy.raw_keys)  # as it was
    on_legacy = ("--db", str(legacy.path))

    # a desk officer signs in before any admin (the migration runs now): they keep issuing
    by_desk = run_cli(
        *on_legacy,
        *("--json", "pass", "issue", "--reporter", str(legacy.spare_reporter)),
        *("--event", str(legacy.gate.event)),
        user="ban1",
        password=DESK_PASSWORD,
    )
    assert by_desk.code == 0, by_desk.err
    assert CODE.search(by_desk.err) is None  # only an administrator finishes the upgrade

    # the first admin sign-in finishes it: the recovery code on stderr, --json output intact
    listed = run_cli(
        *on_legacy, "--json", "keys", "list", user="admin", password=LEGACY_ADMIN_PASSWORD
    )
    assert listed.code == 0, listed.err
    assert [k["signing"] for k in listed.json()] == [False, True]
    (code,) = CODE.findall(listed.err)
    assert "sao lưu làm trước" in " ".join(listed.err.split())  # old backups: said so
    again = run_cli(*on_legacy, "keys", "list", user="admin", password=LEGACY_ADMIN_PASSWORD)
    assert CODE.search(again.err) is None

    # the pass signed before the upgrade still lets its holder in
    scan = run_cli(
        *on_legacy,
        *("--json", "scan", "--event", str(legacy.gate.event), "--unit", str(legacy.gate.unit)),
        legacy.token,
        user="admin",
        password=LEGACY_ADMIN_PASSWORD,
    )
    assert scan.code == 0, scan.out

    # neither the raw keys nor the data key (once in the clear) are left in the file
    from accred_app.core.database import open_database
    from accred_app.core.models import KeySlot
    from accred_app.core.security.officers import authenticate

    database = open_database(str(legacy.path))
    try:
        data_key = authenticate(database, "admin", LEGACY_ADMIN_PASSWORD).data_key
        with database.reading() as session:
            kinds = sorted(k.value for k in session.execute(select(KeySlot.kind)).scalars())
    finally:
        database.dispose()
    assert kinds == ["officer", "officer", "recovery"]  # admin, ban1; admin2 never signed in
    content = _file_bytes(legacy.path)
    assert data_key is not None and data_key not in content
    for raw in legacy.raw_keys:
        assert raw not in content
    # ... except in the backup taken before migrating, as the upgrade message warns
    (backup,) = (folder / "backups").glob("*pre-migration*.sqlite")
    assert legacy.raw_keys[1] in backup.read_bytes()

    # the second admin holds no key until they use the recovery code
    as_admin2: dict[str, Any] = {"user": "admin2", "password": SECOND_ADMIN_PASSWORD}
    rotate = run_cli(*on_legacy, "keys", "rotate", **as_admin2)
    assert "khóa ký" in _one_error_line(rotate)
    code_file = tmp_path / "code.txt"
    code_file.write_text(code, encoding="utf-8")
    assert (
        run_cli(*on_legacy, "keys", "recover", "--code-file", str(code_file), **as_admin2).code == 0
    )
    assert run_cli(*on_legacy, "keys", "rotate", **as_admin2).code == 0
    verify = run_cli(*on_legacy, "audit", "verify", user="admin", password=LEGACY_ADMIN_PASSWORD)
    assert verify.code == 0, verify.err


def test_the_upgrade_migration_can_be_undone_while_no_admin_has_signed_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import command
    from sqlalchemy import create_engine, text

    from accred_app.core.storage.migrate import alembic_config

    legacy = _build_pre_protection_database(tmp_path / "old.sqlite", monkeypatch)
    engine = create_engine(f"sqlite:///{legacy.path}")
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "0002")
            sealed = connection.execute(text("SELECT private_key FROM signing_keys")).all()
            assert all(len(row[0]) == 61 for row in sealed)
            command.downgrade(config, "0001")
            raw = {
                bytes(r[0])
                for r in connection.execute(text("SELECT private_key FROM signing_keys"))
            }
    finally:
        engine.dispose()
    assert raw == set(legacy.raw_keys)
