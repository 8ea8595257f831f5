"""Officer accounts and sign-in.

Passwords are hashed with argon2id (argon2-cffi) and re-hashed on the next successful sign-in when
the parameters change. Five failed tries in a row lock the account for a while (the lock is stored
in the database, so it holds across desks and restarts). Disabled accounts cannot sign in.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from accred_app.core import validation as v
from accred_app.core.clock import VIETNAM_TZ, utcnow
from accred_app.core.errors import AccredError, NotFoundError, ValidationError
from accred_app.core.messages import register
from accred_app.core.models import Officer, PoliceUnit, Role
from accred_app.core.registry.common import get_or_raise
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8

register(
    {
        "sign_in_failed": (
            "Tên đăng nhập hoặc mật khẩu không đúng.",
            "Wrong username or password.",
        ),
        "account_locked": (
            "Tài khoản {username} tạm khóa do nhập sai mật khẩu quá {limit} lần; thử lại sau {until}.",
            "Account {username} is locked after {limit} failed sign-ins; try again after {until}.",
        ),
        "account_disabled": (
            "Tài khoản {username} đã bị vô hiệu hóa.",
            "Account {username} has been disabled.",
        ),
        "weak_password": (
            "Mật khẩu phải có ít nhất {limit} ký tự.",
            "The password must have at least {limit} characters.",
        ),
        "duplicate_username": (
            "Tên đăng nhập “{username}” đã tồn tại.",
            "Username “{username}” already exists.",
        ),
        "invalid_username": (
            "Tên đăng nhập “{username}” không hợp lệ (chữ không dấu, số, “.”, “_”, “-”; 3–64 ký tự).",
            "Username “{username}” is invalid (plain letters, digits, “.”, “_”, “-”; 3–64 characters).",
        ),
        "last_admin": (
            "Không thể vô hiệu hóa quản trị viên cuối cùng.",
            "The last administrator cannot be disabled.",
        ),
    }
)


class SignInError(AccredError):
    """Sign-in refused (wrong password, locked, disabled)."""


def password_hasher() -> PasswordHasher:
    """argon2id with the library's recommended parameters; ``ACCRED_ARGON2_PROFILE=fast`` lowers
    them for test suites only (it is never set in production)."""
    if os.environ.get("ACCRED_ARGON2_PROFILE") == "fast":
        return PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
    return PasswordHasher()


@dataclass(frozen=True, slots=True)
class OfficerView:
    id: int
    username: str
    full_name: str
    unit_id: int | None
    role: str
    disabled: bool
    locked_until: datetime | None
    last_login_at: datetime | None


def _view(officer: Officer) -> OfficerView:
    return OfficerView(
        officer.id,
        officer.username,
        officer.full_name,
        officer.unit_id,
        officer.role.value,
        officer.disabled,
        officer.locked_until,
        officer.last_login_at,
    )


def _username(value: str) -> str:
    username = value.strip().lower()
    if (
        not (3 <= len(username) <= 64)
        or not username.isascii()
        or not all(c.isalnum() or c in "._-" for c in username)
    ):
        raise ValidationError("invalid_username", username=value[:64])
    return username


def _check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("weak_password", limit=MIN_PASSWORD_LENGTH)
    return password


def has_officers(db: Database) -> bool:
    with db.reading() as session:
        return session.execute(select(Officer.id).limit(1)).first() is not None


def create_officer(
    db: Database,
    actor: Actor,
    *,
    username: str,
    full_name: str,
    role: str,
    password: str,
    unit_id: int | None = None,
) -> int:
    """Add an officer (admin only, except the very first admin made by ``accred init``)."""
    if has_officers(db):
        actor.require(Permission.MANAGE_OFFICERS)
    name = _username(username)
    role_value = Role(v.choice(role, "role", [r.value for r in Role]))
    display = v.required_text(full_name, "full_name", limit=120)
    hashed = password_hasher().hash(_check_password(password))
    with db.transaction(actor) as session:
        if unit_id is not None:
            get_or_raise(session, PoliceUnit, unit_id, "unit")
        if session.execute(select(Officer.id).where(Officer.username == name)).first():
            raise ValidationError("duplicate_username", username=name)
        officer = Officer(
            username=name,
            full_name=display,
            unit_id=unit_id,
            role=role_value,
            password_hash=hashed,
            disabled=False,
            failed_attempts=0,
        )
        session.add(officer)
        session.flush()
        return officer.id


def authenticate(
    db: Database, username: str, password: str, *, now: datetime | None = None
) -> Actor:
    """Check a password; counts failures, locks after five, re-hashes outdated hashes."""
    now = now or utcnow()
    hasher = password_hasher()
    name = username.strip().lower()
    with db.transaction() as session:
        officer = session.execute(
            select(Officer).where(Officer.username == name)
        ).scalar_one_or_none()
        if officer is None:
            # Spend the same effort as a real check so a wrong username is not faster to detect.
            hasher.hash(password or "-")
            raise SignInError("sign_in_failed")
        if officer.disabled:
            raise SignInError("account_disabled", username=officer.username)
        if officer.locked_until is not None and officer.locked_until > now:
            raise SignInError(
                "account_locked",
                username=officer.username,
                limit=MAX_FAILED_ATTEMPTS,
                until=_local(officer.locked_until),
            )
        try:
            hasher.verify(officer.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            officer.failed_attempts += 1
            if officer.failed_attempts >= MAX_FAILED_ATTEMPTS:
                officer.locked_until = now + LOCKOUT
                officer.failed_attempts = 0
            failure: SignInError | None = SignInError("sign_in_failed")
        else:
            failure = None
            officer.failed_attempts = 0
            officer.locked_until = None
            officer.last_login_at = now
            if hasher.check_needs_rehash(officer.password_hash):
                officer.password_hash = hasher.hash(password)
        actor = Actor(officer.username, officer.role, officer.id, officer.unit_id)
    if failure is not None:
        raise failure  # raised after commit so the failure count is kept
    return actor


def _local(moment: datetime) -> str:
    return moment.astimezone(VIETNAM_TZ).strftime("%H:%M %d/%m/%Y")


def list_officers(db: Database, actor: Actor) -> list[OfficerView]:
    actor.require(Permission.MANAGE_OFFICERS)
    with db.reading() as session:
        return [
            _view(o) for o in session.execute(select(Officer).order_by(Officer.username)).scalars()
        ]


def _by_username(session: Session, username: str) -> Officer:
    officer = session.execute(
        select(Officer).where(Officer.username == username.strip().lower())
    ).scalar_one_or_none()
    if officer is None:
        raise NotFoundError("not_found", entity="officer", key=username[:64])
    return officer


def disable_officer(db: Database, actor: Actor, username: str) -> OfficerView:
    actor.require(Permission.MANAGE_OFFICERS)
    with db.transaction(actor) as session:
        officer = _by_username(session, username)
        if officer.role is Role.ADMIN and not officer.disabled:
            admins = session.execute(
                select(func.count())
                .select_from(Officer)
                .where(Officer.role == Role.ADMIN, Officer.disabled.is_(False))
            ).scalar_one()
            if admins <= 1:
                raise ValidationError("last_admin")
        officer.disabled = True
        session.flush()
        return _view(officer)


def set_password(db: Database, actor: Actor, username: str, password: str) -> None:
    """Admin resets a password (also clears a lock-out)."""
    actor.require(Permission.MANAGE_OFFICERS)
    hashed = password_hasher().hash(_check_password(password))
    with db.transaction(actor) as session:
        officer = _by_username(session, username)
        officer.password_hash = hashed
        officer.failed_attempts = 0
        officer.locked_until = None
