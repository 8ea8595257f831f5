"""Typed ORM models: the whole schema of the desk database.

Conventions (see docs/architecture.md): integer keys; every timestamp stored as UTC and read back
timezone-aware (:class:`UTCDateTime`); every searchable entity keeps a folded ``search_key``
(:func:`accred_app.core.text.search_key`) kept up to date by the services; constraint names follow
one naming convention so Alembic batch migrations work on SQLite. Photos live in their own table so
that listing reporters never loads image bytes.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
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
    delete,
    event,
    insert,
    inspect,
    text,
)
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Mapper,
    Session,
    mapped_column,
    object_session,
    relationship,
)

from accred_app.core.clock import utcnow
from accred_app.core.text import search_words, vietnamese_sort_bytes

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


class ScanMethod(enum.StrEnum):
    """How a scan-log row came to be (the verdict is in ``allowed``/``reason`` either way)."""

    SCAN = "scan"  # a token read by a scanner, a camera or typed
    MANUAL = "manual"  # admitted by hand: the pass would not scan, found by name or serial
    OVERRIDE = "override"  # a supervisor denied a pass that had scanned valid (``overrides_uid``)


class KeySlotKind(enum.StrEnum):
    OFFICER = "officer"  # wrapped under a key derived from one officer's password (argon2id)
    RECOVERY = "recovery"  # wrapped under a key derived from the recovery code (HKDF)
    UNPROTECTED = "unprotected"  # left by the 0002 upgrade until an administrator signs in


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
    """A reporter. ``sort_key`` (Vietnamese list order as bytes) and the ``reporter_words`` rows are
    derived from the name and the search key by this module's flush hooks, whoever writes the row
    (the services, a station import), so lists sort and search on indexes that are never stale."""

    __tablename__ = "reporters"
    __table_args__ = (
        Index("ix_reporters_sort_key", "sort_key", "id"),
        Index("ix_reporters_status_sort_key", "status", "sort_key", "id"),
        Index("ix_reporters_agency_sort_key", "agency_id", "sort_key", "id"),
        Index("ix_reporters_card_expiry", "card_expiry"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[Gender | None] = mapped_column(_enum(Gender, "gender"))
    agency_id: Mapped[int] = mapped_column(ForeignKey("press_agencies.id"))
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
    # active_history: the flush hooks need the old values to remove the old words exactly
    search_key: Mapped[str] = mapped_column(String(600), index=True, active_history=True)
    # The server default only lets a migration add the column to existing rows; the flush hooks
    # always write the real key ('' is the same literal on SQLite and PostgreSQL).
    sort_key: Mapped[bytes] = mapped_column(
        LargeBinary, server_default=text("''"), active_history=True
    )
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


#: A zone set as a token carries it: 32 bits, unsigned, so slot 31 makes it 2**31 or more — past a
#: signed 32-bit INTEGER on PostgreSQL, hence BIGINT there. SQLite's INTEGER already holds 64 bits,
#: so the column keeps its type there (migration 0008 changes nothing on SQLite).
ZoneMask = BigInteger().with_variant(Integer(), "sqlite")

#: Text compared code point by code point on every database: SQLite's default collation already
#: does; PostgreSQL needs "C", or word ranges would follow the server's locale.
BinaryText = String(600).with_variant(String(600, collation="C"), "postgresql")


class ReporterWord(Base):
    """One word of a reporter's search key, with the reporter's sort key: the search index.

    A query word ``w`` finds the words in the range ``[w, next(w))`` (``text.word_prefix_range``);
    within one word the rows come in list order, so the first page of "everyone whose name has the
    word Tú" is read straight off the primary key. Written only by :class:`Reporter`'s flush hooks
    and by bulk loaders, with plain inserts, so the audit trail never lists them.

    No rowid on SQLite: the primary key is the table, which halves its size. The index by
    reporter finds a reporter's words to replace or remove them, and answers "has this reporter
    this word?" (the search's per-row test on PostgreSQL): PostgreSQL
    estimates that test well only when it joins on the reporter alone, not on the reporter and
    the sort key together (two equal columns, taken as independent, make it expect one match in
    a list of thousands and sort every candidate instead of stopping at the page).
    """

    __tablename__ = "reporter_words"
    __table_args__ = (
        Index("ix_reporter_words_reporter", "reporter_id", "word"),
        {"sqlite_with_rowid": False},
    )

    word: Mapped[str] = mapped_column(BinaryText, primary_key=True)
    sort_key: Mapped[bytes] = mapped_column(LargeBinary, primary_key=True)
    reporter_id: Mapped[int] = mapped_column(ForeignKey("reporters.id"), primary_key=True)


def _current_and_old(target: Reporter, attribute: str) -> tuple[Any, Any]:
    history = inspect(target).attrs[attribute].history
    current = getattr(target, attribute)
    old = history.deleted[0] if history.deleted else current
    return current, old


@event.listens_for(Reporter, "before_insert")
@event.listens_for(Reporter, "before_update")
def _derive_sort_key(_mapper: Mapper[Reporter], _connection: Connection, target: Reporter) -> None:
    """Whoever wrote the name, the list order follows it."""
    sort_key = vietnamese_sort_bytes(target.full_name)
    if target.sort_key != sort_key:
        target.sort_key = sort_key


#: Where a session keeps the words its flush has yet to write (``Session.info``).
_PENDING_WORDS = "accred_app.reporter_words"
#: Reporters whose words one ``DELETE … IN`` removes (below every database's parameter limit).
_DELETE_CHUNK = 500


@dataclass
class _PendingWords:
    """The ``reporter_words`` changes of one flush, written once the flush's own rows are:
    an import of 10,000 reporters is then one insert of their words (an ``executemany``), not
    10,000 statements, each a round trip to a PostgreSQL server."""

    rows: list[dict[str, Any]] = field(default_factory=list)  # to insert
    replaced: list[int] = field(default_factory=list)  # reporters whose old words go first


def _pending(target: Reporter) -> _PendingWords:
    session = object_session(target)
    assert session is not None  # flush hooks run for objects of a flushing session
    pending = session.info.get(_PENDING_WORDS)
    if pending is None:
        pending = session.info[_PENDING_WORDS] = _PendingWords()
    return pending


def _delete_words_of(connection: Connection, reporter_ids: list[int]) -> None:
    for start in range(0, len(reporter_ids), _DELETE_CHUNK):
        chunk = reporter_ids[start : start + _DELETE_CHUNK]
        connection.execute(delete(ReporterWord).where(ReporterWord.reporter_id.in_(chunk)))


@event.listens_for(Session, "before_flush")
def _forget_words_of_deleted(session: Session, _context: Any, _instances: Any) -> None:
    """A deleted reporter's words go before the reporter (they point at it)."""
    session.info.pop(_PENDING_WORDS, None)  # left by a flush that failed half-way
    deleted = [r.id for r in session.deleted if isinstance(r, Reporter) and r.id is not None]
    if deleted:
        _delete_words_of(session.connection(), sorted(deleted))


