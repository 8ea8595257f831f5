"""``audit verify`` replays the trail against the current rows: a data row, an officer's role, a
signing key, a password hash or a setting edited with SQL, a row added or deleted with SQL, and the
last (or every) audit row deleted are all found and named — while a database used only through the
software (demo data, passes, revocations, key rotation, settings, bulk statements) verifies clean."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, text, update
from test_audit import busy_day, tamper

from accred_app.core.models import AuditEntry, Reporter, Role, Zone
from accred_app.core.passes import issuing
from accred_app.core.registry import agencies, events, reporters
from accred_app.core.roles import Actor
from accred_app.core.security import audit, audit_replay, officers
from accred_app.core.storage import settings as settings_store
from accred_app.core.storage.db import Database

EXPIRY = date.today() + timedelta(days=500)


@pytest.fixture
def busy(db: Database, admin: Actor) -> dict[str, int]:
    ids = busy_day(db, admin)
    settings_store.update_settings(db, admin, org_name="CÔNG AN TỈNH THANH HÓA (THỬ)")
    officers.set_password(db, admin, "xem", "mat-khau-xem-moi")
    officers.disable_officer(db, admin, "xem")
    return ids


def verify_json(run_cli: Any) -> tuple[int, dict[str, Any]]:
    result = run_cli("--json", "audit", "verify")
    return result.code, result.json()


def replay_problems(run_cli: Any) -> list[dict[str, Any]]:
    code, report = verify_json(run_cli)
    assert code == 3, report
    assert report["ok"] is False
    return list(report["replay"]["problems"])


def expect_named(run_cli: Any, fragments: list[str]) -> None:
    """Exit 3, one line on stderr naming every fragment (the first problem found)."""
    result = run_cli("audit", "verify")
    assert result.code == 3, result
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    for fragment in fragments:
        assert fragment.lower() in result.err.lower(), (fragment, result.err)


def test_clean_database_verifies_with_replay(
    db: Database, busy: dict[str, int], run_cli: Any
) -> None:
    result = run_cli("audit", "verify")
    assert result.code == 0, result.err
    code, report = verify_json(run_cli)
    assert code == 0 and report["ok"] is True
    # the existing keys stay
    assert {"ok", "rows", "head_hash", "bad_row_id", "problem"} <= set(report)
    replay = report["replay"]
    assert replay["ok"] is True and replay["problems"] == []
    assert replay["rows_checked"] >= 12 + 8 + 3  # reporters, passes, officers at least
    assert {"reporters", "passes", "officers", "signing_keys", "settings", "zones"} <= set(
        replay["tables"]
    )


def test_demo_data_and_cli_work_verify_clean(db: Database, run_cli: Any, tmp_path: Path) -> None:
    assert run_cli("demo").code == 0
    serial = run_cli("--json", "pass", "list").json()[0]["serial"]
    assert run_cli("pass", "print", serial, "-o", str(tmp_path / "the.pdf")).code == 0
    assert run_cli("pass", "revoke", serial, "--reason", "thử thu hồi").code == 0
    assert run_cli("keys", "rotate").code == 0
    assert run_cli("reporter", "update", "1", "--phone", "0987654321").code == 0
    result = run_cli("audit", "verify")
    assert result.code == 0, result.err


def test_reporter_edited_with_sql_is_named(
    db: Database, busy: dict[str, int], run_cli: Any
) -> None:
    reporter = busy["reporter"]
    tamper(db, f"UPDATE reporters SET full_name = 'Kẻ Giả Mạo' WHERE id = {reporter}")
    problems = replay_problems(run_cli)
    assert [
        (p["kind"], p["table"], p["id"], p["field"], p["trail"], p["now"]) for p in problems
    ] == [("changed", "reporters", str(reporter), "full_name", "Phóng viên Số 0", "Kẻ Giả Mạo")]
    expect_named(run_cli, ["phóng viên", f"#{reporter}", "full_name", "Kẻ Giả Mạo"])


def test_officer_role_edited_with_sql_is_named(
    db: Database, busy: dict[str, int], run_cli: Any
) -> None:
    tamper(db, "UPDATE officers SET role = 'admin' WHERE username = 'xem'")
    problems = replay_problems(run_cli)
    assert [(p["table"], p["field"], p["trail"], p["now"]) for p in problems] == [
        ("officers", "role", "viewer", "admin")
    ]
    expect_named(run_cli, ["cán bộ", "role", "viewer", "admin"])


def test_password_hash_replaced_with_sql_is_found(
    db: Database, busy: dict[str, int], run_cli: Any
) -> None:
    with db.reading() as session:
        admin_hash = session.execute(
            text("SELECT password_hash FROM officers WHERE username = 'admin'")
        ).scalar_one()
    tamper(db, f"UPDATE officers SET password_hash = '{admin_hash}' WHERE username = 'xem'")
    problems = replay_problems(run_cli)
    assert [(p["table"], p["field"]) for p in problems] == [("officers", "password_hash")]
    assert problems[0]["trail"] != problems[0]["now"]
    assert admin_hash not in json.dumps(problems), "a secret was copied into the report"


@pytest.mark.parametrize(
    ("statement", "field"),
    [
        ("UPDATE signing_keys SET public_key = :random WHERE retired_at IS NULL", "public_key"),
        ("UPDATE signing_keys SET private_key = :random WHERE retired_at IS NULL", "private_key"),
        ("UPDATE signing_keys SET retired_at = NULL", "retired_at"),
    ],
)  # fmt: skip
def test_signing_key_edited_with_sql_is_named(
    db: Database, busy: dict[str, int], run_cli: Any, statement: str, field: str
) -> None:
    tamper(db, statement, random=os.urandom(32))
    problems = replay_problems(run_cli)
    assert {(p["table"], p["field"]) for p in problems} == {("signing_keys", field)}
    expect_named(run_cli, ["khóa ký", field])


def test_setting_edited_with_sql_is_named(db: Database, busy: dict[str, int], run_cli: Any) -> None:
    tamper(db, "UPDATE settings SET value = 'KẺ GIẢ MẠO' WHERE key = 'org_name'")
    problems = replay_problems(run_cli)
    assert [(p["table"], p["id"], p["field"], p["now"]) for p in problems] == [
        ("settings", "org_name", "value", "KẺ GIẢ MẠO")
    ]
    expect_named(run_cli, ["cài đặt", "org_name", "KẺ GIẢ MẠO"])
    tamper(db, "INSERT INTO settings (key, value) VALUES ('serial_prefix', 'XX')")
    assert ("unrecorded", "settings", "serial_prefix") in {
        (p["kind"], p["table"], p["id"]) for p in replay_problems(run_cli)
    }


def test_row_deleted_with_sql_is_named(db: Database, busy: dict[str, int], run_cli: Any) -> None:
    pass_id = run_cli("--json", "pass", "list").json()[-1]["id"]
    tamper(db, f"DELETE FROM passes WHERE id = {pass_id}")
    problems = replay_problems(run_cli)
    assert [(p["kind"], p["table"], p["id"]) for p in problems] == [
        ("missing", "passes", str(pass_id))
    ]
    expect_named(run_cli, ["thẻ", f"#{pass_id}"])


def test_row_added_with_sql_is_named(db: Database, busy: dict[str, int], run_cli: Any) -> None:
    tamper(
        db,
        "INSERT INTO officers (id, username, full_name, role, password_hash, disabled, "
        "failed_attempts, created_at) VALUES (99, 'lau', 'Kẻ Lẻn', 'admin', 'x', false, 0, "
        "'2026-01-01 00:00:00.000000')",
    )
    problems = replay_problems(run_cli)
    assert [(p["kind"], p["table"], p["id"]) for p in problems] == [
        ("unrecorded", "officers", "99")
    ]


def test_row_deleted_in_the_trail_but_present_is_named(
    db: Database, admin: Actor, run_cli: Any
) -> None:
    """A bulk delete through the ORM is recorded row by row; putting the row back with SQL shows."""
    event = events.add_event(
        db,
        admin,
        name="Hội nghị",
        kind="event",
        start=date.today(),
        end=date.today() + timedelta(days=1),
        zones=[events.ZoneSpec("A", "Hội trường"), events.ZoneSpec("B", "Khu báo chí")],
    )
    with db.reading() as session:
        zone = session.execute(select(Zone).where(Zone.code == "B")).scalar_one()
        columns = {c.key: getattr(zone, c.key) for c in Zone.__table__.columns}
    with db.transaction(admin) as session:
        session.execute(delete(Zone).where(Zone.event_id == event, Zone.code == "B"))
    assert run_cli("audit", "verify").code == 0
    history = run_cli("--json", "audit", "history", "event", str(event)).json()
    assert history  # the event's own history is untouched
    tamper(
        db,
        "INSERT INTO zones (id, event_id, slot, code, name, colour) VALUES "
        f"({columns['id']}, {event}, {columns['slot']}, 'B', 'Khu báo chí', '{columns['colour']}')",
    )
    problems = replay_problems(run_cli)
    assert [(p["kind"], p["table"], p["id"]) for p in problems] == [
        ("reappeared", "zones", str(columns["id"]))
    ]


def test_edit_later_overwritten_by_the_software_is_still_found(
    db: Database, busy: dict[str, int], admin: Actor, run_cli: Any
) -> None:
    """Edited with SQL, then changed again through a service: the service's "before" value
    disagrees with what the trail had, so the hidden edit shows though the row now matches."""
    reporter = busy["reporter"]
    tamper(db, f"UPDATE reporters SET phone = '0900000000' WHERE id = {reporter}")
    reporters.update_reporter(db, admin, reporter, phone="0911111111")
    problems = replay_problems(run_cli)
    assert [(p["kind"], p["table"], p["id"], p["field"], p["trail"], p["now"]) for p in problems] == [
        ("history_gap", "reporters", str(reporter), "phone", "0912345678", "0900000000")
    ]  # fmt: skip


def test_last_audit_row_deleted_is_found(
    db: Database, busy: dict[str, int], admin: Actor, run_cli: Any
) -> None:
    reporters.update_reporter(db, admin, busy["reporter"], notes="ghi chú cuối")
    with db.reading() as session:
        last = session.execute(select(AuditEntry.id).order_by(AuditEntry.id.desc())).scalar()
    tamper(db, f"DELETE FROM audit_log WHERE id = {last}")
    with db.reading() as session:
        assert audit.verify_chain(session).ok  # the chain alone cannot tell
    problems = replay_problems(run_cli)
    assert ("changed", "reporters", str(busy["reporter"]), "notes") in {
        (p["kind"], p["table"], p["id"], p["field"]) for p in problems
    }


def test_all_audit_rows_deleted_is_found(db: Database, busy: dict[str, int], run_cli: Any) -> None:
    tamper(db, "DELETE FROM audit_log")
    code, report = verify_json(run_cli)
    assert code == 3 and report["ok"] is False
    kinds = {(p["kind"], p["table"]) for p in report["replay"]["problems"]}
    assert ("unrecorded", "reporters") in kinds and ("unrecorded", "officers") in kinds
    assert report["replay"]["problem_count"] >= 12


def test_many_problems_are_counted_and_capped(
    db: Database, busy: dict[str, int], run_cli: Any
) -> None:
    tamper(db, "UPDATE reporters SET notes = 'sửa hàng loạt'")
    code, report = verify_json(run_cli)
    assert code == 3
    assert report["replay"]["problem_count"] == 12
    assert len(report["replay"]["problems"]) <= audit_replay.DETAIL_LIMIT


def test_secrets_are_recorded_as_digests_not_copied(db: Database, busy: dict[str, int]) -> None:
    with db.reading() as session:
        rows = list(
            session.execute(
                select(AuditEntry.changes).where(
                    AuditEntry.entity.in_(["officers", "signing_keys"])
                )
            ).scalars()
        )
        hashes = list(session.execute(text("SELECT password_hash FROM officers")).scalars())
    assert rows and not any(h in row for h in hashes for row in rows)
    recorded = [json.loads(row).get("password_hash") for row in rows]
    digests = [pair[1] for pair in recorded if pair and pair[1]]
    assert digests and all(d.startswith("<secret sha256:") for d in digests)


def test_unreadable_trail_entry_is_reported_not_a_crash(
    db: Database, busy: dict[str, int], run_cli: Any
) -> None:
    tamper(db, "UPDATE audit_log SET changes = '{not json' WHERE id = 5")
    result = run_cli("--json", "audit", "verify")
    assert result.code == 3 and "Traceback" not in result.err
    report = result.json()
    assert report["bad_row_id"] == 5  # the chain names it first
    assert any(p["kind"] == "unreadable" for p in report["replay"]["problems"])


def test_reporter_added_through_the_service_has_its_update_time_in_the_trail(
    db: Database, admin: Actor
) -> None:
    """Regression: ``updated_at`` is set by the ORM's onupdate and was missing from the trail."""
    agency = agencies.add_agency(db, admin, name="Báo Mới", kind="online")
    reporter = reporters.add_reporter(
        db, admin, full_name="Lê Văn Ba", agency_id=agency, card_no="BM-1", card_expiry=EXPIRY
    )
    reporters.update_reporter(db, admin, reporter, phone="0912345678")
    with db.reading() as session:
        stored = session.get(Reporter, reporter)
        assert stored is not None
        updated_at = stored.updated_at
        lines = audit.history(session, "reporters", reporter)
        report = audit_replay.replay_trail(session)
    assert "updated_at" in lines[-1].changes
    assert lines[-1].changes["updated_at"][1] == updated_at.isoformat()
    assert report.ok, report.findings


