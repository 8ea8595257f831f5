"""``accred init|demo|agency|unit|event|reporter`` — the registry of the desk."""

from __future__ import annotations

import argparse
from typing import Any

from accred_app.cli import privacy
from accred_app.cli.context import (
    Context,
    dmy,
    positive_int,
    read_password_file,
    read_photo_file,
    recovery_code_lines,
    table,
)
from accred_app.core.errors import PermissionDenied, ValidationError
from accred_app.core.messages import register
from accred_app.core.registry import agencies, events, reporters, units

register(
    {
        "init_sign_in_required": (
            "Cơ sở dữ liệu này đã có cán bộ: muốn thay đổi thiết lập, hãy đăng nhập bằng quản trị "
            "viên (--user TÊN). Không có gì bị thay đổi.",
            "This database already has officers: to change its set-up, sign in as an "
            "administrator (--user NAME). Nothing was changed.",
        ),
    }
)


def register_commands(commands: Any) -> None:
    init = commands.add_parser("init", help="create or migrate the database; make the first admin")
    init.add_argument(
        "--org-name", help="issuing authority printed on passes, e.g. 'CÔNG AN TỈNH THANH HÓA'"
    )
    init.add_argument("--office-name", help="office printed under it, e.g. 'PHÒNG THAM MƯU'")
    init.add_argument("--serial-prefix", help="pass serial prefix (default TH)")
    init.add_argument(
        "--admin-username", default="admin", help="first administrator (default admin)"
    )
    init.add_argument(
        "--admin-name", default="Quản trị viên", help="first administrator's full name"
    )
    init.add_argument(
        "--admin-password-file", metavar="FILE", help="read the admin password from FILE"
    )
    init.set_defaults(handler=cmd_init)

    demo = commands.add_parser("demo", help="load the demonstration data set (idempotent)")
    demo.set_defaults(handler=cmd_demo)

    agency = commands.add_parser("agency", help="press agencies").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    a_add = agency.add_parser("add", help="add a press agency; prints its id")
    a_add.add_argument("--name", required=True)
    a_add.add_argument("--kind", required=True, choices=agencies.AGENCY_KINDS)
    a_add.add_argument("--short-name")
    a_add.add_argument("--contact", help="contact person")
    a_add.add_argument("--phone")
    a_add.add_argument("--email")
    a_add.add_argument("--address")
    a_add.add_argument(
        "--agreement-date", metavar="YYYY-MM-DD", help="cooperation agreement signed on"
    )
    a_add.set_defaults(handler=cmd_agency_add)
    a_list = agency.add_parser("list", help="list press agencies")
    a_list.add_argument("--search", default="", help="folded word-prefix search")
    a_list.set_defaults(handler=cmd_agency_list)

    unit = commands.add_parser("unit", help="police units").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    u_add = unit.add_parser("add", help="add a police unit; prints its id")
    u_add.add_argument("--name", required=True)
    u_add.add_argument("--code", required=True)
    u_add.add_argument("--parent", type=positive_int, metavar="ID")
    u_add.set_defaults(handler=cmd_unit_add)
    u_list = unit.add_parser("list", help="list police units as a tree")
    u_list.set_defaults(handler=cmd_unit_list)

    event = commands.add_parser("event", help="events and standing sites").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    e_add = event.add_parser("add", help="add an event or site with its zones; prints its id")
    e_add.add_argument("--name", required=True)
    e_add.add_argument("--kind", required=True, choices=["event", "site"])
    e_add.add_argument("--start", required=True, metavar="YYYY-MM-DD")
    e_add.add_argument("--end", metavar="YYYY-MM-DD", help="required for an event")
    e_add.add_argument("--location")
    e_add.add_argument("--unit", type=positive_int, metavar="ID", help="organising police unit")
    e_add.add_argument(
        "--zone", action="append", default=[], metavar="CODE:NAME[:#RRGGBB]", help="repeatable"
    )
    e_add.set_defaults(handler=cmd_event_add)
    e_list = event.add_parser("list", help="list events and sites")
    e_list.add_argument("--kind", choices=["event", "site"])
    e_list.add_argument("--search", default="")
    e_list.set_defaults(handler=cmd_event_list)
    e_show = event.add_parser("show", help="one event with its zones")
    e_show.add_argument("id", type=positive_int)
    e_show.set_defaults(handler=cmd_event_show)

    reporter = commands.add_parser("reporter", help="reporters").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    r_add = reporter.add_parser("add", help="register a reporter; prints the new id")
    _reporter_fields(r_add, required=True)
    r_add.set_defaults(handler=cmd_reporter_add)
    r_list = reporter.add_parser("list", help="reporters in Vietnamese list order")
    r_list.add_argument("--agency", type=positive_int, metavar="ID")
    r_list.add_argument("--status", choices=reporters.STATUSES)
    r_list.add_argument(
        "--card",
        choices=reporters.CARD_FILTERS,
        help="press card expired, or expiring within 30 days (dates in Vietnam)",
    )
    r_list.add_argument("--limit", type=positive_int)
    r_list.set_defaults(handler=cmd_reporter_list)
    r_show = reporter.add_parser("show", help="one reporter's record")
    r_show.add_argument("id", type=positive_int)
    r_show.set_defaults(handler=cmd_reporter_show)
    r_search = reporter.add_parser(
        "search", help="find by name, card number, CCCD or phone (accents and case ignored)"
    )
    r_search.add_argument("query")
    r_search.add_argument("--limit", type=positive_int, default=50)
    r_search.set_defaults(handler=cmd_reporter_search)
    r_update = reporter.add_parser("update", help="change fields, photo or status of a reporter")
    r_update.add_argument("id", type=positive_int)
    _reporter_fields(r_update, required=False)
    r_update.add_argument("--status", choices=reporters.STATUSES)
    r_update.add_argument("--reason", help="why (required to suspend or blacklist)")
    r_update.set_defaults(handler=cmd_reporter_update)
    privacy.register_reporter_commands(reporter)


