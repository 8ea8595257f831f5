"""Reporters: who they are, which agency they work for, their press card, their standing with us.

The press card number is unique across reporters after normalising case and spaces (``card_no_key``);
the citizen ID (CCCD) is unique when given. Both are checked before writing so the officer is told
*who* already holds the number, and again by the database's unique constraints.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from accred_app.core import validation as v
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.models import (
    Gender,
    PressAgency,
    Reporter,
    ReporterPhoto,
    ReporterStatus,
)
from accred_app.core.registry.common import get_or_raise, search_clause
from accred_app.core.registry.photos import prepare_photo
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.core.text import search_key, vietnamese_sort_key

register(
    {
        "duplicate_card_no": (
            "Số thẻ nhà báo “{card_no}” đã được cấp cho phóng viên {other_name} (mã {other_id}).",
            "Press card number “{card_no}” already belongs to {other_name} (id {other_id}).",
        ),
        "duplicate_citizen_id": (
            "Số CCCD {citizen_id} đã có trong hồ sơ phóng viên {other_name} (mã {other_id}).",
            "Citizen ID {citizen_id} is already on the record of {other_name} (id {other_id}).",
        ),
        "status_reason_required": (
            "Cần ghi lý do khi tạm đình chỉ hoặc đưa phóng viên vào danh sách đen.",
            "A reason is required to suspend or blacklist a reporter.",
        ),
        "unknown_field": ("Không có trường “{field}”.", "There is no field “{field}”."),
    }
)

GENDERS = [g.value for g in Gender]
STATUSES = [s.value for s in ReporterStatus]


@dataclass(frozen=True, slots=True)
class ReporterSummary:
    """One line of a reporter list: no photo, no personal details beyond what a list shows."""

    id: int
    full_name: str
    agency_id: int
    agency: str
    card_no: str
    card_expiry: date
    status: str


@dataclass(frozen=True, slots=True)
class ReporterView:
    id: int
    full_name: str
    date_of_birth: date | None
    gender: str | None
    agency_id: int
    agency: str
    position: str | None
    card_no: str
    card_expiry: date
    citizen_id: str | None
    phone: str | None
    email: str | None
    status: str
    status_reason: str | None
    notes: str | None
    has_photo: bool


def _check_unique(
    session: Session, *, card_no_key: str | None, citizen_id: str | None, exclude_id: int | None
) -> None:
    if card_no_key is not None:
        other = session.execute(
            select(Reporter.id, Reporter.full_name, Reporter.card_no).where(
                Reporter.card_no_key == card_no_key
            )
        ).first()
        if other is not None and other[0] != exclude_id:
            raise ValidationError(
                "duplicate_card_no",
                card_no=other[2],
                other_name=other[1],
                other_id=other[0],
                field="card_no",
            )
    if citizen_id is not None:
        holder = session.execute(
            select(Reporter.id, Reporter.full_name).where(Reporter.citizen_id == citizen_id)
        ).first()
        if holder is not None and holder[0] != exclude_id:
            raise ValidationError(
                "duplicate_citizen_id",
                citizen_id=citizen_id,
                other_name=holder[1],
                other_id=holder[0],
                field="citizen_id",
            )


def _refresh_search_key(reporter: Reporter) -> None:
    reporter.search_key = search_key(
        reporter.full_name, reporter.card_no, reporter.citizen_id, reporter.phone
    )


def _store_photo(session: Session, reporter_id: int, photo: bytes) -> None:
    image, thumbnail = prepare_photo(photo)
    existing = session.get(ReporterPhoto, reporter_id)
    if existing is None:
        session.add(
            ReporterPhoto(reporter_id=reporter_id, image_jpeg=image, thumbnail_jpeg=thumbnail)
        )
    else:
        existing.image_jpeg, existing.thumbnail_jpeg = image, thumbnail


def add_reporter(
    db: Database,
    actor: Actor,
    *,
    full_name: str,
    agency_id: int,
    card_no: str,
    card_expiry: date | str,
    citizen_id: str | None = None,
    phone: str | None = None,
    email: str | None = None,
    date_of_birth: date | str | None = None,
    gender: str | None = None,
    position: str | None = None,
    notes: str | None = None,
    photo: bytes | None = None,
) -> int:
    actor.require(Permission.EDIT_REGISTRY)
    name = v.required_text(full_name, "full_name", limit=120)
    card_text, card_key = v.card_number(card_no)
    expiry = v.parse_date(card_expiry, "card_expiry")
    cccd = v.citizen_id(citizen_id)
    reporter = Reporter(
        full_name=name,
        agency_id=agency_id,
        card_no=card_text,
        card_no_key=card_key,
        card_expiry=expiry,
        citizen_id=cccd,
        phone=v.phone(phone),
        email=v.email(email),
        date_of_birth=v.parse_date(date_of_birth, "date_of_birth") if date_of_birth else None,
        gender=Gender(v.choice(gender, "gender", GENDERS)) if gender else None,
        position=v.text_field(position, "position", limit=120),
        notes=v.text_field(notes, "notes", limit=4000),
        status=ReporterStatus.ACTIVE,
    )
    _refresh_search_key(reporter)
    with db.transaction(actor) as session:
        get_or_raise(session, PressAgency, agency_id, "agency")
        _check_unique(session, card_no_key=card_key, citizen_id=cccd, exclude_id=None)
        session.add(reporter)
        try:
            session.flush()
        except IntegrityError as exc:  # a concurrent desk won the race
            raise ValidationError(
                "duplicate_card_no",
                card_no=card_text,
                other_name="?",
                other_id="?",
                field="card_no",
            ) from exc
        if photo is not None:
            _store_photo(session, reporter.id, photo)
        return reporter.id


UPDATABLE_FIELDS = frozenset(
    {
        "full_name",
        "agency_id",
        "card_no",
        "card_expiry",
        "citizen_id",
        "phone",
        "email",
        "date_of_birth",
        "gender",
        "position",
        "notes",
    }
)


def update_reporter(
    db: Database,
    actor: Actor,
    reporter_id: int,
    *,
    photo: bytes | None = None,
    **changes: object,
) -> ReporterView:
    """Change the given fields (``None`` clears an optional one); unknown fields are refused."""
    actor.require(Permission.EDIT_REGISTRY)
    for field in changes:
        if field not in UPDATABLE_FIELDS:
            raise ValidationError("unknown_field", field=field)
    with db.transaction(actor) as session:
        reporter = get_or_raise(session, Reporter, reporter_id, "reporter")
        session.autoflush = False  # one flush below, so one edit is one row of the audit trail
        for field, value in changes.items():
            text_value = (
                None if value is None else str(value) if not isinstance(value, date) else value
            )
            if field == "full_name":
                reporter.full_name = v.required_text(str(value), "full_name", limit=120)
            elif field == "agency_id":
                agency_id = int(str(value))
                get_or_raise(session, PressAgency, agency_id, "agency")
                reporter.agency_id = agency_id
            elif field == "card_no":
                # check before assigning: the check's query would autoflush a duplicate key
                card_text, card_key = v.card_number(str(value))
                _check_unique(
                    session, card_no_key=card_key, citizen_id=None, exclude_id=reporter.id
                )
                reporter.card_no, reporter.card_no_key = card_text, card_key
            elif field == "card_expiry":
                reporter.card_expiry = v.parse_date(text_value, "card_expiry")
            elif field == "citizen_id":
                cccd = v.citizen_id(None if value is None else str(value))
                _check_unique(session, card_no_key=None, citizen_id=cccd, exclude_id=reporter.id)
                reporter.citizen_id = cccd
            elif field == "phone":
                reporter.phone = v.phone(None if value is None else str(value))
            elif field == "email":
                reporter.email = v.email(None if value is None else str(value))
            elif field == "date_of_birth":
                reporter.date_of_birth = (
                    v.parse_date(text_value, "date_of_birth") if value else None
                )
            elif field == "gender":
                reporter.gender = Gender(v.choice(str(value), "gender", GENDERS)) if value else None
            elif field == "position":
                reporter.position = v.text_field(
                    None if value is None else str(value), "position", limit=120
                )
            elif field == "notes":
                reporter.notes = v.text_field(
                    None if value is None else str(value), "notes", limit=4000
                )
        _refresh_search_key(reporter)
        if photo is not None:
            _store_photo(session, reporter.id, photo)
        session.flush()
        return _view(session, reporter)


def set_status(
    db: Database, actor: Actor, reporter_id: int, status: str, reason: str | None = None
) -> ReporterView:
    """Activate, suspend or blacklist a reporter; suspending and blacklisting need a reason."""
    actor.require(Permission.EDIT_REGISTRY)
    new_status = ReporterStatus(v.choice(status, "status", STATUSES))
    clean_reason = v.text_field(reason, "reason", limit=500)
    if new_status is not ReporterStatus.ACTIVE and not clean_reason:
        raise ValidationError("status_reason_required", field="reason")
    with db.transaction(actor) as session:
        reporter = get_or_raise(session, Reporter, reporter_id, "reporter")
        reporter.status = new_status
        reporter.status_reason = clean_reason
        session.flush()
        return _view(session, reporter)


def _view(session: Session, reporter: Reporter) -> ReporterView:
    has_photo = (
        session.execute(
            select(ReporterPhoto.reporter_id).where(ReporterPhoto.reporter_id == reporter.id)
        ).first()
        is not None
    )
    return ReporterView(
        reporter.id,
        reporter.full_name,
        reporter.date_of_birth,
        reporter.gender.value if reporter.gender else None,
        reporter.agency_id,
        reporter.agency.name,
        reporter.position,
        reporter.card_no,
        reporter.card_expiry,
        reporter.citizen_id,
        reporter.phone,
        reporter.email,
        reporter.status.value,
        reporter.status_reason,
        reporter.notes,
        has_photo,
    )


def get_reporter(db: Database, actor: Actor, reporter_id: int) -> ReporterView:
    actor.require(Permission.READ)
    with db.reading() as session:
        return _view(session, get_or_raise(session, Reporter, reporter_id, "reporter"))


def get_photo(
    db: Database, actor: Actor, reporter_id: int, *, thumbnail: bool = False
) -> bytes | None:
    actor.require(Permission.READ)
    column = ReporterPhoto.thumbnail_jpeg if thumbnail else ReporterPhoto.image_jpeg
    with db.reading() as session:
        return session.execute(
            select(column).where(ReporterPhoto.reporter_id == reporter_id)
        ).scalar_one_or_none()


def list_reporters(
    db: Database,
    actor: Actor,
    *,
    agency_id: int | None = None,
    status: str | None = None,
    query: str = "",
    limit: int | None = None,
) -> list[ReporterSummary]:
    """Reporters in Vietnamese list order (given name, then family name); filtered and searched."""
    actor.require(Permission.READ)
    statement = (
        select(
            Reporter.id,
            Reporter.full_name,
            Reporter.agency_id,
            PressAgency.name,
            Reporter.card_no,
            Reporter.card_expiry,
            Reporter.status,
        )
        .join(PressAgency, PressAgency.id == Reporter.agency_id)
        .where(search_clause(Reporter.search_key, query))
    )
    if agency_id is not None:
        statement = statement.where(Reporter.agency_id == agency_id)
    if status:
        statement = statement.where(
            Reporter.status == ReporterStatus(v.choice(status, "status", STATUSES))
        )
    with db.reading() as session:
        rows = [
            ReporterSummary(r[0], r[1], r[2], r[3], r[4], r[5], r[6].value)
            for r in session.execute(statement)
        ]
    rows.sort(key=lambda r: (vietnamese_sort_key(r.full_name), r.id))
    return rows[:limit] if limit is not None else rows


def search_reporters(
    db: Database, actor: Actor, query: str, limit: int = 50
) -> list[ReporterSummary]:
    """Word-prefix search on name, card number, CCCD and phone, diacritics and case ignored."""
    return list_reporters(db, actor, query=query, limit=limit)
