"""Scan logs from stations: signed by the station's own key, checked and audited at the desk, and
chained per station so that an edited or deleted scan row is found.

A log is crafted as a compromised station would (rows changed, chain and signature made again with
the station's real key), so the desk's row checks are what stands in the way.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select
from station_field import Field

from accred_app.core.checkpoint import scanning
from accred_app.core.checkpoint.scan_chain import scan_chain_hash, verify_scan_chains
from accred_app.core.checkpoint.station_logs import SIGNATURE_CONTEXT
from accred_app.core.checkpoint.verdict import Direction
from accred_app.core.database import open_database
from accred_app.core.models import AuditEntry, Role, ScanRecord, StationLogImport
from accred_app.core.passes.tokens import PassClaims, issue_token, validity_for_days
from accred_app.core.roles import Actor

SQL_WORDS = ("SELECT ", "INSERT ", "sqlite3", "IntegrityError", "constraint", "Traceback")


def _refused(result: Any) -> str:
    assert result.code == 3, (result.code, result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert not any(word in result.err for word in SQL_WORDS), result.err
    return lines[0]


def _desk_scans(field: Field) -> int:
    with field.db.reading() as session:
        return int(session.execute(select(func.count()).select_from(ScanRecord)).scalar_one())


def _station_key(station_db: Path) -> bytes:
    connection = sqlite3.connect(station_db)
    try:
        return bytes(connection.execute("SELECT private_key FROM station_identity").fetchone()[0])
    finally:
        connection.close()


def _export(field: Field, name: str = "station-log.jsonl") -> Path:
    path = field.tmp / name
    result = field.station("--json", "log", "export", str(path))
    assert result.code == 0, result.err
    return path


def _lines(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any]]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return lines[0], lines[1:-1], lines[-1]


def _resign(
    field: Field,
    path: Path,
    change: Callable[[list[dict[str, Any]]], None],
    *,
    rechain: bool = True,
    name: str = "crafted-log.jsonl",
) -> Path:
    """The log with its rows changed, then chained and signed again with the station's key."""
    header, rows, _ = _lines(path)
    change(rows)
    if rechain:
        previous = None
        for row in rows:
            values = dict(row, scanned_at=datetime.fromisoformat(row["scanned_at"]))
            row["chain_hash"] = previous = scan_chain_hash(previous, values)
    body = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in [header, *rows])
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    key = Ed25519PrivateKey.from_private_bytes(_station_key(field.station_db))
    trailer = {
        "end": True,
        "rows": len(rows),
        "sha256": digest.hex(),
        "signature": key.sign(SIGNATURE_CONTEXT + digest).hex(),
    }
    crafted = field.tmp / name
    crafted.write_text(body + json.dumps(trailer) + "\n", encoding="utf-8")
    return crafted


@pytest.fixture
def scanned(field: Field) -> Field:
    """A set-up station that let Ánh in and out, and refused Bình's revoked pass."""
    field.set_up_station()
    assert field.scan_at_station(field.good["token"]).code == 0
    assert field.scan_at_station(field.gone["token"]).code == 1
    assert field.scan_at_station(field.good["token"], "--direction", "out").code == 0
    return field


