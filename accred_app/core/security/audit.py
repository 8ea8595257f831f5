"""Tamper-evident audit trail.

Every ORM change made through :meth:`Database.transaction` is written, in the same transaction, into
``audit_log``: who, when, what, and before → after for the fields that changed. Rows are hash-chained:
each row's SHA-256 covers its own id and content and the previous row's hash, so editing, deleting or
inserting a row breaks the chain at that point and :func:`verify_chain` names it. The chain cannot
protect against someone who rewrites every later row too; :func:`verify_chain` returns the head hash
so an officer can write it down (or keep it in a backup) as an anchor.

Recording happens in one ``after_flush`` listener, so services cannot forget it. Scan-log rows are not
audited (the scan log is itself a log, and the checkpoint hot path must stay fast).
"""

from __future__ import annotations

import enum
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from accred_app.core.messages import register, render
from accred_app.core.models import AuditEntry, Base, ScanRecord
from accred_app.core.storage.db import lock_audit_chain

GENESIS_HASH = "0" * 64
NOT_AUDITED: frozenset[type[Base]] = frozenset({AuditEntry, ScanRecord})
SECRET_FIELDS = frozenset({"password_hash", "private_key", "wrapped_key"})
BINARY_SUMMARY_FIELDS = frozenset({"image_jpeg", "thumbnail_jpeg", "public_key"})

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


def _jsonable(field: str, value: Any) -> Any:
    if value is None:
        return None
    if field in SECRET_FIELDS:
        return "***"
    if isinstance(value, bytes):
        return f"<{len(value)} bytes sha256:{hashlib.sha256(value).hexdigest()[:16]}>"
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _column_keys(obj: Base) -> list[str]:
    return [attr.key for attr in inspect(obj).mapper.column_attrs]


def _identity(obj: Base) -> str:
    """The row's primary key. In ``after_flush`` a just-inserted row has no identity key yet, but
    its primary-key attributes already hold the values the INSERT produced."""
    state = inspect(obj)
    identity = state.identity or tuple(state.mapper.primary_key_from_instance(obj))
    if not identity or any(part is None for part in identity):
        return "?"
    return ",".join(str(part) for part in identity)


def _describe(obj: Base, action: str) -> dict[str, Any] | None:
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for key in _column_keys(obj):
        history = state.attrs[key].history
        if action == "create":
            value = getattr(obj, key)
            if value is not None:
                changes[key] = [None, _jsonable(key, value)]
        elif action == "delete":
            value = (
                history.unchanged[0]
                if history.unchanged
                else (history.deleted[0] if history.deleted else None)
            )
            if value is not None:
                changes[key] = [_jsonable(key, value), None]
        elif history.has_changes():
            before = history.deleted[0] if history.deleted else None
            after = history.added[0] if history.added else None
            if before != after:
                changes[key] = [_jsonable(key, before), _jsonable(key, after)]
    if action == "update" and not changes:
        return None
    return changes


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


def _after_flush(session: Session, _context: Any) -> None:
    pending: list[tuple[str, Base]] = []
    pending += [("create", obj) for obj in session.new]
    pending += [("update", obj) for obj in session.dirty if session.is_modified(obj)]
    pending += [("delete", obj) for obj in session.deleted]
    entries: list[tuple[str, str, str, str]] = []
    for action, obj in pending:
        if type(obj) in NOT_AUDITED or not isinstance(obj, Base):
            continue
        changes = _describe(obj, action)
        if changes is None:
            continue
        entries.append(
            (
                action,
                obj.__tablename__,
                _identity(obj),
                json.dumps(changes, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
            )
        )
    if not entries:
        return
    actor = session.info.get("actor")
    actor_name = getattr(actor, "username", "system")
    connection = session.connection()
    lock_audit_chain(connection)
    last = connection.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    next_id, prev = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    now = datetime.now(UTC)
    stamp = _timestamp_text(now)
    rows = []
    for action, entity, entity_id, changes_json in sorted(entries, key=lambda e: (e[1], e[2])):
        digest = row_hash(next_id, stamp, actor_name, action, entity, entity_id, changes_json, prev)
        rows.append(
            {
                "id": next_id,
                "at": now,
                "actor": actor_name,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "changes": changes_json,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
        next_id += 1
    connection.execute(insert(AuditEntry), rows)


def install(factory: sessionmaker[Session]) -> None:
    """Attach the audit listener to a session factory. :mod:`accred_app.core.database` does it for
    every database the application opens (storage itself knows nothing of the audit trail)."""
    event.listen(factory, "after_flush", _after_flush)


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
        return render("audit_broken", locale, {"row_id": self.bad_row_id, "problem": self.problem})


def verify_chain(session: Session) -> ChainReport:
    """Walk the chain in id order; report the first row whose content, link or position is wrong."""
    prev = GENESIS_HASH
    expected_id = 1
    count = 0
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()
    for row in rows:
        count += 1
        if row.id != expected_id:
            problem = "deleted row(s) before it" if row.id > expected_id else "row out of order"
            return ChainReport(False, count, prev, row.id, problem)
        if row.prev_hash != prev:
            return ChainReport(False, count, prev, row.id, "link to the previous row broken")
        digest = row_hash(
            row.id,
            _timestamp_text(row.at),
            row.actor,
            row.action,
            row.entity,
            row.entity_id,
            row.changes,
            row.prev_hash,
        )
        if digest != row.hash:
            return ChainReport(False, count, prev, row.id, "content altered or row inserted")
        prev = row.hash
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
