"""Events (a congress, an election day, the Tết security operation) and standing sites (the provincial
police headquarters), each with its zones. A zone's ``slot`` is its bit in the pass token: slots are
given in order of creation, and a zone some pass grants can be neither removed nor given another
code, so a printed pass keeps its meaning (only the slot of a zone no pass ever carried is given
again)."""

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
        "zone_in_use": (
            "Không xóa được khu vực “{code}”: đã có thẻ tác nghiệp được cấp vào khu vực này.",
            "Zone “{code}” cannot be removed: field passes have been issued for it.",
        ),
        "zone_code_fixed": (
            "Không đổi được mã khu vực “{code}”: thẻ đã cấp mang mã này.",
            "The code of zone “{code}” cannot change: issued passes carry it.",
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
        raise ValidationError("invalid_zone_code", code=code[:16], field="zones")
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
            raise ValidationError("duplicate_zone_code", code=code, field="zones")
        if next_slot >= MAX_ZONES:
            raise ValidationError("too_many_zones", limit=MAX_ZONES, field="zones")
        colour = v.colour(spec.colour, ZONE_PALETTE[next_slot % len(ZONE_PALETTE)], field="zones")
        event.zones.append(
            Zone(
                slot=next_slot,
                code=code,
                name=v.required_text(spec.name, "zone_name", limit=120),
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


@dataclass(frozen=True, slots=True)
class ZoneEdit:
    """A zone as the event editor sends it: ``slot`` None for a new zone, else the zone to change."""

    slot: int | None
    code: str
    name: str
    colour: str | None = None


def _slots_in_use(session: Session, event_id: int) -> int:
    """The bits of every zone some pass of the event grants (revoked passes included: their
    printed cards still carry the bit)."""
    from accred_app.core.models import FieldPass  # the pass table; no pass logic is needed here

    mask = 0
    for (zone_mask,) in session.execute(
        select(FieldPass.zone_mask).where(FieldPass.event_id == event_id).distinct()
    ):
        mask |= zone_mask
    return mask


def _apply_zone_edits(session: Session, event: Event, edits: list[ZoneEdit]) -> None:
    in_use = _slots_in_use(session, event.id)
    by_slot = {zone.slot: zone for zone in event.zones}
    kept = {edit.slot for edit in edits if edit.slot is not None}
    for slot, removed in list(by_slot.items()):
        if slot not in kept:
            if in_use >> slot & 1:
                raise ValidationError("zone_in_use", code=removed.code, field="zones")
            event.zones.remove(removed)
            session.flush()  # the code may be given again to a new zone below
    codes: set[str] = set()
    for edit in edits:
        code = _zone_code(edit.code)
        if code in codes:
            raise ValidationError("duplicate_zone_code", code=code, field="zones")
        codes.add(code)
        if edit.slot is None:
            continue
        existing = by_slot.get(edit.slot)
        if existing is None:
            raise ValidationError("unknown_zone", event=event.name, code=edit.code[:16])
        if code != existing.code and in_use >> existing.slot & 1:
            raise ValidationError("zone_code_fixed", code=existing.code, field="zones")
        existing.code = code
        existing.name = v.required_text(edit.name, "zone_name", limit=120)
        existing.colour = v.colour(edit.colour, existing.colour, field="zones")
    _add_zones(event, [ZoneSpec(e.code, e.name, e.colour) for e in edits if e.slot is None])


def update_event(
    db: Database,
    actor: Actor,
    event_id: int,
    *,
    name: str,
    kind: str,
    start: date | str,
    end: date | str | None = None,
    location: str | None = None,
    organising_unit_id: int | None = None,
    notes: str | None = None,
    zones: list[ZoneEdit] | None = None,
) -> EventView:
    """Save the event editor: every field, and the zones when given (the whole list: zones left
    out are removed, unless a pass grants them; a zone's code is fixed once passes carry it)."""
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
        event = load_event(session, event_id)
        if organising_unit_id is not None:
            get_or_raise(session, PoliceUnit, organising_unit_id, "unit")
        event.name = clean_name
        event.kind = kind_value
        event.starts_on = starts_on
        event.ends_on = ends_on
        event.location = clean_location
        event.organising_unit_id = organising_unit_id
        event.notes = v.text_field(notes, "notes", limit=4000)
        event.search_key = search_key(clean_name, clean_location)
        if zones is not None:
            _apply_zone_edits(session, event, zones)
        session.flush()
        session.refresh(event, ["organising_unit"])
        return event_view(event)


def _shift_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


def copy_event(db: Database, actor: Actor, event_id: int, *, years: int = 1) -> int:
    """Next year's edition of an event: the same kind, place, organiser, notes and zones (codes,
    names, colours and slots), dates moved by ``years`` and any year in the name with them."""
    actor.require(Permission.EDIT_REGISTRY)
    with db.transaction(actor) as session:
        source = load_event(session, event_id)

        def later_year(match: re.Match[str]) -> str:
            return str(int(match.group(0)) + years)

        name = re.sub(r"\b(19|20)\d\d\b", later_year, source.name)
        if name == source.name:
            name = f"{source.name} ({_shift_years(source.starts_on, years).year})"
        copy = Event(
            name=name[:300],
            kind=source.kind,
            location=source.location,
            starts_on=_shift_years(source.starts_on, years),
            ends_on=_shift_years(source.ends_on, years) if source.ends_on else None,
            organising_unit_id=source.organising_unit_id,
            notes=source.notes,
            search_key=search_key(name, source.location),
            zones=[
                Zone(slot=zone.slot, code=zone.code, name=zone.name, colour=zone.colour)
                for zone in source.zones
            ],
        )
        session.add(copy)
        session.flush()
        return copy.id
