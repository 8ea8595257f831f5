"""The side panel's figures against a hand-built log, read whole and kept up to date row by row."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from checkpoint_world import World, build

from accred_app.core.checkpoint import counters, manual, overrides, scanning
from accred_app.core.checkpoint.counters import GateCounters, GateTally, gate_counters
from accred_app.core.checkpoint.scanning import CheckpointPost, ScanResult, append_scan_row
from accred_app.core.checkpoint.verdict import Direction
from accred_app.core.clock import utcnow
from accred_app.core.reports.cooperation import ReportPeriod, cooperation_report
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database

NOW = utcnow().replace(microsecond=0)
SINCE = NOW - timedelta(hours=2)


@pytest.fixture
def world(db: Database, admin: Actor) -> World:
    return build(db, admin)


def _post(db: Database, world: World, zone: str | None, unit: int | None = None) -> CheckpointPost:
    return scanning.open_checkpoint(
        db, world.checkpoint, event_id=world.event, zone_code=zone, unit_id=unit or world.unit
    )


def _forged(token: str) -> str:
    return token[:-3] + str((int(token[-3]) + 1) % 10) + token[-2:]


def _hand_built_log(
    db: Database, world: World, after_each: Callable[[], None]
) -> dict[str, ScanResult]:
    """The log of the expected figures below; ``after_each`` runs after every row."""
    hall, hall_other_unit, press_room = (
        _post(db, world, "A"),
        _post(db, world, "A", world.other_unit),
        _post(db, world, "B"),
    )
    clock = iter(NOW - timedelta(hours=1) + timedelta(seconds=s) for s in range(100))
    cp = world.checkpoint
    kept: dict[str, ScanResult] = {}

    def scan(post: CheckpointPost, name: str, direction: Direction = Direction.IN) -> ScanResult:
        result = scanning.scan(db, cp, post, world.token(name), direction, now=next(clock))
        after_each()
        return result

    before = NOW - timedelta(hours=3)  # before the period: presence only
    scanning.scan(db, cp, hall, world.token("anh"), now=before)
    scanning.scan(
        db, cp, hall, world.token("anh"), Direction.OUT, now=before + timedelta(seconds=1)
    )
    after_each()
    assert scan(hall, "anh").reason == "ok"  # entry 1
    assert scan(hall, "hoa").reason == "ok"  # entry 2
    assert scan(hall, "anh").reason == "already_inside"
    assert scan(hall, "cuong").reason == "revoked"
    assert scan(hall, "binh").reason == "wrong_zone"
    assert scan(hall, "anh", Direction.OUT).reason == "ok"  # exit 1
    kept["manual"] = manual.admit_manually(
        db, cp, hall, world.serial("anh"), "Thẻ bị ướt", now=next(clock)
    )  # entry 3, by hand
    after_each()
    forged = scanning.scan(db, cp, hall, _forged(world.token("binh")), now=next(clock))
    assert forged.reason == "forged"
    after_each()
    assert scan(hall, "hoa", Direction.OUT).reason == "ok"  # exit 2
    entry = scan(hall, "hoa")  # entry 4 ...
    kept["denial"] = overrides.deny_after_scan(
        db, cp, entry.scan_uid, "Không khớp ảnh", now=next(clock)
    )
    after_each()  # ... denied by a supervisor: not an entry, and Hoa is not inside
    assert scan(hall_other_unit, "hoa").reason == "ok"  # another gate of the hall: inside again
    assert scan(press_room, "anh").reason == "ok"  # another zone
    return kept


EXPECTED = {
    "entries": 3,
    "exits": 2,
    "inside_now": 2,  # Ánh (admitted by hand), Hoà (through the other unit's gate)
    "manual_admissions": 1,
    "denials": (
        ("already_inside", 1),
        ("forged", 1),
        ("revoked", 1),
        ("supervisor_denied", 1),
        ("wrong_zone", 1),
    ),
}


def _figures(panel: GateCounters) -> dict[str, object]:
    return {
        "entries": panel.entries,
        "exits": panel.exits,
        "inside_now": panel.inside_now,
        "manual_admissions": panel.manual_admissions,
        "denials": panel.denials,
    }


def test_counters_match_a_hand_built_log(db: Database, world: World) -> None:
    kept = _hand_built_log(db, world, lambda: None)
    hall = _post(db, world, "A")
    panel = gate_counters(db, world.checkpoint, hall, since=SINCE)
    assert _figures(panel) == EXPECTED
    assert panel.denied == 5 and panel.since == SINCE
    # the last scans of this post in the period, newest first: 11 rows (the other unit's and the
    # other zone's are not this post's)
    assert len(panel.recent) == 11
    newest = panel.recent[0]
    assert (newest.method, newest.reason, newest.note) == (
        "override",
        "supervisor_denied",
        "Không khớp ảnh",
    )
    assert newest.scan_uid == kept["denial"].scan_uid and newest.reporter_name == "Trần Thị Hoa"
    by_hand = next(r for r in panel.recent if r.method == "manual")
    assert by_hand.scan_uid == kept["manual"].scan_uid and by_hand.note == "Thẻ bị ướt"
    assert [r.scanned_at for r in panel.recent] == sorted(
        (r.scanned_at for r in panel.recent), reverse=True
    )
    # the whole history of the hall: the two scans before the period count too
    everything = gate_counters(db, world.checkpoint, hall, since=NOW - timedelta(days=1))
    assert (everything.entries, everything.exits) == (4, 3)
    assert everything.inside_now == panel.inside_now
    # the press room's own panel
    press_room = gate_counters(db, world.checkpoint, _post(db, world, "B"), since=SINCE)
    assert (press_room.entries, press_room.inside_now, press_room.denials) == (1, 1, ())


def test_the_tally_folds_in_new_rows_and_agrees_with_a_full_read(
    db: Database, world: World
) -> None:
    hall = _post(db, world, "A")
    tally = GateTally(db, world.checkpoint, hall, since=SINCE)
    clock = {"now": NOW - timedelta(minutes=50)}

    def compare() -> None:
        clock["now"] += timedelta(seconds=1)
        kept = tally.counters(now=clock["now"])
        fresh = gate_counters(db, world.checkpoint, hall, since=SINCE)
        assert kept == fresh

    compare()
    _hand_built_log(db, world, compare)
    assert tally.full_reads == 1  # every later look read only the new rows
    assert _figures(tally.counters(now=clock["now"])) == EXPECTED
    tally.counters(now=clock["now"] + counters.REDERIVE_EVERY)
    # SQLite gives ids in commit order: nothing to catch up; PostgreSQL's ids may commit out of
    # order (another desk's transaction), so the tally reads everything again every few minutes
    assert tally.full_reads == (1 if db.is_sqlite else 2)


def _row_with_id(db: Database, world: World, row_id: int, when: datetime) -> None:
    """A scan row with a chosen id, as another desk's transaction may commit it."""
    with db.transaction() as session:
        append_scan_row(
            session.connection(),
            {
                "id": row_id,
                "scan_uid": str(uuid.uuid4()),
                "scanned_at": when,
                "event_id": world.event,
                "zone_slot": 0,
                "zone_code": "A",
                "direction": "in",
                "unit_id": world.unit,
                "officer": "cp2",
                "allowed": False,
                "reason": "forged",
                "pass_id": None,
                "serial": None,
                "reporter_id": None,
                "method": "scan",
                "note": None,
                "overrides_uid": None,
            },
        )


