"""``accred keys|station|log`` — signing keys, offline checkpoint stations, the scan log."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from accred_app.cli.context import (
    Context,
    positive_int,
    read_password_file,
    recovery_code_lines,
    table,
)
from accred_app.core.checkpoint import counters, freshness, scanning, station_logs, stations
from accred_app.core.checkpoint.packages import (
    grouped_fingerprint,
    key_fingerprint,
    parse_fingerprint,
)
from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.models import ScanRecord
from accred_app.core.passes import keys
from accred_app.core.roles import Permission
from accred_app.core.security import keyslots, officers

register(
    {
        "recovery_code_needed": (
            "Cần mã khôi phục: dùng --code-file TỆP hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập.",
            "The recovery code is needed: use --code-file FILE or run the command in a terminal "
            "to type it.",
        ),
    }
)

register(
    {
        "cli_station_key_unconfirmed": (
            "{message} Xác nhận bằng --fingerprint DẤU_VÂN_TAY hoặc --trust-keys TỆP_KHÓA, "
            "hoặc chạy lệnh trong cửa sổ dòng lệnh để trả lời.",
            "{message} Confirm with --fingerprint FINGERPRINT or --trust-keys KEYS_FILE, or run "
            "the command in a terminal to answer.",
        ),
    }
)


def register_commands(commands: Any) -> None:
    key = commands.add_parser("keys", help="signing keys").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    key.add_parser("rotate", help="make a new signing key; old passes keep verifying").set_defaults(
        handler=cmd_keys_rotate
    )
    export = key.add_parser("export-public", help="write the public keys a checkpoint needs")
    export.add_argument("file")
    export.set_defaults(handler=cmd_keys_export)
    key.add_parser("list", help="list keys").set_defaults(handler=cmd_keys_list)
    recover = key.add_parser(
        "recover",
        help="an admin who holds no signing key regains it with the recovery code",
    )
    recover.add_argument(
        "--code-file", metavar="FILE", help="read the recovery code from FILE (else prompted)"
    )
    recover.set_defaults(handler=cmd_keys_recover)
    key.add_parser(
        "recovery-code", help="make a new recovery code (admin; the old one stops working)"
    ).set_defaults(handler=cmd_keys_recovery_code)

    station_commands = commands.add_parser(
        "station", help="offline checkpoint stations"
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    s_export = station_commands.add_parser("export", help="write a station package for one event")
    s_export.add_argument("--event", type=positive_int, required=True, metavar="ID")
    s_export.add_argument("file")
    s_export.set_defaults(handler=cmd_station_export)
    s_import = station_commands.add_parser(
        "import", help="set up or refresh a station database (use --db)"
    )
    s_import.add_argument("file")
    s_import.add_argument(
        "--name", help="this station's name in the scan log (first import only; fixed after)"
    )
    anchor = s_import.add_mutually_exclusive_group()
    anchor.add_argument(
        "--fingerprint",
        metavar="HEX",
        help="first import: the desk key's fingerprint as `station export` showed it",
    )
    anchor.add_argument(
        "--trust-keys",
        metavar="FILE",
        help="first import: the desk's public keys (written by `keys export-public`)",
    )
    s_import.set_defaults(handler=cmd_station_import)
    s_status = station_commands.add_parser(
        "status", help="when this station's data was made, and whether it is stale"
    )
    s_status.add_argument(
        "--stale-after",
        type=positive_int,
        metavar="HOURS",
        help="age after which the data is stale (default: the setting, 12 hours)",
    )
    s_status.set_defaults(handler=cmd_station_status)
    s_stale = station_commands.add_parser(
        "stale-after", help="show or set the age (hours) after which a station's data is stale"
    )
    s_stale.add_argument("hours", nargs="?", metavar="HOURS")
    s_stale.set_defaults(handler=cmd_station_stale_after)

    log = commands.add_parser("log", help="the scan log").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    l_export = log.add_parser("export", help="write the scan log as JSON lines")
    l_export.add_argument("file")
    l_export.add_argument("--event", type=positive_int, metavar="ID")
    l_export.set_defaults(handler=cmd_log_export)
    l_import = log.add_parser("import", help="merge a station's scan log (idempotent)")
    l_import.add_argument("file")
    l_import.set_defaults(handler=cmd_log_import)
    l_list = log.add_parser("list", help="recent scans")
    l_list.add_argument("--event", type=positive_int, metavar="ID")
    l_list.add_argument("--limit", type=positive_int, default=50)
    l_list.set_defaults(handler=cmd_log_list)
    l_counters = log.add_parser(
        "counters",
        help="a checkpoint's entries, exits, who is inside, denials by reason, the last scans",
    )
    l_counters.add_argument("--event", type=positive_int, required=True, metavar="ID")
    l_counters.add_argument("--zone", metavar="CODE", help="default: the outer gate")
    l_counters.add_argument("--unit", type=positive_int, required=True, metavar="ID")
    l_counters.add_argument(
        "--since",
        metavar="DATE_TIME",
        help="start of the period, Vietnam time (YYYY-MM-DD [HH:MM]); default today 00:00",
    )
    l_counters.set_defaults(handler=cmd_log_counters)


def cmd_keys_rotate(ctx: Context) -> int:
    new_id = keys.rotate_key(ctx.db, ctx.actor)
    ctx.emit({"key_id": new_id}, new_id)
    return 0


def cmd_keys_export(ctx: Context) -> int:
    count = keys.export_public_keys(ctx.db, ctx.actor, Path(ctx.args.file))
    ctx.emit(
        {"file": ctx.args.file, "keys": count},
        f"{ctx.args.file}: {count} khóa công khai / public keys",
    )
    return 0


def _typed_recovery_code(ctx: Context) -> str:
    if ctx.args.code_file:
        return read_password_file(ctx.args.code_file)
    if sys.stdin is not None and sys.stdin.isatty():
        from getpass import getpass

        return getpass("Mã khôi phục / recovery code: ")
    raise ValidationError("recovery_code_needed")


def cmd_keys_recover(ctx: Context) -> int:
    """Sign in with the password, open the recovery slot with the code, wrap the key for the
    password: the administrator holds the signing key again from the next sign-in on."""
    username, password = ctx.credentials()
    actor = officers.recover_key_access(ctx.db, username, password, _typed_recovery_code(ctx))
    ctx.emit(
        {"username": actor.username, "holds_signing_key": actor.holds_signing_key},
        f"{actor.username}: đã giữ lại khóa ký / holds the signing key again",
    )
    return 0


def cmd_keys_recovery_code(ctx: Context) -> int:
    code = keyslots.replace_recovery_code(ctx.db, ctx.actor)
    ctx.emit({"recovery_code": code}, recovery_code_lines(code, ctx.locale))
    return 0


def cmd_keys_list(ctx: Context) -> int:
    rows = keys.list_keys(ctx.db, ctx.actor)
    with ctx.db.reading() as session:
        fingerprints = {
            key_id.hex(): key_fingerprint(public)
            for key_id, public in keys.public_keys(session).items()
        }
    ctx.emit(
        [
            {
                "key_id": k.key_id,
                "created_at": k.created_at,
                "retired_at": k.retired_at,
                "signing": k.can_sign,
                "fingerprint": fingerprints.get(k.key_id),
            }
            for k in rows
        ],
        table(
            [
                [
                    k.key_id,
                    k.created_at.astimezone(VIETNAM_TZ).strftime("%d/%m/%Y %H:%M"),
                    "ký / signs" if k.can_sign else "chỉ kiểm tra / verify only",
                    grouped_fingerprint(fingerprints.get(k.key_id, "")),
                ]
                for k in rows
            ],
            ["Mã khóa", "Tạo lúc", "Dùng", "Dấu vân tay / fingerprint"],
        ),
    )
    return 0


def _summary(s: stations.StationSummary) -> dict[str, object]:
    return {
        "event_id": s.event_id,
        "event": s.event_name,
        "passes": s.passes,
        "revoked": s.revoked,
        "reporters": s.reporters,
        "officers": s.officers,
        "keys": s.keys,
        "created_at": s.created_at,
        "key_id": s.signing_key_id,
        "fingerprint": s.fingerprint,
        "officers_disabled": s.officers_disabled,
    }


def _fingerprint_line(s: stations.StationSummary) -> str:
    return f"Dấu vân tay khóa ký / signing-key fingerprint ({s.signing_key_id}): {s.grouped_fingerprint}"


def cmd_station_export(ctx: Context) -> int:
    summary = stations.export_station(ctx.db, ctx.actor, ctx.args.event, Path(ctx.args.file))
    ctx.emit(
        _summary(summary),
        [
            f"{ctx.args.file}: {summary.event_name} — {summary.passes} thẻ "
            f"({summary.revoked} thu hồi), {summary.officers} cán bộ kiểm soát",
            _fingerprint_line(summary),
        ],
    )
    return 0


def _confirm_at_terminal(ctx: Context, path: Path) -> str | None:
    """Show the package's signing-key fingerprint and ask the officer to compare it with the
    desk's; the confirmed fingerprint, or None when not confirmed (or no terminal to ask on)."""
    if sys.stdin is None or not sys.stdin.isatty():
        return None
    summary = stations.inspect_package(path)
    ctx.stderr.write(
        f"Tệp dữ liệu trạm / station package: {summary.event_name} (#{summary.event_id}), "
        f"{summary.created_at.astimezone(VIETNAM_TZ):%d/%m/%Y %H:%M}\n"
        f"{_fingerprint_line(summary)}\n"
        "Dấu vân tay này có giống hệt dấu vân tay hiện ở bàn cấp thẻ không? "
        "/ Is it exactly the fingerprint the desk showed? [có/yes, không/no]: "
    )
    ctx.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    return summary.fingerprint if answer in {"có", "co", "c", "yes", "y"} else None


