"""The tamper-evident audit chain: intact after many operations, and an edited, deleted or inserted
row is found and named (the first bad row id), by the core and by ``accred audit verify``."""

from __future__ import annotations

import itertools
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from accred_app.core.models import AuditEntry
from accred_app.core.passes import issuing, keys
from accred_app.core.registry import agencies, events, reporters, units
from accred_app.core.roles import Actor
from accred_app.core.security import audit, officers
from accred_app.core.security.audit import ChainReport, verify_chain
from accred_app.core.storage.db import Database

EXPIRY = date.today() + timedelta(days=500)


def busy_day(db: Database, admin: Actor) -> dict[str, int]:
    """Many audited operations of every kind: creates, updates, revokes, officers, key rotation."""
    unit = units.add_unit(db, admin, name="Phòng Tham mưu", code="PTM")
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    event = events.add_event(
        db,
        admin,
        name="Lễ hội Lam Kinh",
        kind="event",
        start=date.today(),
        end=date.today() + timedelta(days=3),
        zones=[events.ZoneSpec("A", "Khán đài")],
    )
    ids = []
    for n in range(12):
        ids.append(
            reporters.add_reporter(
                db,
                admin,
                full_name=f"Phóng viên Số {n}",
                agency_id=agency,
                card_no=f"TH-{n:04d}",
                card_expiry=EXPIRY,
            )
        )
    for reporter_id in ids[:8]:
        issued = issuing.issue_pass(db, admin, reporter_id=reporter_id, event_id=event)
        if reporter_id % 3 == 0:
            issuing.revoke_pass(db, admin, issued.serial, "thu hồi thử")
    reporters.update_reporter(db, admin, ids[0], phone="0912345678", position="quay phim")
    officers.create_officer(
        db, admin, username="xem", full_name="Người Xem", role="viewer", password="mat-khau-xem"
    )
    keys.rotate_key(db, admin)
    return {"unit": unit, "agency": agency, "event": event, "reporter": ids[0]}


def check(db: Database) -> ChainReport:
    with db.reading() as session:
        return verify_chain(session)


def audit_ids(db: Database) -> list[int]:
    with db.reading() as session:
        return list(session.execute(select(AuditEntry.id).order_by(AuditEntry.id)).scalars())


def tamper(db: Database, *statements: str, **values: Any) -> None:
    """Change the data behind the software's back, as someone with SQL access would."""
    with db.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement), values)


@pytest.fixture
def busy(db: Database, admin: Actor) -> dict[str, int]:
    return busy_day(db, admin)


def test_chain_intact_after_many_operations(
    db: Database, busy: dict[str, int], run_cli: Any
) -> None:
    report = check(db)
    assert report.ok and report.bad_row_id is None
    assert report.count == len(audit_ids(db)) >= 40
    assert audit_ids(db) == list(range(1, report.count + 1))
    result = run_cli("audit", "verify")
    assert result.code == 0, result.err
    assert "nguyên vẹn" in result.out
    as_json = run_cli("--json", "audit", "verify").json()
    assert as_json["ok"] is True and as_json["head_hash"] == check(db).head_hash


def test_each_transaction_links_to_the_previous(db: Database, busy: dict[str, int]) -> None:
    with db.reading() as session:
        rows = list(session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars())
        assert rows[0].prev_hash == audit.GENESIS_HASH
        for earlier, later in itertools.pairwise(rows):
            assert later.prev_hash == earlier.hash


def _expect_broken(db: Database, run_cli: Any, row_id: int) -> None:
    report = check(db)
    assert not report.ok
    assert report.bad_row_id == row_id, report
    result = run_cli("audit", "verify")
    assert result.code == 3
    assert f"#{row_id}" in result.err and "Traceback" not in result.err
    as_json = run_cli("--json", "audit", "verify")
    assert as_json.code == 3 and as_json.json()["bad_row_id"] == row_id


