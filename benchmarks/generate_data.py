"""Fill a desk database at provincial scale, fast, for the checkpoint and listing benchmarks.

Run ``python -m benchmarks.generate_data --out benchmarks/out/bench.sqlite`` from the repository
root (defaults: 100,000 reporters, 200,000 passes, 1,000,000 scan-log rows). ``--out`` may also be
a PostgreSQL URL (``postgresql+psycopg://…``) naming an empty database: the rows then go in with
``COPY``, and the id sequences are moved past the loaded ids.

The schema, the signing key and the first administrator come from the real services
(``open_database`` + ``initialise``); the bulk rows go in with ``executemany`` on the driver
connection in a few large transactions, because the ORM services (one flush, one audit entry per
row) would take hours at this size. Those rows then get the history the services would have given
them: each is read back through the ORM's column types and chained onto the audit trail as a
``create`` by the administrator (:func:`accred_app.core.security.audit.append_entries`), so
``audit verify`` replays a big desk as it would a real one (scan-log rows are not audited).
Every value is stored exactly as the ORM types store it
(naive-UTC ``YYYY-MM-DD HH:MM:SS.ffffff`` text, enum values, 0/1 booleans), and every pass carries
a real token signed with the database's own key, with its pass id assigned up front so the token
and the row agree. Signing is the slow part, so it runs in worker processes while the main process
writes the other tables.

Everything is relative to :data:`REFERENCE_NOW` (a fixed instant inside every pass window), so a
benchmark can scan "now" reproducibly whatever day it runs.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import time
import uuid
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, tuple_

from accred_app.core.checkpoint.scan_chain import CHAINED_FIELDS, scan_chain_hash
from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.database import open_database
from accred_app.core.models import Base
from accred_app.core.passes.keys import active_signing_key
from accred_app.core.passes.tokens import PassClaims, SigningKey, issue_token, validity_for_days
from accred_app.core.roles import Actor
from accred_app.core.security import audit, audit_heads
from accred_app.core.security.officers import authenticate
from accred_app.core.setup.installation import initialise
from accred_app.core.storage.db import Database
from accred_app.core.text import search_key, search_words, vietnamese_sort_bytes

DEFAULT_OUT = Path("benchmarks") / "out" / "bench.sqlite"
REFERENCE_NOW = datetime(2026, 3, 16, 3, 0, tzinfo=UTC)  # 10:00 in Thanh Hóa, mid-congress
ADMIN_PASSWORD = "bench-admin-password"
SIGNING_CHUNK = 5_000
INSERT_CHUNK = 50_000

AGENCIES: tuple[tuple[str, str, str], ...] = (
    ("Báo Thanh Hóa", "BTH", "print"),
    ("Đài Phát thanh và Truyền hình Thanh Hóa", "TTV", "tv"),
    ("Báo Nhân Dân", "ND", "print"),
    ("Báo Công an nhân dân", "CAND", "print"),
    ("Báo Quân đội nhân dân", "QĐND", "print"),
    ("Thông tấn xã Việt Nam", "TTXVN", "online"),
    ("Đài Truyền hình Việt Nam", "VTV", "tv"),
    ("Đài Tiếng nói Việt Nam", "VOV", "radio"),
    ("Báo Tuổi Trẻ", "TT", "print"),
    ("Báo Thanh Niên", "TN", "print"),
    ("Báo Tiền Phong", "TP", "print"),
    ("Báo Lao Động", "LĐ", "print"),
    ("Báo Người Lao Động", "NLĐ", "print"),
    ("Báo điện tử VnExpress", "VNE", "online"),
    ("Báo điện tử Dân trí", "DT", "online"),
    ("Báo VietNamNet", "VNN", "online"),
    ("Báo Pháp luật Thành phố Hồ Chí Minh", "PLO", "print"),
    ("Tạp chí Cộng sản", "TCCS", "magazine"),
    ("Báo Giáo dục và Thời đại", "GDTĐ", "print"),
    ("Báo Đầu tư", "ĐT", "print"),
)

UNITS: tuple[tuple[str, str, int | None], ...] = (
    ("Công an tỉnh Thanh Hóa", "CATH", None),
    ("Phòng Tham mưu", "PV01", 1),
    ("Phòng Cảnh sát cơ động", "PK02", 1),
    ("Phòng An ninh chính trị nội bộ", "PA03", 1),
    ("Công an thành phố Thanh Hóa", "CATP", 1),
)

ZONE_COLOURS = ("#1565C0", "#C62828", "#2E7D32", "#F9A825", "#6A1B9A", "#00838F")


@dataclass(frozen=True, slots=True)
class EventSpec:
    name: str
    kind: str
    location: str
    first_day: date
    last_day: date | None
    pass_days: tuple[date, date]
    zones: tuple[tuple[str, str], ...]


EVENTS: tuple[EventSpec, ...] = (
    EventSpec(
        "Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XX",
        "event",
        "Cung Văn hóa Hữu nghị Việt Trung",
        date(2026, 3, 14),
        date(2026, 3, 18),
        (date(2026, 3, 14), date(2026, 3, 18)),
        (("A", "Hội trường chính"), ("B", "Khu báo chí"), ("C", "Khu đại biểu"), ("P", "Bãi xe")),
    ),
    EventSpec(
        "Bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp",
        "event",
        "Ủy ban nhân dân tỉnh Thanh Hóa",
        date(2026, 3, 10),
        date(2026, 3, 20),
        (date(2026, 3, 10), date(2026, 3, 20)),
        (("KP", "Khu kiểm phiếu"), ("BC", "Phòng họp báo")),
    ),
    EventSpec(
        "Trụ sở Công an tỉnh Thanh Hóa",
        "site",
        "Đại lộ Lê Lợi, thành phố Thanh Hóa",
        date(2025, 1, 1),
        None,
        (date(2026, 1, 1), date(2026, 12, 31)),
        (("TT", "Phòng họp báo"), ("HC", "Khu hành chính")),
    ),
    EventSpec(
        "Lễ hội Lam Kinh năm 2026",
        "event",
        "Khu di tích lịch sử Lam Kinh, Thọ Xuân",
        date(2026, 3, 1),
        date(2026, 3, 31),
        (date(2026, 3, 1), date(2026, 3, 31)),
        (("LK", "Sân rồng"), ("DT", "Khu đền thờ"), ("BC", "Khu báo chí")),
    ),
    EventSpec(
        "Giải chạy Marathon biển Sầm Sơn",
        "event",
        "Quảng trường biển Sầm Sơn",
        date(2026, 3, 15),
        date(2026, 3, 16),
        (date(2026, 3, 15), date(2026, 3, 16)),
        (("XP", "Khu xuất phát"), ("VD", "Khu về đích")),
    ),
    EventSpec(
        "Hội nghị xúc tiến đầu tư tỉnh Thanh Hóa",
        "event",
        "Trung tâm Hội nghị tỉnh",
        date(2026, 3, 12),
        date(2026, 3, 19),
        (date(2026, 3, 12), date(2026, 3, 19)),
        (("HT", "Hội trường"), ("BC", "Khu báo chí"), ("VIP", "Phòng khách quý")),
    ),
)

FAMILY_NAMES = (
    ("Nguyễn", 38), ("Trần", 11), ("Lê", 10), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 2),
    ("Phan", 4), ("Vũ", 4), ("Võ", 2), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2),
    ("Ngô", 1), ("Dương", 1), ("Lý", 1), ("Trịnh", 2), ("Mai", 1), ("Lương", 1), ("Đinh", 1),
)  # fmt: skip
MIDDLE_MALE = ("Văn", "Hữu", "Đức", "Minh", "Quang", "Xuân", "Thanh", "Công", "Bá", "Đình")
MIDDLE_FEMALE = ("Thị", "Ngọc", "Thu", "Thanh", "Kim", "Hoài", "Minh", "Bảo", "Diệu", "Phương")
GIVEN_MALE = (
    "Anh", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Hải", "Hiếu", "Hùng", "Huy", "Khánh",
    "Long", "Minh", "Nam", "Phong", "Phúc", "Quân", "Sơn", "Thắng", "Trung", "Tú", "Tuấn",
    "Việt", "Vinh", "Hoàng", "Khoa", "Lâm", "Nghĩa", "Quý", "Toàn",
)  # fmt: skip
GIVEN_FEMALE = (
    "Ánh", "Chi", "Giang", "Hà", "Hạnh", "Hoa", "Hòa", "Hương", "Lan", "Linh", "Mai", "Nga",
    "Ngọc", "Nhung", "Phương", "Quỳnh", "Tâm", "Thảo", "Thủy", "Trang", "Vân", "Yến", "Huyền",
    "Loan", "My", "Oanh", "Thư", "Uyên", "Xuân", "Diệp",
)  # fmt: skip
POSITIONS = ("Phóng viên", "Biên tập viên", "Quay phim", "Phóng viên ảnh", "Kỹ thuật viên")
OFFICERS = ("le.van.hung", "tran.thi.mai", "pham.duc.anh", "nguyen.van.nam", "do.thi.huong")
DENIED_REASONS = ("already_inside", "not_inside", "wrong_zone", "revoked", "expired")
UNREADABLE_REASONS = ("forged", "not_digits", "malformed", "unknown_key")


def db_time(moment: datetime) -> str:
    """An aware datetime as UTCDateTime stores it on SQLite."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def zone_mask_for(pass_id: int, zone_count: int) -> int:
    """Most passes give every zone of their event; one in four gives a deterministic subset."""
    full = (1 << zone_count) - 1
    if pass_id % 4:
        return full
    return ((pass_id * 2_654_435_761) >> 7) & full or 1