def test_issued_and_revoked_passes_replay_clean(db: Database, admin: Actor, tmp_path: Path) -> None:
    agency = agencies.add_agency(db, admin, name="Báo Mới", kind="online")
    event = events.add_event(
        db, admin, name="Lễ", kind="event", start=date.today(), end=date.today()
    )
    for n in range(3):
        reporter = reporters.add_reporter(
            db,
            admin,
            full_name=f"Người {n}",
            agency_id=agency,
            card_no=f"BM-{n}",
            card_expiry=EXPIRY,
        )
        issued = issuing.issue_pass(db, admin, reporter_id=reporter, event_id=event)
        if n == 1:
            issuing.revoke_pass(db, admin, issued.serial, "thử")
    with db.reading() as session:
        report = audit_replay.replay_trail(session)
    assert report.ok, report.findings


def test_viewer_role_is_enough_to_verify(db: Database, admin: Actor, run_cli: Any) -> None:
    officers.create_officer(
        db,
        admin,
        username="xem2",
        full_name="Xem",
        role=Role.VIEWER.value,
        password="mat-khau-xem2",
    )
    result = run_cli("audit", "verify", user="xem2", password="mat-khau-xem2")
    assert result.code == 0, result.err


def test_bulk_update_statements_are_recorded_row_by_row(
    db: Database, busy: dict[str, int], admin: Actor, run_cli: Any
) -> None:
    with db.transaction(admin) as session:
        session.execute(update(Reporter).where(Reporter.id <= 3).values(notes="đợt một"))
    with db.transaction(admin) as session:
        session.execute(update(Reporter), [{"id": 4, "notes": "đợt hai"}, {"id": 5, "notes": "x"}])
    assert run_cli("audit", "verify").code == 0
    history = run_cli("--json", "audit", "history", "reporter", "4").json()
    assert history[-1]["changes"]["notes"] == [None, "đợt hai"]
    assert history[-1]["actor"] == "admin"


