"""What printing needs from the database, and the record of each print.

Printing itself (reportlab) lives in ``accred_app.printing``; this module gathers the passes to print
(refusing revoked ones), and afterwards records each print, marking reprints and moving a pass from
*issued* to *printed*.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from accred_app.core.clock import utcnow
from accred_app.core.errors import NotFoundError, ValidationError
from accred_app.core.messages import register
from accred_app.core.models import (
    FieldPass,
    PassStatus,
    PrintRecord,
    Reporter,
    ReporterPhoto,
)
from accred_app.core.registry.events import ZoneView, event_view, load_event
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.core.storage.settings import Settings, load_settings

register(
    {
        "print_revoked": (
            "Không in thẻ đã thu hồi: {serial}.",
            "A revoked pass is not printed: {serial}.",
        ),
        "print_nothing": (
            "Không có thẻ nào để in.",
            "Nothing to print.",
        ),
    }
)


_CHUNK = 500  # keeps IN lists within every driver's limit


@dataclass(frozen=True, slots=True)
class PassToPrint:
    pass_id: int
    serial: str
    token: str
    event_name: str
    full_name: str
    agency_name: str
    card_no: str
    zones: tuple[ZoneView, ...]
    valid_from: datetime
    valid_to: datetime
    reporter_id: int
    printed_before: bool
    last_printed_at: datetime | None = None  # the latest print, when printed before


def gather(
    db: Database,
    actor: Actor,
    *,
    serials: Sequence[str] = (),
    event_id: int | None = None,
    all_of_event: bool = False,
) -> tuple[list[PassToPrint], Settings]:
    """The passes to print, in the order asked (or by serial for a whole event)."""
    actor.require(Permission.PRINT_PASSES)
    with db.reading() as session:
        if all_of_event and event_id is not None:
            rows = list(
                session.execute(
                    select(FieldPass)
                    .options(selectinload(FieldPass.reporter).selectinload(Reporter.agency))
                    .where(FieldPass.event_id == event_id, FieldPass.status != PassStatus.REVOKED)
                    .order_by(FieldPass.serial)
                ).scalars()
            )
        else:
            rows = _by_serials(session, serials)
        if not rows:
            raise ValidationError("print_nothing")
        last_prints: dict[int, datetime] = {}
        for start in range(0, len(rows), _CHUNK):
            chunk = [r.id for r in rows[start : start + _CHUNK]]
            for pass_id, last in session.execute(
                select(PrintRecord.pass_id, func.max(PrintRecord.printed_at))
                .where(PrintRecord.pass_id.in_(chunk))
                .group_by(PrintRecord.pass_id)
            ):
                last_prints[pass_id] = last
        events = {}
        result = []
        for row in rows:
            if row.event_id not in events:
                events[row.event_id] = event_view(load_event(session, row.event_id))
            event = events[row.event_id]
            reporter: Reporter = row.reporter
            result.append(
                PassToPrint(
                    row.id,
                    row.serial,
                    row.token,
                    event.name,
                    reporter.full_name,
                    reporter.agency.name,
                    reporter.card_no,
                    tuple(z for z in event.zones if row.zone_mask >> z.slot & 1),
                    row.valid_from,
                    row.valid_to,
                    reporter.id,
                    row.id in last_prints,
                    last_prints.get(row.id),
                )
            )
        return result, load_settings(session)


def _by_serials(session: Session, serials: Sequence[str]) -> list[FieldPass]:
    """The passes asked for, in the order asked; a revoked or unknown one refuses the lot."""
    wanted = list(dict.fromkeys(s.strip().upper() for s in serials if s.strip()))
    found: dict[str, FieldPass] = {}
    for start in range(0, len(wanted), _CHUNK):
        found.update(
            (row.serial, row)
            for row in session.execute(
                select(FieldPass)
                .options(selectinload(FieldPass.reporter).selectinload(Reporter.agency))
                .where(FieldPass.serial.in_(wanted[start : start + _CHUNK]))
            ).scalars()
        )
    rows = []
    for serial in wanted:
        row = found.get(serial)
        if row is None:
            raise NotFoundError("not_found", entity="pass", key=serial[:40])
        if row.status is PassStatus.REVOKED:
            raise ValidationError("print_revoked", serial=row.serial)
        rows.append(row)
    return rows


def photos_for(db: Database, reporter_ids: Sequence[int]) -> dict[int, bytes]:
    """The photos of several reporters in one read (those without a photo are absent)."""
    wanted = list(dict.fromkeys(reporter_ids))
    photos: dict[int, bytes] = {}
    with db.reading() as session:
        for start in range(0, len(wanted), _CHUNK):
            for reporter_id, image in session.execute(
                select(ReporterPhoto.reporter_id, ReporterPhoto.image_jpeg).where(
                    ReporterPhoto.reporter_id.in_(wanted[start : start + _CHUNK])
                )
            ):
                photos[reporter_id] = image
    return photos


def record_prints(db: Database, actor: Actor, pass_ids: Sequence[int], layout: str) -> list[int]:
    """Log one print per pass; returns the ids that were reprints. One transaction, a few
    statements whatever the number of passes (a 1,000-pass sheet is logged at once)."""
    actor.require(Permission.PRINT_PASSES)
    ids = list(pass_ids)
    with db.transaction(actor) as session:
        previously: set[int] = set()
        rows: list[FieldPass] = []
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            previously.update(
                session.execute(
                    select(PrintRecord.pass_id).where(PrintRecord.pass_id.in_(chunk))
                ).scalars()
            )
            rows += session.execute(select(FieldPass).where(FieldPass.id.in_(chunk))).scalars()
        now = utcnow()
        session.add_all(
            PrintRecord(
                pass_id=pass_id,
                printed_at=now,
                printed_by=actor.username,
                layout=layout,
                is_reprint=pass_id in previously,
            )
            for pass_id in ids
        )
        for row in rows:
            if row.status is PassStatus.ISSUED:
                row.status = PassStatus.PRINTED
        return [i for i in ids if i in previously]
