"""Key slots: the recovery code a person types from paper, the password slots opened at sign-in,
and the officers' lifecycle (created, password set, disabled) as it touches the signing key."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select

from accred_app.core.errors import PermissionDenied, ValidationError
from accred_app.core.models import AuditEntry, KeySlot, KeySlotKind, Officer
from accred_app.core.passes import keys
from accred_app.core.passes.keys import active_signing_key, all_signing_keys
from accred_app.core.roles import SYSTEM, Actor
from accred_app.core.security import keyslots, officers
from accred_app.core.security.keyslots import (
    RECOVERY_ALPHABET,
    KeyAccess,
    new_recovery_code,
    read_recovery_code,
)

PASSWORD = "mat-khau-ban-cap-the"
CODE_SHAPE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$")


# --- the recovery code -----------------------------------------------------------------------


def test_recovery_code_is_seven_groups_of_four_without_look_alikes() -> None:
    codes = {new_recovery_code() for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        assert CODE_SHAPE.match(code), code
        assert not set(code) & set("ILOU")
        assert len(read_recovery_code(code)) == 26  # 26 × 5 = 130 random bits
    assert set(RECOVERY_ALPHABET) == set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def test_recovery_code_is_read_as_a_person_types_it() -> None:
    code = new_recovery_code()
    payload = read_recovery_code(code)
    sloppy = " ".join(code.lower().split("-"))
    assert read_recovery_code(sloppy) == payload
    assert read_recovery_code(code.replace("-", "")) == payload
    look_alike = code.replace("0", "O").replace("1", "l")
    assert read_recovery_code(look_alike) == payload


def test_every_single_mistyped_symbol_and_swapped_pair_is_caught() -> None:
    code = new_recovery_code()
    symbols = code.replace("-", "")
    for position, original in enumerate(symbols):
        for other in RECOVERY_ALPHABET:
            if other == original:
                continue
            typo = symbols[:position] + other + symbols[position + 1 :]
            with pytest.raises(ValidationError) as caught:
                read_recovery_code(typo)
            assert caught.value.code == "recovery_code_mistyped"
    for position in range(len(symbols) - 3):  # neighbours in the 26 random symbols
        a, b = symbols[position], symbols[position + 1]
        if a != b:
            swapped = symbols[:position] + b + a + symbols[position + 2 :]
            with pytest.raises(ValidationError):
                read_recovery_code(swapped)
    for short in (symbols[:-1], symbols + "0", "", "UUUU"):
        with pytest.raises(ValidationError):
            read_recovery_code(short)


# --- password slots --------------------------------------------------------------------------


def test_password_slot_opens_with_its_password_only(db: Any, admin: Actor) -> None:
    with db.reading() as session:
        slot = keyslots.read_officer_slot(session, admin.officer_id)
    assert slot is not None
    assert slot.open("mat-khau-quan-tri-1") == admin.data_key
    assert slot.open("mat-khau-sai-roi") is None
    parameters = keyslots.argon2_profile()
    assert (slot.parameters.time_cost, slot.parameters.memory_cost) == (
        parameters.time_cost,
        parameters.memory_cost,
    )
    assert len(slot.salt) == keyslots.SALT_LENGTH


def test_a_slot_moved_to_another_officer_does_not_open(db: Any, admin: Actor) -> None:
    """Same password, same salt: only the slot's associated data (its owner) tells them apart."""
    officers.create_officer(
        db,
        admin,
        username="ban1",
        full_name="Phạm Thu Hà",
        role="desk",
        password="mat-khau-quan-tri-1",
    )
    with db.transaction(admin) as session:
        rows = {
            row.officer_id: row
            for row in session.execute(
                select(KeySlot).where(KeySlot.kind == KeySlotKind.OFFICER)
            ).scalars()
        }
        desk_id = next(i for i in rows if i != admin.officer_id)
        # an attacker with write access copies the admin's slot over the desk officer's
        rows[desk_id].wrapped_key = rows[admin.officer_id].wrapped_key
        rows[desk_id].salt = rows[admin.officer_id].salt
    assert officers.authenticate(db, "admin", "mat-khau-quan-tri-1").holds_signing_key
    assert not officers.authenticate(db, "ban1", "mat-khau-quan-tri-1").holds_signing_key


