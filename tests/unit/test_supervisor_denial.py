"""A supervisor denies a pass that scanned valid (the face does not match): logged with a reason as
a chained row naming the scan, the holder is not counted inside, and the pass stays valid."""

from __future__ import annotations

from datetime import timedelta

import pytest
from checkpoint_world import World, build
from sqlalchemy import select

from accred_app.core.checkpoint import overrides, scanning
from accred_app.core.checkpoint.scan_chain import verify_scan_chains
from accred_app.core.checkpoint.scanning import CheckpointPost
from accred_app.core.checkpoint.verdict import Direction
from accred_app.core.clock import utcnow
from accred_app.core.errors import NotFoundError, PermissionDenied, ValidationError
from accred_app.core.models import FieldPass, PassStatus, ScanRecord
from accred_app.core.passes import issuing
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database


@pytest.fixture
def world(db: Database, admin: Actor) -> World:
    return build(db, admin)


@pytest.fixture
def hall(db: Database, world: World) -> CheckpointPost:
    return scanning.open_checkpoint(
        db, world.checkpoint, event_id=world.event, zone_code="A", unit_id=world.unit
    )


def _rows(db: Database) -> list[tuple[object, ...]]:
    with db.reading() as session:
        return [
            tuple(row)
            for row in session.execute(
                select(
                    ScanRecord.method,
                    ScanRecord.allowed,
                    ScanRecord.reason,
                    ScanRecord.officer,
                    ScanRecord.note,
                    ScanRecord.overrides_uid,
                ).order_by(ScanRecord.id)
            )
        ]


def test_a_denial_is_logged_with_its_reason_and_the_pass_stays_valid(
    db: Database, admin: Actor, world: World, hall: CheckpointPost
) -> None:
    entry = scanning.scan(db, world.checkpoint, hall, world.token("anh"))
    assert entry.allowed
    denial = overrides.deny_after_scan(db, admin, entry.scan_uid, "Người mang thẻ không khớp ảnh")
    assert (denial.allowed, denial.reason, denial.method) == (
        False,
        "supervisor_denied",
        "override",
    )
    assert denial.overrides_uid == entry.scan_uid and denial.reporter_name == "Nguyễn Thị Ánh"
    assert "không khớp ảnh" in denial.message
    assert _rows(db) == [
        ("scan", True, "ok", "cp1", None, None),
        (
            "override",
            False,
            "supervisor_denied",
            "admin",
            "Người mang thẻ không khớp ảnh",
            entry.scan_uid,
        ),
    ]
    with db.reading() as session:
        (chain,) = verify_scan_chains(session)
        status = session.execute(
            select(FieldPass.status).where(FieldPass.id == world.passes["anh"].id)
        ).scalar_one()
    assert chain.ok and chain.rows == 2
    assert status is PassStatus.ISSUED
    assert issuing.get_pass(db, admin, world.serial("anh")).status == "issued"
    # the person turned back is not inside: an exit is refused, the real holder is let in
    out = scanning.scan(db, world.checkpoint, hall, world.token("anh"), Direction.OUT)
    assert (out.allowed, out.reason) == (False, "not_inside")
    again = scanning.scan(db, world.checkpoint, hall, world.token("anh"))
    assert (again.allowed, again.reason) == (True, "ok")


def test_a_checkpoint_officer_may_deny_and_a_viewer_may_not(
    db: Database, world: World, hall: CheckpointPost
) -> None:
    entry = scanning.scan(db, world.checkpoint, hall, world.token("hoa"))
    with pytest.raises(PermissionDenied):
        overrides.deny_after_scan(db, world.viewer, entry.scan_uid, "Không khớp ảnh")
    denial = overrides.deny_after_scan(db, world.checkpoint, entry.scan_uid, "Không khớp ảnh")
    assert denial.reason == "supervisor_denied"


def test_a_denial_needs_a_reason(db: Database, world: World, hall: CheckpointPost) -> None:
    entry = scanning.scan(db, world.checkpoint, hall, world.token("anh"))
    with pytest.raises(ValidationError) as refused:
        overrides.deny_after_scan(db, world.checkpoint, entry.scan_uid, "  ")
    assert refused.value.code == "override_reason_required"
    assert len(_rows(db)) == 1


def test_only_the_entry_that_let_the_holder_in_can_be_denied(
    db: Database, world: World, hall: CheckpointPost
) -> None:
    with pytest.raises(NotFoundError):
        overrides.deny_after_scan(db, world.checkpoint, "0" * 8, "Không khớp ảnh")
    refused = scanning.scan(db, world.checkpoint, hall, world.token("cuong"))
    first = scanning.scan(db, world.checkpoint, hall, world.token("anh"))
    out = scanning.scan(db, world.checkpoint, hall, world.token("anh"), Direction.OUT)
    second = scanning.scan(db, world.checkpoint, hall, world.token("anh"))
    for uid, code in (
        (refused.scan_uid, "override_not_an_entry"),  # a refusal
        (out.scan_uid, "override_not_an_entry"),  # an exit: never trap anyone inside
        (first.scan_uid, "override_superseded"),  # she left and came in again since
    ):
        with pytest.raises(ValidationError) as wrong:
            overrides.deny_after_scan(db, world.checkpoint, uid, "Không khớp ảnh")
        assert wrong.value.code == code
    denial = overrides.deny_after_scan(db, world.checkpoint, second.scan_uid, "Không khớp ảnh")
    for uid, code in (
        (second.scan_uid, "override_superseded"),  # already denied
        (denial.scan_uid, "override_not_an_entry"),  # a denial itself
    ):
        with pytest.raises(ValidationError) as wrong:
            overrides.deny_after_scan(db, world.checkpoint, uid, "Không khớp ảnh")
        assert wrong.value.code == code


def test_a_denial_is_made_at_the_gate_not_hours_later(
    db: Database, world: World, hall: CheckpointPost
) -> None:
    entry = scanning.scan(db, world.checkpoint, hall, world.token("anh"))
    late = utcnow() + overrides.OVERRIDE_WINDOW + timedelta(seconds=1)
    with pytest.raises(ValidationError) as refused:
        overrides.deny_after_scan(db, world.checkpoint, entry.scan_uid, "Không khớp", now=late)
    assert refused.value.code == "override_too_late"
    in_time = late - timedelta(seconds=2)
    assert (
        overrides.deny_after_scan(
            db, world.checkpoint, entry.scan_uid, "Không khớp", now=in_time
        ).reason
        == "supervisor_denied"
    )
