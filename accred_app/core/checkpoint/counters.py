"""The checkpoint window's side panel: entries, exits, who is inside, denials by reason, the last
scans — for one post (event, zone, unit), read from the scan log like everything else.

Definitions (the tests hold them against a hand-built log):

* the **period** starts at ``since`` (default: 00:00 today in Vietnam); entries, exits, manual
  admissions, denials and the recent list count this post's rows (its event, zone and unit) from
  then on;
* **entries** are allowed entries (scans and manual admissions) less those a supervisor denied;
  **exits** are allowed exits; **manual admissions** are allowed rows admitted by hand;
* **denials** are refused rows by reason, a supervisor's denial (``supervisor_denied``) included;
* **inside now** is how many passes the log has inside this zone of the event — through any gate,
  since ever: exactly the passes a scan here would call ``already_inside``;
* **recent** is the post's last :data:`RECENT_SCANS` rows in the period, newest first.

Reading it all once (:func:`gate_counters`) costs a walk of the event's rows (the "inside" figure
cannot be had otherwise without another index on the scan path): 0.2 s on the 1,000,000-row log. A
window asks after every scan, so :class:`GateTally` does that walk once and then folds in only the
rows written since, found by their ids (the primary key): after each scan the panel costs one short
range read, plus one presence lookup per pass those rows touched. It reads everything again when
the day (the default period) changes. On SQLite a row's id is given in commit order (one writer at
a time), so nothing is missed; on PostgreSQL a transaction may commit a smaller id after a larger
one is seen, so the tally there re-reads the last :data:`LATE_COMMIT_SLACK` ids (skipping those
already counted) and everything every :data:`REDERIVE_EVERY`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Final

from sqlalchemy import ColumnElement, Connection, func, select

from accred_app.core.checkpoint.scanning import (
    PRESENCE_ROWS,
    CheckpointPost,
    is_inside_row,
    pass_is_inside,
)
from accred_app.core.checkpoint.verdict import Direction
from accred_app.core.clock import VIETNAM_TZ, utcnow
from accred_app.core.models import Reporter, ScanMethod, ScanRecord
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database

RECENT_SCANS: Final = 20
REDERIVE_EVERY: Final = timedelta(minutes=5)  # PostgreSQL only (see the module docstring)
LATE_COMMIT_SLACK: Final = 256  # PostgreSQL only


@dataclass(frozen=True, slots=True)
class RecentScan:
    """One line of the recent list (the window can open the row by ``scan_uid``)."""

    id: int
    scan_uid: str
    scanned_at: datetime
    direction: str
    allowed: bool
    reason: str
    method: str
    serial: str | None
    reporter_id: int | None
    reporter_name: str | None
    officer: str
    note: str | None

    def as_json(self) -> dict[str, object]:
        return {
            "scan_uid": self.scan_uid,
            "scanned_at": self.scanned_at.isoformat(),
            "direction": self.direction,
            "allowed": self.allowed,
            "reason": self.reason,
            "method": self.method,
            "serial": self.serial,
            "reporter": (
                {"id": self.reporter_id, "name": self.reporter_name}
                if self.reporter_id is not None
                else None
            ),
            "officer": self.officer,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class GateCounters:
    since: datetime
    entries: int
    exits: int
    inside_now: int
    manual_admissions: int
    denials: tuple[tuple[str, int], ...]  # (reason, count), most frequent first
    recent: tuple[RecentScan, ...]

    @property
    def denied(self) -> int:
        return sum(count for _, count in self.denials)

    def as_json(self) -> dict[str, object]:
        return {
            "since": self.since.isoformat(),
            "entries": self.entries,
            "exits": self.exits,
            "inside_now": self.inside_now,
            "manual_admissions": self.manual_admissions,
            "denied": self.denied,
            "denials": [{"reason": reason, "count": count} for reason, count in self.denials],
            "recent": [row.as_json() for row in self.recent],
        }


def start_of_today(now: datetime | None = None) -> datetime:
    """00:00 today in Vietnam, as a UTC-aware instant (the default period of the panel)."""
    local = (now or utcnow()).astimezone(VIETNAM_TZ)
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def _zone_condition(post: CheckpointPost) -> ColumnElement[bool]:
    if post.zone_slot is None:
        return ScanRecord.zone_slot.is_(None)
    return ScanRecord.zone_slot == post.zone_slot


_ROW_COLUMNS = (
    ScanRecord.id,
    ScanRecord.scan_uid,
    ScanRecord.scanned_at,
    ScanRecord.direction,
    ScanRecord.allowed,
    ScanRecord.reason,
    ScanRecord.method,
    ScanRecord.serial,
    ScanRecord.reporter_id,
    Reporter.full_name,
    ScanRecord.officer,
    ScanRecord.note,
    ScanRecord.event_id,
    ScanRecord.zone_slot,
    ScanRecord.unit_id,
    ScanRecord.pass_id,
)


def _recent(row: Any) -> RecentScan:
    return RecentScan(
        id=row[0],
        scan_uid=row[1],
        scanned_at=row[2],
        direction=row[3],
        allowed=bool(row[4]),
        reason=row[5],
        method=ScanMethod(row[6]).value,
        serial=row[7],
        reporter_id=row[8],
        reporter_name=row[9],
        officer=row[10],
        note=row[11],
    )


def _key(allowed: bool, direction: str, reason: str, method: str) -> tuple[bool, str, str, str]:
    return bool(allowed), direction, reason, ScanMethod(method).value


@dataclass
class _Figures:
    """The tally's state: counts by (allowed, direction, reason, method), who is inside, the
    recent rows (newest first) and the last row id folded in."""

    counts: Counter[tuple[bool, str, str, str]] = field(default_factory=Counter)
    inside: set[int] = field(default_factory=set)
    recent: list[RecentScan] = field(default_factory=list)
    last_id: int = 0
    seen_late: set[int] = field(default_factory=set)  # ids within the slack already folded in

    def snapshot(self, since: datetime) -> GateCounters:
        entries = exits = manual = 0
        denials: Counter[str] = Counter()
        overrides = 0
        for (allowed, direction, reason, method), count in self.counts.items():
            if allowed:
                if direction == Direction.IN.value:
                    entries += count
                else:
                    exits += count
                if method == ScanMethod.MANUAL.value:
                    manual += count
            else:
                denials[reason] += count
                if method == ScanMethod.OVERRIDE.value:
                    overrides += count
        return GateCounters(
            since=since,
            entries=max(0, entries - overrides),
            exits=exits,
            inside_now=len(self.inside),
            manual_admissions=manual,
            denials=tuple(sorted(denials.items(), key=lambda item: (-item[1], item[0]))),
            recent=tuple(self.recent[:RECENT_SCANS]),
        )


def _derive(
    connection: Connection, post: CheckpointPost, since: datetime, slack: int = 0
) -> _Figures:
    """Everything at once, in one read snapshot."""
    figures = _Figures()
    here = (ScanRecord.event_id == post.event.id, _zone_condition(post))
    mine = (*here, ScanRecord.unit_id == post.unit_id, ScanRecord.scanned_at >= since)
    figures.last_id = connection.execute(select(func.max(ScanRecord.id))).scalar_one() or 0
    if slack:
        figures.seen_late = set(
            connection.execute(
                select(ScanRecord.id).where(ScanRecord.id > figures.last_id - slack)
            ).scalars()
        )
    grouped = (ScanRecord.allowed, ScanRecord.direction, ScanRecord.reason, ScanRecord.method)
    for allowed, direction, reason, method, count in connection.execute(
        select(*grouped, func.count()).where(*mine).group_by(*grouped)
    ):
        figures.counts[_key(allowed, direction, reason, method)] += int(count)
    last: dict[int | None, bool] = {}
    for pass_id, direction, allowed in connection.execute(
        select(ScanRecord.pass_id, ScanRecord.direction, ScanRecord.allowed)
        .where(*here, ScanRecord.pass_id.is_not(None), PRESENCE_ROWS)
        .order_by(ScanRecord.scanned_at, ScanRecord.id)
    ):
        last[pass_id] = is_inside_row((direction, allowed))
    figures.inside = {pass_id for pass_id, inside in last.items() if inside and pass_id}
    figures.recent = [
        _recent(row)
        for row in connection.execute(
            select(*_ROW_COLUMNS)
            .outerjoin(Reporter, Reporter.id == ScanRecord.reporter_id)
            .where(*mine)
            .order_by(ScanRecord.scanned_at.desc(), ScanRecord.id.desc())
            .limit(RECENT_SCANS)
        )
    ]
    return figures


def _require_reader(actor: Actor) -> None:
    """The panel is the checkpoint's own (scan) and part of the log anyone may read (read)."""
    if not actor.can(Permission.READ):
        actor.require(Permission.SCAN)


