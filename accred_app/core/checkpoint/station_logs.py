"""Scan logs out of a station and into the desk: signed by the station, checked by the desk.

A log file (``accred-scan-log/2``, docs/station-packages.md) is JSON lines: a header naming the
station and its log-signing key, one line per scan in chain order, and a trailer with the row
count, the SHA-256 of every byte before it and the station's Ed25519 signature of that digest.

At the desk, ``import_log`` refuses the whole file (one line, nothing written) when it is not a
signed v2 log, is damaged, has a value of the wrong type, breaks the station's scan chain, comes
under a station name first seen with another key (trust on first use), or does not extend the
chain the desk got from that station before. It then adds each new scan, except scans it reports
and skips with their line number: a time ahead of the desk's clock by more than the tolerance, an
event, zone, unit or pass the desk does not know, a pass that does not match the desk's record, an
allowed scan of another event's pass, or an allowed entry, made after the station took its current
package, with a pass revoked before that package was made (the station knew, so it cannot have let
it in honestly). Each import is recorded
in ``station_log_imports`` (file hash, counts, the station's chain head), which the audit trail
records like any other row.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from accred_app.core.checkpoint import typed_input as t
from accred_app.core.checkpoint.packages import grouped_fingerprint, key_fingerprint
from accred_app.core.checkpoint.scan_chain import (
    CHAINED_FIELDS,
    METHOD_FIELDS,
    PLAIN_SCAN,
    scan_chain_hash,
)
from accred_app.core.checkpoint.stations import CLOCK_TOLERANCE, station_identity
from accred_app.core.checkpoint.verdict import Direction, Reason
from accred_app.core.clock import VIETNAM_TZ, utcnow
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register, render
from accred_app.core.models import (
    Event,
    FieldPass,
    PassStatus,
    PoliceUnit,
    ScanMethod,
    ScanRecord,
    StationLogImport,
    StationLogKey,
    Zone,
)
from accred_app.core.passes.tokens import MAX_ZONE_SLOT
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.core.storage.files import replaced_on_success
from accred_app.core.storage.settings import read_value

LOG_FORMAT: Final = "accred-scan-log/2"
LEGACY_LOG_FORMATS: Final = frozenset({"accred-scan-log/1"})
SIGNATURE_CONTEXT: Final = b"accred-scan-log/2 digest\n"
# A busy gate of a five-day congress: ~2,000 reporters x 10 scans a day = 100,000 scans, each
# line ~0.45 KB, so ~45 MB. 128 MiB leaves room for almost three times that.
MAX_LOG_BYTES: Final = 128 * t.MEGABYTE
MAX_ID: Final = 2**31 - 1
HEADER_FIELDS: Final = (
    "format",
    "station",
    "station_key",
    "event_id",
    "package_created_at",
    "package_imported_at",
    "exported_at",
)
ROW_FIELDS: Final = (*CHAINED_FIELDS, "chain_hash")
OPTIONAL_ROW_FIELDS: Final = METHOD_FIELDS
"""Written only for a manual admission or a supervisor's denial, so a log of plain scans reads
exactly as before."""
NOTE_LIMIT: Final = 500
TRAILER_FIELDS: Final = ("end", "rows", "sha256", "signature")
SKIP_REASONS: Final = (
    "future",
    "unknown_event",
    "unknown_zone",
    "unknown_unit",
    "unknown_pass",
    "pass_mismatch",
    "allowed_other_event",
    "revoked_before_package",
)

register(
    {
        "scan_log_legacy": (
            "Tệp nhật ký quét theo định dạng cũ, không có chữ ký của trạm nên không được nhận. Hãy "
            "xuất lại nhật ký ở trạm bằng phiên bản phần mềm hiện tại.",
            "This scan log is in the old, unsigned format and is refused. Export it again at the "
            "station with the current version of the software.",
        ),
        "scan_log_unsigned": (
            "Tệp nhật ký quét không có chữ ký của trạm (nhật ký xuất từ bàn cấp thẻ chỉ để xem, "
            "không nhập được).",
            "The scan log is not signed by a station (a log exported at a desk is for reading, "
            "not for import).",
        ),
        "scan_log_damaged": (
            "Tệp nhật ký quét bị hỏng hoặc bị sửa sau khi trạm ký (mã băm không khớp).",
            "The scan log was damaged or altered after the station signed it (hash mismatch).",
        ),
        "scan_log_bad_signature": (
            "Chữ ký của trạm {station} trên tệp nhật ký quét không đúng.",
            "The signature of station {station} on the scan log is invalid.",
        ),
        "scan_log_key_changed": (
            "Trạm {station} lần đầu gửi nhật ký với khóa {known}; tệp này được ký bằng khóa khác "
            "({offered}). Không nhận: có thể là một máy khác mang cùng tên trạm.",
            "Station {station} first sent its log with key {known}; this file is signed by "
            "another key ({offered}). Refused: it may be another computer using the same name.",
        ),
        "scan_log_from_this_database": (
            "Tệp nhật ký quét mang tên {station}, trùng tên của chính cơ sở dữ liệu này.",
            "The scan log is named {station}, this database's own name.",
        ),
        "scan_log_chain_broken": (
            "Chuỗi mã băm của nhật ký quét bị đứt ở dòng {line}: dữ liệu của trạm đã bị sửa trước "
            "khi xuất.",
            "The scan log's hash chain breaks at line {line}: the station's data was altered "
            "before export.",
        ),
        "scan_log_not_extending": (
            "Nhật ký của trạm {station} không nối tiếp nhật ký đã nhập lúc {imported} ({count} "
            "lượt quét): trạm đã bị khôi phục hoặc dữ liệu đã bị viết lại.",
            "The log of station {station} does not extend the one imported at {imported} "
            "({count} scans): the station was restored or its data rewritten.",
        ),
        "scan_log_count_mismatch": (
            "Tệp nhật ký quét ghi {declared} lượt quét nhưng có {found}.",
            "The scan log declares {declared} scans but holds {found}.",
        ),
        "scan_log_skip.future": (
            "thời điểm quét sau giờ hiện tại quá {minutes} phút",
            "scanned more than {minutes} minutes ahead of this computer's clock",
        ),
        "scan_log_skip.unknown_event": ("sự kiện không có ở đây", "unknown event"),
        "scan_log_skip.unknown_zone": ("khu vực không có trong sự kiện", "unknown zone"),
        "scan_log_skip.unknown_unit": ("đơn vị không có ở đây", "unknown unit"),
        "scan_log_skip.unknown_pass": ("thẻ không có ở đây", "unknown pass"),
        "scan_log_skip.pass_mismatch": (
            "số thẻ hoặc phóng viên khác với hồ sơ thẻ",
            "serial or reporter differs from the pass record",
        ),
        "scan_log_skip.allowed_other_event": (
            "cho qua bằng thẻ của sự kiện khác",
            "allowed with a pass of another event",
        ),
        "scan_log_skip.revoked_before_package": (
            "cho vào bằng thẻ đã thu hồi trước khi trạm nhận dữ liệu",
            "let in with a pass revoked before the station's package was made",
        ),
    }
)
t.register_problem_messages(
    "scan_log_file", "Tệp nhật ký quét không hợp lệ: ", "Invalid scan-log file: "
)
t.register_problem_messages(
    "scan_log",
    "Tệp nhật ký quét không hợp lệ (dòng {line}): ",
    "Invalid scan-log file (line {line}): ",
)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


# --- export -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LogExport:
    scans: int
    station: str
    signed: bool
    key_fingerprint: str | None


def export_log(db: Database, actor: Actor, path: Path, *, event_id: int | None = None) -> LogExport:
    """Write the scan log as JSON lines; a station signs it with its own key.

    At a station the file holds the station's own scans, in chain order, ready for ``import_log``
    at the desk. Elsewhere (a desk) it holds every scan and is unsigned: for reading only.
    """
    actor.require(Permission.SCAN)
    with db.reading() as session:
        identity = station_identity(session)
        name = identity.name if identity else read_value(session, "station_name")
        header = {
            "format": LOG_FORMAT,
            "station": name,
            "station_key": identity.public_key.hex() if identity else None,
            "event_id": identity.event_id if identity else None,
            "package_created_at": _iso(identity.package_created_at) if identity else None,
            "package_imported_at": _iso(identity.refreshed_at) if identity else None,
            "exported_at": _iso(utcnow()),
        }
        private_key = identity.private_key if identity else None
        fingerprint = key_fingerprint(identity.public_key) if identity else None
        statement = select(
            *(getattr(ScanRecord, f) for f in (*ROW_FIELDS, *OPTIONAL_ROW_FIELDS))
        ).order_by(ScanRecord.id)
        if identity is not None:
            statement = statement.where(ScanRecord.station == identity.name)
        if event_id is not None:
            statement = statement.where(ScanRecord.event_id == event_id)
        digest = hashlib.sha256()
        count = 0
        with replaced_on_success(path) as temporary, temporary.open("wb") as out:

            def write(line: dict[str, Any]) -> None:
                data = (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8")
                digest.update(data)
                out.write(data)

            write(header)
            for record in session.execute(statement, execution_options={"yield_per": 5000}):
                row = dict(zip(ROW_FIELDS, record, strict=False))
                method = (ScanMethod(record[len(ROW_FIELDS)]).value, *record[len(ROW_FIELDS) + 1 :])
                if method != PLAIN_SCAN:
                    row.update(zip(OPTIONAL_ROW_FIELDS, method, strict=True))
                row["scanned_at"] = _iso(row["scanned_at"])
                write(row)
                count += 1
            signature = (
                Ed25519PrivateKey.from_private_bytes(private_key).sign(
                    SIGNATURE_CONTEXT + digest.digest()
                )
                if private_key is not None
                else None
            )
            trailer = {
                "end": True,
                "rows": count,
                "sha256": digest.hexdigest(),
                "signature": signature.hex() if signature else None,
            }
            out.write((json.dumps(trailer) + "\n").encode("ascii"))
    return LogExport(count, name, private_key is not None, fingerprint)


# --- reading a log file -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Header:
    station: str
    station_key: bytes | None
    event_id: int | None
    package_created_at: datetime | None
    package_imported_at: datetime | None
    exported_at: datetime


@dataclass(frozen=True, slots=True)
class _Row:
    line: int
    values: dict[str, Any]  # CHAINED_FIELDS and METHOD_FIELDS, typed
    chain_hash: str | None


@dataclass(frozen=True, slots=True)
class _LogFile:
    header: _Header
    rows: tuple[_Row, ...]
    file_sha256: str

    @property
    def chained(self) -> list[_Row]:
        return [row for row in self.rows if row.chain_hash is not None]


def _header(value: object) -> _Header:
    if isinstance(value, dict) and value.get("format") in LEGACY_LOG_FORMATS:
        raise ValidationError("scan_log_legacy")
    item = t.fields(value, "header", HEADER_FIELDS)
    t.choice(item["format"], "format", (LOG_FORMAT,))
    return _Header(
        station=t.text(item["station"], "station", max_length=64),
        station_key=t.optional_hex_bytes(item["station_key"], "station_key", length=32),
        event_id=t.optional_integer(item["event_id"], "event_id", low=1, high=MAX_ID),
        package_created_at=t.optional_moment(item["package_created_at"], "package_created_at"),
        package_imported_at=t.optional_moment(item["package_imported_at"], "package_imported_at"),
        exported_at=t.moment(item["exported_at"], "exported_at"),
    )


def _method(item: Mapping[str, Any], allowed: bool, reason: str) -> dict[str, Any]:
    """How the row came to be; absent fields mean a plain scan. A denial (only) is an override,
    names the scan it denies and gives its reason; a manual admission gives its reason."""
    method = t.choice(item.get("method", "scan"), "method", [m.value for m in ScanMethod])
    note = t.optional_text(item.get("note"), "note", max_length=NOTE_LIMIT)
    raw_uid = item.get("overrides_uid")
    overrides_uid = None if raw_uid is None else t.uuid_text(raw_uid, "overrides_uid")
    is_override = method == ScanMethod.OVERRIDE.value
    if is_override != (reason == Reason.SUPERVISOR_DENIED.value) or (
        is_override and (allowed or overrides_uid is None)
    ):
        raise t.FieldProblem("inconsistent", "method", detail="reason/overrides_uid")
    if (not is_override and overrides_uid is not None) or (
        method != ScanMethod.SCAN.value and note is None
    ):
        raise t.FieldProblem("inconsistent", "note", detail="method")
    return {"method": method, "note": note, "overrides_uid": overrides_uid}


def _row(value: object, line: int, station: str) -> _Row:
    item = t.fields(value, "scan", ROW_FIELDS, OPTIONAL_ROW_FIELDS)
    allowed = t.boolean(item["allowed"], "allowed")
    reason = t.choice(item["reason"], "reason", [r.value for r in Reason])
    if allowed != (reason == Reason.OK.value):
        raise t.FieldProblem("inconsistent", "allowed", detail="reason")
    method = _method(item, allowed, reason)
    zone_slot = t.optional_integer(item["zone_slot"], "zone_slot", low=0, high=MAX_ZONE_SLOT)
    zone_code = t.optional_text(item["zone_code"], "zone_code", max_length=8)
    if (zone_slot is None) != (zone_code is None):
        raise t.FieldProblem("inconsistent", "zone_code", detail="zone_slot")
    pass_id = t.optional_integer(item["pass_id"], "pass_id", low=1, high=MAX_ID)
    reporter_id = t.optional_integer(item["reporter_id"], "reporter_id", low=1, high=MAX_ID)
    if (pass_id is None) != (reporter_id is None) or (allowed and pass_id is None):
        raise t.FieldProblem("inconsistent", "pass_id", detail="reporter_id/allowed")
    if t.text(item["station"], "station", max_length=64) != station:
        raise t.FieldProblem("inconsistent", "station", detail="header")
    chain_hash = item["chain_hash"]
    values = {
        "scan_uid": t.uuid_text(item["scan_uid"], "scan_uid"),
        "scanned_at": t.moment(item["scanned_at"], "scanned_at"),
        "event_id": t.integer(item["event_id"], "event_id", low=1, high=MAX_ID),
        "zone_slot": zone_slot,
        "zone_code": zone_code,
        "direction": t.choice(item["direction"], "direction", [d.value for d in Direction]),
        "unit_id": t.optional_integer(item["unit_id"], "unit_id", low=1, high=MAX_ID),
        "officer": t.text(item["officer"], "officer", max_length=64),
        "allowed": allowed,
        "reason": reason,
        "pass_id": pass_id,
        "serial": t.optional_text(item["serial"], "serial", max_length=40),
        "reporter_id": reporter_id,
        "station": station,
        **method,
    }
    return _Row(
        line,
        values,
        None if chain_hash is None else t.hex_bytes(chain_hash, "chain_hash", length=32).hex(),
    )


def _read_log(path: Path) -> _LogFile:
    """Check the file as a whole — size, format, digest, signature, types, chain — before any
    row is looked at against the database. Any failure refuses the whole file."""
    try:
        raw = t.read_bounded(path, file_limit=MAX_LOG_BYTES, content_limit=MAX_LOG_BYTES)
    except t.FieldProblem as problem:
        raise ValidationError(f"scan_log_file.{problem.kind}", **problem.params) from None
    content = raw[:-1] if raw.endswith(b"\n") else raw
    cut = content.rfind(b"\n")
    signed, trailer_line = content[: cut + 1], content[cut + 1 :]
    lines = signed.split(b"\n")[:-1]
    line_number = 1
    try:
        header = _header(t.strict_json(lines[0] if lines else trailer_line, "header"))
        line_number = len(lines) + 1
        if not lines:
            raise t.FieldProblem("missing", "end")
        trailer = t.fields(t.strict_json(trailer_line, "end"), "end", TRAILER_FIELDS)
        if trailer["end"] is not True:
            raise t.FieldProblem("bad_choice", "end", choices="true")
        declared = t.integer(trailer["rows"], "rows", low=0, high=MAX_LOG_BYTES)
        digest = t.hex_bytes(trailer["sha256"], "sha256", length=32)
        signature = t.optional_hex_bytes(trailer["signature"], "signature", length=64)
    except t.FieldProblem as problem:
        raise ValidationError(
            f"scan_log.{problem.kind}", line=line_number, **problem.params
        ) from None
    if hashlib.sha256(signed).digest() != digest:
        raise ValidationError("scan_log_damaged")
    if header.station_key is None or signature is None:
        raise ValidationError("scan_log_unsigned")
    try:
        Ed25519PublicKey.from_public_bytes(header.station_key).verify(
            signature, SIGNATURE_CONTEXT + digest
        )
    except (InvalidSignature, ValueError):
        raise ValidationError("scan_log_bad_signature", station=header.station) from None
    rows: list[_Row] = []
    seen: set[str] = set()
    for number, line in enumerate(lines[1:], start=2):
        try:
            row = _row(t.strict_json(line, "scan"), number, header.station)
            if row.values["scan_uid"] in seen:
                raise t.FieldProblem("duplicate", "scan_uid", value=row.values["scan_uid"])
        except t.FieldProblem as problem:
            raise ValidationError(
                f"scan_log.{problem.kind}", line=number, **problem.params
            ) from None
        seen.add(row.values["scan_uid"])
        rows.append(row)
    if len(rows) != declared:
        raise ValidationError("scan_log_count_mismatch", declared=declared, found=len(rows))
    _check_chain(rows)
    return _LogFile(header, tuple(rows), hashlib.sha256(raw).hexdigest())


def _check_chain(rows: Iterable[_Row]) -> None:
    """Unchained rows (older than the chain) may only come first; then every link must hold."""
    previous: str | None = None
    chained = False
    for row in rows:
        if row.chain_hash is None:
            if chained:
                raise ValidationError("scan_log_chain_broken", line=row.line)
            continue
        chained = True
        if row.chain_hash != scan_chain_hash(previous, row.values):
            raise ValidationError("scan_log_chain_broken", line=row.line)
        previous = row.chain_hash


# --- import at the desk -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SkippedScan:
    line: int
    scan_uid: str
    reason: str  # one of SKIP_REASONS

    def message(self, locale: str = "vi") -> str:
        return render(
            f"scan_log_skip.{self.reason}",
            locale,
            {"minutes": int(CLOCK_TOLERANCE.total_seconds() // 60)},
        )


@dataclass(frozen=True, slots=True)
class LogImport:
    read: int
    added: int
    already_present: int
    station: str
    skipped: tuple[SkippedScan, ...]
    file_sha256: str
    key_fingerprint: str
    first_from_station: bool  # the station's key was recorded by this import
    chain_count: int
    chain_head: str | None


def _trust_station_key(session: Session, actor: Actor, header: _Header) -> bool:
    """Trust on first use: True when this import records the station's key."""
    assert header.station_key is not None
    offered = key_fingerprint(header.station_key)
    known = session.get(StationLogKey, header.station)
    if known is None:
        session.add(
            StationLogKey(
                station=header.station,
                public_key=header.station_key,
                fingerprint=offered,
                first_seen_by=actor.username,
            )
        )
        return True
    if known.public_key != header.station_key:
        raise ValidationError(
            "scan_log_key_changed",
            station=header.station,
            known=grouped_fingerprint(known.fingerprint),
            offered=grouped_fingerprint(offered),
        )
    return False


