"""Checkpoint scans over the database: the pure verdict (core/verdict.py) fed with what this
database knows, and every scan — allowed or not — written to the scan log in the same transaction.

Works the same on the desk database and on a station database made by ``station import``: both
hold the public keys, the passes' statuses and the reporters' statuses. Each row is chained to the
previous row of the same station as it is written (``scan_chain.py``).
"""

from __future__ import annotations

import uuid
import weakref
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import Connection, Engine, bindparam, func, insert, or_, select
from sqlalchemy.orm import Session

from accred_app.core.checkpoint.scan_chain import scan_chain_hash
from accred_app.core.checkpoint.verdict import Checkpoint, Direction, Reason, Verdict, decide
from accred_app.core.clock import utcnow
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.models import (
    FieldPass,
    PassStatus,
    PoliceUnit,
    PressAgency,
    Reporter,
    ReporterPhoto,
    ReporterStatus,
    ScanMethod,
    ScanRecord,
    Setting,
    StationIdentity,
)
from accred_app.core.passes.keys import public_keys
from accred_app.core.passes.tokens import PassClaims
from accred_app.core.registry.common import get_or_raise
from accred_app.core.registry.events import EventView, event_view, load_event
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database, lock_scan_chain
from accred_app.core.storage.settings import DEFAULTS

register(
    {
        "checkpoint_direction_invalid": (
            "Hướng qua cổng không hợp lệ: {value} (chỉ “vào” hoặc “ra”).",
            "Invalid direction: {value} (only in or out).",
        ),
    }
)


PRESENCE_ROWS: Final = or_(ScanRecord.allowed.is_(True), ScanRecord.method == ScanMethod.OVERRIDE)
"""The rows that say whether a pass is inside a zone: its last *allowed* passage, unless a
supervisor denied it since (the override row is the last one then, and it lets nobody in)."""


def is_inside_row(row: Any) -> bool:
    """Whether the last of a pass's :data:`PRESENCE_ROWS` (direction, allowed) means inside."""
    return row is not None and bool(row[1]) and row[0] == Direction.IN.value


def pass_is_inside(connection: Connection, pass_id: int, zone_slot: int | None) -> bool:
    """One pass's presence at one zone (``None``: the outer gate), read off its last
    :data:`PRESENCE_ROWS` through ``ix_scan_log_presence``."""
    if zone_slot is None:
        result = connection.execute(_PRESENCE_AT_GATE, {"pass_id": pass_id})
    else:
        result = connection.execute(_PRESENCE_AT_ZONE, {"pass_id": pass_id, "zone_slot": zone_slot})
    return is_inside_row(result.first())


# The scan hot path (budget: p99 <= 5 ms with the log write, see docs/benchmarks.md) runs a few
# statements built once here, so a scan pays neither statement construction nor the ORM's
# unit of work: presence, one combined pass/reporter lookup, the chain head, the log insert.
def _presence_statement(slot_is_null: bool) -> Any:
    slot_clause = (
        ScanRecord.zone_slot.is_(None)
        if slot_is_null
        else ScanRecord.zone_slot == bindparam("zone_slot")
    )
    return (  # served by ix_scan_log_presence (pass_id, zone_slot, scanned_at)
        select(ScanRecord.direction, ScanRecord.allowed)
        .where(ScanRecord.pass_id == bindparam("pass_id"), slot_clause, PRESENCE_ROWS)
        .order_by(ScanRecord.scanned_at.desc(), ScanRecord.id.desc())
        .limit(1)
    )


