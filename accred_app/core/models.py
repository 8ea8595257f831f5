"""Typed ORM models: the whole schema of the desk database.

Conventions (see docs/architecture.md): integer keys; every timestamp stored as UTC and read back
timezone-aware (:class:`UTCDateTime`); every searchable entity keeps a folded ``search_key``
(:func:`accred_app.core.text.search_key`) kept up to date by the services; constraint names follow
one naming convention so Alembic batch migrations work on SQLite. Photos live in their own table so
that listing reporters never loads image bytes.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from accred_app.core.clock import utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores an aware datetime as naive UTC and returns it aware, identically on SQLite and PostgreSQL."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=16,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class AgencyKind(enum.StrEnum):
    PRINT = "print"
    ONLINE = "online"
    RADIO = "radio"
    TV = "tv"
    MAGAZINE = "magazine"


class Gender(enum.StrEnum):
    MALE = "male"
    FEMALE = "female"
    OTHER = "other"


class ReporterStatus(enum.StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    BLACKLISTED = "blacklisted"


class ConsentMethod(enum.StrEnum):
    """How the reporter agreed to the processing of their personal data (Decree 356/2025 asks for
    consent in a form that can be printed or reproduced in writing)."""

    WRITTEN = "written"  # a signed paper form
    ELECTRONIC = "electronic"  # an electronic form or a verifiable message
    VIA_AGENCY = "via_agency"  # collected by the press agency, which attests it on its list


class EventKind(enum.StrEnum):
    EVENT = "event"
    SITE = "site"


class PassStatus(enum.StrEnum):
    ISSUED = "issued"
    PRINTED = "printed"
    REVOKED = "revoked"


class Role(enum.StrEnum):
    ADMIN = "admin"
    DESK = "desk"
    CHECKPOINT = "checkpoint"
    VIEWER = "viewer"


class Setting(Base):
    """Installation settings (organisation name, serial prefix, …) as text key/value pairs."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class PressAgency(Base):
    __tablename__ = "press_agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str | None] = mapped_column(String(60))
    kind: Mapped[AgencyKind] = mapped_column(_enum(AgencyKind, "agency_kind"))
    contact_person: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    address: Mapped[str | None] = mapped_column(String(300))
    agreement_signed_on: Mapped[date | None] = mapped_column(Date)
    search_key: Mapped[str] = mapped_column(String(600), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    reporters: Mapped[list[Reporter]] = relationship(back_populates="agency")


class PoliceUnit(Base):
    __tablename__ = "police_units"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(32), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("police_units.id"))
    search_key: Mapped[str] = mapped_column(String(600), index=True)

    parent: Mapped[PoliceUnit | None] = relationship(remote_side=[id])