@event.listens_for(Reporter, "after_insert")
def _add_words(_mapper: Mapper[Reporter], _connection: Connection, target: Reporter) -> None:
    _pending(target).rows += reporter_word_rows(target.id, target.search_key, target.sort_key)


@event.listens_for(Reporter, "after_update")
def _replace_words(_mapper: Mapper[Reporter], _connection: Connection, target: Reporter) -> None:
    search_key, old_search_key = _current_and_old(target, "search_key")
    sort_key, old_sort_key = _current_and_old(target, "sort_key")
    if search_key == old_search_key and sort_key == old_sort_key:
        return
    pending = _pending(target)
    pending.replaced.append(target.id)
    pending.rows += reporter_word_rows(target.id, search_key, sort_key)


@event.listens_for(Session, "after_flush")
def _write_words(session: Session, _context: Any) -> None:
    pending: _PendingWords | None = session.info.pop(_PENDING_WORDS, None)
    if pending is None:
        return
    connection = session.connection()
    _delete_words_of(connection, pending.replaced)
    if not pending.rows:
        return
    if connection.dialect.name == "postgresql":
        # three arrays in one statement: an executemany would still send (and psycopg prepare)
        # a row at a time, 1.4 s of a 10,000-reporter import
        connection.execute(
            _INSERT_WORDS_FROM_ARRAYS,
            {
                "words": [row["word"] for row in pending.rows],
                "sort_keys": [row["sort_key"] for row in pending.rows],
                "reporter_ids": [row["reporter_id"] for row in pending.rows],
            },
        )
    else:  # SQLite runs an executemany in C
        connection.execute(insert(ReporterWord), pending.rows)


_INSERT_WORDS_FROM_ARRAYS = text(
    "INSERT INTO reporter_words (word, sort_key, reporter_id) "
    "SELECT * FROM unnest(CAST(:words AS text[]), CAST(:sort_keys AS bytea[]), "
    "CAST(:reporter_ids AS integer[]))"
)


