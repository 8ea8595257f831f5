"""``accred report`` — the cooperation report (PDF or XLSX) and the checkpoint briefing sheet."""

from __future__ import annotations

import argparse
import re
from typing import Any

from accred_app.cli.context import Context, positive_int
from accred_app.core import validation as v
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.reports.briefing import briefing_sheet
from accred_app.core.reports.cooperation import CooperationReport, ReportPeriod, cooperation_report
from accred_app.core.reports.output import report_format
from accred_app.core.reports.xlsx import write_report_xlsx
from accred_app.printing.briefing_pdf import write_briefing_pdf
from accred_app.printing.report_pdf import letterhead_for, write_report_pdf

register(
    {
        "report_period_twice": (
            "Chọn kỳ báo cáo theo một cách: theo năm, theo quý, hoặc từ ngày đến ngày.",
            "Give the reporting period one way: a year, a quarter, or first and last day.",
        ),
        "invalid_quarter_spec": (
            "Quý “{value}” không đúng dạng NĂM-Qn (ví dụ 2025-Q4).",
            "Quarter “{value}” is not in the form YEAR-Qn (e.g. 2025-Q4).",
        ),
    }
)

_QUARTER = re.compile(r"(\d{4})\s*[-/ ]?\s*[Qq]([1-4])|[Qq]([1-4])\s*[-/ ]\s*(\d{4})")


def register_commands(commands: Any) -> None:
    report = commands.add_parser("report", help="reports").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    cooperation = report.add_parser(
        "cooperation", help="the cooperation report for a period or an event (PDF or XLSX)"
    )
    when = cooperation.add_mutually_exclusive_group()
    when.add_argument("--year", type=positive_int, metavar="YYYY")
    when.add_argument("--quarter", metavar="YYYY-Qn", help="e.g. 2025-Q4")
    cooperation.add_argument("--from", dest="first_day", metavar="DATE", help="first day")
    cooperation.add_argument("--to", dest="last_day", metavar="DATE", help="last day")
    cooperation.add_argument("--event", type=positive_int, metavar="ID")
    cooperation.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="FILE.pdf or FILE.xlsx"
    )
    cooperation.add_argument("--number", help="the document number (default: left blank)")
    cooperation.add_argument("--place", help="place on the date line (default: from org name)")
    cooperation.add_argument("--signer", metavar="TITLE", help="signer's title")
    cooperation.add_argument("--signer-name", metavar="NAME")
    cooperation.set_defaults(handler=cmd_report_cooperation)

    briefing = report.add_parser(
        "briefing", help="the checkpoint briefing sheet of one event: every valid pass (PDF)"
    )
    briefing.add_argument("--event", type=positive_int, metavar="ID", required=True)
    briefing.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.pdf")
    briefing.set_defaults(handler=cmd_report_briefing)


def _period(args: argparse.Namespace) -> ReportPeriod:
    if (args.year or args.quarter) and (args.first_day or args.last_day):
        raise ValidationError("report_period_twice")
    if args.year:
        return ReportPeriod.year(args.year, args.event)
    if args.quarter:
        match = _QUARTER.fullmatch(args.quarter.strip())
        if match is None:
            raise ValidationError("invalid_quarter_spec", value=args.quarter[:20])
        year, quarter = (match.group(1), match.group(2)) if match.group(1) else match.group(4, 3)
        return ReportPeriod.quarter(int(year), int(quarter), args.event)
    return ReportPeriod(
        v.parse_date(args.first_day, "from") if args.first_day else None,
        v.parse_date(args.last_day, "to") if args.last_day else None,
        args.event,
    )


def _figures(report: CooperationReport) -> dict[str, object]:
    totals = report.totals
    return {
        "entries": totals.entries,
        "denied": totals.denied,
        "access": {
            "interview": totals.access.interview,
            "briefing": totals.access.briefing,
            "site_visit": totals.access.site_visit,
            "documents": totals.access.documents,
            "total": totals.access.total,
        },
        "reporters_served": totals.reporters_served,
        "reporters_accredited": totals.reporters_accredited,
        "passes_issued": totals.passes_issued,
        "passes_printed": totals.passes_printed,
        "passes_revoked": totals.passes_revoked,
        "articles": totals.articles,
        "units": len(report.units),
        "agencies": len(report.agencies),
        "events": len(report.events),
    }


def cmd_report_cooperation(ctx: Context) -> int:
    a = ctx.args
    kind = report_format(a.output, ("pdf", "xlsx"))
    period = _period(a)
    report = cooperation_report(ctx.db, ctx.actor, period)
    if kind == "pdf":
        head = letterhead_for(
            report, number=a.number, place=a.place, signer=a.signer, signer_name=a.signer_name
        )
        path = write_report_pdf(report, a.output, head)
    else:
        path = write_report_xlsx(report, a.output)
    ctx.emit(
        {
            "file": str(path),
            "format": kind,
            "from": period.first_day,
            "to": period.last_day,
            "event_id": period.event_id,
            "totals": _figures(report),
        },
        f"{path}: {report.totals.entries} lượt vào, {report.totals.access.total} lượt tiếp cận, "
        f"{report.totals.reporters_served} phóng viên",
    )
    return 0


def cmd_report_briefing(ctx: Context) -> int:
    a = ctx.args
    report_format(a.output, ("pdf",))
    sheet = briefing_sheet(ctx.db, ctx.actor, a.event)
    path = write_briefing_pdf(ctx.db, ctx.actor, sheet, a.output)
    ctx.emit(
        {
            "file": str(path),
            "event_id": a.event,
            "passes": len(sheet.lines),
            "left_out": {
                "revoked": sheet.left_out_revoked,
                "expired": sheet.left_out_expired,
                "reporter_blocked": sheet.left_out_reporter_blocked,
            },
        },
        f"{path}: {len(sheet.lines)} thẻ còn hiệu lực / valid passes",
    )
    return 0
