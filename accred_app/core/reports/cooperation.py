"""The cooperation report ("báo cáo tổng kết công tác phối hợp"): which units gave reporters access
and information, which agencies covered what, how each event's passes and gates went.

Every figure is aggregated in SQL (GROUP BY on indexed columns) and only the groups come back, so a
year over a million scan-log rows reads a few hundred numbers, not a million rows. One function,
:func:`cooperation_report`, returns the whole report as plain frozen data: the PDF, the XLSX and the
window's preview all draw the same figures.

Definitions (the tests hold each one against a hand-built data set):

* the period is whole days in Vietnam time, ``[first day 00:00, last day + 1 00:00)``; with an event
  and no days, the event's whole history;
* **entries granted** are allowed *entry* scans (``direction = 'in'``) at the unit's gates
  (``scan_log.unit_id``) — an allowed exit lets nobody in; a manual admission (a pass that would
  not scan, admitted by hand) is an entry like a scan; an entry a supervisor then denied is not
  (the denial is a refusal); **denials** are refused scans of either direction, by verdict reason;
* **access entries** are the hand-recorded ones (:mod:`accred_app.core.access.entries`), counted by
  kind for their unit; an entry ties to an event only when the officer said so;
* **reporters served** by a unit: distinct reporters admitted at its gates or named in its entries;
* for an agency: **reporters accredited** — its distinct reporters holding a pass issued in the
  period; **passes issued**; **events covered** — distinct events of those passes; **entries** —
  entries granted to its reporters; **access entries** — entries naming one of its reporters;
  **articles** — articles it published, linked to entries in the period;
* for an event: passes **issued** in the period, of which **printed** (a print recorded, or marked
  printed) and **revoked** (their status now);
* units appear with their own figures (not their sub-units'), in tree order; the totals count each
  scan, entry and reporter once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Final

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    case,
    distinct,
    exists,
    func,
    literal_column,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from accred_app.core import validation as v
from accred_app.core.access.entries import KINDS, names_by_id
from accred_app.core.access.log import day_bounds
from accred_app.core.checkpoint.verdict import Reason
from accred_app.core.clock import VIETNAM_TZ, utcnow
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.models import (
    AccessArticle,
    AccessEntry,
    AccessEntryReporter,
    AccessKind,
    Event,
    FieldPass,
    PassStatus,
    PoliceUnit,
    PressAgency,
    PrintRecord,
    Reporter,
    ScanRecord,
)
from accred_app.core.registry.common import get_or_raise
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.core.storage.settings import load_settings
from accred_app.core.text import phrase_sort_key, vietnamese_sort_key

register(
    {
        "report_period_needed": (
            "Cần chọn kỳ báo cáo (từ ngày, đến ngày) hoặc một sự kiện.",
            "Choose a reporting period (first and last day) or one event.",
        ),
        "invalid_quarter": (
            "Quý “{value}” không hợp lệ: chọn từ 1 đến 4.",
            "Quarter “{value}” is invalid: choose 1 to 4.",
        ),
    }
)

TOP_COUNT: Final = 10
# A period up to this long is charted day by day; a longer one month by month.
DAILY_UP_TO_DAYS: Final = 62

SUPERVISOR_DENIED: Final = Reason.SUPERVISOR_DENIED.value

#: Short names of the verdict reasons for report tables (the checkpoint's messages are sentences).
REASON_LABELS: Final[dict[str, tuple[str, str]]] = {
    "malformed": ("Mã không đúng định dạng", "Malformed code"),
    "not_digits": ("Mã có ký tự lạ (bộ gõ)", "Non-digit characters"),
    "unknown_key": ("Khóa ký không xác định", "Unknown signing key"),
    "forged": ("Thẻ giả mạo", "Forged pass"),
    "not_yet_valid": ("Thẻ chưa có hiệu lực", "Not valid yet"),
    "expired": ("Thẻ hết hiệu lực", "Expired"),
    "wrong_event": ("Sai sự kiện", "Wrong event"),
    "wrong_zone": ("Sai khu vực", "Wrong zone"),
    "revoked": ("Thẻ đã thu hồi", "Revoked pass"),
    "reporter_suspended": ("Phóng viên bị đình chỉ", "Reporter suspended"),
    "already_inside": ("Đã vào, chưa ra", "Already inside"),
    "not_inside": ("Chưa vào đã ra", "Not inside"),
    "unknown_pass": ("Thẻ không có trong dữ liệu", "Pass not in the records"),
    SUPERVISOR_DENIED: ("Chỉ huy không cho qua", "Denied by a supervisor"),
}


def reason_label(reason: str, locale: str = "vi") -> str:
    labels = REASON_LABELS.get(reason)
    if labels is None:
        return reason
    return labels[0] if locale == "vi" else labels[1]


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    """Whole days in Vietnam time, and/or one event (then the days may be left open)."""

    first_day: date | None = None
    last_day: date | None = None
    event_id: int | None = None

    def __post_init__(self) -> None:
        if self.event_id is None and (self.first_day is None or self.last_day is None):
            raise ValidationError("report_period_needed")
        if self.first_day is not None and self.last_day is not None:
            v.date_range(self.first_day, self.last_day)

    @classmethod
    def year(cls, year: int, event_id: int | None = None) -> ReportPeriod:
        return cls(date(year, 1, 1), date(year, 12, 31), event_id)

    @classmethod
    def quarter(cls, year: int, quarter: int, event_id: int | None = None) -> ReportPeriod:
        if quarter not in (1, 2, 3, 4):
            raise ValidationError("invalid_quarter", value=quarter)
        first = date(year, 3 * quarter - 2, 1)
        after = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
        return cls(first, after - timedelta(days=1), event_id)

    def bounds(self) -> tuple[datetime | None, datetime | None]:
        return day_bounds(self.first_day, self.last_day)


@dataclass(frozen=True, slots=True)
class KindCounts:
    """Hand-recorded access entries by kind."""

    interview: int = 0
    briefing: int = 0
    site_visit: int = 0
    documents: int = 0

    @property
    def total(self) -> int:
        return self.interview + self.briefing + self.site_visit + self.documents

    def get(self, kind: str) -> int:
        return int(getattr(self, kind))


@dataclass(frozen=True, slots=True)
class UnitFigures:
    unit_id: int
    name: str
    code: str
    depth: int  # 0 for a top unit: the tree shown as indentation
    entries: int
    denied: int
    access: KindCounts
    reporters_served: int


@dataclass(frozen=True, slots=True)
class AgencyFigures:
    agency_id: int
    name: str
    reporters_accredited: int
    passes_issued: int
    events_covered: int
    entries: int
    access_entries: int
    articles: int


@dataclass(frozen=True, slots=True)
class ReasonCount:
    reason: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class EventFigures:
    event_id: int
    name: str
    kind: str
    starts_on: date
    ends_on: date | None
    passes_issued: int
    passes_printed: int
    passes_revoked: int
    entries: int
    denied: int
    denials: tuple[ReasonCount, ...]
    access_entries: int


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    """One bar of the activity chart: a day or a month."""

    first_day: date
    last_day: date
    label: str
    entries: int
    denied: int
    access_entries: int


@dataclass(frozen=True, slots=True)
class TopEntry:
    """One line of a top list. Units are ranked by entries granted plus access entries (``detail``:
    the unit's code), agencies by articles, reporters by entries plus access entries (``detail``:
    their agency)."""

    name: str
    detail: str
    value: int


@dataclass(frozen=True, slots=True)
class ArticleLine:
    entry_id: int
    number: int
    occurred_at: datetime
    published_on: date | None
    agency: str
    title: str
    url: str | None
    unit: str
    kind: str


@dataclass(frozen=True, slots=True)
class Totals:
    entries: int
    denied: int
    access: KindCounts
    reporters_served: int
    reporters_accredited: int
    passes_issued: int
    passes_printed: int
    passes_revoked: int
    articles: int
    units_active: int
    agencies_active: int
    events: int


@dataclass(frozen=True, slots=True)
class CooperationReport:
    period: ReportPeriod
    event_name: str | None
    org_name: str
    office_name: str
    generated_at: datetime
    totals: Totals
    units: tuple[UnitFigures, ...]
    agencies: tuple[AgencyFigures, ...]
    events: tuple[EventFigures, ...]
    denials: tuple[ReasonCount, ...]
    timeline: tuple[TimelinePoint, ...]
    top_units: tuple[TopEntry, ...]
    top_agencies: tuple[TopEntry, ...]
    top_reporters: tuple[TopEntry, ...]
    articles: tuple[ArticleLine, ...] = field(default=())

    @property
    def first_day(self) -> date | None:
        return self.period.first_day

    @property
    def last_day(self) -> date | None:
        return self.period.last_day


# --- the SQL -----------------------------------------------------------------------------
#
# The scan log is the big table. Two indexes serve the report (migration 0007; two more,
# ``ix_passes_report_event`` and ``ix_passes_report_reporter``, cover the pass counts):
# ``ix_scan_log_report`` (unit, event, allowed, direction, reason, time) lets one GROUP BY walk the
# log in group order with no sort, and ``ix_scan_log_reporter`` (reporter, unit, allowed,
# direction, time) does the same for the per-reporter figures. Over a long period the time range
# is tested inside the aggregate (``SUM(CASE …)`` with ``HAVING``) rather than in WHERE, so the
# planner walks those indexes instead of the time index (which would force a sort of every row);
# the chart's day or month counts then seek that index by the groups found, one bucket at a time.


Groups = dict[tuple[int | None, int, bool, str, str], int]
EntryGroups = dict[tuple[int, int | None, str], int]


def _time_conditions(
    column: InstrumentedAttribute[datetime], start: datetime | None, end: datetime | None
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if start is not None:
        conditions.append(column >= start)
    if end is not None:
        conditions.append(column < end)
    return conditions


@dataclass(frozen=True, slots=True)
class _Scope:
    """The period and event as SQL conditions on each source table."""

    start: datetime | None
    end: datetime | None
    event_id: int | None

    def scan_event(self) -> list[ColumnElement[bool]]:
        return [] if self.event_id is None else [ScanRecord.event_id == self.event_id]

    def scan_time(self) -> ColumnElement[bool]:
        return and_(true(), *_time_conditions(ScanRecord.scanned_at, self.start, self.end))

    def in_period_count(self) -> ColumnElement[Any]:
        """How many of a group's scans fall in the period (see the note above)."""
        return func.sum(case((self.scan_time(), 1), else_=0))

    def admitted(self) -> list[ColumnElement[bool]]:
        return [
            *self.scan_event(),
            ScanRecord.allowed.is_(True),
            ScanRecord.direction == "in",
            ScanRecord.reporter_id.is_not(None),
        ]

    def entries(self) -> list[ColumnElement[bool]]:
        conditions = _time_conditions(AccessEntry.occurred_at, self.start, self.end)
        if self.event_id is not None:
            conditions.append(AccessEntry.event_id == self.event_id)
        return conditions

    def passes(self) -> list[ColumnElement[bool]]:
        conditions = _time_conditions(FieldPass.issued_at, self.start, self.end)
        if self.event_id is not None:
            conditions.append(FieldPass.event_id == self.event_id)
        return conditions


