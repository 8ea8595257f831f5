"""What a checkpoint officer may choose from when opening a gate: the events (with their zones)
and the police units, readable with the checkpoint permission alone.

The registry's own lists need the permission to read the registry, which a checkpoint officer
(and a station, which has no other kind) does not have; opening a gate only needs names to pick
from, so this reads just those.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from accred_app.core.models import Event, PoliceUnit, ReporterPhoto
from accred_app.core.registry.common import get_or_raise
from accred_app.core.registry.events import EventView, event_view
from accred_app.core.registry.units import UnitView
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database

MAX_THUMBNAILS: Final = 50  # the manual-admission list is never longer


@dataclass(frozen=True, slots=True)
class PostChoices:
    events: tuple[EventView, ...]  # newest first, then by name
    units: tuple[UnitView, ...]  # by code
    officer_unit_id: int | None  # the officer's own unit, proposed first


def post_choices(db: Database, actor: Actor) -> PostChoices:
    actor.require(Permission.SCAN)
    with db.reading() as session:
        events = tuple(
            event_view(event)
            for event in session.execute(
                select(Event)
                .options(selectinload(Event.zones), selectinload(Event.organising_unit))
                .order_by(Event.starts_on.desc(), Event.name, Event.id)
            ).scalars()
        )
        units = tuple(
            UnitView(unit.id, unit.name, unit.code, unit.parent_id)
            for unit in session.execute(select(PoliceUnit).order_by(PoliceUnit.code)).scalars()
        )
    return PostChoices(events, units, actor.unit_id)


def unit_name(db: Database, actor: Actor, unit_id: int) -> str:
    """The name of the unit staffing a checkpoint, for the window's header."""
    actor.require(Permission.SCAN)
    with db.reading() as session:
        return get_or_raise(session, PoliceUnit, unit_id, "unit").name


def reporter_thumbnails(db: Database, actor: Actor, reporter_ids: list[int]) -> dict[int, bytes]:
    """The small photos of the manual-admission list (a station holds only these)."""
    actor.require(Permission.SCAN)
    if not reporter_ids:
        return {}
    with db.reading() as session:
        rows = session.execute(
            select(ReporterPhoto.reporter_id, ReporterPhoto.thumbnail_jpeg).where(
                ReporterPhoto.reporter_id.in_(reporter_ids[:MAX_THUMBNAILS])
            )
        ).all()
    return {reporter_id: picture for reporter_id, picture in rows if picture}
