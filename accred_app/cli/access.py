"""``accred access`` — the access log: entries recorded by hand, and the list of scans and entries."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from accred_app.cli.context import Context, positive_int, table
from accred_app.core import validation as v
from accred_app.core.access import entries
from accred_app.core.access.log import (
    LOG_KINDS,
    AccessCursor,
    AccessFilter,
    AccessRow,
    count_access,
    list_access,
)
from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register

register(
    {
        "article_needs_title": (
            "Bài viết cần có tiêu đề (--article-title).",
            "An article needs a title (--article-title).",
        ),
    }
)

DEFAULT_PAGE = 50


def register_commands(commands: Any) -> None:
    access = commands.add_parser(
        "access", help="the access log: what units gave reporters"
    ).add_subparsers(dest="action", metavar="ACTION", required=True)

    add = access.add_parser("add", help="record that a unit gave reporters access or information")
    _entry_options(add, required=True)
    add.add_argument("--article-title", metavar="TEXT", help="the article published afterwards")
    add.add_argument("--article-url", metavar="URL")
    add.add_argument("--article-date", metavar="DATE", help="its publication date")
    add.add_argument(
        "--article-agency",
        type=positive_int,
        metavar="ID",
        help="the agency that published it (needed when the reporters are of several agencies)",
    )
    add.set_defaults(handler=cmd_access_add)

    show = access.add_parser("show", help="one recorded entry")
    show.add_argument("id", type=positive_int)
    show.set_defaults(handler=cmd_access_show)

    update = access.add_parser("update", help="correct a recorded entry (audited)")
    update.add_argument("id", type=positive_int)
    _entry_options(update, required=False)
    update.add_argument("--no-event", action="store_true", help="tie the entry to no event")
    update.set_defaults(handler=cmd_access_update)

    delete = access.add_parser("delete", help="remove an entry recorded in error (audited)")
    delete.add_argument("id", type=positive_int)
    delete.set_defaults(handler=cmd_access_delete)

    article = access.add_parser("article", help="articles linked to an entry").add_subparsers(
        dest="article_action", metavar="ACTION", required=True
    )
    a_add = article.add_parser("add", help="link a published article to an entry")
    a_add.add_argument("id", type=positive_int, help="the entry")
    a_add.add_argument("--title", required=True)
    a_add.add_argument("--url")
    a_add.add_argument("--date", metavar="DATE", help="publication date")
    a_add.add_argument("--agency", type=positive_int, metavar="ID")
    a_add.set_defaults(handler=cmd_article_add)
    a_delete = article.add_parser("delete", help="unlink an article (by its number)")
    a_delete.add_argument("id", type=positive_int, help="the entry")
    a_delete.add_argument("number", type=positive_int)
    a_delete.set_defaults(handler=cmd_article_delete)

    listing = access.add_parser(
        "list", help="scans and recorded entries together, newest first, filtered and paged"
    )
    listing.add_argument("--unit", type=positive_int, metavar="ID", help="with its sub-units")
    listing.add_argument("--agency", type=positive_int, metavar="ID")
    listing.add_argument("--reporter", type=positive_int, metavar="ID")
    listing.add_argument("--event", type=positive_int, metavar="ID")
    listing.add_argument(
        "--kind", action="append", choices=list(LOG_KINDS), help="repeat for several kinds"
    )
    listing.add_argument("--from", dest="first_day", metavar="DATE", help="first day (Vietnam)")
    listing.add_argument("--to", dest="last_day", metavar="DATE", help="last day (Vietnam)")
    listing.add_argument(
        "--outcome", choices=["allowed", "denied"], help="scans admitted or refused only"
    )
    listing.add_argument("--limit", type=positive_int, default=DEFAULT_PAGE)
    listing.add_argument("--after", metavar="CURSOR", help="continue after this page (next_after)")
    listing.set_defaults(handler=cmd_access_list)


def _entry_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--unit", type=positive_int, metavar="ID", required=required)
    parser.add_argument("--kind", choices=entries.KINDS, required=required)
    parser.add_argument(
        "--at", metavar="WHEN", required=required, help="YYYY-MM-DD HH:MM (Vietnam time)"
    )
    parser.add_argument("--subject", required=required)
    parser.add_argument(
        "--reporter",
        type=positive_int,
        action="append",
        metavar="ID",
        required=required,
        help="repeat for each reporter (on update: the new full list)",
    )
    parser.add_argument("--event", type=positive_int, metavar="ID")
    parser.add_argument("--notes")


def _local(moment: Any) -> str:
    return str(moment.astimezone(VIETNAM_TZ).strftime("%d/%m/%Y %H:%M"))


def _entry_lines(entry: entries.AccessEntryView, locale: str) -> list[str]:
    lines = [
        f"#{entry.id}  {_local(entry.occurred_at)}  {entries.kind_label(entry.kind, locale)}",
        f"Đơn vị / unit: {entry.unit_name}",
        f"Nội dung / subject: {entry.subject}",
        "Phóng viên / reporters: "
        + ", ".join(f"{r.full_name} ({r.agency})" for r in entry.reporters),
    ]
    if entry.event_name:
        lines.append(f"Sự kiện / event: {entry.event_name}")
    if entry.notes:
        lines.append(f"Ghi chú / notes: {entry.notes}")
    for article in entry.articles:
        published = article.published_on.strftime("%d/%m/%Y") if article.published_on else "—"
        lines.append(
            f"Bài {article.number}: {article.title} — {article.agency}, {published}"
            + (f" {article.url}" if article.url else "")
        )
    lines.append(f"Ghi nhận bởi / recorded by: {entry.recorded_by}")
    return lines


def _emit_entry(ctx: Context, entry: entries.AccessEntryView) -> None:
    ctx.emit(entry.as_json(), _entry_lines(entry, ctx.locale))


def cmd_access_add(ctx: Context) -> int:
    a = ctx.args
    articles: list[entries.ArticleInput] = []
    if a.article_title or a.article_url or a.article_date or a.article_agency:
        if not a.article_title:
            raise ValidationError("article_needs_title")
        articles.append(
            entries.ArticleInput(a.article_title, a.article_url, a.article_date, a.article_agency)
        )
    entry = entries.add_entry(
        ctx.db,
        ctx.actor,
        unit_id=a.unit,
        kind=a.kind,
        occurred_at=a.at,
        subject=a.subject,
        reporter_ids=a.reporter,
        event_id=a.event,
        notes=a.notes,
        articles=articles,
    )
    ctx.emit(entry.as_json(), str(entry.id))
    return 0


def cmd_access_show(ctx: Context) -> int:
    _emit_entry(ctx, entries.get_entry(ctx.db, ctx.actor, ctx.args.id))
    return 0


def cmd_access_update(ctx: Context) -> int:
    a = ctx.args
    changes: dict[str, Any] = {}
    for option, field in (
        ("unit", "unit_id"),
        ("kind", "kind"),
        ("at", "occurred_at"),
        ("subject", "subject"),
        ("reporter", "reporter_ids"),
        ("event", "event_id"),
        ("notes", "notes"),
    ):
        value = getattr(a, option)
        if value is not None:
            changes[field] = value
    if a.no_event:
        changes["event_id"] = None
    _emit_entry(ctx, entries.update_entry(ctx.db, ctx.actor, a.id, **changes))
    return 0


def cmd_access_delete(ctx: Context) -> int:
    entries.delete_entry(ctx.db, ctx.actor, ctx.args.id)
    ctx.emit({"id": ctx.args.id, "deleted": True}, f"Đã xóa / deleted #{ctx.args.id}")
    return 0


def cmd_article_add(ctx: Context) -> int:
    a = ctx.args
    entry = entries.add_article(
        ctx.db, ctx.actor, a.id, entries.ArticleInput(a.title, a.url, a.date, a.agency)
    )
    _emit_entry(ctx, entry)
    return 0


def cmd_article_delete(ctx: Context) -> int:
    _emit_entry(ctx, entries.delete_article(ctx.db, ctx.actor, ctx.args.id, ctx.args.number))
    return 0


def _day(value: str | None, field: str) -> date | None:
    return v.parse_date(value, field) if value else None


def _row_cells(row: AccessRow, locale: str) -> list[str]:
    who = ", ".join(r.full_name for r in row.reporters) or (row.serial or "—")
    if row.source == "scan":
        what = f"{row.zone or 'cổng'} {row.direction or ''}".strip()
        outcome = "✓" if row.allowed else f"✗ {row.reason}"
    else:
        what = row.subject or ""
        outcome = entries.kind_label(row.kind, locale)
    return [
        _local(row.occurred_at),
        row.unit_name or "—",
        who,
        outcome,
        what,
    ]


def cmd_access_list(ctx: Context) -> int:
    a = ctx.args
    flt = AccessFilter(
        unit_id=a.unit,
        agency_id=a.agency,
        reporter_id=a.reporter,
        event_id=a.event,
        kinds=frozenset(a.kind or ()),
        first_day=_day(a.first_day, "from"),
        last_day=_day(a.last_day, "to"),
        allowed=None if a.outcome is None else a.outcome == "allowed",
    )
    after = AccessCursor.parse(a.after) if a.after else None
    page = list_access(ctx.db, ctx.actor, flt, after=after, limit=a.limit)
    total = count_access(ctx.db, ctx.actor, flt)
    next_after = page.next_cursor.text if page.next_cursor else None
    lines = table(
        [_row_cells(row, ctx.locale) for row in page.rows],
        ["Thời gian", "Đơn vị", "Phóng viên", "Kết quả / hình thức", "Nội dung"],
    )
    lines.append(f"{len(page.rows)} / {total}")
    if next_after:
        lines.append(f"Trang sau / next page: --after {next_after}")
    ctx.emit(
        {"total": total, "rows": [row.as_json() for row in page.rows], "next_after": next_after},
        lines,
    )
    return 0
