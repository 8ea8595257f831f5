"""Tamper-evident audit trail.

Every ORM change made through :meth:`Database.transaction` is written, in the same transaction, into
``audit_log``: who, when, what, and before → after for the fields that changed. Rows are hash-chained:
each row's SHA-256 covers its own id and content and the previous row's hash, so editing, deleting or
inserting a row breaks the chain at that point and :func:`verify_chain` names it. The trail is also a
full record of the audited tables: replaying it gives every row as the software left it, which
:mod:`accred_app.core.security.audit_replay` compares with the rows as they are (an edit made with
SQL, behind the software's back, shows there). The chain cannot protect against someone who rewrites
every later row too, nor cut-off tail rows whose changes were undone; the chain's head is therefore
also kept outside the database (:mod:`accred_app.core.security.audit_heads`).

Recording happens in listeners on the write sessions, so services cannot forget it: ``after_flush``
for ORM objects (with ``before_flush`` noting the old value of columns the ORM stamps on update, such
as ``updated_at``) and ``do_orm_execute`` for bulk ``update()``/``delete()`` statements, recorded row
by row. Scan-log rows are not audited (the scan log is itself a log, and the checkpoint hot path must
stay fast). Secrets are never copied into the trail: a password hash or a private key is recorded as
a SHA-256 digest (see :func:`secret_digest` for why that is safe), binary columns as size and hash.
"""

from __future__ import annotations

import enum
import functools
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    LargeBinary,
    String,
    Table,
    event,
    insert,
    inspect,
    select,
    tuple_,
)
from sqlalchemy.engine import Result
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, sessionmaker

from accred_app.core.messages import register, render
from accred_app.core.models import AuditEntry, Base, ReporterWord, ScanRecord, UTCDateTime
from accred_app.core.storage.db import lock_audit_chain

GENESIS_HASH = "0" * 64
NOT_AUDITED: frozenset[type[Base]] = frozenset({AuditEntry, ScanRecord, ReporterWord})
"""The trail itself; the scan log (a log with its own per-station chain); and the reporters' search
words, an index rebuilt from the reporter row (which is audited) whenever it changes."""
DERIVED_FIELDS = frozenset({"search_key", "sort_key"})
"""Columns the services recompute from a row's other fields (search and sort keys). They are
neither recorded nor replayed: what they are made from is, and a migration that adds or refills
one (as the Vietnamese sort key's did) must not make every older row look edited."""
SECRET_FIELDS = frozenset({"password_hash", "private_key", "wrapped_key"})
"""Columns whose value never enters the trail, only its digest. Every value kept in them must be
high-entropy (a salted hash, a key, an AEAD ciphertext with a random nonce): see :func:`secret_digest`."""
BINARY_SUMMARY_FIELDS = frozenset({"image_jpeg", "thumbnail_jpeg", "public_key"})
LEGACY_SECRET_MARK = "***"
"""What the trail held for a secret before digests were recorded: such a value cannot be compared."""
INSERT_CHUNK = 5_000

register(
    {
        "audit_ok": (
            "Chuỗi nhật ký kiểm tra nguyên vẹn: {count} bản ghi, mã băm cuối {head}.",
            "Audit chain intact: {count} rows, head hash {head}.",
        ),
        "audit_broken": (
            "Nhật ký kiểm tra bị can thiệp tại bản ghi #{row_id}: {problem}.",
            "Audit log tampered with at row #{row_id}: {problem}.",
        ),
    }
)

CHAIN_PROBLEMS_VI = {
    "deleted row(s) before it": "có bản ghi phía trước đã bị xóa",
    "row out of order": "bản ghi sai thứ tự",
    "link to the previous row broken": "liên kết với bản ghi trước bị đứt",
    "content altered or row inserted": "nội dung bị sửa hoặc bản ghi bị chèn thêm",
}


def secret_digest(value: str | bytes) -> str:
    """What the trail records for a secret: its SHA-256, so a replaced password hash or key shows
    on replay without the secret ever being copied.

    This gives a reader of the trail (a viewer may read ``audit history``) nothing to work with:
    the values are high-entropy — an argon2id hash carries its own random 16-byte salt, a key is
    32 random bytes, a wrapped key is a ciphertext under a random nonce — so the digest can neither
    be reversed nor used to test password guesses (that needs the salt, which is only in the hash
    itself, i.e. in the officers table, where the hash is anyway). A plain digest is enough; a key
    kept in the same database would add nothing against someone who has the database. The one
    thing it tells is whether two stored values are equal, and salts make two hashes never equal.
    """
    raw = value.encode("utf-8") if isinstance(value, str) else value
    return f"<secret sha256:{hashlib.sha256(raw).hexdigest()}>"


