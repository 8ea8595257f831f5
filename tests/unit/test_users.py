"""Officer accounts: lock-out after five failures, disabled accounts, argon2id re-hashing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, update

from accred_app.core.clock import utcnow
from accred_app.core.errors import NotFoundError, PermissionDenied, ValidationError
from accred_app.core.models import AuditEntry, Officer, Role
from accred_app.core.roles import SYSTEM, Actor
from accred_app.core.security import officers
from accred_app.core.security.keyslots import KeyAccess
from accred_app.core.security.officers import SignInError, authenticate
from accred_app.core.storage.db import Database

PASSWORD = "mat-khau-ban-cap-the"


@pytest.fixture
def desk(db: Database) -> str:
    officers.create_officer(
        db, SYSTEM, username="ban.cap-the", full_name="Phạm Thu Hà", role="desk", password=PASSWORD
    )
    return "ban.cap-the"


@dataclass(frozen=True)
class Stored:
    password_hash: str
    locked_until: datetime | None
    last_login_at: datetime | None
    disabled: bool


def stored(db: Database, username: str) -> Stored:
    """What the database holds for one officer (plain values: the session ends here)."""
    with db.reading() as session:
        row = session.execute(
            select(
                Officer.password_hash, Officer.locked_until, Officer.last_login_at, Officer.disabled
            ).where(Officer.username == username)
        ).one()
        return Stored(*row)


def test_sign_in_returns_the_officer(db: Database, desk: str) -> None:
    actor = authenticate(db, "  Ban.Cap-The ", PASSWORD)  # case and spaces forgiven
    assert actor.username == desk and actor.role is Role.DESK
    assert stored(db, desk).last_login_at is not None


def test_lockout_after_five_failures_then_admin_reset(
    db: Database, desk: str, admin: Actor
) -> None:
    now = utcnow()
    for attempt in range(1, 6):
        with pytest.raises(SignInError) as failed:
            authenticate(db, desk, "sai-mat-khau", now=now)
        assert failed.value.code == "sign_in_failed", attempt
    assert stored(db, desk).locked_until is not None
    with pytest.raises(SignInError) as locked:  # sixth try, right password: still refused
        authenticate(db, desk, PASSWORD, now=now + timedelta(minutes=1))
    assert locked.value.code == "account_locked"
    assert "5" in locked.value.message("vi")
    officers.set_password(db, admin, desk, "mat-khau-moi-123")
    assert stored(db, desk).locked_until is None
    assert authenticate(db, desk, "mat-khau-moi-123", now=now).username == desk


def test_lock_expires_on_its_own(db: Database, desk: str) -> None:
    now = utcnow()
    for _ in range(5):
        with pytest.raises(SignInError):
            authenticate(db, desk, "sai", now=now)
    with pytest.raises(SignInError):
        authenticate(db, desk, PASSWORD, now=now + officers.LOCKOUT - timedelta(seconds=1))
    assert authenticate(db, desk, PASSWORD, now=now + officers.LOCKOUT + timedelta(seconds=1))


def test_a_success_resets_the_failure_count(db: Database, desk: str) -> None:
    for _ in range(4):
        with pytest.raises(SignInError):
            authenticate(db, desk, "sai")
    authenticate(db, desk, PASSWORD)
    for _ in range(4):
        with pytest.raises(SignInError):
            authenticate(db, desk, "sai")
    assert authenticate(db, desk, PASSWORD).username == desk  # not locked: count started over


def test_lockout_via_the_cli(db: Database, desk: str, run_cli: Any, tmp_path: Path) -> None:
    for _ in range(5):
        failed = run_cli("reporter", "list", user=desk, password="sai-mat-khau")
        assert failed.code == 3 and "không đúng" in failed.err
    locked = run_cli("reporter", "list", user=desk, password=PASSWORD)
    assert locked.code == 3
    assert "tạm khóa" in locked.err and "Traceback" not in locked.err
    new_password = tmp_path / "new-password"
    new_password.write_text("mat-khau-moi-456\n", encoding="utf-8")
    reset = run_cli("officer", "password", desk, "--password-file", str(new_password))
    assert reset.code == 0, reset.err
    assert run_cli("reporter", "list", user=desk, password="mat-khau-moi-456").code == 0
    assert run_cli("reporter", "list", user=desk, password=PASSWORD).code == 3  # old one is gone


def test_disabled_account_cannot_sign_in(
    db: Database, desk: str, admin: Actor, run_cli: Any
) -> None:
    view = officers.disable_officer(db, admin, desk)
    assert view.disabled
    with pytest.raises(SignInError) as refused:
        authenticate(db, desk, PASSWORD)
    assert refused.value.code == "account_disabled"
    result = run_cli("reporter", "list", user=desk, password=PASSWORD)
    assert result.code == 3 and "vô hiệu hóa" in result.err


def test_disable_via_cli_then_refused(db: Database, desk: str, run_cli: Any) -> None:
    assert run_cli("officer", "disable", desk).code == 0
    assert run_cli("reporter", "list", user=desk, password=PASSWORD).code == 3


def test_last_admin_cannot_be_disabled(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError) as refused:
        officers.disable_officer(db, admin, "admin")
    assert refused.value.code == "last_admin"
    assert not stored(db, "admin").disabled


def test_outdated_hash_is_rehashed_on_sign_in(db: Database, desk: str) -> None:
    other_parameters = PasswordHasher(time_cost=2, memory_cost=16 * 1024, parallelism=2)
    old_hash = other_parameters.hash(PASSWORD)
    with db.transaction() as session:
        session.execute(
            update(Officer).where(Officer.username == desk).values(password_hash=old_hash)
        )
    assert officers.password_hasher().check_needs_rehash(old_hash)
    with pytest.raises(SignInError):
        authenticate(db, desk, "sai-mat-khau")
    assert stored(db, desk).password_hash == old_hash  # a failed try never re-hashes
    authenticate(db, desk, PASSWORD)
    new_hash = stored(db, desk).password_hash
    assert new_hash != old_hash
    assert new_hash.startswith("$argon2id$")
    assert not officers.password_hasher().check_needs_rehash(new_hash)
    assert officers.password_hasher().verify(new_hash, PASSWORD)
    assert authenticate(db, desk, PASSWORD).username == desk
    authenticate(db, desk, PASSWORD)
    assert stored(db, desk).password_hash == new_hash  # current parameters: left alone


def test_password_hashes_never_reach_the_audit_log(db: Database, desk: str, admin: Actor) -> None:
    officers.set_password(db, admin, desk, "mat-khau-moi-789")
    hashes = {stored(db, name).password_hash for name in ("admin", desk)}
    with db.reading() as session:
        logged = " ".join(session.execute(select(AuditEntry.changes)).scalars())
    assert '"password_hash":' in logged
    assert not any(h in logged for h in hashes)
    assert "mat-khau" not in logged


@pytest.mark.parametrize(
    ("username", "password", "code"),
    [
        ("ab", PASSWORD, "invalid_username"),
        ("nguyễn", PASSWORD, "invalid_username"),
        ("co dau cach", PASSWORD, "invalid_username"),
        ("'; DROP TABLE officers;--", PASSWORD, "invalid_username"),
        ("hop-le", "ngan", "weak_password"),
        ("admin", PASSWORD, "duplicate_username"),
    ],
)
def test_bad_new_accounts_are_refused(
    db: Database, admin: Actor, username: str, password: str, code: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        officers.create_officer(
            db, admin, username=username, full_name="Ai Đó", role="viewer", password=password
        )
    assert refused.value.code == code
    assert len(officers.list_officers(db, admin)) == 1


def test_only_an_admin_resets_passwords(db: Database, desk: str) -> None:
    desk_actor = authenticate(db, desk, PASSWORD)
    with pytest.raises(PermissionDenied):
        officers.set_password(db, desk_actor, "admin", "chiem-quyen-123")


def _lock(db: Database, username: str) -> datetime:
    now = utcnow()
    for _ in range(officers.MAX_FAILED_ATTEMPTS):
        with pytest.raises(SignInError):
            authenticate(db, username, "sai-mat-khau", now=now)
    locked_until = stored(db, username).locked_until
    assert locked_until is not None
    return now


def test_an_admin_unlocks_a_locked_account_and_the_trail_says_who(
    db: Database, desk: str, admin: Actor
) -> None:
    """Unlocking keeps the password: the officer who mistyped it signs in at once with it."""
    before = stored(db, desk)
    now = _lock(db, desk)
    with pytest.raises(SignInError):
        authenticate(db, desk, PASSWORD, now=now + timedelta(minutes=1))
    view = officers.unlock_officer(db, admin, desk)
    assert view.username == desk and view.locked_until is None
    assert stored(db, desk).password_hash == before.password_hash
    assert authenticate(db, desk, PASSWORD, now=now + timedelta(minutes=1)).username == desk
    with db.reading() as session:
        last = session.execute(
            select(AuditEntry).where(AuditEntry.entity == "officers").order_by(AuditEntry.id.desc())
        ).scalars()
        unlocks = [e for e in last if e.actor == "admin" and "locked_until" in e.changes]
    assert unlocks, "the unlock is in the audit trail"


def test_unlocking_is_for_administrators_and_known_accounts(
    db: Database, desk: str, admin: Actor
) -> None:
    _lock(db, desk)
    with pytest.raises(PermissionDenied):
        officers.unlock_officer(db, Actor("xem", Role.VIEWER), desk)
    with pytest.raises(NotFoundError):
        officers.unlock_officer(db, admin, "khong-co-ai")
    assert stored(db, desk).locked_until is not None


def test_the_officer_list_says_who_is_locked_and_who_can_issue(
    db: Database, desk: str, admin: Actor
) -> None:
    officers.create_officer(
        db, admin, username="chot.1", full_name="Hoàng Văn Chốt", role="checkpoint",
        password="mat-khau-chot-1",
    )  # fmt: skip
    officers.create_officer(
        db, SYSTEM, username="ban.2", full_name="Ngô Thị Hai", role="desk", password=PASSWORD
    )  # SYSTEM holds no key: no slot for ban.2
    _lock(db, "chot.1")
    listed = {o.username: o for o in officers.list_officers(db, admin)}
    assert listed["admin"].key_access is KeyAccess.GRANTED
    assert listed[desk].key_access is KeyAccess.MISSING  # the fixture made it without a key
    assert listed["ban.2"].key_access is KeyAccess.MISSING
    assert listed["chot.1"].key_access is KeyAccess.NOT_NEEDED
    assert listed["chot.1"].locked_until is not None and listed[desk].locked_until is None
    officers.set_password(db, admin, "ban.2", "mat-khau-moi-222")
    listed = {o.username: o for o in officers.list_officers(db, admin)}
    assert listed["ban.2"].key_access is KeyAccess.GRANTED


def test_a_new_officer_form_is_checked_field_by_field(db: Database) -> None:
    errors = officers.officer_errors(
        username="trưởng phòng", full_name=" ", role="", password="ngan", password_again="khac"
    )
    assert {(e.field, e.code) for e in errors} == {
        ("username", "invalid_username"),
        ("full_name", "required"),
        ("role", "required"),
        ("password", "weak_password"),
        ("password_again", "passwords_differ"),
    }
    assert officers.officer_errors(
        username="truong.phong", full_name="Lê Văn Hùng", role="admin",
        password="mat-khau-dai-du", password_again="mat-khau-dai-du",
    ) == []  # fmt: skip
    assert [e.field for e in officers.password_errors("mat-khau-dai-du", "mat-khau-dai-du")] == []


def test_unlock_via_the_cli(db: Database, desk: str, run_cli: Any) -> None:
    _lock(db, desk)
    listed = {o["username"]: o for o in run_cli("--json", "officer", "list").json()}
    assert listed[desk]["locked_until"] is not None
    assert listed[desk]["key_access"] == "missing" and listed["admin"]["key_access"] == "granted"
    done = run_cli("--json", "officer", "unlock", desk)
    assert done.code == 0 and done.json() == {"username": desk, "locked_until": None}
    assert run_cli("reporter", "list", user=desk, password=PASSWORD).code == 0
    refused = run_cli("officer", "unlock", "khong-co-ai")
    assert refused.code == 3 and refused.err.count("\n") == 1
