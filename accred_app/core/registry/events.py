"""Events (a congress, an election day, the Tết security operation) and standing sites (the provincial
police headquarters), each with its zones. A zone's ``slot`` is its bit in the pass token: slots are
given in order of creation and never reused within an event, so printed passes keep meaning."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from accred_app.core import validation as v
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.models import Event, EventKind, PoliceUnit, Zone
from accred_app.core.registry.common import get_or_raise, search_clause
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.core.text import search_key

MAX_ZONES = 32
ZONE_PALETTE = (
    "#C62828",
    "#1565C0",
    "#2E7D32",
    "#F9A825",
    "#6A1B9A",
    "#EF6C00",
    "#00838F",
    "#4E342E",
)
_ZONE_CODE = re.compile(r"[A-Z0-9]{1,8}")

register(
    {
        "invalid_zone_spec": (
            "Khu vực “{spec}” không đúng dạng MÃ:TÊN[:#RRGGBB] (ví dụ A:Hội trường:#C62828).",
            "Zone “{spec}” is not in the form CODE:NAME[:#RRGGBB] (e.g. A:Main hall:#C62828).",
        ),
        "invalid_zone_code": (
            "Mã khu vực “{code}” không hợp lệ (1–8 chữ cái không dấu hoặc chữ số).",
            "Zone code “{code}” is invalid (1–8 plain letters or digits).",
        ),
        "duplicate_zone_code": (
            "Mã khu vực “{code}” bị trùng trong cùng sự kiện.",
            "Zone code “{code}” is used twice in the same event.",
        ),
        "too_many_zones": (
            "Một sự kiện có tối đa {limit} khu vực.",
            "An event has at most {limit} zones.",
        ),
        "event_needs_end": (
            "Sự kiện phải có ngày kết thúc (chỉ địa điểm thường trực mới được để trống).",
            "An event needs an end date (only a standing site may leave it open).",
        ),
        "unknown_zone": (
            "Sự kiện “{event}” không có khu vực “{code}”.",
            "Event “{event}” has no zone “{code}”.",
        ),
    }
)


@dataclass(frozen=True, slots=True)
class ZoneSpec:
    code: str
    name: str
    colour: str | None = None


@dataclass(frozen=True, slots=True)
class ZoneView:
    slot: int
    code: str
    name: str
    colour: str


@dataclass(frozen=True, slots=True)
class EventView:
    id: int
    name: str
    kind: str
    location: str | None
    starts_on: date
    ends_on: date | None
    organising_unit_id: int | None
    organising_unit: str | None
    notes: str | None
    zones: tuple[ZoneView, ...]

    def zone(self, code: str) -> ZoneView:
        wanted = code.strip().upper()
        for zone in self.zones:
            if zone.code == wanted:
                return zone
        raise ValidationError("unknown_zone", event=self.name, code=code[:16])


def parse_zone_spec(spec: str) -> ZoneSpec:
    """``CODE:NAME[:#RRGGBB]`` as given on the command line."""
    parts = spec.split(":")
    if len(parts) not in (2, 3) or not parts[0].strip() or not parts[1].strip():
        raise ValidationError("invalid_zone_spec", spec=spec[:80])
    return ZoneSpec(parts[0], parts[1], parts[2] if len(parts) == 3 else None)


def _zone_code(code: str) -> str:
    normalised = code.strip().upper()
    if not _ZONE_CODE.fullmatch(normalised):
        raise ValidationError("invalid_zone_code", code=code[:16])
    return normalised


def event_view(event: Event) -> EventView:
    return EventView(
        event.id,
        event.name,
        event.kind.value,
        event.location,
        event.starts_on,
        event.ends_on,
        event.organising_unit_id,
        event.organising_unit.name if event.organising_unit else None,
        event.notes,
        tuple(ZoneView(z.slot, z.code, z.name, z.colour) for z in event.zones),
    )


def _add_zones(event: Event, specs: list[ZoneSpec]) -> None:
    used_codes = {z.code for z in event.zones}
    next_slot = max((z.slot for z in event.zones), default=-1) + 1
    for spec in specs:
        code = _zone_code(spec.code)
        if code in used_codes:
            raise ValidationError("duplicate_zone_code", code=code)
        if next_slot >= MAX_ZONES:
            raise ValidationError("too_many_zones", limit=MAX_ZONES)
        colour = v.colour(spec.colour, ZONE_PALETTE[next_slot % len(ZONE_PALETTE)])
        event.zones.append(
            Zone(
                slot=next_slot,
                code=code,
                name=v.required_text(spec.name, "zone", limit=120),
                colour=colour,
            )
        )
        used_codes.add(code)
        next_slot += 1


def add_event(
    db: Database,
    actor: Actor,
    *,
    name: str,
    kind: str,
    start: date | str,
    end: date | str | None = None,
    location: str | None = None,
    organising_unit_id: int | None = None,
    notes: str | None = None,
    zones: list[ZoneSpec] | None = None,
) -> int:
    actor.require(Permission.EDIT_REGISTRY)
    clean_name = v.required_text(name, "name", limit=300)
    kind_value = EventKind(v.choice(kind, "kind", [k.value for k in EventKind]))
    starts_on = v.parse_date(start, "start")
    ends_on = v.parse_date(end, "end") if end else None
    if ends_on is None and kind_value is EventKind.EVENT:
        raise ValidationError("event_needs_end", field="end")
    v.date_range(starts_on, ends_on)
    clean_location = v.text_field(location, "location", limit=300)
    with db.transaction(actor) as session:
        if organising_unit_id is not None:
            get_or_raise(session, PoliceUnit, organising_unit_id, "unit")
        event = Event(
            name=clean_name,
            kind=kind_value,
            location=clean_location,
            starts_on=starts_on,
            ends_on=ends_on,
            organising_unit_id=organising_unit_id,
            notes=v.text_field(notes, "notes", limit=4000),
            search_key=search_key(clean_name, clean_location),
        )
        _add_zones(event, zones or [])
        session.add(event)
        session.flush()
        return event.id


def add_zones(db: Database, actor: Actor, event_id: int, zones: list[ZoneSpec]) -> EventView:
    actor.require(Permission.EDIT_REGISTRY)
    with db.transaction(actor) as session:
        event = load_event(session, event_id)
        _add_zones(event, zones)
        session.flush()
        return event_view(event)


def load_event(session: Session, event_id: int) -> Event:
    event = session.execute(
        select(Event).options(selectinload(Event.zones)).where(Event.id == event_id)
    ).scalar_one_or_none()
    if event is None:
        get_or_raise(session, Event, event_id, "event")
    assert event is not None
    return event


def get_event(db: Database, actor: Actor, event_id: int) -> EventView:
    actor.require(Permission.READ)
    with db.reading() as session:
        return event_view(load_event(session, event_id))


def list_events(
    db: Database, actor: Actor, query: str = "", kind: str | None = None
) -> list[EventView]:
    """Events newest first (by start date), then by name."""
    actor.require(Permission.READ)
    with db.reading() as session:
        statement = (
            select(Event)
            .options(selectinload(Event.zones), selectinload(Event.organising_unit))
            .where(search_clause(Event.search_key, query))
            .order_by(Event.starts_on.desc(), Event.id)
        )
        if kind:
            statement = statement.where(Event.kind == EventKind(kind))
        return [event_view(e) for e in session.execute(statement).scalars()]
