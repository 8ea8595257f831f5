"""The registry services the desk's pages needed: edit an agency, rename and move a unit, edit an
event with its zones, copy an event to next year. Each checks the role and audits the change."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from accred_app.core.errors import PermissionDenied, ValidationError
from accred_app.core.models import Role
from accred_app.core.passes.issuing import issue_pass
from accred_app.core.registry import agencies, events, reporters, units
from accred_app.core.registry.events import ZoneEdit, ZoneSpec
from accred_app.core.roles import Actor
from accred_app.core.security import audit

VIEWER = Actor("xem1", Role.VIEWER, 99)


def _history(db: Any, table: str, key: int) -> list[Any]:
    with db.reading() as session:
        return audit.history(session, table, key)


def test_update_agency_changes_fields_keeps_names_unique_and_audits(db: Any, admin: Any) -> None:
    paper = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    agencies.add_agency(db, admin, name="Báo Nhân Dân", kind="print")
    reporters.add_reporter(
        db,
        admin,
        full_name="Lê Văn Bình",
        agency_id=paper,
        card_no="TH-1",
        card_expiry="2030-01-01",
    )
    view = agencies.update_agency(
        db, admin, paper, name="Báo Thanh Hóa điện tử", kind="online", contact_person="Lê Thị Hoa",
        phone="0237 3852 123", agreement_signed_on="15/03/2024", address=None,
    )  # fmt: skip
    assert (view.name, view.kind, view.phone, view.agreement_signed_on, view.reporter_count) == (
        "Báo Thanh Hóa điện tử", "online", "02373852123", date(2024, 3, 15), 1,
    )  # fmt: skip
    assert [a.name for a in agencies.list_agencies(db, admin, "dien tu")] == [
        "Báo Thanh Hóa điện tử"
    ]
    with pytest.raises(ValidationError) as taken:
        agencies.update_agency(db, admin, paper, name="BÁO NHÂN DÂN")
    assert (taken.value.code, taken.value.field) == ("duplicate_agency", "name")
    with pytest.raises(ValidationError) as unknown:
        agencies.update_agency(db, admin, paper, website="x")
    assert unknown.value.code == "unknown_field"
    with pytest.raises(PermissionDenied):
        agencies.update_agency(db, VIEWER, paper, name="Khác")
    lines = _history(db, "press_agencies", paper)
    assert [line.action for line in lines] == ["create", "update"]
    assert lines[1].changes["kind"] == ["print", "online"]


def test_rename_and_move_units_without_cycles(db: Any, admin: Any) -> None:
    province = units.add_unit(db, admin, name="Công an tỉnh", code="CAT")
    office = units.add_unit(db, admin, name="Phòng Tham mưu", code="PTM", parent_id=province)
    team = units.add_unit(db, admin, name="Đội Báo chí", code="DBC", parent_id=office)
    other = units.add_unit(db, admin, name="Phòng An ninh", code="PA", parent_id=province)

    renamed = units.rename_unit(db, admin, team, name="Đội Thông tin báo chí", code="dttbc")
    assert (renamed.name, renamed.code) == ("Đội Thông tin báo chí", "DTTBC")
    with pytest.raises(ValidationError) as taken:
        units.rename_unit(db, admin, team, name="Đội", code="PA")
    assert (taken.value.code, taken.value.field) == ("duplicate_unit_code", "code")

    moved = units.move_unit(db, admin, team, other)
    assert moved.parent_id == other
    tree = [(u.code, u.depth) for u in units.list_units(db, admin)]
    assert tree == [("CAT", 0), ("PA", 1), ("DTTBC", 2), ("PTM", 1)]
    for unit, parent in ((province, team), (team, team)):  # under its own sub-unit, or itself
        with pytest.raises(ValidationError) as cycle:
            units.move_unit(db, admin, unit, parent)
        assert (cycle.value.code, cycle.value.field) == ("unit_cycle", "parent_id")
    assert units.move_unit(db, admin, other, None).parent_id is None
    with pytest.raises(PermissionDenied):
        units.move_unit(db, VIEWER, team, None)
    assert [line.action for line in _history(db, "police_units", team)] == [
        "create", "update", "update",
    ]  # fmt: skip


def _event_with_three_zones(db: Any, admin: Any) -> int:
    return events.add_event(
        db, admin, name="Lễ hội Lam Kinh 2026", kind="event", start="2026-02-27",
        end="2026-03-01", location="Khu di tích Lam Kinh",
        zones=[ZoneSpec("A", "Khu lễ chính", "#C62828"), ZoneSpec("B", "Khu báo chí"),
               ZoneSpec("C", "Bãi đỗ xe")],
    )  # fmt: skip


def test_update_event_fields_and_zones(db: Any, admin: Any) -> None:
    event_id = _event_with_three_zones(db, admin)
    view = events.update_event(
        db, admin, event_id, name="Lễ hội Lam Kinh 2026", kind="event", start="27/02/2026",
        end="02/03/2026", location="Thọ Xuân",
        zones=[ZoneEdit(0, "A", "Khu lễ chính (sân rồng)", "#1565c0"), ZoneEdit(1, "BC", "Báo chí"),
               ZoneEdit(None, "D", "Khu khách mời", None)],
    )  # fmt: skip
    assert view.ends_on == date(2026, 3, 2) and view.location == "Thọ Xuân"
    assert [(z.slot, z.code, z.name, z.colour) for z in view.zones] == [
        (0, "A", "Khu lễ chính (sân rồng)", "#1565C0"),
        (1, "BC", "Báo chí", view.zones[1].colour),
        (2, "D", "Khu khách mời", events.ZONE_PALETTE[2]),
    ]  # C removed (no pass granted it), so its slot is free for D
    with pytest.raises(ValidationError) as needs_end:
        events.update_event(db, admin, event_id, name="X", kind="event", start="2026-01-01")
    assert (needs_end.value.code, needs_end.value.field) == ("event_needs_end", "end")
    with pytest.raises(ValidationError) as twice:
        events.update_event(
            db, admin, event_id, name="X", kind="site", start="2026-01-01",
            zones=[ZoneEdit(0, "A", "a"), ZoneEdit(None, "a", "b")],
        )  # fmt: skip
    assert (twice.value.code, twice.value.field) == ("duplicate_zone_code", "zones")
    with pytest.raises(PermissionDenied):
        events.update_event(db, VIEWER, event_id, name="X", kind="site", start="2026-01-01")


def test_zones_granted_by_passes_cannot_be_removed_or_recoded(db: Any, admin: Any) -> None:
    today = date.today()
    event_id = events.add_event(
        db, admin, name="Hội nghị", kind="event", start=today, end=today,
        zones=[ZoneSpec("A", "Hội trường"), ZoneSpec("B", "Sảnh")],
    )  # fmt: skip
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    reporter = reporters.add_reporter(
        db, admin, full_name="Lê Bình", agency_id=agency, card_no="TH-1", card_expiry="2035-01-01"
    )
    issue_pass(db, admin, reporter_id=reporter, event_id=event_id, zones=["A"])
    common = {"name": "Hội nghị", "kind": "event", "start": today, "end": today}
    with pytest.raises(ValidationError) as removed:
        events.update_event(db, admin, event_id, **common, zones=[ZoneEdit(1, "B", "Sảnh")])
    assert (removed.value.code, removed.value.field) == ("zone_in_use", "zones")
    with pytest.raises(ValidationError) as recoded:
        events.update_event(
            db,
            admin,
            event_id,
            **common,
            zones=[ZoneEdit(0, "Z", "Hội trường"), ZoneEdit(1, "B", "Sảnh")],
        )
    assert recoded.value.code == "zone_code_fixed"
    view = events.update_event(
        db,
        admin,
        event_id,
        **common,
        zones=[ZoneEdit(0, "A", "Hội trường lớn"), ZoneEdit(1, "S", "Sảnh")],
    )  # renaming a granted zone is fine; B had no pass, so its code may change
    assert [(z.code, z.name) for z in view.zones] == [("A", "Hội trường lớn"), ("S", "Sảnh")]


def test_copy_an_event_to_next_year(db: Any, admin: Any) -> None:
    unit = units.add_unit(db, admin, name="Công an tỉnh", code="CAT")
    event_id = events.add_event(
        db, admin, name="Lễ hội Lam Kinh 2028", kind="event", start="2028-02-29", end="2028-03-02",
        location="Thọ Xuân", organising_unit_id=unit, notes="Ghi chú",
        zones=[ZoneSpec("A", "Khu lễ chính", "#C62828"), ZoneSpec("B", "Khu báo chí")],
    )  # fmt: skip
    copy_id = events.copy_event(db, admin, event_id)
    copy = events.get_event(db, admin, copy_id)
    source = events.get_event(db, admin, event_id)
    assert copy.name == "Lễ hội Lam Kinh 2029"
    assert (copy.starts_on, copy.ends_on) == (date(2029, 2, 28), date(2029, 3, 2))
    assert (copy.location, copy.organising_unit_id, copy.notes, copy.kind) == (
        "Thọ Xuân", unit, "Ghi chú", "event",
    )  # fmt: skip
    assert copy.zones == source.zones
    site = events.add_event(db, admin, name="Trụ sở Công an tỉnh", kind="site", start="2026-01-01")
    site_copy = events.get_event(db, admin, events.copy_event(db, admin, site))
    assert site_copy.name == "Trụ sở Công an tỉnh (2027)" and site_copy.ends_on is None
    with pytest.raises(PermissionDenied):
        events.copy_event(db, VIEWER, event_id)
