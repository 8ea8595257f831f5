"""Key slots: the installation's data key, wrapped once for every holder.

The data key (256 random bits) seals each private signing key (:mod:`accred_app.core.passes.keys`).
It is stored only wrapped (AES-256-GCM) in ``key_slots``:

- one **officer slot** per officer allowed to issue passes (admin, desk), under a key derived from
  that officer's password with argon2id (own random salt; the parameters are stored in the slot);
- one **recovery slot** under a key derived with HKDF-SHA256 from the recovery code, 130 random
  bits shown once when it is made (a slow derivation adds nothing to a secret that long);
- transitionally, one **unprotected slot**: the data key in the clear, left by migration 0002 when
  it sealed the raw keys of an older database, until the first administrator signs in.

Sign-in opens the officer's slot and hands the data key to the :class:`Actor` for that session.
docs/key-protection.md describes the layout, the upgrade path and what a stolen file gives.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass, field

from argon2 import Parameters
from argon2.low_level import Type, hash_secret_raw
from argon2.profiles import RFC_9106_LOW_MEMORY
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select
from sqlalchemy.orm import Session

from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.models import KeySlot, KeySlotKind, Officer, Role, Setting
from accred_app.core.passes.keys import DATA_KEY_LENGTH, all_signing_keys, data_key_of
from accred_app.core.roles import ROLE_PERMISSIONS, Actor, Permission
from accred_app.core.storage.db import Database, forget_deleted_data

register(
    {
        "recovery_code_mistyped": (
            "Mã khôi phục gõ chưa đúng: cần 28 ký tự (7 nhóm, mỗi nhóm 4 ký tự) và ký tự kiểm tra "
            "phải khớp. Hãy so lại từng nhóm với bản giấy.",
            "The recovery code is mistyped: it has 28 characters (7 groups of 4) and its check "
            "characters must match. Compare each group with the paper copy.",
        ),
        "recovery_code_wrong": (
            "Mã khôi phục không mở được khóa của cơ sở dữ liệu này (mã cũ đã được thay, "
            "hoặc mã của nơi khác).",
            "The recovery code does not open this database's key (it has been replaced, or it "
            "belongs to another installation).",
        ),
        "no_recovery_slot": (
            "Cơ sở dữ liệu này không có mã khôi phục (máy trạm kiểm soát không giữ khóa ký).",
            "This database has no recovery code (a checkpoint station holds no signing key).",
        ),
        "recovery_code_advice": (
            "Hãy in mã này ra giấy (hoặc chép tay cẩn thận) và cất vào tủ có khóa. Mã chỉ hiện "
            "một lần và không được lưu trong máy. Khi không còn cán bộ giữ khóa nào đăng nhập "
            "được, quản trị viên dùng mã này để lấy lại khóa ký.",
            "Print this code (or copy it carefully by hand) and lock it away. It is shown only "
            "once and is not kept on this computer. When no key holder can sign in any more, an "
            "administrator uses it to regain the signing key.",
        ),
        "key_protection_upgraded": (
            "Khóa ký nay đã được bảo vệ bằng mật khẩu cán bộ và mã khôi phục dưới đây. Các bản "
            "sao lưu làm trước lần nâng cấp này vẫn chứa khóa ký không được bảo vệ: hãy hủy "
            "chúng hoặc cất giữ như cất chính khóa ký. Cán bộ cấp thẻ chưa đăng nhập từ trước "
            "cần được quản trị viên đặt lại mật khẩu.",
            "The signing key is now protected by officers' passwords and the recovery code "
            "below. Backups made before this upgrade still hold the signing key unprotected: "
            "destroy them or guard them like the key itself. Desk officers who had not signed "
            "in before need an administrator to set their password again.",
        ),
    }
)

PASSWORD_SCHEME = "argon2id+aes-256-gcm/1"
RECOVERY_SCHEME = "hkdf-sha256+aes-256-gcm/1"
CLEAR_SCHEME = "clear/1"

SALT_LENGTH = 16
_NONCE_LENGTH = 12
_RECOVERY_INFO = b"accred recovery slot/1"
SCRUB_PENDING_SETTING = "key_scrub_pending"

RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Crockford's base 32: no I, L, O or U, so nothing reads as another character on paper."""
RECOVERY_PAYLOAD_SYMBOLS = 26  # 130 random bits
RECOVERY_CHECK_SYMBOLS = 2  # see _check_symbols
RECOVERY_GROUP = 4
_TYPED_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})


class KeyAccess(enum.StrEnum):
    """Whether an officer can open the signing key with their password."""

    NOT_NEEDED = "not_needed"  # the role does not issue passes
    GRANTED = "granted"
    MISSING = (
        "missing"  # may issue, but has no slot: an unlocked administrator must set the password
    )


