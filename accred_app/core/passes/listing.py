"""The pass list, a page at a time: newest first, filtered and searched in SQL.

A desk keeps every pass it ever issued (200,000 after a few years), so the passes page never loads
them all: it asks for the first page of a search, then the page after a cursor (the last row's
id), each costing about a page's worth of index entries whatever its depth.

Which index reads a page depends on how many rows the request matches; SQLite keeps no
statistics, so, as for reporters (``registry/reporter_search.py``), the core chooses:

* **few** — some condition is met by at most :data:`FEW_ROWS` rows: a serial prefix (the serial
  index), a reporter search or an agency (the reporters it matches, found by the registry's own
  planner, then their passes through ``ix_passes_reporter_event``), or a small event (its index).
  Those ids are read whole and sorted; cheap because they are few.
* **event order** — an event with many passes: one ordered range of ``ix_passes_event_status`` per
  status (``event, status, id``), merged; each range stops after a page.
* **newest first** — otherwise: the primary key walked downwards, each row tested. The conditions
  left are common ones (a big agency, a broad name, a status), so a page is near.

Conditions that must not drive are wrapped in :func:`_unindexed`, so the SQL is the same on
SQLite and PostgreSQL and no planner picks an index it should not. A page's display columns, its
zones and its print counts are read by id afterwards: three short statements per page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    bindparam,
    exists,
    func,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from accred_app.core import validation as v
from accred_app.core.errors import ValidationError
from accred_app.core.models import (
    Event,
    FieldPass,
    PassStatus,
    PressAgency,
    PrintRecord,
    Reporter,
    Zone,
)
from accred_app.core.registry.events import ZoneView
from accred_app.core.registry.reporter_search import (
    ReporterCriteria,
    count_matching,
    page_plan,
)
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.core.text import like_patterns, query_words

#: A condition met by at most this many rows may drive a page: its rows are read whole and sorted.
FEW_ROWS = 2000
DEFAULT_PAGE_SIZE = 200
MAX_PAGE_SIZE = 1000
#: The length of a serial's number part (``TH-2026-000123``): typed digits are padded to it.
SERIAL_NUMBER_DIGITS = 6

STATUSES = tuple(PassStatus)
_SERIAL_LIKE = re.compile(r"^[A-Z0-9-]*\d[A-Z0-9-]*$")


@dataclass(frozen=True, slots=True)
class PassFilters:
    """What the passes page asks for. ``text`` is a reporter's name (words, accents optional, as
    in the reporter search) or a serial: a whole serial or its start (``TH-2026-0001``), or the
    number on the card (``123`` finds ``…-000123``). ``not_printed``: never printed (no print
    logged), whatever the status."""

    event_id: int | None = None
    agency_id: int | None = None
    status: str | None = None
    not_printed: bool = False
    text: str = ""


class PassRow(NamedTuple):
    """One row of the list. A tuple (the zones are shared by the rows of an event): a list
    scrolled far holds thousands, and tuples cost the garbage collector nothing to walk."""

    id: int
    serial: str
    status: str
    reporter_id: int
    reporter_name: str
    agency_id: int
    agency: str
    event_id: int
    event_name: str
    zones: tuple[ZoneView, ...]
    valid_from: datetime
    valid_to: datetime
    issued_at: datetime
    issued_by: str
    revoked_at: datetime | None
    revoke_reason: str | None
    times_printed: int
    last_printed_at: datetime | None
    card_override_reason: str | None


@dataclass(frozen=True, slots=True)
class PassPage:
    rows: tuple[PassRow, ...]
    next_cursor: int | None  # pass the last row's id back as ``after``; None at the end
    plan: str  # how it was read (for tests and benchmarks)


# --------------------------------------------------------------------------------- the request


@dataclass(frozen=True, slots=True)
class _Request:
    """A validated request: what each condition is, as the statements take it."""

    event_id: int | None
    status: PassStatus | None
    not_printed: bool
    serial_prefix: str | None  # "TH-2026-0001": serial >= prefix, < next
    serial_number: str | None  # "000123": the serial ends with "-000123"
    reporter_words: tuple[str, ...]
    agency_id: int | None

    @property
    def reporter_side(self) -> bool:
        return bool(self.reporter_words) or self.agency_id is not None


def _request(filters: PassFilters) -> _Request:
    status = None
    if filters.status:
        status = PassStatus(v.choice(filters.status, "status", [s.value for s in STATUSES]))
    text = " ".join(filters.text.split())[:100]
    compact = text.upper().replace(" ", "")
    serial_prefix = serial_number = None
    words: tuple[str, ...] = ()
    if compact and _SERIAL_LIKE.fullmatch(compact):
        if compact.isdigit():
            serial_number = compact.zfill(SERIAL_NUMBER_DIGITS)
        else:
            serial_prefix = compact
    else:
        words = tuple(dict.fromkeys(query_words(text)))
    return _Request(
        filters.event_id,
        status,
        filters.not_printed,
        serial_prefix,
        serial_number,
        words,
        filters.agency_id,
    )


def _next_prefix(prefix: str) -> str:
    """The first string after every string starting with ``prefix`` (ASCII serials only)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# ------------------------------------------------------------------------------- the statements


