"""Checkpoint scans over the database: the pure verdict (core/verdict.py) fed with what this
database knows, and every scan — allowed or not — written to the scan log in the same transaction.

Works the same on the desk database and on a station database made by ``station import``: both
hold the public keys, the passes' statuses and the reporters' statuses.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from accred_app.core.db import Database
from accred_app.core.events import EventView, load_event
from accred_app.core.events import _view as event_view
from accred_app.core.keys import public_keys
from accred_app.core.models import (
    FieldPass,
    PassStatus,
    PoliceUnit,
    PressAgency,
    Reporter,
    ReporterPhoto,
    ReporterStatus,
    ScanRecord,
    utcnow,
)
from accred_app.core.registry_common import get_or_raise
from accred_app.core.roles import Actor, Permission
from accred_app.core.settings import read_value
from accred_app.core.verdict import Checkpoint, Direction, Verdict, decide


class DatabaseKnowledge:
    """:class:`CheckpointKnowledge` answered by queries on one open session."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._keys: dict[bytes, bytes] | None = None

    def public_keys(self) -> Mapping[bytes, bytes]:
        if self._keys is None:
            self._keys = public_keys(self._session)
        return self._keys

    def is_revoked(self, pass_id: int) -> bool:
        status = self._session.execute(
            select(FieldPass.status).where(FieldPass.id == pass_id)
        ).scalar_one_or_none()
        return status is PassStatus.REVOKED

    def is_reporter_blocked(self, reporter_id: int) -> bool:
        status = self._session.execute(
            select(Reporter.status).where(Reporter.id == reporter_id)
        ).scalar_one_or_none()
        return status is not None and status is not ReporterStatus.ACTIVE

    def is_inside(self, pass_id: int, zone_slot: int | None) -> bool:
        """Inside when the last *allowed* scan of this pass at this zone was an entry."""
        slot_clause = (
            ScanRecord.zone_slot.is_(None)
            if zone_slot is None
            else ScanRecord.zone_slot == zone_slot
        )
        last = self._session.execute(
            select(ScanRecord.direction)
            .where(ScanRecord.pass_id == pass_id, slot_clause, ScanRecord.allowed.is_(True))
            .order_by(ScanRecord.scanned_at.desc(), ScanRecord.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        return last == Direction.IN.value


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

    def as_json(self) -> dict[str, object]:
        return {
            "allowed": self.allowed,
            "reason": self.reason,
            "message": self.message,
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
    """A staffed checkpoint: event, zone (None = outer gate), the unit on duty."""

    event: EventView
    zone_code: str | None
    zone_slot: int | None
    unit_id: int


def open_checkpoint(
    db: Database, actor: Actor, *, event_id: int, zone_code: str | None, unit_id: int
) -> CheckpointPost:
    """Check the event, zone and unit once when a checkpoint opens (not on every scan)."""
    actor.require(Permission.SCAN)
    with db.reading() as session:
        event = event_view(load_event(session, event_id))
        get_or_raise(session, PoliceUnit, unit_id, "unit")
    if zone_code:
        zone = event.zone(zone_code)
        return CheckpointPost(event, zone.code, zone.slot, unit_id)
    return CheckpointPost(event, None, None, unit_id)


def _who(session: Session, verdict: Verdict) -> tuple[str | None, str | None, str | None]:
    """Serial, reporter name and agency of an authentic token, for the officer's screen."""
    if verdict.claims is None:
        return None, None, None
    row = session.execute(
        select(FieldPass.serial, Reporter.full_name, PressAgency.name)
        .select_from(Reporter)
        .join(PressAgency, PressAgency.id == Reporter.agency_id)
        .outerjoin(FieldPass, FieldPass.id == verdict.claims.pass_id)
        .where(Reporter.id == verdict.claims.reporter_id)
    ).first()
    if row is None:
        return None, None, None
    return row[0], row[1], row[2]


def scan(
    db: Database,
    actor: Actor,
    post: CheckpointPost,
    token_text: str,
    direction: Direction = Direction.IN,
    *,
    now: datetime | None = None,
    locale: str = "vi",
    with_photo: bool = False,
) -> ScanResult:
    """Decide one scan and log it (time, checkpoint, zone, direction, unit, officer, verdict)."""
    actor.require(Permission.SCAN)
    now = now or utcnow()
    with db.transaction(actor) as session:
        knowledge = DatabaseKnowledge(session)
        verdict = decide(
            token_text, Checkpoint(post.event.id, post.zone_slot), direction, now, knowledge
        )
        serial, name, agency = _who(session, verdict)
        claims = verdict.claims
        record = ScanRecord(
            scan_uid=str(uuid.uuid4()),
            scanned_at=now,
            event_id=post.event.id,
            zone_slot=post.zone_slot,
            zone_code=post.zone_code,
            direction=direction.value,
            unit_id=post.unit_id,
            officer=actor.username,
            allowed=verdict.allowed,
            reason=verdict.reason.value,
            pass_id=claims.pass_id if claims else None,
            serial=serial,
            reporter_id=claims.reporter_id if claims else None,
            station=read_value(session, "station_name"),
        )
        session.add(record)
    photo = _thumbnail(db, claims.reporter_id) if with_photo and claims is not None else None
    return ScanResult(
        record.scan_uid,
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
    )


def _thumbnail(db: Database, reporter_id: int) -> bytes | None:
    """The checkpoint screen shows the photo to compare faces, even to a checkpoint-only officer."""
    with db.reading() as session:
        return session.execute(
            select(ReporterPhoto.thumbnail_jpeg).where(ReporterPhoto.reporter_id == reporter_id)
        ).scalar_one_or_none()