def gate_counters(
    db: Database,
    actor: Actor,
    post: CheckpointPost,
    *,
    since: datetime | None = None,
    now: datetime | None = None,
) -> GateCounters:
    """The panel read whole (see the module docstring); a window keeps a :class:`GateTally`."""
    _require_reader(actor)
    start = since or start_of_today(now)
    with db.reading() as session:
        return _derive(session.connection(), post, start).snapshot(start)


class GateTally:
    """The panel of one open checkpoint, kept up to date by folding in the rows written since
    the last look (see the module docstring). Not thread-safe: one per window."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        post: CheckpointPost,
        *,
        since: datetime | None = None,
        late_commits: bool | None = None,
    ) -> None:
        """``late_commits``: whether ids may become visible out of order (default: on
        PostgreSQL, not on SQLite)."""
        _require_reader(actor)
        self._db = db
        self._post = post
        self._fixed_since = since
        self._since: datetime | None = None
        self._figures: _Figures | None = None
        self._derived_at: datetime | None = None
        self._late_commits = not db.is_sqlite if late_commits is None else late_commits
        self._slack = LATE_COMMIT_SLACK if self._late_commits else 0
        self.full_reads = 0  # how many times the whole log was read (tests, benchmarks)

    def counters(self, *, now: datetime | None = None) -> GateCounters:
        moment = now or utcnow()
        since = self._fixed_since or start_of_today(moment)
        with self._db.reading() as session:
            connection = session.connection()
            if (
                self._figures is None
                or since != self._since
                or self._derived_at is None
                or (
                    self._late_commits
                    and not timedelta(0) <= moment - self._derived_at < REDERIVE_EVERY
                )
            ):
                self._figures = _derive(connection, self._post, since, self._slack)
                self._since, self._derived_at = since, moment
                self.full_reads += 1
            else:
                self._fold_new_rows(connection, self._figures, since)
        return self._figures.snapshot(since)

    def _fold_new_rows(self, connection: Connection, figures: _Figures, since: datetime) -> None:
        post = self._post
        touched: set[int] = set()
        fresh: list[RecentScan] = []
        floor = figures.last_id - self._slack
        rows: list[Any] = list(
            connection.execute(
                select(*_ROW_COLUMNS)
                .outerjoin(Reporter, Reporter.id == ScanRecord.reporter_id)
                .where(ScanRecord.id > floor)
                .order_by(ScanRecord.id)
            )
        )
        for row in rows:
            if self._slack:
                if row[0] in figures.seen_late:
                    continue
                figures.seen_late.add(row[0])
            figures.last_id = max(figures.last_id, row[0])
            event_id, zone_slot, unit_id, pass_id = row[12:16]
            if event_id != post.event.id or zone_slot != post.zone_slot:
                continue
            method = ScanMethod(row[6]).value
            if pass_id is not None and (row[4] or method == ScanMethod.OVERRIDE.value):
                touched.add(pass_id)
            if unit_id == post.unit_id and row[2] >= since:
                figures.counts[_key(row[4], row[3], row[5], method)] += 1
                fresh.append(_recent(row))
        for pass_id in touched:
            if pass_is_inside(connection, pass_id, post.zone_slot):
                figures.inside.add(pass_id)
            else:
                figures.inside.discard(pass_id)
        if self._slack:
            floor = figures.last_id - self._slack
            figures.seen_late = {row_id for row_id in figures.seen_late if row_id > floor}
        if fresh:
            merged = sorted(
                [*figures.recent, *fresh], key=lambda r: (r.scanned_at, r.id), reverse=True
            )
            figures.recent = merged[:RECENT_SCANS]