@dataclass(frozen=True, slots=True)
class _Shape:
    """Everything a statement's SQL depends on (values go in as parameters)."""

    driver: str  # "all", "event", "event order", "serial", "reporters"
    event: bool
    status: bool
    not_printed: bool
    serial_prefix: bool
    serial_number: bool
    like_words: int  # reporter words tested per row with LIKE
    agency: bool  # agency tested per row
    after: bool


def _unindexed(column: Any) -> Any:
    """``column`` as an expression no index matches: it filters without choosing the plan."""
    return func.coalesce(column, column)


def _conditions(shape: _Shape, *, status_param: str = "status") -> list[ColumnElement[bool]]:
    """The per-row tests of every condition that does not drive the shape."""
    tests: list[ColumnElement[bool]] = []
    if shape.event and shape.driver not in ("event", "event order"):
        tests.append(_unindexed(FieldPass.event_id) == bindparam("event_id", type_=Integer))
    if shape.status and shape.driver != "event order":
        tests.append(
            _unindexed(FieldPass.status) == bindparam(status_param, type_=FieldPass.status.type)
        )
    if shape.serial_prefix:
        column = FieldPass.serial if shape.driver == "serial" else _unindexed(FieldPass.serial)
        tests += [
            column >= bindparam("serial_low", type_=String),
            column < bindparam("serial_high", type_=String),
            # ranges drive the index; LIKE keeps the match exact under any collation
            FieldPass.serial.like(bindparam("serial_like", type_=String), escape="\\"),
        ]
    if shape.serial_number:
        tests.append(FieldPass.serial.like(bindparam("serial_suffix", type_=String), escape="\\"))
    if shape.driver == "reporters":
        tests.append(
            FieldPass.reporter_id.in_(bindparam("reporter_ids", expanding=True, type_=Integer))
        )
    else:
        for number in range(shape.like_words):
            tests.append(
                Reporter.search_key.like(
                    bindparam(f"like_{number}", type_=Reporter.search_key.type), escape="\\"
                )
            )
        if shape.agency:
            tests.append(_unindexed(Reporter.agency_id) == bindparam("agency_id", type_=Integer))
    if shape.not_printed:
        tests.append(~exists().where(PrintRecord.pass_id == FieldPass.id))
    if shape.after:
        tests.append(FieldPass.id < bindparam("after", type_=Integer))
    return tests


def _needs_reporter(shape: _Shape) -> bool:
    return shape.driver != "reporters" and (shape.like_words > 0 or shape.agency)


def _ids(shape: _Shape, *, status_param: str = "status") -> Select[int]:
    statement = select(FieldPass.id).where(*_conditions(shape, status_param=status_param))
    if _needs_reporter(shape):
        statement = statement.join(Reporter, Reporter.id == FieldPass.reporter_id)
    if shape.driver in ("event", "event order"):
        statement = statement.where(FieldPass.event_id == bindparam("event_id", type_=Integer))
    if shape.driver == "event order":
        statement = statement.where(
            FieldPass.status == bindparam(status_param, type_=FieldPass.status.type)
        )
    return statement


@lru_cache(maxsize=256)
def _page_statement(shape: _Shape) -> Select[int]:
    """The ids of a page (``:limit`` rows), newest first, for one shape; built once."""
    if shape.driver == "event order" and not shape.status:
        # one ordered range per status, each cut at a page, then merged
        members = []
        for number in range(len(STATUSES)):
            member = (
                _ids(shape, status_param=f"status_{number}")
                .order_by(FieldPass.id.desc())
                .limit(bindparam("limit", type_=Integer))
                .subquery(f"member_{number}")
            )
            members.append(select(member.c.id))
        merged = union_all(*members).subquery("merged")
        return (
            select(merged.c.id)
            .order_by(merged.c.id.desc())
            .limit(bindparam("limit", type_=Integer))
        )
    return _ids(shape).order_by(FieldPass.id.desc()).limit(bindparam("limit", type_=Integer))


@lru_cache(maxsize=256)
def _count_statement(shape: _Shape, *, limited: bool) -> Select[int]:
    """How many rows match; ``limited``: up to ``:at_most`` (that many index entries at most)."""
    if shape.driver == "event order" and not shape.status:
        shape = _Shape(**{**_shape_fields(shape), "driver": "event"})
    ids = _ids(shape)
    if limited:
        ids = ids.limit(bindparam("at_most", type_=Integer))
    return select(func.count()).select_from(ids.subquery("counted"))


