"""A small, hand-built year of cooperation (2025) whose every report figure is worked out by hand.

Everything goes in through the services: passes issued (with their issue time), printed and
revoked; checkpoint scans through ``checkpoint.scan`` at chosen instants (so the verdicts are real:
revoked, forged, not digits, wrong zone, already inside, not inside); access entries recorded by
hand with their articles. Several instants sit on the year's edge, midnight in Vietnam
(17:00 UTC): the report must put them on the right side.

The unit tree::

    CATH  Công an tỉnh Thanh Hóa                 (root)
      PK02  Phòng Cảnh sát cơ động
      PV01  Phòng Tham mưu
        PV01-TT  Đội Thông tin báo chí           (a sub-unit)

The expected figures for 2025 are written next to the data in ``EXPECTED_2025`` and explained in
the comments, so a failing test points at one line here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from accred_app.core.access import entries
from accred_app.core.checkpoint import scanning
from accred_app.core.checkpoint.verdict import Direction
from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.passes import issuing, print_log
from accred_app.core.registry import agencies, events, reporters, units

FAR = date(2035, 12, 31)


def vn(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    """An instant given as Vietnam wall-clock time."""
    return datetime(year, month, day, hour, minute, second, tzinfo=VIETNAM_TZ)


@dataclass
class Cooperation:
    root: int
    pk02: int
    pv01: int
    team: int
    bao_thanh_hoa: int
    dai_thanh_hoa: int
    nhan_dan: int
    anh: int  # Nguyễn Thị Ánh, Báo Thanh Hóa
    binh: int  # Trần Văn Bình, Báo Thanh Hóa
    cuong: int  # Lê Văn Cường, Đài Thanh Hóa
    dung: int  # Phạm Thị Dung, Báo Nhân Dân
    chau: int  # Đỗ Minh Châu, Đài Thanh Hóa
    congress: int  # 30/12/2025 - 02/01/2026, zones A and B
    festival: int  # 10-12/06/2025, zone LK
    serials: dict[str, str] = field(default_factory=dict)
    entry_ids: dict[str, int] = field(default_factory=dict)


def build_registry(db: Any, admin: Any) -> Cooperation:
    """Units, agencies, reporters and events only: enough for recording entries."""
    root = units.add_unit(db, admin, name="Công an tỉnh Thanh Hóa", code="CATH")
    pk02 = units.add_unit(db, admin, name="Phòng Cảnh sát cơ động", code="PK02", parent_id=root)
    pv01 = units.add_unit(db, admin, name="Phòng Tham mưu", code="PV01", parent_id=root)
    team = units.add_unit(db, admin, name="Đội Thông tin báo chí", code="PV01-TT", parent_id=pv01)
    bth = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    dai = agencies.add_agency(db, admin, name="Đài Phát thanh và Truyền hình Thanh Hóa", kind="tv")
    nd = agencies.add_agency(db, admin, name="Báo Nhân Dân", kind="print")

    def reporter(name: str, agency: int, card: str) -> int:
        return reporters.add_reporter(
            db, admin, full_name=name, agency_id=agency, card_no=card, card_expiry=FAR
        )

    anh = reporter("Nguyễn Thị Ánh", bth, "BTH-0001")
    binh = reporter("Trần Văn Bình", bth, "BTH-0002")
    cuong = reporter("Lê Văn Cường", dai, "DTH-0003")
    dung = reporter("Phạm Thị Dung", nd, "ND-0004")
    chau = reporter("Đỗ Minh Châu", dai, "DTH-0005")
    congress = events.add_event(
        db,
        admin,
        name="Đại hội đại biểu Đảng bộ tỉnh",
        kind="event",
        start=date(2025, 12, 30),
        end=date(2026, 1, 2),
        zones=[events.ZoneSpec("A", "Hội trường"), events.ZoneSpec("B", "Khu báo chí")],
    )
    festival = events.add_event(
        db,
        admin,
        name="Lễ hội Lam Kinh",
        kind="event",
        start=date(2025, 6, 10),
        end=date(2025, 6, 12),
        zones=[events.ZoneSpec("LK", "Sân rồng")],
    )
    return Cooperation(
        root, pk02, pv01, team, bth, dai, nd, anh, binh, cuong, dung, chau, congress, festival
    )


def build(db: Any, admin: Any) -> Cooperation:
    """The whole year: the registry, then passes, scans and hand-recorded entries."""
    data = build_registry(db, admin)
    anh, binh, cuong, dung, chau = data.anh, data.binh, data.cuong, data.dung, data.chau
    root, pk02, pv01, team = data.root, data.pk02, data.pv01, data.team
    congress, festival = data.congress, data.festival
    bth, nd = data.bao_thanh_hoa, data.nhan_dan

    def issue(key: str, reporter_id: int, event_id: int, at: datetime, zones: list[str]) -> None:
        view = issuing.issue_pass(
            db, admin, reporter_id=reporter_id, event_id=event_id, zones=zones, now=at
        )
        data.serials[key] = view.serial

    # Passes: p1..p3 issued in 2025 for the congress, p4 one minute... ten minutes into 2026.
    issue("p1", anh, congress, vn(2025, 12, 20, 9), ["A", "B"])
    issue("p2", binh, congress, vn(2025, 12, 20, 9, 5), ["A", "B"])
    issue("p3", cuong, congress, vn(2025, 12, 31, 23, 30), ["A"])
    issue("p4", dung, congress, vn(2026, 1, 1, 0, 10), ["A"])
    issue("p5", anh, festival, vn(2025, 6, 1, 8), ["LK"])
    issue("p6", chau, festival, vn(2025, 6, 1, 8, 5), ["LK"])
    pass_ids = {key: issuing.get_pass(db, admin, serial).id for key, serial in data.serials.items()}
    # p1 printed; p2 printed twice and then revoked (it still counts as printed); p6 revoked
    # unprinted; p3, p4, p5 never printed.
    print_log.record_prints(db, admin, [pass_ids["p1"], pass_ids["p2"]], "card")
    print_log.record_prints(db, admin, [pass_ids["p2"]], "card")
    issuing.revoke_pass(db, admin, data.serials["p2"], "Chuyển công tác")
    issuing.revoke_pass(db, admin, data.serials["p6"], "Không tham dự")
    tokens = {
        key: issuing.get_pass(db, admin, serial).token for key, serial in data.serials.items()
    }

    def at_gate(
        unit: int, event: int, zone: str | None, token: str, when: datetime, out: bool = False
    ) -> str:
        post = scanning.open_checkpoint(db, admin, event_id=event, zone_code=zone, unit_id=unit)
        direction = Direction.OUT if out else Direction.IN
        return scanning.scan(db, admin, post, token, direction, now=when).reason

    forged = tokens["p1"][:-1] + ("0" if tokens["p1"][-1] != "0" else "1")
    expected_reasons = [
        # The team's gate (zone A of the congress): two entries and an exit in 2025; the third
        # entry comes at midnight exactly — already inside, and in 2026.
        (at_gate(team, congress, "A", tokens["p1"], vn(2025, 12, 31, 10)), "ok"),
        (at_gate(team, congress, "A", tokens["p1"], vn(2025, 12, 31, 12), out=True), "ok"),
        (at_gate(team, congress, "A", tokens["p1"], vn(2025, 12, 31, 23, 59, 59)), "ok"),
        (at_gate(team, congress, "A", tokens["p1"], vn(2026, 1, 1)), "already_inside"),
        # The Tham mưu gate (no zone): one entry, one exit, then four refusals.
        (at_gate(pv01, congress, None, tokens["p3"], vn(2025, 12, 31, 9)), "ok"),
        (at_gate(pv01, congress, None, tokens["p3"], vn(2025, 12, 31, 9, 30), out=True), "ok"),
        (
            at_gate(pv01, congress, None, tokens["p3"], vn(2025, 12, 31, 9, 40), out=True),
            "not_inside",
        ),
        (at_gate(pv01, congress, None, tokens["p2"], vn(2025, 12, 31, 8)), "revoked"),
        (at_gate(pv01, congress, None, forged, vn(2025, 12, 31, 8, 5)), "forged"),
        (at_gate(pv01, congress, None, "abc123", vn(2025, 12, 31, 8, 6)), "not_digits"),
        # Cảnh sát cơ động at zone B: Cường's pass has zone A only; Ánh's has both.
        (at_gate(pk02, congress, "B", tokens["p3"], vn(2025, 12, 31, 11)), "wrong_zone"),
        (at_gate(pk02, congress, "B", tokens["p1"], vn(2025, 12, 31, 11, 5)), "ok"),
        # The festival, at the provincial police's own gate.
        (at_gate(root, festival, "LK", tokens["p5"], vn(2025, 6, 11, 10)), "ok"),
        (at_gate(root, festival, "LK", tokens["p6"], vn(2025, 6, 11, 10, 5)), "revoked"),
        (at_gate(root, festival, "LK", tokens["p5"], vn(2025, 6, 11, 11)), "already_inside"),
        # Dung's pass, issued in 2026, used in 2026.
        (at_gate(pv01, congress, None, tokens["p4"], vn(2026, 1, 1, 8)), "ok"),
    ]
    for got, wanted in expected_reasons:
        assert got == wanted, (got, wanted)

    def record(key: str, **values: Any) -> None:
        data.entry_ids[key] = entries.add_entry(db, admin, **values).id

    record(
        "m1",
        unit_id=team,
        kind="interview",
        occurred_at=vn(2025, 3, 5, 9),
        subject="Phỏng vấn về phòng, chống lừa đảo qua mạng",
        reporter_ids=[binh],
        articles=[
            entries.ArticleInput(
                "Cảnh giác với lừa đảo qua mạng",
                "https://baothanhhoa.vn/canh-giac-lua-dao",
                date(2025, 3, 6),
            )
        ],
    )
    record(
        "m2",
        unit_id=pv01,
        kind="briefing",
        occurred_at=vn(2025, 7, 1, 14),
        subject="Họp báo sáu tháng đầu năm",
        reporter_ids=[anh, cuong, dung],
        articles=[
            entries.ArticleInput(
                "Công an tỉnh họp báo sáu tháng", None, date(2025, 7, 2), agency_id=bth
            ),
            entries.ArticleInput(
                "Thanh Hóa giữ vững an ninh trật tự", None, date(2025, 7, 3), agency_id=nd
            ),
        ],
    )
    record(
        "m3",
        unit_id=pk02,
        kind="site_visit",
        occurred_at=vn(2025, 6, 11, 8),
        subject="Đi cùng lực lượng bảo vệ lễ hội",
        reporter_ids=[cuong],
        event_id=festival,
    )
    record(
        "m4",
        unit_id=team,
        kind="documents",
        occurred_at=vn(2025, 12, 31, 23, 59),
        subject="Số liệu tai nạn giao thông năm 2025",
        reporter_ids=[anh],
    )
    record(
        "m5",
        unit_id=team,
        kind="documents",
        occurred_at=vn(2026, 1, 1, 0, 0),
        subject="Thông cáo báo chí đầu năm",
        reporter_ids=[binh],
    )
    record(
        "m6",
        unit_id=root,
        kind="interview",
        occurred_at=vn(2025, 1, 1, 0, 0),
        subject="Phỏng vấn đầu năm",
        reporter_ids=[chau],
    )
    record(
        "m7",
        unit_id=root,
        kind="interview",
        occurred_at=vn(2024, 12, 31, 23, 59),
        subject="Phỏng vấn cuối năm 2024",
        reporter_ids=[chau],
    )
    return data


# The 2025 figures, worked out from the data above.
EXPECTED_2025: dict[str, Any] = {
    # (code, depth, entries granted, denied, interview, briefing, site visit, documents, served)
    "units": [
        # Root: Ánh's festival entry; Châu's revoked pass and Ánh's second entry refused; the
        # 01/01/2025 00:00 interview (the 31/12/2024 one is outside); served Ánh, Châu.
        ("CATH", 0, 1, 2, 1, 0, 0, 0, 2),
        # Cảnh sát cơ động: Ánh at zone B; Cường's wrong zone; a site visit with Cường.
        ("PK02", 1, 1, 1, 0, 0, 1, 0, 2),
        # Tham mưu: Cường's entry (his exit is no entry); not inside, revoked, forged, not digits;
        # the briefing for Ánh, Cường and Dung; served Cường, Ánh, Dung (not Bình: refused).
        ("PV01", 1, 1, 4, 0, 1, 0, 0, 3),
        # The team: Ánh's 10:00 and 23:59:59 entries (the midnight one is 2026); Bình's
        # interview and Ánh's documents at 23:59; served Ánh, Bình.
        ("PV01-TT", 2, 2, 0, 1, 0, 0, 1, 2),
    ],
    "totals": {
        "entries": 5,
        "denied": 7,
        "access_total": 5,
        "reporters_served": 5,  # Ánh, Bình, Cường, Dung, Châu — each once
        "reporters_accredited": 4,  # Ánh, Bình, Cường, Châu (Dung's pass is 2026)
        "passes_issued": 5,
        "passes_printed": 2,
        "passes_revoked": 2,
        "articles": 3,
    },
    "denials": {
        "revoked": 2,
        "already_inside": 1,
        "forged": 1,
        "not_digits": 1,
        "not_inside": 1,
        "wrong_zone": 1,
    },
    # name: (accredited, passes, events covered, entries, access entries, articles)
    "agencies": {
        "Báo Nhân Dân": (0, 0, 0, 0, 1, 1),
        "Báo Thanh Hóa": (2, 3, 2, 4, 3, 2),
        "Đài Phát thanh và Truyền hình Thanh Hóa": (2, 2, 2, 1, 3, 0),
    },
    # name: (issued, printed, revoked, entries, denied, access entries)
    "events": {
        "Lễ hội Lam Kinh": (2, 0, 1, 1, 2, 1),
        "Đại hội đại biểu Đảng bộ tỉnh": (3, 2, 1, 4, 5, 0),
    },
    "top_reporters": [
        ("Nguyễn Thị Ánh", 6),  # 4 entries + briefing + documents
        ("Lê Văn Cường", 3),  # 1 entry + briefing + site visit
        ("Trần Văn Bình", 1),  # ties in Vietnamese order of the given name: Bình, Châu, Dung
        ("Đỗ Minh Châu", 1),
        ("Phạm Thị Dung", 1),
    ],
    "top_units": [
        ("Đội Thông tin báo chí", 4),
        ("Công an tỉnh Thanh Hóa", 2),
        ("Phòng Cảnh sát cơ động", 2),
        ("Phòng Tham mưu", 2),
    ],
    # month: (entries, denied, access entries)
    "timeline": {1: (0, 0, 1), 3: (0, 0, 1), 6: (1, 2, 1), 7: (0, 0, 1), 12: (4, 5, 1)},
}