_PRESENCE_AT_GATE = _presence_statement(slot_is_null=True)
_PRESENCE_AT_ZONE = _presence_statement(slot_is_null=False)
_PASS_STATUS = select(FieldPass.status).where(FieldPass.id == bindparam("pass_id"))
_REPORTER_STATUS = select(Reporter.status).where(Reporter.id == bindparam("reporter_id"))
# The pass with its reporter and agency in one lookup: revocation, suspension and who it is.
_PASS_FACTS = (
    select(
        FieldPass.status,
        FieldPass.serial,
        FieldPass.reporter_id,
        Reporter.status,
        Reporter.full_name,
        PressAgency.name,
        FieldPass.event_id,
    )
    .select_from(FieldPass)
    .outerjoin(Reporter, Reporter.id == FieldPass.reporter_id)
    .outerjoin(PressAgency, PressAgency.id == Reporter.agency_id)
    .where(FieldPass.id == bindparam("pass_id"))
)
_WHO = (
    select(FieldPass.serial, Reporter.full_name, PressAgency.name)
    .select_from(Reporter)
    .join(PressAgency, PressAgency.id == Reporter.agency_id)
    .outerjoin(FieldPass, FieldPass.id == bindparam("pass_id"))
    .where(Reporter.id == bindparam("reporter_id"))
)
# This database's station name and the hash of its last scan row, in one lookup (the head is
# found through ix_scan_log_station_chain), read in the scan's own write transaction.
_STATION_NAME = func.coalesce(
    select(Setting.value).where(Setting.key == "station_name").scalar_subquery(),
    DEFAULTS["station_name"],
)
_CHAIN_HEAD = select(
    _STATION_NAME,
    select(ScanRecord.chain_hash)
    .where(ScanRecord.station == _STATION_NAME)
    .order_by(ScanRecord.id.desc())
    .limit(1)
    .scalar_subquery(),
)
_INSERT_SCAN = insert(ScanRecord)
_STATION_EVENT = select(StationIdentity.event_id).where(StationIdentity.id == 1)

_KEY_CACHES: weakref.WeakKeyDictionary[Engine, dict[bytes, bytes]] = weakref.WeakKeyDictionary()


class _KnownKeys(Mapping[bytes, bytes]):
    """Public keys kept between scans of one database, re-read when a token names a key not held.

    Keys are only ever added (a retired key keeps verifying its passes), so a held key is never
    stale, and a key added since (rotation, a station's key refresh) is found on its first token.
    """

    def __init__(self, session: Session, cache: dict[bytes, bytes]) -> None:
        self._session = session
        self._cache = cache
        self._reloaded = False

    def __getitem__(self, key_id: bytes) -> bytes:
        if key_id not in self._cache and not self._reloaded:
            self._reloaded = True
            fresh = public_keys(self._session)
            self._cache.clear()
            self._cache.update(fresh)
        return self._cache[key_id]

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._cache)

    def __len__(self) -> int:
        return len(self._cache)


class DatabaseKnowledge:
    """:class:`CheckpointKnowledge` answered by queries on one open session.

    ``key_cache`` (one per database) keeps the public keys between scans. The pass, its reporter
    and its agency are read in one lookup, shared by the revocation and suspension checks and by
    the officer's screen.
    """

    def __init__(self, session: Session, key_cache: dict[bytes, bytes] | None = None) -> None:
        self._session = session
        self._connection = session.connection()
        self._key_cache = key_cache
        self._keys: Mapping[bytes, bytes] | None = None
        self._facts: dict[int, tuple[Any, ...] | None] = {}

    @property
    def connection(self) -> Connection:
        return self._connection

    def public_keys(self) -> Mapping[bytes, bytes]:
        if self._keys is None:
            if self._key_cache is None:
                self._keys = public_keys(self._session)
            else:
                self._keys = _KnownKeys(self._session, self._key_cache)
        return self._keys

    def pass_facts(self, pass_id: int) -> tuple[Any, ...] | None:
        """(pass status, serial, reporter id, reporter status, name, agency, event id); None: no
        such pass."""
        if pass_id not in self._facts:
            row = self._connection.execute(_PASS_FACTS, {"pass_id": pass_id}).first()
            self._facts[pass_id] = None if row is None else tuple(row)
        return self._facts[pass_id]

    def is_unknown_pass(self, claims: PassClaims) -> bool:
        """A known pass costs nothing more (its facts are read anyway); only an unknown one asks
        whether this database is the authority: a desk always, a station for its event."""
        facts = self.pass_facts(claims.pass_id)
        if facts is not None and (facts[2], facts[6]) == (claims.reporter_id, claims.event_id):
            return False
        station_event = self._connection.execute(_STATION_EVENT).scalar_one_or_none()
        return station_event is None or station_event == claims.event_id

    def is_revoked(self, pass_id: int) -> bool:
        facts = self.pass_facts(pass_id)
        return facts is not None and facts[0] is PassStatus.REVOKED

    def is_reporter_blocked(self, reporter_id: int) -> bool:
        known = [f for f in self._facts.values() if f is not None and f[2] == reporter_id]
        if known:
            status = known[0][3]
        else:
            status = self._connection.execute(
                _REPORTER_STATUS, {"reporter_id": reporter_id}
            ).scalar_one_or_none()
        return status is not None and status is not ReporterStatus.ACTIVE

    def is_inside(self, pass_id: int, zone_slot: int | None) -> bool:
        """Inside when the last *allowed* scan of this pass at this zone was an entry (and no
        supervisor denied it since)."""
        return pass_is_inside(self._connection, pass_id, zone_slot)


