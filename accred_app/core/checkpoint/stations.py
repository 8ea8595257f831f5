"""Offline checkpoint stations and scan-log merging.

``export_station`` writes one JSON file (gzip-compressed) with everything a checkpoint laptop needs
for one event: the public keys, the event and its zones, the units, the passes (serial, zones,
validity, status — revocations included), their reporters (name, agency, status, thumbnail photo) and
the checkpoint officers who may sign in there. It never contains a private key. ``import_station``
loads it into a station database keeping the desk's ids, so the station's scan log merges back
unchanged with ``export_log`` / ``import_log``; merging is idempotent through each scan's ``scan_uid``.
"""

from __future__ import annotations

import base64
import gzip
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from accred_app.core.clock import utcnow
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.models import (
    AgencyKind,
    Event,
    EventKind,
    FieldPass,
    Officer,
    PassStatus,
    PoliceUnit,
    PressAgency,
    Reporter,
    ReporterPhoto,
    ReporterStatus,
    Role,
    ScanRecord,
    SigningKeyRecord,
    Zone,
)
from accred_app.core.passes.keys import import_public_keys, public_keys_document, read_public_keys
from accred_app.core.registry.events import load_event
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.core.storage.files import replaced_on_success
from accred_app.core.storage.settings import write_value

STATION_FORMAT = "accred-station/1"
LOG_FORMAT = "accred-scan-log/1"

register(
    {
        "invalid_station_file": (
            "Tệp dữ liệu trạm kiểm soát không hợp lệ: {detail}",
            "Invalid station file: {detail}",
        ),
        "invalid_log_file": (
            "Tệp nhật ký quét không hợp lệ (dòng {line}): {detail}",
            "Invalid scan-log file (line {line}): {detail}",
        ),
        "station_on_desk": (
            "Không nhập dữ liệu trạm vào cơ sở dữ liệu của bàn cấp thẻ (có khóa ký). "
            "Dùng một tệp riêng: accred --db TRAM.sqlite station import TỆP",
            "Refusing to import a station package into a desk database (it holds a signing key). "
            "Use a separate file: accred --db STATION.sqlite station import FILE",
        ),
    }
)


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment else None


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).astimezone(UTC) if text else None


def _write_json_gz(path: Path, document: object) -> None:
    data = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with replaced_on_success(path) as temporary, gzip.open(temporary, "wb", compresslevel=6) as out:
        out.write(data)


def _read_json_maybe_gz(path: Path, code: str) -> Any:
    try:
        raw = path.read_bytes()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        return json.loads(raw.decode("utf-8"))
    except (OSError, EOFError, ValueError, UnicodeDecodeError) as exc:
        raise ValidationError(code, detail=str(exc)[:200], line=0) from exc


@dataclass(frozen=True, slots=True)
class StationSummary:
    event_id: int
    event_name: str
    passes: int
    revoked: int
    reporters: int
    officers: int
    keys: int


