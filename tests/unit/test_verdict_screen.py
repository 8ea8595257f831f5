"""The verdict screen's facts come from one core call: state (green / amber / red) from one table,
the reporter's name, agency, zones with colours, validity, photo, and the warnings."""

from __future__ import annotations

from datetime import timedelta

import pytest
from checkpoint_world import TODAY, World, build, portrait

from accred_app.core.checkpoint import overrides, scanning, screen
from accred_app.core.checkpoint.scanning import CheckpointPost
from accred_app.core.checkpoint.screen import SCREEN_STATES, ScreenState, screen_state
from accred_app.core.checkpoint.verdict import Direction, Reason
from accred_app.core.errors import PermissionDenied
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database


def test_every_reason_has_a_screen_state_and_only_ok_is_green() -> None:
    assert set(SCREEN_STATES) == set(Reason)
    assert {r for r, s in SCREEN_STATES.items() if s is ScreenState.ALLOWED} == {Reason.OK}
    assert {r for r, s in SCREEN_STATES.items() if s is ScreenState.WARNING} == {
        Reason.ALREADY_INSIDE
    }
    assert SCREEN_STATES[Reason.SUPERVISOR_DENIED] is ScreenState.DENIED
    assert SCREEN_STATES[Reason.NOT_DIGITS] is ScreenState.DENIED
    assert screen_state("ok", card_warning=True) is ScreenState.WARNING
    assert screen_state("revoked", card_warning=True) is ScreenState.DENIED


@pytest.fixture
def world(db: Database, admin: Actor) -> World:
    return build(db, admin)


@pytest.fixture
def hall(db: Database, world: World) -> CheckpointPost:
    return scanning.open_checkpoint(
        db, world.checkpoint, event_id=world.event, zone_code="A", unit_id=world.unit
    )


def test_an_allowed_scan_shows_the_person_the_pass_and_the_full_photo(
    db: Database, world: World, hall: CheckpointPost
) -> None:
    result = scanning.scan(db, world.checkpoint, hall, world.token("anh"))
    shown = screen.verdict_screen(db, world.checkpoint, hall, result)
    assert shown.state is ScreenState.ALLOWED and shown.title == "HỢP LỆ / ĐƯỢC VÀO"
    assert (shown.reporter_name, shown.agency) == ("Nguyễn Thị Ánh", "Báo Thanh Hóa")
    assert shown.serial == world.serial("anh") and shown.pass_status == "issued"
    assert [(z.code, z.name, z.colour) for z in shown.zones] == [
        ("A", "Hội trường", "#C62828"),
        ("B", "Phòng báo chí", "#1565C0"),
    ]
    assert shown.zone_here is not None and shown.zone_here.code == "A"
    assert shown.valid_from == world.passes["anh"].valid_from
    assert shown.valid_to == world.passes["anh"].valid_to
    assert shown.photo_jpeg is not None and shown.photo_jpeg.startswith(b"\xff\xd8")
    assert not shown.photo_is_thumbnail and shown.warnings == ()
    thumbnail = screen.verdict_screen(db, world.checkpoint, hall, result, photo="thumbnail")
    assert thumbnail.photo_is_thumbnail
    assert thumbnail.photo_jpeg is not None and len(thumbnail.photo_jpeg) < len(shown.photo_jpeg)
    exit_ = scanning.scan(db, world.checkpoint, hall, world.token("anh"), Direction.OUT)
    assert screen.verdict_screen(db, world.checkpoint, hall, exit_).title == "ĐƯỢC RA"
    assert portrait()  # the world's photo is a real JPEG


def test_a_press_card_about_to_expire_turns_an_allowed_scan_amber(
    db: Database, world: World, hall: CheckpointPost
) -> None:
    result = scanning.scan(db, world.checkpoint, hall, world.token("hoa"))
    shown = screen.verdict_screen(db, world.checkpoint, hall, result, today=TODAY)
    assert shown.allowed and shown.state is ScreenState.WARNING
    assert shown.title == "HỢP LỆ / ĐƯỢC VÀO"  # still let through, in amber
    assert shown.card_days_left == 10 and shown.card_expiry == TODAY + timedelta(days=10)
    (warning,) = shown.warnings
    assert warning.code == screen.CARD_WARNING and "còn 10 ngày" in warning.message
    relaxed = screen.verdict_screen(
        db, world.checkpoint, hall, result, today=TODAY, card_warning_days=9
    )
    assert relaxed.state is ScreenState.ALLOWED and relaxed.warnings == ()
    later = screen.verdict_screen(
        db, world.checkpoint, hall, result, today=TODAY + timedelta(days=12), locale="en"
    )
    assert "expired" in later.warnings[0].message and later.card_days_left == -2


def test_already_inside_is_a_warning_with_the_person_shown(
    db: Database, world: World, hall: CheckpointPost
) -> None:
    scanning.scan(db, world.checkpoint, hall, world.token("anh"))
    second = scanning.scan(db, world.checkpoint, hall, world.token("anh"))
    shown = screen.verdict_screen(db, world.checkpoint, hall, second)
    assert (shown.allowed, shown.state, shown.title) == (
        False,
        ScreenState.WARNING,
        "ĐÃ VÀO, CHƯA RA",
    )
    assert shown.reporter_name == "Nguyễn Thị Ánh"
    assert [w.code for w in shown.warnings] == [screen.ALREADY_INSIDE_WARNING]


def test_a_forged_or_unreadable_token_shows_no_one(
    db: Database, world: World, hall: CheckpointPost
) -> None:
    token = world.token("anh")
    forged = token[:-5] + str((int(token[-5]) + 1) % 10) + token[-4:]
    for text in (forged, "12ă3"):
        result = scanning.scan(db, world.checkpoint, hall, text)
        shown = screen.verdict_screen(db, world.checkpoint, hall, result)
        assert shown.state is ScreenState.DENIED and shown.title == "TỪ CHỐI"
        assert not shown.has_person and shown.photo_jpeg is None and shown.zones == ()
        assert shown.message == result.message


def test_a_supervisor_denial_is_red_and_names_the_reason(
    db: Database, world: World, hall: CheckpointPost
) -> None:
    entry = scanning.scan(db, world.checkpoint, hall, world.token("anh"))
    denial = overrides.deny_after_scan(db, world.checkpoint, entry.scan_uid, "Không khớp ảnh")
    shown = screen.verdict_screen(db, world.checkpoint, hall, denial)
    assert shown.state is ScreenState.DENIED and shown.method == "override"
    assert shown.note == "Không khớp ảnh" and shown.reporter_name == "Nguyễn Thị Ánh"


def test_the_screen_is_for_officers_who_scan(
    db: Database, world: World, hall: CheckpointPost
) -> None:
    result = scanning.scan(db, world.checkpoint, hall, world.token("anh"))
    with pytest.raises(PermissionDenied):
        screen.verdict_screen(db, world.viewer, hall, result)
