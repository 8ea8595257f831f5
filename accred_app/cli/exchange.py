"""``accred import reporters`` and ``accred export reporters|passes|access``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from accred_app.cli.context import EXIT_ERROR, Context, positive_int
from accred_app.core.errors import ValidationError
from accred_app.core.exchange import exports
from accred_app.core.exchange.columns import FIELD_LABELS, IMPORT_FIELDS
from accred_app.core.exchange.reporter_import import (
    MAX_IMPORT_FILE_BYTES,
    ImportPreview,
    ImportResult,
    commit_import,
    preview_import,
    refusal,
)
from accred_app.core.messages import register
from accred_app.core.registry.reporters import STATUSES
from accred_app.core.storage.files import read_limited
from accred_app.core.tabular.encodings import KNOWN_ENCODINGS

DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t"}

register(
    {
        "map_syntax": (
            "“{spec}” không đúng dạng --map CỘT=TRƯỜNG (CỘT là số thứ tự hoặc tiêu đề của cột).",
            "“{spec}” is not --map COLUMN=FIELD (COLUMN is the column's number or header).",
        ),
    }
)


def register_commands(commands: Any) -> None:
    importing = commands.add_parser("import", help="import records from a file").add_subparsers(
        dest="action", metavar="WHAT", required=True
    )
    reporters = importing.add_parser(
        "reporters",
        help="import an agency's list of reporters (CSV or XLSX); prints the row report",
    )
    reporters.add_argument("file", metavar="FILE")
    reporters.add_argument(
        "--agency", type=positive_int, metavar="ID", help="put every reporter in this agency"
    )
    reporters.add_argument(
        "--dry-run", action="store_true", help="check and report the rows; import nothing"
    )
    reporters.add_argument(
        "--all-or-nothing",
        action="store_true",
        help="import nothing if any row has a problem (exit 3)",
    )
    reporters.add_argument(
        "--encoding",
        choices=KNOWN_ENCODINGS,
        help="the text encoding of a CSV (default: detected)",
    )
    reporters.add_argument("--sheet", metavar="NAME", help="sheet of a workbook (default: first)")
    reporters.add_argument(
        "--header-row", type=positive_int, metavar="N", help="row of the header (default: found)"
    )
    reporters.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="set a column's field: COLUMN is its number (1 = first) or its header; FIELD one of "
        + ", ".join(f for f in IMPORT_FIELDS)
        + " or '-' to skip it (repeatable; remembered for files with the same headers)",
    )
    reporters.set_defaults(handler=cmd_import_reporters)

    exporting = commands.add_parser(
        "export", help="export to CSV (UTF-8 with BOM) or XLSX, by the file's extension"
    ).add_subparsers(dest="action", metavar="WHAT", required=True)
    e_reporters = exporting.add_parser("reporters", help="reporters with all their fields")
    e_reporters.add_argument("--agency", type=positive_int, metavar="ID")
    e_reporters.add_argument("--status", choices=STATUSES)
    e_reporters.set_defaults(handler=cmd_export_reporters)
    e_passes = exporting.add_parser("passes", help="field passes")
    e_passes.add_argument("--event", type=positive_int, metavar="ID")
    e_passes.add_argument("--status", choices=["issued", "printed", "revoked"])
    e_passes.add_argument("--reporter", type=positive_int, metavar="ID")
    e_passes.set_defaults(handler=cmd_export_passes)
    e_access = exporting.add_parser("access", help="the access log (checkpoint scans)")
    e_access.add_argument("--event", type=positive_int, metavar="ID")
    e_access.add_argument("--unit", type=positive_int, metavar="ID")
    e_access.add_argument("--reporter", type=positive_int, metavar="ID")
    e_access.add_argument("--from", dest="date_from", metavar="DATE", help="first day (inclusive)")
    e_access.add_argument("--to", dest="date_to", metavar="DATE", help="last day (inclusive)")
    e_access.set_defaults(handler=cmd_export_access)
    for parser in (e_reporters, e_passes, e_access):
        parser.add_argument("-o", "--output", required=True, metavar="FILE", help=".csv or .xlsx")
        parser.add_argument(
            "--delimiter",
            choices=sorted(DELIMITERS),
            default="comma",
            help="CSV field separator (semicolon suits Excel on a Vietnamese Windows)",
        )


def _column_overrides(specs: list[str]) -> dict[int | str, str | None]:
    overrides: dict[int | str, str | None] = {}
    for spec in specs:
        column, separator, field = spec.rpartition("=")
        field = field.strip()
        if not separator or not column.strip():
            raise ValidationError("map_syntax", spec=spec[:80])
        mapped = None if field in ("-", "none", "") else field
        if mapped is not None and mapped not in IMPORT_FIELDS:
            raise ValidationError("unknown_field", field=mapped)
        key: int | str = int(column) - 1 if column.strip().isdigit() else column.strip()
        overrides[key] = mapped
    return overrides


def _report_json(
    preview: ImportPreview, result: ImportResult | None, locale: str, dry_run: bool
) -> dict[str, object]:
    if result is None:
        imported = [
            {"row": r.row, "id": None, "full_name": r.full_name} for r in preview.importable_rows
        ]
        skipped_rows = [(r.row, r.full_name, r.problems) for r in preview.bad_rows]
        agencies: list[dict[str, object]] = [
            {"id": None, "name": name, "kind": kind}
            for name, kind in preview.new_agencies
            if any(r.agency == name and r.agency_id is None for r in preview.importable_rows)
        ]
    else:
        imported = [
            {"row": r.row, "id": r.reporter_id, "full_name": r.full_name} for r in result.imported
        ]
        skipped_rows = [(s.row, s.full_name, s.problems) for s in result.skipped]
        agencies = [{"id": agency_id, "name": name} for agency_id, name in result.agencies_created]
    return {
        "file": preview.file_name,
        "format": preview.file_format,
        "encoding": preview.encoding,
        "delimiter": preview.delimiter,
        "sheet": preview.sheet,
        "header_row": preview.header_row,
        "columns": [
            {"column": index + 1, "header": label, "field": mapped}
            for index, (label, mapped) in enumerate(
                zip(preview.header.labels, preview.mapping, strict=True)
            )
        ],
        "mapping_source": preview.mapping_source,
        "dry_run": dry_run,
        "problems": [p.message(locale) for p in preview.problems],
        "imported": imported,
        "skipped": [
            {
                "row": row,
                "full_name": name,
                "reason": "; ".join(p.message(locale) for p in problems),
                "problems": [
                    {"field": p.field, "code": p.code, "message": p.message(locale)}
                    for p in problems
                ],
            }
            for row, name, problems in skipped_rows
        ],
        "agencies_created": agencies,
        "empty_rows": preview.empty_rows,
    }


def _report_lines(report: dict[str, Any], locale: str) -> list[str]:
    fields = {
        name: labels[0] if locale == "vi" else labels[1] for name, labels in FIELD_LABELS.items()
    }
    lines = [
        f"Tệp / file: {report['file']} ({report['format']}"
        + (f", {report['encoding']}" if report["encoding"] else "")
        + (f", “{report['delimiter']}”" if report["delimiter"] else "")
        + f"); tiêu đề / header: dòng {report['header_row']}",
    ]
    lines += [
        f"  {c['column']:>2}. {c['header'] or '—'} → {fields.get(c['field'], '—') if c['field'] else '—'}"
        for c in report["columns"]
    ]
    verb = "sẽ nhập / to import" if report["dry_run"] else "đã nhập / imported"
    rows = [
        (
            r["row"],
            f"dòng {r['row']}: {r['full_name']} — {verb}" + (f" #{r['id']}" if r["id"] else ""),
        )
        for r in report["imported"]
    ]
    rows += [
        (s["row"], f"dòng {s['row']}: {s['full_name'] or '—'} — bỏ qua / skipped: {s['reason']}")
        for s in report["skipped"]
    ]
    lines += [line for _, line in sorted(rows)]
    lines += [f"Cơ quan mới / new agency: {a['name']}" for a in report["agencies_created"]]
    lines.append(
        f"{verb}: {len(report['imported'])}; bỏ qua / skipped: {len(report['skipped'])}; "
        f"dòng trống / empty rows: {report['empty_rows']}"
    )
    return lines


def cmd_import_reporters(ctx: Context) -> int:
    a = ctx.args
    data = read_limited(a.file, MAX_IMPORT_FILE_BYTES)
    preview = preview_import(
        ctx.db,
        ctx.actor,
        data,
        Path(a.file).name,
        agency_id=a.agency,
        columns=_column_overrides(a.map) or None,
        header_row=a.header_row,
        encoding=a.encoding,
        sheet=a.sheet,
    )
    if preview.problems:
        ctx.emit(_report_json(preview, None, ctx.locale, True), [])
        for problem in preview.problems:
            ctx.warn(problem.message(ctx.locale))
        return EXIT_ERROR
    result: ImportResult | None = None
    refused: ValidationError | None = None
    if not a.dry_run:
        try:
            result = commit_import(ctx.db, ctx.actor, preview, all_or_nothing=a.all_or_nothing)
        except ValidationError as error:
            if error.code not in ("import_refused", "import_nothing"):
                raise
            refused = error
    elif a.all_or_nothing and preview.bad_rows:
        refused = refusal(preview.bad_rows)
    report = _report_json(preview, result, ctx.locale, a.dry_run or refused is not None)
    if refused is not None and refused.code == "import_refused":
        report["imported"] = []
        report["agencies_created"] = []
    ctx.emit(report, _report_lines(report, ctx.locale))
    if refused is not None:
        ctx.warn(refused.message(ctx.locale))
        return EXIT_ERROR
    return 0


def _export_done(ctx: Context, report: exports.ExportReport) -> int:
    ctx.emit(
        {"output": str(report.path), "format": report.file_format, "rows": report.rows},
        f"{report.path}: {report.rows} dòng / rows",
    )
    return 0


def cmd_export_reporters(ctx: Context) -> int:
    a = ctx.args
    report = exports.export_reporters(
        ctx.db,
        ctx.actor,
        Path(a.output),
        agency_id=a.agency,
        status=a.status,
        delimiter=DELIMITERS[a.delimiter],
    )
    return _export_done(ctx, report)


def cmd_export_passes(ctx: Context) -> int:
    a = ctx.args
    report = exports.export_passes(
        ctx.db,
        ctx.actor,
        Path(a.output),
        event_id=a.event,
        status=a.status,
        reporter_id=a.reporter,
        delimiter=DELIMITERS[a.delimiter],
    )
    return _export_done(ctx, report)


def cmd_export_access(ctx: Context) -> int:
    a = ctx.args
    report = exports.export_access(
        ctx.db,
        ctx.actor,
        Path(a.output),
        event_id=a.event,
        unit_id=a.unit,
        reporter_id=a.reporter,
        date_from=a.date_from,
        date_to=a.date_to,
        delimiter=DELIMITERS[a.delimiter],
    )
    return _export_done(ctx, report)