def test_sign_in_unlocks_key_holders_only(db: Any, admin: Actor) -> None:
    for username, role in (("ban1", "desk"), ("chot1", "checkpoint"), ("xem1", "viewer")):
        officers.create_officer(
            db, admin, username=username, full_name="Cán bộ", role=role, password=PASSWORD
        )
    desk = officers.authenticate(db, "ban1", PASSWORD)
    assert desk.data_key == admin.data_key
    assert active_signing_key_of(db, desk) == active_signing_key_of(db, admin)
    for username in ("chot1", "xem1"):
        actor = officers.authenticate(db, username, PASSWORD)
        assert actor.data_key is None
    with db.reading() as session:
        holders = set(
            session.execute(
                select(Officer.username)
                .join(KeySlot, KeySlot.officer_id == Officer.id)
                .where(KeySlot.kind == KeySlotKind.OFFICER)
            ).scalars()
        )
    assert holders == {"admin", "ban1"}


def active_signing_key_of(db: Any, actor: Actor) -> bytes:
    with db.reading() as session:
        return active_signing_key(session, actor).private_bytes


def test_the_data_key_stays_out_of_repr_and_comparisons(admin: Actor) -> None:
    assert admin.data_key is not None
    assert admin.data_key.hex() not in repr(admin)
    assert repr(admin.data_key) not in repr(admin)
    assert replace(admin, data_key=None) == admin


def test_a_locked_actor_cannot_sign_and_is_told_why(db: Any, admin: Actor) -> None:
    locked = replace(admin, data_key=None)
    with db.reading() as session, pytest.raises(ValidationError) as caught:
        active_signing_key(session, locked)
    assert caught.value.code == "signing_key_locked"
    assert "admin" in caught.value.message("vi")
    assert "khóa ký" in caught.value.message("vi")
    with pytest.raises(ValidationError):
        keys.rotate_key(db, locked)
    wrong = replace(admin, data_key=bytes(32))
    with db.reading() as session, pytest.raises(ValidationError) as caught:
        all_signing_keys(session, wrong)
    assert caught.value.code == "signing_key_unreadable"