def knowledge_for(db: Database, session: Session) -> DatabaseKnowledge:
    """What the checkpoint knows, read through ``session``, with the database's public keys kept
    between calls."""
    return DatabaseKnowledge(session, _KEY_CACHES.setdefault(db.engine, {}))


@dataclass(frozen=True, slots=True)
class ScanResult:
    scan_uid: str
    scanned_at: datetime
    allowed: bool
    reason: str
    message: str
    direction: str
    zone_code: str | None
    pass_id: int | None
    serial: str | None
    reporter_id: int | None
    reporter_name: str | None
    agency: str | None
    photo_thumbnail: bytes | None
    method: str = ScanMethod.SCAN.value
    note: str | None = None
    overrides_uid: str | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "allowed": self.allowed,
            "reason": self.reason,
            "message": self.message,
            "method": self.method,
            "note": self.note,
            "overrides": self.overrides_uid,
            "serial": self.serial,
            "reporter": (
                {"id": self.reporter_id, "name": self.reporter_name, "agency": self.agency}
                if self.reporter_id is not None
                else None
            ),
            "direction": self.direction,
            "zone": self.zone_code,
            "scan_uid": self.scan_uid,
            "scanned_at": self.scanned_at.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class CheckpointPost:
    """A staffed checkpoint: event, zone (None = outer gate), the unit on duty, and the direction
    its gate lets people through (a scan may still say otherwise)."""

    event: EventView
    zone_code: str | None
    zone_slot: int | None
    unit_id: int
    direction: Direction = Direction.IN

    @property
    def checkpoint(self) -> Checkpoint:
        return Checkpoint(self.event.id, self.zone_slot)


def parse_direction(value: Direction | str) -> Direction:
    try:
        return Direction(value)
    except ValueError:
        raise ValidationError("checkpoint_direction_invalid", value=str(value)[:20]) from None


def open_checkpoint(
    db: Database,
    actor: Actor,
    *,
    event_id: int,
    zone_code: str | None,
    unit_id: int,
    direction: Direction | str = Direction.IN,
) -> CheckpointPost:
    """Check the event, zone, unit and direction once when a checkpoint opens (not on every
    scan); only an officer who may scan can open one."""
    actor.require(Permission.SCAN)
    gate_direction = parse_direction(direction)
    with db.reading() as session:
        event = event_view(load_event(session, event_id))
        get_or_raise(session, PoliceUnit, unit_id, "unit")
    if zone_code:
        zone = event.zone(zone_code)
        return CheckpointPost(event, zone.code, zone.slot, unit_id, gate_direction)
    return CheckpointPost(event, None, None, unit_id, gate_direction)


def _who(
    knowledge: DatabaseKnowledge, verdict: Verdict
) -> tuple[str | None, str | None, str | None]:
    """Serial, reporter name and agency of an authentic token, for the officer's screen. None for
    a pass the records do not know: the name a token claims is not shown as if it were vouched for."""
    claims = verdict.claims
    if claims is None or verdict.reason is Reason.UNKNOWN_PASS:
        return None, None, None
    facts = knowledge.pass_facts(claims.pass_id)
    if facts is not None and facts[2] == claims.reporter_id:
        if facts[4] is None or facts[5] is None:  # no such reporter, or no agency: as the join
            return None, None, None
        return facts[1], facts[4], facts[5]
    row = knowledge.connection.execute(
        _WHO, {"pass_id": claims.pass_id, "reporter_id": claims.reporter_id}
    ).first()
    if row is None:
        return None, None, None
    return row[0], row[1], row[2]


