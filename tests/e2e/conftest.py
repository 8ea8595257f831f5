"""A desk with one event and a station set up from it, for the station package and log tests
(what they share is in ``station_field.py``)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from station_field import CHECKPOINT_PASSWORD, SECOND_CHECKPOINT_PASSWORD, TODAY, Field

from accred_app.core.passes import issuing
from accred_app.core.registry import agencies, events, reporters, units
from accred_app.core.security import officers


@pytest.fixture
def field(run_cli: Any, db: Any, admin: Any, tmp_path: Path) -> Field:
    unit = units.add_unit(db, admin, name="Phòng Tham mưu", code="PV01")
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    start, end = TODAY - timedelta(days=1), TODAY + timedelta(days=3)
    event = events.add_event(
        db,
        admin,
        name="Đại hội Đảng bộ tỉnh",
        kind="event",
        start=start,
        end=end,
        zones=[events.ZoneSpec("A", "Hội trường"), events.ZoneSpec("B", "Phòng báo chí")],
    )
    other_event = events.add_event(
        db, admin, name="Lễ hội Lam Kinh", kind="event", start=start, end=end
    )
    far = TODAY + timedelta(days=3650)
    anh = reporters.add_reporter(
        db, admin, full_name="Nguyễn Thị Ánh", agency_id=agency, card_no="TH0001", card_expiry=far
    )
    binh = reporters.add_reporter(
        db, admin, full_name="Trần Văn Bình", agency_id=agency, card_no="TH0002", card_expiry=far
    )
    for username, password in (("cp1", CHECKPOINT_PASSWORD), ("cp2", SECOND_CHECKPOINT_PASSWORD)):
        officers.create_officer(
            db,
            admin,
            username=username,
            full_name=f"Gác {username}",
            role="checkpoint",
            password=password,
            unit_id=unit,
        )

    def issue(reporter: int) -> dict[str, Any]:
        return issuing.issue_pass(db, admin, reporter_id=reporter, event_id=event).as_json()

    good, gone = issue(anh), issue(binh)
    issuing.revoke_pass(db, admin, gone["serial"], "Mất thẻ")
    package = tmp_path / "station.json.gz"
    exported = run_cli("--json", "station", "export", "--event", str(event), str(package))
    assert exported.code == 0, exported.err
    return Field(
        run_cli,
        tmp_path,
        db,
        admin,
        unit,
        event,
        other_event,
        anh,
        binh,
        good,
        gone,
        package,
        dict(exported.json()),
        tmp_path / "station.sqlite",
    )
