"""Who may do what: every role is refused what it may not do, in the core services and via the CLI.

A refusal must change nothing (no row, no audit entry); an allowed role must get past the check.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from accred_app.core.checkpoint import overrides, scanning, station_logs, stations
from accred_app.core.errors import PermissionDenied
from accred_app.core.models import (
    AuditEntry,
    FieldPass,
    Officer,
    PoliceUnit,
    PressAgency,
    Reporter,
    Role,
    ScanRecord,
    SigningKeyRecord,
)
from accred_app.core.passes import issuing, keys
from accred_app.core.registry import agencies, events, reporters, units
from accred_app.core.roles import ROLE_PERMISSIONS, SYSTEM, Actor, Permission
from accred_app.core.security import officers
from accred_app.core.storage import backup
from accred_app.core.storage.db import Database

OFFICER_PASSWORD = "mat-khau-can-bo-1"
CARD_EXPIRY = date.today() + timedelta(days=400)
FIRST_DAY = date.today()
LAST_DAY = date.today() + timedelta(days=30)


@dataclass(frozen=True)
class World:
    unit_id: int
    agency_id: int
    reporter_id: int
    spare_reporter_id: int
    event_id: int
    serial: str
    token: str
    actors: dict[str, Actor]


def build_world(db: Database, admin: Actor) -> World:
    """A unit, an agency, two reporters, a site with zones, one pass and one officer per role,
    each signed in (the admin's and the desk officer's sessions hold the signing key)."""
    unit_id = units.add_unit(db, SYSTEM, name="Phòng Tham mưu", code="PTM")
    agency_id = agencies.add_agency(db, SYSTEM, name="Báo Thanh Hóa", kind="print")
    reporter_id = reporters.add_reporter(
        db,
        SYSTEM,
        full_name="Nguyễn Thị Ánh",
        agency_id=agency_id,
        card_no="TH-0001",
        card_expiry=CARD_EXPIRY,
    )
    spare_id = reporters.add_reporter(
        db,
        SYSTEM,
        full_name="Lê Văn Bình",
        agency_id=agency_id,
        card_no="TH-0002",
        card_expiry=CARD_EXPIRY,
    )
    event_id = events.add_event(
        db,
        SYSTEM,
        name="Trụ sở Công an tỉnh",
        kind="site",
        start=FIRST_DAY,
        zones=[events.ZoneSpec("A", "Sảnh", None), events.ZoneSpec("B", "Hội trường", None)],
    )
    issued = issuing.issue_pass(
        db,
        admin,
        reporter_id=reporter_id,
        event_id=event_id,
        first_day=FIRST_DAY,
        last_day=LAST_DAY,
    )
    actors = {"admin": admin}
    for role in ("desk", "checkpoint", "viewer"):
        officers.create_officer(
            db,
            admin,
            username=f"cb-{role}",
            full_name=f"Cán bộ {role}",
            role=role,
            password=OFFICER_PASSWORD,
            unit_id=unit_id,
        )
        actors[role] = officers.authenticate(db, f"cb-{role}", OFFICER_PASSWORD)
    return World(
        unit_id, agency_id, reporter_id, spare_id, event_id, issued.serial, issued.token, actors
    )


@pytest.fixture
def world(db: Database, admin: Actor) -> World:
    return build_world(db, admin)


def snapshot(db: Database) -> dict[str, int]:
    """Row counts that a refused operation must leave alone."""
    with db.reading() as session:
        return {
            model.__tablename__: session.execute(
                select(func.count()).select_from(model)
            ).scalar_one()
            for model in (
                AuditEntry,
                FieldPass,
                Officer,
                PoliceUnit,
                PressAgency,
                Reporter,
                ScanRecord,
                SigningKeyRecord,
            )
        }


Operation = Callable[[Database, Actor, World, Path], object]


def _scan(db: Database, actor: Actor, w: World, _tmp: Path) -> object:
    post = scanning.open_checkpoint(
        db, actor, event_id=w.event_id, zone_code="A", unit_id=w.unit_id
    )
    return scanning.scan(db, actor, post, w.token)


def _deny(db: Database, actor: Actor, _w: World, _tmp: Path) -> object:
    """A supervisor's denial of the last allowed entry (the scan operation made one)."""
    with db.reading() as session:
        last = session.execute(
            select(ScanRecord.scan_uid)
            .where(ScanRecord.allowed.is_(True))
            .order_by(ScanRecord.id.desc())
            .limit(1)
        ).scalar_one_or_none()
    return overrides.deny_after_scan(db, actor, last or "no-scan-yet", "không khớp ảnh")