def export_station(db: Database, actor: Actor, event_id: int, path: Path) -> StationSummary:
    actor.require(Permission.MANAGE_DATA)
    with db.reading() as session:
        event = load_event(session, event_id)
        passes = list(
            session.execute(select(FieldPass).where(FieldPass.event_id == event_id)).scalars()
        )
        reporter_ids = sorted({p.reporter_id for p in passes})
        reporters = list(
            session.execute(select(Reporter).where(Reporter.id.in_(reporter_ids))).scalars()
        )
        agency_ids = sorted({r.agency_id for r in reporters})
        agencies = list(
            session.execute(select(PressAgency).where(PressAgency.id.in_(agency_ids))).scalars()
        )
        photos: dict[int, bytes] = {
            reporter_id: thumbnail
            for reporter_id, thumbnail in session.execute(
                select(ReporterPhoto.reporter_id, ReporterPhoto.thumbnail_jpeg).where(
                    ReporterPhoto.reporter_id.in_(reporter_ids)
                )
            )
        }
        units = list(session.execute(select(PoliceUnit).order_by(PoliceUnit.id)).scalars())
        officers = list(
            session.execute(
                select(Officer).where(Officer.role == Role.CHECKPOINT, Officer.disabled.is_(False))
            ).scalars()
        )
        public_document: dict[str, Any] = public_keys_document(session)
        document = {
            "format": STATION_FORMAT,
            "exported_at": _iso(utcnow()),
            "exported_by": actor.username,
            "public_keys": public_document,
            "event": {
                "id": event.id,
                "name": event.name,
                "kind": event.kind.value,
                "location": event.location,
                "starts_on": event.starts_on.isoformat(),
                "ends_on": event.ends_on.isoformat() if event.ends_on else None,
                "zones": [
                    {"slot": z.slot, "code": z.code, "name": z.name, "colour": z.colour}
                    for z in event.zones
                ],
            },
            "units": [
                {"id": u.id, "name": u.name, "code": u.code, "parent_id": u.parent_id}
                for u in units
            ],
            "agencies": [{"id": a.id, "name": a.name, "kind": a.kind.value} for a in agencies],
            "reporters": [
                {
                    "id": r.id,
                    "full_name": r.full_name,
                    "agency_id": r.agency_id,
                    "card_no": r.card_no,
                    "card_expiry": r.card_expiry.isoformat(),
                    "status": r.status.value,
                    "photo": base64.b64encode(photos[r.id]).decode() if r.id in photos else None,
                }
                for r in reporters
            ],
            "passes": [
                {
                    "id": p.id,
                    "serial": p.serial,
                    "reporter_id": p.reporter_id,
                    "zone_mask": p.zone_mask,
                    "valid_from": _iso(p.valid_from),
                    "valid_to": _iso(p.valid_to),
                    "status": p.status.value,
                    "key_id": p.key_id,
                    "token": p.token,
                    "revoked_at": _iso(p.revoked_at),
                }
                for p in passes
            ],
            "officers": [
                {
                    "username": o.username,
                    "full_name": o.full_name,
                    "unit_id": o.unit_id,
                    "password_hash": o.password_hash,
                }
                for o in officers
            ],
        }
        summary = StationSummary(  # inside the session: the rows expire when it ends
            event.id,
            event.name,
            len(passes),
            sum(p.status is PassStatus.REVOKED for p in passes),
            len(reporters),
            len(officers),
            len(public_document["keys"]),
        )
    _write_json_gz(path, document)
    return summary


def import_station(db: Database, path: Path, *, station_name: str | None = None) -> StationSummary:
    """Set up (or refresh) a station database from a package; the scan log is kept on refresh."""
    document = _read_json_maybe_gz(path, "invalid_station_file")
    if not isinstance(document, dict) or document.get("format") != STATION_FORMAT:
        raise ValidationError("invalid_station_file", detail="format")
    keys = read_public_keys(document.get("public_keys"))
    try:
        with db.transaction() as session:
            if session.execute(
                select(SigningKeyRecord.key_id).where(SigningKeyRecord.private_key.is_not(None))
            ).first():
                raise ValidationError("station_on_desk")
            summary = _load_package(session, document)
            import_public_keys(session, keys)
            write_value(session, "station_name", station_name or f"station-{summary.event_id}")
            write_value(session, "role", "station")
            return summary
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, ValidationError):
            raise
        raise ValidationError(
            "invalid_station_file", detail=f"{type(exc).__name__}: {exc}"[:200]
        ) from exc


