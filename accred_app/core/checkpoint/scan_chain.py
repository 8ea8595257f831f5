"""A hash chain per station over the scan log.

Scan rows are not in the audit trail (the checkpoint path must stay fast, and the scan log is a
log already), so they carry a chain of their own: each row's ``chain_hash`` is the SHA-256 of the
previous row's hash *of the same station* and of the row's own content. Editing or deleting a row
breaks the hash of the row after it; ``verify_scan_chains`` names the first broken row of each
station. Like the audit trail, a chain can be rewritten whole by someone with write access to the
file, so each station's head (count and hash) is reported for writing down elsewhere.

One chain per station, not one for the whole log, because stations write offline: a station's
rows are chained where they are scanned, and the desk checks and continues that same chain when
it merges the station's log (``station_logs.import_log``).

Rows written before the chain existed have no hash; they may only come before a station's first
chained row.

A manual admission or a supervisor's override also chains how it came to be, the officer's reason
and the scan it overrides (:data:`METHOD_FIELDS`); such a row is hashed as
``accred-scan-chain/2`` with those three values appended. A plain scan keeps the ``/1`` content,
so every hash written before them still verifies, and turning a manual row into a plain scan
changes its hash like any other edit.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from accred_app.core.messages import register, render
from accred_app.core.models import ScanRecord
from accred_app.core.verification import Finding, VerificationSection

CHAIN_VERSION: Final = "accred-scan-chain/1"
METHOD_CHAIN_VERSION: Final = "accred-scan-chain/2"
GENESIS: Final = "0" * 64

CHAINED_FIELDS: Final = (
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
METHOD_FIELDS: Final = ("method", "note", "overrides_uid")
"""Chained too when a row is not a plain scan; absent from a mapping means a plain scan."""
PLAIN_SCAN: Final = ("scan", None, None)

register(
    {
        "scan_chain_ok": (
            "Chuỗi nhật ký quét của trạm {station} nguyên vẹn: {rows} lượt, mã băm cuối {head}.",
            "Scan chain of station {station} intact: {rows} scans, head hash {head}.",
        ),
        "scan_chain_broken": (
            "Chuỗi nhật ký quét của trạm {station} bị hỏng tại lượt quét #{row_id}: {problem}.",
            "Scan chain of station {station} broken at scan #{row_id}: {problem}.",
        ),
        "scan_chains_summary": (
            "Nhật ký quét: {stations} trạm, {rows} lượt quét có mã băm nối chuỗi, {broken} chuỗi hỏng.",
            "Scan log: {stations} stations, {rows} chained scans, {broken} broken chains.",
        ),
        "scan_chain_broken.edited": (
            "Chuỗi nhật ký quét của trạm {station} bị hỏng tại lượt quét #{row_id}: nội dung hoặc "
            "mã băm không khớp (bị sửa, hoặc một lượt quét trước đó bị xóa).",
            "Scan chain of station {station} broken at scan #{row_id}: content and hash disagree "
            "(edited, or a scan before it was deleted).",
        ),
        "scan_chain_broken.unchained": (
            "Chuỗi nhật ký quét của trạm {station} bị hỏng tại lượt quét #{row_id}: lượt quét không "
            "có mã băm nằm sau các lượt đã có.",
            "Scan chain of station {station} broken at scan #{row_id}: a scan without a hash after "
            "chained scans.",
        ),
        "scan_chain.edited": (
            "nội dung hoặc mã băm không khớp (bị sửa, hoặc một lượt quét trước đó bị xóa)",
            "content and hash disagree (edited, or a scan before it was deleted)",
        ),
        "scan_chain.unchained": (
            "lượt quét không có mã băm nằm sau các lượt đã có",
            "a scan without a hash after chained scans",
        ),
    }
)


def _instant(moment: datetime) -> str:
    """One spelling per instant: UTC, microseconds, ``Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def scan_chain_hash(previous: str | None, row: Mapping[str, Any]) -> str:
    """The chain hash of ``row`` (a mapping with :data:`CHAINED_FIELDS`, and
    :data:`METHOD_FIELDS` unless it is a plain scan) after ``previous``."""
    method = tuple(
        row.get(name, default) for name, default in zip(METHOD_FIELDS, PLAIN_SCAN, strict=True)
    )
    return _chain_hash(previous, [row[name] for name in CHAINED_FIELDS], method)