def _midnight_after(day: date) -> datetime:
    """The instant a Vietnam-time day ends (the next midnight there), in UTC."""
    return datetime.combine(day + timedelta(days=1), time(), VIETNAM_TZ).astimezone(UTC)


def _midnight_of(day: date) -> datetime:
    return datetime.combine(day, time(), VIETNAM_TZ).astimezone(UTC)


def _timeline_buckets(
    session: Session, scope: _Scope, period: ReportPeriod
) -> list[tuple[date, date]]:
    """Days (short periods) or months covering the period; for an event report without days, the
    span of its scans and entries."""
    first, last = period.first_day, period.last_day
    if first is None or last is None:
        moments = [
            *session.execute(
                select(func.min(ScanRecord.scanned_at), func.max(ScanRecord.scanned_at)).where(
                    *scope.scan_event()
                )
            ).one(),
            *session.execute(
                select(func.min(AccessEntry.occurred_at), func.max(AccessEntry.occurred_at)).where(
                    *scope.entries()
                )
            ).one(),
        ]
        known = [m for m in moments if m is not None]
        if not known:
            return []
        first = first or min(known).astimezone(VIETNAM_TZ).date()
        last = last or max(known).astimezone(VIETNAM_TZ).date()
        if last < first:
            return []
    buckets: list[tuple[date, date]] = []
    if (last - first).days < DAILY_UP_TO_DAYS:
        day = first
        while day <= last:
            buckets.append((day, day))
            day += timedelta(days=1)
        return buckets
    month = date(first.year, first.month, 1)
    while month <= last:
        following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        buckets.append((max(month, first), min(following - timedelta(days=1), last)))
        month = following
    return buckets


