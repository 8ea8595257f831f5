"""A supervisor's denial of a pass that scanned valid: the face does not match the photo.

The pass stays valid (revoking it is the desk's decision, and the real holder may come back); what
is undone is this one entry. The denial is a scan-log row of its own (``method = 'override'``,
``allowed`` false, reason ``supervisor_denied``), naming the scan it denies (``overrides_uid``),
the officer who denied it and their reason (required). It is chained like every row of the log, so
it cannot be removed or edited unseen, and the scan it denies is left untouched for the same reason.

Presence follows it: a pass is inside a zone when its last allowed passage there was an entry,
*unless* a denial came after it (``scanning.PRESENCE_ROWS``), so the person turned back is not
counted inside and their next scan is judged afresh. The reports count the denied entry as a
refusal, not as an entry (``reports/cooperation.py``).

Only the entry that made the pass inside can be denied — the last allowed passage of that pass at
that zone, within :data:`OVERRIDE_WINDOW` of it: the decision is taken at the gate while the
person is there, not afterwards to rewrite the day. Exits are never denied (never trap someone
inside).

Who may deny: every officer who may scan (``Permission.OVERRIDE_SCAN``). A denial lets nobody in,
so it needs no more trust than a scan; what it needs is a name and a reason, both logged and
chained. A narrower supervisor role was weighed and not made: a station carries only checkpoint
officers (its package has no role field), so it would make the denial impossible at an offline
gate, where it is needed most. The permission is its own, so a later supervisor role can narrow it
without changing any caller.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any, Final

from sqlalchemy import Select, select

from accred_app.core.checkpoint.manual import required_reason
from accred_app.core.checkpoint.scanning import PRESENCE_ROWS, ScanResult, append_scan_row
from accred_app.core.checkpoint.verdict import Direction, Reason
from accred_app.core.clock import utcnow
from accred_app.core.errors import NotFoundError, ValidationError
from accred_app.core.messages import register, render
from accred_app.core.models import PressAgency, Reporter, ScanMethod, ScanRecord
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database

OVERRIDE_WINDOW: Final = timedelta(minutes=15)

register(
    {
        "override_reason_required": (
            "Không cho qua một thẻ hợp lệ phải ghi lý do (ví dụ: người mang thẻ không khớp ảnh).",
            "Denying a valid pass needs a reason (for example: the holder does not match the "
            "photo).",
        ),
        "override_scan_unknown": (
            "Không có lượt quét {scan_uid}.",
            "There is no scan {scan_uid}.",
        ),
        "override_not_an_entry": (
            "Chỉ không cho qua được một lượt vào đã được chấp nhận; lượt quét này không phải vậy.",
            "Only an accepted entry can be denied; this scan is not one.",
        ),
        "override_superseded": (
            "Lượt vào này không còn là lượt mới nhất của thẻ tại cổng (đã ra, vào lại hoặc đã bị "
            "từ chối).",
            "This entry is no longer the pass's latest at this gate (it left, came in again, or "
            "was already denied).",
        ),
        "override_too_late": (
            "Lượt vào này đã quá {minutes} phút; không thể không cho qua nữa.",
            "This entry is more than {minutes} minutes old; it can no longer be denied.",
        ),
    }
)

_ORIGINAL = select(
    ScanRecord.scan_uid,
    ScanRecord.scanned_at,
    ScanRecord.event_id,
    ScanRecord.zone_slot,
    ScanRecord.zone_code,
    ScanRecord.direction,
    ScanRecord.unit_id,
    ScanRecord.allowed,
    ScanRecord.pass_id,
    ScanRecord.serial,
    ScanRecord.reporter_id,
    ScanRecord.method,
)


def _latest_presence_uid(pass_id: int, zone_slot: int | None) -> Select[Any]:
    slot = (
        ScanRecord.zone_slot.is_(None) if zone_slot is None else ScanRecord.zone_slot == zone_slot
    )
    return (
        select(ScanRecord.scan_uid)
        .where(ScanRecord.pass_id == pass_id, slot, PRESENCE_ROWS)
        .order_by(ScanRecord.scanned_at.desc(), ScanRecord.id.desc())
        .limit(1)
    )


def deny_after_scan(
    db: Database,
    supervisor: Actor,
    scan_uid: str,
    reason: str,
    *,
    now: datetime | None = None,
    locale: str = "vi",
) -> ScanResult:
    """Deny the allowed entry ``scan_uid`` (see the module docstring); the pass stays valid.
    Returns the denial as the verdict the screen shows."""
    supervisor.require(Permission.OVERRIDE_SCAN)
    note = required_reason(reason, "override_reason_required")
    moment = now or utcnow()
    denial_uid = str(uuid.uuid4())
    with db.scan_transaction(supervisor) as session:  # a scan row: serialised with the scans
        connection = session.connection()
        original = connection.execute(
            _ORIGINAL.where(ScanRecord.scan_uid == (scan_uid or "").strip().lower())
        ).first()
        if original is None:
            raise NotFoundError("override_scan_unknown", scan_uid=(scan_uid or "—")[:40])
        (uid, scanned_at, event_id, zone_slot, zone_code, direction, unit_id, allowed, pass_id,
         serial, reporter_id, method) = original  # fmt: skip
        if (
            not allowed
            or direction != Direction.IN.value
            or pass_id is None
            or method is ScanMethod.OVERRIDE
        ):
            raise ValidationError("override_not_an_entry")
        latest = connection.execute(_latest_presence_uid(pass_id, zone_slot)).scalar_one()
        if latest != uid:
            raise ValidationError("override_superseded")
        if moment - scanned_at > OVERRIDE_WINDOW:
            raise ValidationError(
                "override_too_late", minutes=int(OVERRIDE_WINDOW.total_seconds() // 60)
            )
        denied_at = max(moment, scanned_at)  # after the entry, whatever the clocks say
        append_scan_row(
            connection,
            {
                "scan_uid": denial_uid,
                "scanned_at": denied_at,
                "event_id": event_id,
                "zone_slot": zone_slot,
                "zone_code": zone_code,
                "direction": direction,
                "unit_id": unit_id,
                "officer": supervisor.username,
                "allowed": False,
                "reason": Reason.SUPERVISOR_DENIED.value,
                "pass_id": pass_id,
                "serial": serial,
                "reporter_id": reporter_id,
                "method": ScanMethod.OVERRIDE.value,
                "note": note,
                "overrides_uid": uid,
            },
        )
        who = connection.execute(
            select(Reporter.full_name, PressAgency.name)
            .join(PressAgency, PressAgency.id == Reporter.agency_id)
            .where(Reporter.id == reporter_id)
        ).first()
    return ScanResult(
        scan_uid=denial_uid,
        scanned_at=denied_at,
        allowed=False,
        reason=Reason.SUPERVISOR_DENIED.value,
        message=render(Reason.SUPERVISOR_DENIED.message_code, locale),
        direction=direction,
        zone_code=zone_code,
        pass_id=pass_id,
        serial=serial,
        reporter_id=reporter_id,
        reporter_name=who[0] if who else None,
        agency=who[1] if who else None,
        photo_thumbnail=None,
        method=ScanMethod.OVERRIDE.value,
        note=note,
        overrides_uid=uid,
    )
