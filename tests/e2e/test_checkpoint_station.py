"""The checkpoint window's core at an offline station: freshness flips at the configured age, a
refresh keeps the station's scan log, and manual admissions and supervisor denials travel to the
desk in the signed log with their reasons, still chained."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from conftest import Field
from sqlalchemy import select

from accred_app.core.checkpoint import freshness
from accred_app.core.checkpoint.scan_chain import verify_scan_chains
from accred_app.core.database import open_database
from accred_app.core.models import ScanRecord
from accred_app.core.security.officers import authenticate
from accred_app.core.storage.db import Database

CHECKPOINT_PASSWORD = "mat-khau-kiem-soat-1"


def _station_rows(field: Field) -> list[tuple[Any, ...]]:
    station = open_database(str(field.station_db))
    try:
        with station.reading() as session:
            return [
                tuple(r)
                for r in session.execute(
                    select(
                        ScanRecord.scan_uid,
                        ScanRecord.method,
                        ScanRecord.reason,
                        ScanRecord.note,
                        ScanRecord.chain_hash,
                    ).order_by(ScanRecord.id)
                )
            ]
    finally:
        station.dispose()


def _with_station(field: Field) -> tuple[Database, Any]:
    station = open_database(str(field.station_db))
    return station, authenticate(station, "cp1", CHECKPOINT_PASSWORD)


def test_freshness_flips_at_the_configured_age(field: Field) -> None:
    desk = field.desk("--json", "station", "status").json()
    assert desk["is_station"] is False and desk["stale"] is False
    field.set_up_station()
    fresh = field.station("--json", "station", "status")
    assert fresh.code == 0, fresh.err
    status = fresh.json()
    assert status["is_station"] is True and status["stale"] is False
    assert status["stale_after_hours"] == 12

    station, cp1 = _with_station(field)
    try:
        state = freshness.station_freshness(station, cp1)
        created = state.package_created_at
        assert created is not None and created.isoformat() == status["package_created_at"]
        just_before = created + timedelta(hours=12) - timedelta(seconds=1)
        assert not freshness.station_freshness(station, cp1, now=just_before).stale
        stale = freshness.station_freshness(station, cp1, now=created + timedelta(hours=12))
        assert stale.stale
        message = stale.message("vi")
        assert message is not None and "thu hồi" in message and "12 giờ" in message
        assert "not known" in (stale.message("en") or "")
        # a station's officer sets a shorter age for this station; the audit trail keeps it
        assert freshness.set_stale_after_hours(station, cp1, 6) == 6
        six = created + timedelta(hours=6)
        assert not freshness.station_freshness(station, cp1, now=six - timedelta(seconds=1)).stale
        assert freshness.station_freshness(station, cp1, now=six).stale
        assert (
            freshness.station_freshness(station, cp1, now=six, stale_after=timedelta(hours=7)).stale
            is False
        )
    finally:
        station.dispose()
    shown = field.station("--json", "station", "stale-after").json()
    assert shown == {"stale_after_hours": 6}
    refused = field.station("station", "stale-after", "0")
    assert refused.code == 3 and "1 đến 720" in refused.err
    assert field.desk("station", "stale-after", "8").code == 0  # the desk's admin may too
    assert field.desk("--json", "station", "stale-after").json()["stale_after_hours"] == 8


def test_refreshing_the_package_keeps_the_stations_scan_log(field: Field) -> None:
    field.set_up_station()
    assert field.scan_at_station(field.good["token"]).code == 0
    assert field.scan_at_station(field.gone["token"]).code == 1
    before = _station_rows(field)
    first = field.station("--json", "station", "status").json()["package_created_at"]
    package, _ = field.export("refresh.json.gz")
    refreshed = field.station("--json", "station", "import", str(package))
    assert refreshed.code == 0, refreshed.err
    assert _station_rows(field) == before  # nothing of the log is touched
    status = field.station("--json", "station", "status").json()
    assert status["package_created_at"] > first and status["stale"] is False
    # the log carries on from where it was, on the same chain
    assert field.scan_at_station(field.good["token"], "--direction", "out").code == 0
    station, _ = _with_station(field)
    try:
        with station.reading() as session:
            (chain,) = verify_scan_chains(session)
    finally:
        station.dispose()
    assert chain.ok and chain.rows == 3


def test_manual_admissions_and_denials_travel_to_the_desk(field: Field) -> None:
    field.set_up_station()
    admitted = field.station(
        "--json",
        "scan",
        "--event",
        str(field.event),
        "--zone",
        "A",
        "--unit",
        str(field.unit),
        "--manual",
        field.good["serial"],
        "--reason",
        "Thẻ bị ướt",
    )
    assert admitted.code == 0, admitted.err
    entry = admitted.json()
    assert (entry["method"], entry["note"]) == ("manual", "Thẻ bị ướt")
    denied = field.station(
        "--json",
        "scan",
        "--event",
        str(field.event),
        "--unit",
        str(field.unit),
        "--deny",
        entry["scan_uid"],
        "--reason",
        "Không khớp ảnh",
    )
    assert denied.code == 0, denied.err
    denial = denied.json()
    assert (denial["method"], denial["reason"], denial["overrides"]) == (
        "override",
        "supervisor_denied",
        entry["scan_uid"],
    )
    log_file = field.tmp / "station-log.jsonl"
    assert field.station("log", "export", str(log_file)).code == 0
    imported = field.desk("--json", "log", "import", str(log_file))
    assert imported.code == 0, imported.err
    assert (imported.json()["added"], imported.json()["skipped"]) == (2, 0)
    with field.db.reading() as session:
        rows = [
            tuple(r)
            for r in session.execute(
                select(
                    ScanRecord.scan_uid,
                    ScanRecord.method,
                    ScanRecord.note,
                    ScanRecord.overrides_uid,
                ).order_by(ScanRecord.id)
            )
        ]
    assert rows == [
        (entry["scan_uid"], "manual", "Thẻ bị ướt", None),
        (denial["scan_uid"], "override", "Không khớp ảnh", entry["scan_uid"]),
    ]
    verified = field.desk("--json", "audit", "verify")
    assert verified.code == 0, verified.err
    # at the desk too, the person turned back is not inside: the holder may come in
    again = field.desk(
        "--json",
        "scan",
        "--event",
        str(field.event),
        "--zone",
        "A",
        "--unit",
        str(field.unit),
        field.good["token"],
    )
    assert again.code == 0, again.out
    listed = field.desk("--json", "access", "list", "--event", str(field.event)).json()["rows"]
    methods = {row["id"]: (row["method"], row["notes"]) for row in listed}
    assert ("override", "Không khớp ảnh") in methods.values()
    assert ("manual", "Thẻ bị ướt") in methods.values()
