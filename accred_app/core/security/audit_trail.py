"""The audit trail a page at a time, filtered by record, officer and date: the desk window's
*Nhật ký thay đổi* page (``audit.history`` reads one record's whole history; this reads any slice
of a trail that grows by hundreds of thousands of rows).

Pages come newest first, in ``(at, id)`` order, after a keyset cursor: page 1,000 costs what page 1
costs. Each filter has an index that leads the query and is walked backwards, so no page sorts the
trail (migration ``0009_audit_trail_indexes``):

- one record (``entity`` + ``entity_id``): ``ix_audit_log_entity`` — a record's few rows, sorted
  (its order is written through ``coalesce`` too, or SQLite would walk a whole kind of record in
  ``ix_audit_log_entity_at`` order rather than sort a handful of rows);
- an officer (``officer``, with or without dates or a kind of record):
  ``ix_audit_log_actor_at (actor, at, id)``;
- a kind of record (``entity`` alone, with or without dates): ``ix_audit_log_entity_at``;
- dates, or nothing: ``ix_audit_log_at (at, id)``.

A condition that must not lead (the kind of record when the officer's index walks) is written
``coalesce(column, column) = value``, which no planner matches to an index: the same SQL on SQLite
and PostgreSQL, with no hints (as in :mod:`accred_app.core.registry.reporter_search`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, func, literal, select, tuple_

from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register, register_terms
from accred_app.core.models import AuditEntry
from accred_app.core.roles import Actor, Permission
from accred_app.core.security.audit import AuditLine, audited_tables
from accred_app.core.storage.db import Database

register(
    {
        "trail_dates_reversed": (
            "Ngày kết thúc ({until}) đứng trước ngày bắt đầu ({since}).",
            "The end date ({until}) comes before the start date ({since}).",
        ),
        "trail_record_kind_needed": (
            "Hãy chọn loại hồ sơ cho mã {entity_id}.",
            "Choose the kind of record for id {entity_id}.",
        ),
        "trail_page_size": (
            "Mỗi trang nhật ký có từ 1 đến {maximum} dòng.",
            "A page of the trail holds 1 to {maximum} rows.",
        ),
    }
)

register_terms(
    {
        "entity": ("Loại hồ sơ", "Kind of record"),
        "since": ("Từ ngày", "From"),
        "until": ("Tới hết ngày", "Until"),
    }
)

DEFAULT_TRAIL_PAGE = 100
MAX_TRAIL_PAGE = 500
MAX_OFFICERS = 1000


@dataclass(frozen=True, slots=True)
class TrailCursor:
    """Where the next page starts: the last row shown (the page holds rows before it)."""

    at: datetime
    id: int


@dataclass(frozen=True, slots=True)
class TrailPage:
    rows: tuple[AuditLine, ...]
    next_cursor: TrailCursor | None


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), VIETNAM_TZ).astimezone(UTC)


def _unless_leading(column: Any) -> Any:
    """The column as an expression no planner uses an index for (see the module doc)."""
    return func.coalesce(column, column)


def page_statement(
    *,
    entity: str | None = None,
    entity_id: int | str | None = None,
    officer: str | None = None,
    since: date | None = None,
    until: date | None = None,
    after: TrailCursor | None = None,
    limit: int = DEFAULT_TRAIL_PAGE,
) -> Select[int, datetime, str, str, str, str, str]:
    """The page query for these filters (checked by :func:`trail_page`), with its values bound."""
    conditions: list[ColumnElement[bool]] = []
    by_record = entity is not None and entity_id is not None
    if by_record:
        conditions += [AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id)]
    elif entity is not None:
        kind = AuditEntry.entity if officer is None else _unless_leading(AuditEntry.entity)
        conditions.append(kind == entity)
    if officer is not None:
        actor = AuditEntry.actor if not by_record else _unless_leading(AuditEntry.actor)
        conditions.append(actor == officer)
    at = AuditEntry.at if not by_record else _unless_leading(AuditEntry.at)
    if since is not None:
        conditions.append(at >= _local_midnight(since))
    if until is not None:
        conditions.append(at < _local_midnight(until + timedelta(days=1)))
    if after is not None:
        conditions.append(
            tuple_(AuditEntry.at, AuditEntry.id)
            < tuple_(literal(after.at, AuditEntry.at.type), literal(after.id, Integer))
        )
    return (
        select(
            AuditEntry.id,
            AuditEntry.at,
            AuditEntry.actor,
            AuditEntry.action,
            AuditEntry.entity,
            AuditEntry.entity_id,
            AuditEntry.changes,
        )
        .where(*conditions)
        .order_by(at.desc(), AuditEntry.id.desc())
        .limit(limit + 1)
    )


def _check(
    entity: str | None,
    entity_id: int | str | None,
    since: date | None,
    until: date | None,
    limit: int,
) -> None:
    if not 1 <= limit <= MAX_TRAIL_PAGE:
        raise ValidationError("trail_page_size", maximum=MAX_TRAIL_PAGE)
    if entity is not None:
        known = sorted(table.name for table in audited_tables())
        if entity not in known:
            raise ValidationError(
                "invalid_choice", value=entity[:40], field="entity", choices=", ".join(known)
            )
    elif entity_id is not None:
        raise ValidationError("trail_record_kind_needed", entity_id=str(entity_id)[:40],
                              field="entity")  # fmt: skip
    if since is not None and until is not None and until < since:
        raise ValidationError(
            "trail_dates_reversed",
            since=since.strftime("%d/%m/%Y"),
            until=until.strftime("%d/%m/%Y"),
            field="until",
        )


def trail_page(
    db: Database,
    actor: Actor,
    *,
    entity: str | None = None,
    entity_id: int | str | None = None,
    officer: str | None = None,
    since: date | None = None,
    until: date | None = None,
    after: TrailCursor | None = None,
    limit: int = DEFAULT_TRAIL_PAGE,
) -> TrailPage:
    """One page of the trail, newest first. ``entity`` is a table name (``reporters``), with
    ``entity_id`` one record of it; ``officer`` a username as the trail records it; ``since`` and
    ``until`` are days in Vietnam, both included. Continue with ``after`` = ``next_cursor``."""
    actor.require(Permission.READ)
    _check(entity, entity_id, since, until, limit)
    statement = page_statement(
        entity=entity,
        entity_id=entity_id,
        officer=officer,
        since=since,
        until=until,
        after=after,
        limit=limit,
    )
    with db.reading() as session:
        found = session.execute(statement).all()
    rows = tuple(
        AuditLine(row_id, at, who, action, kind, key, json.loads(changes))
        for row_id, at, who, action, kind, key, changes in found[:limit]
    )
    following = TrailCursor(rows[-1].at, rows[-1].id) if len(found) > limit else None
    return TrailPage(rows, following)


def trail_officers(db: Database, actor: Actor) -> list[str]:
    """Every name the trail records as the author of a change (officers, ``system``, stations),
    for the officer filter: one index seek per name on ``ix_audit_log_actor_at``, however long
    the trail."""
    actor.require(Permission.READ)
    names: list[str] = []
    with db.reading() as session:
        previous: str | None = None
        while len(names) < MAX_OFFICERS:
            following = select(func.min(AuditEntry.actor))
            if previous is not None:
                following = following.where(AuditEntry.actor > previous)
            name = session.execute(following).scalar_one_or_none()
            if name is None:
                break
            names.append(name)
            previous = name
    return names