def _bucket_label(first: date, last: date) -> str:
    if first == last:
        return first.strftime("%d/%m")
    return f"{first.month:02d}/{first.year}"


def _group_families(scans: Groups, admitted: bool) -> list[list[ColumnElement[bool]]]:
    """Conditions that name, column by column, every group of ``scans`` that counts as an entry
    (``admitted``) or a refusal: IN lists on the leading columns of ``ix_scan_log_report``, so a
    count over a time range is a handful of index seeks reading only the rows it counts. Groups
    are exhaustive for the period, so the lists' cross product selects nothing else."""
    chosen = [key for key in scans if key[2] is admitted and (not admitted or key[3] == "in")]
    families: list[list[ColumnElement[bool]]] = []
    for no_unit in (False, True):  # IN cannot match NULL: scans without a unit are asked apart
        part = [key for key in chosen if (key[0] is None) is no_unit]
        if not part:
            continue
        families.append(
            [
                ScanRecord.unit_id.is_(None)
                if no_unit
                else ScanRecord.unit_id.in_(sorted({key[0] for key in part if key[0] is not None})),
                ScanRecord.event_id.in_(sorted({key[1] for key in part})),
                ScanRecord.allowed.is_(admitted),
                ScanRecord.direction.in_(sorted({key[3] for key in part})),
                ScanRecord.reason.in_(sorted({key[4] for key in part})),
            ]
        )
    return families