def test_where_ids_may_commit_late_the_tally_looks_back_and_reads_again(
    db: Database, world: World
) -> None:
    """PostgreSQL hands out ids from a sequence, so a smaller id can become visible after a
    larger one; the tally re-reads the last ids (once each) and the whole log now and then."""
    hall = _post(db, world, "A")
    tally = GateTally(db, world.checkpoint, hall, since=SINCE, late_commits=True)
    when = NOW - timedelta(minutes=30)
    assert tally.counters(now=when).denied == 0
    _row_with_id(db, world, 100, when)
    assert tally.counters(now=when).denied == 1
    _row_with_id(db, world, 90, when)  # committed late, below the last id seen
    assert tally.counters(now=when).denied == 2
    assert tally.counters(now=when).denied == 2  # counted once
    assert tally.full_reads == 1
    plain = GateTally(db, world.checkpoint, hall, since=SINCE, late_commits=False)
    assert plain.counters(now=when).denied == 2
    _row_with_id(db, world, 80, when)
    assert plain.counters(now=when).denied == 2  # (SQLite never commits out of order)
    later = when + counters.REDERIVE_EVERY
    assert tally.counters(now=later).denied == 3 and tally.full_reads == 2


def test_the_default_period_is_today_in_vietnam(db: Database, world: World) -> None:
    hall = _post(db, world, "A")
    scanning.scan(db, world.checkpoint, hall, world.token("anh"))
    panel = gate_counters(db, world.checkpoint, hall)
    assert panel.entries == 1 and panel.inside_now == 1
    midnight = counters.start_of_today()
    assert panel.since == midnight and midnight.utcoffset() == timedelta(hours=7)
    assert (midnight.hour, midnight.minute) == (0, 0)
    tomorrow = gate_counters(db, world.checkpoint, hall, now=utcnow() + timedelta(days=1))
    assert (tomorrow.entries, tomorrow.inside_now) == (0, 1)  # still inside, no entry today


def test_the_outer_gate_has_its_own_presence(db: Database, world: World) -> None:
    gate = _post(db, world, None)
    scanning.scan(db, world.checkpoint, gate, world.token("binh"))
    scanning.scan(db, world.checkpoint, _post(db, world, "B"), world.token("anh"))
    panel = gate_counters(db, world.checkpoint, gate, since=SINCE)
    assert (panel.entries, panel.inside_now) == (1, 1)


def test_a_viewer_reads_the_panel_too(db: Database, world: World) -> None:
    """The panel is the checkpoint's (scan) and part of the log every role may read (read)."""
    hall = _post(db, world, "A")
    scanning.scan(db, world.checkpoint, hall, world.token("anh"))
    assert gate_counters(db, world.viewer, hall).entries == 1
    assert GateTally(db, world.viewer, hall).counters().inside_now == 1


def test_the_cooperation_report_counts_them_the_same_way(
    db: Database, world: World, admin: Actor
) -> None:
    """A manual admission is an entry; an entry a supervisor denied is a refusal, not an entry."""
    _hand_built_log(db, world, lambda: None)
    report = cooperation_report(db, admin, ReportPeriod(event_id=world.event))
    # the hall's 4 allowed entries at this unit (2 before the period above) less the denied one,
    # the other unit's and the press room's
    assert report.totals.entries == 3 + 1 + 1 + 1
    labels = {d.reason: d.label for d in report.denials}
    assert labels["supervisor_denied"] == "Chỉ huy không cho qua"
    assert {d.reason: d.count for d in report.denials}["supervisor_denied"] == 1
    unit = next(u for u in report.units if u.unit_id == world.unit)
    assert (unit.entries, unit.denied) == (3 + 1 + 1, 5)