def _shape_fields(shape: _Shape) -> dict[str, Any]:
    return {name: getattr(shape, name) for name in _Shape.__slots__}


def _params(request: _Request, shape: _Shape) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if request.event_id is not None:
        params["event_id"] = request.event_id
    if request.status is not None:
        params["status"] = request.status
    if shape.driver == "event order" and not shape.status:
        params.update({f"status_{n}": status for n, status in enumerate(STATUSES)})
    if request.serial_prefix:
        params["serial_low"] = request.serial_prefix
        params["serial_high"] = _next_prefix(request.serial_prefix)
        params["serial_like"] = _like_escaped(request.serial_prefix) + "%"
    if request.serial_number:
        params["serial_suffix"] = "%-" + _like_escaped(request.serial_number)
    if shape.like_words:
        for number, pattern in enumerate(like_patterns(" ".join(request.reporter_words))):
            params[f"like_{number}"] = pattern
    if shape.agency:
        params["agency_id"] = request.agency_id
    return params


# -------------------------------------------------------------------------------- the planner


def _capped(session: Session, statement: Select[Any], params: dict[str, Any], cap: int) -> int:
    inner = statement.limit(cap).subquery()
    return int(session.execute(select(func.count()).select_from(inner), params).scalar_one())


def _reporter_criteria(request: _Request) -> ReporterCriteria:
    return ReporterCriteria(words=request.reporter_words, agency_id=request.agency_id)


def _reporter_ids(session: Session, request: _Request) -> list[int] | None:
    """The reporters the name words and the agency match, when they are few; else None."""
    criteria = _reporter_criteria(request)
    if count_matching(session, criteria, FEW_ROWS + 1) > FEW_ROWS:
        return None
    plan = page_plan(session, criteria, after=None, offset=0, limit=FEW_ROWS)
    return [row[1] for row in session.execute(plan.statement, plan.params)]


class _Plan(NamedTuple):
    shape: _Shape
    params: dict[str, Any]


def _choose(session: Session, request: _Request, after: int | None) -> _Plan:
    """Pick the driving condition: the fewest rows among those that are few, else an ordered
    walk (see the module docstring)."""
    base = _Shape(
        driver="all",
        event=request.event_id is not None,
        status=request.status is not None,
        not_printed=request.not_printed,
        serial_prefix=request.serial_prefix is not None,
        serial_number=request.serial_number is not None,
        like_words=len(like_patterns(" ".join(request.reporter_words))),
        agency=request.agency_id is not None,
        after=after is not None,
    )
    candidates: list[tuple[int, _Plan]] = []
    if request.serial_prefix is not None:
        shape = _Shape(**{**_shape_fields(base), "driver": "serial"})
        params = _params(request, shape)
        probe = select(FieldPass.id).where(
            FieldPass.serial >= bindparam("serial_low", type_=String),
            FieldPass.serial < bindparam("serial_high", type_=String),
        )
        rows = _capped(session, probe, params, FEW_ROWS + 1)
        candidates.append((rows, _Plan(shape, params)))
    if request.event_id is not None:
        probe = select(FieldPass.id).where(
            FieldPass.event_id == bindparam("event_id", type_=Integer)
        )
        rows = _capped(session, probe, {"event_id": request.event_id}, FEW_ROWS + 1)
        driver = "event" if rows <= FEW_ROWS else "event order"
        shape = _Shape(**{**_shape_fields(base), "driver": driver})
        candidates.append((rows, _Plan(shape, _params(request, shape))))
    if request.reporter_side:
        ids = _reporter_ids(session, request)
        if ids is not None:
            shape = _Shape(**{**_shape_fields(base), "driver": "reporters"})
            params = _params(request, shape)
            params["reporter_ids"] = ids
            candidates.append((len(ids), _Plan(shape, params)))
    few = [(rows, plan) for rows, plan in candidates if rows <= FEW_ROWS]
    if few:
        return min(few, key=lambda item: item[0])[1]
    for _rows, plan in candidates:
        if plan.shape.driver == "event order":
            return plan
    return _Plan(base, _params(request, base))


# ------------------------------------------------------------------------------- page contents


def _zones_by_event(session: Session, event_ids: set[int]) -> dict[int, list[ZoneView]]:
    zones: dict[int, list[ZoneView]] = {event_id: [] for event_id in event_ids}
    rows = session.execute(
        select(Zone.event_id, Zone.slot, Zone.code, Zone.name, Zone.colour)
        .where(Zone.event_id.in_(event_ids))
        .order_by(Zone.event_id, Zone.slot)
    )
    for event_id, slot, code, name, colour in rows:
        zones[event_id].append(ZoneView(slot, code, name, colour))
    return zones