class Reporter(Base):
    __tablename__ = "reporters"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[Gender | None] = mapped_column(_enum(Gender, "gender"))
    agency_id: Mapped[int] = mapped_column(ForeignKey("press_agencies.id"), index=True)
    position: Mapped[str | None] = mapped_column(String(120))
    card_no: Mapped[str] = mapped_column(String(40))
    card_no_key: Mapped[str] = mapped_column(String(40), unique=True)
    card_expiry: Mapped[date] = mapped_column(Date)
    citizen_id: Mapped[str | None] = mapped_column(String(12), unique=True)
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    status: Mapped[ReporterStatus] = mapped_column(
        _enum(ReporterStatus, "reporter_status"), default=ReporterStatus.ACTIVE
    )
    status_reason: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(String(600), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # Personal data protection (Law 91/2025/QH15, Decree 356/2025): why we hold the record, and
    # when and how the reporter consented; set when the retention period ran out and the personal
    # fields were replaced (core/privacy/retention.py).
    processing_purpose: Mapped[str | None] = mapped_column(String(500))
    consent_given_on: Mapped[date | None] = mapped_column(Date)
    consent_method: Mapped[ConsentMethod | None] = mapped_column(
        _enum(ConsentMethod, "consent_method")
    )
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    agency: Mapped[PressAgency] = relationship(back_populates="reporters")


class ReporterPhoto(Base):
    """The reporter's photo, apart from the reporter row so that lists never load it."""

    __tablename__ = "reporter_photos"

    reporter_id: Mapped[int] = mapped_column(
        ForeignKey("reporters.id", ondelete="CASCADE"), primary_key=True
    )
    image_jpeg: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail_jpeg: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Event(Base):
    """An event (a congress, an election day) or a standing site (the provincial police HQ)."""

    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="end_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[EventKind] = mapped_column(_enum(EventKind, "event_kind"))
    location: Mapped[str | None] = mapped_column(String(300))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    organising_unit_id: Mapped[int | None] = mapped_column(ForeignKey("police_units.id"))
    notes: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(String(900), index=True)

    zones: Mapped[list[Zone]] = relationship(
        back_populates="event", order_by="Zone.slot", cascade="all, delete-orphan"
    )
    organising_unit: Mapped[PoliceUnit | None] = relationship()


class Zone(Base):
    """A zone of an event. ``slot`` (0..31) is the zone's bit in a pass token and never changes."""

    __tablename__ = "zones"
    __table_args__ = (
        UniqueConstraint("event_id", "code"),
        UniqueConstraint("event_id", "slot"),
        CheckConstraint("slot >= 0 AND slot < 32", name="slot_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    slot: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(120))
    colour: Mapped[str] = mapped_column(String(7))

    event: Mapped[Event] = relationship(back_populates="zones")


class SigningKeyRecord(Base):
    """An Ed25519 key of this installation. Only the newest un-retired key signs; all keys verify."""

    __tablename__ = "signing_keys"

    key_id: Mapped[str] = mapped_column(String(8), primary_key=True)  # hex of the 4-byte key id
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    private_key: Mapped[bytes | None] = mapped_column(LargeBinary)  # None on a checkpoint station
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Officer(Base):
    __tablename__ = "officers"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("police_units.id"))
    role: Mapped[Role] = mapped_column(_enum(Role, "officer_role"))
    password_hash: Mapped[str] = mapped_column(String(200))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class FieldPass(Base):
    """A field pass: one reporter, one event or site, a zone set, a validity window, a signed token."""

    __tablename__ = "passes"
    __table_args__ = (
        CheckConstraint("valid_to > valid_from", name="valid_window"),
        Index("ix_passes_event_status", "event_id", "status"),
        Index("ix_passes_reporter_event", "reporter_id", "event_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[str] = mapped_column(String(40), unique=True)
    reporter_id: Mapped[int] = mapped_column(ForeignKey("reporters.id"))
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    zone_mask: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[datetime] = mapped_column(UTCDateTime)
    valid_to: Mapped[datetime] = mapped_column(UTCDateTime)
    key_id: Mapped[str] = mapped_column(String(8))
    token: Mapped[str] = mapped_column(String(400))
    status: Mapped[PassStatus] = mapped_column(
        _enum(PassStatus, "pass_status"), default=PassStatus.ISSUED
    )
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(64))
    card_override_reason: Mapped[str | None] = mapped_column(String(500))
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_by: Mapped[str | None] = mapped_column(String(64))
    revoke_reason: Mapped[str | None] = mapped_column(String(500))

    reporter: Mapped[Reporter] = relationship()
    event: Mapped[Event] = relationship()


class PrintRecord(Base):
    """One print of one pass; a pass printed before is marked as a reprint."""

    __tablename__ = "print_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    pass_id: Mapped[int] = mapped_column(ForeignKey("passes.id"), index=True)
    printed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    printed_by: Mapped[str] = mapped_column(String(64))
    layout: Mapped[str] = mapped_column(String(16))
    is_reprint: Mapped[bool] = mapped_column(Boolean, default=False)


class ScanRecord(Base):
    """One scan at a checkpoint, allowed or not. ``scan_uid`` makes merging station logs idempotent.

    ``pass_id`` is deliberately not a foreign key: a station logs scans of tokens it cannot resolve,
    and a log imported at the desk must keep them.
    """

    __tablename__ = "scan_log"
    __table_args__ = (
        Index("ix_scan_log_presence", "pass_id", "zone_slot", "scanned_at"),
        Index("ix_scan_log_event_time", "event_id", "scanned_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scan_uid: Mapped[str] = mapped_column(String(36), unique=True)
    scanned_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    event_id: Mapped[int] = mapped_column(Integer)
    zone_slot: Mapped[int | None] = mapped_column(Integer)
    zone_code: Mapped[str | None] = mapped_column(String(8))
    direction: Mapped[str] = mapped_column(String(3))
    unit_id: Mapped[int | None] = mapped_column(Integer)
    officer: Mapped[str] = mapped_column(String(64))
    allowed: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(String(24))
    pass_id: Mapped[int | None] = mapped_column(Integer)
    serial: Mapped[str | None] = mapped_column(String(40))
    reporter_id: Mapped[int | None] = mapped_column(Integer)
    station: Mapped[str] = mapped_column(String(64))


class PrivacyAction(Base):
    """A data-protection action: a retention purge or a data-subject export (who, when, what).

    Its insertion is audited like every row, so the trail itself says that a purge rewrote the
    personal values of older audit rows (``details`` keeps the chain's head hash before and after).
    """

    __tablename__ = "privacy_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(24))  # purge | subject_export
    reporter_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[str] = mapped_column(Text)  # JSON


class AuditEntry(Base):
    """Append-only, hash-chained record of every change (see core/audit.py)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(40))
    changes: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