def _check_extends(session: Session, log: _LogFile) -> None:
    """The file must contain, unchanged, the chain the desk got from this station last time."""
    last = session.execute(
        select(StationLogImport)
        .where(StationLogImport.station == log.header.station)
        .order_by(StationLogImport.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    if last is None or last.chain_count == 0:
        return
    chained = log.chained
    if (
        len(chained) < last.chain_count
        or chained[last.chain_count - 1].chain_hash != last.chain_head
    ):
        raise ValidationError(
            "scan_log_not_extending",
            station=log.header.station,
            imported=last.imported_at.astimezone(VIETNAM_TZ).strftime("%d/%m/%Y %H:%M"),
            count=last.chain_count,
        )


def _in_chunks(values: list[Any], size: int = 500) -> Iterable[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class _DeskRecords:
    """What the desk knows about the events, zones, units and passes a log's rows name."""

    def __init__(self, session: Session, rows: list[_Row]) -> None:
        self.events = set(session.execute(select(Event.id)).scalars())
        self.zones = {
            (event_id, slot): code
            for event_id, slot, code in session.execute(select(Zone.event_id, Zone.slot, Zone.code))
        }
        self.units = set(session.execute(select(PoliceUnit.id)).scalars())
        pass_ids = sorted({r.values["pass_id"] for r in rows if r.values["pass_id"] is not None})
        self.passes: dict[int, tuple[Any, ...]] = {}
        for chunk in _in_chunks(pass_ids):
            for record in session.execute(
                select(
                    FieldPass.id,
                    FieldPass.event_id,
                    FieldPass.reporter_id,
                    FieldPass.serial,
                    FieldPass.status,
                    FieldPass.revoked_at,
                ).where(FieldPass.id.in_(chunk))
            ):
                self.passes[record[0]] = tuple(record[1:])

    def problem(self, row: Mapping[str, Any], now: datetime, header: _Header) -> str | None:
        """Why a row cannot be merged (a key of SKIP_REASONS), or None."""
        if row["scanned_at"] > now + CLOCK_TOLERANCE:
            return "future"
        if row["event_id"] not in self.events:
            return "unknown_event"
        if (
            row["zone_slot"] is not None
            and self.zones.get((row["event_id"], row["zone_slot"])) != row["zone_code"]
        ):
            return "unknown_zone"
        if row["unit_id"] is not None and row["unit_id"] not in self.units:
            return "unknown_unit"
        if row["pass_id"] is None:
            return None
        facts = self.passes.get(row["pass_id"])
        if facts is None:
            return "unknown_pass"
        event_id, reporter_id, serial, status, revoked_at = facts
        if reporter_id != row["reporter_id"] or row["serial"] not in (None, serial):
            return "pass_mismatch"
        if row["allowed"] and event_id != row["event_id"]:
            return "allowed_other_event"
        if (  # the station had the revocation when it let the pass in
            row["allowed"]
            and row["direction"] == Direction.IN.value
            and status is PassStatus.REVOKED
            and revoked_at is not None
            and header.package_created_at is not None
            and header.package_imported_at is not None
            and revoked_at <= header.package_created_at
            and row["scanned_at"] >= header.package_imported_at
        ):
            return "revoked_before_package"
        return None


def import_log(db: Database, actor: Actor, path: Path, *, now: datetime | None = None) -> LogImport:
    """Merge a station's signed scan log (idempotent through each scan's ``scan_uid``)."""
    actor.require(Permission.MANAGE_DATA)
    now = now or utcnow()
    log = _read_log(path)
    header = log.header
    with db.transaction(actor) as session:
        if header.station == read_value(session, "station_name"):
            raise ValidationError("scan_log_from_this_database", station=header.station)
        first = _trust_station_key(session, actor, header)
        _check_extends(session, log)
        uids = [row.values["scan_uid"] for row in log.rows]
        known: set[str] = set()
        for chunk in _in_chunks(uids):
            known.update(
                session.execute(
                    select(ScanRecord.scan_uid).where(ScanRecord.scan_uid.in_(chunk))
                ).scalars()
            )
        fresh = [row for row in log.rows if row.values["scan_uid"] not in known]
        records = _DeskRecords(session, fresh)
        skipped: list[SkippedScan] = []
        head = session.execute(
            select(ScanRecord.chain_hash)
            .where(ScanRecord.station == header.station)
            .order_by(ScanRecord.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        added: list[dict[str, Any]] = []
        for row in fresh:
            problem = records.problem(row.values, now, header)
            if problem is not None:
                skipped.append(SkippedScan(row.line, row.values["scan_uid"], problem))
                continue
            head = scan_chain_hash(head, row.values)  # the desk's own chain of what it keeps
            added.append({**row.values, "chain_hash": head})
        if added:
            session.execute(insert(ScanRecord), added)
        chained = log.chained
        result = LogImport(
            read=len(log.rows),
            added=len(added),
            already_present=len(log.rows) - len(fresh),
            station=header.station,
            skipped=tuple(skipped),
            file_sha256=log.file_sha256,
            key_fingerprint=key_fingerprint(header.station_key or b""),
            first_from_station=first,
            chain_count=len(chained),
            chain_head=chained[-1].chain_hash if chained else None,
        )
        session.add(
            StationLogImport(
                imported_at=now,
                imported_by=actor.username,
                station=header.station,
                file_sha256=result.file_sha256,
                key_fingerprint=result.key_fingerprint,
                exported_at=header.exported_at,
                rows_read=result.read,
                added=result.added,
                already_present=result.already_present,
                skipped=len(skipped),
                chain_count=result.chain_count,
                chain_head=result.chain_head,
            )
        )
    return result
