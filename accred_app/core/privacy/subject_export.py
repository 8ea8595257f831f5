"""Everything held about one reporter, in one file, for a data-subject request.

The file is a ZIP: ``data.json`` (the record with its purpose and consent, the agency, every pass
with its prints, every checkpoint scan, and the audit history of the record, its photo and its
passes), ``photo.jpg`` when there is a photo, and ``README.txt`` saying what each part is, in
Vietnamese and English. A ZIP keeps the photo a photo the person can open, rather than base64 inside
JSON, and the JSON readable by any program. The export itself is recorded (who, when, whose data) as
an audited ``privacy_actions`` row, since handing personal data out is processing too.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from accred_app.core.clock import VIETNAM_TZ, utcnow
from accred_app.core.models import (
    AccessEntry,
    AccessEntryReporter,
    AuditEntry,
    Event,
    FieldPass,
    PoliceUnit,
    PressAgency,
    PrintRecord,
    PrivacyAction,
    Reporter,
    ReporterPhoto,
    ScanRecord,
)
from accred_app.core.registry.common import get_or_raise
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.core.storage.files import replaced_on_success

FORMAT_VERSION: Final = 1
README: Final = """\
DỮ LIỆU CÁ NHÂN CỦA PHÓNG VIÊN — trích xuất theo yêu cầu của chủ thể dữ liệu
(Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15; Nghị định 356/2025/NĐ-CP)

data.json   hồ sơ phóng viên (kể cả mục đích xử lý và thông tin về sự đồng ý), cơ quan báo chí,
            các thẻ tác nghiệp đã cấp và các lần in, các lần quét thẻ tại chốt kiểm soát,
            các lần được đơn vị công an cung cấp thông tin, tiếp cận (và bài báo sau đó),
            lịch sử thay đổi hồ sơ (nhật ký kiểm tra: ai sửa gì, khi nào, giá trị trước → sau).
photo.jpg   ảnh chân dung đang lưu (nếu có).
Thời gian ghi theo giờ Việt Nam (UTC+07:00).

PERSONAL DATA OF A REPORTER — exported for a data-subject request.
data.json holds the record (with the purpose of processing and the consent), the press agency,
the field passes issued and their prints, the checkpoint scans, the accesses and information units
gave them (and the articles published after), and the record's audit history
(who changed what, when, before → after); photo.jpg is the stored portrait, if any.
Times are Vietnam time (UTC+07:00).
"""


@dataclass(frozen=True, slots=True)
class SubjectExport:
    path: Path
    reporter_id: int
    passes: int
    scans: int
    audit_entries: int
    has_photo: bool


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(VIETNAM_TZ).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "value"):  # an enum
        return value.value
    return value


def _columns(row: Any, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    return {
        column.key: _json_value(getattr(row, column.key))
        for column in row.__table__.columns
        if column.key not in skip
    }


def _access_entries(session: Session, reporter_id: int) -> list[dict[str, Any]]:
    """The hand-recorded accesses the reporter took part in, with the unit, the event and the
    articles published after them (the other reporters of an entry are not this person's data)."""
    entries = session.scalars(
        select(AccessEntry)
        .join(AccessEntryReporter, AccessEntryReporter.entry_id == AccessEntry.id)
        .where(AccessEntryReporter.reporter_id == reporter_id)
        .order_by(AccessEntry.occurred_at, AccessEntry.id)
    ).all()
    units = dict(
        session.execute(
            select(PoliceUnit.id, PoliceUnit.name).where(
                PoliceUnit.id.in_({entry.unit_id for entry in entries})
            )
        ).all()
    )
    return [
        {
            **_columns(entry, frozenset({"last_article_number"})),
            "unit": units.get(entry.unit_id),
            "articles": [_columns(article) for article in entry.articles],
        }
        for entry in entries
    ]


def _collect(session: Session, reporter: Reporter) -> tuple[dict[str, Any], bytes | None]:
    agency = session.get(PressAgency, reporter.agency_id)
    passes = list(
        session.scalars(
            select(FieldPass).where(FieldPass.reporter_id == reporter.id).order_by(FieldPass.id)
        )
    )
    pass_ids = [p.id for p in passes]
    event_names = dict(
        session.execute(
            select(Event.id, Event.name).where(Event.id.in_({p.event_id for p in passes}))
        ).all()
    )
    prints = (
        list(
            session.scalars(
                select(PrintRecord)
                .where(PrintRecord.pass_id.in_(pass_ids))
                .order_by(PrintRecord.id)
            )
        )
        if pass_ids
        else []
    )
    scans = session.scalars(
        select(ScanRecord)
        .where(ScanRecord.reporter_id == reporter.id)
        .order_by(ScanRecord.scanned_at, ScanRecord.id)
    )
    entities = [("reporters", str(reporter.id)), ("reporter_photos", str(reporter.id))]
    entities += [("passes", str(pass_id)) for pass_id in pass_ids]
    history = session.scalars(
        select(AuditEntry)
        .where(
            or_(
                *(
                    (AuditEntry.entity == entity) & (AuditEntry.entity_id == key)
                    for entity, key in entities
                )
            )
        )
        .order_by(AuditEntry.id)
    ).all()
    photo = session.scalar(
        select(ReporterPhoto.image_jpeg).where(ReporterPhoto.reporter_id == reporter.id)
    )
    data = {
        "format_version": FORMAT_VERSION,
        "reporter": _columns(reporter, frozenset({"search_key", "sort_key", "card_no_key"})),
        "agency": _columns(agency, frozenset({"search_key"})) if agency else None,
        "photo": "photo.jpg" if photo is not None else None,
        "passes": [{**_columns(p), "event": event_names.get(p.event_id)} for p in passes],
        "prints": [_columns(p) for p in prints],
        "scans": [_columns(s) for s in scans],
        "access_entries": _access_entries(session, reporter.id),
        "audit_history": [
            {
                "id": entry.id,
                "at": _json_value(entry.at),
                "actor": entry.actor,
                "action": entry.action,
                "entity": entry.entity,
                "entity_id": entry.entity_id,
                "changes": json.loads(entry.changes),
            }
            for entry in history
        ],
    }
    return data, photo


def export_subject_data(
    db: Database, actor: Actor, reporter_id: int, target: Path
) -> SubjectExport:
    """Write the ZIP described above to ``target`` and record the export."""
    actor.require(Permission.MANAGE_DATA)
    with db.transaction(actor) as session:
        reporter = get_or_raise(session, Reporter, reporter_id, "reporter")
        data, photo = _collect(session, reporter)
        data["exported_at"] = _json_value(utcnow())
        data["exported_by"] = actor.username
        payload = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
        with (
            replaced_on_success(target) as temporary,
            zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        ):
            archive.writestr("README.txt", README)
            archive.writestr("data.json", payload)
            if photo is not None:
                archive.writestr("photo.jpg", photo)
        session.add(
            PrivacyAction(
                actor=actor.username,
                kind="subject_export",
                reporter_id=reporter_id,
                details=json.dumps(
                    {"file": target.name, "data_sha256": hashlib.sha256(payload).hexdigest()},
                    sort_keys=True,
                ),
            )
        )
    return SubjectExport(
        target,
        reporter_id,
        len(data["passes"]),
        len(data["scans"]),
        len(data["audit_history"]),
        photo is not None,
    )