def _log_file(tmp: Path) -> Path:
    """An empty scan log signed by a station (always the same key, so writing it again changes
    nothing the desk would notice)."""
    key = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    header = {
        "format": station_logs.LOG_FORMAT,
        "station": "tram-thu",
        "station_key": key.public_key().public_bytes_raw().hex(),
        "event_id": None,
        "package_created_at": None,
        "package_imported_at": None,
        "exported_at": "2026-01-01T00:00:00+00:00",
    }
    body = (json.dumps(header) + "\n").encode()
    digest = hashlib.sha256(body).digest()
    trailer = {
        "end": True,
        "rows": 0,
        "sha256": digest.hex(),
        "signature": key.sign(station_logs.SIGNATURE_CONTEXT + digest).hex(),
    }
    path = tmp / "scan-log.jsonl"
    path.write_bytes(body + (json.dumps(trailer) + "\n").encode())
    return path


# name → (operation, the permission it needs)
OPERATIONS: dict[str, tuple[Operation, Permission]] = {
    "list_reporters": (lambda db, a, w, t: reporters.list_reporters(db, a), Permission.READ),
    "reporter_page": (lambda db, a, w, t: reporters.reporter_page(db, a), Permission.READ),
    "count_reporters": (lambda db, a, w, t: reporters.count_reporters(db, a), Permission.READ),
    "get_pass": (lambda db, a, w, t: issuing.get_pass(db, a, w.serial), Permission.READ),
    "list_events": (lambda db, a, w, t: events.list_events(db, a, ""), Permission.READ),
    "add_agency": (
        lambda db, a, w, t: agencies.add_agency(db, a, name="Báo Mới", kind="online"),
        Permission.EDIT_REGISTRY,
    ),
    "add_reporter": (
        lambda db, a, w, t: reporters.add_reporter(
            db,
            a,
            full_name="Trần Văn Cường",
            agency_id=w.agency_id,
            card_no="TH-0099",
            card_expiry=CARD_EXPIRY,
        ),
        Permission.EDIT_REGISTRY,
    ),
    "update_reporter": (
        lambda db, a, w, t: reporters.update_reporter(db, a, w.reporter_id, phone="0912345678"),
        Permission.EDIT_REGISTRY,
    ),
    "add_unit": (
        lambda db, a, w, t: units.add_unit(db, a, name="Đội Cơ động", code="CD"),
        Permission.EDIT_REGISTRY,
    ),
    "add_event": (
        lambda db, a, w, t: events.add_event(
            db, a, name="Hội nghị", kind="event", start=FIRST_DAY, end=LAST_DAY
        ),
        Permission.EDIT_REGISTRY,
    ),
    "issue_pass": (
        lambda db, a, w, t: issuing.issue_pass(
            db,
            a,
            reporter_id=w.spare_reporter_id,
            event_id=w.event_id,
            first_day=FIRST_DAY,
            last_day=LAST_DAY,
        ),
        Permission.ISSUE_PASSES,
    ),
    "scan": (_scan, Permission.SCAN),
    "deny_after_scan": (_deny, Permission.OVERRIDE_SCAN),
    "revoke_pass": (
        lambda db, a, w, t: issuing.revoke_pass(db, a, w.serial, "mất thẻ"),
        Permission.ISSUE_PASSES,
    ),
    "export_log": (
        lambda db, a, w, t: station_logs.export_log(db, a, t / "log.jsonl"),
        Permission.SCAN,
    ),
    "create_officer": (
        lambda db, a, w, t: officers.create_officer(
            db, a, username="moi", full_name="Mới", role="admin", password=OFFICER_PASSWORD
        ),
        Permission.MANAGE_OFFICERS,
    ),
    "list_officers": (
        lambda db, a, w, t: officers.list_officers(db, a),
        Permission.MANAGE_OFFICERS,
    ),
    "disable_officer": (
        lambda db, a, w, t: officers.disable_officer(db, a, "cb-viewer"),
        Permission.MANAGE_OFFICERS,
    ),
    "set_password": (
        lambda db, a, w, t: officers.set_password(db, a, "cb-viewer", "mat-khau-moi-2"),
        Permission.MANAGE_OFFICERS,
    ),
    "rotate_key": (lambda db, a, w, t: keys.rotate_key(db, a), Permission.MANAGE_KEYS),
    "export_public_keys": (
        lambda db, a, w, t: keys.export_public_keys(db, a, t / "keys.json"),
        Permission.MANAGE_KEYS,
    ),
    "make_backup": (
        lambda db, a, w, t: backup.make_backup(db, a, t / "b.sqlite"),
        Permission.MANAGE_DATA,
    ),
    "export_station": (
        lambda db, a, w, t: stations.export_station(db, a, w.event_id, t / "st.json.gz"),
        Permission.MANAGE_DATA,
    ),
    "import_log": (
        lambda db, a, w, t: station_logs.import_log(db, a, _log_file(t)),
        Permission.MANAGE_DATA,
    ),
}

