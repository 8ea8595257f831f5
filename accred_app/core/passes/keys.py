"""The installation's signing keys, kept in the database so that every desk sharing it signs with
the same key, and exported as public keys only for checkpoints.

Only the newest key that is not retired signs. ``rotate`` retires it and makes a new one; old keys
keep verifying the passes they signed. A checkpoint station's database holds public keys only
(``private_key`` is NULL), so it can verify but never sign.

A private key is never stored in the clear: it is sealed (AES-256-GCM, the key id as associated
data) under the installation's *data key*, which only a signed-in key holder's :class:`Actor`
carries (unwrapped from their key slot by :mod:`accred_app.core.security.keyslots`). A copy of the
database without a password or the recovery code holds nothing that signs. docs/key-protection.md
describes the whole scheme.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select
from sqlalchemy.orm import Session

from accred_app.core.clock import utcnow
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.models import SigningKeyRecord
from accred_app.core.passes.tokens import SigningKey, generate_signing_key, key_id_for
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database

register(
    {
        "no_signing_key": (
            "Máy này không có khóa ký (máy trạm kiểm soát chỉ kiểm tra thẻ, không cấp thẻ). "
            "Thẻ tác nghiệp được cấp tại bàn cấp thẻ.",
            "This database has no signing key (a checkpoint station verifies but never issues). "
            "Passes are issued at the desk.",
        ),
        "invalid_public_keys_file": (
            "Tệp khóa công khai không hợp lệ: {detail}",
            "Invalid public keys file: {detail}",
        ),
        "signing_key_locked": (
            "Phiên đăng nhập của cán bộ {username} chưa mở được khóa ký nên chưa ký được thẻ. "
            "Hãy nhờ quản trị viên đặt lại mật khẩu cho tài khoản này, hoặc quản trị viên dùng "
            "mã khôi phục để lấy lại quyền giữ khóa.",
            "Officer {username}'s session holds no unlocked signing key, so it cannot sign. "
            "Ask an administrator to set this account's password again, or an administrator can "
            "use the recovery code to regain the key.",
        ),
        "signing_key_unreadable": (
            "Không mở được khóa ký {key_id}: dữ liệu khóa không khớp với khóa của phiên đăng nhập "
            "(cơ sở dữ liệu có thể đã bị sửa hoặc lấy từ nơi khác).",
            "Signing key {key_id} cannot be opened with this session's key (the database may "
            "have been altered or come from another installation).",
        ),
    }
)

PUBLIC_KEYS_FORMAT = "accred-public-keys/1"


@dataclass(frozen=True, slots=True)
class KeyInfo:
    key_id: str
    created_at: datetime
    retired_at: datetime | None
    can_sign: bool
    public_key: bytes  # for the fingerprint a checkpoint's officer compares


SEALED_KEY_FORMAT = 1
"""First byte of a sealed private key; the layout is ``format ‖ nonce (12) ‖ ciphertext+tag (48)``."""
DATA_KEY_LENGTH = 32
_NONCE_LENGTH = 12


def new_data_key() -> bytes:
    """A fresh random 256-bit data key (one per installation, made by ``accred init``)."""
    return AESGCM.generate_key(bit_length=DATA_KEY_LENGTH * 8)


def _sealing_context(key_id: str) -> bytes:
    """Associated data: a sealed key opens only as the key it was sealed as (a blob moved to
    another row fails to open instead of signing under the wrong id)."""
    return b"accred signing key/1:" + bytes.fromhex(key_id)


def seal_private_key(data_key: bytes, key_id: str, private_bytes: bytes) -> bytes:
    nonce = os.urandom(_NONCE_LENGTH)
    sealed = AESGCM(data_key).encrypt(nonce, private_bytes, _sealing_context(key_id))
    return bytes([SEALED_KEY_FORMAT]) + nonce + sealed


def open_private_key(data_key: bytes, key_id: str, sealed: bytes) -> bytes:
    """The raw private key of ``key_id``; ``signing_key_unreadable`` when it does not open."""
    if len(sealed) <= 1 + _NONCE_LENGTH or sealed[0] != SEALED_KEY_FORMAT:
        raise ValidationError("signing_key_unreadable", key_id=key_id)
    nonce, body = sealed[1 : 1 + _NONCE_LENGTH], sealed[1 + _NONCE_LENGTH :]
    try:
        return AESGCM(data_key).decrypt(nonce, body, _sealing_context(key_id))
    except (InvalidTag, ValueError) as exc:
        raise ValidationError("signing_key_unreadable", key_id=key_id) from exc


def data_key_of(actor: Actor) -> bytes:
    """The actor's unlocked data key, or ``signing_key_locked`` naming the officer."""
    if actor.data_key is None:
        raise ValidationError("signing_key_locked", username=actor.username)
    return actor.data_key


def has_signing_keys(session: Session) -> bool:
    """True when this database holds any key at all (a station holds public ones)."""
    return session.execute(select(SigningKeyRecord.key_id).limit(1)).first() is not None