def _as_an_older_version_wrote_it(db: Database) -> None:
    """Rewrite the trail the way versions before the replay wrote it — secrets as ``***``, no
    ``updated_at`` in updates — and chain it again, as an upgraded desk's trail looks."""
    with db.reading() as session:
        rows = session.execute(
            select(
                AuditEntry.id,
                AuditEntry.at,
                AuditEntry.actor,
                AuditEntry.action,
                AuditEntry.entity,
                AuditEntry.entity_id,
                AuditEntry.changes,
            ).order_by(AuditEntry.id)
        ).all()
    with db.engine.begin() as connection:
        previous = audit.GENESIS_HASH
        connection.execute(text("UPDATE audit_log SET hash = 'tmp-' || id"))
        for row in rows:
            fields = json.loads(row.changes)
            for key in audit.SECRET_FIELDS & set(fields):
                fields[key] = [None if v is None else audit.LEGACY_SECRET_MARK for v in fields[key]]
            if row.action == "update":
                fields.pop("updated_at", None)
            text_ = audit.changes_text(fields)
            stamp = row.at.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")
            digest = audit.row_hash(
                row.id, stamp, row.actor, row.action, row.entity, row.entity_id, text_, previous
            )
            connection.execute(
                text("UPDATE audit_log SET changes = :c, prev_hash = :p, hash = :h WHERE id = :i"),
                {"c": text_, "p": previous, "h": digest, "i": row.id},
            )
            previous = digest


def test_an_older_trail_verifies_clean_and_still_finds_edits(
    db: Database, busy: dict[str, int], run_cli: Any
) -> None:
    _as_an_older_version_wrote_it(db)
    code, report = verify_json(run_cli)
    assert code == 0, report
    assert report["replay"]["uncheckable_rows"] > 0  # said, not hidden
    tamper(db, f"UPDATE reporters SET full_name = 'Kẻ Giả Mạo' WHERE id = {busy['reporter']}")
    assert [(p["field"], p["now"]) for p in replay_problems(run_cli)] == [
        ("full_name", "Kẻ Giả Mạo")
    ]
