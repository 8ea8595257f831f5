"""Replaying the audit trail against the rows as they are now.

The trail records every create, update and delete the software made, field by field, so folding it
gives each audited row as the software left it. A row that differs from that, a row the trail never
saw, a row the trail still has that is gone, and a row the trail deleted that is back were all
written behind the software's back (SQL on the file, another program). So is a later update whose
"before" value disagrees with the trail: the row was edited in between, even if a service has since
overwritten the edit.

It has to stay quick on a provincial desk (hundreds of thousands of rows), so it reads each side
once and never holds the whole trail: the trail is read grouped by row (``ix_audit_log_entity``)
and folded one row at a time into a 16-byte fingerprint of the expected values; the current rows
are then streamed table by table, fingerprinted the same way, and compared. Only a row whose
fingerprints differ has its history read again to say which field differs.

Values that cannot be compared are skipped, not guessed: secrets recorded as ``***`` before digests
were kept, and ``updated_at``-like columns in older trails that did not record them.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from accred_app.core.messages import register
from accred_app.core.models import AuditEntry
from accred_app.core.security.audit import (
    DERIVED_FIELDS,
    LEGACY_SECRET_MARK,
    SECRET_FIELDS,
    audited_tables,
    stamped_on_update,
    value_recorder,
)
from accred_app.core.verification import Finding, VerificationSection

DETAIL_LIMIT = 100
"""At most this many problems are described; the count covers them all."""
SHOWN_LENGTH = 60

TABLE_LABELS: dict[str, tuple[str, str]] = {
    "reporters": ("Phóng viên", "Reporter"),
    "press_agencies": ("Cơ quan báo chí", "Press agency"),
    "police_units": ("Đơn vị công an", "Police unit"),
    "events": ("Sự kiện", "Event"),
    "zones": ("Khu vực", "Zone"),
    "passes": ("Thẻ tác nghiệp", "Field pass"),
    "officers": ("Cán bộ", "Officer"),
    "signing_keys": ("Khóa ký", "Signing key"),
    "settings": ("Cài đặt", "Setting"),
    "reporter_photos": ("Ảnh phóng viên", "Reporter photo"),
    "print_log": ("Nhật ký in", "Print log"),
}

register(
    {
        "audit_replay_ok": (
            "Đối chiếu nhật ký với dữ liệu hiện tại: cả {rows} dòng trong {table_count} bảng đều khớp.",
            "Trail replayed against the current data: all {rows} rows in {table_count} tables match.",
        ),
        "audit_replay_problems": (
            "Đối chiếu nhật ký với dữ liệu hiện tại: {problems} chỗ không khớp ({rows} dòng đã xét).",
            "Trail replayed against the current data: {problems} mismatches ({rows} rows checked).",
        ),
        "audit_row_changed": (
            "{what_vi} #{id}: trường {field} theo nhật ký là {trail_shown} nhưng hiện là "
            "{now_shown} (bị sửa ngoài phần mềm).",
            "{what_en} #{id}: field {field} is {trail_shown} by the audit trail but {now_shown} "
            "now (changed outside the software).",
        ),
        "audit_row_unrecorded": (
            "{what_vi} #{id} không có trong nhật ký (được thêm ngoài phần mềm, hoặc nhật ký đã bị xóa).",
            "{what_en} #{id} is not in the audit trail (added outside the software, or the trail "
            "was deleted).",
        ),
        "audit_row_missing": (
            "{what_vi} #{id} vẫn còn theo nhật ký (bản ghi #{audit_row}) nhưng không còn trong dữ "
            "liệu (bị xóa ngoài phần mềm).",
            "{what_en} #{id} exists by the audit trail (row #{audit_row}) but is gone (deleted "
            "outside the software).",
        ),
        "audit_row_reappeared": (
            "{what_vi} #{id} đã bị xóa theo nhật ký (bản ghi #{audit_row}) nhưng vẫn có trong dữ liệu.",
            "{what_en} #{id} was deleted by the audit trail (row #{audit_row}) but is present.",
        ),
        "audit_row_history_gap": (
            "{what_vi} #{id}: bản ghi nhật ký #{audit_row} thấy trường {field} là {now_shown}, "
            "trong khi nhật ký trước đó ghi {trail_shown} (bị sửa ngoài phần mềm trong khoảng giữa).",
            "{what_en} #{id}: audit row #{audit_row} found field {field} as {now_shown} where the "
            "trail before had {trail_shown} (changed outside the software in between).",
        ),
        "audit_row_unreadable": (
            "Bản ghi nhật ký #{audit_row} không đọc được ({what_vi} #{id}); dòng này không được "
            "đối chiếu.",
            "Audit row #{audit_row} is unreadable ({what_en} #{id}); that row is not compared.",
        ),
    }
)


def _labels(table: str) -> dict[str, str]:
    vi, en = TABLE_LABELS.get(table, (f"Bảng {table}", f"Table {table}"))
    return {"what_vi": vi, "what_en": en}


def _shown(value: Any) -> str:
    """A value on one line, short enough for a message (the JSON keeps it whole)."""
    if value is None:
        return "—"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= SHOWN_LENGTH else text[: SHOWN_LENGTH - 1] + "…"


def _fingerprint(values: Sequence[Any]) -> bytes:
    """16 bytes standing for a row's values (in column-name order): ``repr`` of plain JSON values
    is exact and quick, BLAKE2b keeps one per row small."""
    return hashlib.blake2b(repr(tuple(values)).encode("utf-8"), digest_size=16).digest()


@dataclass(slots=True)
class _Fold:
    """One row's history folded: its expected values, or that it was deleted."""

    values: dict[str, Any] = field(default_factory=dict)
    unknown: set[str] = field(default_factory=set)
    created: bool = False
    deleted: bool = False
    readable: bool = True
    last_row: int = 0