def ensure_signing_key(session: Session, actor: Actor) -> bool:
    """Create the first signing key, sealed with ``actor``'s data key, when there is none; True
    when one was made."""
    if has_signing_keys(session):
        return False
    _add_new_key(session, data_key_of(actor))
    return True


def _add_new_key(session: Session, data_key: bytes) -> SigningKeyRecord:
    key = generate_signing_key()
    key_id = key.key_id.hex()
    record = SigningKeyRecord(
        key_id=key_id,
        public_key=key.public_bytes,
        private_key=seal_private_key(data_key, key_id, key.private_bytes),
    )
    session.add(record)
    session.flush()
    return record


def _private_records(session: Session) -> list[SigningKeyRecord]:
    return list(
        session.execute(
            select(SigningKeyRecord)
            .where(SigningKeyRecord.private_key.is_not(None))
            .order_by(SigningKeyRecord.created_at.desc())
        ).scalars()
    )


def _as_signing_key(record: SigningKeyRecord, data_key: bytes) -> SigningKey:
    assert record.private_key is not None
    private = open_private_key(data_key, record.key_id, record.private_key)
    return SigningKey(bytes.fromhex(record.key_id), private, record.public_key)


def active_signing_key(session: Session, actor: Actor) -> SigningKey:
    """The key that signs new passes: the newest one not retired, opened for ``actor``."""
    for record in _private_records(session):
        if record.retired_at is None:
            return _as_signing_key(record, data_key_of(actor))
    raise ValidationError("no_signing_key")


def all_signing_keys(session: Session, actor: Actor) -> list[SigningKey]:
    """Every key this installation holds privately, newest first, retired ones included (they can
    still endorse, e.g. sign a station package for a station that pinned an older key)."""
    records = _private_records(session)
    if not records:
        raise ValidationError("no_signing_key")
    data_key = data_key_of(actor)
    return [_as_signing_key(record, data_key) for record in records]


def public_keys(session: Session) -> dict[bytes, bytes]:
    """Every known public key by its 4-byte id (retired keys included: old passes still verify)."""
    rows = session.execute(select(SigningKeyRecord.key_id, SigningKeyRecord.public_key))
    return {bytes.fromhex(key_id): public for key_id, public in rows}


def list_keys(db: Database, actor: Actor) -> list[KeyInfo]:
    actor.require(Permission.READ)
    with db.reading() as session:
        rows = session.execute(select(SigningKeyRecord).order_by(SigningKeyRecord.created_at))
        return [
            KeyInfo(
                r.key_id,
                r.created_at,
                r.retired_at,
                r.private_key is not None and r.retired_at is None,
                r.public_key,
            )
            for r in rows.scalars()
        ]


def rotate_key(db: Database, actor: Actor) -> str:
    """Retire the signing key and make a new one; returns the new key id (hex)."""
    actor.require(Permission.MANAGE_KEYS)
    with db.transaction(actor) as session:
        active_signing_key(session, actor)  # a station has nothing to rotate; a locked actor stops
        now = utcnow()
        for record in session.execute(
            select(SigningKeyRecord).where(SigningKeyRecord.retired_at.is_(None))
        ).scalars():
            record.retired_at = now
        return _add_new_key(session, data_key_of(actor)).key_id


def public_keys_document(session: Session) -> dict[str, Any]:
    return {
        "format": PUBLIC_KEYS_FORMAT,
        "keys": [
            {"key_id": key_id.hex(), "public_key": public.hex()}
            for key_id, public in sorted(public_keys(session).items())
        ],
    }


def export_public_keys(db: Database, actor: Actor, path: Path) -> int:
    """Write the public keys a checkpoint needs (never a private key); returns how many."""
    actor.require(Permission.MANAGE_KEYS)
    with db.reading() as session:
        document = public_keys_document(session)
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return len(document["keys"])


def read_public_keys(document: object) -> dict[bytes, bytes]:
    """Parse and check a public-keys document (each id must match its key)."""
    try:
        assert isinstance(document, dict) and document.get("format") == PUBLIC_KEYS_FORMAT
        result: dict[bytes, bytes] = {}
        for entry in document["keys"]:
            key_id = bytes.fromhex(entry["key_id"])
            public = bytes.fromhex(entry["public_key"])
            if len(public) != 32 or key_id_for(public) != key_id:
                raise ValueError(f"key {entry['key_id']} does not match its id")
            result[key_id] = public
        return result
    except (AssertionError, KeyError, TypeError, ValueError) as exc:
        raise ValidationError(
            "invalid_public_keys_file", detail=str(exc)[:200] or "format"
        ) from exc


def import_public_keys(session: Session, keys: dict[bytes, bytes]) -> int:
    """Add public keys that are not known yet (a station refreshing its keys); returns how many."""
    added = 0
    for key_id, public in keys.items():
        if session.get(SigningKeyRecord, key_id.hex()) is None:
            session.add(SigningKeyRecord(key_id=key_id.hex(), public_key=public, private_key=None))
            added += 1
    return added