def cmd_station_import(ctx: Context) -> int:
    a = ctx.args
    path = Path(a.file)
    actor = ctx.actor if stations.needs_sign_in(ctx.db) else None
    trusted = stations.read_trusted_keys(Path(a.trust_keys)) if a.trust_keys else None
    fingerprint = parse_fingerprint(a.fingerprint) if a.fingerprint else None
    asked = False
    if fingerprint is None and trusted is None and not stations.is_set_up(ctx.db):
        asked = sys.stdin is not None and sys.stdin.isatty()
        fingerprint = _confirm_at_terminal(ctx, path)
    try:
        result = stations.import_station(
            ctx.db,
            path,
            actor=actor,
            station_name=a.name,
            fingerprint=fingerprint,
            trusted_keys=trusted,
        )
    except ValidationError as error:
        if error.code != "station_key_unconfirmed" or asked:  # asked, and the officer said no
            raise
        raise ValidationError(
            "cli_station_key_unconfirmed", message=error.message(ctx.locale)
        ) from None
    summary = result.summary
    ctx.emit(
        {
            **_summary(summary),
            "station": result.station,
            "first_import": result.first_import,
            "trusted_signatures": list(result.trusted_signatures),
            "newly_pinned": list(result.newly_pinned),
            "log_key_fingerprint": result.log_key_fingerprint,
            "kept_revoked": result.kept_revoked,
            "officers_added": result.officers_added,
            "officers_disabled_now": result.officers_disabled_now,
            "passwords_changed": result.passwords_changed,
        },
        [
            f"Trạm kiểm soát sẵn sàng / station ready: {result.station} — {summary.event_name} — "
            f"{summary.passes} thẻ, {summary.officers} cán bộ",
            f"Cán bộ / officers: +{result.officers_added}, vô hiệu / disabled "
            f"{result.officers_disabled_now}, đổi mật khẩu / passwords changed "
            f"{result.passwords_changed}; giữ thu hồi / kept revoked {result.kept_revoked}",
            "Dấu vân tay khóa nhật ký của trạm / this station's log-key fingerprint: "
            + grouped_fingerprint(result.log_key_fingerprint),
        ],
    )
    return 0


