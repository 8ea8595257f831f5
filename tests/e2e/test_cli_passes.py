"""The ``accred`` pass, scan, keys, station and log commands end to end (in-process).

The registry is seeded through the services; the commands under test run through the CLI. Events are
dated around today (computed, so the tests do not rot), hence scans of fresh passes are allowed.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from accred_app.core.models import FieldPass, ScanRecord, SigningKeyRecord
from accred_app.core.registry import agencies, events, reporters, units

TODAY = date.today()
FAR = TODAY + timedelta(days=3650)
SERIAL = re.compile(r"^TH-\d{4}-\d{6}$")
CHECKPOINT_PASSWORD = "mat-khau-kiem-soat-1"


@dataclass(frozen=True)
class Desk:
    unit: int
    agency: int
    other_agency: int
    event: int
    other_event: int
    anh: int  # active, long-valid press card
    binh: int  # active
    cuong: int  # press card expires before the event ends
    dung: int  # suspended
    event_start: date
    event_end: date


@pytest.fixture
def desk(db: Any, admin: Any) -> Desk:
    unit = units.add_unit(db, admin, name="Phòng Tham mưu", code="PV01")
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    other_agency = agencies.add_agency(db, admin, name="Báo Công an Nhân dân", kind="print")
    start, end = TODAY - timedelta(days=1), TODAY + timedelta(days=3)
    event = events.add_event(
        db,
        admin,
        name="Đại hội Đảng bộ tỉnh",
        kind="event",
        start=start,
        end=end,
        organising_unit_id=unit,
        zones=[events.ZoneSpec("A", "Hội trường"), events.ZoneSpec("B", "Phòng báo chí")],
    )
    other_event = events.add_event(
        db,
        admin,
        name="Lễ hội Lam Kinh",
        kind="event",
        start=start,
        end=end,
        zones=[events.ZoneSpec("A", "Sân lễ")],
    )

    def reporter(name: str, card: str, expiry: date, agency_id: int = agency) -> int:
        return reporters.add_reporter(
            db, admin, full_name=name, agency_id=agency_id, card_no=card, card_expiry=expiry
        )

    anh = reporter("Nguyễn Thị Ánh", "TH0001", FAR)
    binh = reporter("Trần Văn Bình", "TH0002", FAR)
    cuong = reporter("Lê Văn Cường", "TH0003", TODAY + timedelta(days=1))
    dung = reporter("Phạm Thị Dung", "CAND0004", FAR, other_agency)
    reporters.set_status(db, admin, dung, "suspended", "Vi phạm quy chế")
    return Desk(unit, agency, other_agency, event, other_event, anh, binh, cuong, dung, start, end)


def _ok(result: Any) -> Any:
    assert result.code == 0, (result.code, result.out, result.err)
    return result


def _error(result: Any) -> str:
    assert result.code == 3, (result.code, result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.err, result.err
    return lines[0]


def _issue(run_cli: Any, reporter: int, event: int, *extra: str, **kwargs: Any) -> dict[str, Any]:
    result = run_cli(
        "--json",
        "pass",
        "issue",
        "--reporter",
        str(reporter),
        "--event",
        str(event),
        *extra,
        **kwargs,
    )
    return dict(_ok(result).json())


def _scan(
    run_cli: Any, desk: Desk, token: str, *extra: str, event: int | None = None, **kwargs: Any
) -> Any:
    return run_cli(
        "--json",
        "scan",
        "--event",
        str(event or desk.event),
        "--unit",
        str(desk.unit),
        *extra,
        token,
        **kwargs,
    )


# --- issuing ---------------------------------------------------------------------------------


def test_issue_prints_serial_and_json(run_cli: Any, desk: Desk) -> None:
    human = _ok(run_cli("pass", "issue", "--reporter", str(desk.anh), "--event", str(desk.event)))
    first_serial = human.out.strip()
    assert SERIAL.match(first_serial), human.out

    issued = _issue(run_cli, desk.binh, desk.event, "--zone", "b")
    assert SERIAL.match(issued["serial"])
    assert issued["serial"] > first_serial  # numbered in one series
    assert issued["token"].isdigit()
    assert issued["zones"] == ["B"]
    assert issued["reporter_id"] == desk.binh
    assert issued["event_id"] == desk.event
    assert issued["status"] == "issued"
    # default validity: the event's days, in Vietnam time
    assert issued["valid_from"].startswith(desk.event_start.isoformat())
    assert issued["valid_from"].endswith("+07:00")

    shown = _ok(run_cli("--json", "pass", "show", first_serial)).json()
    assert shown["zones"] == ["A", "B"]  # default: every zone


def test_issue_with_from_to(run_cli: Any, desk: Desk) -> None:
    first, last = TODAY, TODAY + timedelta(days=1)
    issued = _issue(
        run_cli,
        desk.anh,
        desk.event,
        "--from",
        first.isoformat(),
        "--to",
        last.strftime("%d/%m/%Y"),
    )
    assert issued["valid_from"].startswith(first.isoformat())
    assert date.fromisoformat(issued["valid_to"][:10]) in (last, last + timedelta(days=1))
    _error(
        run_cli(
            *("pass", "issue", "--reporter", str(desk.binh), "--event", str(desk.event)),
            *("--from", TODAY.isoformat(), "--to", (TODAY - timedelta(days=1)).isoformat()),
        )
    )


def test_issue_refusals(run_cli: Any, desk: Desk) -> None:
    base = ("pass", "issue", "--event", str(desk.event), "--reporter")
    line = _error(run_cli(*base, str(desk.dung)))
    assert "Phạm Thị Dung" in line and "Vi phạm quy chế" in line

    line = _error(run_cli(*base, str(desk.cuong)))
    assert "--override-card" in line
    overridden = _issue(
        run_cli, desk.cuong, desk.event, "--override-card", "Giấy xác nhận của tòa soạn"
    )
    shown = _ok(run_cli("--json", "pass", "show", overridden["serial"])).json()
    assert shown["card_override_reason"] == "Giấy xác nhận của tòa soạn"

    first = _issue(run_cli, desk.anh, desk.event)
    line = _error(run_cli(*base, str(desk.anh)))
    assert first["serial"] in line
    # … but the same reporter may hold a pass for another event
    _issue(run_cli, desk.anh, desk.other_event)

    _error(run_cli(*base, str(desk.binh), "--zone", "Z"))  # no such zone
    _error(run_cli(*base, "999"))  # no such reporter
    _error(run_cli("pass", "issue", "--reporter", str(desk.binh), "--event", "999"))
    assert run_cli(*base, "abc").code == 2
    assert run_cli("pass", "issue", "--reporter", str(desk.binh)).code == 2

    english = run_cli("--lang", "en", *base, str(desk.dung))
    assert _error(english).startswith("Refused")


def test_issue_batch_by_agency_skips_ineligible(run_cli: Any, desk: Desk) -> None:
    already = _issue(run_cli, desk.anh, desk.event)
    result = _ok(
        run_cli(
            "--json",
            "pass",
            "issue-batch",
            "--event",
            str(desk.event),
            "--agency",
            str(desk.agency),
        )
    ).json()
    assert [p["reporter_id"] for p in result["issued"]] == [desk.binh]
    skipped = {s["reporter_id"]: s for s in result["skipped"]}
    assert skipped[desk.anh]["reason"] == "already_has_pass"
    assert already["serial"] in skipped[desk.anh]["message"]
    assert skipped[desk.cuong]["reason"] == "press_card_expires"
    assert set(skipped) == {desk.anh, desk.cuong}

    human = run_cli(
        "pass", "issue-batch", "--event", str(desk.other_event), "--agency", str(desk.agency)
    )
    assert human.code == 0, human.err
    assert "Lê Văn Cường" in human.err  # the skipped reporter is named on stderr


def test_issue_batch_dry_run_override_and_an_earlier_events_reporters(
    run_cli: Any, desk: Desk
) -> None:
    base = ("pass", "issue-batch", "--event", str(desk.event))
    dry = _ok(run_cli("--json", *base, "--agency", str(desk.agency), "--dry-run")).json()
    assert dry["dry_run"] is True and dry["issued"] == []
    assert [e["reporter_id"] for e in dry["eligible"]] == [desk.anh, desk.binh]
    assert [(s["reporter_id"], s["reason"]) for s in dry["skipped"]] == [
        (desk.cuong, "press_card_expires")
    ]
    assert _ok(run_cli("--json", "pass", "list")).json() == []  # nothing issued
    human = _ok(run_cli(*base, "--agency", str(desk.agency), "--dry-run"))
    assert "Lê Văn Cường" in human.out and human.err == ""
    _error(run_cli(*base, "--agency", str(desk.agency), "--override-card", " "))
    result = _ok(
        run_cli(
            "--json", *base, "--agency", str(desk.agency), "--override-card", "Thẻ mới đang cấp"
        )
    ).json()
    reasons = {p["reporter_id"]: p["card_override_reason"] for p in result["issued"]}
    assert reasons == {desk.anh: None, desk.binh: None, desk.cuong: "Thẻ mới đang cấp"}
    again = _ok(
        run_cli(
            "--json", "pass", "issue-batch", "--event", str(desk.other_event),
            "--from-event", str(desk.event), "--dry-run",
        )
    ).json()  # fmt: skip
    assert [e["reporter_id"] for e in again["eligible"]] == [desk.anh, desk.binh]
    assert again["skipped"][0]["reporter_id"] == desk.cuong


def test_issue_batch_by_list_and_strict(run_cli: Any, desk: Desk) -> None:
    ids = f"{desk.anh},{desk.dung},{desk.binh}"
    strict = run_cli(
        "pass", "issue-batch", "--event", str(desk.event), "--reporters", ids, "--strict"
    )
    _error(strict)
    assert _ok(run_cli("--json", "pass", "list")).json() == []  # nothing issued

    result = _ok(
        run_cli(
            *("--json", "pass", "issue-batch", "--event", str(desk.event)),
            *("--reporters", ids, "--zone", "A"),
        )
    ).json()
    assert sorted(p["reporter_id"] for p in result["issued"]) == sorted([desk.anh, desk.binh])
    assert all(p["zones"] == ["A"] for p in result["issued"])
    assert [(s["reporter_id"], s["reason"]) for s in result["skipped"]] == [
        (desk.dung, "reporter_not_active")
    ]
    assert (
        run_cli("pass", "issue-batch", "--event", str(desk.event), "--reporters", "1,x").code == 2
    )
    assert run_cli("pass", "issue-batch", "--event", str(desk.event)).code == 2
    _error(run_cli("pass", "issue-batch", "--event", str(desk.event), "--reporters", "999"))


def test_pass_list_show_and_revoke(run_cli: Any, desk: Desk) -> None:
    a = _issue(run_cli, desk.anh, desk.event)
    b = _issue(run_cli, desk.binh, desk.event)
    c = _issue(run_cli, desk.anh, desk.other_event)

    listed = _ok(run_cli("--json", "pass", "list", "--event", str(desk.event))).json()
    assert [p["serial"] for p in listed] == [a["serial"], b["serial"]]
    assert len(_ok(run_cli("--json", "pass", "list")).json()) == 3

    shown = _ok(run_cli("--json", "pass", "show", c["serial"].lower())).json()
    assert {
        "serial",
        "status",
        "token",
        "reporter_id",
        "event_id",
        "zones",
        "valid_from",
        "valid_to",
    } <= set(shown)
    assert shown["token"] == c["token"]
    assert shown["event_id"] == desk.other_event

    assert run_cli("pass", "revoke", b["serial"]).code == 2  # --reason is required
    revoked = _ok(run_cli("--json", "pass", "revoke", b["serial"], "--reason", "Mất thẻ")).json()
    assert revoked["status"] == "revoked"
    assert revoked["revoke_reason"] == "Mất thẻ"
    assert revoked["revoked_by"] == "admin"
    assert _ok(run_cli("--json", "pass", "show", b["serial"])).json()["status"] == "revoked"
    assert b["serial"] in _error(run_cli("pass", "revoke", b["serial"], "--reason", "Lần nữa"))
    _error(run_cli("pass", "revoke", b["serial"], "--reason", "   "))

    by_status = _ok(run_cli("--json", "pass", "list", "--status", "revoked")).json()
    assert [p["serial"] for p in by_status] == [b["serial"]]
    issued = _ok(
        run_cli("--json", "pass", "list", "--status", "issued", "--event", str(desk.event))
    ).json()
    assert [p["serial"] for p in issued] == [a["serial"]]
    assert run_cli("pass", "list", "--status", "lost").code == 2
    _error(run_cli("pass", "show", "TH-2000-999999"))
    # a revoked pass no longer blocks a new one for the same event
    _issue(run_cli, desk.binh, desk.event)

    human = _ok(run_cli("pass", "show", b["serial"])).out
    assert "Mất thẻ" in human and "Trần Văn Bình" in human


def test_the_32nd_zone_is_the_tokens_top_bit(run_cli: Any, desk: Desk, tmp_path: Path) -> None:
    """Slot 31 makes the zone mask 2**31 and more: past a signed 32-bit column (PostgreSQL)."""
    zones = [f"--zone=Z{slot}:Khu {slot}" for slot in range(32)]
    start, end = desk.event_start.isoformat(), desk.event_end.isoformat()
    event = int(
        _ok(
            run_cli(
                "event",
                "add",
                "--name",
                "Hội chợ",
                "--kind",
                "event",
                "--start",
                start,
                "--end",
                end,
                *zones,
            )
        ).out.strip()
    )
    top = _issue(run_cli, desk.anh, event, "--zone", "Z31")
    assert top["zones"] == ["Z31"]
    every = _issue(run_cli, desk.binh, event)
    assert len(every["zones"]) == 32
    assert _ok(run_cli("--json", "pass", "show", every["serial"])).json()["zones"][-1] == "Z31"
    for token in (top["token"], every["token"]):
        assert _scan(run_cli, desk, token, "--zone", "Z31", event=event).json()["allowed"] is True
    assert _scan(run_cli, desk, top["token"], "--zone", "Z30", event=event).code == 1
    _ok(run_cli("pass", "print", top["serial"], every["serial"], "-o", str(tmp_path / "p.pdf")))
    _ok(run_cli("station", "export", "--event", str(event), str(tmp_path / "station.json.gz")))


# --- scanning --------------------------------------------------------------------------------


def test_scan_allowed_and_anti_passback(run_cli: Any, desk: Desk) -> None:
    token = _issue(run_cli, desk.anh, desk.event)["token"]
    entry = _scan(run_cli, desk, token)
    assert entry.code == 0, entry.err
    verdict = entry.json()
    assert {"allowed", "reason", "message", "serial", "reporter"} <= set(verdict)
    assert verdict["allowed"] is True and verdict["reason"] == "ok"
    assert verdict["reporter"]["name"] == "Nguyễn Thị Ánh"
    assert verdict["reporter"]["agency"] == "Báo Thanh Hóa"
    assert SERIAL.match(verdict["serial"])

    again = _scan(run_cli, desk, token)
    assert again.code == 1
    assert again.json()["reason"] == "already_inside"

    out = _scan(run_cli, desk, token, "--direction", "out")
    assert out.code == 0 and out.json()["allowed"] is True
    out_again = _scan(run_cli, desk, token, "--direction", "out")
    assert out_again.code == 1 and out_again.json()["reason"] == "not_inside"

    # presence is per zone: entering zone A is independent of the outer gate
    assert _scan(run_cli, desk, token, "--zone", "A").code == 0

    human = run_cli("scan", "--event", str(desk.event), "--unit", str(desk.unit), token)
    assert human.code == 0, human.err
    assert "CHO QUA" in human.out and "Nguyễn Thị Ánh" in human.out


def test_scan_exit_without_entry_is_not_inside(run_cli: Any, desk: Desk) -> None:
    token = _issue(run_cli, desk.anh, desk.event)["token"]
    result = _scan(run_cli, desk, token, "--direction", "out")
    assert result.code == 1 and result.json()["reason"] == "not_inside"


def test_scan_denials(run_cli: Any, desk: Desk, db: Any, admin: Any) -> None:
    zone_b_only = _issue(run_cli, desk.anh, desk.event, "--zone", "B")["token"]
    wrong_zone = _scan(run_cli, desk, zone_b_only, "--zone", "A")
    assert wrong_zone.code == 1
    assert wrong_zone.json()["reason"] == "wrong_zone"
    assert wrong_zone.json()["reporter"]["name"] == "Nguyễn Thị Ánh"  # authentic: shows who
    assert _scan(run_cli, desk, zone_b_only, "--zone", "B").code == 0

    wrong_event = _scan(run_cli, desk, zone_b_only, event=desk.other_event)
    assert wrong_event.code == 1 and wrong_event.json()["reason"] == "wrong_event"

    to_revoke = _issue(run_cli, desk.binh, desk.event)
    _ok(run_cli("pass", "revoke", to_revoke["serial"], "--reason", "Mất thẻ"))
    revoked = _scan(run_cli, desk, to_revoke["token"])
    assert revoked.code == 1 and revoked.json()["reason"] == "revoked"
    assert revoked.json()["serial"] == to_revoke["serial"]

    later = _issue(run_cli, desk.cuong, desk.event, "--override-card", "Đã gia hạn")["token"]
    _ok(
        run_cli(
            "reporter", "update", str(desk.cuong), "--status", "suspended", "--reason", "Vi phạm"
        )
    )
    suspended = _scan(run_cli, desk, later)
    assert suspended.code == 1 and suspended.json()["reason"] == "reporter_suspended"

    tampered = zone_b_only[:-10] + str((int(zone_b_only[-10]) + 1) % 10) + zone_b_only[-9:]
    forged = _scan(run_cli, desk, tampered)
    assert forged.code == 1
    assert forged.json()["reason"] in ("forged", "malformed")
    assert forged.json()["reporter"] is None  # nothing from a forged token is trusted
    middle = len(zone_b_only) // 2
    tampered = (
        zone_b_only[:middle] + str((int(zone_b_only[middle]) + 3) % 10) + zone_b_only[middle + 1 :]
    )
    assert _scan(run_cli, desk, tampered).json()["reason"] in ("forged", "malformed", "unknown_key")

    letters = _scan(run_cli, desk, "ABCDEF")
    assert letters.code == 1 and letters.json()["reason"] == "not_digits"
    short = _scan(run_cli, desk, "12345")
    assert short.code == 1 and short.json()["reason"] == "malformed"

    english = run_cli(
        "--lang", "en", "scan", "--event", str(desk.event), "--unit", str(desk.unit), "xyz"
    )
    assert english.code == 1 and "DENIED" in english.out

    # every scan was logged, allowed or not
    with db.reading() as session:
        logged = session.execute(select(func.count()).select_from(ScanRecord)).scalar_one()
    assert logged == 10

    # checkpoint set-up errors are exit 3, not a denial
    _error(_scan(run_cli, desk, zone_b_only, "--zone", "Q"))
    _error(run_cli("scan", "--event", str(desk.event), "--unit", "999", zone_b_only))
    assert run_cli("scan", "--event", str(desk.event), zone_b_only).code == 2


def test_scan_tokens_from_stdin(run_cli: Any, desk: Desk) -> None:
    good = _issue(run_cli, desk.anh, desk.event)["token"]
    other = _issue(run_cli, desk.binh, desk.event)["token"]
    result = _scan(run_cli, desk, "-", stdin=f"{good}\n\n{other}\nABC\n{good}\n")
    assert result.code == 1  # at least one denied
    lines = [json.loads(line) for line in result.out.splitlines()]
    assert [(v["allowed"], v["reason"]) for v in lines] == [
        (True, "ok"),
        (True, "ok"),
        (False, "not_digits"),
        (False, "already_inside"),
    ]
    all_out = _scan(run_cli, desk, "-", "--direction", "out", stdin=f"{good}\n{other}\n")
    assert all_out.code == 0
    assert len(all_out.out.splitlines()) == 2


# --- keys ------------------------------------------------------------------------------------


def test_keys_rotate_and_export_public(run_cli: Any, desk: Desk, db: Any, tmp_path: Path) -> None:
    old = _issue(run_cli, desk.anh, desk.event)
    keys_before = _ok(run_cli("--json", "keys", "list")).json()
    assert len(keys_before) == 1 and keys_before[0]["signing"] is True

    rotated = _ok(run_cli("--json", "keys", "rotate")).json()
    new_key = rotated["key_id"]
    assert new_key != keys_before[0]["key_id"]
    listed = {k["key_id"]: k for k in _ok(run_cli("--json", "keys", "list")).json()}
    assert listed[new_key]["signing"] is True
    assert listed[keys_before[0]["key_id"]]["signing"] is False

    new = _issue(run_cli, desk.binh, desk.event)
    with db.reading() as session:
        key_of = {
            serial: key_id
            for serial, key_id in session.execute(select(FieldPass.serial, FieldPass.key_id))
        }
        private_keys = [
            bytes(r).hex()
            for r in session.execute(select(SigningKeyRecord.private_key)).scalars()
            if r is not None
        ]
    assert key_of[new["serial"]] == new_key
    assert key_of[old["serial"]] == keys_before[0]["key_id"]
    assert _scan(run_cli, desk, old["token"]).code == 0  # old passes keep verifying
    assert _scan(run_cli, desk, new["token"]).code == 0

    exported = tmp_path / "public-keys.json"
    result = _ok(run_cli("--json", "keys", "export-public", str(exported))).json()
    assert result["keys"] == 2
    text = exported.read_text(encoding="utf-8")
    document = json.loads(text)
    assert sorted(k["key_id"] for k in document["keys"]) == sorted(listed)
    assert "private" not in text.lower()
    assert len(private_keys) == 2
    for private in private_keys:
        assert private not in text


# --- stations and the scan log ---------------------------------------------------------------


def test_station_round_trip(run_cli: Any, desk: Desk, db: Any, tmp_path: Path) -> None:
    password_file = tmp_path / "cp1-password"
    password_file.write_text(CHECKPOINT_PASSWORD, encoding="utf-8")
    _ok(
        run_cli(
            *("officer", "add", "--username", "cp1", "--name", "Hoàng Văn Gác"),
            *("--role", "checkpoint", "--unit", str(desk.unit)),
            *("--password-file", str(password_file)),
        )
    )
    good = _issue(run_cli, desk.anh, desk.event)
    gone = _issue(run_cli, desk.binh, desk.event)
    _ok(run_cli("pass", "revoke", gone["serial"], "--reason", "Mất thẻ"))
    _issue(run_cli, desk.anh, desk.other_event)  # not in this event's package

    package = tmp_path / "station.json.gz"
    summary = _ok(
        run_cli("--json", "station", "export", "--event", str(desk.event), str(package))
    ).json()
    assert (summary["passes"], summary["revoked"], summary["officers"]) == (2, 1, 1)

    raw = gzip.decompress(package.read_bytes()).decode("utf-8")
    document = json.loads(raw.partition("\n")[2])  # after the signatures' header line
    assert "private" not in raw.lower()
    with db.reading() as session:
        private = session.execute(select(SigningKeyRecord.private_key)).scalars().one()
    assert bytes(private).hex() not in raw
    assert all(set(k) == {"key_id", "public_key"} for k in document["public_keys"]["keys"])
    assert {p["serial"] for p in document["passes"]} == {good["serial"], gone["serial"]}

    # a station package is never loaded into the desk database (it holds the signing key)
    _error(run_cli("station", "import", str(package), user=None))

    station = tmp_path / "station.sqlite"
    imported = run_cli(
        *("--db", str(station), "--json", "station", "import", str(package)),
        *("--fingerprint", summary["fingerprint"]),
        user=None,
    )
    assert _ok(imported).json()["passes"] == 2

    def station_scan(token: str, *extra: str) -> Any:
        return run_cli(
            *("--db", str(station), "--json", "scan", "--event", str(desk.event)),
            *("--unit", str(desk.unit), *extra, token),
            user="cp1",
            password=CHECKPOINT_PASSWORD,
        )

    allowed = station_scan(good["token"])
    assert allowed.code == 0, allowed.err
    assert allowed.json()["reporter"]["name"] == "Nguyễn Thị Ánh"
    denied = station_scan(gone["token"])
    assert denied.code == 1 and denied.json()["reason"] == "revoked"
    assert station_scan(good["token"], "--direction", "out").code == 0
    # the station cannot issue: it has no signing key, and its admin does not exist
    _error(
        run_cli("--db", str(station), "pass", "issue", "--reporter", str(desk.anh), "--event", "1")
    )

    log_file = tmp_path / "station-log.jsonl"
    exported = run_cli(
        *("--db", str(station), "--json", "log", "export", str(log_file)),
        user="cp1",
        password=CHECKPOINT_PASSWORD,
    )
    assert _ok(exported).json()["scans"] == 3

    with db.reading() as session:
        before = session.execute(select(func.count()).select_from(ScanRecord)).scalar_one()
    first = _ok(run_cli("--json", "log", "import", str(log_file))).json()
    assert (first["read"], first["added"], first["already_present"]) == (3, 3, 0)
    second = _ok(run_cli("--json", "log", "import", str(log_file))).json()
    assert (second["added"], second["already_present"]) == (0, 3)
    with db.reading() as session:
        after = session.execute(select(func.count()).select_from(ScanRecord)).scalar_one()
    assert after == before + 3

    # the merged log keeps presence: at the desk the pass is now outside again, so it may enter
    assert _scan(run_cli, desk, good["token"]).code == 0

    logged = _ok(run_cli("--json", "log", "list", "--event", str(desk.event))).json()
    station_rows = [r for r in logged if r["officer"] == "cp1"]
    assert len(station_rows) == 3
    assert {r["reason"] for r in station_rows} == {"ok", "revoked"}
    assert all(r["station"] and r["station"] != "desk" for r in station_rows)
    assert len(_ok(run_cli("--json", "log", "list", "--limit", "2")).json()) == 2
    assert "cp1" in _ok(run_cli("log", "list")).out
