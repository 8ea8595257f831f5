"""``accred officer|audit|backup|restore`` — accounts, the audit trail, backups."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from accred_app import config
from accred_app.cli.context import EXIT_ERROR, Context, positive_int, read_password_file, table
from accred_app.core.checkpoint.scan_chain import scan_chain_section
from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.database import open_database, restore_database
from accred_app.core.errors import AccredError, DatabaseProblem, NotFoundError, ValidationError
from accred_app.core.messages import render
from accred_app.core.roles import Permission
from accred_app.core.security import audit, audit_heads, audit_verify, officers
from accred_app.core.security.keyslots import KeyAccess
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
    o_unlock = officer.add_parser(
        "unlock", help="lift a lock-out after failed sign-ins (the password stays)"
    )
    o_unlock.add_argument("username")
    o_unlock.set_defaults(handler=cmd_officer_unlock)
    o_password = officer.add_parser(
        "password", help="set an officer's password (clears a lock-out)"
    )
    o_password.add_argument("username")
    o_password.add_argument("--password-file", metavar="FILE")
    o_password.set_defaults(handler=cmd_officer_password)

    audit_cmd = commands.add_parser("audit", help="the tamper-evident audit trail").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    a_verify = audit_cmd.add_parser(
        "verify",
        help="walk the hash chain, replay it against the current rows, compare it with the heads "
        "kept beside backups and at sign-in (exit 3 on any problem)",
    )
    a_verify.add_argument(
        "--head",
        action="append",
        default=[],
        metavar="FILE",
        help="also compare with this head: a backup, or its .audit-head.json (repeatable)",
    )
    a_verify.set_defaults(handler=cmd_audit_verify)
    a_history = audit_cmd.add_parser("history", help="history of one record")
    a_history.add_argument(
        "entity", choices=["reporter", "pass", "agency", "event", "unit", "officer", "access"]
    )
    a_history.add_argument("key", help="id (for a pass: its serial or id)")
    a_history.set_defaults(handler=cmd_audit_history)

    make = commands.add_parser(
        "backup", help="online backup (SQLite copy; pg_dump archive of a PostgreSQL database)"
    )
    make.add_argument(
        "file",
        nargs="?",
        help="default: the backups folder beside the database (PostgreSQL: in the data folder)",
    )
    make.set_defaults(handler=cmd_backup)
    restore = commands.add_parser(
        "restore", help="check a backup and swap it in (current file kept aside)"
    )
    restore.add_argument("file")
    restore.add_argument(
        "--accept-unverified",
        action="store_true",
        help="restore even if the file's audit trail does not verify (else asked at a terminal)",
    )
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


def _warn_without_key(ctx: Context, username: str, access: KeyAccess) -> None:
    if access is KeyAccess.MISSING:
        ctx.warn(render("officer_key_missing", ctx.locale, {"username": username}))


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
    access = officers.key_access(ctx.db, actor, a.username)
    _warn_without_key(ctx, a.username.strip().lower(), access)
    ctx.emit({"id": new_id, "key_access": access.value}, str(new_id))
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
                "key_access": o.key_access.value,
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


def cmd_officer_unlock(ctx: Context) -> int:
    view = officers.unlock_officer(ctx.db, ctx.actor, ctx.args.username)
    ctx.emit(
        {"username": view.username, "locked_until": view.locked_until},
        f"{view.username}: đã mở khóa / unlocked",
    )
    return 0


def cmd_officer_password(ctx: Context) -> int:
    actor = ctx.actor
    username = ctx.args.username
    access = officers.set_password(ctx.db, actor, username, _new_password(ctx, username))
    _warn_without_key(ctx, username.strip().lower(), access)
    ctx.emit({"username": username, "changed": True, "key_access": access.value}, "OK")
    return 0


def cmd_audit_verify(ctx: Context) -> int:
    report = audit_verify.verify_audit(
        ctx.db,
        ctx.actor,
        head_files=[Path(given) for given in ctx.args.head],
        more_sections=(scan_chain_section,),
    )
    ctx.emit(report.as_json(), report.lines(ctx.locale))
    if report.ok:
        return 0
    if ctx.json_output:
        return 3
    first = report.first_problem(ctx.locale)
    assert first is not None
    raise ValidationError(first.code, **{**first.params, **first.shown})


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
    info = backup.make_backup(
        ctx.db,
        ctx.actor,
        Path(ctx.args.file) if ctx.args.file else None,
        server_folder=config.data_dir() / backup.BACKUP_DIR_NAME,
    )
    ctx.emit({"file": str(info.path), "size": info.size}, f"{info.path} ({info.size // 1024} KB)")
    return 0


def cmd_restore(ctx: Context) -> int:
    """An admin of the current database restores; when the current file is too damaged to open,
    nobody can sign in to it, so then whoever can reach the file may restore (the old file is kept).

    A file whose audit trail does not verify is restored only when confirmed: ``--accept-unverified``,
    or "c"/"y" typed at the terminal after reading what differs."""
    target = config.database_target(ctx.args.db)
    try:
        ctx.actor.require(Permission.MANAGE_DATA)
    except DatabaseProblem as problem:
        if problem.code != "db_corrupt":
            raise
    officer = ctx.signed_in_officer
    ctx.close()
    candidate = Path(ctx.args.file)
    try:
        kept = restore_database(
            target, candidate, locale=ctx.locale, accept_unverified=ctx.args.accept_unverified
        )
    except backup.RestoreUnverified as unverified:
        if not _confirmed_at_terminal(ctx, unverified):
            return EXIT_ERROR
        kept = restore_database(target, candidate, locale=ctx.locale, accept_unverified=True)
    _record_restored_head(ctx, target, officer)
    ctx.emit(
        {"restored": ctx.args.file, "previous_kept_as": str(kept) if kept else None},
        f"Đã khôi phục / restored {ctx.args.file}"
        + (f"; tệp cũ giữ tại / previous kept as {kept}" if kept else ""),
    )
    return 0


CONFIRM_WORDS = frozenset({"c", "co", "có", "y", "yes"})


def _confirmed_at_terminal(ctx: Context, unverified: backup.RestoreUnverified) -> bool:
    """Ask at a terminal; elsewhere say (in one line) how to confirm. True when confirmed."""
    message = unverified.message(ctx.locale)
    if sys.stdin is None or not sys.stdin.isatty():
        hint = (
            "để vẫn khôi phục: --accept-unverified"
            if ctx.locale == "vi"
            else "to restore anyway: --accept-unverified"
        )
        ctx.warn(f"{message} ({hint})")
        return False
    ctx.warn(message)
    ctx.stderr.write("Vẫn khôi phục? / Restore anyway? [c/y, K/N]: ")
    ctx.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    if answer in CONFIRM_WORDS:
        return True
    ctx.warn("Không khôi phục / not restored")
    return False


def _record_restored_head(ctx: Context, target: str, officer: str | None) -> None:
    """The restored trail is shorter than the heads kept since the backup: record it on purpose so
    the restore itself is not reported by ``audit verify`` (a failure here loses nothing)."""
    try:
        restored = open_database(target, migrate=False, check_integrity=False)
        try:
            audit_heads.record_restored_head(restored, officer=officer)
        finally:
            restored.dispose()
    except (OSError, AccredError) as problem:
        ctx.warn(problem.message(ctx.locale) if isinstance(problem, AccredError) else str(problem))
