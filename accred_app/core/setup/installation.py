"""``accred init``: the schema (migrated on open), the first signing key, the first administrator
with the recovery code, and the organisation settings.

On a new database it needs no sign-in: it makes the data key, seals the first signing key with it,
wraps it for the first administrator and under a new recovery code, all in one transaction (an
interrupted init leaves nothing half-made). On a database that already has officers it changes
nothing unless a signed-in administrator asks (settings, or a missing signing key); run with no
options it only migrates, which opening the database does anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from accred_app.core.errors import PermissionDenied, ValidationError
from accred_app.core.messages import register
from accred_app.core.models import Role
from accred_app.core.passes.keys import ensure_signing_key, has_signing_keys, new_data_key
from accred_app.core.roles import SYSTEM, Actor, Permission
from accred_app.core.security import keyslots
from accred_app.core.security.officers import add_officer, has_officers, prepare_officer
from accred_app.core.storage.db import Database
from accred_app.core.storage.settings import write_value

register(
    {
        "admin_password_needed": (
            "Cần mật khẩu cho quản trị viên đầu tiên.",
            "The first administrator needs a password.",
        ),
        "passwords_differ": ("Hai lần nhập mật khẩu không khớp.", "The two passwords differ."),
        "init_admin_required": (
            "Cơ sở dữ liệu này đã có cán bộ: chỉ quản trị viên đã đăng nhập mới được thay đổi "
            "thiết lập. Không có gì bị thay đổi.",
            "This database already has officers: only a signed-in administrator may change its "
            "set-up. Nothing was changed.",
        ),
    }
)

SETTING_KEYS = ("org_name", "office_name", "serial_prefix")


def initialise(
    db: Database,
    *,
    actor: Actor | None = None,
    org_name: str | None = None,
    office_name: str | None = None,
    serial_prefix: str | None = None,
    admin_username: str = "admin",
    admin_name: str = "Quản trị viên",
    admin_password: str | None = None,
    ask_password: Callable[[str], str] | None = None,
) -> dict[str, object]:
    """Set up a new database, or change an existing one's settings as ``actor`` (an administrator).

    Returns ``admin_created`` (username or None), ``key_created`` and ``recovery_code``: set only
    when a new installation was made; it is stored nowhere, so the caller must show it once.
    """
    settings = {
        key: value.strip().upper() if key == "serial_prefix" else value.strip()
        for key, value in zip(SETTING_KEYS, (org_name, office_name, serial_prefix), strict=True)
        if value and value.strip()
    }
    if has_officers(db):
        return _change_existing(db, actor, settings)

    if admin_password is None:
        if ask_password is None:
            raise ValidationError("admin_password_needed")
        admin_password = ask_password(admin_username)
    first_admin = prepare_officer(
        username=admin_username,
        full_name=admin_name,
        role=Role.ADMIN.value,
        password=admin_password,
        with_key_slot=True,
    )
    with db.transaction(SYSTEM) as session:
        # A database upgraded by migration 0002 before any officer existed already has a data key.
        data_key = keyslots.unprotected_data_key(session) or new_data_key()
        key_created = ensure_signing_key(session, replace(SYSTEM, data_key=data_key))
        for key, value in settings.items():
            write_value(session, key, value)
        add_officer(session, first_admin, data_key)
        recovery_code = keyslots.store_recovery_slot(session, data_key)
        upgraded = keyslots.end_unprotected(session)
    if upgraded:
        keyslots.scrub_if_pending(db)
    return {
        "admin_created": first_admin.username,
        "key_created": key_created,
        "recovery_code": recovery_code,
    }


def _change_existing(
    db: Database, actor: Actor | None, settings: dict[str, str]
) -> dict[str, object]:
    with db.reading() as session:
        needs_key = not has_signing_keys(session)
    if not settings and not needs_key:
        return {"admin_created": None, "key_created": False, "recovery_code": None}
    if actor is None or not actor.can(Permission.MANAGE_DATA):
        raise PermissionDenied("init_admin_required")
    with db.transaction(actor) as session:
        key_created = ensure_signing_key(session, actor)
        for key, value in settings.items():
            write_value(session, key, value)
    return {"admin_created": None, "key_created": key_created, "recovery_code": None}