def _reporter_fields(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--name", required=required, help="full name")
    parser.add_argument("--agency", type=positive_int, required=required, metavar="ID")
    parser.add_argument("--card-no", required=required, help="press card number")
    parser.add_argument("--card-expiry", required=required, metavar="YYYY-MM-DD")
    parser.add_argument("--citizen-id", help="CCCD, 12 digits")
    parser.add_argument("--phone")
    parser.add_argument("--email")
    parser.add_argument("--birth-date", metavar="YYYY-MM-DD")
    parser.add_argument("--gender", choices=reporters.GENDERS)
    parser.add_argument("--position", help="e.g. phóng viên, biên tập viên, quay phim")
    parser.add_argument("--notes")
    parser.add_argument(
        "--photo",
        metavar="FILE",
        help="a portrait, JPEG or PNG — never a picture of an ID card (personal data law)",
    )
    parser.add_argument(
        "--purpose", help="purpose of processing the personal data (default: the desk's purpose)"
    )
    parser.add_argument(
        "--consent-date", metavar="YYYY-MM-DD", help="when the reporter consented to processing"
    )
    parser.add_argument(
        "--consent-method",
        choices=reporters.CONSENT_METHODS,
        help="how: written (signed form), electronic, via_agency (the agency's list)",
    )


def cmd_init(ctx: Context) -> int:
    """A new database needs no sign-in; one that has officers changes only for a signed-in admin
    (``--user``), and without one exits 3 with the database untouched."""
    from accred_app.core.security.officers import has_officers
    from accred_app.core.setup.installation import initialise

    args = ctx.args
    actor = ctx.actor if has_officers(ctx.db) and ctx.signing_in else None
    password = read_password_file(args.admin_password_file) if args.admin_password_file else None
    try:
        report = initialise(
            ctx.db,
            actor=actor,
            org_name=args.org_name,
            office_name=args.office_name,
            serial_prefix=args.serial_prefix,
            admin_username=args.admin_username,
            admin_name=args.admin_name,
            admin_password=password,
            ask_password=None if password is not None or ctx.json_output else _ask_new_password,
        )
    except PermissionDenied as denied:
        if denied.code == "init_admin_required" and actor is None:
            raise ValidationError("init_sign_in_required") from denied
        raise
    code = report["recovery_code"]
    ctx.emit(
        {"database": ctx.db.display_name, **report},
        [f"Cơ sở dữ liệu / database: {ctx.db.display_name}"]
        + (
            [f"Đã tạo quản trị viên / admin created: {report['admin_created']}"]
            if report["admin_created"]
            else []
        )
        + (["Đã tạo khóa ký / signing key created"] if report["key_created"] else [])
        + (recovery_code_lines(str(code), ctx.locale) if code else []),
    )
    return 0


def _ask_new_password(username: str) -> str:
    import sys
    from getpass import getpass

    if not sys.stdin.isatty():
        raise ValidationError("admin_password_needed")
    first = getpass(f"Mật khẩu mới cho {username} / new password: ")
    if getpass("Nhập lại / again: ") != first:
        raise ValidationError("passwords_differ")
    return first


def cmd_demo(ctx: Context) -> int:
    from accred_app.core.setup.demo import load_demo

    counts = load_demo(ctx.db, ctx.actor)
    ctx.emit(counts, [f"{name}: +{n}" for name, n in counts.items()])
    return 0


def cmd_agency_add(ctx: Context) -> int:
    a = ctx.args
    new_id = agencies.add_agency(
        ctx.db,
        ctx.actor,
        name=a.name,
        kind=a.kind,
        short_name=a.short_name,
        contact_person=a.contact,
        phone=a.phone,
        email=a.email,
        address=a.address,
        agreement_signed_on=a.agreement_date,
    )
    ctx.emit({"id": new_id}, str(new_id))
    return 0


def cmd_agency_list(ctx: Context) -> int:
    rows = agencies.list_agencies(ctx.db, ctx.actor, ctx.args.search)
    ctx.emit(
        [
            {
                "id": r.id,
                "name": r.name,
                "short_name": r.short_name,
                "kind": r.kind,
                "agreement_signed_on": r.agreement_signed_on,
                "reporters": r.reporter_count,
            }
            for r in rows
        ],
        table(
            [
                [str(r.id), r.name, r.kind, dmy(r.agreement_signed_on), str(r.reporter_count)]
                for r in rows
            ],
            ["ID", "Cơ quan báo chí", "Loại", "Ký quy chế", "PV"],
        ),
    )
    return 0


def cmd_unit_add(ctx: Context) -> int:
    new_id = units.add_unit(
        ctx.db, ctx.actor, name=ctx.args.name, code=ctx.args.code, parent_id=ctx.args.parent
    )
    ctx.emit({"id": new_id}, str(new_id))
    return 0


def cmd_unit_list(ctx: Context) -> int:
    rows = units.list_units(ctx.db, ctx.actor)
    ctx.emit(
        [{"id": r.id, "name": r.name, "code": r.code, "parent_id": r.parent_id} for r in rows],
        table([[str(r.id), r.code, "  " * r.depth + r.name] for r in rows], ["ID", "Mã", "Đơn vị"]),
    )
    return 0


def _event_json(e: events.EventView) -> dict[str, object]:
    return {
        "id": e.id,
        "name": e.name,
        "kind": e.kind,
        "location": e.location,
        "start": e.starts_on,
        "end": e.ends_on,
        "organising_unit_id": e.organising_unit_id,
        "zones": [
            {"code": z.code, "name": z.name, "colour": z.colour, "slot": z.slot} for z in e.zones
        ],
    }


def cmd_event_add(ctx: Context) -> int:
    a = ctx.args
    new_id = events.add_event(
        ctx.db,
        ctx.actor,
        name=a.name,
        kind=a.kind,
        start=a.start,
        end=a.end,
        location=a.location,
        organising_unit_id=a.unit,
        zones=[events.parse_zone_spec(z) for z in a.zone],
    )
    ctx.emit({"id": new_id}, str(new_id))
    return 0


def cmd_event_list(ctx: Context) -> int:
    rows = events.list_events(ctx.db, ctx.actor, ctx.args.search, ctx.args.kind)
    ctx.emit(
        [_event_json(e) for e in rows],
        table(
            [
                [
                    str(e.id),
                    e.kind,
                    f"{dmy(e.starts_on)}–{dmy(e.ends_on)}",
                    e.name,
                    " ".join(z.code for z in e.zones),
                ]
                for e in rows
            ],
            ["ID", "Loại", "Thời gian", "Tên", "Khu vực"],
        ),
    )
    return 0


def cmd_event_show(ctx: Context) -> int:
    e = events.get_event(ctx.db, ctx.actor, ctx.args.id)
    ctx.emit(
        _event_json(e),
        [
            f"{e.name} ({e.kind})",
            f"Địa điểm: {e.location or '—'}",
            f"Thời gian: {dmy(e.starts_on)} – {dmy(e.ends_on)}",
            f"Đơn vị tổ chức: {e.organising_unit or '—'}",
        ]
        + [f"  [{z.code}] {z.name} {z.colour}" for z in e.zones],
    )
    return 0


def _summary_json(r: reporters.ReporterSummary) -> dict[str, object]:
    return {
        "id": r.id,
        "full_name": r.full_name,
        "agency_id": r.agency_id,
        "agency": r.agency,
        "card_no": r.card_no,
        "card_expiry": r.card_expiry,
        "status": r.status,
    }


def _summary_lines(rows: list[reporters.ReporterSummary]) -> list[str]:
    return table(
        [[str(r.id), r.full_name, r.agency, r.card_no, dmy(r.card_expiry), r.status] for r in rows],
        ["ID", "Họ và tên", "Cơ quan", "Số thẻ NB", "Hạn thẻ", "Trạng thái"],
    )


def cmd_reporter_add(ctx: Context) -> int:
    a = ctx.args
    photo = read_photo_file(a.photo) if a.photo else None
    new_id = reporters.add_reporter(
        ctx.db,
        ctx.actor,
        full_name=a.name,
        agency_id=a.agency,
        card_no=a.card_no,
        card_expiry=a.card_expiry,
        citizen_id=a.citizen_id,
        phone=a.phone,
        email=a.email,
        date_of_birth=a.birth_date,
        gender=a.gender,
        position=a.position,
        notes=a.notes,
        photo=photo,
        processing_purpose=a.purpose,
        consent_given_on=a.consent_date,
        consent_method=a.consent_method,
    )
    ctx.emit({"id": new_id}, str(new_id))
    return 0


def cmd_reporter_list(ctx: Context) -> int:
    rows = reporters.list_reporters(
        ctx.db,
        ctx.actor,
        agency_id=ctx.args.agency,
        status=ctx.args.status,
        card=ctx.args.card,
        limit=ctx.args.limit,
    )
    ctx.emit([_summary_json(r) for r in rows], _summary_lines(rows))
    return 0


def cmd_reporter_search(ctx: Context) -> int:
    rows = reporters.search_reporters(ctx.db, ctx.actor, ctx.args.query, limit=ctx.args.limit)
    ctx.emit([_summary_json(r) for r in rows], _summary_lines(rows))
    return 0


def _reporter_json(r: reporters.ReporterView) -> dict[str, object]:
    return {
        "id": r.id,
        "full_name": r.full_name,
        "date_of_birth": r.date_of_birth,
        "gender": r.gender,
        "agency_id": r.agency_id,
        "agency": r.agency,
        "position": r.position,
        "card_no": r.card_no,
        "card_expiry": r.card_expiry,
        "citizen_id": r.citizen_id,
        "phone": r.phone,
        "email": r.email,
        "status": r.status,
        "status_reason": r.status_reason,
        "notes": r.notes,
        "has_photo": r.has_photo,
        "processing_purpose": r.processing_purpose,
        "consent_given_on": r.consent_given_on,
        "consent_method": r.consent_method,
        "anonymised_at": r.anonymised_at,
    }


def _reporter_lines(r: reporters.ReporterView) -> list[str]:
    lines = [
        f"#{r.id} {r.full_name}",
        f"Cơ quan: {r.agency}  Chức danh: {r.position or '—'}",
        f"Thẻ nhà báo: {r.card_no} (hạn {dmy(r.card_expiry)})",
        f"CCCD: {r.citizen_id or '—'}  Ngày sinh: {dmy(r.date_of_birth)}  Giới tính: {r.gender or '—'}",
        f"Điện thoại: {r.phone or '—'}  Thư điện tử: {r.email or '—'}",
        f"Trạng thái: {r.status}" + (f" — {r.status_reason}" if r.status_reason else ""),
        f"Ảnh: {'có' if r.has_photo else 'chưa có'}",
        f"Mục đích xử lý dữ liệu cá nhân: {r.processing_purpose or '—'}",
        f"Đồng ý: {dmy(r.consent_given_on)}, hình thức: "
        f"{CONSENT_WORDS.get(r.consent_method or '', '—')}",
    ]
    if r.notes:
        lines.append(f"Ghi chú: {r.notes}")
    if r.anonymised_at:
        lines.append(f"Đã ẩn danh khi hết thời hạn lưu trữ: {dmy(r.anonymised_at.date())}")
    return lines


CONSENT_WORDS = {
    "written": "văn bản giấy có chữ ký",
    "electronic": "điện tử",
    "via_agency": "qua cơ quan báo chí",
}


def cmd_reporter_show(ctx: Context) -> int:
    r = reporters.get_reporter(ctx.db, ctx.actor, ctx.args.id)
    ctx.emit(_reporter_json(r), _reporter_lines(r))
    return 0


def cmd_reporter_update(ctx: Context) -> int:
    a = ctx.args
    mapping = {
        "full_name": a.name,
        "agency_id": a.agency,
        "card_no": a.card_no,
        "card_expiry": a.card_expiry,
        "citizen_id": a.citizen_id,
        "phone": a.phone,
        "email": a.email,
        "date_of_birth": a.birth_date,
        "gender": a.gender,
        "position": a.position,
        "notes": a.notes,
        "processing_purpose": a.purpose,
        "consent_given_on": a.consent_date,
        "consent_method": a.consent_method,
    }
    changes = {k: v for k, v in mapping.items() if v is not None}
    photo = read_photo_file(a.photo) if a.photo else None
    view = None
    if changes or photo is not None:
        view = reporters.update_reporter(ctx.db, ctx.actor, a.id, photo=photo, **changes)
    if a.status:
        view = reporters.set_status(ctx.db, ctx.actor, a.id, a.status, a.reason)
    if view is None:
        view = reporters.get_reporter(ctx.db, ctx.actor, a.id)
    ctx.emit(_reporter_json(view), _reporter_lines(view))
    return 0
