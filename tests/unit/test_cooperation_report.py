"""The cooperation report's figures against the hand-built year in ``tests/cooperation_data.py``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from cooperation_data import EXPECTED_2025, Cooperation, build

from accred_app.core.errors import NotFoundError, PermissionDenied, ValidationError
from accred_app.core.models import Role
from accred_app.core.reports.cooperation import CooperationReport, ReportPeriod, cooperation_report
from accred_app.core.roles import Actor


@pytest.fixture(scope="module")
def shared(module_db_target: str) -> Iterator[tuple[Any, Cooperation]]:
    """One database with the hand-built year for the whole module: every test only reads it."""
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


@pytest.fixture
def report_2025(db: Any, admin: Any) -> CooperationReport:
    return cooperation_report(db, admin, ReportPeriod.year(2025))


def test_units_in_tree_order_with_their_own_figures(report_2025: CooperationReport) -> None:
    rows = [
        (
            u.code,
            u.depth,
            u.entries,
            u.denied,
            u.access.interview,
            u.access.briefing,
            u.access.site_visit,
            u.access.documents,
            u.reporters_served,
        )
        for u in report_2025.units
    ]
    assert rows == EXPECTED_2025["units"]


def test_totals_count_each_scan_entry_and_reporter_once(report_2025: CooperationReport) -> None:
    totals = report_2025.totals
    expected = EXPECTED_2025["totals"]
    assert totals.entries == expected["entries"]
    assert totals.denied == expected["denied"]
    assert totals.access.total == expected["access_total"]
    assert (totals.access.interview, totals.access.briefing) == (2, 1)
    assert (totals.access.site_visit, totals.access.documents) == (1, 1)
    assert totals.reporters_served == expected["reporters_served"]
    assert sum(u.reporters_served for u in report_2025.units) > totals.reporters_served
    assert totals.reporters_accredited == expected["reporters_accredited"]
    assert totals.passes_issued == expected["passes_issued"]
    assert totals.passes_printed == expected["passes_printed"]
    assert totals.passes_revoked == expected["passes_revoked"]
    assert totals.articles == expected["articles"]
    assert (totals.units_active, totals.agencies_active, totals.events) == (4, 3, 2)


def test_denials_by_reason(report_2025: CooperationReport) -> None:
    assert {d.reason: d.count for d in report_2025.denials} == EXPECTED_2025["denials"]
    assert report_2025.denials[0].reason == "revoked"  # most frequent first
    assert report_2025.denials[0].label == "Thẻ đã thu hồi"


def test_agencies_in_vietnamese_order(report_2025: CooperationReport) -> None:
    assert [a.name for a in report_2025.agencies] == [
        "Báo Nhân Dân",
        "Báo Thanh Hóa",
        "Đài Phát thanh và Truyền hình Thanh Hóa",
    ]
    figures = {
        a.name: (
            a.reporters_accredited,
            a.passes_issued,
            a.events_covered,
            a.entries,
            a.access_entries,
            a.articles,
        )
        for a in report_2025.agencies
    }
    assert figures == EXPECTED_2025["agencies"]


def test_events_passes_entries_and_denials(report_2025: CooperationReport) -> None:
    figures = {
        e.name: (
            e.passes_issued,
            e.passes_printed,
            e.passes_revoked,
            e.entries,
            e.denied,
            e.access_entries,
        )
        for e in report_2025.events
    }
    assert figures == EXPECTED_2025["events"]
    assert [e.name for e in report_2025.events] == [
        "Lễ hội Lam Kinh",
        "Đại hội đại biểu Đảng bộ tỉnh",
    ]
    congress = report_2025.events[1]
    assert {d.reason: d.count for d in congress.denials} == {
        "not_inside": 1,
        "revoked": 1,
        "forged": 1,
        "not_digits": 1,
        "wrong_zone": 1,
    }


def test_top_lists(report_2025: CooperationReport) -> None:
    assert [(t.name, t.value) for t in report_2025.top_reporters] == EXPECTED_2025["top_reporters"]
    assert report_2025.top_reporters[0].detail == "Báo Thanh Hóa"
    assert [(t.name, t.value) for t in report_2025.top_units] == EXPECTED_2025["top_units"]
    assert [(t.name, t.value) for t in report_2025.top_agencies] == [
        ("Báo Thanh Hóa", 2),
        ("Báo Nhân Dân", 1),
    ]


def test_timeline_by_month(report_2025: CooperationReport) -> None:
    assert len(report_2025.timeline) == 12
    assert report_2025.timeline[0].label == "01/2025"
    months = {
        p.first_day.month: (p.entries, p.denied, p.access_entries)
        for p in report_2025.timeline
        if p.entries or p.denied or p.access_entries
    }
    assert months == EXPECTED_2025["timeline"]


def test_articles_listed_in_order(report_2025: CooperationReport) -> None:
    assert [(a.agency, a.title, a.published_on) for a in report_2025.articles] == [
        ("Báo Thanh Hóa", "Cảnh giác với lừa đảo qua mạng", date(2025, 3, 6)),
        ("Báo Thanh Hóa", "Công an tỉnh họp báo sáu tháng", date(2025, 7, 2)),
        ("Báo Nhân Dân", "Thanh Hóa giữ vững an ninh trật tự", date(2025, 7, 3)),
    ]


def test_the_next_year_gets_what_happened_from_its_first_midnight(
    db: Any, admin: Any, year: Cooperation
) -> None:
    report = cooperation_report(db, admin, ReportPeriod.year(2026))
    assert report.totals.entries == 1  # Dung at 08:00
    assert {d.reason: d.count for d in report.denials} == {"already_inside": 1}  # 00:00:00
    assert report.totals.access.documents == 1  # the 00:00 press release
    assert report.totals.passes_issued == 1  # Dung's, issued at 00:10
    assert [u.code for u in report.units] == ["PV01", "PV01-TT"]
    assert report.units[1].depth == 2  # depth in the whole tree, parent not shown


def test_quarter_and_event_periods(db: Any, admin: Any, year: Cooperation) -> None:
    q4 = cooperation_report(db, admin, ReportPeriod.quarter(2025, 4))
    assert (q4.period.first_day, q4.period.last_day) == (date(2025, 10, 1), date(2025, 12, 31))
    assert q4.totals.entries == 4
    assert q4.totals.access.total == 1
    assert len(q4.timeline) == 3
    congress = cooperation_report(db, admin, ReportPeriod(event_id=year.congress))
    assert congress.event_name == "Đại hội đại biểu Đảng bộ tỉnh"
    assert [e.name for e in congress.events] == ["Đại hội đại biểu Đảng bộ tỉnh"]
    event = congress.events[0]
    assert (event.passes_issued, event.passes_printed, event.passes_revoked) == (4, 2, 1)
    assert (event.entries, event.denied) == (5, 6)
    assert congress.totals.access.total == 0  # no entry was tied to the congress
    assert [p.label for p in congress.timeline] == ["31/12", "01/01"]  # its scans' span, by day
    festival_2025 = cooperation_report(db, admin, ReportPeriod.year(2025, year.festival))
    assert festival_2025.totals.access.site_visit == 1
    assert festival_2025.totals.reporters_served == 2  # Ánh admitted, Cường on the visit


def test_period_is_required_and_checked(db: Any, admin: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        ReportPeriod(first_day=date(2025, 1, 1))
    assert caught.value.code == "report_period_needed"
    with pytest.raises(ValidationError) as caught:
        ReportPeriod(date(2025, 2, 1), date(2025, 1, 1))
    assert caught.value.code == "end_before_start"
    with pytest.raises(ValidationError):
        ReportPeriod.quarter(2025, 5)
    with pytest.raises(NotFoundError):
        cooperation_report(db, admin, ReportPeriod(event_id=999))


def test_empty_period_reports_zeros(db: Any, admin: Any, year: Cooperation) -> None:
    report = cooperation_report(db, admin, ReportPeriod.year(2020))
    assert report.units == () and report.agencies == () and report.events == ()
    assert report.totals.entries == 0 and report.totals.reporters_served == 0
    assert len(report.timeline) == 12


def test_a_checkpoint_officer_cannot_read_reports(db: Any) -> None:
    gate = Actor(username="gate", role=Role.CHECKPOINT)
    with pytest.raises(PermissionDenied):
        cooperation_report(db, gate, ReportPeriod.year(2025))
