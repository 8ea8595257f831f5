"""The cooperation report as a workbook (openpyxl): one sheet per table, for officers who rework
the figures in Excel.

Cells hold real numbers and dates (not text), so sums, filters and charts work; each sheet's
header row is frozen and bold, columns have widths that fit their content, and dates show as
dd/mm/yyyy. Times are written in Vietnam time without a zone (Excel has none).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from accred_app.core.access.entries import kind_label
from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.reports.cooperation import CooperationReport
from accred_app.core.reports.output import write_report_file

DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
_HEADER_FILL = PatternFill("solid", fgColor="DDE3EA")
_MIN_WIDTH, _MAX_WIDTH = 8, 60

SHEET_SUMMARY = "Tổng hợp"
SHEET_UNITS = "Đơn vị"
SHEET_AGENCIES = "Cơ quan báo chí"
SHEET_EVENTS = "Sự kiện"
SHEET_DENIALS = "Lý do từ chối"
SHEET_TIMELINE = "Theo thời gian"
SHEET_TOP_UNITS = "Đơn vị tiêu biểu"
SHEET_TOP_AGENCIES = "Cơ quan tiêu biểu"
SHEET_TOP_REPORTERS = "Phóng viên tiêu biểu"
SHEET_ARTICLES = "Tin bài"

UNIT_HEADERS = (
    "Đơn vị",
    "Mã",
    "Lượt vào được chấp nhận",
    "Lượt bị từ chối",
    "Trả lời phỏng vấn",
    "Họp báo, cung cấp thông tin",
    "Tác nghiệp tại hiện trường",
    "Cung cấp tài liệu, số liệu",
    "Tổng lượt tiếp cận",
    "Phóng viên được phục vụ",
)


@dataclass(frozen=True, slots=True)
class _Column:
    header: str
    number_format: str | None = None


def _local(moment: datetime) -> datetime:
    return moment.astimezone(VIETNAM_TZ).replace(tzinfo=None)


def _sheet(
    workbook: Workbook, title: str, columns: Sequence[_Column | str], rows: Sequence[Sequence[Any]]
) -> Any:
    """A sheet with a frozen bold header, typed cells and fitted column widths."""
    sheet = workbook.create_sheet(title)
    specs = [c if isinstance(c, _Column) else _Column(c) for c in columns]
    sheet.append([c.header for c in specs])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for row in rows:
        sheet.append(list(row))
    for index, spec in enumerate(specs, start=1):
        letter = get_column_letter(index)
        if spec.number_format:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = spec.number_format
        widest = max(
            [len(str(spec.header)) // 2 + 2]  # headers wrap onto two lines
            + [len(_shown(row[index - 1])) for row in rows if index - 1 < len(row)],
        )
        sheet.column_dimensions[letter].width = max(_MIN_WIDTH, min(_MAX_WIDTH, widest + 2))
    sheet.freeze_panes = "A2"
    sheet.row_dimensions[1].height = 32
    return sheet


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return "00/00/0000 00:00"
    if isinstance(value, date):
        return "00/00/0000"
    return str(value)


def build_workbook(report: CooperationReport) -> Workbook:
    workbook = Workbook()
    workbook.remove(workbook.active)
    totals = report.totals
    summary_rows: list[tuple[str, Any]] = [
        ("Cơ quan", report.org_name),
        ("Đơn vị báo cáo", report.office_name),
        ("Từ ngày", report.first_day),
        ("Đến ngày", report.last_day),
        ("Sự kiện", report.event_name),
        ("Lập lúc", _local(report.generated_at)),
        ("Lượt vào được chấp nhận", totals.entries),
        ("Lượt bị từ chối", totals.denied),
        ("Trả lời phỏng vấn", totals.access.interview),
        ("Họp báo, cung cấp thông tin", totals.access.briefing),
        ("Tác nghiệp tại hiện trường", totals.access.site_visit),
        ("Cung cấp tài liệu, số liệu", totals.access.documents),
        ("Tổng lượt tiếp cận ghi nhận", totals.access.total),
        ("Phóng viên được phục vụ", totals.reporters_served),
        ("Phóng viên được cấp thẻ", totals.reporters_accredited),
        ("Thẻ đã cấp", totals.passes_issued),
        ("Thẻ đã in", totals.passes_printed),
        ("Thẻ bị thu hồi", totals.passes_revoked),
        ("Tin bài", totals.articles),
        ("Đơn vị có hoạt động", totals.units_active),
        ("Cơ quan báo chí", totals.agencies_active),
        ("Sự kiện", totals.events),
    ]
    summary = _sheet(workbook, SHEET_SUMMARY, ("Chỉ tiêu", "Giá trị"), summary_rows)
    for _label, value_cell in summary.iter_rows(min_row=2):
        if isinstance(value_cell.value, datetime):
            value_cell.number_format = DATETIME_FORMAT
        elif isinstance(value_cell.value, date):
            value_cell.number_format = DATE_FORMAT

    unit_rows: list[tuple[Any, ...]] = [
        (
            u.name,
            u.code,
            u.entries,
            u.denied,
            u.access.interview,
            u.access.briefing,
            u.access.site_visit,
            u.access.documents,
            u.access.total,
            u.reporters_served,
        )
        for u in report.units
    ]
    unit_rows.append(
        (
            "Tổng cộng",
            None,
            totals.entries,
            totals.denied,
            totals.access.interview,
            totals.access.briefing,
            totals.access.site_visit,
            totals.access.documents,
            totals.access.total,
            totals.reporters_served,
        )
    )
    units = _sheet(workbook, SHEET_UNITS, UNIT_HEADERS, unit_rows)
    for row_number, unit in enumerate(report.units, start=2):
        units.cell(row_number, 1).alignment = Alignment(indent=unit.depth * 2)
    for cell in units[len(unit_rows) + 1]:
        cell.font = Font(bold=True)

    _sheet(
        workbook,
        SHEET_AGENCIES,
        (
            "Cơ quan báo chí",
            "Phóng viên được cấp thẻ",
            "Thẻ đã cấp",
            "Sự kiện tác nghiệp",
            "Lượt vào được chấp nhận",
            "Lượt tiếp cận ghi nhận",
            "Tin bài",
        ),
        [
            (
                a.name,
                a.reporters_accredited,
                a.passes_issued,
                a.events_covered,
                a.entries,
                a.access_entries,
                a.articles,
            )
            for a in report.agencies
        ],
    )
    _sheet(
        workbook,
        SHEET_EVENTS,
        (
            "Sự kiện",
            _Column("Từ ngày", DATE_FORMAT),
            _Column("Đến ngày", DATE_FORMAT),
            "Thẻ đã cấp",
            "Thẻ đã in",
            "Thẻ bị thu hồi",
            "Lượt vào được chấp nhận",
            "Lượt bị từ chối",
            "Lượt tiếp cận ghi nhận",
        ),
        [
            (
                e.name,
                e.starts_on,
                e.ends_on,
                e.passes_issued,
                e.passes_printed,
                e.passes_revoked,
                e.entries,
                e.denied,
                e.access_entries,
            )
            for e in report.events
        ],
    )
    denial_rows: list[tuple[Any, ...]] = [
        ("Tất cả", d.label, d.reason, d.count) for d in report.denials
    ]
    denial_rows += [(e.name, d.label, d.reason, d.count) for e in report.events for d in e.denials]
    _sheet(workbook, SHEET_DENIALS, ("Sự kiện", "Lý do", "Mã lý do", "Số lượt"), denial_rows)
    _sheet(
        workbook,
        SHEET_TIMELINE,
        (
            _Column("Từ ngày", DATE_FORMAT),
            _Column("Đến ngày", DATE_FORMAT),
            "Lượt vào được chấp nhận",
            "Lượt bị từ chối",
            "Lượt tiếp cận ghi nhận",
        ),
        [(p.first_day, p.last_day, p.entries, p.denied, p.access_entries) for p in report.timeline],
    )
    _sheet(
        workbook,
        SHEET_TOP_UNITS,
        ("Hạng", "Đơn vị", "Mã", "Lượt vào và tiếp cận"),
        [(rank, t.name, t.detail, t.value) for rank, t in enumerate(report.top_units, start=1)],
    )
    _sheet(
        workbook,
        SHEET_TOP_AGENCIES,
        ("Hạng", "Cơ quan báo chí", "Tin bài"),
        [(rank, t.name, t.value) for rank, t in enumerate(report.top_agencies, start=1)],
    )
    _sheet(
        workbook,
        SHEET_TOP_REPORTERS,
        ("Hạng", "Phóng viên", "Cơ quan báo chí", "Lượt vào và tiếp cận"),
        [(rank, t.name, t.detail, t.value) for rank, t in enumerate(report.top_reporters, start=1)],
    )
    articles = _sheet(
        workbook,
        SHEET_ARTICLES,
        (
            _Column("Ngày tiếp cận", DATETIME_FORMAT),
            _Column("Ngày đăng", DATE_FORMAT),
            "Cơ quan báo chí",
            "Tiêu đề",
            "Đường dẫn",
            "Đơn vị",
            "Hình thức",
        ),
        [
            (
                _local(a.occurred_at),
                a.published_on,
                a.agency,
                a.title,
                a.url,
                a.unit,
                kind_label(a.kind),
            )
            for a in report.articles
        ],
    )
    for row_number, article in enumerate(report.articles, start=2):
        if article.url:
            articles.cell(row_number, 5).hyperlink = article.url
    return workbook


def write_report_xlsx(report: CooperationReport, target: str | os.PathLike[str]) -> Path:
    """Write the workbook to ``target`` whole, or leave nothing (see :mod:`.output`)."""
    workbook = build_workbook(report)

    def save(handle: BinaryIO) -> None:
        workbook.save(handle)

    return write_report_file(target, save)