def argon2_profile() -> Parameters:
    """argon2id parameters for password hashes and password slots alike: RFC 9106's
    low-memory profile; ``ACCRED_ARGON2_PROFILE=fast`` lowers them for test suites only."""
    if os.environ.get("ACCRED_ARGON2_PROFILE") == "fast":
        return Parameters(
            type=Type.ID,
            version=19,
            salt_len=SALT_LENGTH,
            hash_len=32,
            time_cost=1,
            memory_cost=8 * 1024,
            parallelism=1,
        )
    return RFC_9106_LOW_MEMORY


def may_hold_key(role: Role) -> bool:
    """Officers who may issue passes hold a slot; the others never touch the signing key."""
    return Permission.ISSUE_PASSES in ROLE_PERMISSIONS[role]


def _slot_context(kind: KeySlotKind, officer_id: int | None) -> bytes:
    """Associated data: a slot opens only as the slot it was made as (one moved to another
    officer's row does not open)."""
    owner = "" if officer_id is None else str(officer_id)
    return f"accred key slot/1:{kind.value}:{owner}".encode("ascii")


def _wrap(key: bytes, data_key: bytes, context: bytes) -> bytes:
    nonce = os.urandom(_NONCE_LENGTH)
    return nonce + AESGCM(key).encrypt(nonce, data_key, context)


def _unwrap(key: bytes, wrapped: bytes, context: bytes) -> bytes | None:
    try:
        data_key = AESGCM(key).decrypt(wrapped[:_NONCE_LENGTH], wrapped[_NONCE_LENGTH:], context)
    except (InvalidTag, ValueError):
        return None
    return data_key if len(data_key) == DATA_KEY_LENGTH else None


# --- password slots ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PasswordKey:
    """A key derived from a password with argon2id. Deriving is slow on purpose, so callers make it
    before the write transaction that stores the slot, keeping that transaction short."""

    salt: bytes
    parameters: Parameters
    key: bytes = field(repr=False)


def password_key(
    password: str, *, salt: bytes | None = None, parameters: Parameters | None = None
) -> PasswordKey:
    """argon2id raw output (``hash_secret_raw``); a fresh random salt unless one is given."""
    parameters = parameters or argon2_profile()
    salt = salt if salt is not None else os.urandom(SALT_LENGTH)
    key = hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=parameters.time_cost,
        memory_cost=parameters.memory_cost,
        parallelism=parameters.parallelism,
        hash_len=DATA_KEY_LENGTH,
        type=Type.ID,
    )
    return PasswordKey(salt, parameters, key)


@dataclass(frozen=True, slots=True)
class OfficerSlot:
    """An officer slot as read inside the sign-in transaction, opened after it (outside the lock)."""

    officer_id: int
    salt: bytes
    parameters: Parameters
    wrapped_key: bytes = field(repr=False)

    def open(self, password: str) -> bytes | None:
        """The data key, or None when this password does not open the slot."""
        derived = password_key(password, salt=self.salt, parameters=self.parameters)
        return _unwrap(
            derived.key, self.wrapped_key, _slot_context(KeySlotKind.OFFICER, self.officer_id)
        )

    @property
    def outdated(self) -> bool:
        """Made with other argon2id parameters than today's (re-wrapped at the next sign-in)."""
        current = argon2_profile()
        return (
            self.parameters.time_cost,
            self.parameters.memory_cost,
            self.parameters.parallelism,
        ) != (current.time_cost, current.memory_cost, current.parallelism)


def _officer_slot_row(session: Session, officer_id: int) -> KeySlot | None:
    return session.execute(
        select(KeySlot).where(KeySlot.kind == KeySlotKind.OFFICER, KeySlot.officer_id == officer_id)
    ).scalar_one_or_none()


def read_officer_slot(session: Session, officer_id: int) -> OfficerSlot | None:
    row = _officer_slot_row(session, officer_id)
    if (
        row is None
        or row.scheme != PASSWORD_SCHEME
        or row.salt is None
        or row.time_cost is None
        or row.memory_cost is None
        or row.parallelism is None
    ):
        return None
    parameters = Parameters(
        type=Type.ID,
        version=19,
        salt_len=len(row.salt),
        hash_len=DATA_KEY_LENGTH,
        time_cost=row.time_cost,
        memory_cost=row.memory_cost,
        parallelism=row.parallelism,
    )
    return OfficerSlot(officer_id, row.salt, parameters, row.wrapped_key)