def _timeline(
    session: Session, scope: _Scope, buckets: Sequence[tuple[date, date]], scans: Groups
) -> tuple[TimelinePoint, ...]:
    entry_families = _group_families(scans, admitted=True)
    denial_families = _group_families(scans, admitted=False)
    points = []
    for first, last in buckets:
        start = max(_midnight_of(first), scope.start) if scope.start else _midnight_of(first)
        end = min(_midnight_after(last), scope.end) if scope.end else _midnight_after(last)
        in_bucket = (ScanRecord.scanned_at >= start, ScanRecord.scanned_at < end)
        counts = [
            sum(
                session.execute(
                    select(func.count()).select_from(ScanRecord).where(*family, *in_bucket)
                ).scalar_one()
                for family in families
            )
            for families in (entry_families, denial_families)
        ]
        manual = session.execute(
            select(func.count()).where(
                *scope.entries(), AccessEntry.occurred_at >= start, AccessEntry.occurred_at < end
            )
        ).scalar_one()
        points.append(
            TimelinePoint(
                first, last, _bucket_label(first, last), counts[0], counts[1], int(manual)
            )
        )
    return tuple(points)


def _scan_groups(session: Session, scope: _Scope) -> Groups:
    """One pass over the scan log: the period's counts by unit, event, verdict, direction and
    reason — a few hundred groups whatever the size of the log."""
    count = scope.in_period_count().label("in_period")
    columns = (
        ScanRecord.unit_id,
        ScanRecord.event_id,
        ScanRecord.allowed,
        ScanRecord.direction,
        ScanRecord.reason,
    )
    statement = (
        select(*columns, count).where(*scope.scan_event()).group_by(*columns).having(count > 0)
    )
    groups = {
        (row[0], row[1], bool(row[2]), row[3], row[4]): int(row[5])
        for row in session.execute(statement)
    }
    return _net_of_supervisor_denials(groups)


def _net_of_supervisor_denials(groups: Groups) -> Groups:
    """A supervisor's denial undoes the entry it names: its row is a refusal already, and the
    allowed entry it denies (same unit, event and direction) is taken off the entries. A denial
    always follows its entry within minutes, so both fall in the same period but at a day's edge."""
    for (unit, event, allowed, direction, reason), count in list(groups.items()):
        if allowed or reason != SUPERVISOR_DENIED:
            continue
        entry = (unit, event, True, direction, "ok")
        if entry in groups:
            groups[entry] = max(0, groups[entry] - count)
    return groups


def _entry_groups(session: Session, scope: _Scope) -> EntryGroups:
    statement = (
        select(AccessEntry.unit_id, AccessEntry.event_id, AccessEntry.kind, func.count())
        .where(*scope.entries())
        .group_by(AccessEntry.unit_id, AccessEntry.event_id, AccessEntry.kind)
    )
    return {
        (row[0], row[1], AccessKind(row[2]).value): int(row[3])
        for row in session.execute(statement)
    }


