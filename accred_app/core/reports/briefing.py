"""The checkpoint briefing sheet: every pass that would open the gate of one event, on paper.

When the scanner or the laptop fails, the officers at the gate check faces and names against this
list. It holds exactly the passes a scan would admit now — not revoked, inside their validity (or
not yet started: the sheet is printed before the day), reporter neither suspended nor barred — in
Vietnamese list order (given name first), with what was left out counted so nobody wonders.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from accred_app.core.clock import utcnow
from accred_app.core.models import (
    FieldPass,
    PassStatus,
    PressAgency,
    Reporter,
    ReporterPhoto,
    ReporterStatus,
)
from accred_app.core.registry.events import EventView, ZoneView, event_view, load_event
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.core.storage.settings import load_settings
from accred_app.core.text import vietnamese_sort_key


@dataclass(frozen=True, slots=True)
class BriefingLine:
    pass_id: int
    serial: str
    reporter_id: int
    full_name: str
    agency: str
    card_no: str
    zones: tuple[ZoneView, ...]
    valid_from: datetime
    valid_to: datetime
    has_photo: bool


@dataclass(frozen=True, slots=True)
class BriefingSheet:
    event: EventView
    org_name: str
    office_name: str
    generated_at: datetime
    lines: tuple[BriefingLine, ...]
    left_out_revoked: int
    left_out_expired: int
    left_out_reporter_blocked: int


def _require_gate_or_desk(actor: Actor) -> None:
    """Desk officers print it; checkpoint officers, who see these photos on every scan, may too."""
    if not actor.can(Permission.SCAN):
        actor.require(Permission.READ)


def briefing_sheet(
    db: Database, actor: Actor, event_id: int, *, now: datetime | None = None
) -> BriefingSheet:
    _require_gate_or_desk(actor)
    moment = now or utcnow()
    with db.reading() as session:
        event = event_view(load_event(session, event_id))
        settings = load_settings(session)
        photos = set(
            session.execute(
                select(ReporterPhoto.reporter_id)
                .join(FieldPass, FieldPass.reporter_id == ReporterPhoto.reporter_id)
                .where(FieldPass.event_id == event_id)
            ).scalars()
        )
        rows = session.execute(
            select(
                FieldPass.id,
                FieldPass.serial,
                FieldPass.reporter_id,
                FieldPass.zone_mask,
                FieldPass.valid_from,
                FieldPass.valid_to,
                FieldPass.status,
                Reporter.full_name,
                Reporter.status,
                Reporter.card_no,
                PressAgency.name,
            )
            .join(Reporter, Reporter.id == FieldPass.reporter_id)
            .join(PressAgency, PressAgency.id == Reporter.agency_id)
            .where(FieldPass.event_id == event_id)
        ).all()
    lines: list[BriefingLine] = []
    revoked = expired = blocked = 0
    for row in rows:
        if row[6] is PassStatus.REVOKED:
            revoked += 1
        elif row[5] <= moment:
            expired += 1
        elif row[8] is not ReporterStatus.ACTIVE:
            blocked += 1
        else:
            lines.append(
                BriefingLine(
                    row[0],
                    row[1],
                    row[2],
                    row[7],
                    row[10],
                    row[9],
                    tuple(z for z in event.zones if row[3] >> z.slot & 1),
                    row[4],
                    row[5],
                    row[2] in photos,
                )
            )
    lines.sort(key=lambda line: (vietnamese_sort_key(line.full_name), line.serial))
    return BriefingSheet(
        event,
        settings.org_name,
        settings.office_name,
        moment,
        tuple(lines),
        revoked,
        expired,
        blocked,
    )


def briefing_photo(db: Database, actor: Actor, reporter_id: int) -> bytes | None:
    """The reporter's thumbnail (enough for a 2 cm photo), read one at a time while printing."""
    _require_gate_or_desk(actor)
    with db.reading() as session:
        return session.execute(
            select(ReporterPhoto.thumbnail_jpeg).where(ReporterPhoto.reporter_id == reporter_id)
        ).scalar_one_or_none()