ROLES = ("admin", "desk", "checkpoint", "viewer")


def test_role_table_is_what_the_desk_agreed() -> None:
    assert ROLE_PERMISSIONS[Role.ADMIN] == frozenset(Permission)
    assert ROLE_PERMISSIONS[Role.CHECKPOINT] == {Permission.SCAN, Permission.OVERRIDE_SCAN}
    assert ROLE_PERMISSIONS[Role.VIEWER] == {Permission.READ}
    desk = ROLE_PERMISSIONS[Role.DESK]
    assert {Permission.EDIT_REGISTRY, Permission.ISSUE_PASSES, Permission.SCAN} <= desk
    assert Permission.OVERRIDE_SCAN in desk
    assert not desk & {Permission.MANAGE_OFFICERS, Permission.MANAGE_KEYS, Permission.MANAGE_DATA}


def test_every_permission_is_exercised_by_an_operation() -> None:
    assert {permission for _, permission in OPERATIONS.values()} == set(Permission) - {
        Permission.PRINT_PASSES  # printing has its own tests in the printing package
    }


@pytest.mark.parametrize("role", ROLES)
def test_core_checks_the_role(db: Database, world: World, tmp_path: Path, role: str) -> None:
    """Every refused operation raises PermissionDenied and changes nothing; then every allowed one
    runs to the end (in the order of OPERATIONS, on the same database)."""
    actor = world.actors[role]
    allowed = [name for name, (_, permission) in OPERATIONS.items() if actor.can(permission)]
    refused = [name for name in OPERATIONS if name not in allowed]
    out = tmp_path / "out"
    out.mkdir()
    before = snapshot(db)
    for name in refused:
        operation, permission = OPERATIONS[name]
        with pytest.raises(PermissionDenied) as denial:
            operation(db, actor, world, out)
        assert denial.value.code == "permission_denied", name
        assert denial.value.params["permission"] == permission.value, name
        assert snapshot(db) == before, f"refused {name} changed the database"
    written = [f.name for f in out.iterdir() if f.name != "scan-log.jsonl"]  # that one is input
    assert not written, "a refused operation wrote a file"
    for name in allowed:
        operation, _ = OPERATIONS[name]
        operation(db, actor, world, out)
    expected_refusals = {
        "admin": 0,
        "desk": 9,  # officers (4), keys (2), data (3)
        "checkpoint": len(OPERATIONS) - 3,  # scan, deny_after_scan and export_log only
        "viewer": len(OPERATIONS) - 5,  # the five reads only
    }
    assert len(refused) == expected_refusals[role]


# --- the same rules through the accred command ------------------------------------------------


def _cli_cases(w: World, tmp: Path) -> list[tuple[str, list[str]]]:
    """(role, argv) pairs the role must be refused."""
    log = _log_file(tmp)
    return [
        (
            "checkpoint",
            [
                "pass",
                "issue",
                "--reporter",
                str(w.spare_reporter_id),
                "--event",
                str(w.event_id),
                "--from",
                str(FIRST_DAY),
                "--to",
                str(LAST_DAY),
            ],
        ),
        ("checkpoint", ["reporter", "list"]),
        ("checkpoint", ["pass", "show", w.serial]),
        ("checkpoint", ["audit", "verify"]),
        (
            "viewer",
            [
                "reporter",
                "add",
                "--name",
                "Trần Văn Cường",
                "--agency",
                str(w.agency_id),
                "--card-no",
                "TH-0099",
                "--card-expiry",
                str(CARD_EXPIRY),
            ],
        ),
        ("viewer", ["agency", "add", "--name", "Báo Mới", "--kind", "online"]),
        ("viewer", ["unit", "add", "--name", "Đội Cơ động", "--code", "CD"]),
        (
            "viewer",
            [
                "event",
                "add",
                "--name",
                "Hội nghị",
                "--kind",
                "event",
                "--start",
                str(FIRST_DAY),
                "--end",
                str(LAST_DAY),
            ],
        ),
        ("viewer", ["pass", "revoke", w.serial, "--reason", "mất thẻ"]),
        ("viewer", ["reporter", "update", str(w.reporter_id), "--phone", "0912345678"]),
        ("viewer", ["scan", "--event", str(w.event_id), "--unit", str(w.unit_id), w.token]),
        (
            "desk",
            [
                "officer",
                "add",
                "--username",
                "moi",
                "--name",
                "Mới",
                "--role",
                "admin",
                "--password-file",
                str(tmp / "pw-admin"),
            ],
        ),
        ("desk", ["officer", "list"]),
        ("desk", ["officer", "disable", "cb-viewer"]),
        ("desk", ["officer", "password", "cb-viewer", "--password-file", str(tmp / "pw-admin")]),
        ("desk", ["keys", "rotate"]),
        ("desk", ["keys", "export-public", str(tmp / "keys.json")]),
        ("desk", ["backup", str(tmp / "b.sqlite")]),
        ("desk", ["restore", str(tmp / "b.sqlite")]),
        ("desk", ["station", "export", "--event", str(w.event_id), str(tmp / "st.json.gz")]),
        ("desk", ["log", "import", str(log)]),
        ("viewer", ["demo"]),
    ]


