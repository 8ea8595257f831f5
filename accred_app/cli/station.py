"""``accred keys|station|log`` — signing keys, offline checkpoint stations, the scan log."""

from __future__ import annotations

import sys
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
from accred_app.core.checkpoint import stations
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
    s_import.add_argument("--name", help="this station's name in the scan log")
    s_import.set_defaults(handler=cmd_station_import)

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
    ctx.emit(
        [
            {
                "key_id": k.key_id,
                "created_at": k.created_at,
                "retired_at": k.retired_at,
                "signing": k.can_sign,
            }
            for k in rows
        ],
        table(
            [
                [
                    k.key_id,
                    k.created_at.astimezone(VIETNAM_TZ).strftime("%d/%m/%Y %H:%M"),
                    "ký / signs" if k.can_sign else "chỉ kiểm tra / verify only",
                ]
                for k in rows
            ],
            ["Mã khóa", "Tạo lúc", "Dùng"],
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
    }


def cmd_station_export(ctx: Context) -> int:
    summary = stations.export_station(ctx.db, ctx.actor, ctx.args.event, Path(ctx.args.file))
    ctx.emit(
        _summary(summary),
        f"{ctx.args.file}: {summary.event_name} — {summary.passes} thẻ "
        f"({summary.revoked} thu hồi), {summary.officers} cán bộ kiểm soát",
    )
    return 0


def cmd_station_import(ctx: Context) -> int:
    summary = stations.import_station(ctx.db, Path(ctx.args.file), station_name=ctx.args.name)
    ctx.emit(
        _summary(summary),
        f"Trạm kiểm soát sẵn sàng / station ready: {summary.event_name} — "
        f"{summary.passes} thẻ, {summary.officers} cán bộ",
    )
    return 0


def cmd_log_export(ctx: Context) -> int:
    count = stations.export_log(ctx.db, ctx.actor, Path(ctx.args.file), event_id=ctx.args.event)
    ctx.emit({"file": ctx.args.file, "scans": count}, f"{ctx.args.file}: {count} lượt quét / scans")
    return 0


def cmd_log_import(ctx: Context) -> int:
    result = stations.import_log(ctx.db, ctx.actor, Path(ctx.args.file))
    ctx.emit(
        {"read": result.read, "added": result.added, "already_present": result.already_present},
        f"Đọc {result.read}, thêm {result.added}, đã có {result.already_present}",
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