def test_outdated_slot_parameters_are_rewrapped_at_sign_in(
    db: Any, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    stronger = replace(keyslots.argon2_profile(), time_cost=2)
    monkeypatch.setattr(keyslots, "argon2_profile", lambda: stronger)
    again = officers.authenticate(db, "admin", "mat-khau-quan-tri-1")
    assert again.data_key == admin.data_key
    with db.reading() as session:
        slot = keyslots.read_officer_slot(session, admin.officer_id)
    assert slot is not None and slot.parameters.time_cost == 2


# --- officers' lifecycle ---------------------------------------------------------------------


def test_set_password_rewraps_and_a_locked_admin_says_so(db: Any, admin: Actor) -> None:
    officers.create_officer(
        db, admin, username="ban1", full_name="Phạm Thu Hà", role="desk", password=PASSWORD
    )
    assert officers.key_access(db, admin, "ban1") is KeyAccess.GRANTED
    assert officers.set_password(db, admin, "ban1", "mat-khau-moi-2026") is KeyAccess.GRANTED
    assert officers.authenticate(db, "ban1", "mat-khau-moi-2026").data_key == admin.data_key

    locked = replace(admin, data_key=None)
    assert officers.set_password(db, locked, "ban1", "mat-khau-moi-2027") is KeyAccess.MISSING
    assert officers.key_access(db, admin, "ban1") is KeyAccess.MISSING
    assert officers.authenticate(db, "ban1", "mat-khau-moi-2027").data_key is None

    officers.create_officer(
        db, admin, username="chot1", full_name="Gác", role="checkpoint", password=PASSWORD
    )
    assert officers.set_password(db, locked, "chot1", PASSWORD) is KeyAccess.NOT_NEEDED


def test_disabling_an_officer_removes_their_slot(db: Any, admin: Actor) -> None:
    officers.create_officer(
        db, admin, username="ban1", full_name="Phạm Thu Hà", role="desk", password=PASSWORD
    )
    officers.disable_officer(db, admin, "ban1")
    with db.reading() as session:
        officer_id = session.execute(
            select(Officer.id).where(Officer.username == "ban1")
        ).scalar_one()
        assert keyslots.read_officer_slot(session, officer_id) is None


def test_the_audit_trail_never_holds_a_wrapped_or_sealed_key(db: Any, admin: Actor) -> None:
    officers.create_officer(
        db, admin, username="ban1", full_name="Phạm Thu Hà", role="desk", password=PASSWORD
    )
    officers.disable_officer(db, admin, "ban1")
    keys.rotate_key(db, admin)
    with db.reading() as session:
        wrapped = list(session.execute(select(KeySlot.wrapped_key)).scalars())
        trail = [
            entry.changes
            for entry in session.execute(select(AuditEntry)).scalars()
            if entry.entity in {"key_slots", "signing_keys"}
        ]
        sealed = list(session.execute(select(keys.SigningKeyRecord.private_key)).scalars())
    # Only a digest of each secret is recorded (so replay can tell it was replaced), never the value.
    assert any('"wrapped_key":[null,"<secret sha256:' in changes for changes in trail)
    assert any(
        '"wrapped_key":["<secret sha256:' in changes for changes in trail
    )  # the disabled one
    joined = "".join(trail)
    for secret in [admin.data_key, *wrapped, *sealed]:
        assert secret is not None
        assert secret.hex() not in joined


def test_the_first_admin_is_made_only_with_a_slot_and_a_recovery_code(db: Any) -> None:
    with db.reading() as session:
        kinds = sorted(k.value for k in session.execute(select(KeySlot.kind)).scalars())
    assert kinds == ["officer", "recovery"]


def test_recovery_code_replacement_needs_an_unlocked_admin(db: Any, admin: Actor) -> None:
    with pytest.raises(ValidationError) as caught:
        keyslots.replace_recovery_code(db, replace(admin, data_key=None))
    assert caught.value.code == "signing_key_locked"
    with pytest.raises(PermissionDenied):
        keyslots.replace_recovery_code(db, replace(SYSTEM, role=officers.Role.DESK))
    code = keyslots.replace_recovery_code(db, admin)
    with db.reading() as session:
        assert keyslots.open_recovery_slot(session, code) == admin.data_key


def test_the_upgrade_rewrite_leaves_no_deleted_bytes_in_the_file(
    db: Any, db_path: Any, admin: Actor
) -> None:
    """What an older file may hold in free pages (written before secure_delete was on) is gone
    once ``forget_deleted_data(rebuild=True)`` has run; emptying the WAL alone would not do."""
    import os
    import sqlite3

    from accred_app.core.storage.db import forget_deleted_data

    secret = os.urandom(32)
    old_code = sqlite3.connect(db_path, isolation_level=None)
    try:
        old_code.execute("PRAGMA secure_delete = OFF")
        old_code.execute("CREATE TABLE leftovers (blob BLOB)")
        old_code.executemany(
            "INSERT INTO leftovers VALUES (?)", [(secret + os.urandom(2000),) for _ in range(50)]
        )
        old_code.execute("DELETE FROM leftovers")
        old_code.execute("DROP TABLE leftovers")
    finally:
        old_code.close()

    def in_files() -> bool:
        return any(
            secret in path.read_bytes()
            for path in (db_path, db_path.with_name(db_path.name + "-wal"))
            if path.exists()
        )

    assert forget_deleted_data(db) and in_files()  # free pages keep it
    assert forget_deleted_data(db, rebuild=True)
    assert not in_files()
    with db.reading() as session:
        assert active_signing_key(session, admin)  # nothing else was lost