def test_cli_refuses_each_role_what_it_may_not_do(
    db: Database, world: World, run_cli: Any, tmp_path: Path, db_path: Path
) -> None:
    (tmp_path / "pw-admin").write_text("mat-khau-moi-2", encoding="utf-8")
    for role, argv in _cli_cases(world, tmp_path):
        before = snapshot(db)
        result = run_cli(*argv, user=f"cb-{role}", password=OFFICER_PASSWORD)
        assert result.code == 3, (role, argv, result)
        assert "không có quyền" in result.err, (role, argv, result.err)
        assert "Traceback" not in result.err
        after = snapshot(db)
        signed_in = after.pop("audit_log") - before.pop("audit_log")
        assert after == before, (role, argv)
        with db.reading() as session:  # the only trace: the sign-in (last_login_at) itself
            entities = session.execute(
                select(AuditEntry.entity).order_by(AuditEntry.id.desc()).limit(signed_in)
            ).scalars()
            assert set(entities) <= {"officers"}, (role, argv)
    for written in ("keys.json", "b.sqlite", "st.json.gz"):
        assert not (tmp_path / written).exists()
    assert db_path.exists()


def test_cli_english_refusal_names_the_officer_and_role(world: World, run_cli: Any) -> None:
    result = run_cli("--lang", "en", "keys", "rotate", user="cb-desk", password=OFFICER_PASSWORD)
    assert result.code == 3
    assert result.err == (
        "Officer cb-desk (role accreditation officer) may not manage the signing keys.\n"
    )  # the role and the permission in words, not identifiers


def test_cli_lets_each_role_do_its_own_work(world: World, run_cli: Any) -> None:
    scan = ["scan", "--event", str(world.event_id), "--zone", "A", "--unit", str(world.unit_id)]
    assert run_cli(*scan, world.token, user="cb-checkpoint", password=OFFICER_PASSWORD).code == 0
    assert run_cli("reporter", "list", user="cb-viewer", password=OFFICER_PASSWORD).code == 0
    issued = run_cli(
        "--json",
        "pass",
        "issue",
        "--reporter",
        str(world.spare_reporter_id),
        "--event",
        str(world.event_id),
        "--from",
        str(FIRST_DAY),
        "--to",
        str(LAST_DAY),
        user="cb-desk",
        password=OFFICER_PASSWORD,
    )
    assert issued.code == 0, issued.err
    assert issued.json()["issued_by"] == "cb-desk"
    assert run_cli("keys", "rotate").code == 0  # admin


def test_cli_requires_sign_in(world: World, run_cli: Any) -> None:
    result = run_cli("reporter", "list", user=None)
    assert result.code == 3
    assert "Cần đăng nhập" in result.err and "--user" in result.err
    assert result.out == ""
    english = run_cli("--lang", "en", "agency", "add", "--name", "X Y", "--kind", "tv", user=None)
    assert english.code == 3 and "Sign-in required" in english.err


def test_cli_refuses_a_wrong_password(world: World, run_cli: Any) -> None:
    result = run_cli("reporter", "list", user="cb-viewer", password="sai-mat-khau")
    assert result.code == 3
    assert "không đúng" in result.err
    unknown = run_cli("reporter", "list", user="khong-co-ai", password="sai-mat-khau")
    assert unknown.code == 3 and unknown.err == result.err  # same answer: no username probing