def _load_package(session: Session, doc: dict[str, Any]) -> StationSummary:
    event_doc = doc["event"]
    event_id = int(event_doc["id"])
    # Refresh: the registry part is replaced, the scan log stays.
    session.execute(delete(FieldPass).where(FieldPass.event_id == event_id))
    session.execute(delete(Zone).where(Zone.event_id == event_id))
    session.execute(delete(Event).where(Event.id == event_id))
    for unit in sorted(doc["units"], key=lambda u: (u["parent_id"] is not None, u["id"])):
        existing = session.get(PoliceUnit, unit["id"])
        if existing is None:
            session.add(
                PoliceUnit(
                    id=unit["id"],
                    name=unit["name"],
                    code=unit["code"],
                    parent_id=None,
                    search_key="",
                )
            )
    session.flush()
    for unit in doc["units"]:
        session.get(PoliceUnit, unit["id"]).parent_id = unit["parent_id"]  # type: ignore[union-attr]
    for agency in doc["agencies"]:
        if session.get(PressAgency, agency["id"]) is None:
            session.add(
                PressAgency(
                    id=agency["id"],
                    name=agency["name"],
                    kind=AgencyKind(agency["kind"]),
                    search_key="",
                )
            )
    session.flush()
    for rep in doc["reporters"]:
        reporter = session.get(Reporter, rep["id"])
        if reporter is None:
            reporter = Reporter(id=rep["id"], card_no_key=f"#{rep['id']}", search_key="")
            session.add(reporter)
        reporter.full_name = rep["full_name"]
        reporter.agency_id = rep["agency_id"]
        reporter.card_no = rep["card_no"]
        reporter.card_expiry = date.fromisoformat(rep["card_expiry"])
        reporter.status = ReporterStatus(rep["status"])
        session.flush()
        if rep.get("photo"):
            thumbnail = base64.b64decode(rep["photo"])
            photo = session.get(ReporterPhoto, rep["id"])
            if photo is None:
                session.add(
                    ReporterPhoto(
                        reporter_id=rep["id"], image_jpeg=thumbnail, thumbnail_jpeg=thumbnail
                    )
                )
            else:
                photo.image_jpeg = photo.thumbnail_jpeg = thumbnail
    event = Event(
        id=event_id,
        name=event_doc["name"],
        kind=EventKind(event_doc["kind"]),
        location=event_doc.get("location"),
        starts_on=date.fromisoformat(event_doc["starts_on"]),
        ends_on=date.fromisoformat(event_doc["ends_on"]) if event_doc.get("ends_on") else None,
        search_key="",
    )
    event.zones = [
        Zone(slot=z["slot"], code=z["code"], name=z["name"], colour=z["colour"])
        for z in event_doc["zones"]
    ]
    session.add(event)
    session.flush()
    for p in doc["passes"]:
        session.add(
            FieldPass(
                id=p["id"],
                serial=p["serial"],
                reporter_id=p["reporter_id"],
                event_id=event_id,
                zone_mask=p["zone_mask"],
                valid_from=_dt(p["valid_from"]),
                valid_to=_dt(p["valid_to"]),
                key_id=p["key_id"],
                token=p["token"],
                status=PassStatus(p["status"]),
                issued_by=doc.get("exported_by", "desk"),
                revoked_at=_dt(p.get("revoked_at")),
            )
        )
    for officer in doc["officers"]:
        known = session.execute(
            select(Officer).where(Officer.username == officer["username"])
        ).scalar_one_or_none()
        if known is None:
            session.add(
                Officer(
                    username=officer["username"],
                    full_name=officer["full_name"],
                    unit_id=officer["unit_id"],
                    role=Role.CHECKPOINT,
                    password_hash=officer["password_hash"],
                    disabled=False,
                    failed_attempts=0,
                )
            )
        else:
            known.password_hash = officer["password_hash"]
    session.flush()
    revoked = sum(p["status"] == PassStatus.REVOKED.value for p in doc["passes"])
    return StationSummary(
        event_id,
        event.name,
        len(doc["passes"]),
        revoked,
        len(doc["reporters"]),
        len(doc["officers"]),
        len(doc["public_keys"]["keys"]),
    )