def test_a_station_log_round_trip_is_signed_audited_and_idempotent(scanned: Field) -> None:
    field = scanned
    refreshed = field.station("--json", "station", "import", str(field.export()[0]))
    assert refreshed.code == 0, refreshed
    station = refreshed.json()
    log_file = field.tmp / "station-log.jsonl"
    exported = field.station("--json", "log", "export", str(log_file)).json()
    assert (exported["scans"], exported["signed"]) == (3, True)
    assert exported["key_fingerprint"] == station["log_key_fingerprint"]
    header, rows, trailer = _lines(log_file)
    assert header["format"] == "accred-scan-log/2" and header["station"] == station["station"]
    assert all(len(row["chain_hash"]) == 64 for row in rows)
    assert trailer["rows"] == 3 and len(trailer["signature"]) == 128

    before = _desk_scans(field)
    first = field.desk("--json", "log", "import", str(log_file))
    assert first.code == 0, first.err
    imported = first.json()
    assert (imported["read"], imported["added"], imported["already_present"]) == (3, 3, 0)
    assert imported["first_from_station"] is True
    assert imported["key_fingerprint"] == station["log_key_fingerprint"]
    assert imported["skipped"] == 0 and imported["skipped_rows"] == []
    assert imported["chain_count"] == 3 and imported["chain_head"] == rows[-1]["chain_hash"]
    assert imported["file_sha256"] == hashlib.sha256(log_file.read_bytes()).hexdigest()
    again = field.desk("--json", "log", "import", str(log_file)).json()
    assert (again["added"], again["already_present"], again["first_from_station"]) == (0, 3, False)
    assert _desk_scans(field) == before + 3

    with field.db.reading() as session:
        imports = session.execute(select(StationLogImport)).scalars().all()
        assert [(i.station, i.rows_read, i.added) for i in imports] == [
            (station["station"], 3, 3),
            (station["station"], 3, 0),
        ]
        audited = session.execute(
            select(AuditEntry.entity).where(AuditEntry.entity == "station_log_imports")
        ).all()
    assert len(audited) == 2
    verified = field.desk("--json", "audit", "verify")
    assert verified.code == 0, verified.err
    chains = {c["station"]: c for c in verified.json()["scan_chains"]["stations"]}
    assert chains[station["station"]]["rows"] == 3 and chains[station["station"]]["ok"]
    # the desk lets Ánh in again: the merged log says she left
    desk_scan = field.desk(
        "--json",
        "scan",
        "--event",
        str(field.event),
        "--unit",
        str(field.unit),
        field.good["token"],
    )
    assert desk_scan.code == 0, desk_scan.err


def test_rows_the_desk_cannot_vouch_for_are_reported_and_skipped(scanned: Field) -> None:
    field = scanned
    station_db = open_database(str(field.station_db))
    cp1 = Actor("cp1", Role.CHECKPOINT, officer_id=1)
    try:
        post = scanning.open_checkpoint(
            station_db, cp1, event_id=field.event, zone_code=None, unit_id=field.unit
        )
        # a station clock in 2099: an entry that would lock Ánh out at the desk for 73 years
        scanning.scan(
            station_db, cp1, post, field.good["token"], now=datetime(2099, 1, 1, tzinfo=UTC)
        )
        # a token signed by the desk's key for a pass the desk never issued (leaked key)
        [key] = field.desk_keys()
        start, end = validity_for_days(datetime.now(UTC).date(), datetime.now(UTC).date())
        ghost = issue_token(
            PassClaims(777_777, field.anh, field.event, frozenset(), start, end), key
        )
        scanning.scan(station_db, cp1, post, ghost)
    finally:
        station_db.dispose()
    log_file = _export(field)

    def rewrite(rows: list[dict[str, Any]]) -> None:
        rows.append(dict(rows[0], scan_uid="00000000-0000-4000-8000-000000000001", event_id=4242))
        # the revoked pass "let in" — after the station's package said it was revoked
        rows.append(
            dict(
                rows[1], scan_uid="00000000-0000-4000-8000-000000000002", allowed=True, reason="ok"
            )
        )

    crafted = _resign(field, log_file, rewrite)
    result = field.desk("--json", "log", "import", str(crafted))
    assert result.code == 0, result.err
    imported = result.json()
    assert (imported["read"], imported["added"]) == (7, 3)
    skipped = {row["reason"]: row["line"] for row in imported["skipped_rows"]}
    assert skipped == {
        "future": 5,
        "unknown_pass": 6,
        "unknown_event": 7,
        "revoked_before_package": 8,
    }
    assert imported["skipped"] == 4
    assert all(row["message"] for row in imported["skipped_rows"])
    text = field.desk("log", "import", str(crafted))
    assert "2099" not in text.out and "dòng / line 5" in text.out
    with field.db.reading() as session:
        assert not session.execute(
            select(ScanRecord).where(ScanRecord.scanned_at > datetime(2098, 1, 1, tzinfo=UTC))
        ).first()
    # the skipped rows leave the desk's own chain for that station whole
    verified = field.desk("--json", "audit", "verify")
    assert verified.code == 0 and all(c["ok"] for c in verified.json()["scan_chains"]["stations"])


