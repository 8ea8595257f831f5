"""The scan log's hash chain per station: written on the scan path, broken by any direct edit."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from accred_app.core.checkpoint import scanning
from accred_app.core.checkpoint.scan_chain import GENESIS, scan_chain_hash, verify_scan_chains
from accred_app.core.checkpoint.verdict import Direction
from accred_app.core.passes import issuing
from accred_app.core.registry import agencies, events, reporters, units
from accred_app.core.storage.db import Database


@pytest.fixture
def scans(db: Database, admin: Any) -> list[int]:
    """Six desk scans (in, out, in, a refused one...); returns the scan_log ids in order."""
    unit = units.add_unit(db, admin, name="Phòng Tham mưu", code="PV01")
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    event = events.add_event(
        db,
        admin,
        name="Đại hội",
        kind="event",
        start=date.today() - timedelta(days=1),
        end=date.today() + timedelta(days=2),
    )
    reporter = reporters.add_reporter(
        db,
        admin,
        full_name="Nguyễn Thị Ánh",
        agency_id=agency,
        card_no="TH0001",
        card_expiry=date.today() + timedelta(days=900),
    )
    token = issuing.issue_pass(db, admin, reporter_id=reporter, event_id=event).token
    post = scanning.open_checkpoint(db, admin, event_id=event, zone_code=None, unit_id=unit)
    for direction in ("in", "out", "in", "in", "out"):
        scanning.scan(db, admin, post, token, Direction(direction))
    scanning.scan(db, admin, post, "12ă3")
    return _ids(db)


def _ids(db: Database) -> list[int]:
    with db.engine.connect() as connection:
        return [row[0] for row in connection.execute(text("SELECT id FROM scan_log ORDER BY id"))]


def _sql(db: Database, statement: str, **params: Any) -> None:
    with db.engine.begin() as connection:
        connection.execute(text(statement), params)


def _chains(db: Database) -> dict[str, Any]:
    with db.reading() as session:
        return {chain.station: chain for chain in verify_scan_chains(session)}


def test_every_scan_is_chained_to_the_previous_one_of_its_station(
    db: Database, scans: list[int]
) -> None:
    with db.engine.connect() as connection:
        hashes = [
            row[0]
            for row in connection.execute(text("SELECT chain_hash FROM scan_log ORDER BY id"))
        ]
    assert all(len(h) == 64 for h in hashes) and len(set(hashes)) == len(hashes)
    chain = _chains(db)["desk"]
    assert (chain.ok, chain.rows, chain.unchained, chain.head_hash) == (True, 6, 0, hashes[-1])
    assert "desk" in chain.message("vi") and hashes[-1] in chain.message("en")


@pytest.mark.parametrize(
    ("statement", "position", "problem"),
    [
        ("UPDATE scan_log SET allowed = true, reason = 'ok' WHERE id = :row", 3, "edited"),
        (
            "UPDATE scan_log SET scanned_at = '2099-01-01 00:00:00.000000' WHERE id = :row",
            0,
            "edited",
        ),
        ("UPDATE scan_log SET officer = 'ai-do' WHERE id = :row", 5, "edited"),
        ("UPDATE scan_log SET chain_hash = NULL WHERE id = :row", 2, "unchained"),
    ],
)
def test_a_direct_edit_is_found_at_its_row(
    db: Database, scans: list[int], statement: str, position: int, problem: str
) -> None:
    _sql(db, statement, row=scans[position])
    chain = _chains(db)["desk"]
    assert (chain.ok, chain.bad_row_id, chain.problem) == (False, scans[position], problem)
    assert str(scans[position]) in chain.message("vi")


def test_a_deleted_row_breaks_the_next_one(db: Database, scans: list[int]) -> None:
    _sql(db, "DELETE FROM scan_log WHERE id = :row", row=scans[2])
    chain = _chains(db)["desk"]
    assert (chain.bad_row_id, chain.problem) == (scans[3], "edited")


def test_rows_older_than_the_chain_are_counted_and_the_chain_starts_after_them(
    db: Database, scans: list[int], admin: Any
) -> None:
    _sql(db, "UPDATE scan_log SET chain_hash = NULL")  # as the migration leaves existing rows
    chain = _chains(db)["desk"]
    assert (chain.ok, chain.rows, chain.unchained, chain.head_hash) == (True, 0, 6, None)
    with db.reading() as session:
        event_id = session.execute(text("SELECT id FROM events")).scalar_one()
        unit_id = session.execute(text("SELECT id FROM police_units")).scalar_one()
    post = scanning.open_checkpoint(db, admin, event_id=event_id, zone_code=None, unit_id=unit_id)
    scanning.scan(db, admin, post, "not a token")
    chain = _chains(db)["desk"]
    assert (chain.ok, chain.rows, chain.unchained) == (True, 1, 6)


def test_the_hash_covers_every_field_and_not_the_time_zone_spelling() -> None:
    row: dict[str, Any] = {
        "scan_uid": "00000000-0000-4000-8000-000000000001",
        "scanned_at": datetime(2026, 3, 16, 3, 0, tzinfo=UTC),
        "event_id": 1,
        "zone_slot": 0,
        "zone_code": "A",
        "direction": "in",
        "unit_id": 2,
        "officer": "cp1",
        "allowed": True,
        "reason": "ok",
        "pass_id": 7,
        "serial": "TH-2026-000007",
        "reporter_id": 9,
        "station": "CONG-1",
    }
    base = scan_chain_hash(None, row)
    assert base == scan_chain_hash(GENESIS, row)
    local = dict(row, scanned_at=row["scanned_at"].astimezone(ZoneInfo("Asia/Ho_Chi_Minh")))
    assert scan_chain_hash(None, local) == base
    assert scan_chain_hash(base, row) != base
    for field, other in (
        ("scan_uid", "00000000-0000-4000-8000-000000000002"),
        ("scanned_at", row["scanned_at"] + timedelta(microseconds=1)),
        ("zone_slot", None),
        ("allowed", False),
        ("pass_id", 8),
        ("serial", None),
        ("station", "CONG-2"),
    ):
        assert scan_chain_hash(None, dict(row, **{field: other})) != base, field


def test_audit_verify_reports_the_scan_chains(db: Database, scans: list[int], run_cli: Any) -> None:
    intact = run_cli("--json", "audit", "verify")
    assert intact.code == 0, intact.err
    [desk] = intact.json()["scan_chains"]["stations"]
    assert (desk["station"], desk["rows"], desk["ok"]) == ("desk", 6, True)
    _sql(db, "UPDATE scan_log SET allowed = true, reason = 'ok' WHERE id = :row", row=scans[5])
    broken = run_cli("--json", "audit", "verify")
    assert broken.code == 3 and broken.json()["ok"] is False
    assert broken.json()["scan_chains"]["stations"][0]["bad_row_id"] == scans[5]
    line = run_cli("audit", "verify")
    assert line.code == 3 and f"#{scans[5]}" in line.err and len(line.err.splitlines()) == 1
