"""What a checkpoint station trusts: signed packages, pinned keys, refresh rules, bounded input.

Every attack of issue 8 is replayed through the ``accred`` command: a crafted package adding its
own key, replacing a checkpoint officer's password hash, adding an officer, un-revoking a pass, an
older package, a gzip bomb, and a corpus of malformed packages that must each end in exit 3 with
one line, no SQL text, and nothing written.
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import io
import json
import sqlite3
import sys
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from station_field import SECOND_CHECKPOINT_PASSWORD, Field, read_package

from accred_app.core.checkpoint import packages
from accred_app.core.checkpoint.packages import seal_package
from accred_app.core.errors import ValidationError
from accred_app.core.passes.tokens import (
    PassClaims,
    generate_signing_key,
    issue_token,
    validity_for_days,
)

SQL_WORDS = (
    "SELECT ",
    "INSERT ",
    "UPDATE ",
    "sqlite3",
    "IntegrityError",
    "constraint",
    "[SQL",
    "Traceback",
)


def _refused(result: Any) -> str:
    assert result.code == 3, (result.code, result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert not any(word in result.err for word in SQL_WORDS), result.err
    return lines[0]


def _count(path: Path, table: str) -> int:
    if not path.exists():
        return 0
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.OperationalError:  # no such table: nothing was written
        return 0
    finally:
        connection.close()


def _nothing_written(field: Field) -> None:
    for table in ("station_identity", "passes", "officers", "signing_keys", "events"):
        assert _count(field.station_db, table) == 0, table


# --- the desk shows what to confirm -----------------------------------------------------------


def test_export_shows_the_signing_key_fingerprint(field: Field) -> None:
    exported = field.exported
    assert {"event_id", "event", "passes", "revoked", "reporters", "officers", "keys"} <= set(
        exported
    )
    [key] = field.desk_keys()
    assert exported["key_id"] == key.key_id.hex()
    assert exported["fingerprint"] == hashlib.sha256(key.public_bytes).hexdigest()
    assert (exported["passes"], exported["revoked"], exported["officers"]) == (2, 1, 2)
    text = field.desk("station", "export", "--event", str(field.event), str(field.tmp / "p.gz"))
    assert text.code == 0
    grouped = " ".join(exported["fingerprint"][i : i + 4] for i in range(0, 64, 4))
    assert grouped in text.out

    header, payload = read_package(field.package)
    assert header["format"] == payload["format"] == "accred-station/2"
    assert [s["key_id"] for s in header["signatures"]] == [key.key_id.hex()]
    assert "private" not in json.dumps(payload).lower()
    assert key.private_bytes.hex() not in gzip.decompress(field.package.read_bytes()).decode()


# --- first import: pin only what the officer confirmed --------------------------------------


def test_first_import_without_confirmation_writes_nothing(field: Field) -> None:
    line = _refused(field.station("station", "import", str(field.package), user=None))
    assert field.exported["fingerprint"][:4] in line and "--fingerprint" in line
    _nothing_written(field)


def test_first_import_with_a_wrong_or_malformed_fingerprint_writes_nothing(field: Field) -> None:
    other = hashlib.sha256(b"another desk").hexdigest()
    for fingerprint in (other, "abc", "zz" * 32):
        _refused(
            field.station(
                "station", "import", str(field.package), "--fingerprint", fingerprint, user=None
            )
        )
    _nothing_written(field)


def test_first_import_with_the_confirmed_fingerprint(field: Field) -> None:
    spaced = " ".join(field.exported["fingerprint"][i : i + 4] for i in range(0, 64, 4))
    result = field.station(
        "--json",
        "station",
        "import",
        str(field.package),
        "--fingerprint",
        spaced.upper(),
        user=None,
    )
    assert result.code == 0, result.err
    imported = result.json()
    assert imported["first_import"] is True
    assert imported["newly_pinned"] == [field.exported["key_id"]]
    assert imported["trusted_signatures"] == [field.exported["key_id"]]
    assert imported["station"].startswith(f"station-{field.event}-")
    assert len(imported["log_key_fingerprint"]) == 64
    assert (imported["passes"], imported["officers"]) == (2, 2)
    assert field.scan_at_station(field.good["token"]).code == 0
    assert field.scan_at_station(field.gone["token"]).json()["reason"] == "revoked"
    connection = sqlite3.connect(field.station_db)
    try:
        [private] = connection.execute("SELECT private_key FROM station_identity").fetchone()
        trail = connection.execute("SELECT entity, changes FROM audit_log").fetchall()
    finally:
        connection.close()
    assert "station_identity" in {entity for entity, _ in trail}  # the set-up is audited...
    changes = " ".join(text for _, text in trail)
    assert bytes(private).hex() not in changes and "$argon2id$" not in changes  # ...not its secrets


@pytest.mark.parametrize("answer", ["có\n", "không\n"])
def test_first_import_asks_at_a_terminal(
    field: Field, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal(answer))
    result = field.station("station", "import", str(field.package), user=None)
    grouped = " ".join(field.exported["fingerprint"][i : i + 4] for i in range(0, 64, 4))
    assert grouped in result.err  # shown before the question
    if answer.startswith("có"):
        assert result.code == 0, result.err
        assert _count(field.station_db, "station_identity") == 1
    else:
        assert result.code == 3
        _nothing_written(field)


def test_first_import_from_the_desks_public_key_file(field: Field) -> None:
    keys_file = field.tmp / "desk-keys.json"
    assert field.desk("keys", "export-public", str(keys_file)).code == 0
    stranger = field.tmp / "stranger-keys.json"
    key = generate_signing_key()
    stranger.write_text(
        json.dumps(
            {
                "format": "accred-public-keys/1",
                "keys": [{"key_id": key.key_id.hex(), "public_key": key.public_bytes.hex()}],
            }
        ),
        encoding="utf-8",
    )
    _refused(
        field.station(
            "station", "import", str(field.package), "--trust-keys", str(stranger), user=None
        )
    )
    _nothing_written(field)
    ok = field.station(
        "--json", "station", "import", str(field.package), "--trust-keys", str(keys_file), user=None
    )
    assert ok.code == 0, ok.err
    assert ok.json()["first_import"] is True


def test_a_station_package_never_goes_into_the_desk(field: Field) -> None:
    line = _refused(
        field.desk(
            "station", "import", str(field.package), "--fingerprint", field.exported["fingerprint"]
        )
    )
    assert "bàn cấp thẻ" in line


# --- refreshing ---------------------------------------------------------------------------------


def test_refresh_needs_a_signed_in_checkpoint_officer_of_the_station(field: Field) -> None:
    field.set_up_station()
    refresh, _ = field.export()
    _refused(field.station("station", "import", str(refresh), user=None))
    _refused(field.station("station", "import", str(refresh), password="sai-mat-khau-1"))
    result = field.station("--json", "station", "import", str(refresh))
    assert result.code == 0, result.err
    assert result.json()["first_import"] is False


def test_refresh_carries_disabled_officers_revocations_and_password_changes(
    field: Field,
) -> None:
    field.set_up_station()
    assert field.desk("officer", "disable", "cp2").code == 0
    assert field.desk("pass", "revoke", field.good["serial"], "--reason", "Vi phạm").code == 0
    new_password = field.tmp / "cp1-new"
    new_password.write_text("mat-khau-moi-cp1", encoding="utf-8")
    assert field.desk("officer", "password", "cp1", "--password-file", str(new_password)).code == 0
    refresh, exported = field.export()
    assert exported["officers_disabled"] == 1

    result = field.station("--json", "station", "import", str(refresh)).json()
    assert (result["officers_disabled_now"], result["passwords_changed"]) == (1, 1)
    # cp2 was disabled at the desk: disabled here too
    _refused(
        field.station(
            "station", "import", str(refresh), user="cp2", password=SECOND_CHECKPOINT_PASSWORD
        )
    )
    denied = field.scan_at_station(field.good["token"])  # cp1's old password no longer works
    assert denied.code == 3
    revoked = field.station(
        "--json",
        "scan",
        "--event",
        str(field.event),
        "--unit",
        str(field.unit),
        field.good["token"],
        password="mat-khau-moi-cp1",
    )
    assert revoked.code == 1 and revoked.json()["reason"] == "revoked"


def test_after_key_rotation_a_station_pinned_on_the_old_key_follows(field: Field) -> None:
    field.set_up_station()
    rotated = field.desk("--json", "keys", "rotate")
    assert rotated.code == 0
    new_key_id = rotated.json()["key_id"]
    fresh = field.desk(
        "--json", "pass", "issue", "--reporter", str(field.binh), "--event", str(field.event)
    ).json()
    refresh, exported = field.export()
    assert exported["key_id"] == new_key_id
    header, _ = read_package(refresh)
    assert len(header["signatures"]) == 2  # every key the desk holds signs

    result = field.station("--json", "station", "import", str(refresh))
    assert result.code == 0, result.err
    assert result.json()["newly_pinned"] == [new_key_id]
    assert field.scan_at_station(fresh["token"]).code == 0  # a pass signed by the new key

    # from now on the new key alone is enough
    [new_key] = [k for k in field.desk_keys() if k.key_id.hex() == new_key_id]
    only_new = field.craft(refresh, lambda p: None, sign_with=[new_key], name="only-new.gz")
    assert field.station("station", "import", str(only_new)).code == 0


# --- crafted packages ---------------------------------------------------------------------------


def _forged_pass(field: Field, key: Any, pass_id: int) -> str:
    start, end = validity_for_days(datetime.now(UTC).date(), datetime.now(UTC).date())
    claims = PassClaims(pass_id, field.anh, field.event, frozenset(), start, end)
    return issue_token(claims, key)


def test_a_crafted_package_cannot_add_its_own_key(field: Field) -> None:
    field.set_up_station()
    attacker = generate_signing_key()

    def add_key(payload: dict[str, Any]) -> None:
        payload["public_keys"]["keys"].append(
            {"key_id": attacker.key_id.hex(), "public_key": attacker.public_bytes.hex()}
        )
        payload["created_at"] = datetime.now(UTC).isoformat()

    own = field.craft(field.package, add_key, sign_with=[attacker], name="own.gz")
    both = field.craft(field.package, add_key, sign_with=[attacker], name="both.gz")
    desk_header, _ = read_package(field.package)
    # keep the desk's signature (of the original payload) beside the attacker's
    raw = gzip.decompress(both.read_bytes())
    header, _, payload = raw.partition(b"\n")
    mixed = json.loads(header)
    mixed["signatures"] = desk_header["signatures"] + mixed["signatures"]
    both.write_bytes(gzip.compress(json.dumps(mixed).encode() + b"\n" + payload))
    for crafted in (own, both):
        assert "trạm đã tin" in _refused(field.station("station", "import", str(crafted)))

    forged = field.scan_at_station(_forged_pass(field, attacker, field.good["id"]))
    assert forged.code == 1 and forged.json()["reason"] == "unknown_key"
    assert _count(field.station_db, "signing_keys") == 1


def test_a_crafted_package_cannot_replace_a_password_hash_or_add_an_officer(
    field: Field,
) -> None:
    field.set_up_station()
    attacker = generate_signing_key()
    from accred_app.core.security.officers import password_hasher

    stolen_hash = password_hasher().hash("mat-khau-ke-gian")

    def take_over(payload: dict[str, Any]) -> None:
        for officer in payload["officers"]:
            officer["password_hash"] = stolen_hash
        payload["officers"].append(
            {
                "username": "ke-gian",
                "full_name": "Kẻ gian",
                "unit_id": None,
                "password_hash": stolen_hash,
                "disabled": False,
            }
        )

    crafted = field.craft(field.package, take_over, sign_with=[attacker])
    _refused(field.station("station", "import", str(crafted)))
    scan = ("scan", "--event", str(field.event), "--unit", str(field.unit), field.good["token"])
    _refused(field.station(*scan, user="ke-gian", password="mat-khau-ke-gian"))
    _refused(field.station(*scan, password="mat-khau-ke-gian"))
    assert field.station(*scan).code == 0  # cp1's real password still works
    assert _count(field.station_db, "officers") == 2


def test_a_package_never_un_revokes_a_pass(field: Field) -> None:
    field.set_up_station()

    def un_revoke(payload: dict[str, Any]) -> None:
        for entry in payload["passes"]:
            entry["status"], entry["revoked_at"] = "issued", None
        payload["created_at"] = datetime.now(UTC).isoformat()

    crafted = field.craft(field.package, un_revoke, sign_with=[generate_signing_key()])
    _refused(field.station("station", "import", str(crafted)))
    # even signed by the desk (a desk restored from an old backup, say), a revocation holds
    by_desk = field.craft(field.package, un_revoke, name="by-desk.gz")
    result = field.station("--json", "station", "import", str(by_desk))
    assert result.code == 0, result.err
    assert result.json()["kept_revoked"] == 1
    assert field.scan_at_station(field.gone["token"]).json()["reason"] == "revoked"


def test_an_older_package_is_refused(field: Field) -> None:
    newer, _ = field.export("newer.json.gz")
    field.set_up_station()
    assert field.station("station", "import", str(newer)).code == 0
    line = _refused(field.station("station", "import", str(field.package)))
    assert "cũ hơn" in line


def test_a_package_dated_in_the_future_or_for_another_event_is_refused(field: Field) -> None:
    field.set_up_station()

    def future(payload: dict[str, Any]) -> None:
        payload["created_at"] = (datetime.now(UTC) + timedelta(days=365)).isoformat()

    def other_event(payload: dict[str, Any]) -> None:
        payload["event"]["id"] = field.other_event
        payload["passes"] = []
        payload["created_at"] = datetime.now(UTC).isoformat()

    _refused(field.station("station", "import", str(field.craft(field.package, future))))
    _refused(field.station("station", "import", str(field.craft(field.package, other_event))))


def test_the_station_name_is_fixed_at_set_up(field: Field) -> None:
    assert _refused(
        field.station(
            *("station", "import", str(field.package)),
            *("--fingerprint", field.exported["fingerprint"], "--name", "desk"),
            user=None,
        )
    )
    assert field.set_up_station("--name", "CONG-1")["station"] == "CONG-1"
    refresh, _ = field.export()
    _refused(field.station("station", "import", str(refresh), "--name", "CONG-2"))
    assert field.station("station", "import", str(refresh), "--name", "CONG-1").code == 0


# --- unknown passes -----------------------------------------------------------------------------


def test_a_signed_pass_the_records_do_not_know_is_refused(field: Field) -> None:
    field.set_up_station()
    [key] = field.desk_keys()
    ghost = _forged_pass(field, key, 999_999)  # a leaked key, or a pass from after the package
    at_station = field.scan_at_station(ghost)
    assert at_station.code == 1 and at_station.json()["reason"] == "unknown_pass"
    assert at_station.json()["reporter"]["name"] is None  # the token's claim is not vouched for
    at_desk = field.desk(
        "--json", "scan", "--event", str(field.event), "--unit", str(field.unit), ghost
    )
    assert at_desk.code == 1 and at_desk.json()["reason"] == "unknown_pass"
    later = field.desk(
        "--json", "pass", "issue", "--reporter", str(field.binh), "--event", str(field.event)
    ).json()
    assert field.scan_at_station(later["token"]).json()["reason"] == "unknown_pass"
    # a pass id the records have, but signed for another reporter, is no better
    wrong_owner = issue_token(
        PassClaims(
            field.good["id"],
            field.binh,
            field.event,
            frozenset(),
            *validity_for_days(datetime.now(UTC).date(), datetime.now(UTC).date()),
        ),
        key,
    )
    assert field.scan_at_station(wrong_owner).json()["reason"] == "unknown_pass"


# --- bounded, typed input: the corpus -----------------------------------------------------------


def test_a_gzip_bomb_is_refused_without_filling_memory(field: Field) -> None:
    bomb = field.tmp / "bomb.json.gz"
    with gzip.open(bomb, "wb", compresslevel=1) as out:
        block = b"\0" * (1 << 20)
        for _ in range(packages.MAX_PAYLOAD_BYTES // len(block) + 8):
            out.write(block)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError) as refused:
            packages.open_package(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert refused.value.code == "station_package.too_large_file"
    assert peak < 16 * 1024 * 1024, peak
    _refused(
        field.station(
            "station",
            "import",
            str(bomb),
            "--fingerprint",
            field.exported["fingerprint"],
            user=None,
        )
    )
    _nothing_written(field)


def _raw(data: bytes) -> Callable[[Field, Path], None]:
    def write(field: Field, path: Path) -> None:
        path.write_bytes(data)

    return write


def _signed_bytes(payload: bytes) -> Callable[[Field, Path], None]:
    def write(field: Field, path: Path) -> None:
        path.write_bytes(seal_package(payload, field.desk_keys()))

    return write


def _changed(change: Callable[[dict[str, Any]], None]) -> Callable[[Field, Path], None]:
    def write(field: Field, path: Path) -> None:
        crafted = field.craft(field.package, change, name="corpus-source.gz")
        path.write_bytes(crafted.read_bytes())

    return write


def _truncated(field: Field, path: Path) -> None:
    data = field.package.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _legacy(field: Field, path: Path) -> None:
    _, payload = read_package(field.package)
    payload["format"] = "accred-station/1"
    path.write_bytes(gzip.compress(json.dumps(payload).encode()))


def _unsigned(field: Field, path: Path) -> None:
    _, payload = read_package(field.package)
    path.write_bytes(seal_package(json.dumps(payload).encode(), []))


def _set(*steps: Any) -> Callable[[dict[str, Any]], None]:
    """A change setting the value at the path ``steps[:-1]`` to ``steps[-1]``."""

    def change(payload: dict[str, Any]) -> None:
        target: Any = payload
        for step in steps[:-2]:
            target = target[step]
        target[steps[-2]] = steps[-1]

    return change


def _drop(*steps: Any) -> Callable[[dict[str, Any]], None]:
    def change(payload: dict[str, Any]) -> None:
        target: Any = payload
        for step in steps[:-1]:
            target = target[step]
        del target[steps[-1]]

    return change


def _duplicate_pass(payload: dict[str, Any]) -> None:
    payload["passes"].append(dict(payload["passes"][0], serial="TH-2026-999999"))


def _duplicate_serial(payload: dict[str, Any]) -> None:
    payload["passes"].append(dict(payload["passes"][0], id=987654))


def _unit_cycle(payload: dict[str, Any]) -> None:
    payload["units"] = [
        {"id": 1, "name": "A", "code": "A", "parent_id": 2},
        {"id": 2, "name": "B", "code": "B", "parent_id": 1},
    ]
    for officer in payload["officers"]:
        officer["unit_id"] = 1


def _mismatched_key(payload: dict[str, Any]) -> None:
    other = generate_signing_key()
    payload["public_keys"]["keys"][0]["public_key"] = other.public_bytes.hex()


def _no_enabled_officer(payload: dict[str, Any]) -> None:
    for officer in payload["officers"]:
        officer["disabled"], officer["password_hash"] = True, None


GOOD_HEADER = b'{"format":"accred-station/2","signatures":[]}\n'
CORPUS: dict[str, Callable[[Field, Path], None]] = {
    "empty file": _raw(b""),
    "truncated gzip": _truncated,
    "random bytes": _raw(bytes(range(256)) * 8),
    "header not json": _raw(gzip.compress(b"{not json\n{}")),
    "header only": _raw(gzip.compress(GOOD_HEADER)),
    "bad signature length": _raw(
        gzip.compress(
            b'{"format":"accred-station/2","signatures":[{"key_id":"00000000","signature":"ab"}]}'
            b"\n{}"
        )
    ),
    "old unsigned format": _legacy,
    "no signatures": _unsigned,
    "payload not json": _signed_bytes(b"\xff\xfe not json"),
    "payload NaN": _signed_bytes(b'{"format": NaN}'),
    "payload duplicate keys": _signed_bytes(b'{"format": "a", "format": "b"}'),
    "payload nested too deep": _signed_bytes(b"[" * 200_000 + b"]" * 200_000),
    "zone mask as text": _changed(_set("passes", 0, "zone_mask", "3")),
    "disabled as the text false": _changed(_set("officers", 0, "disabled", "false")),
    "event id true": _changed(_set("event", "id", True)),
    "huge pass id": _changed(_set("passes", 0, "id", 10**30)),
    "negative reporter id": _changed(_set("reporters", 0, "id", -4)),
    "float zone slot": _changed(_set("event", "zones", 0, "slot", 1.0)),
    "zone slot 40": _changed(_set("event", "zones", 0, "slot", 40)),
    "missing full name": _changed(_drop("reporters", 0, "full_name")),
    "missing passes": _changed(_drop("passes")),
    "unexpected field": _changed(_set("event", "sql", "DROP TABLE passes")),
    "duplicate pass ids": _changed(_duplicate_pass),
    "duplicate serials": _changed(_duplicate_serial),
    "pass of an unknown reporter": _changed(_set("passes", 0, "reporter_id", 424242)),
    "reporter of an unknown agency": _changed(_set("reporters", 0, "agency_id", 424242)),
    "officer of an unknown unit": _changed(_set("officers", 0, "unit_id", 424242)),
    "unit parent cycle": _changed(_unit_cycle),
    "key id not hex": _changed(_set("passes", 0, "key_id", "zzzzzzzz")),
    "key id upper case": _changed(_set("signing_key_id", "ABCDEF01")),
    "public key not matching its id": _changed(_mismatched_key),
    "short token": _changed(_set("passes", 0, "token", "123")),
    "naive validity": _changed(_set("passes", 0, "valid_from", "2026-01-01T00:00:00")),
    "validity backwards": _changed(_set("passes", 0, "valid_to", "1971-01-01T00:00:00+00:00")),
    "impossible date": _changed(_set("event", "starts_on", "2026-02-30")),
    "year 99999": _changed(_set("passes", 0, "valid_to", "99999-01-01T00:00:00+00:00")),
    "revoked without a time": _changed(_set("passes", 1, "revoked_at", None)),
    "photo not base64": _changed(_set("reporters", 0, "photo", "not base64!")),
    "photo too large": _changed(_set("reporters", 0, "photo", "QUFB" * 40_000)),
    "password hash not argon2": _changed(_set("officers", 0, "password_hash", "plaintext")),
    "name of ten thousand letters": _changed(_set("event", "name", "Ư" * 10_000)),
    "control character in a name": _changed(_set("reporters", 0, "full_name", "Ánh\x00\x1b[2J")),
    "unknown status": _changed(_set("passes", 0, "status", "valid")),
    "passes not a list": _changed(_set("passes", {"0": {}})),
    "no enabled officer": _changed(_no_enabled_officer),
    "future creation time": _changed(
        _set("created_at", (datetime.now(UTC) + timedelta(days=3650)).isoformat())
    ),
}


def test_malformed_packages_exit_3_in_one_line_and_write_nothing(field: Field) -> None:
    """Each kind against its own fresh station file, so one cannot hide behind another."""
    failures: list[str] = []
    for number, kind in enumerate(sorted(CORPUS)):
        path = field.tmp / f"malformed-{number}.json.gz"
        CORPUS[kind](field, path)
        station = dataclasses.replace(field, station_db=field.tmp / f"station-{number}.sqlite")
        result = station.station(
            "station",
            "import",
            str(path),
            "--fingerprint",
            field.exported["fingerprint"],
            user=None,
        )
        try:
            _refused(result)
            _nothing_written(station)
        except AssertionError as failure:
            failures.append(f"{kind}: {failure}")
    assert not failures, "\n".join(failures)
    assert len(CORPUS) >= 21
