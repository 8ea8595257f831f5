"""Manual admission: a pass that will not scan is found by three letters of the name (no accents)
or by its serial, shown with what admitting it would give, and admitted only with a reason — as a
chained scan-log row of its own that counts as an entry."""

from __future__ import annotations

import pytest
from checkpoint_world import World, build
from sqlalchemy import func, select, text

from accred_app.core.checkpoint import manual, scanning
from accred_app.core.checkpoint.scan_chain import verify_scan_chains
from accred_app.core.checkpoint.scanning import CheckpointPost
from accred_app.core.checkpoint.verdict import Direction
from accred_app.core.errors import NotFoundError, PermissionDenied, ValidationError
from accred_app.core.models import ScanRecord
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


def _rows(db: Database) -> list[ScanRecord]:
    with db.reading() as session:
        rows = list(session.execute(select(ScanRecord).order_by(ScanRecord.id)).scalars())
        session.expunge_all()  # keep the loaded values past the read's rollback
        return rows


def test_three_letters_without_accents_find_the_events_passes(
    db: Database, world: World, hall: CheckpointPost
) -> None:
    found = manual.find_candidates(db, world.checkpoint, hall, "ngu")
    assert [c.reporter_name for c in found] == ["Nguyễn Thị Ánh", "Nguyễn Văn Bình"]
    anh, binh = found
    assert anh.serial == world.serial("anh") and anh.pass_status == "issued"
    assert [(z.code, z.colour) for z in anh.zones] == [("A", "#C62828"), ("B", "#1565C0")]
    assert anh.has_photo and not binh.has_photo
    assert anh.agency == "Báo Thanh Hóa" and anh.reporter_status == "active"
    assert anh.valid_from == world.passes["anh"].valid_from
    assert anh.valid_to == world.passes["anh"].valid_to
    assert (anh.allowed, anh.reason) == (True, "ok")
    # Bình's pass does not open the hall: admitting him here would be refused, and says why
    assert (binh.allowed, binh.reason) == (False, "wrong_zone")
    assert "khu vực" in binh.message
    # the other event's pass of Ánh is not a candidate at this event's gate
    assert world.serial("anh_other") not in {c.serial for c in found}


def test_every_word_must_match_and_accents_and_case_do_not_matter(
    db: Database, world: World, hall: CheckpointPost
) -> None:
    assert [
        c.reporter_name for c in manual.find_candidates(db, world.checkpoint, hall, "anh NGU")
    ] == ["Nguyễn Thị Ánh"]
    assert [c.reporter_name for c in manual.find_candidates(db, world.checkpoint, hall, "Ánh")] == [
        "Nguyễn Thị Ánh"
    ]
    assert manual.find_candidates(db, world.checkpoint, hall, "xyz") == ()
    revoked = manual.find_candidates(db, world.checkpoint, hall, "cuo")
    assert [(c.pass_status, c.reason) for c in revoked] == [("revoked", "revoked")]


def test_the_serial_finds_a_pass_whole_or_by_its_number(
    db: Database, world: World, hall: CheckpointPost
) -> None:
    serial = world.serial("hoa")
    by_serial = manual.find_candidates(db, world.checkpoint, hall, serial.lower())
    assert [c.serial for c in by_serial] == [serial]
    number = serial.rsplit("-", 1)[1].lstrip("0")
    assert [c.serial for c in manual.find_candidates(db, world.checkpoint, hall, number)] == [
        serial
    ]
    other = world.serial("anh_other")
    assert manual.find_candidates(db, world.checkpoint, hall, other) == ()


def test_a_search_needs_two_letters(db: Database, world: World, hall: CheckpointPost) -> None:
    for query in ("", "  ", "n"):
        with pytest.raises(ValidationError) as refused:
            manual.find_candidates(db, world.checkpoint, hall, query)
        assert refused.value.code == "manual_query_too_short"


