"""The access log: scans and hand-recorded entries in one list, filtered, paged and walked whole."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
from cooperation_data import Cooperation, build, vn

from accred_app.core.access.log import (
    EXPORT_COLUMNS,
    AccessCursor,
    AccessFilter,
    count_access,
    iter_access,
    list_access,
)
from accred_app.core.errors import NotFoundError, ValidationError

ALL_ROWS = 16 + 7  # the data set's scans and hand-recorded entries


@pytest.fixture(scope="module")
def shared(module_db_target: str) -> Iterator[tuple[Any, Cooperation]]:
    from accred_app.core.database import open_database
    from accred_app.core.setup.installation import initialise

    database = open_database(module_db_target)
    from accred_app.core.security.officers import authenticate

    initialise(database, admin_password="mat-khau-quan-tri-1")
    admin = authenticate(database, "admin", "mat-khau-quan-tri-1")  # unlocked: it issues passes
    yield database, build(database, admin)
    database.dispose()


@pytest.fixture
def db(shared: tuple[Any, Cooperation]) -> Any:
    return shared[0]


@pytest.fixture
def year(shared: tuple[Any, Cooperation]) -> Cooperation:
    return shared[1]


def _all(db: Any, admin: Any, flt: AccessFilter | None = None) -> list[Any]:
    return list(list_access(db, admin, flt or AccessFilter(), limit=1000).rows)


def test_newest_first_scans_and_entries_together(db: Any, admin: Any, year: Cooperation) -> None:
    page = list_access(db, admin, limit=1000)
    rows = page.rows
    assert len(rows) == ALL_ROWS and page.next_cursor is None
    assert [r.occurred_at for r in rows] == sorted((r.occurred_at for r in rows), reverse=True)
    assert rows[0].occurred_at == vn(2026, 1, 1, 8)  # Dung's entry at the Tham mưu gate
    assert (rows[0].source, rows[0].kind, rows[0].allowed) == ("scan", "scan", True)
    assert [r.full_name for r in rows[0].reporters] == ["Phạm Thị Dung"]
    assert rows[0].unit_name == "Phòng Tham mưu" and rows[0].event_name.startswith("Đại hội")
    # Midnight 01/01/2026: the press release (hand-recorded) before the refused scan, same instant.
    assert [(r.source, r.kind) for r in rows[1:3]] == [("manual", "documents"), ("scan", "scan")]
    assert rows[2].reason == "already_inside" and rows[2].zone == "A"
    briefing = next(r for r in rows if r.kind == "briefing")
    assert briefing.subject == "Họp báo sáu tháng đầu năm"
    assert [r.full_name for r in briefing.reporters] == [
        "Nguyễn Thị Ánh",
        "Lê Văn Cường",
        "Phạm Thị Dung",
    ]
    assert [a.agency for a in briefing.articles] == ["Báo Thanh Hóa", "Báo Nhân Dân"]
    values = dict(zip(EXPORT_COLUMNS, briefing.export_values(), strict=True))
    assert values["Thời gian"] == datetime(2025, 7, 1, 14, 0)
    assert values["Hình thức"] == "Họp báo, cung cấp thông tin"
    assert values["Phóng viên"] == "Nguyễn Thị Ánh; Lê Văn Cường; Phạm Thị Dung"
    assert (
        values["Tin, bài"] == "Công an tỉnh họp báo sáu tháng; Thanh Hóa giữ vững an ninh trật tự"
    )
    assert values["Cho phép"] is True
    forged = next(r for r in rows if r.reason == "forged")
    assert forged.reporters == () and forged.serial is None and not forged.allowed
    assert count_access(db, admin) == ALL_ROWS


@pytest.mark.parametrize(
    ("build_filter", "expected"),
    [
        # Tham mưu with its team: 7 + 4 scans, the briefing and the team's three entries.
        (lambda y: AccessFilter(unit_id=y.pv01), 15),
        (lambda y: AccessFilter(unit_id=y.team), 7),
        (lambda y: AccessFilter(unit_id=y.root), ALL_ROWS),  # the whole tree
        # Báo Thanh Hóa (Ánh, Bình): 8 scans of their passes, 4 entries naming one of them.
        (lambda y: AccessFilter(agency_id=y.bao_thanh_hoa), 12),
        (lambda y: AccessFilter(reporter_id=y.cuong), 6),
        (lambda y: AccessFilter(event_id=y.festival), 4),
        (lambda y: AccessFilter(kinds=frozenset({"interview"})), 3),
        (lambda y: AccessFilter(kinds=frozenset({"scan"})), 16),
        (lambda y: AccessFilter(kinds=frozenset({"scan", "briefing"})), 17),
        # 31/12/2025 in Vietnam: 11 scans and the 23:59 documents; not the midnight ones.
        (lambda y: AccessFilter(first_day=date(2025, 12, 31), last_day=date(2025, 12, 31)), 12),
        (lambda y: AccessFilter(first_day=date(2026, 1, 1)), 3),
        (lambda y: AccessFilter(last_day=date(2024, 12, 31)), 1),
        (lambda y: AccessFilter(allowed=False), 8),  # refused scans; entries are not refusals
        (lambda y: AccessFilter(allowed=True, kinds=frozenset({"scan"})), 8),
        (lambda y: AccessFilter(unit_id=y.pv01, reporter_id=y.cuong, allowed=False), 1),
    ],
)
def test_filters(db: Any, admin: Any, year: Cooperation, build_filter: Any, expected: int) -> None:
    flt = build_filter(year)
    rows = _all(db, admin, flt)
    assert len(rows) == expected
    assert count_access(db, admin, flt) == expected
    if flt.unit_id == year.team:
        assert {r.unit_id for r in rows} == {year.team}
    if flt.allowed is False:
        assert all(r.source == "scan" and not r.allowed for r in rows)


def test_paging_walks_the_same_order_without_gaps_or_repeats(
    db: Any, admin: Any, year: Cooperation
) -> None:
    whole = [(r.source, r.id) for r in _all(db, admin)]
    seen: list[tuple[str, int]] = []
    cursor: AccessCursor | None = None
    pages = 0
    while True:
        page = list_access(db, admin, after=cursor, limit=4)
        seen += [(r.source, r.id) for r in page.rows]
        pages += 1
        if page.next_cursor is None:
            break
        cursor = AccessCursor.parse(page.next_cursor.text)  # as the CLI hands it back
    assert seen == whole
    assert pages == 6  # 23 rows, 4 a page
    assert [(r.source, r.id) for r in iter_access(db, admin, batch=5)] == whole
    team = AccessFilter(unit_id=year.team)
    assert [r.id for r in iter_access(db, admin, team, batch=2)] == [
        r.id for r in _all(db, admin, team)
    ]


def test_filter_mistakes_are_reported(db: Any, admin: Any, year: Cooperation) -> None:
    with pytest.raises(NotFoundError):
        list_access(db, admin, AccessFilter(agency_id=999))
    with pytest.raises(NotFoundError):
        count_access(db, admin, AccessFilter(unit_id=999))
    with pytest.raises(ValidationError):
        AccessFilter(kinds=frozenset({"party"}))
    with pytest.raises(ValidationError):
        AccessFilter(first_day=date(2025, 2, 1), last_day=date(2025, 1, 1))
    with pytest.raises(ValidationError) as caught:
        AccessCursor.parse("scan:12")
    assert caught.value.code == "invalid_cursor"


def test_export_takes_the_whole_filter_of_the_page(
    db: Any, admin: Any, year: Cooperation, tmp_path: Any
) -> None:
    """The window exports what it shows: agency, kinds and outcome narrow the file as the list."""
    from openpyxl import load_workbook

    from accred_app.core.exchange.exports import export_access

    shown = AccessFilter(agency_id=year.bao_thanh_hoa, kinds=frozenset({"scan"}), allowed=False)
    expected = _all(db, admin, shown)
    assert 0 < len(expected) < ALL_ROWS
    report = export_access(db, admin, tmp_path / "log.xlsx", selection=shown)
    assert report.rows == len(expected)
    sheet = load_workbook(tmp_path / "log.xlsx", read_only=True).active
    lines = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [line[-1] for line in lines] == [row.id for row in expected]
    assert {line[7] for line in lines} == {"từ chối"}
    with pytest.raises(ValueError):
        export_access(db, admin, tmp_path / "x.csv", selection=shown, unit_id=year.pv01)