def _not_admitted(scope: _Scope, same_unit: bool) -> ColumnElement[bool]:
    """For an access entry's reporter: not admitted at a gate in the period (at the entry's unit
    when ``same_unit``) — a seek on ``ix_scan_log_reporter`` per reporter.

    The event is compared as ``event_id + 0``: an expression no index serves, so the planner
    (SQLite has no statistics to go by) seeks by reporter — a handful of scans each — instead of
    walking every scan of the event for every reporter.
    """
    conditions = [
        ScanRecord.reporter_id == AccessEntryReporter.reporter_id,
        ScanRecord.allowed.is_(True),
        ScanRecord.direction == "in",
        *_time_conditions(ScanRecord.scanned_at, scope.start, scope.end),
    ]
    if scope.event_id is not None:
        conditions.append(ScanRecord.event_id + literal_column("0", Integer) == scope.event_id)
    if same_unit:
        conditions.append(ScanRecord.unit_id == AccessEntry.unit_id)
    return ~exists().where(*conditions)


@dataclass(frozen=True, slots=True)
class _ReporterFigures:
    served_by_unit: dict[int, int]
    served_total: int
    agency_entries: dict[int, int]
    top: list[tuple[int, int]]  # (reporter id, entries + access entries), best first


_UNIT_PART, _AGENCY_PART, _TOP_PART = 1, 2, 3


def _reporter_figures(session: Session, scope: _Scope) -> _ReporterFigures:
    """Everything that counts reporters, from one walk of ``ix_scan_log_reporter``.

    The period's admitted (reporter, unit) pairs are built once (a CTE the database materialises
    because three parts read it) and give reporters served per unit, entries per agency with the
    distinct reporters admitted, and the top reporters — in one statement. Reporters named only in
    access entries are then added by two small queries over the entries.
    """
    in_period = scope.in_period_count()
    pairs = (
        select(
            ScanRecord.reporter_id.label("reporter_id"),
            ScanRecord.unit_id.label("unit_id"),
            in_period.label("n"),
        )
        .where(*scope.admitted())
        .group_by(ScanRecord.reporter_id, ScanRecord.unit_id)
        .having(in_period > 0)
        .cte("pairs")
    )
    per_reporter = (
        select(pairs.c.reporter_id, func.sum(pairs.c.n).label("entries"))
        .group_by(pairs.c.reporter_id)
        .cte("per_reporter")
    )
    unit_part = (
        select(
            literal_column(str(_UNIT_PART), Integer).label("part"),
            pairs.c.unit_id.label("key"),
            func.count().label("value"),
            literal_column("0", Integer).label("people"),
        )
        .where(pairs.c.unit_id.is_not(None))
        .group_by(pairs.c.unit_id)
    )
    agency_part = (
        select(
            literal_column(str(_AGENCY_PART), Integer),
            Reporter.agency_id,
            func.sum(per_reporter.c.entries),
            func.count(),
        )
        .join(Reporter, Reporter.id == per_reporter.c.reporter_id)
        .group_by(Reporter.agency_id)
    )
    both = union_all(
        select(per_reporter.c.reporter_id, per_reporter.c.entries.label("n")),
        select(AccessEntryReporter.reporter_id, func.count())
        .join(AccessEntry, AccessEntry.id == AccessEntryReporter.entry_id)
        .where(*scope.entries())
        .group_by(AccessEntryReporter.reporter_id),
    ).subquery()
    total = func.sum(both.c.n)
    ranked = (
        select(both.c.reporter_id, total.label("total"))
        .group_by(both.c.reporter_id)
        .order_by(total.desc(), both.c.reporter_id)
        .limit(TOP_COUNT * 3)  # ties at the cut are then ordered by name, not by id
        .subquery()
    )
    top_part = select(
        literal_column(str(_TOP_PART), Integer),
        ranked.c.reporter_id,
        ranked.c.total,
        literal_column("0", Integer),
    )
    served_by_unit: dict[int, int] = defaultdict(int)
    agency_entries: dict[int, int] = {}
    admitted_people = 0
    top: list[tuple[int, int]] = []
    for part, key, value, people in session.execute(union_all(unit_part, agency_part, top_part)):
        if part == _UNIT_PART:
            served_by_unit[int(key)] += int(value)
        elif part == _AGENCY_PART:
            agency_entries[int(key)] = int(value)
            admitted_people += int(people)
        else:
            top.append((int(key), int(value)))
    for unit_id, count in session.execute(
        select(AccessEntry.unit_id, func.count(distinct(AccessEntryReporter.reporter_id)))
        .join(AccessEntryReporter, AccessEntryReporter.entry_id == AccessEntry.id)
        .where(*scope.entries(), _not_admitted(scope, same_unit=True))
        .group_by(AccessEntry.unit_id)
    ):
        served_by_unit[int(unit_id)] += int(count)
    only_in_entries = session.execute(
        select(func.count(distinct(AccessEntryReporter.reporter_id)))
        .join(AccessEntry, AccessEntry.id == AccessEntryReporter.entry_id)
        .where(*scope.entries(), _not_admitted(scope, same_unit=False))
    ).scalar_one()
    top.sort(key=lambda item: (-item[1], item[0]))
    return _ReporterFigures(
        dict(served_by_unit), admitted_people + int(only_in_entries), agency_entries, top
    )


