"""Reporters, passes and the access log to CSV or XLSX, with the list commands' filters.

Rows are streamed from the database (``yield_per``) into the file writer, so an export of 100,000
reporters or a million scans never holds them all in memory (see docs/benchmarks.md for the peak
measured). They come in the database's order — reporters and passes by id, scans by time — since
sorting names in Vietnamese order would need every row at once; the spreadsheet sorts them anyway.
The file appears only when complete (a ``.part`` file is renamed), so a failed export leaves no
half-written file behind. The reporters' sheet uses the headers the importer recognises, so an
exported list can be edited and imported into another desk's database.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Final, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from accred_app.core import validation as v
from accred_app.core.access.log import AccessFilter, iter_access
from accred_app.core.models import (
    ConsentMethod,
    Event,
    FieldPass,
    Gender,
    PassStatus,
    PressAgency,
    PrintRecord,
    Reporter,
    ReporterStatus,
    Zone,
)
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.core.storage.files import replaced_on_success
from accred_app.core.tabular.reading import CellValue
from accred_app.core.tabular.writing import (
    DATE,
    DATETIME,
    INTEGER,
    Column,
    export_format,
    write_table,
)

BATCH: Final = 2000

GENDER_WORDS: Final = {Gender.MALE: "Nam", Gender.FEMALE: "Nữ", Gender.OTHER: "Khác"}
STATUS_WORDS: Final = {
    ReporterStatus.ACTIVE: "Hoạt động",
    ReporterStatus.SUSPENDED: "Tạm đình chỉ",
    ReporterStatus.BLACKLISTED: "Danh sách đen",
}
CONSENT_WORDS: Final = {
    ConsentMethod.WRITTEN: "Văn bản giấy",
    ConsentMethod.ELECTRONIC: "Điện tử",
    ConsentMethod.VIA_AGENCY: "Qua cơ quan báo chí",
}
PASS_STATUS_WORDS: Final = {
    PassStatus.ISSUED: "Đã cấp",
    PassStatus.PRINTED: "Đã in",
    PassStatus.REVOKED: "Đã thu hồi",
}


@dataclass(frozen=True, slots=True)
class ExportReport:
    path: Path
    file_format: str  # csv | xlsx
    rows: int


def _write(
    target: Path,
    columns: Sequence[Column],
    rows: Iterator[Sequence[CellValue]],
    sheet_title: str,
    delimiter: str,
) -> ExportReport:
    kind = export_format(target)
    with replaced_on_success(target) as temporary:
        count = write_table(
            temporary,
            columns,
            rows,
            file_format=kind,
            sheet_title=sheet_title,
            delimiter=delimiter,
        )
    return ExportReport(target, kind, count)


def _stream(session: Session, statement: Any) -> Iterator[Any]:
    yield from session.execute(statement.execution_options(yield_per=BATCH))


# --- reporters ---------------------------------------------------------------------------------

REPORTER_COLUMNS: Final = (
    Column("Mã", INTEGER, 8),
    Column("Họ và tên", width=28),
    Column("Ngày sinh", DATE, 12),
    Column("Giới tính", width=9),
    Column("Cơ quan báo chí", width=34),
    Column("Chức danh", width=18),
    Column("Số thẻ nhà báo", width=16),
    Column("Ngày hết hạn", DATE, 13),
    Column("CCCD", width=15),
    Column("Số điện thoại", width=14),
    Column("Thư điện tử", width=28),
    Column("Trạng thái", width=14),
    Column("Lý do trạng thái", width=24),
    Column("Ghi chú", width=30),
    Column("Mục đích xử lý dữ liệu", width=40),
    Column("Ngày đồng ý", DATE, 13),
    Column("Hình thức đồng ý", width=20),
)


def export_reporters(
    db: Database,
    actor: Actor,
    target: Path,
    *,
    agency_id: int | None = None,
    status: str | None = None,
    delimiter: str = ",",
) -> ExportReport:
    """Every reporter (of one agency, of one status) with all their fields, by id."""
    actor.require(Permission.READ)
    statement = (
        select(
            Reporter.id,
            Reporter.full_name,
            Reporter.date_of_birth,
            Reporter.gender,
            PressAgency.name,
            Reporter.position,
            Reporter.card_no,
            Reporter.card_expiry,
            Reporter.citizen_id,
            Reporter.phone,
            Reporter.email,
            Reporter.status,
            Reporter.status_reason,
            Reporter.notes,
            Reporter.processing_purpose,
            Reporter.consent_given_on,
            Reporter.consent_method,
        )
        .join(PressAgency, PressAgency.id == Reporter.agency_id)
        .order_by(Reporter.id)
    )
    if agency_id is not None:
        statement = statement.where(Reporter.agency_id == agency_id)
    if status:
        choices = [s.value for s in ReporterStatus]
        statement = statement.where(
            Reporter.status == ReporterStatus(v.choice(status, "status", choices))
        )

    def rows(session: Session) -> Iterator[Sequence[CellValue]]:
        for row in _stream(session, statement):  # plain rows, not ORM objects: 3× faster
            yield (
                *row[:3],
                GENDER_WORDS[row[3]] if row[3] else None,
                *row[4:11],
                STATUS_WORDS[row[11]],
                *row[12:16],
                CONSENT_WORDS[row[16]] if row[16] else None,
            )

    with db.reading() as session:
        return _write(target, REPORTER_COLUMNS, rows(session), "Phóng viên", delimiter)


# --- passes -----------------------------------------------------------------------------------

PASS_COLUMNS: Final = (
    Column("Số thẻ", width=18),
    Column("Trạng thái", width=12),
    Column("Mã phóng viên", INTEGER, 10),
    Column("Phóng viên", width=28),
    Column("Cơ quan báo chí", width=34),
    Column("Số thẻ nhà báo", width=16),
    Column("Mã sự kiện", INTEGER, 10),
    Column("Sự kiện, địa điểm", width=40),
    Column("Khu vực", width=12),
    Column("Hiệu lực từ", DATETIME, 19),
    Column("Hiệu lực đến", DATETIME, 19),
    Column("Cấp lúc", DATETIME, 19),
    Column("Người cấp", width=14),
    Column("Số lần in", INTEGER, 9),
    Column("Thu hồi lúc", DATETIME, 19),
    Column("Người thu hồi", width=14),
    Column("Lý do thu hồi", width=30),
)


def _zone_codes(session: Session) -> dict[int, list[tuple[int, str]]]:
    zones: dict[int, list[tuple[int, str]]] = {}
    for event_id, slot, code in session.execute(
        select(Zone.event_id, Zone.slot, Zone.code).order_by(Zone.event_id, Zone.slot)
    ):
        zones.setdefault(event_id, []).append((slot, code))
    return zones


def export_passes(
    db: Database,
    actor: Actor,
    target: Path,
    *,
    event_id: int | None = None,
    status: str | None = None,
    reporter_id: int | None = None,
    delimiter: str = ",",
) -> ExportReport:
    """Passes (of one event, status or reporter) with their reporter, zones and print count."""
    actor.require(Permission.READ)
    prints = (
        select(PrintRecord.pass_id, func.count().label("prints"))
        .group_by(PrintRecord.pass_id)
        .subquery()
    )
    statement = (
        select(
            FieldPass.serial,
            FieldPass.status,
            FieldPass.reporter_id,
            Reporter.full_name,
            PressAgency.name,
            Reporter.card_no,
            FieldPass.event_id,
            Event.name,
            FieldPass.zone_mask,
            FieldPass.valid_from,
            FieldPass.valid_to,
            FieldPass.issued_at,
            FieldPass.issued_by,
            func.coalesce(prints.c.prints, 0),
            FieldPass.revoked_at,
            FieldPass.revoked_by,
            FieldPass.revoke_reason,
        )
        .join(Reporter, Reporter.id == FieldPass.reporter_id)
        .join(PressAgency, PressAgency.id == Reporter.agency_id)
        .join(Event, Event.id == FieldPass.event_id)
        .outerjoin(prints, prints.c.pass_id == FieldPass.id)
        .order_by(FieldPass.id)
    )
    if event_id is not None:
        statement = statement.where(FieldPass.event_id == event_id)
    if reporter_id is not None:
        statement = statement.where(FieldPass.reporter_id == reporter_id)
    if status:
        choices = [s.value for s in PassStatus]
        statement = statement.where(
            FieldPass.status == PassStatus(v.choice(status, "status", choices))
        )

    def rows(session: Session) -> Iterator[Sequence[CellValue]]:
        zones = _zone_codes(session)
        for row in _stream(session, statement):
            codes = " ".join(code for slot, code in zones.get(row[6], ()) if row[8] >> slot & 1)
            yield (
                row[0],
                PASS_STATUS_WORDS[row[1]],
                *row[2:8],
                codes,
                *row[9:],
            )

    with db.reading() as session:
        return _write(target, PASS_COLUMNS, rows(session), "Thẻ tác nghiệp", delimiter)


# --- the access log ------------------------------------------------------------------------------

ACCESS_COLUMNS: Final = (
    Column("Thời điểm", DATETIME, 19),
    Column("Nguồn", width=12),
    Column("Hình thức", width=22),
    Column("Đơn vị", width=30),
    Column("Sự kiện, địa điểm", width=36),
    Column("Phóng viên", width=30),
    Column("Cơ quan báo chí", width=34),
    Column("Kết quả", width=10),
    Column("Lý do", width=18),
    Column("Nội dung", width=36),
    Column("Khu vực", width=9),
    Column("Chiều", width=6),
    Column("Số thẻ", width=18),
    Column("Trạm", width=12),
    Column("Cán bộ", width=14),
    Column("Tin, bài", width=36),
    Column("Mã", INTEGER, 9),
)
_SOURCE_NAMES: Final = {"scan": "Quét thẻ", "manual": "Ghi nhận"}
_DIRECTION_NAMES: Final = {"in": "vào", "out": "ra"}


def export_access(
    db: Database,
    actor: Actor,
    target: Path,
    *,
    event_id: int | None = None,
    unit_id: int | None = None,
    reporter_id: int | None = None,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
    delimiter: str = ",",
    selection: AccessFilter | None = None,
) -> ExportReport:
    """The access log as the desk lists it — checkpoint scans and the accesses units recorded by
    hand, newest first — between two days (inclusive, Vietnam time); a unit includes its sub-units.
    Rows come from :func:`accred_app.core.access.log.iter_access`, a batch at a time.

    ``selection`` is the whole filter of the window's access log page (agency, kinds, outcome
    too), so the file holds exactly what the officer sees; it replaces the separate options."""
    actor.require(Permission.READ)
    if selection is not None:
        if any(x is not None for x in (event_id, unit_id, reporter_id, date_from, date_to)):
            raise ValueError("export_access: give either a selection or the separate filters")
    else:
        start = v.parse_date(date_from, "date_from") if date_from else None
        end = v.parse_date(date_to, "date_to") if date_to else None
        if start is not None and end is not None:
            v.date_range(start, end)
        selection = AccessFilter(
            unit_id=unit_id,
            reporter_id=reporter_id,
            event_id=event_id,
            first_day=start,
            last_day=end,
        )
    chosen = selection

    def rows() -> Iterator[Sequence[CellValue]]:
        for row in iter_access(db, actor, chosen):
            values = cast(list[CellValue], list(row.export_values("vi")))
            values[1] = _SOURCE_NAMES.get(row.source, row.source)
            values[7] = "cho qua" if row.allowed else "từ chối"
            values[11] = _DIRECTION_NAMES.get(row.direction or "", row.direction or "")
            yield values

    return _write(target, ACCESS_COLUMNS, rows(), "Nhật ký tiếp cận", delimiter)
