"""Opening a checkpoint session checks the post once and keeps the WAL folded off the scan path
while it is open; everything the window shows comes from it."""

from __future__ import annotations

import pytest
from checkpoint_world import World, build

from accred_app.core.checkpoint.screen import ScreenState
from accred_app.core.checkpoint.session import open_session
from accred_app.core.errors import NotFoundError, PermissionDenied, ValidationError
from accred_app.core.roles import Actor
from accred_app.core.storage.db import (
    SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES,
    WAL_AUTOCHECKPOINT_BACKSTOP_PAGES,
    Database,
)


@pytest.fixture
def world(db: Database, admin: Actor) -> World:
    return build(db, admin)


def _autocheckpoint(db: Database) -> int | None:
    """SQLite's automatic checkpoint threshold (None on PostgreSQL, which has no WAL of ours)."""
    if not db.is_sqlite:
        return None
    with db.reading() as session:
        return int(session.connection().exec_driver_sql("PRAGMA wal_autocheckpoint").scalar_one())


@pytest.mark.parametrize(
    ("change", "error", "code"),
    [
        ({"event_id": 999}, NotFoundError, "not_found"),
        ({"zone_code": "Z"}, ValidationError, None),
        ({"unit_id": 999}, NotFoundError, "not_found"),
        ({"direction": "up"}, ValidationError, "checkpoint_direction_invalid"),
    ],
)
def test_a_post_is_checked_once_when_it_opens(
    db: Database, world: World, change: dict[str, object], error: type[Exception], code: str | None
) -> None:
    wanted: dict[str, object] = {
        "event_id": world.event,
        "unit_id": world.unit,
        "zone_code": "A",
        "direction": "in",
        **change,
    }
    with pytest.raises((NotFoundError, ValidationError)) as refused:
        open_session(db, world.checkpoint, **wanted)  # type: ignore[arg-type]
    assert isinstance(refused.value, error)
    if code is not None:
        assert refused.value.code == code
    assert _autocheckpoint(db) in (SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES, None)  # nothing was started


def test_only_an_officer_who_may_scan_opens_a_checkpoint(db: Database, world: World) -> None:
    with pytest.raises(PermissionDenied):
        open_session(db, world.viewer, event_id=world.event, unit_id=world.unit)


def test_a_session_serves_the_whole_window(db: Database, world: World) -> None:
    with open_session(
        db, world.checkpoint, event_id=world.event, unit_id=world.unit, zone_code="a"
    ) as gate:
        assert gate.post.zone_code == "A" and gate.post.direction.value == "in"
        assert _autocheckpoint(db) in (WAL_AUTOCHECKPOINT_BACKSTOP_PAGES, None)
        result = gate.scan(world.token("anh"))
        assert gate.screen(result).state is ScreenState.ALLOWED
        found = gate.find_candidates("hoa")
        assert [c.reporter_name for c in found] == ["Trần Thị Hoa"]
        admitted = gate.admit_manually(found[0].serial, "Thẻ bị ướt")
        assert admitted.method == "manual" and admitted.allowed
        denial = gate.deny(admitted.scan_uid, "Không khớp ảnh")
        assert denial.reason == "supervisor_denied"
        panel = gate.counters()
        assert (panel.entries, panel.inside_now, panel.manual_admissions) == (1, 1, 1)
        assert gate.freshness().is_station is False
        folded = gate.checkpoint_now()  # SQLite's WAL folded now; PostgreSQL has none of ours
        if db.is_sqlite:
            assert folded is not None and folded.copied_frames == folded.wal_frames
        else:
            assert folded is None
    assert _autocheckpoint(db) in (SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES, None)


def test_an_exit_gate(db: Database, world: World) -> None:
    with open_session(
        db, world.checkpoint, event_id=world.event, unit_id=world.unit, direction="out"
    ) as gate:
        refused = gate.scan(world.token("anh"))
        assert (refused.direction, refused.reason) == ("out", "not_inside")