PassGroups = dict[int, tuple[int, int, int]]  # event id: issued, printed, revoked


def _pass_groups(session: Session, scope: _Scope) -> PassGroups:
    printed = or_(
        FieldPass.status == PassStatus.PRINTED,
        exists().where(PrintRecord.pass_id == FieldPass.id),
    )
    statement = (
        select(
            FieldPass.event_id,
            func.count(),
            func.sum(case((printed, 1), else_=0)),
            func.sum(case((FieldPass.status == PassStatus.REVOKED, 1), else_=0)),
        )
        .where(*scope.passes())
        .group_by(FieldPass.event_id)
    )
    return {
        int(row[0]): (int(row[1]), int(row[2] or 0), int(row[3] or 0))
        for row in session.execute(statement)
    }


@dataclass(frozen=True, slots=True)
class _AgencyCounts:
    passes: dict[int, tuple[int, int, int]]  # reporters accredited, passes issued, events
    access: dict[int, int]
    articles: dict[int, int]


def _agency_counts(session: Session, scope: _Scope) -> _AgencyCounts:
    passes = {
        int(row[0]): (int(row[1]), int(row[2]), int(row[3]))
        for row in session.execute(
            select(
                Reporter.agency_id,
                func.count(distinct(FieldPass.reporter_id)),
                func.count(),
                func.count(distinct(FieldPass.event_id)),
            )
            .join(Reporter, Reporter.id == FieldPass.reporter_id)
            .where(*scope.passes())
            .group_by(Reporter.agency_id)
        )
    }
    access = {
        int(row[0]): int(row[1])
        for row in session.execute(
            select(Reporter.agency_id, func.count(distinct(AccessEntry.id)))
            .select_from(AccessEntry)
            .join(AccessEntryReporter, AccessEntryReporter.entry_id == AccessEntry.id)
            .join(Reporter, Reporter.id == AccessEntryReporter.reporter_id)
            .where(*scope.entries())
            .group_by(Reporter.agency_id)
        )
    }
    articles = {
        int(row[0]): int(row[1])
        for row in session.execute(
            select(AccessArticle.agency_id, func.count())
            .join(AccessEntry, AccessEntry.id == AccessArticle.entry_id)
            .where(*scope.entries())
            .group_by(AccessArticle.agency_id)
        )
    }
    return _AgencyCounts(passes, access, articles)


def _agency_figures(
    session: Session, counts: _AgencyCounts, entries: dict[int, int]
) -> list[AgencyFigures]:
    active = set(counts.passes) | set(entries) | set(counts.access) | set(counts.articles)
    names = names_by_id(session, PressAgency.id, PressAgency.name, active)
    figures = [
        AgencyFigures(
            agency_id,
            names[agency_id],
            counts.passes.get(agency_id, (0, 0, 0))[0],
            counts.passes.get(agency_id, (0, 0, 0))[1],
            counts.passes.get(agency_id, (0, 0, 0))[2],
            entries.get(agency_id, 0),
            counts.access.get(agency_id, 0),
            counts.articles.get(agency_id, 0),
        )
        for agency_id in active
        if agency_id in names
    ]
    figures.sort(key=lambda a: (phrase_sort_key(a.name), a.agency_id))
    return figures


def _top_reporters(session: Session, ranked: list[tuple[int, int]]) -> list[TopEntry]:
    """Names for the best-ranked reporters; equal counts in Vietnamese name order."""
    counts = dict(ranked)
    rows = list(
        session.execute(
            select(Reporter.id, Reporter.full_name, PressAgency.name)
            .join(PressAgency, PressAgency.id == Reporter.agency_id)
            .where(Reporter.id.in_(counts))
        )
    )
    rows.sort(key=lambda r: (-counts[r[0]], vietnamese_sort_key(r[1]), r[0]))
    return [TopEntry(r[1], r[2], counts[r[0]]) for r in rows[:TOP_COUNT]]


