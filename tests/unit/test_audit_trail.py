"""The audit trail read a page at a time, filtered by record, officer and date (the desk window's
Nhật ký thay đổi page): newest first, every page the same cost, on indexes."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import event, text

from accred_app.core.errors import PermissionDenied, ValidationError
from accred_app.core.models import Role
from accred_app.core.registry import agencies
from accred_app.core.roles import Actor
from accred_app.core.security import audit, audit_trail, officers
from accred_app.core.security.audit import TrailEntry
from accred_app.core.storage.db import Database


def _entries_at(db: Database, actor_name: str, at: datetime, entity: str, count: int) -> None:
    with db.transaction() as session:
        audit.append_entries(
            session.connection(),
            actor_name,
            [
                TrailEntry("update", entity, str(100 + n), {"notes": [None, f"{n}"]})
                for n in range(count)
            ],
            at=at,
        )


@pytest.fixture
def trail(db: Database, admin: Actor) -> dict[str, Any]:
    """Two officers' changes on three days (Vietnam time), after what ``init`` wrote."""
    officers.create_officer(
        db, admin, username="ban.1", full_name="Phạm Thu Hà", role="desk", password="mat-khau-ban-1"
    )
    _entries_at(db, "admin", datetime(2026, 3, 1, 2, 0, tzinfo=UTC), "press_agencies", 3)
    _entries_at(db, "ban.1", datetime(2026, 3, 2, 17, 30, tzinfo=UTC), "reporters", 4)  # 3/3 VN
    _entries_at(db, "admin", datetime(2026, 3, 4, 1, 0, tzinfo=UTC), "reporters", 2)
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    return {"agency": agency}


def _all(db: Database, actor: Actor, **filters: Any) -> list[audit.AuditLine]:
    rows: list[audit.AuditLine] = []
    cursor = None
    while True:
        page = audit_trail.trail_page(db, actor, after=cursor, limit=2, **filters)
        assert len(page.rows) <= 2
        rows.extend(page.rows)
        cursor = page.next_cursor
        if cursor is None:
            return rows


def test_pages_walk_the_whole_trail_newest_first(db: Database, admin: Actor, trail: Any) -> None:
    with db.reading() as session:
        total = session.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
    rows = _all(db, admin)
    assert len(rows) == total
    assert len({row.id for row in rows}) == total
    keys = [(row.at, row.id) for row in rows]
    assert keys == sorted(keys, reverse=True)
    assert rows[0].entity == "press_agencies" and rows[0].entity_id == str(trail["agency"])
    assert rows[0].changes["name"] == [None, "Báo Thanh Hóa"]


def test_filters_by_record_officer_and_local_dates(db: Database, admin: Actor, trail: Any) -> None:
    record = _all(db, admin, entity="press_agencies", entity_id=trail["agency"])
    assert [(r.action, r.entity_id) for r in record] == [("create", str(trail["agency"]))]
    by_officer = _all(db, admin, officer="ban.1")
    assert {r.actor for r in by_officer} == {"ban.1"} and len(by_officer) == 4
    # 17:30 UTC on 2 March is 00:30 on 3 March in Vietnam: the day the officer lived it
    third = _all(db, admin, since=date(2026, 3, 3), until=date(2026, 3, 3))
    assert [r.actor for r in third] == ["ban.1"] * 4
    span = _all(db, admin, since=date(2026, 3, 1), until=date(2026, 3, 4), entity="reporters")
    assert [r.actor for r in span] == ["admin"] * 2 + ["ban.1"] * 4
    both = _all(db, admin, officer="admin", since=date(2026, 3, 1), until=date(2026, 3, 31))
    assert len(both) == 5 and {r.entity for r in both} == {"reporters", "press_agencies"}
    assert _all(db, admin, officer="khong-ai") == []


def test_the_officers_who_wrote_are_offered(db: Database, admin: Actor, trail: Any) -> None:
    assert audit_trail.trail_officers(db, admin) == ["admin", "ban.1", "system"]


def test_bad_filters_are_named(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError) as reversed_dates:
        audit_trail.trail_page(db, admin, since=date(2026, 3, 5), until=date(2026, 3, 1))
    assert reversed_dates.value.field == "until"
    with pytest.raises(ValidationError) as unknown:
        audit_trail.trail_page(db, admin, entity="passwords")
    assert unknown.value.field == "entity"
    with pytest.raises(ValidationError) as lonely_id:
        audit_trail.trail_page(db, admin, entity_id=3)
    assert lonely_id.value.field == "entity"
    with pytest.raises(PermissionDenied):
        audit_trail.trail_page(db, Actor("chot", Role.CHECKPOINT))


@pytest.mark.parametrize(
    ("filters", "index"),
    [
        ({}, "ix_audit_log_at"),
        ({"since": date(2026, 3, 1)}, "ix_audit_log_at"),
        ({"entity": "reporters"}, "ix_audit_log_entity_at"),
        ({"entity": "reporters", "until": date(2026, 3, 3)}, "ix_audit_log_entity_at"),
        ({"officer": "admin"}, "ix_audit_log_actor_at"),
        ({"officer": "admin", "entity": "reporters"}, "ix_audit_log_actor_at"),
        ({"entity": "reporters", "entity_id": 101, "officer": "admin"}, "ix_audit_log_entity"),
    ],
)
@pytest.mark.sqlite_only(
    "reads SQLite's EXPLAIN QUERY PLAN; PostgreSQL's planner picks a sequential scan on a table "
    "this small, so its plan says nothing about the index"
)
def test_each_filter_reads_an_index_in_order(
    db: Database, admin: Actor, trail: Any, filters: dict[str, Any], index: str
) -> None:
    """The page query walks the index that leads (no sort of the whole trail): SQLite's plan for
    the very statement the service ran names it. The second page is planned the same way."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        if "FROM audit_log" in statement:
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        first = audit_trail.trail_page(db, admin, limit=1, **filters)
        audit_trail.trail_page(db, admin, limit=1, after=first.next_cursor, **filters)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert len(seen) == 2
    raw = db.engine.raw_connection()
    try:
        for statement, parameters in seen:
            plan = raw.cursor().execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
            details = " ".join(str(row[-1]) for row in plan)
            assert f"INDEX {index} " in f"{details} ", details
            if "entity_id" not in filters:
                assert "TEMP B-TREE" not in details, details
    finally:
        raw.close()