class _Findings:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.count = 0
        self.kept: list[Finding] = []

    def history_gap(
        self, table: str, row_id: str, key: str, trail: Any, found: Any, audit_row: int
    ) -> None:
        self.add(
            "history_gap", table, row_id, field=key, trail=trail, now=found, audit_row=audit_row
        )

    def add(self, kind: str, table: str, row_id: str, **params: Any) -> None:
        self.count += 1
        if len(self.kept) >= self.limit:
            return
        shown = {key + "_shown": _shown(params[key]) for key in ("trail", "now") if key in params}
        self.kept.append(
            Finding(
                kind,
                f"audit_row_{kind}",
                {"table": table, "id": row_id, **params},
                {**_labels(table), **shown},
            )
        )


def _fold_row(
    fold: _Fold,
    audit_row: int,
    action: str,
    changes_json: str,
    stamped: Sequence[str],
    on_gap: Callable[[str, Any, Any, int], None],
) -> None:
    fold.last_row = audit_row
    try:
        changes = json.loads(changes_json)
        if not isinstance(changes, dict):
            raise ValueError("changes")
        _apply(fold, audit_row, action, changes, stamped, on_gap)
    except (ValueError, TypeError, IndexError, AttributeError):  # not what the listener writes
        fold.readable = False


def _apply(
    fold: _Fold,
    audit_row: int,
    action: str,
    changes: dict[str, Any],
    stamped: Sequence[str],
    on_gap: Callable[[str, Any, Any, int], None],
) -> None:
    if action == "create":
        fold.values = {key: after for key, (_, after) in changes.items() if after is not None}
        fold.unknown = {key for key in SECRET_FIELDS if _legacy_secret(key, fold.values.get(key))}
        fold.created, fold.deleted = True, False
    elif action == "update":
        for key, (before, after) in changes.items():
            known = fold.created and not fold.deleted and key not in fold.unknown
            if known and before is not None and not _legacy_secret(key, before):
                expected = fold.values.get(key)
                if before != expected:
                    on_gap(key, expected, before, audit_row)
            if after is None:
                fold.values.pop(key, None)
            else:
                fold.values[key] = after
            if _legacy_secret(key, after):
                fold.unknown.add(key)
            else:
                fold.unknown.discard(key)
        fold.unknown.update(key for key in stamped if key not in changes)  # older trails
    elif action == "delete":
        fold.values, fold.unknown, fold.deleted = {}, set(), True