def cmd_log_export(ctx: Context) -> int:
    result = station_logs.export_log(
        ctx.db, ctx.actor, Path(ctx.args.file), event_id=ctx.args.event
    )
    lines = [f"{ctx.args.file}: {result.scans} lượt quét / scans ({result.station})"]
    if result.key_fingerprint:
        lines.append(
            "Ký bằng khóa của trạm / signed with the station key: "
            + grouped_fingerprint(result.key_fingerprint)
        )
    ctx.emit(
        {
            "file": ctx.args.file,
            "scans": result.scans,
            "station": result.station,
            "signed": result.signed,
            "key_fingerprint": result.key_fingerprint,
        },
        lines,
    )
    return 0


def cmd_log_import(ctx: Context) -> int:
    result = station_logs.import_log(ctx.db, ctx.actor, Path(ctx.args.file))
    lines = [
        f"{result.station}: đọc / read {result.read}, thêm / added {result.added}, "
        f"đã có / already present {result.already_present}, bỏ qua / skipped "
        f"{len(result.skipped)}"
    ]
    if result.first_from_station:
        lines.append(
            "Lần đầu nhận từ trạm này, đã ghi nhận khóa / first log from this station, key "
            "recorded: " + grouped_fingerprint(result.key_fingerprint)
        )
    lines += [
        f"  dòng / line {s.line}: {s.scan_uid} — {s.message(ctx.locale)}" for s in result.skipped
    ]
    ctx.emit(
        {
            "read": result.read,
            "added": result.added,
            "already_present": result.already_present,
            "station": result.station,
            "skipped": len(result.skipped),
            "skipped_rows": [
                {
                    "line": s.line,
                    "scan_uid": s.scan_uid,
                    "reason": s.reason,
                    "message": s.message(ctx.locale),
                }
                for s in result.skipped
            ],
            "file_sha256": result.file_sha256,
            "key_fingerprint": result.key_fingerprint,
            "first_from_station": result.first_from_station,
            "chain_count": result.chain_count,
            "chain_head": result.chain_head,
        },
        lines,
    )
    return 0


