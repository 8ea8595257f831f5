"""``accred officer|audit|backup|restore`` — accounts, the audit trail, backups."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from accred_app import config
from accred_app.cli.context import Context, positive_int, read_password_file, table
from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.errors import DatabaseProblem, NotFoundError, ValidationError
from accred_app.core.roles import Permission
from accred_app.core.security import audit, officers
from accred_app.core.storage import backup


def register_commands(commands: Any) -> None:
    officer = commands.add_parser("officer", help="officer accounts (admin)").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    o_add = officer.add_parser("add", help="add an officer")
    o_add.add_argument("--username", required=True)
    o_add.add_argument("--name", required=True)
    o_add.add_argument("--unit", type=positive_int, metavar="ID")
    o_add.add_argument("--role", required=True, choices=["admin", "desk", "checkpoint", "viewer"])
    o_add.add_argument(
        "--password-file", metavar="FILE", help="new officer's password (else prompted)"
    )
    o_add.set_defaults(handler=cmd_officer_add)
    officer.add_parser("list", help="list officers").set_defaults(handler=cmd_officer_list)
    o_disable = officer.add_parser("disable", help="disable an account")
    o_disable.add_argument("username")
    o_disable.set_defaults(handler=cmd_officer_disable)
    o_password = officer.add_parser(
        "password", help="set an officer's password (clears a lock-out)"
    )
    o_password.add_argument("username")
    o_password.add_argument("--password-file", metavar="FILE")
    o_password.set_defaults(handler=cmd_officer_password)

    audit_cmd = commands.add_parser("audit", help="the tamper-evident audit trail").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    audit_cmd.add_parser("verify", help="walk the hash chain (exit 3 when broken)").set_defaults(
        handler=cmd_audit_verify
    )
    a_history = audit_cmd.add_parser("history", help="history of one record")
    a_history.add_argument(
        "entity", choices=["reporter", "pass", "agency", "event", "unit", "officer", "access"]
    )
    a_history.add_argument("key", help="id (for a pass: its serial or id)")
    a_history.set_defaults(handler=cmd_audit_history)

    make = commands.add_parser("backup", help="online backup of the SQLite database")
    make.add_argument("file", nargs="?", help="default: the backups folder beside the database")
    make.set_defaults(handler=cmd_backup)
    restore = commands.add_parser(
        "restore", help="check a backup and swap it in (current file kept aside)"
    )
    restore.add_argument("file")
    restore.set_defaults(handler=cmd_restore)


def _new_password(ctx: Context, username: str) -> str:
    if ctx.args.password_file:
        return read_password_file(ctx.args.password_file)
    if sys.stdin is not None and sys.stdin.isatty():
        from getpass import getpass

        first = getpass(f"Mật khẩu mới cho {username} / new password: ")
        if getpass("Nhập lại / again: ") != first:
            raise ValidationError("passwords_differ")
        return first
    raise ValidationError("admin_password_needed")


def cmd_officer_add(ctx: Context) -> int:
    a = ctx.args
    actor = ctx.actor
    new_id = officers.create_officer(
        ctx.db,
        actor,
        username=a.username,
        full_name=a.name,
        role=a.role,
        password=_new_password(ctx, a.username),
        unit_id=a.unit,
    )
    ctx.emit({"id": new_id}, str(new_id))
    return 0


def cmd_officer_list(ctx: Context) -> int:
    rows = officers.list_officers(ctx.db, ctx.actor)
    ctx.emit(
        [
            {
                "id": o.id,
                "username": o.username,
                "full_name": o.full_name,
                "unit_id": o.unit_id,
                "role": o.role,
                "disabled": o.disabled,
                "locked_until": o.locked_until,
            }
            for o in rows
        ],
        table(
            [
                [o.username, o.full_name, o.role, "vô hiệu" if o.disabled else "hoạt động"]
                for o in rows
            ],
            ["Tên đăng nhập", "Họ tên", "Vai trò", "Trạng thái"],
        ),
    )
    return 0


def cmd_officer_disable(ctx: Context) -> int:
    view = officers.disable_officer(ctx.db, ctx.actor, ctx.args.username)
    ctx.emit(
        {"username": view.username, "disabled": view.disabled},
        f"{view.username}: vô hiệu / disabled",
    )
    return 0


def cmd_officer_password(ctx: Context) -> int:
    actor = ctx.actor
    officers.set_password(ctx.db, actor, ctx.args.username, _new_password(ctx, ctx.args.username))
    ctx.emit({"username": ctx.args.username, "changed": True}, "OK")
    return 0


def cmd_audit_verify(ctx: Context) -> int:
    ctx.actor.require(Permission.READ)
    with ctx.db.reading() as session:
        report = audit.verify_chain(session)
    ctx.emit(
        {
            "ok": report.ok,
            "rows": report.count,
            "head_hash": report.head_hash,
            "bad_row_id": report.bad_row_id,
            "problem": report.problem,
        },
        report.message(ctx.locale),
    )
    if not report.ok and ctx.json_output:
        return 3
    if not report.ok:
        raise ValidationError("audit_broken", row_id=report.bad_row_id, problem=report.problem)
    return 0


ENTITY_TABLES = {
    "reporter": "reporters",
    "pass": "passes",
    "agency": "press_agencies",
    "event": "events",
    "unit": "police_units",
    "officer": "officers",
}


def cmd_audit_history(ctx: Context) -> int:
    ctx.actor.require(Permission.READ)
    key = ctx.args.key
    if ctx.args.entity == "pass" and not key.isdigit():
        from accred_app.core.passes.issuing import get_pass

        key = str(get_pass(ctx.db, ctx.actor, key).id)
    if ctx.args.entity == "access":
        # An access entry's history includes its reporters and articles (rows of their own).
        from accred_app.core.access.entries import entry_history

        if not key.isdigit():
            raise NotFoundError("access_entry_not_found", key=key[:40])
        lines = entry_history(ctx.db, ctx.actor, int(key))
    else:
        with ctx.db.reading() as session:
            lines = audit.history(session, ENTITY_TABLES[ctx.args.entity], key)
    ctx.emit(
        [
            {
                "id": line.id,
                "at": line.at,
                "actor": line.actor,
                "action": line.action,
                "entity": line.entity,
                "entity_id": line.entity_id,
                "changes": line.changes,
            }
            for line in lines
        ],
        [
            f"{line.at.astimezone(VIETNAM_TZ):%d/%m/%Y %H:%M:%S} {line.actor} {line.action}"
            + (f" {line.entity} {line.entity_id}" if ctx.args.entity == "access" else "")
            + ": "
            + "; ".join(f"{k}: {v[0]!s} → {v[1]!s}" for k, v in line.changes.items())
            for line in lines
        ],
    )
    return 0


def cmd_backup(ctx: Context) -> int:
    info = backup.make_backup(ctx.db, ctx.actor, Path(ctx.args.file) if ctx.args.file else None)
    ctx.emit({"file": str(info.path), "size": info.size}, f"{info.path} ({info.size // 1024} KB)")
    return 0


def cmd_restore(ctx: Context) -> int:
    """An admin of the current database restores; when the current file is too damaged to open,
    nobody can sign in to it, so then whoever can reach the file may restore (the old file is kept)."""
    target = config.database_target(ctx.args.db)
    try:
        ctx.actor.require(Permission.MANAGE_DATA)
    except DatabaseProblem as problem:
        if problem.code != "db_corrupt":
            raise
    ctx.close()
    kept = backup.restore(target, Path(ctx.args.file))
    ctx.emit(
        {"restored": ctx.args.file, "previous_kept_as": str(kept)},
        f"Đã khôi phục / restored {ctx.args.file}; tệp cũ giữ tại / previous kept as {kept}",
    )
    return 0