def test_edited_row_is_found(db: Database, busy: dict[str, int], run_cli: Any) -> None:
    target = audit_ids(db)[len(audit_ids(db)) // 2]
    tamper(
        db,
        f"""UPDATE audit_log SET changes='{{"status":["issued","printed"]}}' WHERE id={target}""",
    )
    _expect_broken(db, run_cli, target)


@pytest.mark.parametrize("column", ["actor", "action", "entity", "entity_id"])
def test_any_edited_field_is_found(db: Database, busy: dict[str, int], column: str) -> None:
    tamper(db, f"UPDATE audit_log SET {column} = {column} || 'x' WHERE id = 7")
    assert check(db).bad_row_id == 7


def test_edited_time_is_found(db: Database, busy: dict[str, int]) -> None:
    with Session(db.engine) as session, session.begin():
        row = session.get(AuditEntry, 9)
        assert row is not None
        row.at = row.at - timedelta(days=1)
    assert check(db).bad_row_id == 9


def test_deleted_middle_row_is_found(db: Database, busy: dict[str, int], run_cli: Any) -> None:
    ids = audit_ids(db)
    middle = ids[len(ids) // 2]
    tamper(db, f"DELETE FROM audit_log WHERE id = {middle}")
    _expect_broken(db, run_cli, middle + 1)  # the first row that no longer fits
    assert "deleted" in (check(db).problem or "")


def test_deleted_first_row_is_found(db: Database, busy: dict[str, int]) -> None:
    tamper(db, "DELETE FROM audit_log WHERE id = 1")
    assert check(db).bad_row_id == 2


def _forge(db: Database, row_id: int, *, chain_properly: bool) -> None:
    """Insert a plausible row at ``row_id``; with ``chain_properly`` the forger even recomputes its
    hash from the previous row (the chain then breaks at the next, untouched row)."""
    with Session(db.engine) as session, session.begin():
        previous = session.get(AuditEntry, row_id - 1)
        assert previous is not None
        at = previous.at + timedelta(microseconds=1)
        changes = '{"status":["blacklisted","active"]}'
        fields = ("admin", "update", "reporters", "1", changes)
        digest = (
            audit.row_hash(
                row_id,
                at.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds"),
                *fields,
                previous.hash,
            )
            if chain_properly
            else "f" * 64
        )
        session.add(
            AuditEntry(
                id=row_id,
                at=at,
                actor=fields[0],
                action=fields[1],
                entity=fields[2],
                entity_id=fields[3],
                changes=changes,
                prev_hash=previous.hash,
                hash=digest,
            )
        )


@pytest.mark.parametrize(("chain_properly", "offset"), [(False, 0), (True, 1)])
def test_row_inserted_by_renumbering_is_found(
    db: Database, busy: dict[str, int], run_cli: Any, chain_properly: bool, offset: int
) -> None:
    ids = audit_ids(db)
    target = ids[len(ids) // 2]
    tamper(
        db,
        f"UPDATE audit_log SET id = -id WHERE id >= {target}",
        "UPDATE audit_log SET id = 1 - id WHERE id < 0",
    )
    assert audit_ids(db) == [*ids[: target - 1], *[i + 1 for i in ids[target - 1 :]]]
    _forge(db, target, chain_properly=chain_properly)
    assert len(audit_ids(db)) == len(ids) + 1
    _expect_broken(db, run_cli, target + offset)


@pytest.mark.parametrize(("chain_properly", "offset"), [(False, 0), (True, 1)])
def test_row_inserted_at_a_gap_is_found(
    db: Database, busy: dict[str, int], run_cli: Any, chain_properly: bool, offset: int
) -> None:
    target = audit_ids(db)[10]
    tamper(db, f"DELETE FROM audit_log WHERE id = {target}")
    _forge(db, target, chain_properly=chain_properly)
    _expect_broken(db, run_cli, target + offset)


def test_forged_row_appended_changes_the_head_hash(db: Database, busy: dict[str, int]) -> None:
    """A perfect forgery at the end is only caught against the head hash an officer wrote down."""
    anchor = check(db).head_hash
    last = audit_ids(db)[-1]
    _forge(db, last + 1, chain_properly=True)
    report = check(db)
    assert report.ok and report.head_hash != anchor


def test_history_shows_before_and_after(db: Database, busy: dict[str, int], run_cli: Any) -> None:
    reporter = busy["reporter"]
    assert run_cli("reporter", "update", str(reporter), "--phone", "0987654321").code == 0
    result = run_cli("audit", "history", "reporter", str(reporter))
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert "create" in lines[0] and "Phóng viên Số 0" in lines[0]
    assert any("phone: None → 0912345678" in line for line in lines)
    assert any("phone: 0912345678 → 0987654321" in line for line in lines)
    assert any("position: None → quay phim" in line for line in lines)
    entries = run_cli("--json", "audit", "history", "reporter", str(reporter)).json()
    assert [e["action"] for e in entries] == ["create", "update", "update"]
    assert entries[-1]["changes"]["phone"] == ["0912345678", "0987654321"]
    assert entries[-1]["actor"] == "admin"


def test_history_of_a_pass_by_serial(db: Database, busy: dict[str, int], run_cli: Any) -> None:
    serial = run_cli("--json", "pass", "list", "--status", "revoked").json()[0]["serial"]
    entries = run_cli("--json", "audit", "history", "pass", serial).json()
    assert entries[-1]["changes"]["status"] == ["issued", "revoked"]


def test_scans_are_not_audited_but_everything_else_is(db: Database, busy: dict[str, int]) -> None:
    with db.reading() as session:
        entities = set(session.execute(select(AuditEntry.entity).distinct()).scalars())
        assert session.execute(select(func.count()).select_from(AuditEntry)).scalar_one() > 0
    assert {"reporters", "passes", "events", "officers", "signing_keys"} <= entities
    assert "scan_log" not in entities and "audit_log" not in entities


def test_created_rows_are_logged_under_their_new_id(db: Database, busy: dict[str, int]) -> None:
    """Regression: creations were logged with entity_id "?" (no identity key yet in after_flush),
    so a record's history started at its first update."""
    with db.reading() as session:
        unknown = session.execute(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.entity_id == "?")
        ).scalar_one()
        created = set(
            session.execute(
                select(AuditEntry.entity_id).where(
                    AuditEntry.entity == "reporters", AuditEntry.action == "create"
                )
            ).scalars()
        )
    assert unknown == 0
    assert str(busy["reporter"]) in created and len(created) == 12


def test_verify_on_an_empty_chain(tmp_path: Path) -> None:
    from accred_app.core.database import open_database

    db = open_database(str(tmp_path / "empty.sqlite"))
    try:
        report = check(db)
        assert report.ok and report.count == 0 and report.head_hash == audit.GENESIS_HASH
    finally:
        db.dispose()


def test_verify_needs_read_permission(db: Database, run_cli: Any, admin: Actor) -> None:
    officers.create_officer(
        db, admin, username="cong", full_name="Cổng", role="checkpoint", password="mat-khau-cong"
    )
    result = run_cli("audit", "verify", user="cong", password="mat-khau-cong")
    assert result.code == 3 and "không có quyền" in result.err