def reporter_word_rows(reporter_id: int, search_key: str, sort_key: bytes) -> list[dict[str, Any]]:
    """The ``reporter_words`` rows of one reporter (for the flush hooks, migrations and loaders)."""
    return [
        {"word": word, "sort_key": sort_key, "reporter_id": reporter_id}
        for word in search_words(search_key)
    ]


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
    # Sealed under the data key (AES-256-GCM, docs/key-protection.md), never the raw key; None on a
    # checkpoint station, which verifies but never signs.
    private_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class KeySlot(Base):
    """The installation's data key — which seals every private signing key — wrapped for one holder:
    an officer who may issue passes (under their password), or the recovery code. Layout and
    algorithms: docs/key-protection.md. A slot never leaves the desk database."""

    __tablename__ = "key_slots"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[KeySlotKind] = mapped_column(_enum(KeySlotKind, "key_slot_kind"))
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"), unique=True)
    scheme: Mapped[str] = mapped_column(String(40))  # how the data key is wrapped, versioned
    salt: Mapped[bytes | None] = mapped_column(LargeBinary)
    time_cost: Mapped[int | None] = mapped_column(Integer)  # argon2id parameters (password slots)
    memory_cost: Mapped[int | None] = mapped_column(Integer)  # KiB
    parallelism: Mapped[int | None] = mapped_column(Integer)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)  # nonce ‖ ciphertext ‖ tag
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


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
        # covers "live passes per reporter" in reporter lists without reading the pass rows
        Index("ix_passes_reporter_live", "reporter_id", "valid_to", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[str] = mapped_column(String(40), unique=True)
    reporter_id: Mapped[int] = mapped_column(ForeignKey("reporters.id"))
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    zone_mask: Mapped[int] = mapped_column(ZoneMask)
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
    and a log imported at the desk must keep them. ``chain_hash`` links each row to the previous row
    of the same station (see core/checkpoint/scan_chain.py); rows written before the chain existed
    have none. ``method`` tells a scan from a manual admission and a supervisor's denial, whose
    ``note`` is the officer's reason; an override names the scan it denies in ``overrides_uid``.
    """

    __tablename__ = "scan_log"
    __table_args__ = (
        Index("ix_scan_log_presence", "pass_id", "zone_slot", "scanned_at"),
        Index("ix_scan_log_event_time", "event_id", "scanned_at"),
        Index("ix_scan_log_station_chain", "station", "id"),
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
    chain_hash: Mapped[str | None] = mapped_column(String(64))
    # The server default lets migration 0007 add the column to a million rows without rewriting
    # them; the scan path always writes it.
    method: Mapped[ScanMethod] = mapped_column(
        _enum(ScanMethod, "scan_method"),
        default=ScanMethod.SCAN,
        server_default=text("'scan'"),
    )
    note: Mapped[str | None] = mapped_column(String(500))
    overrides_uid: Mapped[str | None] = mapped_column(String(36))


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
    __table_args__ = (
        Index("ix_audit_log_entity", "entity", "entity_id"),
        # the trail page newest first, by officer and by date (core/security/audit_trail.py)
        Index("ix_audit_log_actor_at", "actor", "at", "id"),
        Index("ix_audit_log_entity_at", "entity", "at", "id"),
        Index("ix_audit_log_at", "at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(32))
    # As long as the longest key of an audited row: a settings key or a station's name (64).
    entity_id: Mapped[str] = mapped_column(String(64))
    changes: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class StationIdentity(Base):
    """What makes a database a checkpoint station (one row, made by its first package import).

    ``event_id`` is the one event this station checks; ``package_created_at`` is the creation time
    of the newest package it accepted, so an older one is refused. The station's own Ed25519 key
    (``public_key``/``private_key``) signs its scan-log exports; it is not a pass-signing key, which
    is why it does not live in ``signing_keys`` (a row with a private key there would make the
    station look like a desk and let it issue passes it would itself accept).
    """

    __tablename__ = "station_identity"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    event_id: Mapped[int] = mapped_column(Integer)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    private_key: Mapped[bytes] = mapped_column(LargeBinary)
    package_created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    package_sha256: Mapped[str] = mapped_column(String(64))
    set_up_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    refreshed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class StationLogKey(Base):
    """At the desk: the log-signing key first seen for a station name (trust on first use).

    A later log under that name signed by another key is refused.
    """

    __tablename__ = "station_log_keys"

    station: Mapped[str] = mapped_column(String(64), primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(64))
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    first_seen_by: Mapped[str] = mapped_column(String(64))


class StationLogImport(Base):
    """At the desk: one ``log import`` (audited through the trail like any ORM insert).

    ``chain_count``/``chain_head`` are the station's scan chain as that file showed it, so the next
    file from the same station must extend it.
    """

    __tablename__ = "station_log_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(64))
    station: Mapped[str] = mapped_column(String(64), index=True)
    file_sha256: Mapped[str] = mapped_column(String(64))
    key_fingerprint: Mapped[str] = mapped_column(String(64))
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    rows_read: Mapped[int] = mapped_column(Integer)
    added: Mapped[int] = mapped_column(Integer)
    already_present: Mapped[int] = mapped_column(Integer)
    skipped: Mapped[int] = mapped_column(Integer)
    chain_count: Mapped[int] = mapped_column(Integer)
    chain_head: Mapped[str | None] = mapped_column(String(64))


class AccessKind(enum.StrEnum):
    """What a unit gave reporters, recorded by hand (checkpoint entries come from the scan log)."""

    INTERVIEW = "interview"  # phỏng vấn
    BRIEFING = "briefing"  # họp báo, thông tin báo chí
    SITE_VISIT = "site_visit"  # đưa phóng viên đi tác nghiệp tại hiện trường
    DOCUMENTS = "documents"  # cung cấp tài liệu, số liệu


class AccessEntry(Base):
    """A unit provided access or information to one or more reporters (entered by an officer).

    Indexed by unit, event and time because the access log filters and the cooperation report
    groups by exactly those; reporters and articles hang off it in their own tables.
    """

    __tablename__ = "access_entries"
    __table_args__ = (
        Index("ix_access_entries_unit_time", "unit_id", "occurred_at"),
        Index("ix_access_entries_event_time", "event_id", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("police_units.id"))
    kind: Mapped[AccessKind] = mapped_column(_enum(AccessKind, "access_kind"))
    subject: Mapped[str] = mapped_column(String(500))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"))
    notes: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(64))
    # The highest article number ever given in this entry: numbers are not reused after a
    # deletion, so an article's audit history (keyed ``entry_id,number``) stays its own.
    last_article_number: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    reporters: Mapped[list[AccessEntryReporter]] = relationship(
        back_populates="entry",
        cascade="all, delete-orphan",
        order_by="AccessEntryReporter.reporter_id",
    )
    articles: Mapped[list[AccessArticle]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", order_by="AccessArticle.number"
    )


class AccessEntryReporter(Base):
    """One reporter served by an access entry. A mapped class (not a bare table) so the audit
    listener records who was added to or removed from an entry, as ``entry_id,reporter_id``."""

    __tablename__ = "access_entry_reporters"
    __table_args__ = (Index("ix_access_entry_reporters_reporter", "reporter_id", "entry_id"),)

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("access_entries.id", ondelete="CASCADE"), primary_key=True
    )
    reporter_id: Mapped[int] = mapped_column(ForeignKey("reporters.id"), primary_key=True)

    entry: Mapped[AccessEntry] = relationship(back_populates="reporters")


class AccessArticle(Base):
    """An article published after an access entry, credited to the agency that published it.

    Keyed by (entry, number) so its audit rows read ``entry_id,number`` and an entry's whole
    history is found by its id.
    """

    __tablename__ = "access_articles"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("access_entries.id", ondelete="CASCADE"), primary_key=True
    )
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("press_agencies.id"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    url: Mapped[str | None] = mapped_column(String(2000))
    published_on: Mapped[date | None] = mapped_column(Date)

    entry: Mapped[AccessEntry] = relationship(back_populates="articles")


# The access log and the cooperation report read the scan log by unit and by reporter. Declared
# here rather than in ScanRecord's table arguments so the scan log's own definition stays as the
# checkpoint left it. ``ix_scan_log_report`` matches the report's GROUP BY (unit, event, verdict,
# direction, reason) so the database walks it in order with no sort, and serves the unit filter;
# ``ix_scan_log_reporter`` does the same for the per-reporter figures and the reporter and agency
# filters. Both end with the time, so the period is tested from the index alone.
Index(
    "ix_scan_log_report",
    ScanRecord.unit_id,
    ScanRecord.event_id,
    ScanRecord.allowed,
    ScanRecord.direction,
    ScanRecord.reason,
    ScanRecord.scanned_at,
)
Index(
    "ix_scan_log_reporter",
    ScanRecord.reporter_id,
    ScanRecord.unit_id,
    ScanRecord.allowed,
    ScanRecord.direction,
    ScanRecord.scanned_at,
)
# The report counts passes issued in a period per event (with their status) and per reporter:
# these cover those queries, so the wide pass rows (tokens) are never read for a report.
Index(
    "ix_passes_report_event",
    FieldPass.event_id,
    FieldPass.status,
    FieldPass.issued_at,
    FieldPass.reporter_id,
)
Index("ix_passes_report_reporter", FieldPass.reporter_id, FieldPass.issued_at, FieldPass.event_id)
