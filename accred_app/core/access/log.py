"""The access log as one list: checkpoint scans and hand-recorded entries, newest first.

The scan log runs to millions of rows, so nothing here loads it whole. A page is read with keyset
paging: each source (scans, entries) is asked for the next ``limit`` rows after the cursor in the
one shared order — time descending, then entries before scans, then id descending — on its own
indexes, and the two short lists are merged. Names (units, events, reporters, agencies, articles)
are then fetched for the page's rows only. :func:`iter_access` walks the same order page by page,
for an export that must not hold the whole log in memory.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Final

from sqlalchemy import ColumnElement, and_, exists, false, func, or_, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from accred_app.core import validation as v
from accred_app.core.access.entries import (
    KINDS,
    ArticleView,
    ReporterRef,
    kind_label,
    names_by_id,
)
from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.models import (
    AccessArticle,
    AccessEntry,
    AccessEntryReporter,
    AccessKind,
    Event,
    PoliceUnit,
    PressAgency,
    Reporter,
    ScanMethod,
    ScanRecord,
)
from accred_app.core.registry.common import get_or_raise
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database

register(
    {
        "invalid_cursor": (
            "Vị trí trang “{value}” không hợp lệ.",
            "Page position “{value}” is invalid.",
        ),
    }
)

SCAN = "scan"
MANUAL = "manual"
#: Every kind the log can be filtered by: checkpoint scans, then the hand-recorded kinds.
LOG_KINDS: Final = (SCAN, *KINDS)
# Within one instant, hand-recorded entries come before scans (the order is total and stable).
_SOURCE_RANK: Final = {MANUAL: 0, SCAN: 1}
MAX_PAGE: Final = 1000


def day_bounds(
    first_day: date | None, last_day: date | None
) -> tuple[datetime | None, datetime | None]:
    """``[first_day 00:00, last_day + 1 00:00)`` in Vietnam time, as UTC instants (half-open, so
    a scan at 23:59:59 on the last day is in and one at midnight after it is not)."""

    def midnight(day: date) -> datetime:
        return datetime.combine(day, time(), VIETNAM_TZ).astimezone(UTC)

    return (
        midnight(first_day) if first_day else None,
        midnight(last_day + timedelta(days=1)) if last_day else None,
    )


def unit_subtree(session: Session, unit_id: int) -> list[int]:
    """The unit and every unit under it (``police_units.parent_id``); a handful of rows, read once."""
    get_or_raise(session, PoliceUnit, unit_id, "unit")
    children: dict[int | None, list[int]] = {}
    for child, parent in session.execute(select(PoliceUnit.id, PoliceUnit.parent_id)):
        children.setdefault(parent, []).append(child)
    found: list[int] = []
    stack = [unit_id]
    while stack:
        current = stack.pop()
        if current in found:  # a cycle typed into the tree must not hang the list
            continue
        found.append(current)
        stack.extend(children.get(current, []))
    return sorted(found)


@dataclass(frozen=True, slots=True)
class AccessFilter:
    """What the officer narrowed the log to. Empty ``kinds`` means every kind; ``allowed`` narrows
    scans to admitted (True) or refused (False) ones — hand-recorded entries count as admitted."""

    unit_id: int | None = None  # with its sub-units
    agency_id: int | None = None
    reporter_id: int | None = None
    event_id: int | None = None
    kinds: frozenset[str] = frozenset()
    first_day: date | None = None
    last_day: date | None = None
    allowed: bool | None = None

    def __post_init__(self) -> None:
        for kind in self.kinds:
            v.choice(kind, "kind", list(LOG_KINDS))
        if self.first_day and self.last_day:
            v.date_range(self.first_day, self.last_day)

    @property
    def wants_scans(self) -> bool:
        return not self.kinds or SCAN in self.kinds

    @property
    def manual_kinds(self) -> list[AccessKind]:
        if self.allowed is False:
            return []
        return [AccessKind(k) for k in KINDS if not self.kinds or k in self.kinds]


@dataclass(frozen=True, slots=True, order=True)
class AccessCursor:
    """Where a page ended: the last row's time, source and id. ``text`` round-trips for the CLI."""

    occurred_at: datetime
    source: str
    id: int

    @property
    def text(self) -> str:
        stamp = self.occurred_at.astimezone(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
        return f"{self.source}:{self.id}:{stamp}"

    @classmethod
    def parse(cls, text: str) -> AccessCursor:
        try:
            source, number, stamp = text.strip().split(":")
            moment = datetime.strptime(stamp, "%Y%m%dT%H%M%S.%fZ").replace(tzinfo=UTC)
            if source not in _SOURCE_RANK or int(number) <= 0:
                raise ValueError(source)
            return cls(moment, source, int(number))
        except ValueError as exc:
            raise ValidationError("invalid_cursor", value=text[:60]) from exc


@dataclass(frozen=True, slots=True)
class AccessRow:
    """One line of the access log, scan or hand-recorded entry alike.

    For a scan: ``kind`` is ``"scan"``, ``allowed``/``reason`` are the verdict, ``zone``,
    ``direction``, ``serial`` and ``station`` say where and what, ``method`` how (a scan, a manual
    admission or a supervisor's denial, whose reason is in ``notes``); ``subject`` is None. For an entry:
    ``kind`` is its kind, ``allowed`` is True, ``subject``, ``notes`` and ``articles`` are filled.
    """

    source: str
    id: int
    occurred_at: datetime
    kind: str
    unit_id: int | None
    unit_name: str | None
    event_id: int | None
    event_name: str | None
    reporters: tuple[ReporterRef, ...]
    allowed: bool
    reason: str | None
    subject: str | None
    officer: str
    zone: str | None = None
    direction: str | None = None
    serial: str | None = None
    station: str | None = None
    notes: str | None = None
    articles: tuple[ArticleView, ...] = field(default=())
    method: str | None = None  # a scan's: scan, manual (admitted by hand) or override

    @property
    def cursor(self) -> AccessCursor:
        return AccessCursor(self.occurred_at, self.source, self.id)

    def export_values(self, locale: str = "vi") -> tuple[object, ...]:
        """One flat line for a CSV or XLSX export, in the order of :data:`EXPORT_COLUMNS`: the time
        in Vietnam time without a zone (spreadsheets have none), numbers as numbers."""
        return (
            self.occurred_at.astimezone(VIETNAM_TZ).replace(tzinfo=None),
            self.source,
            kind_label(self.kind, locale),
            self.unit_name or "",
            self.event_name or "",
            "; ".join(r.full_name for r in self.reporters),
            "; ".join(dict.fromkeys(r.agency for r in self.reporters)),
            self.allowed,
            self.reason or "",
            self.subject or "",
            self.zone or "",
            self.direction or "",
            self.serial or "",
            self.station or "",
            self.officer,
            "; ".join(a.title for a in self.articles),
            self.id,
        )

    def as_json(self) -> dict[str, object]:
        return {
            "source": self.source,
            "id": self.id,
            "at": self.occurred_at.astimezone(VIETNAM_TZ).isoformat(),
            "kind": self.kind,
            "unit_id": self.unit_id,
            "unit": self.unit_name,
            "event_id": self.event_id,
            "event": self.event_name,
            "reporters": [
                {"id": r.id, "name": r.full_name, "agency_id": r.agency_id, "agency": r.agency}
                for r in self.reporters
            ],
            "allowed": self.allowed,
            "reason": self.reason,
            "subject": self.subject,
            "officer": self.officer,
            "zone": self.zone,
            "direction": self.direction,
            "serial": self.serial,
            "station": self.station,
            "notes": self.notes,
            "articles": [a.as_json() for a in self.articles],
            "method": self.method,
        }


#: Column headings of :meth:`AccessRow.export_values` (Vietnamese, as the exported file is read).
EXPORT_COLUMNS: Final = (
    "Thời gian",
    "Nguồn",
    "Hình thức",
    "Đơn vị",
    "Sự kiện",
    "Phóng viên",
    "Cơ quan báo chí",
    "Cho phép",
    "Lý do",
    "Nội dung",
    "Khu vực",
    "Hướng",
    "Số thẻ",
    "Trạm",
    "Cán bộ",
    "Tin, bài",
    "Mã",
)


@dataclass(frozen=True, slots=True)
class AccessPage:
    rows: tuple[AccessRow, ...]
    next_cursor: AccessCursor | None  # None: this was the last page


def _after(
    time_column: InstrumentedAttribute[datetime],
    id_column: InstrumentedAttribute[int],
    source: str,
    cursor: AccessCursor | None,
) -> ColumnElement[bool]:
    """Rows of ``source`` that come after ``cursor`` in (time desc, source rank, id desc) order."""
    if cursor is None:
        return true()
    rank, cursor_rank = _SOURCE_RANK[source], _SOURCE_RANK[cursor.source]
    if rank > cursor_rank:
        return time_column <= cursor.occurred_at
    if rank < cursor_rank:
        return time_column < cursor.occurred_at
    return or_(
        time_column < cursor.occurred_at,
        and_(time_column == cursor.occurred_at, id_column < cursor.id),
    )


def _scan_conditions(session: Session, flt: AccessFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    start, end = day_bounds(flt.first_day, flt.last_day)
    if start is not None:
        conditions.append(ScanRecord.scanned_at >= start)
    if end is not None:
        conditions.append(ScanRecord.scanned_at < end)
    if flt.unit_id is not None:
        conditions.append(ScanRecord.unit_id.in_(unit_subtree(session, flt.unit_id)))
    if flt.reporter_id is not None:
        conditions.append(ScanRecord.reporter_id == flt.reporter_id)
    if flt.agency_id is not None:
        conditions.append(
            ScanRecord.reporter_id.in_(
                select(Reporter.id).where(Reporter.agency_id == flt.agency_id)
            )
        )
    if flt.event_id is not None:
        conditions.append(ScanRecord.event_id == flt.event_id)
    if flt.allowed is not None:
        conditions.append(ScanRecord.allowed.is_(flt.allowed))
    return conditions


def _entry_conditions(session: Session, flt: AccessFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    kinds = flt.manual_kinds
    if not kinds:
        return [false()]
    if len(kinds) < len(KINDS):
        conditions.append(AccessEntry.kind.in_(kinds))
    start, end = day_bounds(flt.first_day, flt.last_day)
    if start is not None:
        conditions.append(AccessEntry.occurred_at >= start)
    if end is not None:
        conditions.append(AccessEntry.occurred_at < end)
    if flt.unit_id is not None:
        conditions.append(AccessEntry.unit_id.in_(unit_subtree(session, flt.unit_id)))
    if flt.reporter_id is not None:
        conditions.append(
            exists().where(
                AccessEntryReporter.entry_id == AccessEntry.id,
                AccessEntryReporter.reporter_id == flt.reporter_id,
            )
        )
    if flt.agency_id is not None:
        conditions.append(
            exists().where(
                AccessEntryReporter.entry_id == AccessEntry.id,
                AccessEntryReporter.reporter_id == Reporter.id,
                Reporter.agency_id == flt.agency_id,
            )
        )
    if flt.event_id is not None:
        conditions.append(AccessEntry.event_id == flt.event_id)
    return conditions


def _check_filter(session: Session, flt: AccessFilter) -> None:
    """A filter naming a record that does not exist is a mistake to report, not an empty list."""
    if flt.agency_id is not None:
        get_or_raise(session, PressAgency, flt.agency_id, "agency")
    if flt.reporter_id is not None:
        get_or_raise(session, Reporter, flt.reporter_id, "reporter")
    if flt.event_id is not None:
        get_or_raise(session, Event, flt.event_id, "event")


_SCAN_COLUMNS = (
    ScanRecord.id,
    ScanRecord.scanned_at,
    ScanRecord.unit_id,
    ScanRecord.event_id,
    ScanRecord.zone_code,
    ScanRecord.direction,
    ScanRecord.allowed,
    ScanRecord.reason,
    ScanRecord.serial,
    ScanRecord.reporter_id,
    ScanRecord.officer,
    ScanRecord.station,
    ScanRecord.method,
    ScanRecord.note,
)
_ENTRY_COLUMNS = (
    AccessEntry.id,
    AccessEntry.occurred_at,
    AccessEntry.unit_id,
    AccessEntry.event_id,
    AccessEntry.kind,
    AccessEntry.subject,
    AccessEntry.recorded_by,
    AccessEntry.notes,
)


def _reverse_sort_key(item: tuple[str, Any]) -> tuple[datetime, int, int]:
    """The list order, reversed: sorting by this with ``reverse=True`` gives time descending,
    source rank ascending, id descending."""
    source, row = item
    return (row[1], -_SOURCE_RANK[source], row[0])


def _read_page(
    session: Session, flt: AccessFilter, after: AccessCursor | None, limit: int
) -> AccessPage:
    fetch = limit + 1  # one more than asked tells whether another page follows
    merged: list[tuple[str, Any]] = []
    if flt.wants_scans:
        statement = (
            select(*_SCAN_COLUMNS)
            .where(
                *_scan_conditions(session, flt),
                _after(ScanRecord.scanned_at, ScanRecord.id, SCAN, after),
            )
            .order_by(ScanRecord.scanned_at.desc(), ScanRecord.id.desc())
            .limit(fetch)
        )
        merged += [(SCAN, row) for row in session.execute(statement)]
    entry_conditions = _entry_conditions(session, flt)
    if flt.manual_kinds:
        entry_statement = (
            select(*_ENTRY_COLUMNS)
            .where(
                *entry_conditions,
                _after(AccessEntry.occurred_at, AccessEntry.id, MANUAL, after),
            )
            .order_by(AccessEntry.occurred_at.desc(), AccessEntry.id.desc())
            .limit(fetch)
        )
        merged += [(MANUAL, row) for row in session.execute(entry_statement)]
    merged.sort(key=_reverse_sort_key, reverse=True)
    more = len(merged) > limit
    rows = _describe(session, merged[:limit])
    return AccessPage(rows, rows[-1].cursor if more and rows else None)


def _describe(session: Session, items: Sequence[tuple[str, Any]]) -> tuple[AccessRow, ...]:
    """Names for one page's rows: a few small lookups by the ids on the page."""
    entry_ids = [row[0] for source, row in items if source == MANUAL]
    links: dict[int, list[int]] = {}
    articles: dict[int, list[AccessArticle]] = {}
    if entry_ids:
        for entry_id, reporter_id in session.execute(
            select(AccessEntryReporter.entry_id, AccessEntryReporter.reporter_id).where(
                AccessEntryReporter.entry_id.in_(entry_ids)
            )
        ):
            links.setdefault(entry_id, []).append(reporter_id)
        for article in session.execute(
            select(AccessArticle)
            .where(AccessArticle.entry_id.in_(entry_ids))
            .order_by(AccessArticle.entry_id, AccessArticle.number)
        ).scalars():
            articles.setdefault(article.entry_id, []).append(article)
    reporter_ids = {row[9] for source, row in items if source == SCAN and row[9] is not None}
    reporter_ids.update(r for ids in links.values() for r in ids)
    people = {
        row[0]: ReporterRef(row[0], row[1], row[2], row[3])
        for row in session.execute(
            select(Reporter.id, Reporter.full_name, Reporter.agency_id, PressAgency.name)
            .join(PressAgency, PressAgency.id == Reporter.agency_id)
            .where(Reporter.id.in_(reporter_ids))
        )
    }
    agency_ids = {a.agency_id for group in articles.values() for a in group}
    agency_names = names_by_id(session, PressAgency.id, PressAgency.name, agency_ids)
    unit_ids = {row[2] for _, row in items if row[2] is not None}
    units = names_by_id(session, PoliceUnit.id, PoliceUnit.name, unit_ids)
    event_ids = {row[3] for _, row in items if row[3] is not None}
    events = names_by_id(session, Event.id, Event.name, event_ids)
    result: list[AccessRow] = []
    for source, row in items:
        if source == SCAN:
            reporter = people.get(row[9]) if row[9] is not None else None
            result.append(
                AccessRow(
                    SCAN,
                    row[0],
                    row[1],
                    SCAN,
                    row[2],
                    units.get(row[2]) if row[2] is not None else None,
                    row[3],
                    events.get(row[3]),
                    (reporter,) if reporter else (),
                    bool(row[6]),
                    row[7],
                    None,
                    row[10],
                    zone=row[4],
                    direction=row[5],
                    serial=row[8],
                    station=row[11],
                    method=ScanMethod(row[12]).value,
                    notes=row[13],
                )
            )
        else:
            result.append(
                AccessRow(
                    MANUAL,
                    row[0],
                    row[1],
                    row[4].value,
                    row[2],
                    units.get(row[2]),
                    row[3],
                    events.get(row[3]) if row[3] is not None else None,
                    tuple(people[r] for r in links.get(row[0], []) if r in people),
                    True,
                    None,
                    row[5],
                    row[6],
                    notes=row[7],
                    articles=tuple(
                        ArticleView(
                            a.number,
                            a.agency_id,
                            agency_names[a.agency_id],
                            a.title,
                            a.url,
                            a.published_on,
                        )
                        for a in articles.get(row[0], [])
                    ),
                )
            )
    return tuple(result)


def list_access(
    db: Database,
    actor: Actor,
    flt: AccessFilter = AccessFilter(),
    *,
    after: AccessCursor | None = None,
    limit: int = 100,
) -> AccessPage:
    """One page of the access log after ``after`` (None: the newest rows). A window asks for the
    next page with the returned ``next_cursor`` until it is None."""
    actor.require(Permission.READ)
    limit = max(1, min(limit, MAX_PAGE))
    with db.reading() as session:
        _check_filter(session, flt)
        return _read_page(session, flt, after, limit)


def count_access(db: Database, actor: Actor, flt: AccessFilter = AccessFilter()) -> int:
    """How many rows the filter selects (scans and entries), counted in SQL."""
    actor.require(Permission.READ)
    with db.reading() as session:
        _check_filter(session, flt)
        total = 0
        if flt.wants_scans:
            total += session.execute(
                select(func.count()).select_from(ScanRecord).where(*_scan_conditions(session, flt))
            ).scalar_one()
        if flt.manual_kinds:
            total += session.execute(
                select(func.count())
                .select_from(AccessEntry)
                .where(*_entry_conditions(session, flt))
            ).scalar_one()
        return int(total)


def iter_access(
    db: Database, actor: Actor, flt: AccessFilter = AccessFilter(), *, batch: int = 500
) -> Iterator[AccessRow]:
    """Every row the filter selects, in the list's order, read ``batch`` rows at a time (each in its
    own short read, so an export of a million rows neither holds them nor a long transaction)."""
    actor.require(Permission.READ)
    with db.reading() as session:
        _check_filter(session, flt)
    cursor: AccessCursor | None = None
    while True:
        page = list_access(db, actor, flt, after=cursor, limit=batch)
        yield from page.rows
        if page.next_cursor is None:
            return
        cursor = page.next_cursor