WRONG_TYPES: list[tuple[str, Callable[[list[dict[str, Any]]], Any], int]] = [
    ("the text false", lambda rows: rows[0].update(allowed="false"), 2),
    ("the number 1 as true", lambda rows: rows[1].update(allowed=1), 3),
    ("an id as text", lambda rows: rows[2].update(event_id=str(rows[2]["event_id"])), 4),
    ("true as an id", lambda rows: rows[0].update(pass_id=True), 2),
    ("a time without zone", lambda rows: rows[0].update(scanned_at="2026-01-01T00:00:00"), 2),
    ("an unknown direction", lambda rows: rows[1].update(direction="sideways"), 3),
    ("a short scan uid", lambda rows: rows[0].update(scan_uid="x"), 2),
    ("an extra field", lambda rows: rows[0].update(extra="DROP TABLE scan_log"), 2),
    ("a missing field", lambda rows: rows[0].pop("officer"), 2),
    ("zone slot 99", lambda rows: rows[0].update(zone_slot=99, zone_code="Z"), 2),
    ("another station's row", lambda rows: rows[0].update(station="another"), 2),
    ("a repeated scan", lambda rows: rows.append(dict(rows[0])), 5),
    ("ok but refused", lambda rows: rows[0].update(allowed=False), 2),
]


def test_a_wrong_type_refuses_the_whole_log(scanned: Field) -> None:
    log_file = _export(scanned)
    before = _desk_scans(scanned)
    failures = []
    for number, (kind, change, line) in enumerate(WRONG_TYPES):
        crafted = _resign(scanned, log_file, change, rechain=False, name=f"wrong-{number}.jsonl")
        result = scanned.desk("log", "import", str(crafted))
        try:
            assert f"dòng {line})" in _refused(result)
        except AssertionError as failure:
            failures.append(f"{kind}: {failure}")
    assert not failures, "\n".join(failures)
    assert _desk_scans(scanned) == before


def test_a_log_changed_after_signing_or_unsigned_is_refused(scanned: Field) -> None:
    field = scanned
    log_file = _export(field)
    text = log_file.read_text(encoding="utf-8")
    before = _desk_scans(field)

    edited = field.tmp / "edited.jsonl"
    edited.write_text(text.replace('"allowed": false', '"allowed": true', 1), encoding="utf-8")
    assert "bị sửa" in _refused(field.desk("log", "import", str(edited)))

    header, rows, trailer = _lines(log_file)
    rows[1]["reason"] = "ok"
    body = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in [header, *rows])
    trailer["sha256"] = hashlib.sha256(body.encode()).hexdigest()  # digest fixed, signature not
    resigned = field.tmp / "digest-only.jsonl"
    resigned.write_text(body + json.dumps(trailer) + "\n", encoding="utf-8")
    assert "Chữ ký" in _refused(field.desk("log", "import", str(resigned)))

    truncated = field.tmp / "truncated.jsonl"
    truncated.write_text("".join(text.splitlines(keepends=True)[:-1]), encoding="utf-8")
    _refused(field.desk("log", "import", str(truncated)))

    desk_log = field.tmp / "desk-log.jsonl"
    desk_export = field.desk("--json", "log", "export", str(desk_log)).json()
    assert desk_export["signed"] is False
    assert "không có chữ ký" in _refused(field.desk("log", "import", str(desk_log)))

    legacy = field.tmp / "legacy.jsonl"
    legacy.write_text('{"format": "accred-scan-log/1"}\n', encoding="utf-8")
    assert "định dạng cũ" in _refused(field.desk("log", "import", str(legacy)))
    for junk in (b"", b"\xff\xfe\x00", b"{}\n{}\n", b"[" * 100_000 + b"\n{}\n"):
        (field.tmp / "junk.jsonl").write_bytes(junk)
        _refused(field.desk("log", "import", str(field.tmp / "junk.jsonl")))
    _refused(field.desk("log", "import", str(field.tmp / "missing.jsonl")))
    assert _desk_scans(field) == before