def test_admitting_needs_a_reason_and_writes_nothing_without_one(
    db: Database, world: World, hall: CheckpointPost
) -> None:
    for reason in ("", "   ", "\n"):
        with pytest.raises(ValidationError) as refused:
            manual.admit_manually(db, world.checkpoint, hall, world.serial("anh"), reason)
        assert refused.value.code == "manual_reason_required"
        assert "lý do" in refused.value.message("vi")
    with pytest.raises(ValidationError) as too_long:
        manual.admit_manually(db, world.checkpoint, hall, world.serial("anh"), "x" * 501)
    assert too_long.value.code == "manual_reason_too_long"
    assert _rows(db) == []


def test_a_manual_admission_is_logged_chained_and_counts_as_an_entry(
    db: Database, world: World, hall: CheckpointPost
) -> None:
    admitted = manual.admit_manually(
        db, world.checkpoint, hall, world.serial("anh"), "  Thẻ bị ướt,\u00a0không quét được "
    )
    assert (admitted.allowed, admitted.reason, admitted.method) == (True, "ok", "manual")
    assert admitted.reporter_name == "Nguyễn Thị Ánh" and admitted.serial == world.serial("anh")
    assert admitted.as_json()["method"] == "manual"
    (row,) = _rows(db)
    assert row.method == "manual" and row.note == "Thẻ bị ướt, không quét được"
    assert (row.allowed, row.direction, row.officer, row.unit_id) == (True, "in", "cp1", world.unit)
    assert row.scan_uid == admitted.scan_uid and row.overrides_uid is None
    with db.reading() as session:
        (chain,) = verify_scan_chains(session)
    assert chain.ok and chain.rows == 1 and chain.head_hash == row.chain_hash
    # she is inside now: her pass is refused a second entry, and lets her out
    again = scanning.scan(db, world.checkpoint, hall, world.token("anh"))
    assert again.reason == "already_inside"
    out = scanning.scan(db, world.checkpoint, hall, world.token("anh"), Direction.OUT)
    assert out.allowed


@pytest.mark.parametrize(
    "tampering",
    [
        "UPDATE scan_log SET note = 'Có lệnh cấp trên' WHERE method = 'manual'",
        "UPDATE scan_log SET method = 'scan', note = NULL WHERE method = 'manual'",
    ],
)
def test_the_chain_covers_the_method_and_the_reason(
    db: Database, world: World, hall: CheckpointPost, tampering: str
) -> None:
    manual.admit_manually(db, world.checkpoint, hall, world.serial("anh"), "Thẻ bị ướt")
    scanning.scan(db, world.checkpoint, hall, world.token("hoa"))
    with db.reading() as session:
        assert verify_scan_chains(session)[0].ok
    with db.transaction() as session:
        session.execute(text(tampering))
    with db.reading() as session:
        (chain,) = verify_scan_chains(session)
    assert not chain.ok and chain.problem == "edited"
    assert chain.bad_row_id == _rows(db)[0].id


def test_admitting_by_hand_never_lets_in_what_a_scan_would_refuse(
    db: Database, world: World, hall: CheckpointPost
) -> None:
    refused = manual.admit_manually(db, world.checkpoint, hall, world.serial("cuong"), "Thẻ rách")
    assert (refused.allowed, refused.reason, refused.method) == (False, "revoked", "manual")
    other = manual.admit_manually(db, world.checkpoint, hall, world.serial("anh_other"), "Thẻ mờ")
    assert other.reason == "wrong_event"
    assert [(r.method, r.allowed) for r in _rows(db)] == [("manual", False), ("manual", False)]


def test_an_unknown_serial_is_named(db: Database, world: World, hall: CheckpointPost) -> None:
    with pytest.raises(NotFoundError) as missing:
        manual.admit_manually(db, world.checkpoint, hall, "TH-2099-999999", "Thẻ ướt")
    assert missing.value.code == "manual_pass_unknown"
    assert "TH-2099-999999" in missing.value.message("vi")


def test_a_viewer_can_neither_search_nor_admit(
    db: Database, world: World, hall: CheckpointPost
) -> None:
    with pytest.raises(PermissionDenied):
        manual.find_candidates(db, world.viewer, hall, "ngu")
    with pytest.raises(PermissionDenied):
        manual.admit_manually(db, world.viewer, hall, world.serial("anh"), "Thẻ ướt")
    with db.reading() as session:
        assert session.execute(select(func.count()).select_from(ScanRecord)).scalar_one() == 0
