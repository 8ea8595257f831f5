"""The cooperation report as a formal PDF: letterhead, title, numbered sections with tables and
charts, recipients and signature (see :mod:`accred_app.printing.document` for the frame).

Every figure comes from :func:`accred_app.core.reports.cooperation.cooperation_report`; nothing is
counted here. Tables repeat their header on every page they span and wrap long names inside their
cells, so a long unit or event list flows onto the next page instead of off the edge.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    Spacer,
)

from accred_app.core.access.entries import KINDS, kind_label
from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.reports.cooperation import CooperationReport
from accred_app.core.reports.output import write_report_file
from accred_app.printing.charts import horizontal_bars, vertical_bars
from accred_app.printing.document import (
    FRAME_WIDTH,
    MM,
    Letterhead,
    Rule,
    Styles,
    document_template,
    escape,
    grid_table,
    letterhead_block,
    name_in_text,
    number,
    percent,
    signature_block,
    styles,
)

TITLE = "BÁO CÁO"
SUBJECT = "Kết quả công tác phối hợp, tạo điều kiện cho cơ quan báo chí tác nghiệp"
MAX_ARTICLES = 40
MAX_CHART_ROWS = 12


def letterhead_for(report: CooperationReport, **options: Any) -> Letterhead:
    """The report's frame from the installation's settings; ``options`` as for
    :meth:`Letterhead.for_office` (number, place, signer, signer_name, recipients)."""
    return Letterhead.for_office(
        report.org_name, report.office_name, report.generated_at, kind="BC", **options
    )


def _dmy(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else "…"


def period_text(report: CooperationReport) -> str:
    first, last = report.first_day, report.last_day
    days = f"từ ngày {_dmy(first)} đến ngày {_dmy(last)}" if first or last else ""
    if report.event_name:
        return f"(Sự kiện: {report.event_name}{'; ' + days if days else ''})"
    return f"({days[0].upper()}{days[1:]})"


def _cell(text: str, sheet: Styles, *, bold: bool = False, indent: int = 0) -> Paragraph:
    style = sheet.cell_bold if bold else sheet.cell
    prefix = "&nbsp;" * (3 * indent)
    return Paragraph(prefix + escape(text), style)


def _head(texts: Sequence[str], sheet: Styles) -> list[Paragraph]:
    return [Paragraph(escape(t), sheet.cell_head) for t in texts]


def _summary(report: CooperationReport, sheet: Styles) -> list[Any]:
    totals = report.totals
    access = totals.access
    story: list[Any] = [Paragraph("I. TÌNH HÌNH CHUNG", sheet.section)]
    story.append(
        Paragraph(
            f"Trong kỳ báo cáo, các đơn vị đã cho phép {number(totals.entries)} lượt phóng viên vào "
            f"tác nghiệp qua các cổng kiểm soát, từ chối {number(totals.denied)} lượt quét thẻ "
            f"không hợp lệ; ghi nhận {number(access.total)} lượt cung cấp thông tin, tạo điều kiện "
            f"tác nghiệp (trả lời phỏng vấn {number(access.interview)}, họp báo "
            f"{number(access.briefing)}, tác nghiệp tại hiện trường {number(access.site_visit)}, "
            f"cung cấp tài liệu, số liệu {number(access.documents)}); tổng số "
            f"{number(totals.reporters_served)} phóng viên được phục vụ.",
            sheet.body_first,
        )
    )
    story.append(
        Paragraph(
            f"Đã cấp {number(totals.passes_issued)} thẻ tác nghiệp cho "
            f"{number(totals.reporters_accredited)} phóng viên của {number(totals.agencies_active)} "
            f"cơ quan báo chí tại {number(totals.events)} sự kiện, địa điểm; đã in "
            f"{number(totals.passes_printed)} thẻ, thu hồi {number(totals.passes_revoked)} thẻ. "
            f"Ghi nhận {number(totals.articles)} tin, bài được đăng tải sau các lượt tiếp cận.",
            sheet.body_first,
        )
    )
    rows: list[list[Any]] = [_head(("Chỉ tiêu", "Số lượng"), sheet)]
    rows += [
        [_cell(label, sheet), number(value)]
        for label, value in (
            ("Lượt vào được chấp nhận tại cổng kiểm soát", totals.entries),
            ("Lượt quét thẻ bị từ chối", totals.denied),
            *((kind_label(kind), access.get(kind)) for kind in KINDS),
            ("Phóng viên được phục vụ", totals.reporters_served),
            ("Thẻ tác nghiệp đã cấp", totals.passes_issued),
            ("Thẻ đã in", totals.passes_printed),
            ("Thẻ bị thu hồi", totals.passes_revoked),
            ("Tin, bài được ghi nhận", totals.articles),
        )
    ]
    story.append(Paragraph("Bảng 1. Các chỉ tiêu chính", sheet.caption))
    story.append(grid_table(rows, [FRAME_WIDTH * 0.7, FRAME_WIDTH * 0.3]))
    if report.timeline:
        by_day = report.timeline[0].first_day == report.timeline[0].last_day
        story.append(Spacer(1, 6))
        story.append(
            KeepTogether(
                vertical_bars(
                    "Biểu đồ 1. Lượt vào được chấp nhận và lượt bị từ chối theo "
                    + ("ngày" if by_day else "tháng"),
                    [
                        p.label if by_day else p.label[:2] + "/" + p.label[-2:]
                        for p in report.timeline
                    ],
                    [[p.entries for p in report.timeline], [p.denied for p in report.timeline]],
                    ["Lượt vào được chấp nhận", "Lượt bị từ chối"],
                    FRAME_WIDTH,
                )
            )
        )
    if access.total:
        story.append(Spacer(1, 4))
        story.append(
            KeepTogether(
                horizontal_bars(
                    "Biểu đồ 2. Lượt tiếp cận ghi nhận theo hình thức",
                    [kind_label(kind) for kind in KINDS],
                    [[access.get(kind) for kind in KINDS]],
                    ["Lượt"],
                    FRAME_WIDTH,
                )
            )
        )
    return story


def _units(report: CooperationReport, sheet: Styles) -> list[Any]:
    story: list[Any] = [CondPageBreak(60 * MM), Paragraph("II. KẾT QUẢ THEO ĐƠN VỊ", sheet.section)]
    if not report.units:
        return [*story, Paragraph("Không có hoạt động trong kỳ.", sheet.body)]
    header = _head(
        (
            "Đơn vị",
            "Lượt vào được chấp nhận",
            "Lượt bị từ chối",
            "Phỏng vấn",
            "Họp báo",
            "Hiện trường",
            "Tài liệu, số liệu",
            "Tổng lượt tiếp cận",
            "Phóng viên được phục vụ",
        ),
        sheet,
    )
    rows: list[list[Any]] = [header]
    for unit in report.units:
        rows.append(
            [
                _cell(unit.name, sheet, indent=unit.depth),
                number(unit.entries),
                number(unit.denied),
                *(number(unit.access.get(kind)) for kind in KINDS),
                number(unit.access.total),
                number(unit.reporters_served),
            ]
        )
    totals = report.totals
    rows.append(
        [
            _cell("Tổng cộng", sheet, bold=True),
            number(totals.entries),
            number(totals.denied),
            *(number(totals.access.get(kind)) for kind in KINDS),
            number(totals.access.total),
            number(totals.reporters_served),
        ]
    )
    numeric = (FRAME_WIDTH - 150) / 8
    story.append(Paragraph("Bảng 2. Kết quả theo đơn vị", sheet.caption))
    story.append(grid_table(rows, [150] + [numeric] * 8, total_row=True))
    story.append(
        Paragraph(
            "Số liệu của mỗi đơn vị là của riêng đơn vị đó (không cộng đơn vị cấp dưới); "
            "dòng tổng cộng tính mỗi phóng viên một lần.",
            sheet.note,
        )
    )
    # One measure a chart: gate entries run to the hundred thousand, recorded entries to the
    # hundred, and on one scale the smaller would not show.
    by_entries = sorted(report.units, key=lambda u: (-u.entries, u.name))[:MAX_CHART_ROWS]
    if any(u.entries for u in by_entries):
        story.append(Spacer(1, 6))
        story.append(
            KeepTogether(
                horizontal_bars(
                    "Biểu đồ 3. Lượt vào được chấp nhận tại cổng của mỗi đơn vị",
                    [u.name for u in by_entries],
                    [[u.entries for u in by_entries]],
                    ["Lượt"],
                    FRAME_WIDTH,
                )
            )
        )
    by_access = sorted(report.units, key=lambda u: (-u.access.total, u.name))[:MAX_CHART_ROWS]
    if any(u.access.total for u in by_access):
        story.append(Spacer(1, 6))
        story.append(
            KeepTogether(
                horizontal_bars(
                    "Biểu đồ 4. Lượt tiếp cận ghi nhận của mỗi đơn vị",
                    [u.name for u in by_access],
                    [[u.access.total for u in by_access]],
                    ["Lượt"],
                    FRAME_WIDTH,
                )
            )
        )
    return story


def _agencies(report: CooperationReport, sheet: Styles) -> list[Any]:
    story: list[Any] = [
        CondPageBreak(50 * MM),
        Paragraph("III. KẾT QUẢ THEO CƠ QUAN BÁO CHÍ", sheet.section),
    ]
    if not report.agencies:
        return [*story, Paragraph("Không có hoạt động trong kỳ.", sheet.body)]
    rows: list[list[Any]] = [
        _head(
            (
                "Cơ quan báo chí",
                "Phóng viên được cấp thẻ",
                "Thẻ đã cấp",
                "Sự kiện tác nghiệp",
                "Lượt vào được chấp nhận",
                "Lượt tiếp cận ghi nhận",
                "Tin, bài",
            ),
            sheet,
        )
    ]
    for agency in report.agencies:
        rows.append(
            [
                _cell(agency.name, sheet),
                number(agency.reporters_accredited),
                number(agency.passes_issued),
                number(agency.events_covered),
                number(agency.entries),
                number(agency.access_entries),
                number(agency.articles),
            ]
        )
    numeric = (FRAME_WIDTH - 170) / 6
    story.append(Paragraph("Bảng 3. Kết quả theo cơ quan báo chí", sheet.caption))
    story.append(grid_table(rows, [170] + [numeric] * 6))
    return story


def _events(report: CooperationReport, sheet: Styles) -> list[Any]:
    story: list[Any] = [
        CondPageBreak(50 * MM),
        Paragraph("IV. KẾT QUẢ THEO SỰ KIỆN, ĐỊA ĐIỂM", sheet.section),
    ]
    if not report.events:
        return [*story, Paragraph("Không có hoạt động trong kỳ.", sheet.body)]
    rows: list[list[Any]] = [
        _head(
            (
                "Sự kiện, địa điểm",
                "Thời gian",
                "Thẻ đã cấp",
                "Thẻ đã in",
                "Thẻ thu hồi",
                "Lượt vào được chấp nhận",
                "Lượt bị từ chối",
                "Lượt tiếp cận ghi nhận",
            ),
            sheet,
        )
    ]
    for event in report.events:
        when = _dmy(event.starts_on) + (
            f" – {_dmy(event.ends_on)}"
            if event.ends_on and event.ends_on != event.starts_on
            else ""
        )
        rows.append(
            [
                _cell(event.name, sheet),
                _cell(when, sheet),
                number(event.passes_issued),
                number(event.passes_printed),
                number(event.passes_revoked),
                number(event.entries),
                number(event.denied),
                number(event.access_entries),
            ]
        )
    numeric = (FRAME_WIDTH - 140 - 62) / 6
    story.append(Paragraph("Bảng 4. Kết quả theo sự kiện, địa điểm", sheet.caption))
    story.append(grid_table(rows, [140, 62] + [numeric] * 6, numeric_from=2))
    if report.denials:
        reason_rows: list[list[Any]] = [_head(("Lý do từ chối", "Số lượt", "Tỷ lệ"), sheet)]
        reason_rows += [
            [_cell(d.label, sheet), number(d.count), percent(d.count, report.totals.denied)]
            for d in report.denials
        ]
        reason_rows.append(
            [_cell("Tổng cộng", sheet, bold=True), number(report.totals.denied), "100,0 %"]
        )
        story.append(Paragraph("Bảng 5. Lượt quét thẻ bị từ chối theo lý do", sheet.caption))
        story.append(
            grid_table(
                reason_rows,
                [FRAME_WIDTH * 0.6, FRAME_WIDTH * 0.2, FRAME_WIDTH * 0.2],
                total_row=True,
            )
        )
        story.append(Spacer(1, 6))
        story.append(
            KeepTogether(
                horizontal_bars(
                    "Biểu đồ 5. Lượt bị từ chối theo lý do",
                    [d.label for d in report.denials[:MAX_CHART_ROWS]],
                    [[d.count for d in report.denials[:MAX_CHART_ROWS]]],
                    ["Lượt"],
                    FRAME_WIDTH,
                )
            )
        )
    return story


def _tops(report: CooperationReport, sheet: Styles) -> list[Any]:
    story: list[Any] = [CondPageBreak(50 * MM), Paragraph("V. DANH SÁCH TIÊU BIỂU", sheet.section)]
    lists = (
        (
            "Bảng 6. Đơn vị tạo điều kiện nhiều nhất",
            ("TT", "Đơn vị", "Lượt vào và lượt tiếp cận"),
            [(t.name, t.value) for t in report.top_units],
        ),
        (
            "Bảng 7. Cơ quan báo chí có nhiều tin, bài nhất",
            ("TT", "Cơ quan báo chí", "Tin, bài"),
            [(t.name, t.value) for t in report.top_agencies],
        ),
        (
            "Bảng 8. Phóng viên được tạo điều kiện tác nghiệp nhiều nhất",
            ("TT", "Phóng viên (cơ quan báo chí)", "Lượt vào và lượt tiếp cận"),
            [(f"{t.name} ({t.detail})", t.value) for t in report.top_reporters],
        ),
    )
    for caption, headers, items in lists:
        if not items:
            continue
        rows: list[list[Any]] = [_head(headers, sheet)]
        rows += [
            [Paragraph(str(rank), sheet.cell_head), _cell(name, sheet), number(value)]
            for rank, (name, value) in enumerate(items, start=1)
        ]
        story.append(
            KeepTogether(
                [
                    Paragraph(caption, sheet.caption),
                    grid_table(rows, [24, FRAME_WIDTH - 24 - 90, 90], numeric_from=2),
                ]
            )
        )
    return story


def _articles(report: CooperationReport, sheet: Styles) -> list[Any]:
    story: list[Any] = [
        CondPageBreak(40 * MM),
        Paragraph("VI. TIN, BÀI ĐƯỢC GHI NHẬN", sheet.section),
    ]
    if not report.articles:
        return [*story, Paragraph("Chưa ghi nhận tin, bài nào trong kỳ.", sheet.body)]
    rows: list[list[Any]] = [
        _head(("TT", "Ngày đăng", "Cơ quan báo chí", "Tên tin, bài", "Đơn vị cung cấp"), sheet)
    ]
    for index, article in enumerate(report.articles[:MAX_ARTICLES], start=1):
        published = article.published_on or article.occurred_at.astimezone(VIETNAM_TZ).date()
        rows.append(
            [
                str(index),
                _dmy(published),
                _cell(article.agency, sheet),
                _cell(article.title, sheet),
                _cell(article.unit, sheet),
            ]
        )
    story.append(Paragraph("Bảng 9. Tin, bài được đăng tải sau các lượt tiếp cận", sheet.caption))
    story.append(grid_table(rows, [24, 54, 104, FRAME_WIDTH - 24 - 54 - 104 - 118, 118]))
    if len(report.articles) > MAX_ARTICLES:
        story.append(
            Paragraph(
                f"Và {number(len(report.articles) - MAX_ARTICLES)} tin, bài khác "
                "(danh sách đầy đủ trong tệp Excel của báo cáo).",
                sheet.note,
            )
        )
    return story


def report_story(report: CooperationReport, head: Letterhead) -> list[Any]:
    sheet = styles()
    office = head.office_name.strip()
    story: list[Any] = [
        letterhead_block(head),
        Spacer(1, 14),
        Paragraph(TITLE, sheet.title),
        Paragraph(escape(SUBJECT), sheet.subtitle),
        Paragraph(escape(period_text(report)), sheet.subtitle),
        Rule(60),
        Paragraph(
            f"Thực hiện chức năng, nhiệm vụ được giao, {escape(name_in_text(office))} báo cáo kết "
            "quả công tác phối hợp, tạo điều kiện cho các cơ quan báo chí tác nghiệp trong kỳ "
            "như sau:",
            sheet.body_first,
        ),
    ]
    story += _summary(report, sheet)
    story += _units(report, sheet)
    story += _agencies(report, sheet)
    story += _events(report, sheet)
    story += _tops(report, sheet)
    story += _articles(report, sheet)
    story.append(Spacer(1, 6))
    story.append(
        Paragraph(
            f"Trên đây là báo cáo kết quả công tác phối hợp với các cơ quan báo chí của "
            f"{escape(name_in_text(office))}./.",
            sheet.body_first,
        )
    )
    story.append(KeepTogether(signature_block(head, sheet)))
    return story


def build_report_pdf(report: CooperationReport, handle: BinaryIO, head: Letterhead) -> int:
    """Write the report to ``handle``; returns the number of pages."""
    document = document_template(
        handle, title=f"{TITLE} {SUBJECT} {period_text(report)}", author=head.office_name
    )
    document.build(report_story(report, head))
    return int(document.page)


def write_report_pdf(
    report: CooperationReport, target: str | os.PathLike[str], head: Letterhead | None = None
) -> Path:
    """The report PDF at ``target``, whole or not at all."""
    frame = head or letterhead_for(report)
    return write_report_file(target, lambda handle: build_report_pdf(report, handle, frame))
