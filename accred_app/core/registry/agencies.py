"""Press agencies: the newspapers, radio-TV stations and online papers whose reporters we accredit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from accred_app.core import validation as v
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.models import AgencyKind, PressAgency, Reporter
from accred_app.core.registry.common import get_or_raise, search_clause
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.core.text import phrase_sort_key, search_key

register(
    {
        "duplicate_agency": (
            "Đã có cơ quan báo chí tên “{name}” (mã {other_id}).",
            "A press agency named “{name}” already exists (id {other_id}).",
        ),
    }
)

AGENCY_KINDS = [k.value for k in AgencyKind]


@dataclass(frozen=True, slots=True)
class AgencyView:
    id: int
    name: str
    short_name: str | None
    kind: str
    contact_person: str | None
    phone: str | None
    email: str | None
    address: str | None
    agreement_signed_on: date | None
    reporter_count: int = 0


def _view(agency: PressAgency, reporter_count: int = 0) -> AgencyView:
    return AgencyView(
        agency.id,
        agency.name,
        agency.short_name,
        agency.kind.value,
        agency.contact_person,
        agency.phone,
        agency.email,
        agency.address,
        agency.agreement_signed_on,
        reporter_count,
    )


def find_by_name(session: Session, name: str) -> PressAgency | None:
    """Case-insensitive for Vietnamese capitals too (SQL lower() folds ASCII only on SQLite)."""
    wanted = name.casefold()
    for agency in session.execute(select(PressAgency)).scalars():
        if agency.name.casefold() == wanted:
            return agency
    return None


def new_agency(name: str, kind: str, short_name: str | None = None) -> PressAgency:
    """An unsaved agency with its fields validated; the caller makes sure the name is free
    (:func:`find_by_name`) — the importer creates the agencies named in a list this way."""
    clean_name = v.required_text(name, "name", limit=200)
    short = v.text_field(short_name, "short_name", limit=60)
    return PressAgency(
        name=clean_name,
        short_name=short,
        kind=AgencyKind(v.choice(kind, "kind", AGENCY_KINDS)),
        search_key=search_key(clean_name, short),
    )


def add_agency(
    db: Database,
    actor: Actor,
    *,
    name: str,
    kind: str,
    short_name: str | None = None,
    contact_person: str | None = None,
    phone: str | None = None,
    email: str | None = None,
    address: str | None = None,
    agreement_signed_on: date | str | None = None,
) -> int:
    actor.require(Permission.EDIT_REGISTRY)
    clean_name = v.required_text(name, "name", limit=200)
    kind_value = AgencyKind(v.choice(kind, "kind", AGENCY_KINDS))
    signed = (
        v.parse_date(agreement_signed_on, "agreement_signed_on") if agreement_signed_on else None
    )
    with db.transaction(actor) as session:
        existing = find_by_name(session, clean_name)
        if existing is not None:
            raise ValidationError(
                "duplicate_agency", name=clean_name, other_id=existing.id, field="name"
            )
        short = v.text_field(short_name, "short_name", limit=60)
        agency = PressAgency(
            name=clean_name,
            short_name=short,
            kind=kind_value,
            contact_person=v.text_field(contact_person, "contact_person", limit=120),
            phone=v.phone(phone),
            email=v.email(email),
            address=v.text_field(address, "address", limit=300),
            agreement_signed_on=signed,
            search_key=search_key(clean_name, short),
        )
        session.add(agency)
        session.flush()
        return agency.id


def get_agency(db: Database, actor: Actor, agency_id: int) -> AgencyView:
    actor.require(Permission.READ)
    with db.reading() as session:
        return _view(get_or_raise(session, PressAgency, agency_id, "agency"))


def list_agencies(db: Database, actor: Actor, query: str = "") -> list[AgencyView]:
    """All agencies (optionally filtered by a folded search), in Vietnamese alphabetical order."""
    actor.require(Permission.READ)
    with db.reading() as session:
        counts = (
            select(Reporter.agency_id, func.count().label("n"))
            .group_by(Reporter.agency_id)
            .subquery()
        )
        rows = session.execute(
            select(PressAgency, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.agency_id == PressAgency.id)
            .where(search_clause(PressAgency.search_key, query))
        ).all()
        views = [_view(agency, count) for agency, count in rows]
    return sorted(views, key=lambda a: phrase_sort_key(a.name))


AGENCY_FIELDS = frozenset(
    {
        "name",
        "kind",
        "short_name",
        "contact_person",
        "phone",
        "email",
        "address",
        "agreement_signed_on",
    }
)


def update_agency(db: Database, actor: Actor, agency_id: int, **changes: object) -> AgencyView:
    """Change the given fields of an agency (``None`` clears an optional one); the name stays
    unique, compared ignoring case."""
    actor.require(Permission.EDIT_REGISTRY)
    for field in changes:
        if field not in AGENCY_FIELDS:
            raise ValidationError("unknown_field", field=field)

    def text(value: object) -> str | None:
        return None if value is None else str(value)

    with db.transaction(actor) as session:
        agency = get_or_raise(session, PressAgency, agency_id, "agency")
        session.autoflush = False  # one flush, so one edit is one row of the audit trail
        for field, value in changes.items():
            if field == "name":
                clean_name = v.required_text(text(value), "name", limit=200)
                existing = find_by_name(session, clean_name)
                if existing is not None and existing.id != agency.id:
                    raise ValidationError(
                        "duplicate_agency", name=clean_name, other_id=existing.id, field="name"
                    )
                agency.name = clean_name
            elif field == "kind":
                agency.kind = AgencyKind(v.choice(str(value), "kind", AGENCY_KINDS))
            elif field == "short_name":
                agency.short_name = v.text_field(text(value), "short_name", limit=60)
            elif field == "contact_person":
                agency.contact_person = v.text_field(text(value), "contact_person", limit=120)
            elif field == "phone":
                agency.phone = v.phone(text(value))
            elif field == "email":
                agency.email = v.email(text(value))
            elif field == "address":
                agency.address = v.text_field(text(value), "address", limit=300)
            elif field == "agreement_signed_on":
                agency.agreement_signed_on = (
                    v.parse_date(value if isinstance(value, date) else str(value), field)
                    if value
                    else None
                )
        agency.search_key = search_key(agency.name, agency.short_name)
        session.flush()
        count = session.execute(
            select(func.count()).select_from(Reporter).where(Reporter.agency_id == agency.id)
        ).scalar_one()
        return _view(agency, count)
