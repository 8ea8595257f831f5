"""key protection: key slots, and the raw private keys of an older database sealed

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 11:42:49.325321

A database made before key protection holds each Ed25519 private key raw in
``signing_keys.private_key``. This migration seals them in place under a new data key, in the
format ``accred_app.core.passes.keys`` reads (format byte 1 ‖ 12-byte nonce ‖ AES-256-GCM
ciphertext and tag, the key id as associated data). No password is known here, so the data key is
left in an *unprotected* slot until the first administrator signs in: that sign-in wraps it for
them, makes the recovery code, deletes the clear copy and rewrites the file
(docs/key-protection.md, "Upgrading an older database"). The sealing is written out here rather
than imported so that this migration keeps meaning the same thing whatever the code becomes.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

import accred_app.core.models

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_SEALED_KEY_FORMAT = 1
_RAW_KEY_LENGTH = 32

signing_keys = sa.table(
    "signing_keys",
    sa.column("key_id", sa.String(8)),
    sa.column("private_key", sa.LargeBinary()),
)
key_slots = sa.table(
    "key_slots",
    sa.column("kind", sa.String(16)),
    sa.column("officer_id", sa.Integer()),
    sa.column("scheme", sa.String(40)),
    sa.column("wrapped_key", sa.LargeBinary()),
    sa.column("created_at", accred_app.core.models.UTCDateTime()),
)


def _seal(data_key: bytes, key_id: str, private: bytes) -> bytes:
    nonce = os.urandom(12)
    context = b"accred signing key/1:" + bytes.fromhex(key_id)
    return bytes([_SEALED_KEY_FORMAT]) + nonce + AESGCM(data_key).encrypt(nonce, private, context)


def upgrade() -> None:
    op.create_table(
        "key_slots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "officer",
                "recovery",
                "unprotected",
                name="key_slot_kind",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("scheme", sa.String(length=40), nullable=False),
        sa.Column("salt", sa.LargeBinary(), nullable=True),
        sa.Column("time_cost", sa.Integer(), nullable=True),
        sa.Column("memory_cost", sa.Integer(), nullable=True),
        sa.Column("parallelism", sa.Integer(), nullable=True),
        sa.Column("wrapped_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", accred_app.core.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officers.id"], name=op.f("fk_key_slots_officer_id_officers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_slots")),
        sa.UniqueConstraint("officer_id", name=op.f("uq_key_slots_officer_id")),
    )

    bind = op.get_bind()
    raw_keys = bind.execute(
        sa.select(signing_keys.c.key_id, signing_keys.c.private_key).where(
            signing_keys.c.private_key.is_not(None)
        )
    ).all()
    if not raw_keys:
        return  # a new or a station database: nothing to seal
    data_key = AESGCM.generate_key(bit_length=256)
    for key_id, private in raw_keys:
        if len(private) != _RAW_KEY_LENGTH:
            raise RuntimeError(f"signing key {key_id} is not a raw Ed25519 key")
        bind.execute(
            signing_keys.update()
            .where(signing_keys.c.key_id == key_id)
            .values(private_key=_seal(data_key, key_id, bytes(private)))
        )
    bind.execute(
        key_slots.insert().values(
            kind="unprotected",
            officer_id=None,
            scheme="clear/1",
            wrapped_key=data_key,
            created_at=datetime.now(UTC),
        )
    )


def downgrade() -> None:
    """Back to raw keys, possible only while the data key is still in the clear: once an
    administrator has signed in, no password is known here to open them."""
    bind = op.get_bind()
    sealed = bind.execute(
        sa.select(signing_keys.c.key_id, signing_keys.c.private_key).where(
            signing_keys.c.private_key.is_not(None)
        )
    ).all()
    if sealed:
        clear = bind.execute(
            sa.select(key_slots.c.wrapped_key).where(key_slots.c.kind == "unprotected")
        ).scalar()
        if clear is None:
            raise RuntimeError(
                "the signing keys are protected by officers' passwords; "
                "a downgrade cannot open them"
            )
        for key_id, blob in sealed:
            blob = bytes(blob)
            context = b"accred signing key/1:" + bytes.fromhex(key_id)
            private = AESGCM(bytes(clear)).decrypt(blob[1:13], blob[13:], context)
            bind.execute(
                signing_keys.update()
                .where(signing_keys.c.key_id == key_id)
                .values(private_key=private)
            )
    op.drop_table("key_slots")