def cmd_log_list(ctx: Context) -> int:
    ctx.actor.require(Permission.READ)
    with ctx.db.reading() as session:
        statement = select(ScanRecord).order_by(ScanRecord.scanned_at.desc(), ScanRecord.id.desc())
        if ctx.args.event is not None:
            statement = statement.where(ScanRecord.event_id == ctx.args.event)
        rows = list(session.execute(statement.limit(ctx.args.limit)).scalars())
        session.expunge_all()  # keep the loaded rows: reading() rolls back, which expires them
    ctx.emit(
        [
            {
                "scan_uid": r.scan_uid,
                "scanned_at": r.scanned_at,
                "event_id": r.event_id,
                "zone": r.zone_code,
                "direction": r.direction,
                "unit_id": r.unit_id,
                "officer": r.officer,
                "allowed": r.allowed,
                "reason": r.reason,
                "serial": r.serial,
                "pass_id": r.pass_id,
                "station": r.station,
            }
            for r in rows
        ],
        table(
            [
                [
                    r.scanned_at.astimezone(VIETNAM_TZ).strftime("%d/%m %H:%M:%S"),
                    str(r.event_id),
                    r.zone_code or "cổng",
                    r.direction,
                    "✓" if r.allowed else "✗",
                    r.reason,
                    r.serial or "—",
                    r.officer,
                ]
                for r in rows
            ],
            ["Thời gian", "SK", "Khu vực", "Hướng", "", "Lý do", "Số thẻ", "Cán bộ"],
        ),
    )
    return 0


def cmd_station_status(ctx: Context) -> int:
    hours = ctx.args.stale_after
    state = freshness.station_freshness(
        ctx.db, ctx.actor, stale_after=timedelta(hours=hours) if hours else None
    )
    if not state.is_station:
        line = "Đây là bàn cấp thẻ, không phải trạm / this is a desk, not a station"
    else:
        mark = "CŨ / STALE" if state.stale else "MỚI / FRESH"
        line = f"{state.station}: {mark} — {state.message(ctx.locale)}"
    ctx.emit(state.as_json(), line)
    return 0


def cmd_station_stale_after(ctx: Context) -> int:
    if ctx.args.hours is None:
        hours = freshness.stale_after_hours(ctx.db)
    else:
        hours = freshness.set_stale_after_hours(ctx.db, ctx.actor, ctx.args.hours)
    ctx.emit({"stale_after_hours": hours}, f"{hours} giờ / hours")
    return 0


def _since(value: str | None) -> datetime | None:
    """A day or a day and time in Vietnam, for ``log counters --since``."""
    if value is None:
        return None
    text_value = value.strip()
    for pattern in ("%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text_value, pattern).replace(tzinfo=VIETNAM_TZ)
        except ValueError:
            continue
    raise ValidationError("counters_since_invalid", value=text_value[:40])


register(
    {
        "counters_since_invalid": (
            "Thời điểm bắt đầu “{value}” không hợp lệ (dạng YYYY-MM-DD HH:MM).",
            "The start “{value}” is not valid (use YYYY-MM-DD HH:MM).",
        ),
    }
)


def cmd_log_counters(ctx: Context) -> int:
    a = ctx.args
    since = _since(a.since)
    post = scanning.open_checkpoint(
        ctx.db, ctx.actor, event_id=a.event, zone_code=a.zone, unit_id=a.unit
    )
    panel = counters.gate_counters(ctx.db, ctx.actor, post, since=since)
    lines = [
        f"Từ / since {panel.since.astimezone(VIETNAM_TZ).strftime('%d/%m/%Y %H:%M')}: "
        f"vào / entries {panel.entries}, ra / exits {panel.exits}, "
        f"đang ở trong / inside {panel.inside_now}, "
        f"cho vào thủ công / manual {panel.manual_admissions}, từ chối / denied {panel.denied}",
        *(f"  {reason}: {count}" for reason, count in panel.denials),
        *table(
            [
                [
                    r.scanned_at.astimezone(VIETNAM_TZ).strftime("%d/%m %H:%M:%S"),
                    r.direction,
                    "✓" if r.allowed else "✗",
                    r.reason,
                    r.method,
                    r.serial or "—",
                    r.reporter_name or "—",
                    r.officer,
                ]
                for r in panel.recent
            ],
            ["Thời gian", "Hướng", "", "Lý do", "Cách", "Số thẻ", "Phóng viên", "Cán bộ"],
        ),
    ]
    ctx.emit(panel.as_json(), lines)
    return 0
