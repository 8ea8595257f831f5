"""The installation's signing keys, kept in the database so that every desk sharing it signs with
the same key, and exported as public keys only for checkpoints.

Only the newest key that is not retired signs. ``rotate`` retires it and makes a new one; old keys
keep verifying the passes they signed. A checkpoint station's database holds public keys only
(``private_key`` is NULL), so it can verify but never sign.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

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
            "Hãy chạy “accred init” trên máy bàn cấp thẻ.",
            "This database has no signing key (a checkpoint station verifies but never issues). "
            "Run “accred init” on the desk.",
        ),
        "invalid_public_keys_file": (
            "Tệp khóa công khai không hợp lệ: {detail}",
            "Invalid public keys file: {detail}",
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


def ensure_signing_key(session: Session) -> bool:
    """Create the first signing key when there is none; True when one was made."""
    if session.execute(select(SigningKeyRecord.key_id).limit(1)).first() is not None:
        return False
    _add_new_key(session)
    return True


def _add_new_key(session: Session) -> SigningKeyRecord:
    key = generate_signing_key()
    record = SigningKeyRecord(
        key_id=key.key_id.hex(), public_key=key.public_bytes, private_key=key.private_bytes
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


def _as_signing_key(record: SigningKeyRecord) -> SigningKey:
    assert record.private_key is not None
    return SigningKey(bytes.fromhex(record.key_id), record.private_key, record.public_key)


def active_signing_key(session: Session, actor: Actor) -> SigningKey:
    """The key that signs new passes: the newest one not retired, opened for ``actor``."""
    for record in _private_records(session):
        if record.retired_at is None:
            return _as_signing_key(record)
    raise ValidationError("no_signing_key")


def all_signing_keys(session: Session, actor: Actor) -> list[SigningKey]:
    """Every key this installation holds privately, newest first, retired ones included (they can
    still endorse, e.g. sign a station package for a station that pinned an older key)."""
    records = _private_records(session)
    if not records:
        raise ValidationError("no_signing_key")
    return [_as_signing_key(record) for record in records]


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
            )
            for r in rows.scalars()
        ]


def rotate_key(db: Database, actor: Actor) -> str:
    """Retire the signing key and make a new one; returns the new key id (hex)."""
    actor.require(Permission.MANAGE_KEYS)
    with db.transaction(actor) as session:
        active_signing_key(session, actor)  # a station has nothing to rotate
        now = utcnow()
        for record in session.execute(
            select(SigningKeyRecord).where(SigningKeyRecord.retired_at.is_(None))
        ).scalars():
            record.retired_at = now
        return _add_new_key(session).key_id


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