def store_officer_slot(
    session: Session, officer_id: int, derived: PasswordKey, data_key: bytes
) -> None:
    """Wrap ``data_key`` for the officer, replacing their slot (overwritten in place, so the old
    wrapping is zeroed by ``secure_delete`` rather than left in free space)."""
    wrapped = _wrap(derived.key, data_key, _slot_context(KeySlotKind.OFFICER, officer_id))
    row = _officer_slot_row(session, officer_id)
    if row is None:
        row = KeySlot(kind=KeySlotKind.OFFICER, officer_id=officer_id)
        session.add(row)
    row.scheme = PASSWORD_SCHEME
    row.salt = derived.salt
    row.time_cost = derived.parameters.time_cost
    row.memory_cost = derived.parameters.memory_cost
    row.parallelism = derived.parameters.parallelism
    row.wrapped_key = wrapped
    session.flush()


def remove_officer_slot(session: Session, officer_id: int) -> bool:
    """Forget the officer's slot (disabled, or a password set by someone who could not wrap)."""
    row = _officer_slot_row(session, officer_id)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


def key_access(session: Session, officer: Officer) -> KeyAccess:
    return access_of(officer, _officer_slot_row(session, officer.id) is not None)


def access_of(officer: Officer, has_slot: bool) -> KeyAccess:
    if not may_hold_key(officer.role):
        return KeyAccess.NOT_NEEDED
    return KeyAccess.GRANTED if has_slot else KeyAccess.MISSING


def officers_with_slots(session: Session) -> frozenset[int]:
    """Officers holding a slot, in one read (a list of officers asks once, not once a row)."""
    return frozenset(
        officer_id
        for officer_id in session.execute(
            select(KeySlot.officer_id).where(KeySlot.kind == KeySlotKind.OFFICER)
        ).scalars()
        if officer_id is not None
    )


def unlock_at_sign_in(
    db: Database,
    actor: Actor,
    password: str,
    slot: OfficerSlot | None,
    unprotected: bytes | None,
) -> bytes | None:
    """The data key for a key holder who just gave the right password.

    Opens their slot; while an upgraded database still has the data key in the clear, takes it
    from there and gives the officer a slot of their own, so their access outlives the upgrade;
    re-wraps a slot made with outdated argon2id parameters.
    """
    assert actor.officer_id is not None
    data_key = slot.open(password) if slot is not None else None
    opened_own = data_key is not None
    if data_key is None:
        data_key = unprotected
    if data_key is not None and (not opened_own or (slot is not None and slot.outdated)):
        derived = password_key(password)
        with db.transaction(actor) as session:
            store_officer_slot(session, actor.officer_id, derived, data_key)
    return data_key


# --- the recovery code -------------------------------------------------------------------------


def _check_symbols(payload: str) -> str:
    """Two symbols that catch every single mistyped symbol and every swap of two neighbours (a
    position-weighted sum modulo the prime 37, larger than any difference of two symbols), and
    most other slips (a hash, modulo 27): 37 × 27 = 999 values fit in two base-32 symbols."""
    values = [RECOVERY_ALPHABET.index(symbol) for symbol in payload]
    weighted = sum(position * value for position, value in enumerate(values, start=1)) % 37
    hashed = hashlib.sha256(b"accred recovery code/1:" + payload.encode("ascii")).digest()[0] % 27
    check = weighted * 27 + hashed
    return RECOVERY_ALPHABET[check // 32] + RECOVERY_ALPHABET[check % 32]


def new_recovery_code() -> str:
    """26 random symbols and 2 check symbols in groups of four: ``7KQM-3XHD-…`` (28 symbols)."""
    payload = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_PAYLOAD_SYMBOLS))
    symbols = payload + _check_symbols(payload)
    return "-".join(
        symbols[start : start + RECOVERY_GROUP] for start in range(0, len(symbols), RECOVERY_GROUP)
    )


def read_recovery_code(text: str) -> str:
    """The code's payload as typed from paper: any case, with or without dashes and spaces, O
    read as 0 and I or L as 1; ``recovery_code_mistyped`` when the check symbols disagree."""
    symbols = "".join(
        character for character in text.upper() if character not in " -\t\r\n"
    ).translate(_TYPED_AS)
    expected = RECOVERY_PAYLOAD_SYMBOLS + RECOVERY_CHECK_SYMBOLS
    if len(symbols) != expected or any(c not in RECOVERY_ALPHABET for c in symbols):
        raise ValidationError("recovery_code_mistyped")
    payload, check = symbols[:RECOVERY_PAYLOAD_SYMBOLS], symbols[RECOVERY_PAYLOAD_SYMBOLS:]
    if not hmac.compare_digest(_check_symbols(payload), check):
        raise ValidationError("recovery_code_mistyped")
    return payload


