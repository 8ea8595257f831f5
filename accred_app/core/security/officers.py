"""Officer accounts and sign-in.

Passwords are hashed with argon2id (argon2-cffi) and re-hashed on the next successful sign-in when
the parameters change. Five failed tries in a row lock the account for a while (the lock is stored
in the database, so it holds across desks and restarts). Disabled accounts cannot sign in.

Officers who may issue passes also hold a key slot (:mod:`.keyslots`): sign-in opens it and the
returned :class:`Actor` carries the data key that opens the signing keys. Setting a password
re-wraps the slot when the administrator doing it holds the key, and removes it otherwise;
disabling an officer removes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from accred_app.core import validation as v
from accred_app.core.clock import VIETNAM_TZ, utcnow
from accred_app.core.errors import AccredError, NotFoundError, ValidationError
from accred_app.core.messages import register, register_terms
from accred_app.core.models import Officer, PoliceUnit, Role
from accred_app.core.passes.keys import all_signing_keys
from accred_app.core.registry.common import get_or_raise
from accred_app.core.roles import Actor, Permission
from accred_app.core.security import keyslots
from accred_app.core.security.keyslots import KeyAccess, PasswordKey
from accred_app.core.storage.db import Database, forget_deleted_data

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
        "officer_key_missing": (
            "{username} có quyền cấp thẻ nhưng chưa giữ khóa ký, vì phiên của người đặt mật khẩu "
            "chưa mở được khóa. Khi đã mở được khóa (đăng nhập lại, hoặc dùng mã khôi phục), hãy "
            "đặt lại mật khẩu cho {username}.",
            "{username} may issue passes but holds no signing key yet, because the session that "
            "set the password could not open the key. Once it can (sign in again, or use the "
            "recovery code), set {username}'s password again.",
        ),
    }
)


register_terms({"password_again": ("Nhập lại mật khẩu", "Password repeated")})


class SignInError(AccredError):
    """Sign-in refused (wrong password, locked, disabled)."""


def password_hasher() -> PasswordHasher:
    """argon2id with the library's recommended parameters (RFC 9106 low-memory); the test-only
    ``ACCRED_ARGON2_PROFILE=fast`` lowers them (see :func:`keyslots.argon2_profile`)."""
    return PasswordHasher.from_parameters(keyslots.argon2_profile())


@dataclass(frozen=True, slots=True)
class SignIn:
    """A sign-in's outcome. ``recovery_code`` is set only on the sign-in that finished the upgrade
    of a database made before key protection: the caller must show it once (it is stored
    nowhere)."""

    actor: Actor
    recovery_code: str | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class OfficerView:
    """An account as the officers page and ``officer list`` show it. ``locked_until`` is the end
    of a lock-out (it may lie in the past: the lock has then expired); ``key_access`` says whether
    the officer's password opens the signing key (see :mod:`.keyslots`)."""

    id: int
    username: str
    full_name: str
    unit_id: int | None
    role: str
    disabled: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    key_access: KeyAccess = KeyAccess.NOT_NEEDED

    def locked_at(self, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


def _view(officer: Officer, key_access: KeyAccess) -> OfficerView:
    return OfficerView(
        officer.id,
        officer.username,
        officer.full_name,
        officer.unit_id,
        officer.role.value,
        officer.disabled,
        officer.locked_until,
        officer.last_login_at,
        key_access,
    )


def _username(value: str) -> str:
    username = value.strip().lower()
    if (
        not (3 <= len(username) <= 64)
        or not username.isascii()
        or not all(c.isalnum() or c in "._-" for c in username)
    ):
        raise ValidationError("invalid_username", username=value[:64], field="username")
    return username


def _check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("weak_password", limit=MIN_PASSWORD_LENGTH, field="password")
    return password


def _collect(checks: list[Callable[[], object]]) -> list[ValidationError]:
    errors: list[ValidationError] = []
    for check in checks:
        try:
            check()
        except ValidationError as error:
            errors.append(error)
    return errors


def _same_password(password: str, password_again: str) -> None:
    if password != password_again:
        raise ValidationError("passwords_differ", field="password_again")


def password_errors(password: str, password_again: str) -> list[ValidationError]:
    """A new password typed twice, checked as :func:`set_password` checks it (each error names
    its field: ``password`` or ``password_again``), before the slow hashing starts."""
    return _collect(
        [lambda: _check_password(password), lambda: _same_password(password, password_again)]
    )


def officer_errors(
    *, username: str, full_name: str, role: str, password: str, password_again: str
) -> list[ValidationError]:
    """Every field of a new account checked at once, by the rules :func:`create_officer` applies
    (a form shows each error beside its field); a username already taken is still refused by the
    service."""

    def check_role() -> None:
        if not role.strip():
            raise ValidationError("required", field="role")
        v.choice(role, "role", [r.value for r in Role])

    return _collect(
        [
            lambda: _username(username),
            lambda: v.required_text(full_name, "full_name", limit=120),
            check_role,
        ]
    ) + password_errors(password, password_again)


def has_officers(db: Database) -> bool:
    """Whether anyone can sign in yet (else the desk runs its first-time set-up).

    Read through the table, not the mapped class: the desk asks this before its sign-in dialog,
    and the first ORM query of a process configures every mapper (~40 ms) — work the sign-in,
    on a worker, does anyway."""
    officers_table = Officer.__table__
    with db.reading() as session:
        return session.execute(select(officers_table.c.id).limit(1)).first() is not None


@dataclass(frozen=True, slots=True)
class NewOfficer:
    """A checked officer with the slow parts (password hash, key-slot key) already derived, so the
    write transaction that adds it stays short."""

    username: str
    full_name: str
    role: Role
    unit_id: int | None
    password_hash: str = field(repr=False)
    slot_key: PasswordKey | None = field(repr=False)


def prepare_officer(
    *,
    username: str,
    full_name: str,
    role: str,
    password: str,
    unit_id: int | None = None,
    with_key_slot: bool,
) -> NewOfficer:
    """Check the fields and derive what the password gives (``with_key_slot``: also the key that
    wraps the data key, for roles that issue passes)."""
    name = _username(username)
    role_value = Role(v.choice(role, "role", [r.value for r in Role]))
    display = v.required_text(full_name, "full_name", limit=120)
    hashed = password_hasher().hash(_check_password(password))
    slot_key = (
        keyslots.password_key(password)
        if with_key_slot and keyslots.may_hold_key(role_value)
        else None
    )
    return NewOfficer(name, display, role_value, unit_id, hashed, slot_key)


def add_officer(session: Session, new: NewOfficer, data_key: bytes | None) -> int:
    """Insert the officer, with a key slot when a slot key and the data key are both at hand."""
    if new.unit_id is not None:
        get_or_raise(session, PoliceUnit, new.unit_id, "unit")
    if session.execute(select(Officer.id).where(Officer.username == new.username)).first():
        raise ValidationError("duplicate_username", username=new.username, field="username")
    officer = Officer(
        username=new.username,
        full_name=new.full_name,
        unit_id=new.unit_id,
        role=new.role,
        password_hash=new.password_hash,
        disabled=False,
        failed_attempts=0,
    )
    session.add(officer)
    session.flush()
    if new.slot_key is not None and data_key is not None:
        keyslots.store_officer_slot(session, officer.id, new.slot_key, data_key)
    return officer.id


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
    """Add an officer (admin only, except the very first admin made by ``accred init``). An
    officer who may issue passes gets a key slot when ``actor`` holds the key; otherwise see
    :func:`key_access`."""
    if has_officers(db):
        actor.require(Permission.MANAGE_OFFICERS)
    new = prepare_officer(
        username=username,
        full_name=full_name,
        role=role,
        password=password,
        unit_id=unit_id,
        with_key_slot=actor.holds_signing_key,
    )
    with db.transaction(actor) as session:
        return add_officer(session, new, actor.data_key)


def authenticate(
    db: Database, username: str, password: str, *, now: datetime | None = None
) -> Actor:
    """Check a password; counts failures, locks after five, re-hashes outdated hashes. A key
    holder's actor carries the data key opened from their slot (one more argon2id derivation,
    made after the write transaction so other desks are not held up)."""
    now = now or utcnow()
    hasher = password_hasher()
    name = username.strip().lower()
    slot: keyslots.OfficerSlot | None = None
    unprotected: bytes | None = None
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
            if keyslots.may_hold_key(officer.role):
                slot = keyslots.read_officer_slot(session, officer.id)
                unprotected = keyslots.unprotected_data_key(session)
        actor = Actor(officer.username, officer.role, officer.id, officer.unit_id)
    if failure is not None:
        raise failure  # raised after commit so the failure count is kept
    if not keyslots.may_hold_key(actor.role):
        return actor
    data_key = keyslots.unlock_at_sign_in(db, actor, password, slot, unprotected)
    return replace(actor, data_key=data_key)


def sign_in(db: Database, username: str, password: str) -> SignIn:
    """What a person signing in goes through (CLI, desk window): :func:`authenticate`, then, on a
    database upgraded from before key protection, the first unlocked administrator finishes the
    upgrade — the returned ``recovery_code`` must be shown to them once."""
    actor = authenticate(db, username, password)
    return SignIn(actor, keyslots.finish_upgrade(db, actor))


def recover_key_access(db: Database, username: str, password: str, recovery_code: str) -> Actor:
    """An administrator who holds no key (slot missing, or password set by someone who could not
    wrap) regains it with the recovery code: the data key is wrapped for their password again."""
    actor = authenticate(db, username, password)
    actor.require(Permission.MANAGE_KEYS)
    with db.reading() as session:
        data_key = keyslots.open_recovery_slot(session, recovery_code)
    derived = keyslots.password_key(password)
    unlocked = replace(actor, data_key=data_key)
    assert unlocked.officer_id is not None
    with db.transaction(unlocked) as session:
        all_signing_keys(session, unlocked)  # a data key that opens nothing is not wrapped
        keyslots.store_officer_slot(session, unlocked.officer_id, derived, data_key)
    return unlocked


def _local(moment: datetime) -> str:
    return moment.astimezone(VIETNAM_TZ).strftime("%H:%M %d/%m/%Y")


def list_officers(db: Database, actor: Actor) -> list[OfficerView]:
    """Every account, by username, with whether each can open the signing key."""
    actor.require(Permission.MANAGE_OFFICERS)
    with db.reading() as session:
        holders = keyslots.officers_with_slots(session)
        return [
            _view(o, keyslots.access_of(o, o.id in holders))
            for o in session.execute(select(Officer).order_by(Officer.username)).scalars()
        ]


def _by_username(session: Session, username: str) -> Officer:
    officer = session.execute(
        select(Officer).where(Officer.username == username.strip().lower())
    ).scalar_one_or_none()
    if officer is None:
        raise NotFoundError("not_found", entity="officer", key=username[:64])
    return officer


def disable_officer(db: Database, actor: Actor, username: str) -> OfficerView:
    """Disable an account. Its key slot goes too: a disabled officer's password must not keep
    opening the signing key in a copy of the file (re-enabling means setting a new password)."""
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
        slot_removed = keyslots.remove_officer_slot(session, officer.id)
        session.flush()
        view = _view(officer, keyslots.key_access(session, officer))
    if slot_removed:
        forget_deleted_data(db)
    return view


def unlock_officer(db: Database, actor: Actor, username: str) -> OfficerView:
    """Lift a lock-out at once (admin), keeping the password: the officer who mistyped it may
    sign in again without waiting. The audit trail records who lifted it."""
    actor.require(Permission.MANAGE_OFFICERS)
    with db.transaction(actor) as session:
        officer = _by_username(session, username)
        officer.locked_until = None
        officer.failed_attempts = 0
        session.flush()
        return _view(officer, keyslots.key_access(session, officer))


def set_password(db: Database, actor: Actor, username: str, password: str) -> KeyAccess:
    """Admin sets a password (also clears a lock-out). For an officer who may issue passes the key
    slot is re-wrapped under the new password when ``actor`` holds the key; otherwise the old slot
    (under the old password) is removed and the result is ``MISSING`` — the caller must say so."""
    actor.require(Permission.MANAGE_OFFICERS)
    hashed = password_hasher().hash(_check_password(password))
    with db.reading() as session:
        role = _by_username(session, username).role
    slot_key = (
        keyslots.password_key(password)
        if keyslots.may_hold_key(role) and actor.holds_signing_key
        else None
    )
    with db.transaction(actor) as session:
        officer = _by_username(session, username)
        officer.password_hash = hashed
        officer.failed_attempts = 0
        officer.locked_until = None
        if not keyslots.may_hold_key(officer.role):
            access = KeyAccess.NOT_NEEDED
        elif slot_key is not None and actor.data_key is not None:
            keyslots.store_officer_slot(session, officer.id, slot_key, actor.data_key)
            access = KeyAccess.GRANTED
        else:
            keyslots.remove_officer_slot(session, officer.id)
            access = KeyAccess.MISSING
    forget_deleted_data(db)
    return access


def key_access(db: Database, actor: Actor, username: str) -> KeyAccess:
    """Whether ``username`` can open the signing key with their password (for the officers page
    and the CLI, which warn with ``officer_key_missing``)."""
    actor.require(Permission.MANAGE_OFFICERS)
    with db.reading() as session:
        return keyslots.key_access(session, _by_username(session, username))