def _legacy_secret(key: str, value: Any) -> bool:
    return key in SECRET_FIELDS and value == LEGACY_SECRET_MARK


UNKNOWN = "\x00cannot be compared"
"""Stands in a fingerprint for a value the trail cannot vouch for (see the module doc)."""


@dataclass(frozen=True, slots=True)
class _Expected:
    fingerprint: bytes | None  # None: deleted, unreadable, or no creation recorded
    unknown: frozenset[str]
    last_row: int
    deleted: bool = False
    readable: bool = True
    partial: Mapping[str, Any] | None = None  # updates of a row whose creation was never recorded


class _Shape:
    """One audited table as the replay reads it: its columns in name order, each with the
    function that turns a stored value into what the trail records."""

    def __init__(self, table: Table) -> None:
        columns = sorted(
            (column for column in table.columns if column.key not in DERIVED_FIELDS),
            key=lambda column: column.key,
        )
        self.table = table
        self.name = table.name
        self.columns = columns
        self.keys = tuple(column.key for column in columns)
        self.recorders = tuple(value_recorder(column) for column in columns)
        self.stamped = tuple(stamped_on_update(table))
        primary = [column.key for column in table.primary_key.columns]
        self.primary = tuple(self.keys.index(key) for key in primary)

    def row_id(self, row: Sequence[Any]) -> str:
        return ",".join(str(row[index]) for index in self.primary)

    def recorded(self, row: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(
            [
                value if recorder is None or value is None else recorder(value)
                for value, recorder in zip(row, self.recorders, strict=True)
            ]
        )

    def fingerprint(self, values: Sequence[Any], unknown: frozenset[str]) -> bytes:
        if unknown:
            values = [
                UNKNOWN if key in unknown else v for key, v in zip(self.keys, values, strict=True)
            ]
        return _fingerprint(values)

    def as_dict(self, values: Sequence[Any]) -> dict[str, Any]:
        return {
            key: value for key, value in zip(self.keys, values, strict=True) if value is not None
        }


def _expected_of(fold: _Fold, shape: _Shape) -> _Expected:
    unknown = frozenset(fold.unknown)
    if not fold.readable:
        return _Expected(None, unknown, fold.last_row, readable=False)
    if fold.deleted:
        return _Expected(None, unknown, fold.last_row, deleted=True)
    if not fold.created:
        return _Expected(None, unknown, fold.last_row, partial=dict(fold.values))
    values = fold.values
    return _Expected(
        shape.fingerprint([values.get(key) for key in shape.keys], unknown), unknown, fold.last_row
    )


def _trail_groups(
    session: Session, tables: Iterable[str]
) -> Iterator[tuple[str, str, list[tuple[int, str, str]]]]:
    """The trail row by row: (table, row id, [(audit row, action, changes)] oldest first)."""
    query = (
        select(
            AuditEntry.entity,
            AuditEntry.entity_id,
            AuditEntry.id,
            AuditEntry.action,
            AuditEntry.changes,
        )
        .where(AuditEntry.entity.in_(list(tables)))
        .order_by(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.id)
        .execution_options(yield_per=5_000)
    )
    key: tuple[str, str] | None = None
    group: list[tuple[int, str, str]] = []
    for entity, entity_id, row_id, action, changes in session.execute(query):
        if (entity, entity_id) != key:
            if key is not None:
                yield key[0], key[1], group
            key, group = (entity, entity_id), []
        group.append((row_id, action, changes))
    if key is not None:
        yield key[0], key[1], group


def replay_trail(session: Session, *, detail_limit: int = DETAIL_LIMIT) -> VerificationSection:
    """Compare every audited row with what the trail says it should be (see the module doc)."""
    shapes = {table.name: _Shape(table) for table in audited_tables()}
    findings = _Findings(detail_limit)
    expected: dict[str, dict[str, _Expected]] = {name: {} for name in shapes}
    for table_name, row_id, group in _trail_groups(session, shapes):
        shape, fold = shapes[table_name], _Fold()
        gap = functools.partial(findings.history_gap, table_name, row_id)
        for audit_row, action, changes in group:
            _fold_row(fold, audit_row, action, changes, shape.stamped, gap)
        if not fold.readable:
            findings.add("unreadable", table_name, row_id, audit_row=fold.last_row)
        expected[table_name][row_id] = _expected_of(fold, shape)

    rows_checked = uncheckable = 0
    for table_name, shape in shapes.items():
        waiting = expected[table_name]
        query = (
            select(*shape.columns)
            .order_by(*shape.table.primary_key.columns)
            .execution_options(yield_per=5_000)
        )
        for row in session.execute(query):
            rows_checked += 1
            row_id = shape.row_id(row)
            entry = waiting.pop(row_id, None)
            if entry is None:
                findings.add("unrecorded", table_name, row_id)
            elif entry.deleted:
                findings.add("reappeared", table_name, row_id, audit_row=entry.last_row)
            elif not entry.readable:
                continue
            elif entry.partial is not None:
                findings.add("unrecorded", table_name, row_id)
                now = shape.as_dict(shape.recorded(row))
                for key, trail in sorted(entry.partial.items()):
                    if key not in entry.unknown and now.get(key) != trail:
                        findings.add(
                            "changed", table_name, row_id, field=key, trail=trail,
                            now=now.get(key), audit_row=entry.last_row,
                        )  # fmt: skip
            else:
                uncheckable += bool(entry.unknown)
                values = shape.recorded(row)
                if shape.fingerprint(values, entry.unknown) != entry.fingerprint:
                    _describe_difference(session, findings, shape, row_id, shape.as_dict(values))
        for row_id, entry in waiting.items():
            if not entry.deleted and entry.readable:
                findings.add("missing", table_name, row_id, audit_row=entry.last_row)

    details = {
        "tables": sorted(shapes),
        "rows_checked": rows_checked,
        "uncheckable_rows": uncheckable,  # a field of theirs is one an older trail did not keep
    }
    if findings.count == 0:
        summary = Finding(
            "ok", "audit_replay_ok", {}, {"rows": rows_checked, "table_count": len(shapes)}
        )
        return VerificationSection("replay", True, summary, details=details)
    summary = Finding(
        "problems",
        "audit_replay_problems",
        {},
        {"rows": rows_checked, "problems": findings.count},
    )
    return VerificationSection(
        "replay", False, summary, tuple(findings.kept), findings.count, details
    )


def _describe_difference(
    session: Session,
    findings: _Findings,
    shape: _Shape,
    row_id: str,
    now: Mapping[str, Any],
) -> None:
    """Read one row's history again and name each field that differs (rare: only on a mismatch)."""
    fold = _Fold()
    rows = session.execute(
        select(AuditEntry.id, AuditEntry.action, AuditEntry.changes)
        .where(AuditEntry.entity == shape.name, AuditEntry.entity_id == row_id)
        .order_by(AuditEntry.id)
    )
    for audit_row, action, changes in rows:
        _fold_row(fold, audit_row, action, changes, shape.stamped, lambda *_: None)
    for key in shape.keys:
        if key in fold.unknown:
            continue
        trail, current = fold.values.get(key), now.get(key)
        if trail != current:
            findings.add(
                "changed", shape.name, row_id, field=key, trail=trail, now=current,
                audit_row=fold.last_row,
            )  # fmt: skip