def _recovery_key(payload: str, salt: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=DATA_KEY_LENGTH, salt=salt, info=_RECOVERY_INFO
    ).derive(payload.encode("ascii"))


def _recovery_slot_row(session: Session) -> KeySlot | None:
    return session.execute(
        select(KeySlot).where(KeySlot.kind == KeySlotKind.RECOVERY).limit(1)
    ).scalar_one_or_none()


def store_recovery_slot(session: Session, data_key: bytes) -> str:
    """Wrap ``data_key`` under a new recovery code, replacing the old one; returns the code (to
    show once, never stored)."""
    code = new_recovery_code()
    salt = os.urandom(SALT_LENGTH)
    wrapped = _wrap(
        _recovery_key(read_recovery_code(code), salt),
        data_key,
        _slot_context(KeySlotKind.RECOVERY, None),
    )
    row = _recovery_slot_row(session)
    if row is None:
        row = KeySlot(kind=KeySlotKind.RECOVERY, officer_id=None)
        session.add(row)
    row.scheme = RECOVERY_SCHEME
    row.salt = salt
    row.time_cost = row.memory_cost = row.parallelism = None
    row.wrapped_key = wrapped
    session.flush()
    return code


def open_recovery_slot(session: Session, code: str) -> bytes:
    """The data key from the recovery code, or a clear error (mistyped, wrong, none here)."""
    payload = read_recovery_code(code)
    row = _recovery_slot_row(session)
    if row is None or row.salt is None or row.scheme != RECOVERY_SCHEME:
        raise ValidationError("no_recovery_slot")
    data_key = _unwrap(
        _recovery_key(payload, row.salt),
        row.wrapped_key,
        _slot_context(KeySlotKind.RECOVERY, None),
    )
    if data_key is None:
        raise ValidationError("recovery_code_wrong")
    return data_key


def replace_recovery_code(db: Database, actor: Actor) -> str:
    """An unlocked administrator makes a new recovery code; the old one no longer opens this
    database (see docs/key-protection.md for copies made before)."""
    actor.require(Permission.MANAGE_KEYS)
    data_key_of(actor)
    with db.transaction(actor) as session:
        all_signing_keys(session, actor)  # wrap only a data key that really opens the keys
        code = store_recovery_slot(session, data_key_of(actor))
    forget_deleted_data(db)
    return code


# --- the upgrade from a database made before key protection ------------------------------------


def unprotected_data_key(session: Session) -> bytes | None:
    """The data key migration 0002 left in the clear, while no administrator has signed in since."""
    row = session.execute(
        select(KeySlot).where(KeySlot.kind == KeySlotKind.UNPROTECTED).limit(1)
    ).scalar_one_or_none()
    return row.wrapped_key if row is not None and row.scheme == CLEAR_SCHEME else None


def end_unprotected(session: Session) -> bool:
    """Delete the clear copy of the data key and mark the file for rewriting; True when there was one."""
    rows = list(
        session.execute(select(KeySlot).where(KeySlot.kind == KeySlotKind.UNPROTECTED)).scalars()
    )
    for row in rows:
        session.delete(row)
    if rows:
        session.merge(Setting(key=SCRUB_PENDING_SETTING, value="1"))
    session.flush()
    return bool(rows)


def scrub_if_pending(db: Database) -> None:
    """Rewrite the file once after the upgrade (VACUUM, empty WAL) so that neither the raw keys
    of the old format nor the clear data key stay in free pages; retried at the next
    administrator's sign-in when another connection kept it from finishing."""
    with db.reading() as session:
        if session.get(Setting, SCRUB_PENDING_SETTING) is None:
            return
    if forget_deleted_data(db, rebuild=True):
        with db.transaction() as session:
            row = session.get(Setting, SCRUB_PENDING_SETTING)
            if row is not None:
                session.delete(row)


def finish_upgrade(db: Database, actor: Actor) -> str | None:
    """At an unlocked administrator's sign-in on a database upgraded by migration 0002: make the
    recovery code, delete the clear data key and rewrite the file. Returns the new code, which
    the caller must show once; None when there was nothing to finish."""
    if actor.role is not Role.ADMIN or actor.data_key is None:
        return None
    with db.reading() as session:  # the usual case, nothing to finish, writes nothing
        pending = unprotected_data_key(session) is not None
    code: str | None = None
    if pending:
        with db.transaction(actor) as session:
            clear = unprotected_data_key(session)
            if clear is not None and hmac.compare_digest(clear, actor.data_key):
                all_signing_keys(session, actor)  # the key really opens every sealed key
                code = store_recovery_slot(session, actor.data_key)
                end_unprotected(session)
    scrub_if_pending(db)
    return code