def recorded_value(field: str, value: Any) -> Any:
    """A column value as the trail records it (JSON-safe, secrets digested, binaries summarised);
    the replay computes the same from the current row, so the two compare equal."""
    if value is None:
        return None
    if field in SECRET_FIELDS:
        return secret_digest(value if isinstance(value, str | bytes) else str(value))
    if isinstance(value, bytes):
        return f"<{len(value)} bytes sha256:{hashlib.sha256(value).hexdigest()[:16]}>"
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return _datetime_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _datetime_text(value: datetime) -> str:
    return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()


def _enum_value(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def value_recorder(column: Column[Any]) -> Callable[[Any], Any] | None:
    """:func:`recorded_value` specialised for one column's type, for the replay's inner loop over
    hundreds of thousands of rows; None when the value is recorded as it is (text, numbers,
    booleans). Called only with non-null values."""
    key = column.key
    if key in SECRET_FIELDS or isinstance(column.type, LargeBinary):
        return functools.partial(recorded_value, key)
    if isinstance(column.type, DateTime | UTCDateTime):
        return _datetime_text
    if isinstance(column.type, Date):
        return date.isoformat
    if isinstance(column.type, Enum):
        return _enum_value
    if isinstance(column.type, String | Integer | Boolean | Float):
        return None
    return functools.partial(recorded_value, key)


@functools.cache
def _audited_table_set() -> frozenset[Table]:
    return frozenset(audited_tables())


@functools.cache
def audited_tables() -> tuple[Table, ...]:
    """Every table the trail records, by name (the replay walks them all)."""
    tables = [
        mapper.local_table
        for mapper in Base.registry.mappers
        if mapper.class_ not in NOT_AUDITED and isinstance(mapper.local_table, Table)
    ]
    return tuple(sorted(tables, key=lambda table: table.name))


@functools.cache
def stamped_on_update(table: Table) -> tuple[str, ...]:
    """Columns the ORM sets itself on every UPDATE (``onupdate``), e.g. ``updated_at``."""
    return tuple(column.key for column in table.columns if column.onupdate is not None)


def row_identity(table: Table, row: Mapping[Any, Any]) -> str:
    """A row's primary key as ``audit_log.entity_id`` holds it (parts joined by commas)."""
    return ",".join(str(row[column.key]) for column in table.primary_key.columns)


@dataclass(frozen=True, slots=True)
class TrailEntry:
    """One audit row before it is chained: ``changes`` maps a field to ``[before, after]``."""

    action: str
    entity: str
    entity_id: str
    changes: Mapping[str, Sequence[Any]]


def creation_entry(table: Table, row: Mapping[str, Any]) -> TrailEntry:
    """The entry the listener writes for a new row (every non-null column); for rows written in
    bulk outside the ORM, such as the benchmark data set, so they have a history like any other."""
    changes = {
        column.key: [None, recorded_value(column.key, row[column.key])]
        for column in table.columns
        if row.get(column.key) is not None and column.key not in DERIVED_FIELDS
    }
    return TrailEntry("create", table.name, row_identity(table, row), changes)


@functools.cache
def _column_keys(mapper: Mapper[Any]) -> tuple[str, ...]:
    """The audited columns of a mapped class: asked once per class, not once per row."""
    return tuple(attr.key for attr in mapper.column_attrs if attr.key not in DERIVED_FIELDS)


def _identity(obj: Base) -> str:
    """The row's primary key. In ``after_flush`` a just-inserted row has no identity key yet, but
    its primary-key attributes already hold the values the INSERT produced."""
    state = inspect(obj)
    identity = state.identity or tuple(state.mapper.primary_key_from_instance(obj))
    if not identity or any(part is None for part in identity):
        return "?"
    return ",".join(str(part) for part in identity)


ONUPDATE_BEFORE = "audit_onupdate_before"


def _describe(obj: Base, action: str, stamped_before: Mapping[str, Any]) -> dict[str, Any] | None:
    state = inspect(obj)
    changes: dict[str, Any] = {}
    if action == "create":
        # the values as inserted: no attribute history (an import of 10,000 rows spent 0.9 s
        # building histories it did not read)
        loaded = state.dict
        for key in _column_keys(state.mapper):
            value = loaded[key] if key in loaded else getattr(obj, key)
            if value is not None:
                changes[key] = [None, recorded_value(key, value)]
        return changes
    for key in _column_keys(state.mapper):
        history = state.attrs[key].history
        if action == "delete":
            value = (
                history.unchanged[0]
                if history.unchanged
                else (history.deleted[0] if history.deleted else None)
            )
            if value is not None:
                changes[key] = [recorded_value(key, value), None]
        elif history.has_changes():
            before = history.deleted[0] if history.deleted else None
            after = history.added[0] if history.added else None
            if before != after:
                changes[key] = [recorded_value(key, before), recorded_value(key, after)]
    if action == "update" and not changes:
        return None
    if action == "update":
        for key, before in stamped_before.items():
            after = state.dict.get(key)
            if key not in changes and after is not None and after != before:
                changes[key] = [recorded_value(key, before), recorded_value(key, after)]
    return changes


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """Note the old value of columns the ORM stamps during the UPDATE itself (``onupdate``): they
    change without an attribute history, so ``after_flush`` could not tell what they were."""
    noted: dict[int, dict[str, Any]] = {}
    for obj in session.dirty:
        if not isinstance(obj, Base) or type(obj) in NOT_AUDITED:
            continue
        keys = stamped_on_update(obj.__table__)
        if keys and session.is_modified(obj):
            loaded = inspect(obj).dict
            noted[id(obj)] = {key: loaded[key] for key in keys if key in loaded}
    session.info[ONUPDATE_BEFORE] = noted


def _after_flush(session: Session, _context: Any) -> None:
    stamped = session.info.pop(ONUPDATE_BEFORE, {})
    pending: list[tuple[str, Base]] = []
    pending += [("create", obj) for obj in session.new]
    pending += [("update", obj) for obj in session.dirty if session.is_modified(obj)]
    pending += [("delete", obj) for obj in session.deleted]
    entries: list[TrailEntry] = []
    for action, obj in pending:
        if type(obj) in NOT_AUDITED or not isinstance(obj, Base):
            continue
        changes = _describe(obj, action, stamped.get(id(obj), {}))
        if changes is None:
            continue
        entries.append(TrailEntry(action, obj.__tablename__, _identity(obj), changes))
    entries.sort(key=lambda e: (e.entity, e.entity_id))
    append_entries(session.connection(), _actor_name(session), entries)


def _actor_name(session: Session) -> str:
    return str(getattr(session.info.get("actor"), "username", "system"))


def _audited_table(statement: Any) -> Table | None:
    table = getattr(statement, "table", None)
    if not isinstance(table, Table):
        return None
    return table if table in _audited_table_set() else None


def _rows_where(connection: Connection, table: Table, where: Any) -> list[dict[str, Any]]:
    query = select(*table.columns)
    if where is not None:
        query = query.where(where)
    return [dict(row) for row in connection.execute(query).mappings()]


def _by_primary_key(table: Table, rows: Iterable[Mapping[str, Any]]) -> Any:
    columns: list[Column[Any]] = list(table.primary_key.columns)
    keys = [tuple(row[c.key] for c in columns) for row in rows]
    if len(columns) == 1:
        return columns[0].in_([key[0] for key in keys])
    return tuple_(*columns).in_(keys)


def _on_orm_execute(state: ORMExecuteState) -> Result[Any] | None:
    """Bulk ``update()``/``delete()`` statements bypass ``after_flush``: record them row by row."""
    if not (state.is_update or state.is_delete):
        return None
    table = _audited_table(state.statement)
    if table is None:
        return None
    state.session.flush()  # rows still pending would otherwise escape the statement's record
    connection = state.session.connection()
    parameters = state.parameters
    if isinstance(parameters, list) and parameters:  # bulk UPDATE by primary key (executemany)
        where = _by_primary_key(table, parameters)
    else:
        where = state.statement.whereclause  # type: ignore[attr-defined]
    before = _rows_where(connection, table, where)
    actor = _actor_name(state.session)
    if state.is_delete:
        append_entries(
            connection,
            actor,
            [
                TrailEntry(
                    "delete",
                    table.name,
                    row_identity(table, row),
                    {
                        key: [recorded_value(key, value), None]
                        for key, value in row.items()
                        if value is not None
                    },
                )
                for row in before
            ],
        )
        return None
    result = state.invoke_statement()
    if before:
        after = {
            row_identity(table, row): row
            for row in _rows_where(connection, table, _by_primary_key(table, before))
        }
        entries = []
        for old in before:
            new = after.get(row_identity(table, old), {})
            changes = {
                key: [recorded_value(key, old[key]), recorded_value(key, new.get(key))]
                for key in old
                if old[key] != new.get(key)
            }
            if changes:
                entries.append(TrailEntry("update", table.name, row_identity(table, old), changes))
        append_entries(connection, actor, entries)
    return result


def install(factory: sessionmaker[Session]) -> None:
    """Attach the audit listeners to a session factory. :mod:`accred_app.core.database` does it for
    every database the application opens (storage itself knows nothing of the audit trail)."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "do_orm_execute", _on_orm_execute)


def row_hash(
    row_id: int,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    changes: str,
    prev_hash: str,
) -> str:
    """The chained hash of one audit row (canonical JSON of every field plus the previous hash)."""
    payload = json.dumps(
        [row_id, at, actor, action, entity, entity_id, changes, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _timestamp_text(at: datetime) -> str:
    return at.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")


def changes_text(changes: Mapping[str, Sequence[Any]]) -> str:
    """The canonical JSON of an entry's changes, as stored and hashed."""
    return json.dumps(changes, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def append_entries(
    connection: Connection,
    actor_name: str,
    entries: Sequence[TrailEntry],
    *,
    at: datetime | None = None,
) -> int:
    """Chain ``entries`` onto the trail in the caller's transaction; returns how many were added.

    The listeners use it for every change; a bulk loader (the benchmark data generator) may use it
    to give rows it wrote with plain SQL the history the services would have given them.
    """
    if not entries:
        return 0
    lock_audit_chain(connection)
    last = connection.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    next_id, prev = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    now = at or datetime.now(UTC)
    stamp = _timestamp_text(now)
    rows: list[dict[str, Any]] = []
    for entry in entries:
        text = changes_text(entry.changes)
        digest = row_hash(
            next_id, stamp, actor_name, entry.action, entry.entity, entry.entity_id, text, prev
        )
        rows.append(
            {
                "id": next_id,
                "at": now,
                "actor": actor_name,
                "action": entry.action,
                "entity": entry.entity,
                "entity_id": entry.entity_id,
                "changes": text,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
        next_id += 1
        if len(rows) >= INSERT_CHUNK:
            connection.execute(insert(AuditEntry), rows)
            rows = []
    if rows:
        connection.execute(insert(AuditEntry), rows)
    return len(entries)


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    count: int
    head_hash: str
    bad_row_id: int | None = None
    problem: str | None = None

    def message(self, locale: str = "vi") -> str:
        if self.ok:
            return render("audit_ok", locale, {"count": self.count, "head": self.head_hash[:16]})
        return render("audit_broken", locale, self.problem_params(locale))

    def problem_params(self, locale: str = "vi") -> dict[str, Any]:
        problem = self.problem or ""
        shown = CHAIN_PROBLEMS_VI.get(problem, problem) if locale == "vi" else problem
        return {"row_id": self.bad_row_id, "problem": shown}


def verify_chain(session: Session) -> ChainReport:
    """Walk the chain in id order; report the first row whose content, link or position is wrong."""
    prev = GENESIS_HASH
    expected_id = 1
    count = 0
    rows = session.execute(
        select(
            AuditEntry.id,
            AuditEntry.at,
            AuditEntry.actor,
            AuditEntry.action,
            AuditEntry.entity,
            AuditEntry.entity_id,
            AuditEntry.changes,
            AuditEntry.prev_hash,
            AuditEntry.hash,
        )
        .order_by(AuditEntry.id)
        .execution_options(yield_per=5_000)
    )
    for row_id, at, actor, action, entity, entity_id, changes, prev_hash, stored in rows:
        count += 1
        if row_id != expected_id:
            problem = "deleted row(s) before it" if row_id > expected_id else "row out of order"
            return ChainReport(False, count, prev, row_id, problem)
        if prev_hash != prev:
            return ChainReport(False, count, prev, row_id, "link to the previous row broken")
        digest = row_hash(
            row_id, _timestamp_text(at), actor, action, entity, entity_id, changes, prev_hash
        )
        if digest != stored:
            return ChainReport(False, count, prev, row_id, "content altered or row inserted")
        prev = stored
        expected_id += 1
    return ChainReport(True, count, prev)


@dataclass(frozen=True, slots=True)
class AuditLine:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    changes: dict[str, Any]


def history(session: Session, entity: str, entity_id: int | str) -> list[AuditLine]:
    """Every audit row about one entity (e.g. ``("reporters", 12)``), oldest first."""
    rows = session.execute(
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.id)
    ).scalars()
    return [
        AuditLine(r.id, r.at, r.actor, r.action, r.entity, r.entity_id, json.loads(r.changes))
        for r in rows
    ]
