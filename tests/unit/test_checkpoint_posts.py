"""What a checkpoint officer picks from when opening a gate, with the checkpoint permission only."""

from __future__ import annotations

from typing import Any

import pytest
from checkpoint_world import build

from accred_app.core.checkpoint import posts
from accred_app.core.errors import AccredError


def test_a_checkpoint_officer_reads_events_with_zones_units_and_their_own_unit(
    db: Any, admin: Any
) -> None:
    world = build(db, admin)
    choices = posts.post_choices(db, world.checkpoint)
    assert {e.id for e in choices.events} == {world.event, world.other_event}
    congress = next(e for e in choices.events if e.id == world.event)
    assert [z.code for z in congress.zones] == ["A", "B"]
    assert [u.code for u in choices.units] == ["CSBV", "PTM"]
    assert choices.officer_unit_id == world.unit
    assert posts.unit_name(db, world.checkpoint, world.unit) == "Đội Cảnh sát bảo vệ"


def test_thumbnails_of_the_manual_list(db: Any, admin: Any) -> None:
    world = build(db, admin)
    pictures = posts.reporter_thumbnails(db, world.checkpoint, [world.anh, world.binh])
    assert set(pictures) == {world.anh} and pictures[world.anh][:2] == b"\xff\xd8"
    assert posts.reporter_thumbnails(db, world.checkpoint, []) == {}


def test_an_officer_who_may_not_scan_reads_nothing(db: Any, admin: Any) -> None:
    world = build(db, admin)
    with pytest.raises(AccredError):
        posts.post_choices(db, world.viewer)
    with pytest.raises(AccredError):
        posts.unit_name(db, world.viewer, world.unit)
    with pytest.raises(AccredError):
        posts.unit_name(db, world.checkpoint, 9999)
