"""``accred pass …`` and ``accred scan`` — issuing, revoking, printing and checking field passes."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from accred_app.cli.context import EXIT_DENIED, EXIT_USAGE, Context, positive_int, table
from accred_app.core.checkpoint import manual, overrides, scanning
from accred_app.core.checkpoint.session import open_session
from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.passes import issuing


def _id_list(value: str) -> list[int]:
    try:
        ids = [int(part) for part in value.split(",") if part.strip()]
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a list of ids: {value!r}") from exc
    if not ids or any(i <= 0 for i in ids):
        raise argparse.ArgumentTypeError(f"not a list of ids: {value!r}")
    return ids


def register_commands(commands: Any) -> None:
    field_pass = commands.add_parser("pass", help="field passes").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    issue = field_pass.add_parser("issue", help="issue one pass; prints its serial")
    issue.add_argument("--reporter", type=positive_int, required=True, metavar="ID")
    issue.add_argument("--event", type=positive_int, required=True, metavar="ID")
    issue.add_argument(
        "--zone", action="append", default=[], metavar="CODE", help="repeatable; default all zones"
    )
    issue.add_argument(
        "--from", dest="first_day", metavar="DATE", help="first valid day (default: event start)"
    )
    issue.add_argument(
        "--to", dest="last_day", metavar="DATE", help="last valid day (default: event end)"
    )
    issue.add_argument(
        "--override-card", metavar="REASON", help="issue although the press card expires first"
    )
    issue.set_defaults(handler=cmd_issue)

    batch = field_pass.add_parser(
        "issue-batch", help="issue passes to an agency's reporters or a list"
    )
    batch.add_argument("--event", type=positive_int, required=True, metavar="ID")
    who = batch.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--agency", type=positive_int, metavar="ID", help="all active reporters of this agency"
    )
    who.add_argument("--reporters", type=_id_list, metavar="ID,ID,...")
    who.add_argument(
        "--from-event",
        type=positive_int,
        metavar="ID",
        help="the reporters who held a pass (not revoked) for this earlier event",
    )
    batch.add_argument("--zone", action="append", default=[], metavar="CODE")
    batch.add_argument("--from", dest="first_day", metavar="DATE")
    batch.add_argument("--to", dest="last_day", metavar="DATE")
    batch.add_argument(
        "--strict", action="store_true", help="refuse the whole batch if anyone is ineligible"
    )
    batch.add_argument(
        "--override-card",
        metavar="REASON",
        help="issue although a press card expires first (the reason is kept on each such pass)",
    )
    batch.add_argument(
        "--dry-run",
        action="store_true",
        help="show who would get a pass and who would be skipped; issue nothing",
    )
    batch.set_defaults(handler=cmd_issue_batch)

    listing = field_pass.add_parser("list", help="list passes")
    listing.add_argument("--event", type=positive_int, metavar="ID")
    listing.add_argument("--status", choices=["issued", "printed", "revoked"])
    listing.add_argument("--reporter", type=positive_int, metavar="ID")
    listing.set_defaults(handler=cmd_list)

    show = field_pass.add_parser("show", help="one pass")
    show.add_argument("serial")
    show.set_defaults(handler=cmd_show)

    revoke = field_pass.add_parser("revoke", help="revoke a pass")
    revoke.add_argument("serial")
    revoke.add_argument("--reason", required=True)
    revoke.set_defaults(handler=cmd_revoke)

    printing = field_pass.add_parser("print", help="print passes to a PDF file")
    printing.add_argument("serials", nargs="*", metavar="SERIAL")
    printing.add_argument("--event", type=positive_int, metavar="ID")
    printing.add_argument(
        "--all", action="store_true", help="with --event: every live pass of the event"
    )
    printing.add_argument("--layout", choices=["card", "badge", "sheet"], default="card")
    printing.add_argument(
        "--back", action="store_true", help="card layout: add the rules-of-conduct back page"
    )
    printing.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    printing.set_defaults(handler=cmd_print)

    scan = commands.add_parser(
        "scan", help="check a pass at a checkpoint (exit 0 allowed, 1 denied)"
    )
    scan.add_argument("--event", type=positive_int, required=True, metavar="ID")
    scan.add_argument(
        "--zone", metavar="CODE", help="zone of this checkpoint (default: outer gate)"
    )
    scan.add_argument(
        "--unit",
        type=positive_int,
        required=True,
        metavar="ID",
        help="unit staffing the checkpoint",
    )
    scan.add_argument("--direction", choices=["in", "out"], default="in")
    scan.add_argument(
        "token",
        metavar="TOKEN",
        nargs="?",
        help="the scanned digits, or - to read one per line from stdin",
    )
    by_hand = scan.add_mutually_exclusive_group()
    by_hand.add_argument(
        "--find",
        metavar="QUERY",
        help="a pass that will not scan: list the event's passes by 3 letters of the name "
        "(no accents) or the serial, with what admitting each would give",
    )
    by_hand.add_argument(
        "--manual",
        metavar="SERIAL",
        help="admit by hand the pass with this serial (needs --reason); logged as a manual "
        "admission",
    )
    by_hand.add_argument(
        "--deny",
        metavar="SCAN_UID",
        help="a supervisor denies this accepted entry (the face does not match; needs "
        "--reason); the pass stays valid",
    )
    scan.add_argument("--reason", metavar="TEXT", help="why, for --manual and --deny")
    scan.set_defaults(handler=cmd_scan)


def _local(moment: Any) -> str:
    return moment.astimezone(VIETNAM_TZ).strftime("%d/%m/%Y %H:%M")


def _pass_lines(p: issuing.PassView) -> list[str]:
    return (
        [
            f"{p.serial}  [{p.status}]",
            f"Phóng viên: {p.reporter_name} (#{p.reporter_id}) — {p.agency}",
            f"Sự kiện: {p.event_name} (#{p.event_id})",
            f"Khu vực: {' '.join(p.zones) or '—'}",
            f"Hiệu lực: {_local(p.valid_from)} → {_local(p.valid_to)}",
            f"Cấp bởi {p.issued_by} lúc {_local(p.issued_at)}",
        ]
        + (
            [f"Vượt quy tắc hạn thẻ nhà báo: {p.card_override_reason}"]
            if p.card_override_reason
            else []
        )
        + (
            [f"Thu hồi bởi {p.revoked_by} lúc {_local(p.revoked_at)}: {p.revoke_reason}"]
            if p.revoked_at
            else []
        )
    )


def cmd_issue(ctx: Context) -> int:
    a = ctx.args
    view = issuing.issue_pass(
        ctx.db,
        ctx.actor,
        reporter_id=a.reporter,
        event_id=a.event,
        zones=a.zone,
        first_day=a.first_day,
        last_day=a.last_day,
        override_card_reason=a.override_card,
    )
    ctx.emit(view.as_json(), view.serial)
    return 0


def _skipped_json(skipped: tuple[issuing.Skipped, ...], locale: str) -> list[dict[str, Any]]:
    return [
        {
            "reporter_id": s.reporter_id,
            "name": s.name,
            "reason": s.code,
            "message": issuing.describe_skipped(s, locale),
        }
        for s in skipped
    ]


def cmd_issue_batch(ctx: Context) -> int:
    a = ctx.args
    request: dict[str, Any] = {
        "event_id": a.event,
        "agency_id": a.agency,
        "reporter_ids": a.reporters,
        "from_event_id": a.from_event,
        "zones": a.zone,
        "first_day": a.first_day,
        "last_day": a.last_day,
        "override_card_reason": a.override_card,
    }
    if a.dry_run:
        return _batch_preview(ctx, issuing.preview_batch(ctx.db, ctx.actor, **request))
    result = issuing.issue_batch(ctx.db, ctx.actor, strict=a.strict, **request)
    ctx.emit(
        {
            "issued": [p.as_json() for p in result.issued],
            "skipped": _skipped_json(result.skipped, ctx.locale),
        },
        [f"{p.serial}  {p.reporter_name}" for p in result.issued]
        + [f"Đã cấp / issued: {len(result.issued)}; bỏ qua / skipped: {len(result.skipped)}"],
    )
    for skipped in result.skipped if not ctx.json_output else ():
        ctx.warn(f"bỏ qua #{skipped.reporter_id}: {issuing.describe_skipped(skipped, ctx.locale)}")
    return 0


def _batch_preview(ctx: Context, preview: issuing.BatchPreview) -> int:
    ctx.emit(
        {
            "dry_run": True,
            "issued": [],
            "eligible": [
                {
                    "reporter_id": c.reporter_id,
                    "name": c.name,
                    "agency": c.agency,
                    "card_override": c.card_override,
                }
                for c in preview.eligible
            ],
            "skipped": _skipped_json(preview.skipped, ctx.locale),
            "zones": list(preview.zone_codes),
            "valid_from": preview.valid_from.astimezone(VIETNAM_TZ).isoformat(),
            "valid_to": preview.valid_to.astimezone(VIETNAM_TZ).isoformat(),
        },
        [
            f"#{c.reporter_id}  {c.name} — {c.agency}"
            + ("  (vượt hạn thẻ nhà báo / past the press card)" if c.card_override else "")
            for c in preview.eligible
        ]
        + [f"#{s.reporter_id}  {issuing.describe_skipped(s, ctx.locale)}" for s in preview.skipped]
        + [
            f"Sẽ cấp / would issue: {len(preview.eligible)}; "
            f"bỏ qua / would skip: {len(preview.skipped)} (chưa cấp gì / nothing issued)"
        ],
    )
    return 0


def cmd_list(ctx: Context) -> int:
    rows = issuing.list_passes(
        ctx.db,
        ctx.actor,
        event_id=ctx.args.event,
        status=ctx.args.status,
        reporter_id=ctx.args.reporter,
    )
    ctx.emit(
        [p.as_json() for p in rows],
        table(
            [
                [
                    p.serial,
                    p.status,
                    p.reporter_name,
                    p.agency,
                    " ".join(p.zones),
                    f"{_local(p.valid_from)} → {_local(p.valid_to)}",
                ]
                for p in rows
            ],
            ["Số thẻ", "Trạng thái", "Phóng viên", "Cơ quan", "Khu vực", "Hiệu lực"],
        ),
    )
    return 0


def cmd_show(ctx: Context) -> int:
    view = issuing.get_pass(ctx.db, ctx.actor, ctx.args.serial)
    ctx.emit(view.as_json(), _pass_lines(view))
    return 0


def cmd_revoke(ctx: Context) -> int:
    view = issuing.revoke_pass(ctx.db, ctx.actor, ctx.args.serial, ctx.args.reason)
    ctx.emit(view.as_json(), _pass_lines(view))
    return 0


def cmd_print(ctx: Context) -> int:
    from accred_app.printing.jobs import print_passes

    a = ctx.args
    report = print_passes(
        ctx.db,
        ctx.actor,
        serials=a.serials,
        event_id=a.event,
        all_of_event=a.all,
        layout=a.layout,
        output=a.output,
        back_side=a.back,
    )
    for serial in report.reprints if not ctx.json_output else ():
        ctx.warn(f"In lại / reprint: {serial} đã được in trước đó / was printed before")
    ctx.emit(
        {
            "output": str(report.output),
            "pages": report.pages,
            "printed": list(report.serials),
            "reprints": list(report.reprints),
        },
        f"{report.output}: {len(report.serials)} thẻ / passes, {report.pages} trang / pages",
    )
    return 0


def _verdict_line(result: scanning.ScanResult) -> str:
    mark = "CHO QUA / ALLOWED" if result.allowed else "TỪ CHỐI / DENIED"
    who = (
        f" — {result.reporter_name} ({result.agency}) {result.serial or ''}"
        if result.reporter_name
        else ""
    )
    how = f" [{manual.method_label(result.method)}: {result.note}]" if result.note else ""
    return f"{mark}: {result.message}{who}{how} ({result.scan_uid})"


def _usage(ctx: Context, message: str) -> int:
    ctx.warn(f"accred scan: lỗi cú pháp / usage error: {message}")
    return EXIT_USAGE


def _candidate_line(c: manual.ManualCandidate) -> str:
    mark = "cho vào được / admissible" if c.allowed else f"không / no: {c.message}"
    zones = " ".join(z.code for z in c.zones) or "—"
    photo = "ảnh / photo" if c.has_photo else "không ảnh / no photo"
    return (
        f"{c.serial}  {c.reporter_name} — {c.agency}  [{c.pass_status}] khu vực / zones {zones}  "
        f"{_local(c.valid_from)} → {_local(c.valid_to)}  {photo}  → {mark}"
    )


def cmd_scan(ctx: Context) -> int:
    a = ctx.args
    by_hand = a.find is not None or a.manual is not None or a.deny is not None
    if by_hand == (a.token is not None):
        return _usage(ctx, "give TOKEN (or -), or one of --find, --manual, --deny")
    if a.reason is not None and a.manual is None and a.deny is None:
        return _usage(ctx, "--reason goes with --manual or --deny")
    if a.deny is not None:  # the entry names its own post; only the officer is needed
        result = overrides.deny_after_scan(
            ctx.db, ctx.actor, a.deny, a.reason or "", locale=ctx.locale
        )
        ctx.emit(result.as_json(), _verdict_line(result))
        return 0
    if a.token == "-":
        return _scan_stdin(ctx)
    post = scanning.open_checkpoint(
        ctx.db,
        ctx.actor,
        event_id=a.event,
        zone_code=a.zone,
        unit_id=a.unit,
        direction=a.direction,
    )
    if a.find is not None:
        found = manual.find_candidates(ctx.db, ctx.actor, post, a.find, locale=ctx.locale)
        ctx.emit([c.as_json() for c in found], [_candidate_line(c) for c in found])
        return 0
    if a.manual is not None:
        result = manual.admit_manually(
            ctx.db, ctx.actor, post, a.manual, a.reason or "", locale=ctx.locale
        )
    else:
        result = scanning.scan(ctx.db, ctx.actor, post, a.token, locale=ctx.locale)
    ctx.emit(result.as_json(), _verdict_line(result))
    return 0 if result.allowed else EXIT_DENIED


def _scan_stdin(ctx: Context) -> int:
    """A scanner typing into a terminal: one token a line, the same checkpoint session as the
    window (its WAL checkpointer keeps every commit short)."""
    a = ctx.args
    all_allowed = True
    with open_session(
        ctx.db,
        ctx.actor,
        event_id=a.event,
        zone_code=a.zone,
        unit_id=a.unit,
        direction=a.direction,
        locale=ctx.locale,
    ) as gate:
        for line in sys.stdin:
            if not line.strip():
                continue
            result = gate.scan(line)
            all_allowed &= result.allowed
            ctx.emit(result.as_json(), _verdict_line(result))
            ctx.stdout.flush()
    return 0 if all_allowed else EXIT_DENIED