SCAN_FIELDS = (
    "scan_uid",
    "scanned_at",
    "event_id",
    "zone_slot",
    "zone_code",
    "direction",
    "unit_id",
    "officer",
    "allowed",
    "reason",
    "pass_id",
    "serial",
    "reporter_id",
    "station",
)


def export_log(db: Database, actor: Actor, path: Path, *, event_id: int | None = None) -> int:
    """Write the scan log as JSON lines (a header line, then one scan per line); returns the count."""
    actor.require(Permission.SCAN)
    count = 0
    with (
        db.reading() as session,
        replaced_on_success(path) as temporary,
        temporary.open("w", encoding="utf-8") as out,
    ):
        out.write(json.dumps({"format": LOG_FORMAT, "exported_at": _iso(utcnow())}) + "\n")
        statement = select(ScanRecord).order_by(ScanRecord.scanned_at, ScanRecord.id)
        if event_id is not None:
            statement = statement.where(ScanRecord.event_id == event_id)
        for record in session.execute(statement).scalars():
            row = {name: getattr(record, name) for name in SCAN_FIELDS}
            row["scanned_at"] = _iso(record.scanned_at)
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


@dataclass(frozen=True, slots=True)
class LogImport:
    read: int
    added: int
    already_present: int


def _scan_from_line(number: int, line: str) -> ScanRecord:
    try:
        row = json.loads(line)
        record = ScanRecord(
            scan_uid=str(row["scan_uid"])[:36],
            scanned_at=_dt(row["scanned_at"]),
            event_id=int(row["event_id"]),
            zone_slot=None if row.get("zone_slot") is None else int(row["zone_slot"]),
            zone_code=row.get("zone_code"),
            direction=str(row["direction"]),
            unit_id=None if row.get("unit_id") is None else int(row["unit_id"]),
            officer=str(row["officer"])[:64],
            allowed=bool(row["allowed"]),
            reason=str(row["reason"])[:24],
            pass_id=None if row.get("pass_id") is None else int(row["pass_id"]),
            serial=row.get("serial"),
            reporter_id=None if row.get("reporter_id") is None else int(row["reporter_id"]),
            station=str(row.get("station") or "?")[:64],
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidationError(
            "invalid_log_file", line=number, detail=f"{type(exc).__name__}: {exc}"[:160]
        ) from exc
    if (
        record.direction not in ("in", "out")
        or record.scanned_at is None
        or len(record.scan_uid) < 8
    ):
        raise ValidationError(
            "invalid_log_file", line=number, detail="direction/scanned_at/scan_uid"
        )
    return record


def import_log(db: Database, actor: Actor, path: Path) -> LogImport:
    """Merge a station's scan log: every line is checked first, then new scans added in one go."""
    actor.require(Permission.MANAGE_DATA)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError("invalid_log_file", line=0, detail=str(exc)[:160]) from exc
    if not lines:
        raise ValidationError("invalid_log_file", line=1, detail="empty")
    try:
        header = json.loads(lines[0])
    except ValueError as exc:
        raise ValidationError("invalid_log_file", line=1, detail="header") from exc
    if not isinstance(header, dict) or header.get("format") != LOG_FORMAT:
        raise ValidationError("invalid_log_file", line=1, detail="format")
    records = [
        _scan_from_line(n, line) for n, line in enumerate(lines[1:], start=2) if line.strip()
    ]
    with db.transaction(actor) as session:
        uids = [r.scan_uid for r in records]
        known: set[str] = set()
        for start in range(0, len(uids), 500):
            known.update(
                session.execute(
                    select(ScanRecord.scan_uid).where(
                        ScanRecord.scan_uid.in_(uids[start : start + 500])
                    )
                ).scalars()
            )
        fresh: dict[str, ScanRecord] = {}
        for record in records:
            if record.scan_uid not in known:
                fresh.setdefault(record.scan_uid, record)
        session.add_all(fresh.values())
    return LogImport(len(records), len(fresh), len(records) - len(fresh))
