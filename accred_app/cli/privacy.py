"""``accred privacy purge|retention`` and ``accred reporter export-data`` — personal data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from accred_app.cli.context import Context, dmy, positive_int, table
from accred_app.core.privacy import retention
from accred_app.core.privacy.subject_export import export_subject_data


def register_commands(commands: Any) -> None:
    privacy = commands.add_parser(
        "privacy", help="personal data: retention and anonymisation (admin)"
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    purge = privacy.add_parser(
        "purge", help="anonymise reporters past the retention period (audited)"
    )
    purge.add_argument(
        "--dry-run", action="store_true", help="list who would be anonymised; change nothing"
    )
    purge.set_defaults(handler=cmd_purge)
    setting = privacy.add_parser(
        "retention", help="show or set the retention period after a reporter's last pass or access"
    )
    setting.add_argument("--years", type=positive_int, help="new period in years (default 5)")
    setting.set_defaults(handler=cmd_retention)


def register_reporter_commands(reporter: Any) -> None:
    """``reporter export-data`` sits with the other reporter commands."""
    export = reporter.add_parser(
        "export-data",
        help="everything held about one reporter, as a ZIP (data.json + photo.jpg), for a "
        "data-subject request (admin)",
    )
    export.add_argument("id", type=positive_int)
    export.add_argument("-o", "--output", required=True, metavar="FILE.zip")
    export.set_defaults(handler=cmd_export_data)


def cmd_purge(ctx: Context) -> int:
    report = retention.purge(ctx.db, ctx.actor, dry_run=ctx.args.dry_run)
    verb = "sẽ ẩn danh / would anonymise" if report.dry_run else "đã ẩn danh / anonymised"
    ctx.emit(
        {
            "dry_run": report.dry_run,
            "retention_years": report.retention_years,
            "reporters": [
                {
                    "id": r.id,
                    "full_name": r.full_name,
                    "agency": r.agency,
                    "last_activity": r.last_activity,
                    "due_on": r.due_on,
                }
                for r in report.reporters
            ],
            "anonymised": 0 if report.dry_run else len(report.reporters),
            "audit_rows_redacted": report.audit_rows_redacted,
            "audit_head_before": report.audit_head_before,
            "audit_head_after": report.audit_head_after,
        },
        table(
            [
                [str(r.id), r.full_name, r.agency, dmy(r.last_activity), dmy(r.due_on)]
                for r in report.reporters
            ],
            ["ID", "Họ và tên", "Cơ quan", "Hoạt động cuối", "Hết hạn lưu trữ"],
        )
        + [
            f"{verb}: {len(report.reporters)} (thời hạn lưu trữ / retention: "
            f"{report.retention_years} năm / years)"
        ]
        + (
            [
                f"Nhật ký kiểm tra / audit trail: {report.audit_rows_redacted} bản ghi đã xóa dữ "
                f"liệu cá nhân / rows redacted; mã băm cuối / head hash "
                f"{(report.audit_head_before or '')[:16]} → {(report.audit_head_after or '')[:16]}"
            ]
            if report.audit_head_after
            else []
        ),
    )
    return 0


def cmd_retention(ctx: Context) -> int:
    if ctx.args.years is not None:
        years = retention.set_retention_years(ctx.db, ctx.actor, ctx.args.years)
    else:
        years = retention.retention_years(ctx.db)
    ctx.emit(
        {"retention_years": years},
        f"Thời hạn lưu trữ / retention: {years} năm / years sau lần cấp thẻ hoặc tiếp cận cuối",
    )
    return 0


def cmd_export_data(ctx: Context) -> int:
    result = export_subject_data(ctx.db, ctx.actor, ctx.args.id, Path(ctx.args.output))
    ctx.emit(
        {
            "output": str(result.path),
            "reporter_id": result.reporter_id,
            "passes": result.passes,
            "scans": result.scans,
            "audit_entries": result.audit_entries,
            "photo": result.has_photo,
        },
        f"{result.path}: {result.passes} thẻ / passes, {result.scans} lần quét / scans, "
        f"{result.audit_entries} thay đổi / audit entries"
        + (", ảnh / photo" if result.has_photo else ""),
    )
    return 0
