"""A small desk for the checkpoint-window tests, seeded through the services.

One event ("Đại hội") with zones A and B, another event, two units, reporters whose names share
letters (to search by three letters), a photo, a press card about to expire, a revoked pass, a
checkpoint officer and a viewer. Scans happen at real "now" (the passes run from yesterday to five
days on), so the counters' default period (today in Vietnam) holds them.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PIL import Image

from accred_app.core.passes import issuing
from accred_app.core.registry import agencies, events, reporters, units
from accred_app.core.roles import Actor
from accred_app.core.security import officers
from accred_app.core.storage.db import Database

TODAY = date.today()
FAR = TODAY + timedelta(days=3650)
OFFICER_PASSWORD = "mat-khau-kiem-soat-1"


def portrait() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 400), (180, 140, 120)).save(out, format="JPEG")
    return out.getvalue()


@dataclass(frozen=True)
class World:
    unit: int
    other_unit: int
    event: int
    other_event: int
    anh: int
    binh: int
    hoa: int
    cuong: int
    passes: dict[str, Any]  # name -> PassView (anh, binh, hoa, cuong, anh_other)
    checkpoint: Actor
    viewer: Actor

    def token(self, name: str) -> str:
        return str(self.passes[name].token)

    def serial(self, name: str) -> str:
        return str(self.passes[name].serial)


def build(db: Database, admin: Actor) -> World:
    unit = units.add_unit(db, admin, name="Đội Cảnh sát bảo vệ", code="CSBV")
    other_unit = units.add_unit(db, admin, name="Phòng Tham mưu", code="PTM")
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    start, end = TODAY - timedelta(days=1), TODAY + timedelta(days=5)
    event = events.add_event(
        db,
        admin,
        name="Đại hội Đảng bộ tỉnh",
        kind="event",
        start=start,
        end=end,
        zones=[
            events.ZoneSpec("A", "Hội trường", "#C62828"),
            events.ZoneSpec("B", "Phòng báo chí", "#1565C0"),
        ],
    )
    other_event = events.add_event(
        db, admin, name="Lễ hội Lam Kinh", kind="event", start=start, end=end
    )

    def reporter(name: str, card: str, expiry: date = FAR, photo: bytes | None = None) -> int:
        return reporters.add_reporter(
            db,
            admin,
            full_name=name,
            agency_id=agency,
            card_no=card,
            card_expiry=expiry,
            photo=photo,
        )

    anh = reporter("Nguyễn Thị Ánh", "TH0001", photo=portrait())
    binh = reporter("Nguyễn Văn Bình", "TH0002")
    hoa = reporter("Trần Thị Hoa", "TH0003", expiry=TODAY + timedelta(days=10))
    cuong = reporter("Lê Văn Cường", "TH0004")

    def issue(reporter_id: int, zones: list[str], event_id: int = event) -> Any:
        return issuing.issue_pass(
            db, admin, reporter_id=reporter_id, event_id=event_id, zones=zones or None
        )

    passes = {
        "anh": issue(anh, ["A", "B"]),
        "binh": issue(binh, ["B"]),
        "hoa": issue(hoa, ["A"]),
        "cuong": issue(cuong, ["A"]),
        "anh_other": issue(anh, [], other_event),
    }
    issuing.revoke_pass(db, admin, passes["cuong"].serial, "Mất thẻ")
    for username, role in (("cp1", "checkpoint"), ("xem", "viewer")):
        officers.create_officer(
            db,
            admin,
            username=username,
            full_name=f"Cán bộ {username}",
            role=role,
            password=OFFICER_PASSWORD,
            unit_id=unit,
        )
    return World(
        unit=unit,
        other_unit=other_unit,
        event=event,
        other_event=other_event,
        anh=anh,
        binh=binh,
        hoa=hoa,
        cuong=cuong,
        passes=passes,
        checkpoint=officers.authenticate(db, "cp1", OFFICER_PASSWORD),
        viewer=officers.authenticate(db, "xem", OFFICER_PASSWORD),
    )
