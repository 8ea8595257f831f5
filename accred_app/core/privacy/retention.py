"""Retention: a reporter's personal data is kept for a set time after their last pass or access,
then the record is anonymised — and so are the values the audit trail kept of it.

**Which reporters.** The last activity of a reporter is the latest of: the day the record was made,
the end of their latest pass, their latest checkpoint scan, their latest hand-recorded access entry
(a unit's interview, briefing, visit or documents). When that lies more than the retention
period (the ``privacy_retention_years`` setting, default 5 years) in the past, the reporter is due.
A reporter with a live pass is never due.

**What happens.** The reporter row stays, with its id, agency, card expiry, status and consent
record, so every count in past reports (reporters per agency, passes, scans) stays right; the name
becomes "Đã ẩn danh #id", the press card number ``ANON-id``, and date of birth, gender, position,
CCCD, phone, e-mail, notes and the status reason are cleared; the photo is deleted. Those changes
are ordinary audited updates (so the trail and the rows agree), and a ``privacy_actions`` row,
audited too, records the purge itself.

**The audit trail.** It holds before → after values of every change, so it would still show the
name, CCCD, phone and photo hashes of a purged reporter. The purge replaces those values in the
reporter's audit rows (``reporters`` and ``reporter_photos``, the purge's own rows included) with
:data:`PURGED` and recomputes the hash chain from the first row it changed. To keep that from
laundering tampering, the purge first verifies the chain and refuses to run on a broken one; the
head hash before and after is kept in the ``privacy_actions`` row, so an officer who wrote down an
older head hash can see it was superseded by a purge. Backups made before a purge still hold the
data until they are rotated out.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Final

from sqlalchemy import bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from accred_app.core.clock import VIETNAM_TZ, utcnow
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.models import (
    AccessEntry,
    AccessEntryReporter,
    AuditEntry,
    FieldPass,
    PressAgency,
    PrivacyAction,
    Reporter,
    ReporterPhoto,
    ScanRecord,
    Setting,
)
from accred_app.core.registry.reporters import refresh_search_key
from accred_app.core.roles import Actor, Permission
from accred_app.core.security import audit
from accred_app.core.storage.db import Database

register(
    {
        "purge_chain_broken": (
            "Không thể ẩn danh: nhật ký kiểm tra đã bị can thiệp tại bản ghi #{row_id} ({problem}). "
            "Hãy khôi phục bản sao lưu trước khi xóa dữ liệu cá nhân.",
            "Cannot anonymise: the audit trail was tampered with at row #{row_id} ({problem}). "
            "Restore a backup before removing personal data.",
        ),
        "invalid_retention": (
            "Thời hạn lưu trữ phải từ {low} đến {high} năm.",
            "The retention period must be {low} to {high} years.",
        ),
    }
)

RETENTION_SETTING: Final = "privacy_retention_years"
DEFAULT_RETENTION_YEARS: Final = 5
RETENTION_RANGE: Final = (1, 50)
#: What replaces a personal value in the audit trail once the reporter is anonymised.
PURGED: Final = "<purged>"
#: Reporter columns whose values are personal data (erased on the row and in the trail).
PERSONAL_FIELDS: Final = frozenset(
    {
        "full_name",
        "date_of_birth",
        "gender",
        "position",
        "card_no",
        "card_no_key",
        "citizen_id",
        "phone",
        "email",
        "notes",
        "status_reason",
        "search_key",
    }
)
PHOTO_FIELDS: Final = frozenset({"image_jpeg", "thumbnail_jpeg"})
_UPDATE_BATCH: Final = 2000


def anonymous_name(reporter_id: int) -> str:
    return f"Đã ẩn danh #{reporter_id}"


def anonymous_card(reporter_id: int) -> str:
    return f"ANON-{reporter_id}"


# --- the setting -------------------------------------------------------------------------------


def retention_years(db: Database) -> int:
    with db.reading() as session:
        return _retention_years(session)


def _retention_years(session: Session) -> int:
    row = session.get(Setting, RETENTION_SETTING)
    try:
        return int(row.value) if row is not None else DEFAULT_RETENTION_YEARS
    except ValueError:
        return DEFAULT_RETENTION_YEARS


def set_retention_years(db: Database, actor: Actor, years: int) -> int:
    actor.require(Permission.MANAGE_DATA)
    low, high = RETENTION_RANGE
    if not low <= years <= high:
        raise ValidationError("invalid_retention", low=low, high=high)
    with db.transaction(actor) as session:
        row = session.get(Setting, RETENTION_SETTING)
        if row is None:
            session.add(Setting(key=RETENTION_SETTING, value=str(years)))
        elif row.value != str(years):
            row.value = str(years)
    return years


# --- who is due ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DueReporter:
    id: int
    full_name: str
    agency: str
    last_activity: date  # in Vietnam's calendar
    due_on: date  # last activity + the retention period


@dataclass(frozen=True, slots=True)
class PurgeReport:
    dry_run: bool
    retention_years: int
    reporters: tuple[DueReporter, ...]
    audit_rows_redacted: int
    audit_head_before: str | None
    audit_head_after: str | None


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _local_day(moment: datetime) -> date:
    return moment.astimezone(VIETNAM_TZ).date()


def due_reporters(session: Session, years: int, today: date) -> list[DueReporter]:
    """Reporters (not yet anonymised) whose last activity is more than ``years`` before ``today``."""
    last_pass = dict(
        session.execute(
            select(FieldPass.reporter_id, func.max(FieldPass.valid_to)).group_by(
                FieldPass.reporter_id
            )
        ).all()
    )
    last_scan = dict(
        session.execute(
            select(ScanRecord.reporter_id, func.max(ScanRecord.scanned_at))
            .where(ScanRecord.reporter_id.is_not(None))
            .group_by(ScanRecord.reporter_id)
        ).all()
    )
    last_access = dict(
        session.execute(
            select(AccessEntryReporter.reporter_id, func.max(AccessEntry.occurred_at))
            .join(AccessEntry, AccessEntry.id == AccessEntryReporter.entry_id)
            .group_by(AccessEntryReporter.reporter_id)
        ).all()
    )
    due: list[DueReporter] = []
    rows = session.execute(
        select(Reporter.id, Reporter.full_name, PressAgency.name, Reporter.created_at)
        .join(PressAgency, PressAgency.id == Reporter.agency_id)
        .where(Reporter.anonymised_at.is_(None))
        .order_by(Reporter.id)
    )
    for reporter_id, name, agency, created_at in rows:
        moments = [
            created_at,
            last_pass.get(reporter_id),
            _aware(last_scan.get(reporter_id)),
            _aware(last_access.get(reporter_id)),
        ]
        last = max(_local_day(m) for m in moments if m is not None)
        due_on = _add_years(last, years)
        if due_on <= today:
            due.append(DueReporter(reporter_id, name, agency, last, due_on))
    return due


def _aware(moment: Any) -> datetime | None:
    """``max()`` over a UTC column comes back from SQLite as text or a naive datetime."""
    if moment is None:
        return None
    parsed = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    if not isinstance(parsed, datetime):
        raise TypeError(f"not a time: {moment!r}")
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


# --- the purge -----------------------------------------------------------------------------------


def purge(db: Database, actor: Actor, *, dry_run: bool = False) -> PurgeReport:
    """Anonymise every reporter past the retention period (see the module's docstring)."""
    actor.require(Permission.MANAGE_DATA)
    today = utcnow().astimezone(VIETNAM_TZ).date()
    if dry_run:
        with db.reading() as session:
            years = _retention_years(session)
            due = due_reporters(session, years, today)
        return PurgeReport(True, years, tuple(due), 0, None, None)
    with db.transaction(actor) as session:
        years = _retention_years(session)
        due = due_reporters(session, years, today)
        if not due:
            return PurgeReport(False, years, (), 0, None, None)
        chain = audit.verify_chain(session)
        if not chain.ok:
            raise ValidationError(
                "purge_chain_broken", row_id=chain.bad_row_id, problem=chain.problem
            )
        first_purge_row = chain.count + 1  # audit rows from here on are the purge's own
        ids = [reporter.id for reporter in due]
        _anonymise(session, ids)
        redacted, first_changed = _redact_trail(session, ids, first_purge_row)
        head_after = _rehash_from(session, first_changed) if first_changed else chain.head_hash
        session.add(
            PrivacyAction(
                actor=actor.username,
                kind="purge",
                details=json.dumps(
                    {
                        "reporters": ids,
                        "retention_years": years,
                        "audit_rows_redacted": redacted,
                        "audit_head_before": chain.head_hash,
                        "audit_head_after": head_after,
                    },
                    sort_keys=True,
                ),
            )
        )
        session.flush()
    anonymised = tuple(
        DueReporter(r.id, anonymous_name(r.id), r.agency, r.last_activity, r.due_on) for r in due
    )  # the report must not carry the names it has just erased
    return PurgeReport(False, years, anonymised, redacted, chain.head_hash, head_after)


def _anonymise(session: Session, ids: Sequence[int]) -> None:
    now = utcnow()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for reporter in session.scalars(select(Reporter).where(Reporter.id.in_(chunk))):
            reporter.full_name = anonymous_name(reporter.id)
            reporter.card_no = reporter.card_no_key = anonymous_card(reporter.id)
            for field in ("date_of_birth", "gender", "position", "citizen_id", "phone"):
                setattr(reporter, field, None)
            reporter.email = reporter.notes = reporter.status_reason = None
            reporter.anonymised_at = now
            refresh_search_key(reporter)
        for photo in session.scalars(
            select(ReporterPhoto).where(ReporterPhoto.reporter_id.in_(chunk))
        ):
            session.delete(photo)
        session.flush()


def _redact_value(value: Any) -> Any:
    return None if value is None else PURGED


def _redact_trail(
    session: Session, ids: Sequence[int], first_purge_row: int
) -> tuple[int, int | None]:
    """Replace personal values in the reporters' audit rows; returns (rows changed, first id)."""
    keys = [str(i) for i in ids]
    changed = 0
    first_changed: int | None = None
    updates: list[dict[str, Any]] = []
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        rows = session.execute(
            select(AuditEntry.id, AuditEntry.entity, AuditEntry.changes).where(
                or_(AuditEntry.entity == "reporters", AuditEntry.entity == "reporter_photos"),
                AuditEntry.entity_id.in_(chunk),
            )
        )
        for row_id, entity, changes_text in rows:
            changes = json.loads(changes_text)
            fields = PERSONAL_FIELDS if entity == "reporters" else PHOTO_FIELDS
            own = row_id >= first_purge_row  # the purge's own update keeps its new values
            for name, (before, after) in list(changes.items()):
                if name in fields:
                    changes[name] = [_redact_value(before), after if own else _redact_value(after)]
            new_text = json.dumps(
                changes, ensure_ascii=False, sort_keys=True, separators=(",", ":")
            )
            if new_text != changes_text:
                updates.append({"row_id": row_id, "changes": new_text})
                changed += 1
                first_changed = row_id if first_changed is None else min(first_changed, row_id)
    for start in range(0, len(updates), _UPDATE_BATCH):
        session.connection().execute(
            update(AuditEntry)
            .where(AuditEntry.id == bindparam("row_id"))
            .values(changes=bindparam("changes")),
            updates[start : start + _UPDATE_BATCH],
        )
    return changed, first_changed


def _timestamp_text(at: datetime) -> str:
    """The audit row's time as the chain hashes it (the trail's own canonical form)."""
    return at.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")


def _rehash_from(session: Session, first_id: int) -> str:
    """Recompute ``prev_hash`` and ``hash`` of every audit row from ``first_id`` on, a page of
    rows at a time (the trail may hold millions)."""
    connection = session.connection()
    previous = connection.scalar(select(AuditEntry.hash).where(AuditEntry.id == first_id - 1))
    prev = previous if previous is not None else audit.GENESIS_HASH
    page_start = first_id
    while True:
        rows = connection.execute(
            select(
                AuditEntry.id,
                AuditEntry.at,
                AuditEntry.actor,
                AuditEntry.action,
                AuditEntry.entity,
                AuditEntry.entity_id,
                AuditEntry.changes,
            )
            .where(AuditEntry.id >= page_start)
            .order_by(AuditEntry.id)
            .limit(_UPDATE_BATCH)
        ).all()
        if not rows:
            return prev
        pending: list[dict[str, Any]] = []
        for row_id, at, actor, action, entity, entity_id, changes in rows:
            digest = audit.row_hash(
                row_id, _timestamp_text(at), actor, action, entity, entity_id, changes, prev
            )
            pending.append({"row_id": row_id, "prev": prev, "digest": digest})
            prev = digest
        connection.execute(
            update(AuditEntry)
            .where(AuditEntry.id == bindparam("row_id"))
            .values(prev_hash=bindparam("prev"), hash=bindparam("digest")),
            pending,
        )
        page_start = rows[-1][0] + 1