def scan(
    db: Database,
    actor: Actor,
    post: CheckpointPost,
    token_text: str,
    direction: Direction | None = None,
    *,
    now: datetime | None = None,
    locale: str = "vi",
    with_photo: bool = False,
) -> ScanResult:
    """Decide one scan and log it (time, checkpoint, zone, direction, unit, officer, verdict).

    ``direction`` defaults to the post's."""
    actor.require(Permission.SCAN)
    return decide_and_log(
        db,
        actor,
        post,
        token_text,
        direction or post.direction,
        now=now or utcnow(),
        locale=locale,
        with_photo=with_photo,
    )


def decide_and_log(
    db: Database,
    actor: Actor,
    post: CheckpointPost,
    token_text: str,
    direction: Direction,
    *,
    now: datetime,
    locale: str,
    with_photo: bool,
    method: ScanMethod = ScanMethod.SCAN,
    note: str | None = None,
) -> ScanResult:
    """The verdict and its log row in one write transaction (so two quick scans of one pass
    cannot both be let in): a scan, or a manual admission deciding on the pass's stored token.
    The caller has checked the actor's permission."""
    scan_uid = str(uuid.uuid4())
    # A scan transaction holds the scan chain's lock from its first statement (BEGIN IMMEDIATE on
    # SQLite): the presence read below and the chain's head see every scan committed before it, so
    # two gates never both admit one pass, and it never waits for a desk's writes.
    with db.scan_transaction(actor) as session:
        knowledge = knowledge_for(db, session)
        verdict = decide(token_text, post.checkpoint, direction, now, knowledge)
        serial, name, agency = _who(knowledge, verdict)
        claims = verdict.claims
        append_scan_row(
            knowledge.connection,
            {
                "scan_uid": scan_uid,
                "scanned_at": now,
                "event_id": post.event.id,
                "zone_slot": post.zone_slot,
                "zone_code": post.zone_code,
                "direction": direction.value,
                "unit_id": post.unit_id,
                "officer": actor.username,
                "allowed": verdict.allowed,
                "reason": verdict.reason.value,
                "pass_id": claims.pass_id if claims else None,
                "serial": serial,
                "reporter_id": claims.reporter_id if claims else None,
                "method": method.value,
                "note": note,
                "overrides_uid": None,
            },
        )
    photo = _thumbnail(db, claims.reporter_id) if with_photo and claims is not None else None
    return ScanResult(
        scan_uid,
        now,
        verdict.allowed,
        verdict.reason.value,
        verdict.message(locale),
        direction.value,
        post.zone_code,
        claims.pass_id if claims else None,
        serial,
        claims.reporter_id if claims else None,
        name,
        agency,
        photo,
        method.value,
        note,
    )


def append_scan_row(connection: Connection, row: dict[str, Any]) -> None:
    """Write one scan-log row at the head of this database's chain, in the caller's write
    transaction: ``row`` has every column but ``station`` and ``chain_hash``, which this adds."""
    # SQLite writers are serialised by BEGIN IMMEDIATE; on PostgreSQL two desks must not both
    # read the same chain head, so the append takes the scan chain's lock (already held by a
    # scan transaction; taken after the writers' lock by an ordinary write transaction).
    lock_scan_chain(connection)
    station, head = connection.execute(_CHAIN_HEAD).one()
    row["station"] = station
    row["chain_hash"] = scan_chain_hash(head, row)
    # A plain INSERT, not an ORM flush: scan rows are never audited (see core/audit.py).
    connection.execute(_INSERT_SCAN, row)


def _thumbnail(db: Database, reporter_id: int) -> bytes | None:
    """The checkpoint screen shows the photo to compare faces, even to a checkpoint-only officer."""
    with db.reading() as session:
        return session.execute(
            select(ReporterPhoto.thumbnail_jpeg).where(ReporterPhoto.reporter_id == reporter_id)
        ).scalar_one_or_none()