def test_the_desk_records_a_stations_key_on_first_use_and_refuses_another(
    scanned: Field,
) -> None:
    field = scanned
    name = field.station("--json", "station", "import", str(field.export()[0])).json()["station"]
    assert field.desk("log", "import", str(_export(field))).code == 0

    # another laptop set up under the same name has a key of its own
    impostor = dataclasses.replace(field, station_db=field.tmp / "impostor.sqlite")
    impostor.set_up_station("--name", name)
    assert impostor.scan_at_station(field.good["token"]).code == 0
    line = _refused(field.desk("log", "import", str(_export(impostor, "impostor.jsonl"))))
    assert name in line and "khóa khác" in line


def test_a_station_whose_scan_row_was_edited_cannot_hide_it(scanned: Field) -> None:
    field = scanned
    connection = sqlite3.connect(field.station_db)
    with connection:
        connection.execute(
            "UPDATE scan_log SET allowed = true, reason = 'ok' WHERE reason = 'revoked'"
        )
        edited_id = connection.execute("SELECT id FROM scan_log WHERE reason = 'ok'").fetchall()[1][
            0
        ]
    connection.close()
    station_db = open_database(str(field.station_db))
    try:
        with station_db.reading() as session:
            [chain] = verify_scan_chains(session)
    finally:
        station_db.dispose()
    assert (chain.ok, chain.bad_row_id, chain.problem) == (False, edited_id, "edited")
    message = _refused(field.desk("log", "import", str(_export(field))))
    assert "dòng 3" in message


def test_a_station_log_must_extend_what_the_desk_has(scanned: Field) -> None:
    field = scanned
    assert field.desk("log", "import", str(_export(field))).code == 0
    connection = sqlite3.connect(field.station_db)
    with (
        connection
    ):  # the last scan deleted at the station (its chain alone cannot show a tail cut)
        connection.execute("DELETE FROM scan_log WHERE id = (SELECT max(id) FROM scan_log)")
    connection.close()
    assert field.scan_at_station(field.good["token"], "--direction", "out").code == 0
    assert "không nối tiếp" in _refused(field.desk("log", "import", str(_export(field, "b.jsonl"))))


def test_a_future_scan_within_the_tolerance_is_kept(scanned: Field) -> None:
    field = scanned
    station_db = open_database(str(field.station_db))
    cp1 = Actor("cp1", Role.CHECKPOINT, officer_id=1)
    try:
        post = scanning.open_checkpoint(
            station_db, cp1, event_id=field.event, zone_code=None, unit_id=field.unit
        )
        soon = datetime.now(UTC) + timedelta(minutes=5)
        scanning.scan(station_db, cp1, post, field.gone["token"], Direction.IN, now=soon)
    finally:
        station_db.dispose()
    imported = field.desk("--json", "log", "import", str(_export(field))).json()
    assert (imported["added"], imported["skipped"]) == (4, 0)


def test_an_entry_with_a_pass_revoked_after_the_package_is_kept(scanned: Field) -> None:
    """The station could not know: the person is inside, and the desk must know it to let them out."""
    field = scanned
    assert field.desk("pass", "revoke", field.good["serial"], "--reason", "Vi phạm").code == 0
    assert field.scan_at_station(field.good["token"]).code == 0  # the station's package predates it
    imported = field.desk("--json", "log", "import", str(_export(field))).json()
    assert (imported["added"], imported["skipped"]) == (4, 0)
    let_out = field.desk(
        *("--json", "scan", "--event", str(field.event), "--unit", str(field.unit)),
        *("--direction", "out", field.good["token"]),
    )
    assert let_out.code == 0, let_out.out  # revoked, but inside: never trapped