def _articles(session: Session, scope: _Scope) -> list[ArticleLine]:
    rows = session.execute(
        select(
            AccessArticle.entry_id,
            AccessArticle.number,
            AccessEntry.occurred_at,
            AccessArticle.published_on,
            PressAgency.name,
            AccessArticle.title,
            AccessArticle.url,
            PoliceUnit.name,
            AccessEntry.kind,
        )
        .join(AccessEntry, AccessEntry.id == AccessArticle.entry_id)
        .join(PressAgency, PressAgency.id == AccessArticle.agency_id)
        .join(PoliceUnit, PoliceUnit.id == AccessEntry.unit_id)
        .where(*scope.entries())
        .order_by(AccessEntry.occurred_at, AccessArticle.entry_id, AccessArticle.number)
    )
    return [
        ArticleLine(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], AccessKind(r[8]).value)
        for r in rows
    ]


def _event_rows(
    session: Session, scans: Groups, manual: EntryGroups, passes: PassGroups
) -> list[tuple[int, str, str, date, date | None]]:
    """The events with any pass, scan or entry in the period, by start date then name."""
    wanted = {key[1] for key in scans} | {key[1] for key in manual if key[1] is not None}
    wanted |= set(passes)
    rows = [
        (r[0], r[1], r[2].value, r[3], r[4])
        for r in session.execute(
            select(Event.id, Event.name, Event.kind, Event.starts_on, Event.ends_on).where(
                Event.id.in_(wanted)
            )
        )
    ]
    rows.sort(key=lambda r: (r[3], phrase_sort_key(r[1]), r[0]))
    return rows


def _unit_rows(session: Session) -> list[tuple[int, str, str, int | None]]:
    return [
        (r[0], r[1], r[2], r[3])
        for r in session.execute(
            select(PoliceUnit.id, PoliceUnit.name, PoliceUnit.code, PoliceUnit.parent_id)
        )
    ]


def _tree_order(
    units: list[tuple[int, str, str, int | None]], wanted: set[int]
) -> list[tuple[int, str, str, int]]:
    """The units in ``wanted`` as a tree walk (parent before children, siblings by code), each with
    its depth in the whole tree."""
    ids = {u[0] for u in units}
    children: dict[int | None, list[tuple[int, str, str, int | None]]] = defaultdict(list)
    for unit in units:
        children[unit[3] if unit[3] in ids else None].append(unit)
    ordered: list[tuple[int, str, str, int]] = []
    seen: set[int] = set()

    def walk(parent: int | None, depth: int) -> None:
        for unit_id, name, code, _ in sorted(children.get(parent, []), key=lambda u: u[2]):
            if unit_id in seen:
                continue
            seen.add(unit_id)
            if unit_id in wanted:
                ordered.append((unit_id, name, code, depth))
            walk(unit_id, depth + 1)

    walk(None, 0)
    return ordered


def _kind_counts(values: dict[str, int]) -> KindCounts:
    return KindCounts(**{kind: values.get(kind, 0) for kind in KINDS})


def _reason_counts(reasons: dict[str, int]) -> tuple[ReasonCount, ...]:
    return tuple(
        ReasonCount(reason, reason_label(reason), count)
        for reason, count in sorted(reasons.items(), key=lambda item: (-item[1], item[0]))
        if count
    )


# --- putting it together ---------------------------------------------------------------