def pass_layout(pass_id: int, reporters: int) -> tuple[int, int]:
    """(reporter id, event index) of a pass: a reporter's passes are all for different events."""
    k = pass_id - 1
    reporter_index = k % reporters
    return reporter_index + 1, (reporter_index + k // reporters) % len(EVENTS)


def pass_serial(pass_id: int) -> str:
    return f"TH-2026-{pass_id:06d}"


def _sign_chunk(
    key_parts: tuple[bytes, bytes, bytes],
    windows: Sequence[tuple[datetime, datetime]],
    specs: Sequence[tuple[int, int, int, int, int]],
) -> list[str]:
    """Worker: real tokens for (pass id, reporter id, event id, zone mask, window index) specs."""
    key = SigningKey(*key_parts)
    tokens = []
    for pass_id, reporter_id, event_id, mask, window_index in specs:
        valid_from, valid_to = windows[window_index]
        claims = PassClaims(
            pass_id=pass_id,
            reporter_id=reporter_id,
            event_id=event_id,
            zone_slots=frozenset(slot for slot in range(32) if mask >> slot & 1),
            valid_from=valid_from,
            valid_to=valid_to,
        )
        tokens.append(issue_token(claims, key))
    return tokens


def _chunks(rows: Iterator[tuple[Any, ...]], size: int) -> Iterator[list[tuple[Any, ...]]]:
    chunk: list[tuple[Any, ...]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class Loader:
    """Bulk rows on the driver connection, one transaction per chunk: ``executemany`` on SQLite,
    ``COPY … FROM STDIN`` on PostgreSQL (its text format reads the same values: ISO timestamps,
    0/1 for booleans, bytes for ``bytea``)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def insert(self, table: str, columns: Sequence[str], rows: Iterator[tuple[Any, ...]]) -> int:
        if not self._db.is_sqlite:
            return self._copy(table, columns, rows)
        sql = (
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
        )
        count = 0
        with self._db.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA cache_size = -262144")  # 256 MiB while loading
            raw.execute("PRAGMA synchronous = OFF")  # a throw-away file: no fsync while loading
            for chunk in _chunks(rows, INSERT_CHUNK):
                raw.execute("BEGIN IMMEDIATE")
                raw.executemany(sql, chunk)
                raw.execute("COMMIT")
                count += len(chunk)
            raw.execute("PRAGMA cache_size = -2000")
            raw.execute("PRAGMA synchronous = NORMAL")
        return count

    def _copy(self, table: str, columns: Sequence[str], rows: Iterator[tuple[Any, ...]]) -> int:
        count = 0
        with self._db.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            raw.commit()  # leave the transaction SQLAlchemy's connect may have begun
            raw.execute(
                "SET synchronous_commit = off"
            )  # a throw-away database: no wait for flushes
            for chunk in _chunks(rows, INSERT_CHUNK):
                with raw.cursor() as cursor:
                    statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
                    with cursor.copy(statement) as copy:
                        for row in chunk:
                            copy.write_row(row)
                raw.commit()
                count += len(chunk)
            raw.execute("RESET synchronous_commit")
            raw.commit()
        return count

    def finish(self) -> None:
        """Make the loaded database as the services would leave it. On PostgreSQL the rows came
        with their ids, so each id sequence moves past the largest; then fresh statistics."""
        with self._db.engine.connect() as connection:
            if self._db.is_sqlite:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                return
            for table in Base.metadata.sorted_tables:
                if "id" not in table.columns or not table.columns["id"].autoincrement:
                    continue
                connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"coalesce(max(id), 0) + 1, false) FROM {table.name} "
                    f"WHERE pg_get_serial_sequence('{table.name}', 'id') IS NOT NULL"
                )
            connection.commit()
        with self._db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as auto:
            auto.exec_driver_sql("VACUUM ANALYZE")


def _registry(loader: Loader, rng: random.Random, created: str) -> None:
    loader.insert(
        "police_units",
        ("id", "name", "code", "parent_id", "search_key"),
        (
            (i, name, code, parent, search_key(name, code))
            for i, (name, code, parent) in enumerate(UNITS, start=1)
        ),
    )
    loader.insert(
        "press_agencies",
        ("id", "name", "short_name", "kind", "phone", "search_key", "created_at"),
        (
            (
                i,
                name,
                short,
                kind,
                f"0237{rng.randrange(10**6):06d}",
                search_key(name, short),
                created,
            )
            for i, (name, short, kind) in enumerate(AGENCIES, start=1)
        ),
    )
    loader.insert(
        "events",
        ("id", "name", "kind", "location", "starts_on", "ends_on", "organising_unit_id",
         "search_key"),
        (
            (
                i, spec.name, spec.kind, spec.location, spec.first_day.isoformat(),
                spec.last_day.isoformat() if spec.last_day else None, 1,
                search_key(spec.name, spec.location),
            )
            for i, spec in enumerate(EVENTS, start=1)
        ),
    )  # fmt: skip
    loader.insert(
        "zones",
        ("event_id", "slot", "code", "name", "colour"),
        (
            (event_id, slot, code, name, ZONE_COLOURS[slot % len(ZONE_COLOURS)])
            for event_id, spec in enumerate(EVENTS, start=1)
            for slot, (code, name) in enumerate(spec.zones)
        ),
    )


def _reporter_rows(
    count: int, rng: random.Random, created: str, words: list[tuple[str, bytes, int]]
) -> Iterator[tuple[Any, ...]]:
    """Reporter rows; each one's ``reporter_words`` rows are appended to ``words``."""
    families = [name for name, _ in FAMILY_NAMES]
    weights = [weight for _, weight in FAMILY_NAMES]
    for reporter_id in range(1, count + 1):
        female = rng.random() < 0.45
        middle = MIDDLE_FEMALE if female else MIDDLE_MALE
        given = GIVEN_FEMALE if female else GIVEN_MALE
        parts = [rng.choices(families, weights)[0], rng.choice(middle)]
        if rng.random() < 0.2:
            parts.append(rng.choice(middle))
        parts.append(rng.choice(given))
        full_name = " ".join(parts)
        born = rng.randrange(1965, 2003)
        card_no = f"{reporter_id:06d}/BC"
        citizen_id = f"038{(3 if female else 2) if born >= 2000 else (1 if female else 0)}"
        citizen_id += f"{born % 100:02d}{reporter_id:06d}"
        phone = f"09{rng.randrange(10**8):08d}"
        roll = rng.random()
        status, reason = "active", None
        if roll < 0.005:
            status, reason = "blacklisted", "Vi phạm quy định tác nghiệp"
        elif roll < 0.015:
            status, reason = "suspended", "Thẻ nhà báo đang bị thu hồi tạm thời"
        key = search_key(full_name, card_no, citizen_id, phone)
        sort_key = vietnamese_sort_bytes(full_name)
        words.extend((word, sort_key, reporter_id) for word in search_words(key))
        yield (
            reporter_id,
            full_name,
            date(born, rng.randrange(1, 13), rng.randrange(1, 29)).isoformat(),
            "female" if female else "male",
            rng.randrange(len(AGENCIES)) + 1,
            rng.choice(POSITIONS),
            card_no,
            card_no,
            date(rng.choice((2026, 2027, 2028, 2029, 2030)), 12, 31).isoformat(),
            citizen_id,
            phone,
            status,
            reason,
            key,
            sort_key,
            created,
            created,
        )


REPORTER_COLUMNS = (
    "id", "full_name", "date_of_birth", "gender", "agency_id", "position", "card_no",
    "card_no_key", "card_expiry", "citizen_id", "phone", "status", "status_reason", "search_key",
    "sort_key", "created_at", "updated_at",
)  # fmt: skip
WORD_COLUMNS = ("word", "sort_key", "reporter_id")

SCAN_COLUMNS = (
    "scan_uid", "scanned_at", "event_id", "zone_slot", "zone_code", "direction", "unit_id",
    "officer", "allowed", "reason", "pass_id", "serial", "reporter_id", "station", "chain_hash",
)  # fmt: skip


def _scan_rows(
    count: int, passes: int, reporters: int, rng: random.Random
) -> list[tuple[Any, ...]]:
    """Visits of random passes over the 40 hours before REFERENCE_NOW: an allowed entry, usually an
    allowed exit later (12 % stay inside), and about 8 % refused scans; sorted by time like a log."""
    span_us = 40 * 3600 * 10**6
    start = REFERENCE_NOW - timedelta(microseconds=span_us)
    stamps: list[tuple[int, tuple[Any, ...]]] = []

    def add(
        offset_us: int,
        event_id: int,
        slot: int | None,
        code: str | None,
        direction: str,
        allowed: bool,
        reason: str,
        pass_id: int | None,
        reporter_id: int | None,
    ) -> None:
        stamps.append((
            offset_us,
            (
                str(uuid.UUID(int=rng.getrandbits(128), version=4)), None, event_id, slot, code,
                direction, rng.randrange(1, len(UNITS) + 1), rng.choice(OFFICERS), int(allowed),
                reason, pass_id, pass_serial(pass_id) if pass_id else None, reporter_id,
                "desk" if rng.random() < 0.5 else f"tram-{event_id}",
            ),
        ))  # fmt: skip

    while len(stamps) < count:
        pass_id = rng.randrange(1, passes + 1)
        reporter_id, event_index = pass_layout(pass_id, reporters)
        spec = EVENTS[event_index]
        mask = zone_mask_for(pass_id, len(spec.zones))
        slots = [s for s in range(len(spec.zones)) if mask >> s & 1]
        slot = None if rng.random() < 0.3 else rng.choice(slots)
        code = None if slot is None else spec.zones[slot][0]
        event_id = event_index + 1
        entered = rng.randrange(span_us - 60 * 10**6)
        if rng.random() < 0.08:
            if rng.random() < 0.3:
                add(entered, event_id, slot, code, "in", False, rng.choice(UNREADABLE_REASONS),
                    None, None)  # fmt: skip
            else:
                add(entered, event_id, slot, code, rng.choice(("in", "out")), False,
                    rng.choice(DENIED_REASONS), pass_id, reporter_id)  # fmt: skip
            continue
        add(entered, event_id, slot, code, "in", True, "ok", pass_id, reporter_id)
        if rng.random() < 0.88:
            left = min(entered + rng.randrange(5, 300) * 60 * 10**6, span_us - 1)
            add(left, event_id, slot, code, "out", True, "ok", pass_id, reporter_id)
    del stamps[count:]
    stamps.sort(key=lambda item: item[0])
    rows = []
    heads: dict[str, str | None] = {}  # each station's scan chain, as the scan path builds it
    for offset_us, row in stamps:
        scanned_at = start + timedelta(microseconds=offset_us)
        content = dict(zip(CHAINED_FIELDS, (row[0], scanned_at, *row[2:]), strict=True))
        heads[row[-1]] = chain_hash = scan_chain_hash(heads.get(row[-1]), content)
        rows.append((row[0], db_time(scanned_at), *row[2:], chain_hash))
    return rows


ACCESS_SUBJECTS: dict[str, tuple[str, ...]] = {
    "interview": (
        "Trả lời phỏng vấn về công tác bảo đảm an ninh trật tự",
        "Phỏng vấn về kết quả đấu tranh phòng, chống tội phạm ma túy",
        "Phỏng vấn về phòng, chống lừa đảo qua mạng",
    ),
    "briefing": (
        "Họp báo thông tin kết quả công tác công an quý",
        "Thông tin vụ án kinh tế đang điều tra",
        "Họp báo về phương án phân luồng giao thông",
    ),
    "site_visit": (
        "Đưa phóng viên tác nghiệp tại hiện trường vụ tai nạn giao thông",
        "Đi cùng tổ tuần tra kiểm soát ban đêm",
        "Tác nghiệp tại buổi diễn tập phòng cháy, chữa cháy",
    ),
    "documents": (
        "Cung cấp số liệu tai nạn giao thông",
        "Cung cấp tài liệu tuyên truyền về phòng, chống tội phạm",
        "Cung cấp thông cáo báo chí",
    ),
}
ACCESS_COLUMNS = (
    "id", "occurred_at", "unit_id", "kind", "subject", "event_id", "notes", "recorded_by",
    "last_article_number", "created_at", "updated_at",
)  # fmt: skip


def _access_rows(
    count: int, agency_of: Sequence[int], rng: random.Random
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Hand-recorded access entries spread over the year up to REFERENCE_NOW: 1-8 reporters each,
    a third tied to an event, about 40 % followed by an article of the first reporter's agency."""
    year_start = datetime(2025, 12, 31, 17, 0, tzinfo=UTC)  # 01/01/2026 00:00 in Thanh Hóa
    span_s = int((REFERENCE_NOW - year_start).total_seconds())
    kinds = tuple(ACCESS_SUBJECTS)
    entries: list[tuple[Any, ...]] = []
    links: list[tuple[Any, ...]] = []
    articles: list[tuple[Any, ...]] = []
    reporters = len(agency_of) - 1
    for entry_id in range(1, count + 1):
        moment = year_start + timedelta(seconds=rng.randrange(span_s))
        kind = rng.choice(kinds)
        stamp = db_time(moment)
        with_article = rng.random() < 0.4
        entries.append(
            (
                entry_id, stamp, rng.randrange(1, len(UNITS) + 1), kind,
                rng.choice(ACCESS_SUBJECTS[kind]),
                rng.randrange(1, len(EVENTS) + 1) if rng.random() < 0.33 else None, None,
                rng.choice(OFFICERS), int(with_article), stamp, stamp,
            )
        )  # fmt: skip
        group = rng.sample(range(1, reporters + 1), rng.randrange(1, 9))
        links += [(entry_id, reporter_id) for reporter_id in sorted(group)]
        if with_article:
            articles.append(
                (
                    entry_id, 1, agency_of[group[0]], f"Bài viết số {entry_id}",
                    f"https://bao.example.vn/bai-{entry_id}",
                    (moment.astimezone(VIETNAM_TZ).date() + timedelta(days=rng.randrange(4)))
                    .isoformat(),
                )
            )  # fmt: skip
    return entries, links, articles


def _pass_rows(
    passes: int,
    reporters: int,
    tokens: Sequence[str],
    key_id: str,
    rng: random.Random,
    printed: list[int],
) -> Iterator[tuple[Any, ...]]:
    """The passes; the ids of those printed go into ``printed`` (their print log follows)."""
    windows = [validity_for_days(*spec.pass_days) for spec in EVENTS]
    issued = db_time(REFERENCE_NOW - timedelta(days=20))
    revoked_at = db_time(REFERENCE_NOW - timedelta(days=2))
    for pass_id in range(1, passes + 1):
        reporter_id, event_index = pass_layout(pass_id, reporters)
        valid_from, valid_to = windows[event_index]
        roll = rng.random()
        revoked = roll < 0.02
        status = "revoked" if revoked else ("printed" if roll < 0.7 else "issued")
        if status == "printed":
            printed.append(pass_id)
        yield (
            pass_id,
            pass_serial(pass_id),
            reporter_id,
            event_index + 1,
            zone_mask_for(pass_id, len(EVENTS[event_index].zones)),
            db_time(valid_from),
            db_time(valid_to),
            key_id,
            tokens[pass_id - 1],
            status,
            issued,
            "admin",
            None,
            revoked_at if revoked else None,
            "admin" if revoked else None,
            "Phóng viên chuyển công tác" if revoked else None,
        )


def _print_rows(printed: Sequence[int], rng: random.Random) -> Iterator[tuple[Any, ...]]:
    """One print of every printed pass the day after issue; one in twenty printed again (a card
    that got wet), as ``print_log.record_prints`` would have written them."""
    first = db_time(REFERENCE_NOW - timedelta(days=19))
    again = db_time(REFERENCE_NOW - timedelta(days=3))
    reprints = [pass_id for pass_id in printed if rng.random() < 0.05]
    for pass_id in printed:
        yield (pass_id, first, "admin", "sheet", False)
    for pass_id in reprints:
        yield (pass_id, again, "admin", "card", True)


PRINT_COLUMNS = ("pass_id", "printed_at", "printed_by", "layout", "is_reprint")


PASS_COLUMNS = (
    "id", "serial", "reporter_id", "event_id", "zone_mask", "valid_from", "valid_to", "key_id",
    "token", "status", "issued_at", "issued_by", "card_override_reason", "revoked_at",
    "revoked_by", "revoke_reason",
)  # fmt: skip


AUDITED_BULK_TABLES = (
    "police_units",
    "press_agencies",
    "events",
    "zones",
    "reporters",
    "passes",
    "print_log",
    "access_entries",
    "access_entry_reporters",
    "access_articles",
)
TRAIL_CHUNK = 20_000


def record_bulk_rows(db: Database, actor: Actor, tables: Sequence[str]) -> int:
    """Chain a ``create`` entry onto the audit trail for every row of ``tables`` (all loaded here
    with plain SQL), in id order, a chunk per transaction; returns how many. Like the loader, it
    skips fsync: the file is thrown away if the run fails."""
    written = 0
    sqlite = db.is_sqlite
    with db.engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        if sqlite:
            raw.execute("PRAGMA synchronous = OFF")
        else:
            connection.exec_driver_sql("SET synchronous_commit = off")
            connection.commit()
        for name in tables:
            table = Base.metadata.tables[name]
            key = tuple(table.primary_key.columns)  # an id, or (entry, reporter) for a link table
            after: tuple[Any, ...] | None = None
            while True:
                with connection.begin():
                    page = select(*table.columns).order_by(*key).limit(TRAIL_CHUNK)
                    if after is not None:
                        page = page.where(tuple_(*key) > tuple_(*after))
                    rows = connection.execute(page).mappings().all()
                    if not rows:
                        break
                    entries = [audit.creation_entry(table, row) for row in rows]
                    written += audit.append_entries(connection, actor.username, entries)
                    after = tuple(rows[-1][column.key] for column in key)
        if sqlite:
            raw.execute("PRAGMA synchronous = NORMAL")
        else:
            connection.exec_driver_sql("RESET synchronous_commit")
            connection.commit()
    return written


def _start_signing(
    pool: ProcessPoolExecutor, key: SigningKey, passes: int, reporters: int
) -> list[Future[list[str]]]:
    windows = [validity_for_days(*spec.pass_days) for spec in EVENTS]
    key_parts = (key.key_id, key.private_bytes, key.public_bytes)
    futures = []
    for first in range(1, passes + 1, SIGNING_CHUNK):
        specs = []
        for pass_id in range(first, min(first + SIGNING_CHUNK, passes + 1)):
            reporter_id, event_index = pass_layout(pass_id, reporters)
            mask = zone_mask_for(pass_id, len(EVENTS[event_index].zones))
            specs.append((pass_id, reporter_id, event_index + 1, mask, event_index))
        futures.append(pool.submit(_sign_chunk, key_parts, windows, specs))
    return futures


def is_url(target: str | Path) -> bool:
    """A server URL (``postgresql+psycopg://…``) rather than a SQLite file's path."""
    return "://" in str(target)


def use_benchmark_settings_folder(out: str | Path) -> Path:
    """Sign-ins on a benchmark database keep their audit heads beside it (beside the default
    file for a server's database), not in the user's own settings folder (unless
    ``ACCRED_CONFIG_DIR`` already says where)."""
    folder = (DEFAULT_OUT if is_url(out) else Path(out)).parent / "config"
    return Path(os.environ.setdefault(audit_heads.CONFIG_DIR_ENV, str(folder)))


def generate(
    out: str | Path,
    *,
    reporters: int,
    passes: int,
    scans: int,
    workers: int,
    access_entries: int = 5_000,
    seed: int = 20260316,
) -> dict[str, float]:
    """Create ``out`` from scratch (a SQLite file, recreated; or a PostgreSQL URL naming an empty
    database); returns the seconds each step took."""
    if not is_url(out):
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{out}{suffix}").unlink(missing_ok=True)
    use_benchmark_settings_folder(out)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    # Fork the workers before the database opens, so no child inherits a SQLite handle.
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    try:
        db = open_database(str(out))
        try:
            # A recreated file is a new database: the head a sign-in recorded for this path on
            # an earlier run is not its own, and would be reported as a trail cut short.
            audit_heads.sign_in_head_path(db).unlink(missing_ok=True)
            initialise(db, admin_password=ADMIN_PASSWORD)
            admin = authenticate(db, "admin", ADMIN_PASSWORD)
            with db.reading() as session:
                key = active_signing_key(session, admin)
            timings["schema + init"] = time.perf_counter() - started

            step = time.perf_counter()
            futures = _start_signing(pool, key, passes, reporters)
            loader = Loader(db)
            rng = random.Random(seed)
            created = db_time(REFERENCE_NOW - timedelta(days=60))
            _registry(loader, rng, created)
            words: list[tuple[str, bytes, int]] = []
            loader.insert(
                "reporters", REPORTER_COLUMNS, _reporter_rows(reporters, rng, created, words)
            )
            timings["registry + reporters"] = time.perf_counter() - step

            step = time.perf_counter()
            words.sort()  # primary-key order: the index is built by appending
            loader.insert("reporter_words", WORD_COLUMNS, iter(words))
            del words
            timings["search words"] = time.perf_counter() - step

            step = time.perf_counter()
            rows = _scan_rows(scans, passes, reporters, rng)
            loader.insert("scan_log", SCAN_COLUMNS, iter(rows))
            del rows
            timings["scan log"] = time.perf_counter() - step

            step = time.perf_counter()
            tokens = [token for future in futures for token in future.result()]
            timings["waiting for signatures"] = time.perf_counter() - step
            step = time.perf_counter()
            printed: list[int] = []
            loader.insert(
                "passes",
                PASS_COLUMNS,
                _pass_rows(passes, reporters, tokens, key.key_id.hex(), rng, printed),
            )
            loader.insert("print_log", PRINT_COLUMNS, _print_rows(printed, rng))
            del printed
            timings["passes"] = time.perf_counter() - step

            step = time.perf_counter()
            with db.engine.connect() as connection:
                agency_of = [0] * (reporters + 1)
                for reporter_id, agency_id in connection.exec_driver_sql(
                    "SELECT id, agency_id FROM reporters"
                ):
                    agency_of[reporter_id] = agency_id
            entries, links, articles = _access_rows(access_entries, agency_of, rng)
            loader.insert("access_entries", ACCESS_COLUMNS, iter(entries))
            loader.insert("access_entry_reporters", ("entry_id", "reporter_id"), iter(links))
            loader.insert(
                "access_articles",
                ("entry_id", "number", "agency_id", "title", "url", "published_on"),
                iter(articles),
            )
            timings["access entries"] = time.perf_counter() - step

            step = time.perf_counter()
            record_bulk_rows(db, admin, AUDITED_BULK_TABLES)
            timings["audit trail"] = time.perf_counter() - step

            step = time.perf_counter()
            loader.finish()
            timings["checkpoint" if db.is_sqlite else "sequences + analyze"] = (
                time.perf_counter() - step
            )
        finally:
            db.dispose()
    finally:
        pool.shutdown()
    timings["total"] = time.perf_counter() - started
    timings["cpu (this process)"] = time.process_time()
    return timings


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--out",
        default=str(DEFAULT_OUT),
        help="database file to (re)create, or the URL of an empty PostgreSQL database",
    )
    parser.add_argument("--reporters", type=int, default=100_000)
    parser.add_argument("--passes", type=int, default=200_000)
    parser.add_argument("--scans", type=int, default=1_000_000)
    parser.add_argument("--access-entries", type=int, default=5_000)
    parser.add_argument("--workers", type=int, default=max(1, min(2, multiprocessing.cpu_count())))
    args = parser.parse_args(argv)
    if args.reporters < 1 or args.passes < 1 or args.scans < 0 or args.access_entries < 0:
        parser.error(
            "--reporters and --passes must be at least 1, --scans and --access-entries at least 0"
        )
    print(
        f"Generating {args.reporters:,} reporters, {args.passes:,} passes, {args.scans:,} scans "
        f"into {args.out} ({args.workers} signing workers)"
    )
    timings = generate(
        args.out,
        reporters=args.reporters,
        passes=args.passes,
        scans=args.scans,
        workers=args.workers,
        access_entries=args.access_entries,
    )
    for step, seconds in timings.items():
        print(f"  {step:<24} {seconds:7.1f} s")
    if not is_url(args.out):
        print(f"Database size: {Path(args.out).stat().st_size / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