def _rows(session: Session, ids: list[int]) -> list[PassRow]:
    """Display columns of the passes ``ids``, in that order."""
    if not ids:
        return []
    found = {
        row.id: row
        for row in session.execute(
            select(
                FieldPass.id,
                FieldPass.serial,
                FieldPass.status,
                FieldPass.reporter_id,
                Reporter.full_name,
                Reporter.agency_id,
                PressAgency.name.label("agency"),
                FieldPass.event_id,
                Event.name.label("event_name"),
                FieldPass.zone_mask,
                FieldPass.valid_from,
                FieldPass.valid_to,
                FieldPass.issued_at,
                FieldPass.issued_by,
                FieldPass.revoked_at,
                FieldPass.revoke_reason,
                FieldPass.card_override_reason,
            )
            .join(Reporter, Reporter.id == FieldPass.reporter_id)
            .join(PressAgency, PressAgency.id == Reporter.agency_id)
            .join(Event, Event.id == FieldPass.event_id)
            .where(FieldPass.id.in_(ids))
        )
    }
    prints = {
        pass_id: (count, last)
        for pass_id, count, last in session.execute(
            select(PrintRecord.pass_id, func.count(), func.max(PrintRecord.printed_at))
            .where(PrintRecord.pass_id.in_(ids))
            .group_by(PrintRecord.pass_id)
        )
    }
    zones = _zones_by_event(session, {row.event_id for row in found.values()})
    result = []
    for pass_id in ids:
        row = found.get(pass_id)
        if row is None:  # deleted since the ids were read (never in this snapshot)
            continue
        count, last = prints.get(pass_id, (0, None))
        result.append(
            PassRow(
                row.id,
                row.serial,
                row.status.value,
                row.reporter_id,
                row.full_name,
                row.agency_id,
                row.agency,
                row.event_id,
                row.event_name,
                tuple(z for z in zones[row.event_id] if row.zone_mask >> z.slot & 1),
                row.valid_from,
                row.valid_to,
                row.issued_at,
                row.issued_by,
                row.revoked_at,
                row.revoke_reason,
                count,
                last,
                row.card_override_reason,
            )
        )
    return result


# --------------------------------------------------------------------------------------- API


def pass_page(
    db: Database,
    actor: Actor,
    filters: PassFilters = PassFilters(),  # frozen: one shared default is safe
    *,
    after: int | None = None,
    limit: int = DEFAULT_PAGE_SIZE,
) -> PassPage:
    """One page of passes, newest first (by id), matching every filter.

    Page with ``after``: the previous page's ``next_cursor`` (the same cost for every page).
    """
    actor.require(Permission.READ)
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise ValidationError("page_size_out_of_range", maximum=MAX_PAGE_SIZE)
    request = _request(filters)
    with db.reading() as session:
        shape, params = _choose(session, request, after)
        if after is not None:
            params["after"] = after
        params["limit"] = limit + 1
        ids = [row[0] for row in session.execute(_page_statement(shape), params)]
        rows = _rows(session, ids[:limit])
    next_cursor = ids[limit - 1] if len(ids) > limit else None
    return PassPage(tuple(rows), next_cursor, shape.driver)


def count_passes(
    db: Database,
    actor: Actor,
    filters: PassFilters = PassFilters(),
    *,
    at_most: int | None = None,
) -> int:
    """How many passes :func:`pass_page` lists for ``filters``; with ``at_most``, counting stops
    there (a page can say "more than 10,000" at the cost of reading that many index entries)."""
    actor.require(Permission.READ)
    if at_most is not None and at_most < 1:
        raise ValidationError("page_size_out_of_range", maximum=MAX_PAGE_SIZE)
    request = _request(filters)
    with db.reading() as session:
        shape, params = _choose(session, request, None)
        if at_most is not None:
            params["at_most"] = at_most
        statement = _count_statement(shape, limited=at_most is not None)
        return int(session.execute(statement, params).scalar_one())


def pass_rows(db: Database, actor: Actor, pass_ids: list[int]) -> list[PassRow]:
    """The rows of these passes as the list shows them (to refresh rows after a change)."""
    actor.require(Permission.READ)
    with db.reading() as session:
        return _rows(session, list(dict.fromkeys(pass_ids)))


__all__ = [
    "DEFAULT_PAGE_SIZE",
    "FEW_ROWS",
    "MAX_PAGE_SIZE",
    "PassFilters",
    "PassPage",
    "PassRow",
    "count_passes",
    "pass_page",
    "pass_rows",
]