def cooperation_report(
    db: Database, actor: Actor, period: ReportPeriod, *, now: datetime | None = None
) -> CooperationReport:
    """Every figure of the cooperation report for ``period`` (see the module's definitions)."""
    actor.require(Permission.READ)
    start, end = period.bounds()
    scope = _Scope(start, end, period.event_id)
    with db.reading() as session:
        event_name = None
        if period.event_id is not None:
            event_name = get_or_raise(session, Event, period.event_id, "event").name
        settings = load_settings(session)
        scans = _scan_groups(session, scope)
        manual = _entry_groups(session, scope)
        timeline = _timeline(session, scope, _timeline_buckets(session, scope, period), scans)
        people = _reporter_figures(session, scope)
        passes = _pass_groups(session, scope)
        agency_counts = _agency_counts(session, scope)
        agencies = _agency_figures(session, agency_counts, people.agency_entries)
        top_reporters = _top_reporters(session, people.top)
        articles = _articles(session, scope)
        units = _unit_rows(session)
        events = _event_rows(session, scans, manual, passes)

    unit_figures = _unit_figures(units, scans, manual, people.served_by_unit)
    event_figures = _event_figures(events, scans, manual, passes)
    all_reasons: dict[str, int] = defaultdict(int)
    for (_unit, _event, allowed, _direction, reason), count in scans.items():
        if not allowed:
            all_reasons[reason] += count
    manual_kinds: dict[str, int] = defaultdict(int)
    for (_entry_unit, _entry_event, kind), count in manual.items():
        manual_kinds[kind] += count
    totals = Totals(
        entries=sum(
            c
            for (_u, _e, allowed, direction, _r), c in scans.items()
            if allowed and direction == "in"
        ),
        denied=sum(all_reasons.values()),
        access=_kind_counts(manual_kinds),
        reporters_served=people.served_total,
        # Each reporter belongs to one agency, so the agencies' distinct counts add up.
        reporters_accredited=sum(p[0] for p in agency_counts.passes.values()),
        passes_issued=sum(p[0] for p in passes.values()),
        passes_printed=sum(p[1] for p in passes.values()),
        passes_revoked=sum(p[2] for p in passes.values()),
        articles=len(articles),
        units_active=len(unit_figures),
        agencies_active=len(agencies),
        events=len(event_figures),
    )
    top_units = tuple(
        TopEntry(u.name, u.code, u.entries + u.access.total)
        for u in sorted(
            (u for u in unit_figures if u.entries + u.access.total > 0),
            key=lambda u: (-(u.entries + u.access.total), phrase_sort_key(u.name)),
        )[:TOP_COUNT]
    )
    top_agencies = tuple(
        TopEntry(a.name, "", a.articles)
        for a in sorted(
            (a for a in agencies if a.articles),
            key=lambda a: (-a.articles, -a.passes_issued, phrase_sort_key(a.name)),
        )[:TOP_COUNT]
    )
    return CooperationReport(
        period=period,
        event_name=event_name,
        org_name=settings.org_name,
        office_name=settings.office_name,
        generated_at=now or utcnow(),
        totals=totals,
        units=unit_figures,
        agencies=tuple(agencies),
        events=event_figures,
        denials=_reason_counts(all_reasons),
        timeline=timeline,
        top_units=top_units,
        top_agencies=top_agencies,
        top_reporters=tuple(top_reporters),
        articles=tuple(articles),
    )


def _unit_figures(
    units: list[tuple[int, str, str, int | None]],
    scans: Groups,
    manual: EntryGroups,
    served: dict[int, int],
) -> tuple[UnitFigures, ...]:
    entries: dict[int | None, int] = defaultdict(int)
    denied: dict[int | None, int] = defaultdict(int)
    for (unit_id, _event, allowed, direction, _reason), count in scans.items():
        if allowed and direction == "in":
            entries[unit_id] += count
        elif not allowed:
            denied[unit_id] += count
    kinds: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (entry_unit, _entry_event, kind), count in manual.items():
        kinds[entry_unit][kind] += count
    known = {u[0] for u in units}
    active = {u for u in set(entries) | set(denied) | set(kinds) if u in known}
    return tuple(
        UnitFigures(
            unit_id,
            name,
            code,
            depth,
            entries.get(unit_id, 0),
            denied.get(unit_id, 0),
            _kind_counts(kinds.get(unit_id, {})),
            served.get(unit_id, 0),
        )
        for unit_id, name, code, depth in _tree_order(units, {u for u in active if u is not None})
    )


def _event_figures(
    events: list[tuple[int, str, str, date, date | None]],
    scans: Groups,
    manual: EntryGroups,
    passes: PassGroups,
) -> tuple[EventFigures, ...]:
    figures = []
    for event_id, name, kind, starts_on, ends_on in events:
        reasons: dict[str, int] = defaultdict(int)
        entries = 0
        for (_unit, scan_event, allowed, direction, reason), count in scans.items():
            if scan_event != event_id:
                continue
            if allowed and direction == "in":
                entries += count
            elif not allowed:
                reasons[reason] += count
        issued, printed, revoked = passes.get(event_id, (0, 0, 0))
        figures.append(
            EventFigures(
                event_id,
                name,
                kind,
                starts_on,
                ends_on,
                issued,
                printed,
                revoked,
                entries,
                sum(reasons.values()),
                _reason_counts(reasons),
                sum(c for (_u, e, _k), c in manual.items() if e == event_id),
            )
        )
    return tuple(figures)


__all__ = [
    "AgencyFigures",
    "ArticleLine",
    "CooperationReport",
    "EventFigures",
    "KindCounts",
    "ReasonCount",
    "ReportPeriod",
    "TimelinePoint",
    "TopEntry",
    "Totals",
    "UnitFigures",
    "cooperation_report",
    "reason_label",
]