def _chain_hash(
    previous: str | None, values: Sequence[Any], method: Sequence[Any] = PLAIN_SCAN
) -> str:
    """``values`` in :data:`CHAINED_FIELDS` order, serialised as one JSON array in that fixed
    order, so no two different rows hash the same text; ``method`` (:data:`METHOD_FIELDS`) is
    appended, under the ``/2`` version, unless the row is a plain scan."""
    (scan_uid, scanned_at, event_id, zone_slot, zone_code, direction, unit_id, officer, allowed,
     reason, pass_id, serial, reporter_id, station) = values  # fmt: skip
    method_values = (str(method[0]), method[1], method[2])
    plain = method_values == PLAIN_SCAN
    content = json.dumps(
        [
            CHAIN_VERSION if plain else METHOD_CHAIN_VERSION,
            previous or GENESIS,
            scan_uid,
            _instant(scanned_at),
            event_id,
            zone_slot,
            zone_code,
            direction,
            unit_id,
            officer,
            bool(allowed),
            reason,
            pass_id,
            serial,
            reporter_id,
            station,
            *(() if plain else method_values),
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ScanChainReport:
    """One station's chain: ``rows`` chained scans, ``unchained`` older scans before them."""

    station: str
    rows: int
    unchained: int
    head_hash: str | None
    bad_row_id: int | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.bad_row_id is None

    def problem_text(self, locale: str = "vi") -> str:
        return render(f"scan_chain.{self.problem}", locale) if self.problem else ""

    def message(self, locale: str = "vi") -> str:
        if self.ok:
            return render(
                "scan_chain_ok",
                locale,
                {"station": self.station, "rows": self.rows, "head": self.head_hash or "—"},
            )
        return render(
            "scan_chain_broken",
            locale,
            {
                "station": self.station,
                "row_id": self.bad_row_id,
                "problem": self.problem_text(locale),
            },
        )


_COLUMNS = (
    ScanRecord.id,
    ScanRecord.chain_hash,
    *(getattr(ScanRecord, f) for f in CHAINED_FIELDS),
    *(getattr(ScanRecord, f) for f in METHOD_FIELDS),
)
_STATION = 2 + CHAINED_FIELDS.index("station")
_METHOD = 2 + len(CHAINED_FIELDS)


def verify_scan_chains(session: Session) -> list[ScanChainReport]:
    """Walk every station's chain in row order (index ``ix_scan_log_station_chain``)."""
    reports: list[ScanChainReport] = []
    station: str | None = None
    previous: str | None = None
    rows = unchained = 0
    broken: tuple[int, str] | None = None

    def close() -> None:
        if station is not None:
            bad_id, problem = broken if broken else (None, None)
            reports.append(ScanChainReport(station, rows, unchained, previous, bad_id, problem))

    result = session.execute(
        select(*_COLUMNS).order_by(ScanRecord.station, ScanRecord.id),
        execution_options={"yield_per": 5000},
    )
    for record in result:
        row_id, stored, values, method = record[0], record[1], record[2:_METHOD], record[_METHOD:]
        if record[_STATION] != station:
            close()
            station, previous, rows, unchained, broken = record[_STATION], None, 0, 0, None
        if broken is not None:
            continue
        if stored is None:
            if rows:
                broken = (row_id, "unchained")
            else:
                unchained += 1
            continue
        if stored != _chain_hash(previous, values, method):
            broken = (row_id, "edited")
            continue
        previous = stored
        rows += 1
    close()
    return reports


def scan_chain_section(session: Session) -> VerificationSection:
    """The stations' scan-log chains as one section of ``audit verify`` (JSON key ``scan_chains``):
    one finding per broken chain, and every station's count and head in ``stations``."""
    chains = verify_scan_chains(session)
    broken = [chain for chain in chains if not chain.ok]
    findings = tuple(
        Finding(
            "scan_chain_broken",
            f"scan_chain_broken.{chain.problem}",
            {"station": chain.station, "row_id": chain.bad_row_id, "problem": chain.problem},
        )
        for chain in broken
    )
    return VerificationSection(
        name="scan_chains",
        ok=not broken,
        summary=Finding(
            "summary",
            "scan_chains_summary",
            {
                "stations": len(chains),
                "rows": sum(chain.rows for chain in chains),
                "broken": len(broken),
            },
        ),
        findings=findings,
        problem_count=len(broken),
        details={
            "stations": [
                {
                    "station": chain.station,
                    "ok": chain.ok,
                    "rows": chain.rows,
                    "unchained": chain.unchained,
                    "head_hash": chain.head_hash,
                    "bad_row_id": chain.bad_row_id,
                    "problem": chain.problem,
                }
                for chain in chains
            ]
        },
    )
